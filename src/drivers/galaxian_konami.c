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
           first ROM has D0 and D1 swapped, its timer bits 3 and 5).

   The two-AY boards (MAME's konami_base + konami_sound_2x_ay8910):
   The End / Scramble / Atlantis (theend_map): 0000-3fff ROM, 4000-47ff
           RAM, 4800-4bff video RAM (mirror 0400), 5000-50ff object RAM
           (mirror 0700), 6801-6807 (D0, mirror 07f8): NMI enable, coin
           counter, background enable, stars enable, -, flip X, flip Y;
           7000 watchdog (Atlantis: 7800); 8000-ffff the PPIs, A8 PPI 0,
           A9 PPI 1, register A0-A1. Scramble's PPI 1 port C is the
           protection PAL (MAME's theend_protection_w/r, which also feeds
           IN2 bits 5 and 7).
   Super Cobra (scobra_map): 0000-7fff ROM, 8000-87ff RAM, 8800 video RAM,
           9000 object RAM, 9800 PPI 0, a000 PPI 1, a801-a807 as 6801-6807
           above, b000 watchdog (all mirrored 4000).
   Amidar (turtles_map): 8000 RAM, 9000 video RAM, 9800 object RAM, a000
           background red, a008 NMI enable, a010 flip Y, a018 flip X, a020
           green, a028 blue, a030/a038 coin counters (A3-A5, mirror 47c7),
           a800 watchdog, b000 PPI 0 and b800 PPI 1 (register A4-A5).
   Video:  Scramble, Super Cobra, Atlantis: the blue background (390 ohm,
           0,0,56h) under the tiles, stars that do not scroll and blink with
           a 555 (100k, 10k, 10 uF: every 0.8316 s), 2-dot yellow shells;
           The End: Galaxian's stars and bullets with green and blue
           swapped; Amidar: the background red/green/blue bits (390, 470,
           390 ohm), Galaxian's bullets, no stars. */
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
    if (s->flipx)
        paint_under(bm, clip, 128, 256, PEN_FROGGER_WATER);
    else
        paint_under(bm, clip, 0, 128, PEN_FROGGER_WATER);
}

static const galaxian_variant frogger_variant = {
    frogger_extend_tile, frogger_extend_sprite, frogger_background, galaxian_bullet, true,
};

/* Frog (froggers, a bootleg on The End's map): Frogger's colours and river
   without the nibble-swapped adder (MAME's init_froggers) */
static const galaxian_variant froggers_variant = {
    frogger_extend_tile, frogger_extend_sprite, frogger_background, galaxian_bullet, false,
};

/* ---- the two-AY boards' video hooks ---- */

static void scramble_background(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    scramble_draw_stars(s, bm, clip);
    if (s->background_enable)
        paint_under(bm, clip, 0, 256, PEN_SCRAMBLE_BLUE);
}

static void theend_background(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    galaxian_draw_stars(s, bm, clip);
}

static void turtles_background(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    if (s->background_rgb)
        paint_under(bm, clip, 0, 256, (u16)(PEN_RGB_BG + s->background_rgb));
}

/* Galaxian's colours with green and blue swapped: the missile magenta */
static void theend_bullet(bitmap_ind16 *bm, const rect_t *clip, int r, int which, int x)
{
    galaxian_bullet(bm, clip, r, which, x);
    if (which == 7) /* redraw the missile's dots in its own colour */
        for (int i = (x - 4) * XSCALE; i < x * XSCALE; i++)
            if (i >= clip->min_x && i <= clip->max_x)
                bitmap_row(bm, r)[i] = PEN_THEEND_MISSILE;
}

static const galaxian_variant scramble_variant = { NULL, NULL, scramble_background, scramble_bullet, false };
static const galaxian_variant theend_variant = { NULL, NULL, theend_background, theend_bullet, false };
static const galaxian_variant turtles_variant = { NULL, NULL, turtles_background, galaxian_bullet, false };

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

static void latch_d0_stars(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    galaxian_set_stars_enable(ctx, data & 1);
}

static void latch_d0_background(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    galaxian_set_background_enable(ctx, data & 1);
}

