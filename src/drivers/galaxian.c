/* Namco Galaxian hardware: Galaxian (Namco set 1) and Galaxian (Namco set 2).

   CPU:    Z80 at 18.432 MHz / 6 = 3.072 MHz; NMI from VBLANK
   Memory: 0000-3fff ROM
           4000-43ff work RAM (mirror 4400)
           5000-53ff video RAM, 32 x 32 tile codes (mirror 5400)
           5800-58ff object RAM (mirror to 5fff):
                     00-3f  per column: scroll (even), colour (odd, bits 0-2)
                     40-5f  8 sprites: y, code/flipx/flipy, colour, x
                     60-7f  8 bullets: -, y, -, x (0-6 shells, 7 the missile)
           6000 (r) IN0          6800 (r) IN1          7000 (r) IN2 (DIPs)
           6000-6007 (w, D0) start lamps, coin lockout, coin counter,
                     6004-6007 the 4-bit background LFO latch
           6800-6807 (w, D0) FS1 FS2 FS3 HIT - FIRE VOL1 VOL2
           7001 (w) NMI enable  7004 stars on  7006 flip x  7007 flip y
           7800 (r) watchdog kick (8 VBLANKs)  (w) sound pitch latch
   Video:  6.144 MHz dot clock, 384 x 264 total, 256 x 224 visible
           (60.606 Hz), monitor rotated 90 degrees. As MAME renders it, the
           frame is three times as wide (768 x 224 at 18.432 MHz): the star
           generator's shift register is clocked twice per dot with a 1/3 -
           2/3 duty cycle, so stars and bullets have third-dot resolution.
           Background: 32 x 32 tiles of 8x8, 2bpp, each column scrolled
           vertically by its own byte and coloured by its own 3-bit code.
           8 sprites of 16x16 from the same ROMs (the first three one line
           lower), hard-clipped over the first 17 dots of each line.
           Shells (white) and the missile (yellow) are 4-dot lines, one per
           scanline each. Colour PROM 6L (32 x 8) through 1K/470/220 ohm
           resistors; stars through 150/100 ohm per gun.
   Stars:  a 17-bit LFSR (period 2^17 - 1) clocked 2 x 256 x 512 times a
           frame; a star shows where the top 8 bits are 1 and bit 0 is 0,
           coloured by the 6 bits below, on dots where V1 ^ H8 is 1. Each
           frame the pattern shifts one clock (the 6B flip-flops), which
           scrolls the field; enabling the stars restarts the register.
   Sound:  custom tone / 555 / noise circuits (sound/galaxian_snd.c).
   IRQ:    VBLANK sets the NMI flip-flop while 7001 bit 0 is set; writing
           0 there clears it, so the NMI line stays asserted until then. */
#include <string.h>

#include "cpu/z80.h"
#include "emu/machine.h"
#include "machine/watchdog.h"
#include "sound/galaxian_snd.h"

#define MASTER_CLOCK 18432000u
#define XSCALE 3
#define HTOTAL (384 * XSCALE)
#define VTOTAL 264
#define VBEND 16
#define VBSTART 240
#define STAR_PERIOD ((1u << 17) - 1)

/* pens: 32 PROM colours, 64 star colours, shell, missile, black */
enum { PEN_STARS = 32, PEN_SHELL = 96, PEN_MISSILE = 97, PEN_BLACK = 98, NUM_PENS = 99 };
enum { PORT_IN0, PORT_IN1, PORT_IN2 };

typedef struct galaxian_state {
    u8 wram[0x400];
    u8 vram[0x400];
    u8 objram[0x100];
    u8 nmi_enable;
    u8 stars_enable;
    u8 flipx, flipy;
    u8 lamps, coin_lock, coin_count;
    u32 star_origin;       /* LFSR index of line 0, dot 0 */
    u64 star_origin_frame; /* MAME-style frame number the origin is for */
    watchdog_t watchdog;
    cpu_slot *cpu;
    galaxian_snd *snd;
    input_ports *in;
    machine_t *machine;
    const gfx_element *tiles, *sprites;
    u8 stars[STAR_PERIOD]; /* bit 7 enable, bits 0-5 colour; constant */
} galaxian_state;

