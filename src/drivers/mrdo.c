/* Universal Mr. Do! (PCB 8201): Mr. Do! and the prototype Mr. Do! (Yukidaruma).

   CPU:    Z80 at 8.2 MHz / 2; IRQ (IM 1, held until acknowledged) at VBLANK
   Memory: 0000-7fff ROM
           8000-87ff background RAM: 8000-83ff attributes, 8400-87ff codes
           8800-8fff foreground RAM, the same layout
           9000-90ff sprite RAM (write only): 64 x 4 bytes
           9800 (w) bit 0 flip screen (bits 1-3 playfield priority, unused)
           9801, 9802 (w) the two SN76489     9803 (r) protection PAL U001
           a000 P1, a001 P2, a002 DSW1, a003 DSW2
           e000-efff RAM    f000-f7ff (w) background x scroll, f800-ffff y scroll
   Video:  19.6 MHz / 4 pixel clock, 312 x 262 total, 240 x 192 visible
           (columns 8-247, lines 32-223), rotated 270 degrees.
           Two 32x32 tilemaps of 8x8 2bpp tiles, 512 codes each (attribute
           bit 7 = code bit 8, bits 0-5 colour, bit 6 = the tile is opaque,
           its pen 0 hiding what is behind). The background scrolls; the
           foreground is drawn over it, then 64 sprites 16x16 2bpp (sprite
           0 on top; none where byte 1 is 0). Flip screen flips the tilemaps,
           not the sprites.
           Colours: two 32-byte PROMs, 2+2 bits per gun through 75/100/120/150
           ohm resistors and diodes into a 200 ohm pull-down; sprite colours
           through a 32-byte lookup PROM (one nibble per colour code).
   Sound:  two SN76489 at 8.2 MHz / 2.
   Protection: U001, a PAL16R6 fed by the foreground RAM writes; MAME 0.251
           returns the ROM byte at HL for the read, as here. */
#include <string.h>

#include "cpu/z80.h"
#include "emu/machine.h"
#include "sound/sn76489.h"
#include "video/tilemap.h"
#include "video/viewer.h"

#define MAIN_CLOCK 8200000u
#define PIXEL_CLOCK (19600000u / 4)
#define HBEND 8
#define VBEND 32

typedef struct mrdo_state {
    u8 bgram[0x800];
    u8 fgram[0x800];
    u8 spriteram[0x100];
    u8 wram[0x1000];
    u8 flip;
    u8 scrollx, scrolly;   /* as given to the tilemap (y already adjusted for flip) */
    cpu_slot *cpu;
    const u8 *rom;
    tilemap_t *bg, *fg;
} mrdo_state;

/* ---- bus ---- */

static void mrdo_bgram_w(void *ctx, offs_t offset, u8 data)
{
    mrdo_state *s = ctx;
    s->bgram[offset] = data;
    tilemap_mark_tile_dirty(s->bg, offset & 0x3ff);
}

static void mrdo_fgram_w(void *ctx, offs_t offset, u8 data)
{
    mrdo_state *s = ctx;
    s->fgram[offset] = data;
    tilemap_mark_tile_dirty(s->fg, offset & 0x3ff);
}

static void mrdo_apply_scroll(mrdo_state *s)
{
    tilemap_set_scrollx(s->bg, 0, s->scrollx);
    tilemap_set_scrolly(s->bg, 0, s->scrolly);
}

static void mrdo_scrollx_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    mrdo_state *s = ctx;
    s->scrollx = data;
    mrdo_apply_scroll(s);
}

/* The y scroll ignores the flip: a flipped screen takes 256 - value. */
static void mrdo_scrolly_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    mrdo_state *s = ctx;
    s->scrolly = s->flip ? (u8)(256 - data) : data;
    mrdo_apply_scroll(s);
}

static void mrdo_apply_flip(mrdo_state *s)
{
    u8 f = s->flip ? TILEMAP_FLIPX | TILEMAP_FLIPY : 0;
    tilemap_set_flip(s->bg, f);
    tilemap_set_flip(s->fg, f);
}