/* Amidar's background colour bits: A5-A3 = 0 red, 4 green, 5 blue */
static void turtles_bg_w(galaxian_state *s, int bit, u8 data)
{
    u8 v = (u8)((s->background_rgb & ~(1 << bit)) | (data & 1) << bit);
    if (v != s->background_rgb)
        screen_update_now(s->machine);
    s->background_rgb = v;
}
static void turtles_red_w(void *ctx, offs_t o, u8 d) { (void)o; turtles_bg_w(ctx, 0, d); }
static void turtles_green_w(void *ctx, offs_t o, u8 d) { (void)o; turtles_bg_w(ctx, 1, d); }
static void turtles_blue_w(void *ctx, offs_t o, u8 d) { (void)o; turtles_bg_w(ctx, 2, d); }

/* The End's map: A8 selects PPI 0, A9 PPI 1 (both when both are set) */
static u8 theend_ppi_r(void *ctx, offs_t offset)
{
    galaxian_state *s = ctx;
    u8 v = 0xff;
    if (offset & 0x100)
        v &= i8255_read(s->ppi[0], offset & 3);
    if (offset & 0x200)
        v &= i8255_read(s->ppi[1], offset & 3);
    return v;
}

static void theend_ppi_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    if (offset & 0x100)
        i8255_write(s->ppi[0], offset & 3, data);
    if (offset & 0x200)
        i8255_write(s->ppi[1], offset & 3, data);
}

static u8 ppi0_r(void *ctx, offs_t offset) { return i8255_read(((galaxian_state *)ctx)->ppi[0], offset & 3); }
static u8 ppi1_r(void *ctx, offs_t offset) { return i8255_read(((galaxian_state *)ctx)->ppi[1], offset & 3); }
static void ppi0_w(void *ctx, offs_t offset, u8 data) { i8255_write(((galaxian_state *)ctx)->ppi[0], offset & 3, data); }
static void ppi1_w(void *ctx, offs_t offset, u8 data) { i8255_write(((galaxian_state *)ctx)->ppi[1], offset & 3, data); }
/* Amidar: register A4-A5 */
static u8 turtles_ppi0_r(void *ctx, offs_t offset) { return ppi0_r(ctx, offset >> 4); }
static u8 turtles_ppi1_r(void *ctx, offs_t offset) { return ppi1_r(ctx, offset >> 4); }
static void turtles_ppi0_w(void *ctx, offs_t offset, u8 data) { ppi0_w(ctx, offset >> 4, data); }
static void turtles_ppi1_w(void *ctx, offs_t offset, u8 data) { ppi1_w(ctx, offset >> 4, data); }

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

/* Scramble's protection PAL on PPI 1 port C (MAME's theend_protection_w:
   nibbles shifted in, an operation on the last three) */
static void protection_w(void *drv, u8 data)
{
    galaxian_state *s = drv;
    s->protection_state = (u16)(s->protection_state << 4 | (data & 0x0f));
    int num1 = s->protection_state >> 8 & 0x0f, num2 = s->protection_state >> 4 & 0x0f;
    switch (s->protection_state & 0x0f) {
    case 0x6: s->protection_result ^= 0x80; break;
    case 0x9: s->protection_result = (u8)((num1 + 1 < 0xf ? num1 + 1 : 0xf) << 4); break;
    case 0xb: s->protection_result = (u8)((num2 - num1 > 0 ? num2 - num1 : 0) << 4); break;
    case 0xa: s->protection_result = 0x00; break;
    case 0xf: s->protection_result = (u8)((num1 - num2 > 0 ? num1 - num2 : 0) << 4); break;
    default: break;
    }
}

static u8 protection_r(void *drv)
{
    return ((galaxian_state *)drv)->protection_result;
}

/* IN2 bits 5 and 7 are the PAL's top bit (MAME's theend_protection_alt_r),
   read through the active-low fields: inverted */
static u8 scramble_in2_r(void *drv)
{
    galaxian_state *s = drv;
    return (u8)((port_read(s, "IN2") & ~0xa0) | (s->protection_result & 0x80 ? 0 : 0xa0));
}

static const i8255_params konami_ppi0 = { { in0_r, in1_r, in2_r }, { NULL, NULL, NULL } };
static const i8255_params konami_ppi1 = { { NULL, NULL, in3_r }, { sound_latch_out, sound_control_out, NULL } };
static const i8255_params scramble_ppi0 = { { in0_r, in1_r, scramble_in2_r }, { NULL, NULL, NULL } };
static const i8255_params scramble_ppi1 = { { NULL, NULL, protection_r },
                                            { sound_latch_out, sound_control_out, protection_w } };

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

