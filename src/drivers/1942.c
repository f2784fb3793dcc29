/* Capcom 1942: 1942 (Revision B) and 1942 (Revision A).

   CPUs:   main Z80 at 12 MHz / 4; IRQ (held) at raw lines 6Dh (RST 08h,
           the sound service) and F0h (RST 10h, the frame), vectors from the
           board;
           sound Z80 at 12 MHz / 4, IRQ (held) at lines 2Ch, 6Dh, AFh, F0h
   Memory: 0000-7fff ROM, 8000-bfff one of four 16K banks (c806 bits 0-1:
           region 10000h + n * 4000h)
           c000 SYSTEM, c001 P1, c002 P2, c003 DSWA, c004 DSWB (read)
           c800 sound latch, c802-c803 background x scroll (9 bits),
           c804 bit 7 flip screen, bit 4 sound CPU reset, bit 0 coin
           counter; c805 background palette bank (0-3), c806 ROM bank
           cc00-cc7f sprites (32 x 4 bytes), d000-d3ff text codes,
           d400-d7ff text colours (bit 7: code + 100h), d800-dbff background
           (groups of 32 bytes: 16 codes, 16 attributes), e000-efff RAM
   Sound:  0000-3fff ROM, 4000-47ff RAM, 6000 the latch, 8000/8001 and
           c000/c001 two AY-3-8910 (address, data) at 12 MHz / 8. Each of
           the six channels drives 10K to ground and reaches the volume pot
           through 10 uF and 220K; the pot's wiper goes out through another
           10 uF (MAME 0.251 runs this as a netlist): here each AY gives its
           channels' node voltages (its resistor output into the divider)
           and is routed through the two coupling high-passes.
   Video:  6 MHz pixel clock, 384 x 262 raw, visible 128-383 x 22-245,
           rotated 270 degrees. Text 32x32 8x8 2bpp over a 32x16 map of
           16x16 3bpp background tiles (column order, flips, 4 palette banks);
           sprites 16x16 4bpp, 1, 2, 4 or 16 tiles tall, fetched per scanline
           from three groups of the sprite list (the hardware's object
           counter), the first one drawn on a pixel winning. Colours: three
           256x4 RGB PROMs reached through char/tile/sprite lookup PROMs. */
#include <string.h>

#include "cpu/z80.h"
#include "emu/machine.h"
#include "machine/gen_latch.h"
#include "sound/ay8910.h"
#include "video/tilemap.h"
#include "video/viewer.h"

#define HBEND 128
#define VBEND 22
/* Where MAME 0.251's layers put bitmap pixel (0, 0) (measured on its
   snapshots: the layers and sprites come out as if the visible area were
   0-255 x 16-239) */
#define DRAW_X 0
#define DRAW_Y 16

typedef struct c1942_state {
    u8 wram[0x1000];
    u8 spriteram[0x80];
    u8 fg_ram[0x800];
    u8 bg_ram[0x400];
    u8 snd_ram[0x800];
    u8 scroll[2];
    u8 palette_bank, control, bank, vector;
    machine_t *machine;
    cpu_slot *cpu, *audiocpu;
    mem_region *rom;
    tilemap_t *bg, *fg;
} c1942_state;

/* ---- bus ---- */

static void c1942_fg_w(void *ctx, offs_t offset, u8 data)
{
    c1942_state *s = ctx;
    s->fg_ram[offset] = data;
    tilemap_mark_tile_dirty(s->fg, offset & 0x3ff);
}

/* 32-byte groups: 16 codes then their 16 attributes, one map column. */
static void c1942_bg_w(void *ctx, offs_t offset, u8 data)
{
    c1942_state *s = ctx;
    s->bg_ram[offset] = data;
    tilemap_mark_tile_dirty(s->bg, (offset & 0x0f) | ((offset >> 1) & 0x1f0));
}

static void c1942_apply_scroll(c1942_state *s)
{
    tilemap_set_scrollx(s->bg, 0, s->scroll[0] | s->scroll[1] << 8);
}

static void c1942_scroll_w(void *ctx, offs_t offset, u8 data)
{
    c1942_state *s = ctx;
    s->scroll[offset & 1] = data;
    c1942_apply_scroll(s);
}

