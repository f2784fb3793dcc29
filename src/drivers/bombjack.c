/* Tehkan Bomb Jack: Bomb Jack (set 1) and Bomb Jack (set 2).

   CPUs:   main Z80 at 4 MHz, NMI line raised at VBLANK while b000 bit 0 is
           set, held until 0 is written there;
           sound Z80 at 12 MHz / 4, NMI at every VBLANK
   Memory: 0000-7fff, c000-dfff ROM    8000-8fff RAM
           9000-93ff tile codes, 9400-97ff colours (bit 4: code + 100h)
           9820-987f sprites (24 x code/size, flips/colour, y, x; write only)
           9c00-9cff palette RAM: 128 x xxxxBBBBGGGGRRRR, low byte first
           9e00 (w) background picture: bits 0-2 select one of 8 maps in
                the map ROM, bit 4 shows it (else tile 0 everywhere)
           b000 P1 (w: NMI enable), b001 P2, b002 SYSTEM, b004 DSW1
           (w: flip screen), b005 DSW2, b800 (w) sound latch
   Sound:  0000-1fff ROM, 4000-43ff RAM, 6000 the latch (a read clears it);
           I/O 00/01, 10/11, 80/81: three AY-3-8910 (address, data) at
           12 MHz / 8.
   Video:  256 x 224 visible of 256 x 256 at 60 Hz, rotated 90 degrees.
           The background is a 16x16 map of 16x16 3bpp tiles from the map
           ROM (flip y from its attribute); the text layer 32x32 8x8 3bpp
           over it; sprites 16x16, or 32x32 with code bit 7, drawn from the
           last to the first. */
#include <string.h>

#include "cpu/z80.h"
#include "emu/machine.h"
#include "machine/gen_latch.h"
#include "sound/ay8910.h"
#include "video/tilemap.h"
#include "video/viewer.h"

#define VBEND 16

typedef struct bombjack_state {
    u8 wram[0x1000];
    u8 vram[0x400];
    u8 cram[0x400];
    u8 spriteram[0x60];
    u8 palram[0x100];
    u8 snd_ram[0x400];
    u8 bg_image, nmi_mask, flip;
    cpu_slot *cpu, *audiocpu;
    gen_latch_t *latch;
    const u8 *bgmap;
    tilemap_t *bg, *fg;
} bombjack_state;

/* ---- bus ---- */

static void bombjack_fg_w(void *ctx, offs_t offset, u8 data)
{
    bombjack_state *s = ctx;
    (offset < 0x400 ? s->vram : s->cram)[offset & 0x3ff] = data;
    tilemap_mark_tile_dirty(s->fg, offset & 0x3ff);
}

static void bombjack_palette_w(void *ctx, offs_t offset, u8 data)
{
    bombjack_state *s = ctx;
    s->palram[offset] = data;
    unsigned i = offset >> 1, v = s->palram[i * 2] | (unsigned)s->palram[i * 2 + 1] << 8;
    palette_set_color(&s->cpu->dev->machine->palette, (int)i, (u8)((v & 15) * 0x11), (u8)((v >> 4 & 15) * 0x11),
                      (u8)((v >> 8 & 15) * 0x11));
}

static void bombjack_background_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    bombjack_state *s = ctx;
    if (s->bg_image != data) {
        s->bg_image = data;
        tilemap_mark_all_dirty(s->bg);
    }
}

static void bombjack_apply_flip(bombjack_state *s)
{
    u8 f = s->flip ? TILEMAP_FLIPX | TILEMAP_FLIPY : 0;
    tilemap_set_flip(s->bg, f);
    tilemap_set_flip(s->fg, f);
}

static void bombjack_flip_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    bombjack_state *s = ctx;
    s->flip = data & 1;
    bombjack_apply_flip(s);
}

/* b000 bit 0: NMI on; 0 also clears a pending NMI (the handler's acknowledge). */
static void bombjack_nmi_mask_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    bombjack_state *s = ctx;
    s->nmi_mask = data & 1;
    if (!s->nmi_mask)
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_CLEAR);
}

/* The read also clears the latch (a flip-flop resets the LS273). */
static u8 bombjack_latch_r(void *ctx, offs_t offset)
{
    (void)offset;
    bombjack_state *s = ctx;
    u8 v = gen_latch_read(s->latch);
    gen_latch_clear_value(s->latch);
    return v;
}