/* The End / Scramble: watchdog at 7000; Atlantis's at 7800 */
#define THEEND_MAP_BODY                                                          \
    MAP_ROM(0x0000, 0x3fff, 0, "maincpu", 0),                                    \
    MAP_RAM(0x4000, 0x47ff, 0, galaxian_state, wram),                            \
    MAP_RAM(0x4800, 0x4bff, 0x0400, galaxian_state, vram),                       \
    MAP_WRITE(0x4800, 0x4bff, 0x0400, galaxian_vram_w),                          \
    MAP_RAM(0x5000, 0x50ff, 0x0700, galaxian_state, objram),                     \
    MAP_WRITE(0x5000, 0x50ff, 0x0700, galaxian_objram_w),                        \
    MAP_WRITE(0x6801, 0x6801, 0x07f8, latch_d0_irq),                             \
    MAP_WRITE(0x6803, 0x6803, 0x07f8, latch_d0_background),                      \
    MAP_WRITE(0x6804, 0x6804, 0x07f8, latch_d0_stars),                           \
    MAP_WRITE(0x6806, 0x6806, 0x07f8, latch_d0_flipx),                           \
    MAP_WRITE(0x6807, 0x6807, 0x07f8, latch_d0_flipy),                           \
    MAP_IO(0x8000, 0xffff, 0, theend_ppi_r, theend_ppi_w)

static const mem_map_entry theend_map[] = {
    THEEND_MAP_BODY,
    MAP_READ(0x7000, 0x7000, 0x07ff, galaxian_watchdog_r),
    MAP_END,
};

static const mem_map_entry atlantis_map[] = {
    THEEND_MAP_BODY,
    MAP_READ(0x7800, 0x7800, 0x07ff, galaxian_watchdog_r),
    MAP_END,
};

static const mem_map_entry scobra_map[] = {
    MAP_ROM(0x0000, 0x7fff, 0, "maincpu", 0),
    MAP_RAM(0x8000, 0x87ff, 0x4000, galaxian_state, wram),
    MAP_RAM(0x8800, 0x8bff, 0x4400, galaxian_state, vram),
    MAP_WRITE(0x8800, 0x8bff, 0x4400, galaxian_vram_w),
    MAP_RAM(0x9000, 0x90ff, 0x4700, galaxian_state, objram),
    MAP_WRITE(0x9000, 0x90ff, 0x4700, galaxian_objram_w),
    MAP_IO(0x9800, 0x9803, 0x47fc, ppi0_r, ppi0_w),
    MAP_IO(0xa000, 0xa003, 0x47fc, ppi1_r, ppi1_w),
    MAP_WRITE(0xa801, 0xa801, 0x47f8, latch_d0_irq),
    MAP_WRITE(0xa803, 0xa803, 0x47f8, latch_d0_background),
    MAP_WRITE(0xa804, 0xa804, 0x47f8, latch_d0_stars),
    MAP_WRITE(0xa806, 0xa806, 0x47f8, latch_d0_flipx),
    MAP_WRITE(0xa807, 0xa807, 0x47f8, latch_d0_flipy),
    MAP_READ(0xb000, 0xb000, 0x47ff, galaxian_watchdog_r),
    MAP_END,
};