static void c1942_apply_control(c1942_state *s)
{
    u8 f = s->control & 0x80 ? TILEMAP_FLIPX | TILEMAP_FLIPY : 0;
    tilemap_set_flip(s->bg, f);
    tilemap_set_flip(s->fg, f);
}

static void c1942_control_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    c1942_state *s = ctx;
    s->control = data;
    machine_coin_counter_w(s->machine, 0, data & 0x01);
    cpu_set_line(s->audiocpu, CPU_LINE_RESET, data & 0x10 ? LINE_ASSERT : LINE_CLEAR);
    c1942_apply_control(s);
}

static void c1942_palette_bank_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    c1942_state *s = ctx;
    /* as MAME: compared with the whole byte, two bits kept */
    if (s->palette_bank != data) {
        s->palette_bank = data & 3;
        tilemap_mark_all_dirty(s->bg);
    }
}

static void c1942_apply_bank(c1942_state *s)
{
    mem_space_set_bank(&s->cpu->program, 0, s->rom->data + 0x10000 + (size_t)s->bank * 0x4000, false);
}

static void c1942_bank_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    c1942_state *s = ctx;
    s->bank = data & 3;
    c1942_apply_bank(s);
}

static int c1942_irq_ack(void *drv, int line)
{
    (void)line;
    const c1942_state *s = drv;
    return s->vector;
}

static const mem_map_entry c1942_program[] = {
    MAP_ROM(0x0000, 0x7fff, 0, "maincpu", 0x0000),
    MAP_BANK(0x8000, 0xbfff, 0, 0),
    MAP_PORT(0xc000, 0xc000, 0, "SYSTEM"),
    MAP_PORT(0xc001, 0xc001, 0, "P1"),
    MAP_PORT(0xc002, 0xc002, 0, "P2"),
    MAP_PORT(0xc003, 0xc003, 0, "DSWA"),
    MAP_PORT(0xc004, 0xc004, 0, "DSWB"),
    MAP_DEVICE_WRITE(0xc800, 0xc800, 0, "soundlatch", gen_latch_w),
    MAP_WRITE(0xc802, 0xc803, 0, c1942_scroll_w),
    MAP_WRITE(0xc804, 0xc804, 0, c1942_control_w),
    MAP_WRITE(0xc805, 0xc805, 0, c1942_palette_bank_w),
    MAP_WRITE(0xc806, 0xc806, 0, c1942_bank_w),
    MAP_RAM(0xcc00, 0xcc7f, 0, c1942_state, spriteram),
    MAP_RAM(0xd000, 0xd7ff, 0, c1942_state, fg_ram),
    MAP_WRITE(0xd000, 0xd7ff, 0, c1942_fg_w),
    MAP_RAM(0xd800, 0xdbff, 0, c1942_state, bg_ram),
    MAP_WRITE(0xd800, 0xdbff, 0, c1942_bg_w),
    MAP_RAM(0xe000, 0xefff, 0, c1942_state, wram),
    MAP_END,
};

static const mem_map_entry c1942_audio_program[] = {
    MAP_ROM(0x0000, 0x3fff, 0, "audiocpu", 0),
    MAP_RAM(0x4000, 0x47ff, 0, c1942_state, snd_ram),
    MAP_DEVICE_READ(0x6000, 0x6000, 0, "soundlatch", gen_latch_r),
    MAP_DEVICE_WRITE(0x8000, 0x8000, 0, "ay1", ay8910_address_map_w),
    MAP_DEVICE_WRITE(0x8001, 0x8001, 0, "ay1", ay8910_data_map_w),
    MAP_DEVICE_WRITE(0xc000, 0xc000, 0, "ay2", ay8910_address_map_w),
    MAP_DEVICE_WRITE(0xc001, 0xc001, 0, "ay2", ay8910_data_map_w),
    MAP_END,
};

/* ---- video ---- */

/* Three 4-bit PROMs (red, green, blue), each bit through 2.2K, 1K, 470,
   220 ohm, with the weights MAME rounds them to; lookup PROMs for the
   characters (colours 128-143), the four tile banks (bank b: colours
   16b..16b+15) and the sprites (64-79). */
