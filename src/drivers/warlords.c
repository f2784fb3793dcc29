/* Atari Warlords (1980): the Centipede board with four paddles and a colour
   PROM (shared parts in centiped.c / centiped.h).

   CPU:    6502 at 12.096 MHz / 8 = 1.512 MHz
   Memory (address bit 15 ignored):
           0000-03ff work RAM
           0400-07bf playfield RAM: 32x30 tiles; bits 0-5 code, 6 flip X,
                     7 flip Y; the colour is the quadrant (bits 4 and 9 of
                     the address) and the cabinet
           07c0-07cf sprite picture (bits 0-5, 6 flip X, 7 flip Y),
                     07d0 Y (248 - top), 07e0 X; the colour is the quadrant
           0800/0801 (r) DIP switches J2 / M2
           0c00 (r) IN0: diag step (4), service (5, low), VBLANK (6),
                     cabinet (7: 1 upright with the overlay, 0 cocktail)
           0c01 (r) IN1: buttons 1-4, slam, coins (all low)
           1000-100f POKEY: POT0-3 are the four paddles
           1800 (w) IRQ acknowledge
           1c00-1c07 (w) LS259 on D7: coin counters, four start LEDs
           4000 (w) watchdog
           5000-7fff program ROM
   Video:  256x240 of 256x256 (60 Hz), ROT0; 8x8 2bpp tiles and 16 8x8
           sprites from one 2 KB ROM; 64 pens from the PROM (8 colour codes
           of tiles, 8 of sprites). The upright cabinet mirrors the picture
           in X (its mirror and overlay) and takes PROM 40-7f, in grey as
           MAME shows it. Drawn band by band at the 16V IRQs, as Centipede.
   Sound:  POKEY at 1.512 MHz */
#include "drivers/centiped.h"
#include "machine/watchdog.h"

/* ---- inputs ---- */

static u8 warlords_in0_r(void *ctx, offs_t offset)
{
    (void)offset;
    centiped_state *s = ctx;
    return (u8)((input_port_read(s->in, s->port_sw[0]) & ~0x40) | centiped_vblank(s) << 6);
}

static u8 warlords_paddle(void *drv, int pot)
{
    const centiped_state *s = drv;
    /* POT4-7 are not wired: they never finish a scan (a 0 would be ready at once) */
    return pot < 4 ? (u8)input_port_read(s->in, s->port_extra[pot]) : 228;
}

static u8 upright(const centiped_state *s)
{
    return (u8)input_port_read(s->in, s->port_sw[0]) & 0x80;
}

/* ---- video ---- */

/* MAME's pens: tiles 4 x code + pen, PROM (code << 4 | pen); sprites 32 +
   4 x code + pen, PROM (code << 4 | pen << 2); PROM 40-7f in grey */
static void warlords_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    const mem_region *prom = machine_region(m, "proms");
    for (int i = 0; i < 64; i++) {
        int c = i & 0x1f, pen = (c & 0x1c) << 2 | (i < 0x20 ? (c & 3) : (c & 3) << 2);
        u8 v = prom && (size_t)pen < prom->size ? prom->data[pen] : 0;
        int r = (v >> 2 & 1) * 0xff, g = (v >> 1 & 1) * 0xff, b = (v & 1) * 0xff;
        if (pen >= 0x40) /* 30% red, 59% green, 11% blue */
            r = g = b = r * 0x4d / 0xff + g * 0x96 / 0xff + b * 0x1c / 0xff;
        palette_set_color(pal, i, (u8)r, (u8)g, (u8)b);
    }
}

static void playfield_info(void *ctx, u32 index, tile_info *ti)
{
    const centiped_state *s = ctx;
    u8 d = s->videoram[index];
    ti->code = d & 0x3fu;
    ti->color = (index & 0x10) >> 4 | (index & 0x200) >> 8 | s->flip >> 5;
    ti->flags = (d & 0x40 ? TILE_FLIPX : 0) | (d & 0x80 ? TILE_FLIPY : 0);
}

static const tilemap_config warlords_playfield = { tilemap_scan_rows, playfield_info, 8, 8, 32, 30 };

/* The 16 sprites in draw order, 8 x 8. */
static int warlords_sprites(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    centiped_state *s = drv;
    u8 up = upright(s);
    const u8 *sp = s->spriteram;
    u32 base = viewer_ram_address(m, offsetof(centiped_state, spriteram));
    int n = 0;
    for (int i = 0; i < 16 && n < max; i++) {
        u8 pic = sp[i];
        int x = sp[i + 0x20], y = 248 - sp[i + 0x10];
        /* the colour is the quadrant of the sprite's corner (MAME's
           approximation: the board changes it within a sprite) */
        u32 color = (u32)((y & 0x80) >> 6 | (x & 0x80) >> 7 | up >> 5);
        bool fx = pic & 0x40;
        if (up) {
            x = 248 - x;
            fx = !fx;
        }
        out[n++] = (viewer_sprite){ .index = i, .gfx = 1, .code = pic & 0x3fu, .color = color, .flipx = fx,
                                    .flipy = pic & 0x80, .sx = x, .sy = y, .addr = base + (u32)i,
                                    .attr = { sp[i], sp[i + 0x10], sp[i + 0x20], sp[i + 0x30] }, .nattr = 4 };
    }
    return n;
}