static const mem_map_entry turtles_map[] = {
    MAP_ROM(0x0000, 0x7fff, 0, "maincpu", 0),
    MAP_RAM(0x8000, 0x87ff, 0x4000, galaxian_state, wram),
    MAP_RAM(0x9000, 0x93ff, 0x4400, galaxian_state, vram),
    MAP_WRITE(0x9000, 0x93ff, 0x4400, galaxian_vram_w),
    MAP_RAM(0x9800, 0x98ff, 0x4700, galaxian_state, objram),
    MAP_WRITE(0x9800, 0x98ff, 0x4700, galaxian_objram_w),
    MAP_WRITE(0xa000, 0xa000, 0x47c7, turtles_red_w),
    MAP_WRITE(0xa008, 0xa008, 0x47c7, latch_d0_irq),
    MAP_WRITE(0xa010, 0xa010, 0x47c7, latch_d0_flipy),
    MAP_WRITE(0xa018, 0xa018, 0x47c7, latch_d0_flipx),
    MAP_WRITE(0xa020, 0xa020, 0x47c7, turtles_green_w),
    MAP_WRITE(0xa028, 0xa028, 0x47c7, turtles_blue_w),
    MAP_READ(0xa800, 0xa800, 0x47ff, galaxian_watchdog_r),
    MAP_IO(0xb000, 0xb03f, 0x47c0, turtles_ppi0_r, turtles_ppi0_w),
    MAP_IO(0xb800, 0xb83f, 0x47c0, turtles_ppi1_r, turtles_ppi1_w),
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

/* Frog: only the sound ROM's D0/D1 swap */
static int froggers_init(machine_t *m, region_list *regions)
{
    (void)m;
    mem_region *snd = region_find(regions, "audiocpu");
    if (!snd || snd->size < 0x800)
        return -1;
    swap_d0_d1(snd->data, 0x800);
    return 0;
}

static int froggers_start(machine_t *m, void *drv)
{
    galaxian_state *s = drv;
    if (galaxian_common_start(m, s, &froggers_variant))
        return -1;
    return konami_resolve(m, s);
}

static int frogger_start(machine_t *m, void *drv)
{
    galaxian_state *s = drv;
    if (galaxian_common_start(m, s, &frogger_variant))
        return -1;
    return konami_resolve(m, s);
}

/* Scramble's stars blink with a 555: 0.693 x (100k + 2 x 10k) x 10 uF.
   As MAME's timer callback, no partial update: the lines not yet drawn
   this frame get the new state. */
static void stars_blink(machine_t *m, void *ctx, s32 param)
{
    (void)m;
    (void)param;
    galaxian_state *s = ctx;
    s->stars_blink++;
}

static int konami2_start(machine_t *m, galaxian_state *s, const galaxian_variant *var, bool blink)
{
    if (galaxian_common_start(m, s, var) || konami_resolve(m, s))
        return -1;
    if (blink) {
        s->blink_timer = timer_alloc(m, stars_blink, s);
        if (!s->blink_timer)
            return -1;
    }
    return 0;
}

/* MAME's periodic timer device fires at once on every reset, then each
   period */
static void konami2_reset(machine_t *m, void *drv)
{
    galaxian_state *s = drv;
    galaxian_reset(m, drv);
    if (s->blink_timer)
        timer_adjust(m, s->blink_timer, ET_ZERO, 0, et_from_ratio(831600000, 1000000000));
}

static int scramble_start(machine_t *m, void *drv) { return konami2_start(m, drv, &scramble_variant, true); }
/* Atlantis: Scramble's video without the blink timer (stars in state 0) */
static int atlantis_start(machine_t *m, void *drv) { return konami2_start(m, drv, &scramble_variant, false); }
static int theend_start(machine_t *m, void *drv) { return konami2_start(m, drv, &theend_variant, false); }
static int turtles_start(machine_t *m, void *drv) { return konami2_start(m, drv, &turtles_variant, false); }

static const konami_sound_config frogger_sound = { "audiocpu", { "8910.0", NULL }, "soundlatch", true, 6, 0,
                                                   KONAMI_SOUND_SCRAMBLE };
static const konami_sound_config konami2_sound = { "audiocpu", { "8910.0", "8910.1" }, "soundlatch", false, 6, 0,
                                                   KONAMI_SOUND_SCRAMBLE };
static const watchdog_params konami_watchdog = { 8, 0 }; /* VBLANKs without a kick */

static const device_config frogger_devices[] = {
    CPU_DEVICE("maincpu", z80_core, GALAXIAN_MASTER_CLOCK / 6, .program = frogger_map, .fixed_pages = true),
    CPU_DEVICE("audiocpu", z80_core, KONAMI_SOUND_CPU_CLOCK, .program = frogger_sound_map, .io = frogger_sound_io,
               .fixed_pages = true),
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
    .screen = { GALAXIAN_MASTER_CLOCK, HTOTAL, 0, 256 * XSCALE, VTOTAL, VBEND, VBSTART, galaxian_vblank, false },
    .video = { galaxian_palette, galaxian_update, galaxian_gfx, NUM_PENS_EXT, 0, &galaxian_viewer },
    .start = frogger_start,
    .reset = galaxian_reset,
    .serialize = galaxian_serialize,
    .post_load = galaxian_post_load,
    .speaker_tag = "speaker",
    .joy_ways = 4,
    .device_refs = (const char *const[]){ "z80", "watchdog", "i8255", "generic_latch_8", "ay8910",
                                          "gfxdecode", "palette", "screen", "speaker", NULL },
};

#define KONAMI2_DEVICES(map, ppi0, ppi1)                                                                    \
    CPU_DEVICE("maincpu", z80_core, GALAXIAN_MASTER_CLOCK / 6, .program = (map), .fixed_pages = true),      \
    CPU_DEVICE("audiocpu", z80_core, KONAMI_SOUND_CPU_CLOCK, .program = konami_sound_map,                   \
               .io = konami_sound_io, .fixed_pages = true),                                                 \
    DEVICE("watchdog", watchdog_device, 0, &konami_watchdog),                                               \
    DEVICE("ppi8255_0", i8255_device, 0, (ppi0)),                                                           \
    DEVICE("ppi8255_1", i8255_device, 0, (ppi1)),                                                           \
    DEVICE("soundlatch", gen_latch_device, 0, NULL),                                                        \
    SOUND_DEVICE("8910.0", ay8910_device, KONAMI_SOUND_CPU_CLOCK, &konami_sound_ay_params, KONAMI_SOUND_ROUTES), \
    SOUND_DEVICE("8910.1", ay8910_device, KONAMI_SOUND_CPU_CLOCK, &konami_sound_ay_params, KONAMI_SOUND_ROUTES), \
    DEVICE("konami", konami_sound_device, 0, &konami2_sound), DEVICE_END

static const device_config scramble_devices[] = { KONAMI2_DEVICES(theend_map, &scramble_ppi0, &scramble_ppi1) };
static const device_config theend_devices[] = { KONAMI2_DEVICES(theend_map, &scramble_ppi0, &scramble_ppi1) };
static const device_config atlantis_devices[] = { KONAMI2_DEVICES(atlantis_map, &konami_ppi0, &konami_ppi1) };
static const device_config scobra_devices[] = { KONAMI2_DEVICES(scobra_map, &konami_ppi0, &konami_ppi1) };
static const device_config turtles_devices[] = { KONAMI2_DEVICES(turtles_map, &konami_ppi0, &konami_ppi1) };

#define KONAMI2_CONFIG(name, devs, start_fn, ways)                                                        \
    static const machine_config name = {                                                                   \
        .devices = (devs),                                                                                  \
        .drv_state_size = sizeof(galaxian_state),                                                           \
        .screen = { GALAXIAN_MASTER_CLOCK, HTOTAL, 0, 256 * XSCALE, VTOTAL, VBEND, VBSTART, galaxian_vblank, false }, \
        .video = { galaxian_palette, galaxian_update, galaxian_gfx, NUM_PENS_KONAMI, 0, &galaxian_viewer },                    \
        .start = (start_fn),                                                                                \
        .reset = konami2_reset,                                                                            \
        .serialize = galaxian_serialize,                                                                    \
        .post_load = galaxian_post_load,                                                                    \
        .speaker_tag = "speaker",                                                                           \
        .joy_ways = (ways),                                                                                 \
        .device_refs = (const char *const[]){ "z80", "watchdog", "i8255", "generic_latch_8", "ay8910",      \
                                              "gfxdecode", "palette", "screen", "speaker", NULL },          \
    }

KONAMI2_CONFIG(scramble_config, scramble_devices, scramble_start, 8);
KONAMI2_CONFIG(theend_config, theend_devices, theend_start, 8);
KONAMI2_CONFIG(atlantis_config, atlantis_devices, atlantis_start, 8);
KONAMI2_CONFIG(scobra_config, scobra_devices, scramble_start, 8);
KONAMI2_CONFIG(turtles_config, turtles_devices, turtles_start, 4);

static const device_config froggers_devices[] = {
    CPU_DEVICE("maincpu", z80_core, GALAXIAN_MASTER_CLOCK / 6, .program = theend_map, .fixed_pages = true),
    CPU_DEVICE("audiocpu", z80_core, KONAMI_SOUND_CPU_CLOCK, .program = frogger_sound_map, .io = frogger_sound_io,
               .fixed_pages = true),
    DEVICE("watchdog", watchdog_device, 0, &konami_watchdog),
    DEVICE("ppi8255_0", i8255_device, 0, &konami_ppi0),
    DEVICE("ppi8255_1", i8255_device, 0, &konami_ppi1),
    DEVICE("soundlatch", gen_latch_device, 0, NULL),
    SOUND_DEVICE("8910.0", ay8910_device, KONAMI_SOUND_CPU_CLOCK, &konami_sound_ay_params, KONAMI_SOUND_ROUTES),
    DEVICE("konami", konami_sound_device, 0, &frogger_sound),
    DEVICE_END,
};

static const machine_config froggers_config = {
    .devices = froggers_devices,
    .drv_state_size = sizeof(galaxian_state),
    .screen = { GALAXIAN_MASTER_CLOCK, HTOTAL, 0, 256 * XSCALE, VTOTAL, VBEND, VBSTART, galaxian_vblank, false },
    .video = { galaxian_palette, galaxian_update, galaxian_gfx, NUM_PENS_EXT, 0, &galaxian_viewer },
    .start = froggers_start,
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
GAME(1981, froggers, "frogger", froggers_config, frogger_inputs, froggers_init, ROT90 | MACHINE_SUPPORTS_SAVE,
     "bootleg", "Frog");

/* Scramble and its kin: 8-way joystick, two buttons (active low) */
#define KONAMI_IN0                                                      \
    PORT_START("IN0"),                                                  \
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, 2),                         \
    PORT_BIT(0x02, 0x02, IPT_BUTTON2),                                  \
    PORT_BIT(0x04, 0x04, IPT_SERVICE1),                                 \
    PORT_BIT(0x08, 0x08, IPT_BUTTON1),                                  \
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_RIGHT),                           \
    PORT_BIT(0x20, 0x20, IPT_JOYSTICK_LEFT),                            \
    PORT_BIT(0x40, 0x40, IPT_COIN2),                                    \
    PORT_BIT(0x80, 0x80, IPT_COIN1)
