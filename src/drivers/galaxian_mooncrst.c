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
   sprite codes + 40h when set (512 tiles).

   Jump Bug (MAME jumpbug_map, init_jumpbug): 0000-3fff and 8000-afff ROM,
   4000-47ff RAM, 4800 video RAM, 5000 object RAM, 5800 / 5900 the AY-3-8910
   (18.432 MHz / 12) data / address, 6000 / 6800 / 7000 inputs, 6002-6006
   graphics bank latches (whole bytes), 7001 NMI enable, 7004 stars, 7006 /
   7007 flips, b000-bfff the protection reads; no watchdog, no Galaxian
   sound. 768 tiles: with bank bit 6002 set, tile codes 80h-BFh move up by
   80h + 6000 x 40h + 6001 x 80h + (not 6004) x 100h, sprite codes 20h-2Fh
   by 20h + 6000 x 10h + 6001 x 20h + (not 6004) x 40h. Stars as
   Galaxian's but over the first 232 dots only, 2-dot yellow shells.

   King & Balloon (MAME kingball config: mooncrst plus kingball_map and the
   speech board): Moon Cresta's board and sound with b000 / b002 (D0) the
   two bits of the speech command (the b002 write latches F0h | the bits),
   b001 the NMI enable, b003 the speech DIP select, no stars. The speech
   board: a Z80 at 2.5 MHz (ROM 0000-1fff, A14-A15 ignored; its RAM lies
   under the ROM), reading the latch on any I/O port and writing a 4-bit
   R-2R DAC (D4-D7) on any; no interrupts. */
#include "drivers/galaxian.h"
#include "sound/dac.h"

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
/* King & Balloon: Moon Cresta's video; its stars latch is not wired */
static const galaxian_variant kingball_variant = {
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
    CPU_DEVICE("maincpu", z80_core, GALAXIAN_MASTER_CLOCK / 6, .program = mooncrst_map, .fixed_pages = true),
    SOUND_DEVICE("cust", galaxian_snd_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("watchdog", watchdog_device, 0, &variant_watchdog),
    DEVICE_END,
};

#define VARIANT_CONFIG(name, devs, start_fn)                                                                 \
    static const machine_config name = {                                                                   \
        .devices = (devs),                                                                                  \
        .drv_state_size = sizeof(galaxian_state),                                                           \
        .screen = { GALAXIAN_MASTER_CLOCK, HTOTAL, 0, 256 * XSCALE, VTOTAL, VBEND, VBSTART, galaxian_vblank, false }, \
        .video = { galaxian_palette, galaxian_update, galaxian_gfx, NUM_PENS, 0, &galaxian_viewer },                           \
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
    CPU_DEVICE("maincpu", z80_core, GALAXIAN_MASTER_CLOCK / 6, .program = pisces_map, .fixed_pages = true),
    SOUND_DEVICE("cust", galaxian_snd_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("watchdog", watchdog_device, 0, &variant_watchdog),
    DEVICE_END,
};

VARIANT_CONFIG(pisces_config, pisces_devices, pisces_start);

/* ---- Jump Bug ---- */

static void jumpbug_extend_tile(const galaxian_state *s, u16 *code, u8 *color, u8 attrib)
{
    (void)color;
    (void)attrib;
    if ((*code & 0xc0) == 0x80 && (s->gfxbank[2] & 1))
        *code = (u16)(*code + 128 + ((s->gfxbank[0] & 1) << 6) + ((s->gfxbank[1] & 1) << 7) +
                      ((~s->gfxbank[4] & 1) << 8));
}

static void jumpbug_extend_sprite(const galaxian_state *s, const u8 *base, u16 *code, u8 *color)
{
    (void)base;
    (void)color;
    if ((*code & 0x30) == 0x20 && (s->gfxbank[2] & 1))
        *code = (u16)(*code + 32 + ((s->gfxbank[0] & 1) << 4) + ((s->gfxbank[1] & 1) << 5) +
                      ((~s->gfxbank[4] & 1) << 6));
}

/* black (its background enable is not wired), stars left of dot 232 */
static void jumpbug_background(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    galaxian_draw_stars_to(s, bm, clip, 232);
    if (s->background_enable)
        paint_under(bm, clip, 0, 256, PEN_SCRAMBLE_BLUE);
}

static const galaxian_variant jumpbug_variant = {
    jumpbug_extend_tile, jumpbug_extend_sprite, jumpbug_background, scramble_bullet, false,
};

static void jumpbug_bank_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    offset &= 7;
    if (offset >= 2 && offset <= 6)
        galaxian_gfxbank_w(s, (int)offset - 2, data);
}

/* MAME's jumpbug_protection_r: the values the game checks */
static u8 jumpbug_protection_r(void *ctx, offs_t offset)
{
    (void)ctx;
    switch (offset) {
    case 0x0114: return 0x4f;
    case 0x0118: return 0xd3;
    case 0x0214: return 0xcf;
    case 0x0235: return 0x02;
    default: return 0xff;
    }
}

static const mem_map_entry jumpbug_map[] = {
    MAP_ROM(0x0000, 0x3fff, 0, "maincpu", 0),
    MAP_RAM(0x4000, 0x47ff, 0, galaxian_state, wram),
    MAP_RAM(0x4800, 0x4bff, 0x0400, galaxian_state, vram),
    MAP_WRITE(0x4800, 0x4bff, 0x0400, galaxian_vram_w),
    MAP_RAM(0x5000, 0x50ff, 0x0700, galaxian_state, objram),
    MAP_WRITE(0x5000, 0x50ff, 0x0700, galaxian_objram_w),
    MAP_DEVICE_WRITE(0x5800, 0x5800, 0x00ff, "8910.0", ay8910_data_map_w),
    MAP_DEVICE_WRITE(0x5900, 0x5900, 0x00ff, "8910.0", ay8910_address_map_w),
    MAP_PORT(0x6000, 0x6007, 0x07f8, "IN0"),
    MAP_WRITE(0x6000, 0x6007, 0x07f8, jumpbug_bank_w),
    MAP_PORT(0x6800, 0x6800, 0x07ff, "IN1"),
    MAP_PORT(0x7000, 0x7007, 0x07f8, "IN2"),
    MAP_WRITE(0x7000, 0x7007, 0x07f8, latch_7000_w),
    MAP_ROM(0x8000, 0xafff, 0, "maincpu", 0x8000),
    MAP_READ(0xb000, 0xbfff, 0, jumpbug_protection_r),
    MAP_END,
};

static int jumpbug_start(machine_t *m, void *drv)
{
    galaxian_state *s = drv;
    return galaxian_common_start(m, s, &jumpbug_variant);
}

static const device_config jumpbug_devices[] = {
    CPU_DEVICE("maincpu", z80_core, GALAXIAN_MASTER_CLOCK / 6, .program = jumpbug_map, .fixed_pages = true),
    SOUND_DEVICE("8910.0", ay8910_device, GALAXIAN_MASTER_CLOCK / 12, NULL,
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 128))),
    DEVICE_END,
};