static const mem_map_entry bombjack_program[] = {
    MAP_ROM(0x0000, 0x7fff, 0, "maincpu", 0x0000),
    MAP_RAM(0x8000, 0x8fff, 0, bombjack_state, wram),
    MAP_RAM(0x9000, 0x93ff, 0, bombjack_state, vram),
    MAP_RAM(0x9400, 0x97ff, 0, bombjack_state, cram),
    MAP_WRITE(0x9000, 0x97ff, 0, bombjack_fg_w),
    MAP_WRITEONLY(0x9820, 0x987f, 0, bombjack_state, spriteram),
    MAP_NOP(0x9a00, 0x9a00, 0),
    MAP_RAM(0x9c00, 0x9cff, 0, bombjack_state, palram),
    MAP_WRITE(0x9c00, 0x9cff, 0, bombjack_palette_w),
    MAP_WRITE(0x9e00, 0x9e00, 0, bombjack_background_w),
    MAP_PORT(0xb000, 0xb000, 0, "P1"),
    MAP_WRITE(0xb000, 0xb000, 0, bombjack_nmi_mask_w),
    MAP_PORT(0xb001, 0xb001, 0, "P2"),
    MAP_PORT(0xb002, 0xb002, 0, "SYSTEM"),
    MAP_NOP(0xb003, 0xb003, 0),
    MAP_PORT(0xb004, 0xb004, 0, "DSW1"),
    MAP_WRITE(0xb004, 0xb004, 0, bombjack_flip_w),
    MAP_PORT(0xb005, 0xb005, 0, "DSW2"),
    MAP_DEVICE_WRITE(0xb800, 0xb800, 0, "soundlatch", gen_latch_w),
    MAP_ROM(0xc000, 0xdfff, 0, "maincpu", 0xc000),
    MAP_END,
};

static const mem_map_entry bombjack_audio_program[] = {
    MAP_ROM(0x0000, 0x1fff, 0, "audiocpu", 0),
    MAP_RAM(0x4000, 0x43ff, 0, bombjack_state, snd_ram),
    MAP_READ(0x6000, 0x6000, 0, bombjack_latch_r),
    MAP_END,
};

static const mem_map_entry bombjack_audio_io[] = {
    MAP_DEVICE_WRITE(0x00, 0x00, 0, "ay1", ay8910_address_map_w),
    MAP_DEVICE_WRITE(0x01, 0x01, 0, "ay1", ay8910_data_map_w),
    MAP_DEVICE_WRITE(0x10, 0x10, 0, "ay2", ay8910_address_map_w),
    MAP_DEVICE_WRITE(0x11, 0x11, 0, "ay2", ay8910_data_map_w),
    MAP_DEVICE_WRITE(0x80, 0x80, 0, "ay3", ay8910_address_map_w),
    MAP_DEVICE_WRITE(0x81, 0x81, 0, "ay3", ay8910_data_map_w),
    MAP_END,
};

/* ---- video ---- */

static void bombjack_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)m, (void)drv;
    for (int i = 0; i < 128; i++)
        palette_set_color(pal, i, 0, 0, 0);
}

static void bombjack_bg_info(void *drv, u32 index, tile_info *ti)
{
    const bombjack_state *s = drv;
    u32 offs = (s->bg_image & 7u) * 0x200 + index;
    u8 attr = s->bgmap[offs + 0x100];
    ti->gfx = 1;
    ti->code = s->bg_image & 0x10 ? s->bgmap[offs] : 0;
    ti->color = attr & 0x0f;
    ti->flags = attr & 0x80 ? TILE_FLIPY : 0;
}

static void bombjack_fg_info(void *drv, u32 index, tile_info *ti)
{
    const bombjack_state *s = drv;
    ti->code = s->vram[index] + 16u * (s->cram[index] & 0x10);
    ti->color = s->cram[index] & 0x0f;
}