#define C1942_GUN(k) { 4, { k, k, k, k }, { 0, 1, 2, 3 }, { 2200, 1000, 470, 220 }, { 0x0e, 0x1f, 0x43, 0x8f }, 0, 0 }
static const palette_lookup c1942_lut[6] = {
    { 0, 256, "charprom", 0, 0, 0xff, 0x80, 0, 0, 0 },
    { 256, 256, "tileprom", 0, 0, 0xff, 0x00, 0, 0, 0 },
    { 512, 256, "tileprom", 0, 0, 0xff, 0x10, 0, 0, 0 },
    { 768, 256, "tileprom", 0, 0, 0xff, 0x20, 0, 0, 0 },
    { 1024, 256, "tileprom", 0, 0, 0xff, 0x30, 0, 0, 0 },
    { 1280, 256, "sprprom", 0, 0, 0xff, 0x40, 0, 0, 0 },
};
static const palette_source c1942_palette_source = {
    .count = 256, .nproms = 3,
    .proms = { { "palproms", 0, { 0, 0 }, { 0xff, 0 } }, { "palproms", 0x100, { 0, 0 }, { 0xff, 0 } },
               { "palproms", 0x200, { 0, 0 }, { 0xff, 0 } } },
    .ch = { C1942_GUN(0), C1942_GUN(1), C1942_GUN(2) },
    .kind = PALSRC_WEIGHTS, .lut = c1942_lut, .nlut = 6,
};

static void c1942_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    palette_source_apply(m, pal, &c1942_palette_source);
}

static void c1942_fg_info(void *drv, u32 index, tile_info *ti)
{
    const c1942_state *s = drv;
    u8 attr = s->fg_ram[index + 0x400];
    ti->code = s->fg_ram[index] + ((attr & 0x80u) << 1);
    ti->color = attr & 0x3f;
}

static void c1942_bg_info(void *drv, u32 index, tile_info *ti)
{
    const c1942_state *s = drv;
    u32 offs = (index & 0x0f) | ((index & 0x1f0) << 1);
    u8 attr = s->bg_ram[offs + 0x10];
    ti->gfx = 1;
    ti->code = s->bg_ram[offs] + ((attr & 0x80u) << 1);
    ti->color = (attr & 0x1fu) + 0x20u * s->palette_bank;
    ti->flags = (attr & 0x60) >> 5;
}

/* The counter line of bitmap line y (v, 8 bits). */
static u8 c1942_vline(const c1942_state *s, int y)
{
    int raw = y + DRAW_Y;
    return (u8)(s->control & 0x80 ? ~(raw - 1) : raw - 1);
}

/* Sprites on lines whose counter line has bit 7 = half. The object counter
   fetches 24 of the 32 entries per line: 0-15 always, 16-23 in the upper
   half (bit 7 clear), 24-31 in the lower; MAME 0.251 draws a line's entries
   in fetch order, each at its full height (1, 2, 4 or 4 tiles, code + row),
   clipped to the line. The order depends on the line only through that bit,
   so each run of such lines is drawn at once, with the same result. */
static int c1942_half_list(machine_t *m, const c1942_state *s, bool half, viewer_sprite *out, int max)
{
    bool flip = s->control & 0x80;
    u32 base = viewer_ram_address(m, offsetof(c1942_state, spriteram));
    int n = 0;
    for (int h = 496; h >= 128; h -= 16) {
        bool cnt4 = ((h >> 8) & 1) != (~h >> 7 & 1);
        bool cnt3 = (half && cnt4) != (~h >> 7 & 1);
        int entry = ((h >> 4) & 7) | (cnt3 ? 8 : 0) | (cnt4 ? 16 : 0);
        const u8 *o = &s->spriteram[entry << 2];
        u32 code = (o[0] & 0x7fu) + 4u * (o[1] & 0x20u) + 2u * (o[0] & 0x80u);
        int sx = o[3] - 0x10 * (o[1] & 0x10), sy = o[2], dir = 1;
        if (flip) {
            sx = 240 - sx;
            sy = 240 - sy;
            dir = -1;
        }
        int i = (o[1] & 0xc0) >> 6;
        if (i == 2)
            i = 3;
        for (; i >= 0 && n < max; i--) {
            viewer_sprite *v = &out[n++];
            *v = (viewer_sprite){ .index = entry, .gfx = 2, .code = code + (u32)i, .color = o[1] & 0x0fu,
                                  .flipx = flip, .flipy = flip, .sx = sx - DRAW_X, .sy = sy + 16 * i * dir - DRAW_Y,
                                  .addr = base + ((u32)entry << 2), .nattr = 4 };
            memcpy(v->attr, o, 4);
        }
    }
    return n;
}