#define KONAMI_IN1_CONTROLS                                             \
    PORT_BIT_P(0x04, 0x04, IPT_BUTTON2, 2),                             \
    PORT_BIT_P(0x08, 0x08, IPT_BUTTON1, 2),                             \
    PORT_BIT_P(0x10, 0x10, IPT_JOYSTICK_RIGHT, 2),                      \
    PORT_BIT_P(0x20, 0x20, IPT_JOYSTICK_LEFT, 2),                       \
    PORT_BIT(0x40, 0x40, IPT_START2),                                   \
    PORT_BIT(0x80, 0x80, IPT_START1)
#define KONAMI_IN3 PORT_START("IN3"), PORT_BIT(0xff, 0x00, IPT_UNUSED)

static const input_def scramble_inputs[] = {
    KONAMI_IN0,
    PORT_START("IN1"),
    PORT_DIPNAME(0x03, 0x00, "Lives"),
    PORT_DIPSETTING(0x00, "3"),
    PORT_DIPSETTING(0x01, "4"),
    PORT_DIPSETTING(0x02, "5"),
    PORT_DIPSETTING(0x03, "255 (Cheat)"),
    KONAMI_IN1_CONTROLS,
    PORT_START("IN2"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_DOWN, 2),
    PORT_DIPNAME(0x06, 0x00, "Coinage"),
    PORT_DIPSETTING(0x00, "A 1/1  B 2/1  C 1/1"),
    PORT_DIPSETTING(0x02, "A 1/2  B 1/1  C 1/2"),
    PORT_DIPSETTING(0x04, "A 1/3  B 3/1  C 1/3"),
    PORT_DIPSETTING(0x06, "A 1/4  B 4/1  C 1/4"),
    PORT_DIPNAME(0x08, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x08, "Cocktail"),
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_UP),
    PORT_BIT(0x20, 0x00, IPT_CUSTOM), /* the protection PAL's bit */
    PORT_BIT(0x40, 0x40, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x80, 0x00, IPT_CUSTOM),
    KONAMI_IN3,
    INPUT_END,
};