/* The 24 sprites, 23 first (sprite 0 on top); bit 7 of the code byte makes one 32 x 32. */
static int bombjack_sprites(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    const bombjack_state *s = drv;
    const u8 *sp = s->spriteram;
    u32 base = viewer_ram_address(m, offsetof(bombjack_state, spriteram));
    int n = 0;
    for (int offs = 0x60 - 4; offs >= 0 && n < max; offs -= 4) {
        bool big = sp[offs] & 0x80;
        int sx = sp[offs + 3], sy = (big ? 225 : 241) - sp[offs + 2];
        bool fx = sp[offs + 1] & 0x40, fy = sp[offs + 1] & 0x80;
        if (s->flip) {
            int edge = sp[offs + 1] & 0x20 ? 224 : 240;
            sx = edge - sx;
            sy = edge - sy;
            fx = !fx;
            fy = !fy;
        }
        viewer_sprite *v = &out[n++];
        *v = (viewer_sprite){ .index = offs / 4, .gfx = big ? 3 : 2, .code = sp[offs] & 0x7fu,
                              .color = sp[offs + 1] & 0x0fu, .flipx = fx, .flipy = fy, .sx = sx, .sy = sy - VBEND,
                              .addr = base + (u32)offs, .nattr = 4 };
        memcpy(v->attr, &sp[offs], 4);
    }
    return n;
}

static const viewer_desc bombjack_viewer = { bombjack_sprites, NULL };

static void bombjack_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    bombjack_state *s = drv;
    tilemap_draw(s->bg, bm, clip, TILEMAP_DRAW_OPAQUE, NULL, 0, 0);
    tilemap_draw(s->fg, bm, clip, 0, NULL, 0, 0);
    viewer_sprite spr[24];
    int n = bombjack_sprites(m, s, spr, 24);
    for (int i = 0; i < n; i++)
        gfx_draw(bm, clip, &m->gfx[spr[i].gfx], spr[i].code, spr[i].color, spr[i].flipx, spr[i].flipy, spr[i].sx,
                 spr[i].sy, 1);
}

static const gfx_layout bombjack_charlayout = {
    8, 8, RGN_FRAC(1, 3), 3, { RGN_FRAC(0, 3), RGN_FRAC(1, 3), RGN_FRAC(2, 3) }, { STEP8(0, 1) }, { STEP8(0, 8) },
    64,
};

static const gfx_layout bombjack_tilelayout = {
    16, 16, RGN_FRAC(1, 3), 3, { RGN_FRAC(0, 3), RGN_FRAC(1, 3), RGN_FRAC(2, 3) }, { STEP8(0, 1), STEP8(64, 1) },
    { STEP8(0, 8), STEP8(128, 8) }, 256,
};

static const gfx_layout bombjack_spritelayout = {
    16, 16, 128, 3, { 0, 0x2000 * 8, 0x4000 * 8 }, { STEP8(0, 1), STEP8(64, 1) }, { STEP8(0, 8), STEP8(128, 8) }, 256,
};

static const gfx_layout bombjack_bigspritelayout = {
    32, 32, 32, 3, { 0, 0x2000 * 8, 0x4000 * 8 },
    { STEP8(0, 1), STEP8(64, 1), STEP8(256, 1), STEP8(320, 1) },
    { STEP8(0, 8), STEP8(128, 8), STEP8(512, 8), STEP8(640, 8) }, 1024,
};

static const gfx_decode_entry bombjack_gfx[] = {
    { "chars", 0, &bombjack_charlayout, 0, 16 },
    { "bgtiles1", 0, &bombjack_tilelayout, 0, 16 },
    { "sprites", 0, &bombjack_spritelayout, 0, 16 },
    { "sprites", 0x1000, &bombjack_bigspritelayout, 0, 16 },
    { NULL, 0, NULL, 0, 0 },
};

/* ---- machine ---- */

static void bombjack_vblank(machine_t *m, void *drv, int state)
{
    (void)m;
    bombjack_state *s = drv;
    if (!state)
        return;
    if (s->nmi_mask) /* held until b000 is written with 0 */
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_ASSERT);
    cpu_set_line(s->audiocpu, CPU_LINE_NMI, LINE_ASSERT);
    cpu_set_line(s->audiocpu, CPU_LINE_NMI, LINE_CLEAR);
}