static void stars_update_origin(galaxian_state *s, u64 frame)
{
    if (frame == s->star_origin_frame)
        return;
    /* one clock fewer than the period per frame (one more when flipped) */
    u64 d = (frame - s->star_origin_frame) % STAR_PERIOD;
    if (s->flipx)
        s->star_origin = (u32)((s->star_origin + d) % STAR_PERIOD);
    else
        s->star_origin = (u32)((s->star_origin + STAR_PERIOD - d) % STAR_PERIOD);
    s->star_origin_frame = frame;
}

/* ---- memory handlers ---- */

static u8 galaxian_in0_r(void *ctx, offs_t offset)
{
    (void)offset;
    const galaxian_state *s = ctx;
    return (u8)input_port_read(s->in, PORT_IN0);
}

static u8 galaxian_in1_r(void *ctx, offs_t offset)
{
    (void)offset;
    const galaxian_state *s = ctx;
    return (u8)input_port_read(s->in, PORT_IN1);
}

static u8 galaxian_in2_r(void *ctx, offs_t offset)
{
    (void)offset;
    const galaxian_state *s = ctx;
    return (u8)input_port_read(s->in, PORT_IN2);
}

static u8 galaxian_watchdog_r(void *ctx, offs_t offset)
{
    (void)offset;
    galaxian_state *s = ctx;
    watchdog_kick(&s->watchdog);
    return 0xff;
}

static void set_bit(u8 *v, unsigned bit, u8 data)
{
    *v = (u8)((*v & ~(1u << bit)) | (data & 1u) << bit);
}

static void galaxian_6000_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    offset &= 7;
    if (offset < 2)
        set_bit(&s->lamps, offset, data);
    else if (offset == 2)
        s->coin_lock = data & 1;
    else if (offset == 3)
        s->coin_count = data & 1;
    else
        galaxian_snd_lfo_w(s->snd, offset - 4, data);
}

static void galaxian_6800_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    galaxian_snd_sound_w(s->snd, offset & 7, data);
}

static void galaxian_7000_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    switch (offset & 7) {
    case 1:
        s->nmi_enable = data & 1;
        if (!s->nmi_enable)
            cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_CLEAR);
        break;
    case 4:
        if (!s->stars_enable && (data & 1)) {
            /* the shift registers' CLR is released: they count from the
               dot the beam is at during the write cycle */
            u32 vpos = (u32)screen_vpos(s->machine), hpos = (u32)screen_hpos(s->machine);
            s->star_origin = STAR_PERIOD - (vpos * 512 + hpos);
            s->star_origin_frame = screen_frame_number(s->machine);
        }
        s->stars_enable = data & 1;
        break;
    case 6:
        if (s->flipx != (data & 1)) {
            stars_update_origin(s, screen_frame_number(s->machine));
            s->flipx = data & 1;
        }
        break;
    case 7:
        s->flipy = data & 1;
        break;
    default:
        break;
    }
}

static void galaxian_pitch_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    galaxian_state *s = ctx;
    galaxian_snd_pitch_w(s->snd, data);
}

static const mem_map_entry galaxian_map[] = {
    MAP_ROM(0x0000, 0x3fff, 0, "maincpu", 0),
    MAP_RAM(0x4000, 0x43ff, 0x0400, galaxian_state, wram),
    MAP_RAM(0x5000, 0x53ff, 0x0400, galaxian_state, vram),
    MAP_RAM(0x5800, 0x58ff, 0x0700, galaxian_state, objram),
    MAP_IO(0x6000, 0x6007, 0x07f8, galaxian_in0_r, galaxian_6000_w),
    MAP_IO(0x6800, 0x6807, 0x07f8, galaxian_in1_r, galaxian_6800_w),
    MAP_IO(0x7000, 0x7007, 0x07f8, galaxian_in2_r, galaxian_7000_w),
    MAP_IO(0x7800, 0x7800, 0x07ff, galaxian_watchdog_r, galaxian_pitch_w),
    MAP_END,
};