/* For the viewers: the upper half's fetches, then the lower half's. */
static int c1942_list(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    int n = c1942_half_list(m, drv, false, out, max);
    return n + c1942_half_list(m, drv, true, out + n, max - n);
}

static const viewer_desc c1942_viewer = { c1942_list, &c1942_palette_source };

static void c1942_sprite_run(machine_t *m, c1942_state *s, bitmap_ind16 *bm, const rect_t *run, bool half)
{
    viewer_sprite spr[24 * 4];
    int n = c1942_half_list(m, s, half, spr, 24 * 4);
    for (int i = 0; i < n; i++)
        gfx_draw(bm, run, &m->gfx[2], spr[i].code, spr[i].color, spr[i].flipx, spr[i].flipy, spr[i].sx, spr[i].sy,
                 1u << 15);
}

static void c1942_sprites(machine_t *m, c1942_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    for (int y = clip->min_y; y <= clip->max_y;) {
        bool half = c1942_vline(s, y) & 0x80;
        rect_t run = { clip->min_x, clip->max_x, y, y };
        while (run.max_y < clip->max_y && (bool)(c1942_vline(s, run.max_y + 1) & 0x80) == half)
            run.max_y++;
        c1942_sprite_run(m, s, bm, &run, half);
        y = run.max_y + 1;
    }
}

static void c1942_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    c1942_state *s = drv;
    tilemap_draw(s->bg, bm, clip, TILEMAP_DRAW_OPAQUE, NULL, 0, 0);
    c1942_sprites(m, s, bm, clip);
    tilemap_draw(s->fg, bm, clip, 0, NULL, 0, 0);
}

static const gfx_layout c1942_charlayout = {
    8, 8, RGN_FRAC(1, 1), 2, { 4, 0 }, { STEP4(0, 1), STEP4(8, 1) }, { STEP8(0, 16) }, 128,
};

static const gfx_layout c1942_tilelayout = {
    16, 16, RGN_FRAC(1, 3), 3, { RGN_FRAC(0, 3), RGN_FRAC(1, 3), RGN_FRAC(2, 3) }, { STEP8(0, 1), STEP8(128, 1) },
    { STEP16(0, 8) }, 256,
};

static const gfx_layout c1942_spritelayout = {
    16, 16, RGN_FRAC(1, 2), 4, { RGN_FRAC(1, 2) + 4, RGN_FRAC(1, 2) + 0, 4, 0 },
    { STEP4(0, 1), STEP4(8, 1), STEP4(256, 1), STEP4(264, 1) }, { STEP16(0, 16) }, 512,
};

static const gfx_decode_entry c1942_gfx[] = {
    { "gfx1", 0, &c1942_charlayout, 0, 64 },
    { "gfx2", 0, &c1942_tilelayout, 256, 128 },
    { "gfx3", 0, &c1942_spritelayout, 256 + 1024, 16 },
    { NULL, 0, NULL, 0, 0 },
};

/* ---- machine ---- */

static void c1942_main_irq(c1942_state *s, u8 vector)
{
    s->vector = vector;
    cpu_set_line(s->cpu, CPU_LINE_IRQ0, LINE_HOLD);
}

static void c1942_line(machine_t *m, void *ctx, int line)
{
    (void)m;
    c1942_state *s = ctx;
    if (line == 0x6d)
        c1942_main_irq(s, 0xcf); /* RST 08h */
    else if (line == 0xf0)
        c1942_main_irq(s, 0xd7); /* RST 10h */
    cpu_set_line(s->audiocpu, CPU_LINE_IRQ0, LINE_HOLD);
}