static tilemap_t *bombjack_tilemap(machine_t *m, bombjack_state *s, tilemap_info_fn info, int size, int n)
{
    tilemap_t *tm = tilemap_create(m, &(tilemap_config){ tilemap_scan_rows, info, size, size, n, n }, s);
    if (tm)
        tilemap_set_scrolldy(tm, -VBEND, -VBEND);
    return tm;
}

static int bombjack_start(machine_t *m, void *drv)
{
    bombjack_state *s = drv;
    mem_region *map = machine_region(m, "bg_tilemaps");
    s->cpu = machine_cpu(m, "maincpu");
    s->audiocpu = machine_cpu(m, "audiocpu");
    s->latch = machine_device_self(m, "soundlatch");
    s->bgmap = map && map->size >= 0x1000 ? map->data : NULL;
    s->bg = bombjack_tilemap(m, s, bombjack_bg_info, 16, 16);
    s->fg = bombjack_tilemap(m, s, bombjack_fg_info, 8, 32);
    if (!s->cpu || !s->audiocpu || !s->latch || !s->bgmap || !s->bg || !s->fg || m->num_gfx != 4)
        return -1;
    tilemap_set_transparent_pen(s->fg, 0);
    return 0;
}

static void bombjack_reset(machine_t *m, void *drv)
{
    (void)m;
    bombjack_state *s = drv;
    s->bg_image = 0;
    tilemap_mark_all_dirty(s->bg);
}

static void bombjack_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    bombjack_state *s = drv;
    st_bytes(io, s->wram, sizeof(s->wram));
    st_bytes(io, s->vram, sizeof(s->vram));
    st_bytes(io, s->cram, sizeof(s->cram));
    st_bytes(io, s->spriteram, sizeof(s->spriteram));
    st_bytes(io, s->palram, sizeof(s->palram));
    st_bytes(io, s->snd_ram, sizeof(s->snd_ram));
    st_u8(io, &s->bg_image);
    st_u8(io, &s->nmi_mask);
    st_u8(io, &s->flip);
}

static void bombjack_post_load(machine_t *m, void *drv)
{
    (void)m;
    bombjack_state *s = drv;
    for (offs_t i = 0; i < sizeof(s->palram); i += 2)
        bombjack_palette_w(s, i, s->palram[i]);
    bombjack_apply_flip(s);
}

static const gen_latch_params bombjack_latch = { NULL, false, 0, 0 };

static const device_config bombjack_devices[] = {
    CPU_DEVICE("maincpu", z80_core, 4000000, .program = bombjack_program, .fixed_pages = true),
    CPU_DEVICE("audiocpu", z80_core, 12000000 / 4, .program = bombjack_audio_program, .io = bombjack_audio_io,
               .fixed_pages = true),
    DEVICE("soundlatch", gen_latch_device, 0, &bombjack_latch),
    SOUND_DEVICE("ay1", ay8910_device, 12000000 / 8, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 33))),
    SOUND_DEVICE("ay2", ay8910_device, 12000000 / 8, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 33))),
    SOUND_DEVICE("ay3", ay8910_device, 12000000 / 8, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 33))),
    DEVICE_END,
};

static const machine_config bombjack_config = {
    .devices = bombjack_devices,
    .drv_state_size = sizeof(bombjack_state),
    .screen = { 256 * 256 * 60, 256, 0, 256, 256, VBEND, 240, bombjack_vblank, false },
    .video = { bombjack_palette, bombjack_update, bombjack_gfx, 128, 0, &bombjack_viewer },
    .start = bombjack_start,
    .reset = bombjack_reset,
    .serialize = bombjack_serialize,
    .post_load = bombjack_post_load,
    .speaker_tag = "mono",
    .joy_ways = 8,
    .device_refs = (const char *const[]){ "z80", "z80", "generic_latch_8", "screen", "gfxdecode", "palette",
                                          "speaker", "ay8910", "ay8910", "ay8910", NULL },
};

/* ---- inputs ---- */

#define BOMBJACK_PLAYER(n)                                                                               \
    PORT_BIT_P(0x01, 0x00, IPT_JOYSTICK_RIGHT, n), PORT_BIT_P(0x02, 0x00, IPT_JOYSTICK_LEFT, n),           \
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_UP, n), PORT_BIT_P(0x08, 0x00, IPT_JOYSTICK_DOWN, n),              \
    PORT_BIT_P(0x10, 0x00, IPT_BUTTON1, n), PORT_BIT(0xe0, 0x00, IPT_UNKNOWN)

