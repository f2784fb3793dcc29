/* Galaxian-hardware variants with Galaxian's sound (galaxian.h hooks):
   Moon Cresta and Uniwar S.

   Moon Cresta (MAME 0.251 mooncrst_map, init_mooncrst):
   CPU:    Z80 at 18.432 MHz / 6; NMI from VBLANK. The program ROMs are
           encrypted: D6 ^= D1 and D2 ^= D5, then D2 and D6 swapped on even
           addresses (undone at load, as MAME's decode_mooncrst)
   Memory: 0000-3fff ROM           8000-83ff RAM (mirror 0400)
           9000-93ff video RAM (mirror 0400)
           9800-98ff object RAM (mirror 0700)
           a000 (r) IN0  a800 (r) IN1  b000 (r) IN2
           a000-a007 (w, D0-latch): a000-a002 graphics bank, a003 coin
           counter, a004-a007 the LFO latch; a800-a807 Galaxian's sound
           bits; b000 NMI enable, b004 stars, b006 flip X, b007 flip Y
           (each mirrored 07f8); b800 (r) watchdog, (w) pitch
   Video:  Galaxian's with 512 tiles (4 ROMs): when bank bit a002 is set,
           tile codes 80h-BFh become 100h + (code & 3Fh) + a000 x 40h +
           a001 x 80h, sprite codes 20h-2Fh likewise 40h + (code & 0Fh) +
           a000 x 10h + a001 x 20h (MAME's mooncrst_extend_*)
   Sound:  Galaxian's custom sound (MAME's mooncrst_sound differs in
           details not modelled; sound/galaxian_snd.c).

   Uniwar S (MAME pisces config, init_pisces): the Galaxian board with the
   coin lockout latch (6002) replaced by a graphics bank: tile codes + 100h,
   sprite codes + 40h when set (512 tiles). */
#include "drivers/galaxian.h"

/* ---- Moon Cresta ---- */

static void mooncrst_extend_tile(const galaxian_state *s, u16 *code, u8 *color, u8 attrib)
{
    (void)color;
    (void)attrib;
    if (s->gfxbank[2] && (*code & 0xc0) == 0x80)
        *code = (u16)((*code & 0x3f) | s->gfxbank[0] << 6 | s->gfxbank[1] << 7 | 0x100);
}

static void mooncrst_extend_sprite(const galaxian_state *s, const u8 *base, u16 *code, u8 *color)
{
    (void)base;
    (void)color;
    if (s->gfxbank[2] && (*code & 0x30) == 0x20)
        *code = (u16)((*code & 0x0f) | s->gfxbank[0] << 4 | s->gfxbank[1] << 5 | 0x40);
}

static const galaxian_variant mooncrst_variant = {
    mooncrst_extend_tile, mooncrst_extend_sprite, galaxian_background, galaxian_bullet, false,
};

static void mooncrst_a000_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    offset &= 7;
    if (offset < 3)
        galaxian_gfxbank_w(s, (int)offset, data);
    else if (offset >= 4)
        galaxian_snd_lfo_w(s->snd, offset - 4, data & 1);
}

static void mooncrst_a800_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    galaxian_snd_sound_w(s->snd, offset & 7, data);
}

static void mooncrst_b000_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    switch (offset & 7) {
    case 0: galaxian_set_irq_enable(s, data & 1); break;
    case 4: galaxian_set_stars_enable(s, data & 1); break;
    case 6: if (s->flipx != (data & 1)) galaxian_set_flipx(s, data & 1); break;
    case 7: if (s->flipy != (data & 1)) galaxian_set_flipy(s, data & 1); break;
    default: break;
    }
}

static void pitch_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    galaxian_state *s = ctx;
    galaxian_snd_pitch_w(s->snd, data);
}

static const mem_map_entry mooncrst_map[] = {
    MAP_ROM(0x0000, 0x3fff, 0, "maincpu", 0),
    MAP_RAM(0x8000, 0x83ff, 0x0400, galaxian_state, wram),
    MAP_RAM(0x9000, 0x93ff, 0x0400, galaxian_state, vram),
    MAP_WRITE(0x9000, 0x93ff, 0x0400, galaxian_vram_w),
    MAP_RAM(0x9800, 0x98ff, 0x0700, galaxian_state, objram),
    MAP_WRITE(0x9800, 0x98ff, 0x0700, galaxian_objram_w),
    MAP_PORT(0xa000, 0xa007, 0x07f8, "IN0"),
    MAP_WRITE(0xa000, 0xa007, 0x07f8, mooncrst_a000_w),
    MAP_PORT(0xa800, 0xa807, 0x07f8, "IN1"),
    MAP_WRITE(0xa800, 0xa807, 0x07f8, mooncrst_a800_w),
    MAP_PORT(0xb000, 0xb007, 0x07f8, "IN2"),
    MAP_WRITE(0xb000, 0xb007, 0x07f8, mooncrst_b000_w),
    MAP_IO(0xb800, 0xb800, 0x07ff, galaxian_watchdog_r, pitch_w),
    MAP_END,
};