static const machine_config jumpbug_config = {
    .devices = jumpbug_devices,
    .drv_state_size = sizeof(galaxian_state),
    .screen = { GALAXIAN_MASTER_CLOCK, HTOTAL, 0, 256 * XSCALE, VTOTAL, VBEND, VBSTART, galaxian_vblank, false },
    .video = { galaxian_palette, galaxian_update, galaxian_gfx, NUM_PENS_EXT, 0, &galaxian_viewer },
    .start = jumpbug_start,
    .reset = galaxian_reset,
    .serialize = galaxian_serialize,
    .post_load = galaxian_post_load,
    .speaker_tag = "speaker",
    .joy_ways = 4,
    .device_refs = (const char *const[]){ "z80", "ay8910", "gfxdecode", "palette", "screen", "speaker", NULL },
};

/* ---- King & Balloon ---- */

static void kingball_b000_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    switch (offset & 7) {
    case 0: s->kingball_sound = (u8)((s->kingball_sound & ~0x01) | data); break;
    case 1: galaxian_set_irq_enable(s, data & 1); break;
    case 2:
        s->kingball_sound = (u8)((s->kingball_sound & ~0x02) | data << 1);
        gen_latch_write(s->soundlatch, s->kingball_sound | 0xf0);
        break;
    case 3: s->kingball_speech_dip = data; break;
    case 6: if (s->flipx != (data & 1)) galaxian_set_flipx(s, data & 1); break;
    case 7: if (s->flipy != (data & 1)) galaxian_set_flipy(s, data & 1); break;
    default: break;
    }
}

static const mem_map_entry kingball_map[] = {
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
    MAP_WRITE(0xb000, 0xb007, 0x07f8, kingball_b000_w),
    MAP_IO(0xb800, 0xb800, 0x07ff, galaxian_watchdog_r, pitch_w),
    MAP_END,
};

static u8 kingball_latch_r(void *ctx, offs_t offset)
{
    (void)offset;
    galaxian_state *s = ctx;
    return gen_latch_read(s->soundlatch);
}

