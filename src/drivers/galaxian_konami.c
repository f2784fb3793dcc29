/* Konami's boards of the Galaxian family: Frogger (and later Scramble,
   Super Cobra, Amidar, The End, Atlantis), each the Galaxian video with
   hooks (galaxian.h) plus two i8255 PPIs and the Konami sound board
   (sound/konami_sound.c).

   Frogger (MAME 0.251 galaxian.cpp frogger_map, init_frogger):
   CPU:    Z80 at 18.432 MHz / 6; NMI from VBLANK (enable at B808)
   Memory: 0000-3fff ROM          8000-87ff RAM
           8800 (r) watchdog (mirror 07ff)
           a800-abff video RAM (mirror 0400)
           b000-b0ff object RAM (mirror 0700)
           b808 / b80c / b810 (w, D0, mirror 07e3): NMI enable, flip Y,
           flip X; b818 / b81c coin counters
           c000-ffff the PPIs, decoded by A12 (PPI 1) and A13 (PPI 0),
           register A1-A2; both when both are set (reads AND)
   PPI 0:  A, B, C inputs IN0, IN1, IN2
   PPI 1:  A the sound latch, B the sound control (bit 3 falling: sound
           IRQ), C input IN3
   Video:  Galaxian's, with the vertical positions (column scroll, sprite
           Y) entering the adder with their nibbles swapped, the colour
           bits rotated (((c >> 1) & 3) | ((c << 2) & 4)), the second
           graphics ROM's D0 and D1 swapped, the river: dots 0-127 of each
           line blue (0,0,47h) under the tiles (the other side when flipped),
           white/yellow bullets as Galaxian's, no stars.
   Sound:  the Konami sound board with one AY-3-8910 (Frogger's map; its
           first ROM has D0 and D1 swapped, its timer bits 3 and 5). */
#include "drivers/galaxian.h"

/* ---- Frogger's video hooks ---- */

static u8 frogger_color(u8 c)
{
    return (u8)(((c >> 1) & 0x03) | ((c << 2) & 0x04));
}

static void frogger_extend_tile(const galaxian_state *s, u16 *code, u8 *color, u8 attrib)
{
    (void)s;
    (void)code;
    (void)attrib;
    *color = frogger_color(*color);
}

static void frogger_extend_sprite(const galaxian_state *s, const u8 *base, u16 *code, u8 *color)
{
    (void)s;
    (void)base;
    (void)code;
    *color = frogger_color(*color);
}

/* the river's blue under the top half of the (rotated) screen */
static void frogger_background(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    bitmap_fill(bm, clip, 0);
    if (s->flipx)
        fill_columns(bm, clip, 128, 256, PEN_FROGGER_WATER);
    else
        fill_columns(bm, clip, 0, 128, PEN_FROGGER_WATER);
}

static const galaxian_variant frogger_variant = {
    frogger_extend_tile, frogger_extend_sprite, frogger_background, galaxian_bullet, true,
};

/* ---- main board I/O ---- */

static void latch_d0_irq(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    galaxian_set_irq_enable(ctx, data & 1);
}

static void latch_d0_flipx(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    galaxian_state *s = ctx;
    if (s->flipx != (data & 1))
        galaxian_set_flipx(s, data & 1);
}

static void latch_d0_flipy(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    galaxian_state *s = ctx;
    if (s->flipy != (data & 1))
        galaxian_set_flipy(s, data & 1);
}

static u8 frogger_ppi_r(void *ctx, offs_t offset)
{
    galaxian_state *s = ctx;
    u8 v = 0xff;
    if (offset & 0x1000)
        v &= i8255_read(s->ppi[1], (offset >> 1) & 3);
    if (offset & 0x2000)
        v &= i8255_read(s->ppi[0], (offset >> 1) & 3);
    return v;
}

static void frogger_ppi_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    if (offset & 0x1000)
        i8255_write(s->ppi[1], (offset >> 1) & 3, data);
    if (offset & 0x2000)
        i8255_write(s->ppi[0], (offset >> 1) & 3, data);
}