static u8 swap26(u8 v)
{
    return (u8)((v & 0xbb) | (v >> 4 & 0x04) | (v << 4 & 0x40));
}

/* MAME's decode_mooncrst over the 16K of program */
static int mooncrst_init(machine_t *m, region_list *regions)
{
    (void)m;
    mem_region *rom = region_find(regions, "maincpu");
    if (!rom || rom->size < 0x4000)
        return -1;
    for (size_t i = 0; i < 0x4000; i++) {
        u8 d = rom->data[i], r = d;
        if (d & 0x02)
            r ^= 0x40;
        if (d & 0x20)
            r ^= 0x04;
        rom->data[i] = (i & 1) ? r : swap26(r);
    }
    return 0;
}

static int variant_start(machine_t *m, galaxian_state *s, const galaxian_variant *var)
{
    s->snd = machine_device_self(m, "cust");
    if (galaxian_common_start(m, s, var))
        return -1;
    return s->snd ? 0 : -1;
}

static int mooncrst_start(machine_t *m, void *drv) { return variant_start(m, drv, &mooncrst_variant); }

static const watchdog_params variant_watchdog = { 8, 0 };

static const device_config mooncrst_devices[] = {
    CPU_DEVICE("maincpu", z80_core, GALAXIAN_MASTER_CLOCK / 6, .program = mooncrst_map),
    SOUND_DEVICE("cust", galaxian_snd_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("watchdog", watchdog_device, 0, &variant_watchdog),
    DEVICE_END,
};

#define VARIANT_CONFIG(name, devs, start_fn)                                                                 \
    static const machine_config name = {                                                                   \
        .devices = (devs),                                                                                  \
        .drv_state_size = sizeof(galaxian_state),                                                           \
        .screen = { GALAXIAN_MASTER_CLOCK, HTOTAL, 0, 256 * XSCALE, VTOTAL, VBEND, VBSTART, galaxian_vblank }, \
        .video = { galaxian_palette, galaxian_update, galaxian_gfx, NUM_PENS, 0 },                           \
        .start = (start_fn),                                                                                \
        .reset = galaxian_reset,                                                                            \
        .serialize = galaxian_serialize,                                                                    \
        .post_load = galaxian_post_load,                                                                    \
        .speaker_tag = "speaker",                                                                           \
        .joy_ways = 2,                                                                                      \
        .device_refs = (const char *const[]){ "z80", "watchdog", "gfxdecode", "palette", "screen", "speaker", \
                                              "galaxian_sound", NULL },                                     \
    }

VARIANT_CONFIG(mooncrst_config, mooncrst_devices, mooncrst_start);

/* ---- Uniwar S ---- */

static void pisces_extend_tile(const galaxian_state *s, u16 *code, u8 *color, u8 attrib)
{
    (void)color;
    (void)attrib;
    *code = (u16)(*code | s->gfxbank[0] << 8);
}

static void pisces_extend_sprite(const galaxian_state *s, const u8 *base, u16 *code, u8 *color)
{
    (void)base;
    (void)color;
    *code = (u16)(*code | s->gfxbank[0] << 6);
}

static const galaxian_variant pisces_variant = {
    pisces_extend_tile, pisces_extend_sprite, galaxian_background, galaxian_bullet, false,
};

/* 6000-6007 (D0-latch): 6002 the graphics bank, 6004-6007 the LFO */
static void pisces_6000_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    offset &= 7;
    if (offset == 2)
        galaxian_gfxbank_w(s, 0, data);
    else if (offset >= 4)
        galaxian_snd_lfo_w(s->snd, offset - 4, data & 1);
}

static void sound_6800_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    galaxian_snd_sound_w(s->snd, offset & 7, data);
}

static void latch_7000_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    switch (offset & 7) {
    case 1: galaxian_set_irq_enable(s, data & 1); break;
    case 4: galaxian_set_stars_enable(s, data & 1); break;
    case 6: if (s->flipx != (data & 1)) galaxian_set_flipx(s, data & 1); break;
    case 7: if (s->flipy != (data & 1)) galaxian_set_flipy(s, data & 1); break;
    default: break;
    }
}