static const viewer_desc warlords_viewer = { warlords_sprites, NULL };

static void warlords_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    centiped_state *s = drv;
    u8 up = upright(s);
    if (s->flip != up) { /* the cabinet switch moved: mirror and recolour */
        s->flip = up;
        tilemap_set_flip(s->playfield, up ? TILEMAP_FLIPX : 0);
        tilemap_mark_all_dirty(s->playfield);
    }
    tilemap_draw(s->playfield, bm, clip, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_ALL_CATEGORIES, NULL, 0, 0);
    viewer_sprite spr[16];
    int n = warlords_sprites(m, s, spr, 16);
    for (int i = 0; i < n; i++) {
        const viewer_sprite *v = &spr[i];
        if (v->sy > clip->max_y || v->sy + 7 < clip->min_y)
            continue;
        gfx_draw(bm, clip, &m->gfx[1], v->code, v->color, v->flipx, v->flipy, v->sx, v->sy, 1);
    }
}

/* ---- machine ---- */

static const mem_map_entry warlords_map[] = {
    MAP_RAM(0x0000, 0x03ff, 0x8000, centiped_state, ram),
    MAP_RAM(0x0400, 0x07bf, 0x8000, centiped_state, videoram),
    MAP_WRITE(0x0400, 0x07bf, 0x8000, centiped_videoram_w),
    MAP_RAM(0x07c0, 0x07ff, 0x8000, centiped_state, spriteram),
    MAP_PORT(0x0800, 0x0800, 0x8000, "DSW1"),
    MAP_PORT(0x0801, 0x0801, 0x8000, "DSW2"),
    MAP_READ(0x0c00, 0x0c00, 0x8000, warlords_in0_r),
    MAP_PORT(0x0c01, 0x0c01, 0x8000, "IN1"),
    MAP_IO(0x1000, 0x100f, 0x8000, centiped_pokey_r, centiped_pokey_w),
    MAP_WRITE(0x1800, 0x1800, 0x8000, centiped_irq_ack_w),
    MAP_DEVICE_WRITE(0x1c00, 0x1c07, 0x8000, "outlatch", ls259_d7_w),
    MAP_DEVICE_WRITE(0x4000, 0x4000, 0x8000, "watchdog", watchdog_reset_w),
    MAP_ROM(0x5000, 0x7fff, 0x8000, "maincpu", 0x5000),
    MAP_END,
};

static const gfx_layout warlords_charlayout = {
    8, 8, RGN_FRAC(1, 4), 2,
    { RGN_FRAC(1, 2), 0 },
    { 0, 1, 2, 3, 4, 5, 6, 7 },
    { 0, 8, 16, 24, 32, 40, 48, 56 },
    64,
};

static const gfx_decode_entry warlords_gfx[] = {
    { "gfx1", 0x000, &warlords_charlayout, 0, 8 },
    { "gfx1", 0x200, &warlords_charlayout, 32, 8 },
    { NULL, 0, NULL, 0, 0 },
};

static int warlords_start(machine_t *m, void *drv)
{
    static const centiped_board board = { &warlords_playfield, -1, { NULL },
                                          { "PADDLE0", "PADDLE1", "PADDLE2", "PADDLE3" } };
    centiped_state *s = drv;
    if (centiped_board_start(m, s, &board))
        return -1;
    return (s->port_sw[0] = input_port_index(s->in, "IN0")) < 0 ? -1 : 0;
}

static void warlords_post_load(machine_t *m, void *drv)
{
    (void)m;
    centiped_state *s = drv;
    tilemap_set_flip(s->playfield, s->flip ? TILEMAP_FLIPX : 0);
}

/* P9: start LEDs only (no flip screen) */
static const ls259_params warlords_outlatch = { { NULL } };
static const watchdog_params warlords_watchdog = { .vblanks = 8 };
static const pokey_params warlords_pokey = { .pot_r = warlords_paddle };