static void mrdo_flip_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    mrdo_state *s = ctx;
    s->flip = data & 1;
    mrdo_apply_flip(s);
}

static u8 mrdo_protection_r(void *ctx, offs_t offset)
{
    (void)offset;
    const mrdo_state *s = ctx;
    return s->rom[z80_get_hl(s->cpu->core)];
}

static const mem_map_entry mrdo_program[] = {
    MAP_ROM(0x0000, 0x7fff, 0, "maincpu", 0),
    MAP_RAM(0x8000, 0x87ff, 0, mrdo_state, bgram),
    MAP_WRITE(0x8000, 0x87ff, 0, mrdo_bgram_w),
    MAP_RAM(0x8800, 0x8fff, 0, mrdo_state, fgram),
    MAP_WRITE(0x8800, 0x8fff, 0, mrdo_fgram_w),
    MAP_WRITEONLY(0x9000, 0x90ff, 0, mrdo_state, spriteram),
    MAP_WRITE(0x9800, 0x9800, 0, mrdo_flip_w),
    MAP_DEVICE_WRITE(0x9801, 0x9801, 0, "sn1", sn76489_w),
    MAP_DEVICE_WRITE(0x9802, 0x9802, 0, "sn2", sn76489_w),
    MAP_READ(0x9803, 0x9803, 0, mrdo_protection_r),
    MAP_PORT(0xa000, 0xa000, 0, "P1"), MAP_PORT(0xa001, 0xa001, 0, "P2"),
    MAP_PORT(0xa002, 0xa002, 0, "DSW1"), MAP_PORT(0xa003, 0xa003, 0, "DSW2"),
    MAP_RAM(0xe000, 0xefff, 0, mrdo_state, wram),
    MAP_WRITE(0xf000, 0xf7ff, 0, mrdo_scrollx_w),
    MAP_WRITE(0xf800, 0xffff, 0, mrdo_scrolly_w),
    MAP_END,
};

/* ---- video ---- */

/* Resistor weights as MAME computes them (single precision, truncated). */
static void mrdo_weights(int *weight)
{
    const float r[4] = { 150, 120, 100, 75 }, pull = 220, diode = 0.7f;
    float pot[16];
    for (int i = 15; i >= 0; i--) {
        float par = 0;
        for (int b = 0; b < 4; b++)
            if (i >> b & 1)
                par += 1.0f / r[b];
        pot[i] = par != 0 ? pull / (pull + 1 / par) - diode : 0;
        weight[i] = (int)(0xff * pot[i] / pot[15]);
        if (weight[i] < 0)
            weight[i] = 0;
    }
}

static int mrdo_level(const palette_source *ps, int color, int channel, u32 value)
{
    (void)ps, (void)color, (void)channel;
    int w[16];
    mrdo_weights(w);
    return w[value & 15];
}

/* Two PROMs per colour: each gun takes two bits of each (the low pair from
   the PROM at 20h), four resistors 150, 120, 100, 75 ohm in parallel
   against a 220 ohm pull-down, less a diode drop. Tiles use colours
   directly; sprites through the lookup PROM at 40h (one nibble per pen,
   nibble bits 2-3 also select bits 5-6 of the colour). */