static int c1942_start(machine_t *m, void *drv)
{
    c1942_state *s = drv;
    s->machine = m;
    s->cpu = machine_cpu(m, "maincpu");
    s->audiocpu = machine_cpu(m, "audiocpu");
    s->rom = machine_region(m, "maincpu");
    s->fg = tilemap_create(m, &(tilemap_config){ tilemap_scan_rows, c1942_fg_info, 8, 8, 32, 32 }, s);
    s->bg = tilemap_create(m, &(tilemap_config){ tilemap_scan_cols, c1942_bg_info, 16, 16, 32, 16 }, s);
    if (!s->cpu || !s->audiocpu || !s->rom || s->rom->size < 0x20000 || !s->fg || !s->bg || m->num_gfx != 3)
        return -1;
    if (!machine_region(m, "palproms") || !machine_region(m, "charprom") || !machine_region(m, "tileprom") ||
        !machine_region(m, "sprprom"))
        return -1;
    tilemap_set_scrolldx(s->fg, -DRAW_X, -DRAW_X);
    tilemap_set_scrolldy(s->fg, -DRAW_Y, -DRAW_Y);
    tilemap_set_scrolldx(s->bg, -DRAW_X, -DRAW_X);
    tilemap_set_scrolldy(s->bg, -DRAW_Y, -DRAW_Y);
    tilemap_set_transparent_pen(s->fg, 0);
    static const int lines[] = { 0x2c, 0x6d, 0xaf, 0xf0 };
    for (size_t i = 0; i < ARRAY_LEN(lines); i++)
        if (!screen_scanline_timer(m, lines[i], 1000, c1942_line, s))
            return -1;
    return 0;
}

static void c1942_reset(machine_t *m, void *drv)
{
    (void)m;
    c1942_state *s = drv;
    s->palette_bank = 0;
    s->scroll[0] = s->scroll[1] = 0;
    s->bank = 0;
    c1942_apply_bank(s);
    c1942_apply_scroll(s);
    tilemap_mark_all_dirty(s->bg);
}

static void c1942_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    c1942_state *s = drv;
    st_bytes(io, s->wram, sizeof(s->wram));
    st_bytes(io, s->spriteram, sizeof(s->spriteram));
    st_bytes(io, s->fg_ram, sizeof(s->fg_ram));
    st_bytes(io, s->bg_ram, sizeof(s->bg_ram));
    st_bytes(io, s->snd_ram, sizeof(s->snd_ram));
    st_bytes(io, s->scroll, sizeof(s->scroll));
    st_u8(io, &s->palette_bank);
    st_u8(io, &s->control);
    st_u8(io, &s->bank);
    st_u8(io, &s->vector);
    st_check(io, s->bank < 4 && s->palette_bank < 4);
}

static void c1942_post_load(machine_t *m, void *drv)
{
    (void)m;
    c1942_state *s = drv;
    c1942_apply_bank(s);
    c1942_apply_scroll(s);
    c1942_apply_control(s);
}

static const gen_latch_params c1942_latch = { NULL, false, 0, 0 };
/* MAME's MOSFET model into 10K; each channel's node then sees 10K and, for
   the sound, the 222K path in parallel */
static const ay8910_params c1942_ay = { .res_load = { 10000, 10000, 10000 }, .resistor_output = true,
                                        .divider_load = 9567 };

/* the channel's coupling capacitor into 220K and the pot, then the output's
   10 uF into 100K; the gain is the netlist's mixing (about 2K / 220K, the
   pot's half) and MAME's output scale, matched to MAME 0.251's level */
#define C1942_ROUTE \
    ROUTES(ROUTE_RC(ALL_OUTPUTS, SPEAKER_MONO, 117, RC_HP(222000, CAP_U(10)), RC_HP(101000, CAP_U(10))))

static const device_config c1942_devices[] = {
    CPU_DEVICE("maincpu", z80_core, 12000000 / 4, .program = c1942_program, .irq_ack = c1942_irq_ack),
    CPU_DEVICE("audiocpu", z80_core, 12000000 / 4, .program = c1942_audio_program, .fixed_pages = true),
    DEVICE("soundlatch", gen_latch_device, 0, &c1942_latch),
    SOUND_DEVICE("ay1", ay8910_device, 12000000 / 8, &c1942_ay, C1942_ROUTE),
    SOUND_DEVICE("ay2", ay8910_device, 12000000 / 8, &c1942_ay, C1942_ROUTE),
    DEVICE_END,
};

static const machine_config c1942_config = {
    .devices = c1942_devices,
    .drv_state_size = sizeof(c1942_state),
    .screen = { 6000000, 384, HBEND, 384, 262, VBEND, 246, NULL, false },
    .video = { c1942_palette, c1942_update, c1942_gfx, 256, 256 + 1024 + 256, &c1942_viewer },
    .start = c1942_start,
    .reset = c1942_reset,
    .serialize = c1942_serialize,
    .post_load = c1942_post_load,
    .speaker_tag = "mono",
    .joy_ways = 8,
    .device_refs = (const char *const[]){ "z80", "timer", "z80", "gfxdecode", "palette", "screen", "speaker",
                                          "generic_latch_8", "ay8910", "ay8910", NULL },
};