static const device_config warlords_devices[] = {
    CPU_DEVICE("maincpu", m6502_core, CENTIPED_CLOCK / 8, .program = warlords_map),
    SOUND_DEVICE("pokey", pokey_device, CENTIPED_CLOCK / 8, &warlords_pokey,
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("outlatch", ls259_device, 0, &warlords_outlatch),
    DEVICE("watchdog", watchdog_device, 0, &warlords_watchdog),
    DEVICE_END,
};

static const machine_config warlords_config = {
    .devices = warlords_devices,
    .drv_state_size = sizeof(centiped_state),
    .quantum_hz = 0,
    .screen = { 3932160, 256, 0, 256, 256, 0, 240, NULL, false },
    .video = { warlords_palette, warlords_update, warlords_gfx, 64, 0, &warlords_viewer },
    .start = warlords_start,
    .reset = centiped_reset,
    .serialize = centiped_serialize,
    .post_load = warlords_post_load,
    .speaker_tag = "mono",
    .device_refs = (const char *const[]){ "m6502", "ls259", "watchdog", "timer", "screen", "gfxdecode", "palette",
                                          "speaker", "pokey", NULL },
};

#define WARLORDS_PADDLE(n, player) \
    PORT_START("PADDLE" #n), \
    PORT_ANALOG(0xff, 0x80, IPT_PADDLE, player, 0x1d, 0xcb, 50, 10, false)

#define WARLORDS_UNKNOWN(mask, loc) \
    PORT_DIPNAME(mask, 0x00, "Unknown"), \
    PORT_DIPSETTING(0x00, "Off"), \
    PORT_DIPSETTING(mask, "On"), \
    PORT_DIPLOCATION(loc)

static const input_def warlords_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x0f, 0x00, IPT_UNUSED),
    PORT_DIPNAME(0x10, 0x00, "Diag Step"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x10, "On"),
    PORT_SERVICE(0x20, 0x20),
    PORT_BIT(0x40, 0x00, IPT_CUSTOM), /* VBLANK */
    PORT_DIPNAME(0x80, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x80, "Upright (overlay)"),
    PORT_DIPSETTING(0x00, "Cocktail (no overlay)"),
    PORT_START("IN1"),
    PORT_BIT_P(0x01, 0x01, IPT_BUTTON1, 1),
    PORT_BIT_P(0x02, 0x02, IPT_BUTTON1, 2),
    PORT_BIT_P(0x04, 0x04, IPT_BUTTON1, 3),
    PORT_BIT_P(0x08, 0x08, IPT_BUTTON1, 4),
    PORT_BIT(0x10, 0x10, IPT_TILT),
    PORT_BIT(0x20, 0x20, IPT_COIN1),
    PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_SERVICE1),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x00, "Language"),
    PORT_DIPSETTING(0x00, "English"),
    PORT_DIPSETTING(0x01, "French"),
    PORT_DIPSETTING(0x02, "Spanish"),
    PORT_DIPSETTING(0x03, "German"),
    PORT_DIPLOCATION("J2:1,2"),
    PORT_DIPNAME(0x04, 0x00, "Music"),
    PORT_DIPSETTING(0x00, "End of game"),
    PORT_DIPSETTING(0x04, "High score only"),
    PORT_DIPLOCATION("J2:3"),
    WARLORDS_UNKNOWN(0x08, "J2:4"),
    PORT_DIPNAME(0x30, 0x00, "Credits"),
    PORT_DIPSETTING(0x00, "1p/2p = 1 credit"),
    PORT_DIPSETTING(0x10, "1p = 1, 2p = 2"),
    PORT_DIPSETTING(0x20, "1p/2p = 2 credits"),
    PORT_DIPLOCATION("J2:5,6"),
    WARLORDS_UNKNOWN(0x40, "J2:7"),
    WARLORDS_UNKNOWN(0x80, "J2:8"),
    PORT_START("DSW2"),
    PORT_DIPNAME(0x03, 0x02, "Coinage"),
    PORT_DIPSETTING(0x03, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x02, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x01, "1 Coin/2 Credits"),
    PORT_DIPSETTING(0x00, "Free Play"),
    PORT_DIPLOCATION("M2:1,2"),
    PORT_DIPNAME(0x0c, 0x00, "Right Coin"),
    PORT_DIPSETTING(0x00, "*1"),
    PORT_DIPSETTING(0x04, "*4"),
    PORT_DIPSETTING(0x08, "*5"),
    PORT_DIPSETTING(0x0c, "*6"),
    PORT_DIPLOCATION("M2:3,4"),
    PORT_DIPNAME(0x10, 0x00, "Left Coin"),
    PORT_DIPSETTING(0x00, "*1"),
    PORT_DIPSETTING(0x10, "*2"),
    PORT_DIPLOCATION("M2:5"),
    PORT_DIPNAME(0xe0, 0x00, "Bonus Coins"),
    PORT_DIPSETTING(0x00, "None"),
    PORT_DIPSETTING(0x20, "3 credits/2 coins"),
    PORT_DIPSETTING(0x40, "5 credits/4 coins"),
    PORT_DIPSETTING(0x60, "6 credits/4 coins"),
    PORT_DIPSETTING(0x80, "6 credits/5 coins"),
    PORT_DIPLOCATION("M2:6,7,8"),
    WARLORDS_PADDLE(0, 1),
    WARLORDS_PADDLE(1, 2),
    WARLORDS_PADDLE(2, 3),
    WARLORDS_PADDLE(3, 4),
    INPUT_END,
};

GAME(1980, warlords, NULL, warlords_config, warlords_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE, "Atari", "Warlords");