#define MRDO_GUN(c) { 4, { 1, 1, 0, 0 }, { 2 * (c), 2 * (c) + 1, 2 * (c), 2 * (c) + 1 }, { 150, 120, 100, 75 }, { 0 }, 0, 0 }
static const palette_lookup mrdo_lut[3] = {
    { 0, 0x100, NULL, 0, 0, 0, 0, 0, 0, 0 },
    { 0x100, 0x20, "proms", 0x40, 0, 0x0f, 0, 0x0c, 3, 0 },
    { 0x120, 0x20, "proms", 0x40, 4, 0x0f, 0, 0x0c, 3, 0 },
};
static const palette_source mrdo_palette_source = {
    .count = 0x100, .nproms = 2,
    .proms = { { "proms", 0x00, { 0, 0 }, { 0x1f, 0 } }, { "proms", 0x20, { 3, 0 }, { 0x1c, 3 } } },
    .ch = { MRDO_GUN(0), MRDO_GUN(1), MRDO_GUN(2) },
    .kind = PALSRC_LEVELS, .level = mrdo_level,
    .network = "150/120/100/75 ohm in parallel, 220 ohm pull-down, minus 0.7 V diode, 0-255 at all four",
    .lut = mrdo_lut, .nlut = 3,
};

static void mrdo_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    palette_source_apply(m, pal, &mrdo_palette_source);
}

/* Group 1 (attribute bit 6): the whole tile opaque. */
static void mrdo_tile(const u8 *ram, u32 index, tile_info *ti)
{
    u8 attr = ram[index];
    ti->code = ram[index + 0x400] + ((attr & 0x80u) << 1);
    ti->color = attr & 0x3f;
    ti->group = attr & 0x40 ? 1 : 0;
}

static void mrdo_bg_info(void *drv, u32 index, tile_info *ti)
{
    mrdo_tile(((mrdo_state *)drv)->bgram, index, ti);
    ti->gfx = 1;
}

static void mrdo_fg_info(void *drv, u32 index, tile_info *ti)
{
    mrdo_tile(((mrdo_state *)drv)->fgram, index, ti);
    ti->gfx = 0;
}

/* The 64 sprite slots, last first; a slot whose Y byte is 0 is off. */
static int mrdo_sprites(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    const mrdo_state *s = drv;
    const u8 *sp = s->spriteram;
    u32 base = viewer_ram_address(m, offsetof(mrdo_state, spriteram));
    int n = 0;
    for (int offs = 0x100 - 4; offs >= 0 && n < max; offs -= 4) {
        if (!sp[offs + 1])
            continue;
        viewer_sprite *v = &out[n++];
        *v = (viewer_sprite){ .index = offs / 4, .gfx = 2, .code = sp[offs], .color = sp[offs + 2] & 0x0fu,
                              .flipx = sp[offs + 2] & 0x10, .flipy = sp[offs + 2] & 0x20, .sx = sp[offs + 3] - HBEND,
                              .sy = 256 - sp[offs + 1] - VBEND, .addr = base + (u32)offs, .nattr = 4 };
        memcpy(v->attr, &sp[offs], 4);
    }
    return n;
}

static const viewer_desc mrdo_viewer = { mrdo_sprites, &mrdo_palette_source };

static void mrdo_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    mrdo_state *s = drv;
    bitmap_fill(bm, clip, 0);
    tilemap_draw(s->bg, bm, clip, 0, NULL, 0, 0);
    tilemap_draw(s->fg, bm, clip, 0, NULL, 0, 0);
    viewer_sprite spr[64];
    int n = mrdo_sprites(m, s, spr, 64);
    for (int i = 0; i < n; i++)
        gfx_draw(bm, clip, &m->gfx[2], spr[i].code, spr[i].color, spr[i].flipx, spr[i].flipy, spr[i].sx, spr[i].sy, 1);
}

static const gfx_layout mrdo_charlayout = {
    8, 8, RGN_FRAC(1, 2), 2, { RGN_FRAC(0, 2), RGN_FRAC(1, 2) }, { STEP8(7, -1) }, { STEP8(0, 8) }, 64,
};

static const gfx_layout mrdo_spritelayout = {
    16, 16, RGN_FRAC(1, 1), 2, { 4, 0 },
    { STEP4(3, -1), STEP4(8 + 3, -1), STEP4(16 + 3, -1), STEP4(24 + 3, -1) }, { STEP16(0, 32) }, 512,
};