/* ---- inputs ---- */

#define C1942_PLAYER(n)                                                                                   \
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_RIGHT, n), PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_LEFT, n),            \
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_DOWN, n), PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_UP, n),               \
    PORT_BIT_P(0x10, 0x10, IPT_BUTTON1, n), PORT_BIT_P(0x20, 0x20, IPT_BUTTON2, n),                         \
    PORT_BIT(0xc0, 0xc0, IPT_UNUSED)

#define C1942_COINS(name)                                                                                  \
    PORT_DIPNAME(0x07, 0x07, name), PORT_DIPSETTING(0x01, "4 Coins/1 Credit"),                              \
    PORT_DIPSETTING(0x02, "3 Coins/1 Credit"), PORT_DIPSETTING(0x04, "2 Coins/1 Credit"),                   \
    PORT_DIPSETTING(0x07, "1 Coin/1 Credit"), PORT_DIPSETTING(0x03, "2 Coins/3 Credits"),                   \
    PORT_DIPSETTING(0x06, "1 Coin/2 Credits"), PORT_DIPSETTING(0x05, "1 Coin/4 Credits"),                   \
    PORT_DIPSETTING(0x00, "Free Play")

static const input_def c1942_inputs[] = {
    PORT_START("SYSTEM"),
    PORT_BIT(0x01, 0x01, IPT_START1), PORT_BIT(0x02, 0x02, IPT_START2), PORT_BIT(0x0c, 0x0c, IPT_UNUSED),
    PORT_BIT(0x10, 0x10, IPT_SERVICE1), PORT_BIT(0x20, 0x20, IPT_UNUSED), PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_COIN1),
    PORT_START("P1"), C1942_PLAYER(1),
    PORT_START("P2"), C1942_PLAYER(2),
    PORT_START("DSWA"),
    C1942_COINS("Coin A"), PORT_DIPLOCATION("SWA:8,7,6"),
    PORT_DIPNAME(0x08, 0x00, "Cabinet"), PORT_DIPSETTING(0x00, "Upright"), PORT_DIPSETTING(0x08, "Cocktail"),
    PORT_DIPLOCATION("SWA:5"),
    PORT_DIPNAME(0x30, 0x30, "Bonus Life"), PORT_DIPSETTING(0x30, "20K 80K 80K+"),
    PORT_DIPSETTING(0x20, "20K 100K 100K+"), PORT_DIPSETTING(0x10, "30K 80K 80K+"),
    PORT_DIPSETTING(0x00, "30K 100K 100K+"), PORT_DIPLOCATION("SWA:4,3"),
    PORT_DIPNAME(0xc0, 0x40, "Lives"), PORT_DIPSETTING(0x80, "1"), PORT_DIPSETTING(0x40, "2"),
    PORT_DIPSETTING(0xc0, "3"), PORT_DIPSETTING(0x00, "5"), PORT_DIPLOCATION("SWA:2,1"),
    PORT_START("DSWB"),
    C1942_COINS("Coin B"), PORT_DIPLOCATION("SWB:8,7,6"),
    PORT_SERVICE(0x08, 0x08), PORT_DIPLOCATION("SWB:5"),
    PORT_DIPNAME(0x10, 0x10, "Flip Screen"), PORT_DIPSETTING(0x10, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("SWB:4"),
    PORT_DIPNAME(0x60, 0x60, "Difficulty"), PORT_DIPSETTING(0x40, "Easy"), PORT_DIPSETTING(0x60, "Normal"),
    PORT_DIPSETTING(0x20, "Difficult"), PORT_DIPSETTING(0x00, "Very Difficult"), PORT_DIPLOCATION("SWB:3,2"),
    PORT_DIPNAME(0x80, 0x80, "Screen Stop"), PORT_DIPSETTING(0x80, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("SWB:1"),
    INPUT_END,
};

GAME(1984, 1942, NULL, c1942_config, c1942_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE, "Capcom",
     "1942 (Revision B)");
GAME(1984, 1942a, "1942", c1942_config, c1942_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE, "Capcom",
     "1942 (Revision A)");