static u8 port_read(galaxian_state *s, const char *tag)
{
    int i = input_port_index(&s->machine->inputs, tag);
    return i >= 0 ? (u8)input_port_read(&s->machine->inputs, i) : 0xff;
}

static u8 in0_r(void *drv) { return port_read(drv, "IN0"); }
static u8 in1_r(void *drv) { return port_read(drv, "IN1"); }
static u8 in2_r(void *drv) { return port_read(drv, "IN2"); }
static u8 in3_r(void *drv) { return port_read(drv, "IN3"); }

static void sound_latch_out(void *drv, u8 data)
{
    galaxian_state *s = drv;
    gen_latch_write(s->soundlatch, data);
}

static void sound_control_out(void *drv, u8 data)
{
    galaxian_state *s = drv;
    konami_sound_control_w(s->konami, data);
}

static const i8255_params konami_ppi0 = { { in0_r, in1_r, in2_r }, { NULL, NULL, NULL } };
static const i8255_params konami_ppi1 = { { NULL, NULL, in3_r }, { sound_latch_out, sound_control_out, NULL } };

static const mem_map_entry frogger_map[] = {
    MAP_ROM(0x0000, 0x3fff, 0, "maincpu", 0),
    MAP_RAM(0x8000, 0x87ff, 0, galaxian_state, wram),
    MAP_READ(0x8800, 0x8800, 0x07ff, galaxian_watchdog_r),
    MAP_RAM(0xa800, 0xabff, 0x0400, galaxian_state, vram),
    MAP_WRITE(0xa800, 0xabff, 0x0400, galaxian_vram_w),
    MAP_RAM(0xb000, 0xb0ff, 0x0700, galaxian_state, objram),
    MAP_WRITE(0xb000, 0xb0ff, 0x0700, galaxian_objram_w),
    MAP_WRITE(0xb808, 0xb808, 0x07e3, latch_d0_irq),
    MAP_WRITE(0xb80c, 0xb80c, 0x07e3, latch_d0_flipy),
    MAP_WRITE(0xb810, 0xb810, 0x07e3, latch_d0_flipx),
    MAP_IO(0xc000, 0xffff, 0, frogger_ppi_r, frogger_ppi_w),
    MAP_END,
};

/* ---- machine ---- */

static int konami_resolve(machine_t *m, galaxian_state *s)
{
    s->ppi[0] = machine_device_self(m, "ppi8255_0");
    s->ppi[1] = machine_device_self(m, "ppi8255_1");
    s->soundlatch = machine_device_self(m, "soundlatch");
    s->konami = machine_device_self(m, "konami");
    return s->ppi[0] && s->ppi[1] && s->soundlatch && s->konami ? 0 : -1;
}

/* the first sound ROM's D0 and D1 swapped, and the second graphics ROM's */
static void swap_d0_d1(u8 *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (u8)((p[i] & 0xfc) | (p[i] >> 1 & 1) | (p[i] << 1 & 2));
}

static int frogger_init(machine_t *m, region_list *regions)
{
    (void)m;
    mem_region *snd = region_find(regions, "audiocpu"), *gfx = region_find(regions, "gfx1");
    if (!snd || snd->size < 0x800 || !gfx || gfx->size < 0x1000)
        return -1;
    swap_d0_d1(snd->data, 0x800);
    swap_d0_d1(gfx->data + 0x800, 0x800);
    return 0;
}

static int frogger_start(machine_t *m, void *drv)
{
    galaxian_state *s = drv;
    if (galaxian_common_start(m, s, &frogger_variant))
        return -1;
    return konami_resolve(m, s);
}

static const konami_sound_config frogger_sound = { "audiocpu", { "8910.0", NULL }, "soundlatch", true, 6, 0 };
static const watchdog_params konami_watchdog = { 8, 0 }; /* VBLANKs without a kick */