/* ---- video ---- */

static void galaxian_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    static const int rg_ohms[3] = { 1000, 470, 220 }, b_ohms[2] = { 470, 220 };
    int rw[3], bw[2];
    /* one scale for all three guns (the 470 ohm pull-down makes two
       resistors reach less than three): 224 for R/G, 217 for B */
    resnet_weights(3, rg_ohms, 224, rw);
    resnet_weights(2, b_ohms, 217, bw);
    const mem_region *prom = machine_region(m, "proms");
    for (int i = 0; i < 32; i++) {
        u8 v = prom && (size_t)i < prom->size ? prom->data[i] : 0;
        palette_set_color(pal, i, resnet_combine(3, rw, v & 7), resnet_combine(3, rw, v >> 3 & 7),
                          resnet_combine(2, bw, v >> 6 & 3));
    }
    /* stars: 150 ohm (LSB) and 100 ohm (MSB) per gun, compressed into the
       range above the tile colours: 0, 224*130/150, then scaled */
    const int minval = 224 * 130 / 150, midval = 224 * 130 / 100, maxval = 224 * 130 / 60;
    const u8 starmap[4] = { 0, (u8)minval, (u8)(minval + (255 - minval) * (midval - minval) / (maxval - minval)),
                            255 };
    for (int i = 0; i < 64; i++) {
        u8 r = starmap[(i >> 4 & 1) << 1 | (i >> 5 & 1)];
        u8 g = starmap[(i >> 2 & 1) << 1 | (i >> 3 & 1)];
        u8 b = starmap[(i & 1) << 1 | (i >> 1 & 1)];
        palette_set_color(pal, PEN_STARS + i, r, g, b);
    }
    palette_set_color(pal, PEN_SHELL, 0xff, 0xff, 0xff);
    palette_set_color(pal, PEN_MISSILE, 0xff, 0xff, 0x00);
    palette_set_color(pal, PEN_BLACK, 0, 0, 0);
}

static void stars_init(galaxian_state *s)
{
    u32 sr = 0;
    for (u32 i = 0; i < STAR_PERIOD; i++) {
        int on = (sr & 0x1fe01) == 0x1fe00;
        s->stars[i] = (u8)((~sr & 0x1f8) >> 3 | (on ? 0x80 : 0));
        sr = (sr >> 1) | ((((sr >> 12) ^ ~sr) & 1) << 16);
    }
}

static void draw_stars(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    for (int r = clip->min_y; r <= clip->max_y; r++) {
        int y = r + VBEND;
        u16 *row = bitmap_row(bm, r);
        u32 offs = (u32)((s->star_origin + (u64)y * 512) % STAR_PERIOD);
        for (int x = 0; x < 256; x++) {
            bool en = ((y ^ (x >> 3)) & 1) != 0;
            u8 a = s->stars[offs];
            if (++offs == STAR_PERIOD)
                offs = 0;
            u8 b = s->stars[offs];
            if (++offs == STAR_PERIOD)
                offs = 0;
            if (!en)
                continue;
            /* first clock one third of the dot, second clock two thirds */
            if (a & 0x80)
                row[x * 3] = (u16)(PEN_STARS + (a & 0x3f));
            if (b & 0x80)
                row[x * 3 + 1] = row[x * 3 + 2] = (u16)(PEN_STARS + (b & 0x3f));
        }
    }
}