static const input_def theend_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x01, IPT_UNUSED),
    PORT_BIT(0x02, 0x02, IPT_BUTTON2),
    PORT_BIT(0x04, 0x04, IPT_SERVICE1),
    PORT_BIT(0x08, 0x08, IPT_BUTTON1),
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x20, 0x20, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_COIN1),
    PORT_START("IN1"),
    PORT_DIPNAME(0x03, 0x00, "Lives"),
    PORT_DIPSETTING(0x00, "3"),
    PORT_DIPSETTING(0x01, "4"),
    PORT_DIPSETTING(0x02, "5"),
    PORT_DIPSETTING(0x03, "256 (Cheat)"),
    KONAMI_IN1_CONTROLS,
    PORT_START("IN2"),
    PORT_BIT(0x01, 0x01, IPT_UNUSED),
    PORT_DIPNAME(0x06, 0x00, "Coinage"),
    PORT_DIPSETTING(0x04, "3 Coins/1 Credit"),
    PORT_DIPSETTING(0x02, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x06, "1 Coin/2 Credits"),
    PORT_DIPNAME(0x08, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x08, "Cocktail"),
    PORT_BIT(0x10, 0x10, IPT_UNUSED),
    PORT_BIT(0x20, 0x00, IPT_CUSTOM), /* the protection PAL's bit */
    PORT_BIT(0x40, 0x40, IPT_UNUSED),
    PORT_BIT(0x80, 0x00, IPT_CUSTOM),
    KONAMI_IN3,
    INPUT_END,
};