static const mem_map_entry pisces_map[] = {
    MAP_ROM(0x0000, 0x3fff, 0, "maincpu", 0),
    MAP_RAM(0x4000, 0x43ff, 0x0400, galaxian_state, wram),
    MAP_RAM(0x5000, 0x53ff, 0x0400, galaxian_state, vram),
    MAP_WRITE(0x5000, 0x53ff, 0x0400, galaxian_vram_w),
    MAP_RAM(0x5800, 0x58ff, 0x0700, galaxian_state, objram),
    MAP_WRITE(0x5800, 0x58ff, 0x0700, galaxian_objram_w),
    MAP_PORT(0x6000, 0x6007, 0x07f8, "IN0"),
    MAP_WRITE(0x6000, 0x6007, 0x07f8, pisces_6000_w),
    MAP_PORT(0x6800, 0x6807, 0x07f8, "IN1"),
    MAP_WRITE(0x6800, 0x6807, 0x07f8, sound_6800_w),
    MAP_PORT(0x7000, 0x7007, 0x07f8, "IN2"),
    MAP_WRITE(0x7000, 0x7007, 0x07f8, latch_7000_w),
    MAP_IO(0x7800, 0x7800, 0x07ff, galaxian_watchdog_r, pitch_w),
    MAP_END,
};

static int pisces_start(machine_t *m, void *drv) { return variant_start(m, drv, &pisces_variant); }

static const device_config pisces_devices[] = {
    CPU_DEVICE("maincpu", z80_core, GALAXIAN_MASTER_CLOCK / 6, .program = pisces_map),
    SOUND_DEVICE("cust", galaxian_snd_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("watchdog", watchdog_device, 0, &variant_watchdog),
    DEVICE_END,
};

VARIANT_CONFIG(pisces_config, pisces_devices, pisces_start);

/* ---- inputs (active high, as Galaxian's) ---- */

static const input_def mooncrst_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x00, IPT_COIN1),
    PORT_BIT(0x02, 0x00, IPT_COIN2),
    PORT_BIT(0x04, 0x00, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x08, 0x00, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x10, 0x00, IPT_BUTTON1),
    PORT_DIPNAME(0x20, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x20, "Cocktail"),
    PORT_BIT(0x40, 0x00, IPT_UNUSED),
    PORT_BIT(0x80, 0x00, IPT_SERVICE1),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x00, IPT_START1),
    PORT_BIT(0x02, 0x00, IPT_START2),
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x08, 0x00, IPT_JOYSTICK_RIGHT, 2),
    PORT_BIT_P(0x10, 0x00, IPT_BUTTON1, 2),
    PORT_BIT(0x20, 0x00, IPT_UNUSED),
    PORT_DIPNAME(0x40, 0x00, "Bonus Life"),
    PORT_DIPSETTING(0x00, "30000"),
    PORT_DIPSETTING(0x40, "50000"),
    PORT_BIT(0x80, 0x00, IPT_UNUSED),
    PORT_START("IN2"),
    PORT_BIT(0xff, 0x00, IPT_UNUSED),
    INPUT_END,
};

static const input_def uniwars_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x00, IPT_COIN1),
    PORT_BIT(0x02, 0x00, IPT_COIN2),
    PORT_BIT(0x04, 0x00, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x08, 0x00, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x10, 0x00, IPT_BUTTON1),
    PORT_DIPNAME(0x20, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x20, "Cocktail"),
    PORT_SERVICE(0x40, 0x00),
    PORT_BIT(0x80, 0x00, IPT_SERVICE1),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x00, IPT_START1),
    PORT_BIT(0x02, 0x00, IPT_START2),
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x08, 0x00, IPT_JOYSTICK_RIGHT, 2),
    PORT_BIT_P(0x10, 0x00, IPT_BUTTON1, 2),
    PORT_BIT(0x20, 0x00, IPT_UNUSED),
    PORT_DIPNAME(0xc0, 0x00, "Coinage"),
    PORT_DIPSETTING(0x40, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x80, "1 Coin/2 Credits"),
    PORT_DIPSETTING(0xc0, "Free Play"),
    PORT_START("IN2"),
    PORT_BIT(0xff, 0x00, IPT_UNUSED),
    INPUT_END,
};

GAME(1980, mooncrst, NULL, mooncrst_config, mooncrst_inputs, mooncrst_init, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Nichibutsu", "Moon Cresta (Nichibutsu)");
GAME(1980, uniwars, NULL, pisces_config, uniwars_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Irem", "UniWar S");