static const device_config frogger_devices[] = {
    CPU_DEVICE("maincpu", z80_core, GALAXIAN_MASTER_CLOCK / 6, .program = frogger_map),
    CPU_DEVICE("audiocpu", z80_core, KONAMI_SOUND_CPU_CLOCK, .program = frogger_sound_map, .io = frogger_sound_io),
    DEVICE("watchdog", watchdog_device, 0, &konami_watchdog),
    DEVICE("ppi8255_0", i8255_device, 0, &konami_ppi0),
    DEVICE("ppi8255_1", i8255_device, 0, &konami_ppi1),
    DEVICE("soundlatch", gen_latch_device, 0, NULL),
    SOUND_DEVICE("8910.0", ay8910_device, KONAMI_SOUND_CPU_CLOCK, &konami_sound_ay_params, KONAMI_SOUND_ROUTES),
    DEVICE("konami", konami_sound_device, 0, &frogger_sound),
    DEVICE_END,
};

static const machine_config frogger_config = {
    .devices = frogger_devices,
    .drv_state_size = sizeof(galaxian_state),
    .screen = { GALAXIAN_MASTER_CLOCK, HTOTAL, 0, 256 * XSCALE, VTOTAL, VBEND, VBSTART, galaxian_vblank },
    .video = { galaxian_palette, galaxian_update, galaxian_gfx, NUM_PENS_EXT, 0 },
    .start = frogger_start,
    .reset = galaxian_reset,
    .serialize = galaxian_serialize,
    .post_load = galaxian_post_load,
    .speaker_tag = "speaker",
    .joy_ways = 4,
    .device_refs = (const char *const[]){ "z80", "watchdog", "i8255", "generic_latch_8", "ay8910",
                                          "gfxdecode", "palette", "screen", "speaker", NULL },
};

/* ---- inputs (active low) ---- */

static const input_def frogger_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, 2),
    PORT_BIT(0x02, 0x02, IPT_UNKNOWN),
    PORT_BIT(0x04, 0x04, IPT_SERVICE1),
    PORT_BIT(0x08, 0x08, IPT_UNKNOWN),
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x20, 0x20, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_COIN1),
    PORT_START("IN1"),
    PORT_DIPNAME(0x03, 0x00, "Lives"),
    PORT_DIPSETTING(0x00, "3"),
    PORT_DIPSETTING(0x01, "5"),
    PORT_DIPSETTING(0x02, "7"),
    PORT_DIPSETTING(0x03, "256 (Cheat)"),
    PORT_BIT(0x04, 0x04, IPT_UNKNOWN),
    PORT_BIT(0x08, 0x08, IPT_UNKNOWN),
    PORT_BIT_P(0x10, 0x10, IPT_JOYSTICK_RIGHT, 2),
    PORT_BIT_P(0x20, 0x20, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT(0x40, 0x40, IPT_START2),
    PORT_BIT(0x80, 0x80, IPT_START1),
    PORT_START("IN2"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_DOWN, 2),
    PORT_DIPNAME(0x06, 0x00, "Coinage"),
    PORT_DIPSETTING(0x02, "A 2/1 B 2/1 C 2/1"),
    PORT_DIPSETTING(0x04, "A 2/1 B 1/3 C 2/1"),
    PORT_DIPSETTING(0x00, "A 1/1 B 1/1 C 1/1"),
    PORT_DIPSETTING(0x06, "A 1/1 B 1/6 C 1/1"),
    PORT_DIPNAME(0x08, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x08, "Cocktail"),
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_UP),
    PORT_BIT(0x20, 0x20, IPT_UNUSED),
    PORT_BIT(0x40, 0x40, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x80, 0x80, IPT_UNUSED),
    PORT_START("IN3"),
    PORT_BIT(0xff, 0x00, IPT_UNUSED),
    INPUT_END,
};

GAME(1981, frogger, NULL, frogger_config, frogger_inputs, frogger_init, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Konami", "Frogger");