static const input_def atlantis_inputs[] = {
    KONAMI_IN0,
    PORT_START("IN1"),
    PORT_DIPNAME(0x01, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x01, "Cocktail"),
    PORT_DIPNAME(0x02, 0x02, "Lives"),
    PORT_DIPSETTING(0x02, "3"),
    PORT_DIPSETTING(0x00, "5"),
    KONAMI_IN1_CONTROLS,
    PORT_START("IN2"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_DOWN, 2),
    PORT_DIPNAME(0x0e, 0x00, "Coinage"),
    PORT_DIPSETTING(0x02, "A 1/3  B 2/1"),
    PORT_DIPSETTING(0x00, "A 1/6  B 1/1"),
    PORT_DIPSETTING(0x04, "A 1/99 B 1/99"),
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_UP),
    PORT_BIT(0x20, 0x20, IPT_UNKNOWN),
    PORT_BIT(0x40, 0x40, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x80, 0x80, IPT_UNKNOWN),
    KONAMI_IN3,
    INPUT_END,
};

static const input_def scobra_inputs[] = {
    KONAMI_IN0,
    PORT_START("IN1"),
    PORT_DIPNAME(0x01, 0x01, "Allow Continue"),
    PORT_DIPSETTING(0x00, "No"),
    PORT_DIPSETTING(0x01, "4 Times"),
    PORT_DIPNAME(0x02, 0x00, "Lives"),
    PORT_DIPSETTING(0x00, "3"),
    PORT_DIPSETTING(0x02, "4"),
    KONAMI_IN1_CONTROLS,
    PORT_START("IN2"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_DOWN, 2),
    PORT_DIPNAME(0x06, 0x02, "Coinage"),
    PORT_DIPSETTING(0x04, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x06, "4 Coins/3 Credits"),
    PORT_DIPSETTING(0x02, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x00, "99 Credits"),
    PORT_DIPNAME(0x08, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x08, "Cocktail"),
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_UP),
    PORT_BIT(0x20, 0x20, IPT_UNUSED),
    PORT_BIT(0x40, 0x40, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x80, 0x80, IPT_UNUSED),
    KONAMI_IN3,
    INPUT_END,
};