static void draw_tiles(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    const gfx_element *g = s->tiles;
    for (int r = clip->min_y; r <= clip->max_y; r++) {
        int y = r + VBEND;
        u16 *row = bitmap_row(bm, r);
        for (int col = 0; col < 32; col++) {
            /* flip: the screen column shows the mirrored tilemap column */
            int tcol = s->flipx ? 31 - col : col;
            int sy = s->flipy ? 255 - y : y;
            int ty = (sy + s->objram[tcol * 2]) & 0xff;
            u32 code = s->vram[(ty >> 3) * 32 + tcol] % (u32)g->total;
            u16 color = (u16)((s->objram[tcol * 2 + 1] & 7) * 4);
            const u8 *src = g->data + ((size_t)code * 8 + (size_t)(ty & 7)) * 8;
            u16 *dst = row + col * 24;
            for (int px = 0; px < 8; px++) {
                u8 p = src[s->flipx ? 7 - px : px];
                if (p)
                    dst[px * 3] = dst[px * 3 + 1] = dst[px * 3 + 2] = (u16)(color + p);
            }
        }
    }
}

static void draw_sprites(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    const gfx_element *g = s->sprites;
    /* the line buffer drops the first 16 dots (+1 for the sprite offset) */
    rect_t c = *clip;
    if (s->flipx)
        c.max_x = (256 - 17) * XSCALE - 1 < c.max_x ? (256 - 17) * XSCALE - 1 : c.max_x;
    else
        c.min_x = 17 * XSCALE > c.min_x ? 17 * XSCALE : c.min_x;
    for (int n = 7; n >= 0; n--) { /* lower numbers win */
        const u8 *b = &s->objram[0x40 + n * 4];
        u8 sy = (u8)(240 - (b[0] - (n < 3)));
        u32 code = (b[1] & 0x3f) % (u32)g->total;
        bool fx = b[1] & 0x40, fy = b[1] & 0x80;
        u16 color = (u16)((b[2] & 7) * 4);
        u8 sx = (u8)(b[3] + 1);
        if (s->flipx) {
            sx = (u8)(240 - sx);
            fx = !fx;
        }
        if (s->flipy) {
            sy = (u8)(240 - sy);
            fy = !fy;
        }
        for (int yy = 0; yy < 16; yy++) {
            int r = sy + yy - VBEND;
            if (r < c.min_y || r > c.max_y)
                continue;
            const u8 *src = g->data + ((size_t)code * 16 + (size_t)(fy ? 15 - yy : yy)) * 16;
            u16 *row = bitmap_row(bm, r);
            for (int xx = 0; xx < 16; xx++) {
                u8 p = src[fx ? 15 - xx : xx];
                if (!p)
                    continue;
                int x = (sx + xx) * XSCALE;
                for (int k = 0; k < XSCALE; k++)
                    if (x + k >= c.min_x && x + k <= c.max_x)
                        row[x + k] = (u16)(color + p);
            }
        }
    }
}

static void draw_bullet(bitmap_ind16 *bm, const rect_t *clip, int r, int x, u16 pen)
{
    u16 *row = bitmap_row(bm, r);
    for (int i = (x - 4) * XSCALE; i < x * XSCALE; i++)
        if (i >= clip->min_x && i <= clip->max_x)
            row[i] = pen;
}

static void draw_bullets(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    const u8 *b = &s->objram[0x60];
    for (int r = clip->min_y; r <= clip->max_y; r++) {
        int y = r + VBEND, shell = -1, missile = -1;
        /* the first three entries match the line before */
        u8 effy = (u8)(s->flipy ? ((y - 1) ^ 255) : (y - 1));
        for (int w = 0; w < 3; w++)
            if ((u8)(b[w * 4 + 1] + effy) == 0xff)
                shell = w;
        effy = (u8)(s->flipy ? (y ^ 255) : y);
        for (int w = 3; w < 8; w++)
            if ((u8)(b[w * 4 + 1] + effy) == 0xff) {
                if (w != 7)
                    shell = w;
                else
                    missile = w;
            }
        if (shell >= 0)
            draw_bullet(bm, clip, r, 255 - b[shell * 4 + 3], PEN_SHELL);
        if (missile >= 0)
            draw_bullet(bm, clip, r, 255 - b[missile * 4 + 3], PEN_MISSILE);
    }
}