static const input_def bombjack_inputs[] = {
    PORT_START("P1"), BOMBJACK_PLAYER(1),
    PORT_START("P2"), BOMBJACK_PLAYER(2),
    PORT_START("SYSTEM"),
    PORT_BIT(0x01, 0x00, IPT_COIN1), PORT_BIT(0x02, 0x00, IPT_COIN2),
    PORT_BIT(0x04, 0x00, IPT_START1), PORT_BIT(0x08, 0x00, IPT_START2), PORT_BIT(0xf0, 0xf0, IPT_UNKNOWN),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x00, "Coin A"), PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x01, "1 Coin/2 Credits"), PORT_DIPSETTING(0x02, "1 Coin/3 Credits"),
    PORT_DIPSETTING(0x03, "1 Coin/6 Credits"), PORT_DIPLOCATION("SW1:!1,!2"),
    PORT_DIPNAME(0x0c, 0x00, "Coin B"), PORT_DIPSETTING(0x04, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"), PORT_DIPSETTING(0x08, "1 Coin/2 Credits"),
    PORT_DIPSETTING(0x0c, "1 Coin/3 Credits"), PORT_DIPLOCATION("SW1:!3,!4"),
    PORT_DIPNAME(0x30, 0x00, "Lives"), PORT_DIPSETTING(0x30, "2"), PORT_DIPSETTING(0x00, "3"),
    PORT_DIPSETTING(0x10, "4"), PORT_DIPSETTING(0x20, "5"), PORT_DIPLOCATION("SW1:!5,!6"),
    PORT_DIPNAME(0x40, 0x40, "Cabinet"), PORT_DIPSETTING(0x40, "Upright"), PORT_DIPSETTING(0x00, "Cocktail"),
    PORT_DIPLOCATION("SW1:!7"),
    PORT_DIPNAME(0x80, 0x80, "Demo Sounds"), PORT_DIPSETTING(0x00, "Off"), PORT_DIPSETTING(0x80, "On"),
    PORT_DIPLOCATION("SW1:!8"),
    PORT_START("DSW2"),
    PORT_DIPNAME(0x07, 0x00, "Bonus Life"), PORT_DIPSETTING(0x02, "Every 30k"), PORT_DIPSETTING(0x01, "Every 100k"),
    PORT_DIPSETTING(0x07, "50k, 100k and 300k"), PORT_DIPSETTING(0x05, "50k and 100k"),
    PORT_DIPSETTING(0x03, "50k only"), PORT_DIPSETTING(0x06, "100k and 300k"), PORT_DIPSETTING(0x04, "100k only"),
    PORT_DIPSETTING(0x00, "None"), PORT_DIPLOCATION("SW2:!1,!2,!3"),
    PORT_DIPNAME(0x18, 0x10, "Bird Speed"), PORT_DIPSETTING(0x00, "Easy"), PORT_DIPSETTING(0x08, "Medium"),
    PORT_DIPSETTING(0x10, "Hard"), PORT_DIPSETTING(0x18, "Hardest"), PORT_DIPLOCATION("SW2:!4,!5"),
    PORT_DIPNAME(0x60, 0x40, "Enemies Number & Speed"), PORT_DIPSETTING(0x20, "Easy"),
    PORT_DIPSETTING(0x00, "Medium"), PORT_DIPSETTING(0x40, "Hard"), PORT_DIPSETTING(0x60, "Hardest"),
    PORT_DIPLOCATION("SW2:!6,!7"),
    PORT_DIPNAME(0x80, 0x00, "Special Coin"), PORT_DIPSETTING(0x00, "Easy"), PORT_DIPSETTING(0x80, "Hard"),
    PORT_DIPLOCATION("SW2:!8"),
    INPUT_END,
};

GAME(1984, bombjack, NULL, bombjack_config, bombjack_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE, "Tehkan",
     "Bomb Jack (set 1)");
GAME(1984, bombjack2, "bombjack", bombjack_config, bombjack_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE, "Tehkan",
     "Bomb Jack (set 2)");