static const gfx_decode_entry mrdo_gfx[] = {
    { "gfx1", 0, &mrdo_charlayout, 0, 64 },
    { "gfx2", 0, &mrdo_charlayout, 0, 64 },
    { "gfx3", 0, &mrdo_spritelayout, 4 * 64, 16 },
    { NULL, 0, NULL, 0, 0 },
};

/* ---- machine ---- */

static void mrdo_vblank(machine_t *m, void *drv, int state)
{
    (void)m;
    mrdo_state *s = drv;
    if (state)
        cpu_set_line(s->cpu, CPU_LINE_IRQ0, LINE_HOLD);
}

static tilemap_t *mrdo_tilemap(machine_t *m, mrdo_state *s, tilemap_info_fn info)
{
    tilemap_t *tm = tilemap_create(m, &(tilemap_config){ tilemap_scan_rows, info, 8, 8, 32, 32 }, s);
    if (!tm)
        return NULL;
    tilemap_set_transparent_pen(tm, 0);
    tilemap_set_transmask(tm, 1, 0);
    /* bitmap (0,0) is screen (HBEND, VBEND) */
    tilemap_set_scrolldx(tm, -HBEND, -HBEND);
    tilemap_set_scrolldy(tm, -VBEND, -VBEND);
    return tm;
}

static int mrdo_start(machine_t *m, void *drv)
{
    mrdo_state *s = drv;
    mem_region *rom = machine_region(m, "maincpu");
    s->cpu = machine_cpu(m, "maincpu");
    s->rom = rom && rom->size >= 0x10000 ? rom->data : NULL;
    s->bg = mrdo_tilemap(m, s, mrdo_bg_info);
    s->fg = mrdo_tilemap(m, s, mrdo_fg_info);
    return s->cpu && s->rom && s->bg && s->fg && m->num_gfx == 3 ? 0 : -1;
}

static void mrdo_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    mrdo_state *s = drv;
    st_bytes(io, s->bgram, sizeof(s->bgram));
    st_bytes(io, s->fgram, sizeof(s->fgram));
    st_bytes(io, s->spriteram, sizeof(s->spriteram));
    st_bytes(io, s->wram, sizeof(s->wram));
    st_u8(io, &s->flip);
    st_u8(io, &s->scrollx);
    st_u8(io, &s->scrolly);
    st_check(io, s->flip <= 1);
}

static void mrdo_post_load(machine_t *m, void *drv)
{
    (void)m;
    mrdo_state *s = drv;
    mrdo_apply_flip(s);
    mrdo_apply_scroll(s);
}

static const device_config mrdo_devices[] = {
    CPU_DEVICE("maincpu", z80_core, MAIN_CLOCK / 2, .program = mrdo_program, .fixed_pages = true),
    SOUND_DEVICE("sn1", sn76489_device, MAIN_CLOCK / 2, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 128))),
    SOUND_DEVICE("sn2", sn76489_device, MAIN_CLOCK / 2, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 128))),
    DEVICE_END,
};

static const machine_config mrdo_config = {
    .devices = mrdo_devices,
    .drv_state_size = sizeof(mrdo_state),
    .screen = { PIXEL_CLOCK, 312, HBEND, 248, 262, VBEND, 224, mrdo_vblank, false },
    .video = { mrdo_palette, mrdo_update, mrdo_gfx, 256, 64 * 4 + 16 * 4, &mrdo_viewer },
    .start = mrdo_start,
    .serialize = mrdo_serialize,
    .post_load = mrdo_post_load,
    .speaker_tag = "mono",
    .joy_ways = 4,
    .device_refs = (const char *const[]){ "z80", "screen", "gfxdecode", "palette", "speaker", "sn76489", "sn76489", NULL },
};

/* ---- inputs ---- */