static void galaxian_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)m;
    galaxian_state *s = drv;
    bitmap_fill(bm, clip, PEN_BLACK);
    stars_update_origin(s, screen_frame_number(s->machine));
    if (s->stars_enable)
        draw_stars(s, bm, clip);
    draw_tiles(s, bm, clip);
    draw_sprites(s, bm, clip);
    draw_bullets(s, bm, clip);
}

static const gfx_layout galaxian_charlayout = {
    8, 8, RGN_FRAC(1, 2), 2,
    { RGN_FRAC(0, 2), RGN_FRAC(1, 2) },
    { 0, 1, 2, 3, 4, 5, 6, 7 },
    { 0, 8, 16, 24, 32, 40, 48, 56 },
    64,
};

static const gfx_layout galaxian_spritelayout = {
    16, 16, RGN_FRAC(1, 2), 2,
    { RGN_FRAC(0, 2), RGN_FRAC(1, 2) },
    { 0, 1, 2, 3, 4, 5, 6, 7, 64, 65, 66, 67, 68, 69, 70, 71 },
    { 0, 8, 16, 24, 32, 40, 48, 56, 128, 136, 144, 152, 160, 168, 176, 184 },
    256,
};

static const gfx_decode_entry galaxian_gfx[] = {
    { "gfx1", 0, &galaxian_charlayout, 0, 8 },
    { "gfx1", 0, &galaxian_spritelayout, 0, 8 },
    { NULL, 0, NULL, 0, 0 },
};

/* ---- machine ---- */

static void galaxian_vblank(machine_t *m, void *drv, int state)
{
    galaxian_state *s = drv;
    if (!state)
        return;
    watchdog_vblank(&s->watchdog, m);
    if (s->nmi_enable)
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_ASSERT);
}

static int galaxian_start(machine_t *m, void *drv)
{
    galaxian_state *s = drv;
    device_t *snd = machine_device(m, "cust");
    s->machine = m;
    s->cpu = machine_cpu(m, "maincpu");
    s->snd = snd ? snd->self : NULL;
    s->in = &m->inputs;
    if (m->num_gfx != 2)
        return -1;
    s->tiles = &m->gfx[0];
    s->sprites = &m->gfx[1];
    stars_init(s);
    watchdog_init(&s->watchdog, 8);
    return s->cpu && s->snd ? 0 : -1;
}

static void galaxian_reset(machine_t *m, void *drv)
{
    (void)m;
    galaxian_state *s = drv;
    s->nmi_enable = 0;
    cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_CLEAR);
    s->stars_enable = 0;
    s->flipx = s->flipy = 0;
    s->lamps = s->coin_lock = s->coin_count = 0;
    watchdog_kick(&s->watchdog);
}

static void galaxian_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    galaxian_state *s = drv;
    st_bytes(io, s->wram, sizeof(s->wram));
    st_bytes(io, s->vram, sizeof(s->vram));
    st_bytes(io, s->objram, sizeof(s->objram));
    st_u8(io, &s->nmi_enable);
    st_u8(io, &s->stars_enable);
    st_u8(io, &s->flipx);
    st_u8(io, &s->flipy);
    st_u8(io, &s->lamps);
    st_u8(io, &s->coin_lock);
    st_u8(io, &s->coin_count);
    st_u32(io, &s->star_origin);
    st_u64(io, &s->star_origin_frame);
    watchdog_serialize(&s->watchdog, io);
}