static void kingball_dac_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    galaxian_state *s = ctx;
    dac_write(s->dac, (u8)((data >> 4) * 17)); /* the 4-bit R-2R over the 8-bit range */
}

static const mem_map_entry kingball_sound_map[] = {
    MAP_ROM(0x0000, 0x1fff, 0xe000, "audiocpu", 0),
    MAP_END,
};

static const mem_map_entry kingball_sound_io[] = {
    MAP_IO(0x00, 0x00, 0xff, kingball_latch_r, kingball_dac_w),
    MAP_END,
};

static int kingball_start(machine_t *m, void *drv)
{
    galaxian_state *s = drv;
    s->soundlatch = machine_device_self(m, "soundlatch");
    s->dac = machine_device_self(m, "dac");
    if (variant_start(m, s, &kingball_variant))
        return -1;
    return s->soundlatch && s->dac ? 0 : -1;
}

static const device_config kingball_devices[] = {
    CPU_DEVICE("maincpu", z80_core, GALAXIAN_MASTER_CLOCK / 6, .program = kingball_map, .fixed_pages = true),
    CPU_DEVICE("audiocpu", z80_core, 2500000, .program = kingball_sound_map, .io = kingball_sound_io,
               .fixed_pages = true),
    SOUND_DEVICE("cust", galaxian_snd_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("watchdog", watchdog_device, 0, &variant_watchdog),
    DEVICE("soundlatch", gen_latch_device, 0, NULL),
    SOUND_DEVICE("dac", dac_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 136))),
    DEVICE_END,
};

VARIANT_CONFIG(kingball_config, kingball_devices, kingball_start);

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

static const input_def jumpbug_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x00, IPT_COIN1),
    PORT_BIT(0x02, 0x00, IPT_COIN2),
    PORT_BIT(0x04, 0x00, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x08, 0x00, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x10, 0x00, IPT_BUTTON1),
    PORT_DIPNAME(0x20, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x20, "Cocktail"),
    PORT_BIT(0x40, 0x00, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x80, 0x00, IPT_JOYSTICK_UP),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x00, IPT_START1),
    PORT_BIT(0x02, 0x00, IPT_START2),
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x08, 0x00, IPT_JOYSTICK_RIGHT, 2),
    PORT_BIT_P(0x10, 0x00, IPT_BUTTON1, 2),
    PORT_BIT_P(0x20, 0x00, IPT_JOYSTICK_UP, 2),
    PORT_DIPNAME(0x40, 0x00, "Difficulty"),
    PORT_DIPSETTING(0x00, "Easy"),
    PORT_DIPSETTING(0x40, "Hard"),
    PORT_BIT(0x80, 0x00, IPT_UNUSED),
    PORT_START("IN2"),
    PORT_DIPNAME(0x03, 0x01, "Lives"),
    PORT_DIPSETTING(0x01, "3"),
    PORT_DIPSETTING(0x02, "4"),
    PORT_DIPSETTING(0x03, "5"),
    PORT_DIPSETTING(0x00, "Infinite (Cheat)"),
    PORT_DIPNAME(0x0c, 0x00, "Coinage"),
    PORT_DIPSETTING(0x04, "A 2/1 B 2/1"),
    PORT_DIPSETTING(0x08, "A 2/1 B 1/3"),
    PORT_DIPSETTING(0x00, "A 1/1 B 1/1"),
    PORT_DIPSETTING(0x0c, "A 1/1 B 1/6"),
    PORT_BIT(0xf0, 0x00, IPT_UNUSED),
    INPUT_END,
};

GAME(1980, kingball, NULL, kingball_config, mooncrst_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Namco", "King & Balloon (US)");
GAME(1980, mooncrst, NULL, mooncrst_config, mooncrst_inputs, mooncrst_init, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Nichibutsu", "Moon Cresta (Nichibutsu)");
GAME(1980, uniwars, NULL, pisces_config, uniwars_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Irem", "UniWar S");
GAME(1981, jumpbug, NULL, jumpbug_config, jumpbug_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Hoei (Rock-Ola license)", "Jump Bug");

/* clones on their parents' boards (MAME 0.251: same configuration and init) */
GAME(1980, mooncrstu, "mooncrst", mooncrst_config, mooncrst_inputs, mooncrst_init, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Nichibutsu USA", "Moon Cresta (Nichibutsu USA, encrypted)");
GAME(1980, gteikoku, "uniwars", pisces_config, uniwars_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Irem", "Gingateikoku no Gyakushu");
GAME(1981, jumpbugb, "jumpbug", jumpbug_config, jumpbug_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "bootleg", "Jump Bug (bootleg)");