#define MRDO_COINAGE(mask, shift, loc)                                                                  \
    PORT_DIPNAME(mask, mask, shift ? "Coin A" : "Coin B"),                                             \
    PORT_DIPSETTING(0x06 << shift, "4 Coins/1 Credit"), PORT_DIPSETTING(0x08 << shift, "3 Coins/1 Credit"), \
    PORT_DIPSETTING(0x0a << shift, "2 Coins/1 Credit"), PORT_DIPSETTING(0x07 << shift, "3 Coins/2 Credits"), \
    PORT_DIPSETTING(0x0f << shift, "1 Coin/1 Credit"), PORT_DIPSETTING(0x09 << shift, "2 Coins/3 Credits"), \
    PORT_DIPSETTING(0x0e << shift, "1 Coin/2 Credits"), PORT_DIPSETTING(0x0d << shift, "1 Coin/3 Credits"), \
    PORT_DIPSETTING(0x0c << shift, "1 Coin/4 Credits"), PORT_DIPSETTING(0x0b << shift, "1 Coin/5 Credits"), \
    PORT_DIPSETTING(0x00, "Free Play"), PORT_DIPLOCATION(loc)

static const input_def mrdo_inputs[] = {
    PORT_START("P1"),
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_LEFT), PORT_BIT(0x02, 0x02, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_RIGHT), PORT_BIT(0x08, 0x08, IPT_JOYSTICK_UP),
    PORT_BIT(0x10, 0x10, IPT_BUTTON1), PORT_BIT(0x20, 0x20, IPT_START1),
    PORT_BIT(0x40, 0x40, IPT_START2), PORT_BIT(0x80, 0x80, IPT_TILT),
    PORT_START("P2"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_LEFT, 2), PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_DOWN, 2),
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_RIGHT, 2), PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_UP, 2),
    PORT_BIT_P(0x10, 0x10, IPT_BUTTON1, 2), PORT_BIT(0x20, 0x20, IPT_UNUSED),
    PORT_BIT(0x40, 0x40, IPT_COIN1), PORT_BIT(0x80, 0x80, IPT_COIN2),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x03, "Difficulty"),
    PORT_DIPSETTING(0x03, "Easy"), PORT_DIPSETTING(0x02, "Medium"),
    PORT_DIPSETTING(0x01, "Hard"), PORT_DIPSETTING(0x00, "Hardest"), PORT_DIPLOCATION("SW1:8,7"),
    PORT_DIPNAME(0x04, 0x04, "Rack Test (Cheat)"),
    PORT_DIPSETTING(0x04, "Off"), PORT_DIPSETTING(0x00, "On"), PORT_DIPLOCATION("SW1:6"),
    PORT_DIPNAME(0x08, 0x08, "Special"),
    PORT_DIPSETTING(0x08, "Easy"), PORT_DIPSETTING(0x00, "Hard"), PORT_DIPLOCATION("SW1:5"),
    PORT_DIPNAME(0x10, 0x10, "Extra"),
    PORT_DIPSETTING(0x10, "Easy"), PORT_DIPSETTING(0x00, "Hard"), PORT_DIPLOCATION("SW1:4"),
    PORT_DIPNAME(0x20, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"), PORT_DIPSETTING(0x20, "Cocktail"), PORT_DIPLOCATION("SW1:3"),
    PORT_DIPNAME(0xc0, 0xc0, "Lives"),
    PORT_DIPSETTING(0x00, "2"), PORT_DIPSETTING(0xc0, "3"),
    PORT_DIPSETTING(0x80, "4"), PORT_DIPSETTING(0x40, "5"), PORT_DIPLOCATION("SW1:2,1"),
    PORT_START("DSW2"),
    MRDO_COINAGE(0x0f, 0, "SW2:8,7,6,5"),
    MRDO_COINAGE(0xf0, 4, "SW2:4,3,2,1"),
    INPUT_END,
};

GAME(1982, mrdo, NULL, mrdo_config, mrdo_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE, "Universal", "Mr. Do!");
GAME(1982, mrdoy, "mrdo", mrdo_config, mrdo_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE, "Universal",
     "Mr. Do! (prototype)");