static const device_config galaxian_devices[] = {
    CPU_DEVICE("maincpu", z80_core, MASTER_CLOCK / 6, .program = galaxian_map),
    SOUND_DEVICE("cust", galaxian_snd_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE_END,
};

static const machine_config galaxian_config = {
    .devices = galaxian_devices,
    .drv_state_size = sizeof(galaxian_state),
    .screen = { MASTER_CLOCK, HTOTAL, 0, 256 * XSCALE, VTOTAL, VBEND, VBSTART, galaxian_vblank },
    .video = { galaxian_palette, galaxian_update, galaxian_gfx, NUM_PENS, 0 },
    .start = galaxian_start,
    .reset = galaxian_reset,
    .serialize = galaxian_serialize,
};

/* ---- inputs ---- */

#define GALAXIAN_IN0_IN1                                                \
    PORT_START("IN0"),                                                  \
    PORT_BIT(0x01, 0x00, IPT_COIN1),                                    \
    PORT_BIT(0x02, 0x00, IPT_COIN2),                                    \
    PORT_BIT(0x04, 0x00, IPT_JOYSTICK_LEFT),                            \
    PORT_BIT(0x08, 0x00, IPT_JOYSTICK_RIGHT),                           \
    PORT_BIT(0x10, 0x00, IPT_BUTTON1),                                  \
    PORT_DIPNAME(0x20, 0x00, "Cabinet"),                                \
    PORT_DIPSETTING(0x00, "Upright"),                                   \
    PORT_DIPSETTING(0x20, "Cocktail"),                                  \
    PORT_SERVICE(0x40, 0x00),                                           \
    PORT_BIT(0x80, 0x00, IPT_SERVICE1),                                 \
    PORT_START("IN1"),                                                  \
    PORT_BIT(0x01, 0x00, IPT_START1),                                   \
    PORT_BIT(0x02, 0x00, IPT_START2),                                   \
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_LEFT, 2),                       \
    PORT_BIT_P(0x08, 0x00, IPT_JOYSTICK_RIGHT, 2),                      \
    PORT_BIT_P(0x10, 0x00, IPT_BUTTON1, 2),                             \
    PORT_BIT(0x20, 0x00, IPT_UNUSED),                                   \
    PORT_DIPNAME(0xc0, 0x00, "Coinage"),                                \
    PORT_DIPSETTING(0x40, "2 Coins/1 Credit"),                          \
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),                           \
    PORT_DIPSETTING(0x80, "1 Coin/2 Credits"),                          \
    PORT_DIPSETTING(0xc0, "Free Play")

static const input_def galaxian_inputs[] = {
    GALAXIAN_IN0_IN1,
    PORT_START("IN2"),
    PORT_DIPNAME(0x03, 0x00, "Bonus Life"),
    PORT_DIPSETTING(0x00, "7000"),
    PORT_DIPSETTING(0x01, "10000"),
    PORT_DIPSETTING(0x02, "12000"),
    PORT_DIPSETTING(0x03, "20000"),
    PORT_DIPNAME(0x04, 0x04, "Lives"),
    PORT_DIPSETTING(0x00, "2"),
    PORT_DIPSETTING(0x04, "3"),
    PORT_DIPNAME(0x08, 0x00, "Unused"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x08, "On"),
    PORT_BIT(0xf0, 0x00, IPT_UNUSED),
    INPUT_END,
};

/* Namco set 2 (galaxiana): other bonus and lives choices */
static const input_def galaxiana_inputs[] = {
    GALAXIAN_IN0_IN1,
    PORT_START("IN2"),
    PORT_DIPNAME(0x03, 0x01, "Bonus Life"),
    PORT_DIPSETTING(0x00, "None"),
    PORT_DIPSETTING(0x01, "4000"),
    PORT_DIPSETTING(0x02, "5000"),
    PORT_DIPSETTING(0x03, "7000"),
    PORT_DIPNAME(0x04, 0x00, "Lives"),
    PORT_DIPSETTING(0x00, "3"),
    PORT_DIPSETTING(0x04, "5"),
    PORT_DIPNAME(0x08, 0x00, "Unused"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x08, "On"),
    PORT_BIT(0xf0, 0x00, IPT_UNUSED),
    INPUT_END,
};

const game_driver driver_galaxian = {
    "galaxian", NULL, "1979", "Namco", "Galaxian (Namco set 1)", "galaxian.c",
    &galaxian_config, galaxian_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
};

const game_driver driver_galaxiana = {
    "galaxiana", "galaxian", "1979", "Namco", "Galaxian (Namco set 2)", "galaxian.c",
    &galaxian_config, galaxiana_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
};