/* Amidar (MAME's turtles ports with Amidar's switches): 4-way, one button */
static const input_def amidar_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, 2),
    PORT_BIT(0x02, 0x02, IPT_UNKNOWN),
    PORT_BIT(0x04, 0x04, IPT_SERVICE1),
    PORT_BIT(0x08, 0x08, IPT_BUTTON1),
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x20, 0x20, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_COIN1),
    PORT_START("IN1"),
    PORT_DIPNAME(0x03, 0x03, "Lives"),
    PORT_DIPSETTING(0x03, "3"),
    PORT_DIPSETTING(0x02, "4"),
    PORT_DIPSETTING(0x01, "5"),
    PORT_DIPSETTING(0x00, "255 (Cheat)"),
    PORT_BIT(0x04, 0x04, IPT_UNKNOWN),
    PORT_BIT_P(0x08, 0x08, IPT_BUTTON1, 2),
    PORT_BIT_P(0x10, 0x10, IPT_JOYSTICK_RIGHT, 2),
    PORT_BIT_P(0x20, 0x20, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT(0x40, 0x40, IPT_START2),
    PORT_BIT(0x80, 0x80, IPT_START1),
    PORT_START("IN2"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_DOWN, 2),
    PORT_DIPNAME(0x02, 0x00, "Demo Sounds"),
    PORT_DIPSETTING(0x02, "Off"),
    PORT_DIPSETTING(0x00, "On"),
    PORT_DIPNAME(0x04, 0x00, "Bonus Life"),
    PORT_DIPSETTING(0x00, "30000 50000"),
    PORT_DIPSETTING(0x04, "50000 50000"),
    PORT_DIPNAME(0x08, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x08, "Cocktail"),
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_UP),
    PORT_BIT(0x20, 0x20, IPT_UNUSED),
    PORT_BIT(0x40, 0x40, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x80, 0x80, IPT_UNUSED),
    PORT_START("IN3"),
    PORT_DIPNAME(0x0f, 0x0f, "Coin A"),
    PORT_DIPSETTING(0x04, "4 Coins/1 Credit"),
    PORT_DIPSETTING(0x0a, "3 Coins/1 Credit"),
    PORT_DIPSETTING(0x01, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x02, "3 Coins/2 Credits"),
    PORT_DIPSETTING(0x08, "4 Coins/3 Credits"),
    PORT_DIPSETTING(0x0f, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x0c, "3 Coins/4 Credits"),
    PORT_DIPSETTING(0x0e, "2 Coins/3 Credits"),
    PORT_DIPSETTING(0x07, "1 Coin/2 Credits"),
    PORT_DIPSETTING(0x06, "2 Coins/5 Credits"),
    PORT_DIPSETTING(0x0b, "1 Coin/3 Credits"),
    PORT_DIPSETTING(0x03, "1 Coin/4 Credits"),
    PORT_DIPSETTING(0x0d, "1 Coin/5 Credits"),
    PORT_DIPSETTING(0x05, "1 Coin/6 Credits"),
    PORT_DIPSETTING(0x09, "1 Coin/7 Credits"),
    PORT_DIPSETTING(0x00, "Free Play"),
    PORT_DIPNAME(0xf0, 0xf0, "Coin B"),
    PORT_DIPSETTING(0x40, "4 Coins/1 Credit"),
    PORT_DIPSETTING(0xa0, "3 Coins/1 Credit"),
    PORT_DIPSETTING(0x10, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x20, "3 Coins/2 Credits"),
    PORT_DIPSETTING(0x80, "4 Coins/3 Credits"),
    PORT_DIPSETTING(0xf0, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0xc0, "3 Coins/4 Credits"),
    PORT_DIPSETTING(0xe0, "2 Coins/3 Credits"),
    PORT_DIPSETTING(0x70, "1 Coin/2 Credits"),
    PORT_DIPSETTING(0x60, "2 Coins/5 Credits"),
    PORT_DIPSETTING(0xb0, "1 Coin/3 Credits"),
    PORT_DIPSETTING(0x30, "1 Coin/4 Credits"),
    PORT_DIPSETTING(0xd0, "1 Coin/5 Credits"),
    PORT_DIPSETTING(0x50, "1 Coin/6 Credits"),
    PORT_DIPSETTING(0x90, "1 Coin/7 Credits"),
    PORT_DIPSETTING(0x00, "Invalid"),
    INPUT_END,
};

GAME(1981, scramble, NULL, scramble_config, scramble_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Konami", "Scramble");
GAME(1980, theend, NULL, theend_config, theend_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Konami", "The End");
GAME(1981, atlantis, NULL, atlantis_config, atlantis_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Comsoft", "Battle of Atlantis (set 1)");
GAME(1981, scobra, NULL, scobra_config, scobra_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Konami", "Super Cobra");
GAME(1982, amidar, NULL, turtles_config, amidar_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Konami", "Amidar");

/* clones on their parents' boards (MAME 0.251: same configuration and init) */
GAME(1981, scrambles, "scramble", scramble_config, scramble_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Konami (Stern Electronics license)", "Scramble (Stern Electronics set 1)");
GAME(1980, theends, "theend", theend_config, theend_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Konami (Stern Electronics license)", "The End (Stern Electronics)");
GAME(1981, atlantis2, "atlantis", atlantis_config, atlantis_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Comsoft", "Battle of Atlantis (set 2)");
GAME(1981, scobras, "scobra", scobra_config, scobra_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Konami (Stern Electronics license)", "Super Cobra (Stern Electronics)");
GAME(1982, amidaru, "amidar", turtles_config, amidar_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Konami (Stern Electronics license)", "Amidar (Stern Electronics)");
