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
           6000-6007 (w, D0) LS259: start lamps, coin lockout, coin
                     counter, 6004-6007 the 4-bit background LFO latch
           6800-6807 (w, D0) FS1 FS2 FS3 HIT - FIRE VOL1 VOL2
           7000-7007 (w, D0) LS259: 7001 NMI enable, 7004 stars on,
                     7006 flip x, 7007 flip y
           7800 (r) watchdog kick (8 VBLANKs)  (w) sound pitch latch
   Video:  6.144 MHz dot clock, 384 x 264 total, 256 x 224 visible
           (60.606 Hz), monitor rotated 90 degrees. As MAME renders it, the
           frame is three times as wide (768 x 224 at 18.432 MHz): the star
           generator's shift register is clocked twice per dot with a 1/3 -
           2/3 duty cycle, so stars and bullets have third-dot resolution.
           Background: 32 x 32 tiles of 8x8, 2bpp, each column scrolled
           vertically by its own byte and coloured by its own 3-bit code
           (a tilemap of the gfx widened three times).
           8 sprites of 16x16 from the same ROMs (the first three one line
           lower), hard-clipped over the first 17 dots of each line.
           Shells (white) and the missile (yellow) are 4-dot lines, one per
           scanline each. Colour PROM 6L (32 x 8) through 1K/470/220 ohm
           resistors with a 470 ohm pull-down; stars through 150/100 ohm
           per gun. Writes to video and object RAM draw the lines above
           the beam first (MAME's update_partial), as do changes of the
           flips and the star enable.
   Stars:  a 17-bit LFSR (period 2^17 - 1) clocked 2 x 256 x 512 times a
           frame; a star shows where the top 8 bits are 1 and bit 0 is 0,
           coloured by the 6 bits below, on dots where V1 ^ H8 is 1. Each
           frame the pattern shifts one clock (the 6B flip-flops), which
           scrolls the field; enabling the stars restarts the register.
   Sound:  custom tone / 555 / noise circuits (sound/galaxian_snd.c).
   IRQ:    VBLANK sets the NMI flip-flop while 7001 bit 0 is set; writing
           0 there clears it, so the NMI line stays asserted until then. */
#include "cpu/z80.h"
#include "emu/machine.h"
#include "emu/screen.h"
#include "machine/ls259.h"
#include "machine/watchdog.h"
#include "sound/galaxian_snd.h"
#include "video/tilemap.h"

#define MASTER_CLOCK 18432000u
#define XSCALE 3
#define HTOTAL (384 * XSCALE)
#define VTOTAL 264
#define VBEND 16
#define VBSTART 240
#define STAR_PERIOD ((1u << 17) - 1)
#define MAX_STARS 256 /* the top 8 bits 1, bit 0 0: 2^8 states */

/* pens: 32 PROM colours, 64 star colours, shell, missile */
enum { PEN_STARS = 32, PEN_SHELL = 96, PEN_MISSILE = 97, NUM_PENS = 98 };
/* 7000-7007 latch: Q1 NMI enable (Q4 stars, Q6/Q7 flips: see its callbacks) */
enum { Q_NMI_ENABLE = 1 };

typedef struct galaxian_state {
    u8 wram[0x400];
    u8 vram[0x400];
    u8 objram[0x100];
    /* the 7000 latch's outputs as the video sees them: changed by its
       callbacks after the lines above the beam are drawn */
    u8 stars_enable;
    u8 flipx, flipy;
    u32 star_origin;       /* LFSR index of line 0, dot 0 */
    u64 star_origin_frame; /* MAME-style frame number the origin is for */
    cpu_slot *cpu;
    galaxian_snd *snd;
    ls259_t *latch_6000, *latch_7000;
    watchdog_t *watchdog;
    machine_t *machine;
    tilemap_t *bg;
    const gfx_element *sprites;
    /* the register states that show a star, in LFSR order (constant) */
    struct star { u32 index; u8 color; } stars[MAX_STARS];
    int num_stars;
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

static void set_flip(galaxian_state *s)
{
    tilemap_set_flip(s->bg, (s->flipx ? TILEMAP_FLIPX : 0) | (s->flipy ? TILEMAP_FLIPY : 0));
}

/* ---- memory handlers ---- */

/* Video and object RAM writes draw the lines above the beam first, as
   MAME's driver does. */
static void galaxian_vram_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    screen_update_now(s->machine);
    offset &= 0x3ff;
    if (s->vram[offset] != data) {
        s->vram[offset] = data;
        tilemap_mark_tile_dirty(s->bg, offset);
    }
}

static void galaxian_objram_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    screen_update_now(s->machine);
    offset &= 0xff;
    u8 old = s->objram[offset];
    s->objram[offset] = data;
    if (offset >= 0x40)
        return;
    /* the first 64 bytes: per column, the scroll (even) and colour (odd) */
    if (!(offset & 1))
        tilemap_set_scrolly(s->bg, (int)(offset >> 1), data);
    else if ((old ^ data) & 7)
        for (u32 t = offset >> 1; t < 0x400; t += 32)
            tilemap_mark_tile_dirty(s->bg, t);
}

static u8 galaxian_watchdog_r(void *ctx, offs_t offset)
{
    (void)offset;
    galaxian_state *s = ctx;
    watchdog_kick(s->watchdog);
    return 0xff;
}

static void galaxian_6000_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    ls259_write_d0(s->latch_6000, offset, data);
}

static void galaxian_6800_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    galaxian_snd_sound_w(s->snd, offset & 7, data);
}

static void galaxian_7000_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    ls259_write_d0(s->latch_7000, offset, data);
}

static void galaxian_pitch_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    galaxian_state *s = ctx;
    galaxian_snd_pitch_w(s->snd, data);
}

/* ---- the 7000 latch's outputs ---- */

/* VBLANK sets the NMI flip-flop while enabled; disabling clears it */
static void galaxian_nmi_enable(void *drv, int state)
{
    galaxian_state *s = drv;
    if (!state)
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_CLEAR);
}

static void galaxian_stars_enable(void *drv, int state)
{
    galaxian_state *s = drv;
    screen_update_now(s->machine);
    if (!s->stars_enable && state) {
        /* the shift registers' CLR is released: they count from the dot
           the beam is at during the write cycle */
        u32 vpos = (u32)screen_vpos(s->machine), hpos = (u32)screen_hpos(s->machine);
        s->star_origin = STAR_PERIOD - (vpos * 512 + hpos);
        s->star_origin_frame = screen_frame_number(s->machine);
    }
    s->stars_enable = (u8)state;
}

static void galaxian_flipx(void *drv, int state)
{
    galaxian_state *s = drv;
    screen_update_now(s->machine);
    /* the stars count the other way from now on */
    stars_update_origin(s, screen_frame_number(s->machine));
    s->flipx = (u8)state;
    set_flip(s);
}

static void galaxian_flipy(void *drv, int state)
{
    galaxian_state *s = drv;
    screen_update_now(s->machine);
    s->flipy = (u8)state;
    set_flip(s);
}

static const ls259_params galaxian_latch_7000 = {
    { NULL, galaxian_nmi_enable, NULL, NULL, galaxian_stars_enable, NULL, galaxian_flipx, galaxian_flipy }
};

static const mem_map_entry galaxian_map[] = {
    MAP_ROM(0x0000, 0x3fff, 0, "maincpu", 0),
    MAP_RAM(0x4000, 0x43ff, 0x0400, galaxian_state, wram),
    MAP_RAM(0x5000, 0x53ff, 0x0400, galaxian_state, vram),
    MAP_WRITE(0x5000, 0x53ff, 0x0400, galaxian_vram_w),
    MAP_RAM(0x5800, 0x58ff, 0x0700, galaxian_state, objram),
    MAP_WRITE(0x5800, 0x58ff, 0x0700, galaxian_objram_w),
    MAP_PORT(0x6000, 0x6007, 0x07f8, "IN0"),
    MAP_WRITE(0x6000, 0x6007, 0x07f8, galaxian_6000_w),
    MAP_PORT(0x6800, 0x6807, 0x07f8, "IN1"),
    MAP_WRITE(0x6800, 0x6807, 0x07f8, galaxian_6800_w),
    MAP_PORT(0x7000, 0x7007, 0x07f8, "IN2"),
    MAP_WRITE(0x7000, 0x7007, 0x07f8, galaxian_7000_w),
    MAP_IO(0x7800, 0x7800, 0x07ff, galaxian_watchdog_r, galaxian_pitch_w),
    MAP_END,
};

/* ---- video ---- */

static void galaxian_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    /* R and G: 1K, 470, 220 ohm; B: 470, 220 ohm; each with a 470 ohm
       pull-down, one scale for the three guns to 224, leaving headroom
       for the stars and shells (MAME's RGB_MAXIMUM) */
    static const int ohms[3] = { 1000, 470, 220 };
    const resnet_net nets[3] = { { 3, ohms, 470, 0 }, { 3, ohms, 470, 0 }, { 2, ohms + 1, 470, 0 } };
    resnet_channel rgb[3];
    resnet_compute(0, 224, -1.0, 3, nets, rgb);
    const mem_region *prom = machine_region(m, "proms");
    for (int i = 0; i < 32; i++) {
        u8 v = prom && (size_t)i < prom->size ? prom->data[i] : 0;
        /* pixel value 0 is transparent in tiles and sprites, so entries
           0, 4, ... 28 never show: black here, which lets the tilemap be
           copied opaque with the background showing through it */
        if (!(i & 3))
            v = 0;
        palette_set_color(pal, i, resnet_level(&rgb[0], v), resnet_level(&rgb[1], v >> 3),
                          resnet_level(&rgb[2], v >> 6));
    }
    /* stars: 150 ohm (LSB) and 100 ohm (MSB) per gun against the ~130 ohm
       of the tile resistors at 224, compressed into the range above */
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
}

static void stars_init(galaxian_state *s)
{
    u32 sr = 0;
    s->num_stars = 0;
    for (u32 i = 0; i < STAR_PERIOD; i++) {
        if ((sr & 0x1fe01) == 0x1fe00 && s->num_stars < MAX_STARS)
            s->stars[s->num_stars++] = (struct star){ i, (u8)((~sr & 0x1f8) >> 3) };
        sr = (sr >> 1) | ((((sr >> 12) ^ ~sr) & 1) << 16);
    }
}

/* The first star at or after LFSR index i (num_stars when none). */
static int star_search(const galaxian_state *s, u32 i)
{
    int lo = 0, hi = s->num_stars;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (s->stars[mid].index < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* A background pixel: a tile's pixel value 0, black (see the palette) */
static bool background(u16 pen)
{
    return pen < PEN_STARS && !(pen & 3);
}

/* Stars show through where the tiles left the background. The row takes
   512 clocks from `offs`: on the dot x = clock / 2, the first clock lights
   one third of the dot, the second two thirds, where V1 ^ H8 is 1. */
static void draw_star_row(const galaxian_state *s, u16 *row, int y, u32 offs)
{
    u32 from = offs, end = offs + 512, skip = 0; /* skip: clocks before `from` */
    for (int pass = 0; pass < 2; pass++) {
        for (int n = star_search(s, from); n < s->num_stars && s->stars[n].index < end; n++) {
            u32 j = s->stars[n].index - from + skip;
            int x = (int)(j >> 1);
            if (!((y ^ (x >> 3)) & 1))
                continue;
            u16 pen = (u16)(PEN_STARS + s->stars[n].color);
            int px = x * 3 + (int)(j & 1);
            for (int k = px; k <= (j & 1 ? px + 1 : px); k++)
                if (background(row[k]))
                    row[k] = pen;
        }
        if (end <= STAR_PERIOD)
            break;
        /* the row wraps past the end of the period */
        skip = STAR_PERIOD - offs;
        end -= STAR_PERIOD;
        from = 0;
    }
}

static void draw_stars(const galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    for (int r = clip->min_y; r <= clip->max_y; r++) {
        int y = r + VBEND;
        draw_star_row(s, bitmap_row(bm, r), y, (u32)((s->star_origin + (u64)y * 512) % STAR_PERIOD));
    }
}

static void galaxian_tile_info(void *ctx, u32 index, tile_info *ti)
{
    const galaxian_state *s = ctx;
    ti->code = s->vram[index];
    ti->color = s->objram[(index & 31) * 2 + 1] & 7;
}

static void draw_sprites(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    /* the line buffer drops the first 16 dots (+1 for the sprite offset) */
    rect_t c = *clip;
    if (s->flipx)
        c.max_x = (256 - 17) * XSCALE - 1 < c.max_x ? (256 - 17) * XSCALE - 1 : c.max_x;
    else
        c.min_x = 17 * XSCALE > c.min_x ? 17 * XSCALE : c.min_x;
    for (int n = 7; n >= 0; n--) { /* lower numbers win */
        const u8 *b = &s->objram[0x40 + n * 4];
        u8 sy = (u8)(240 - (b[0] - (n < 3)));
        bool fx = b[1] & 0x40, fy = b[1] & 0x80;
        u8 sx = (u8)(b[3] + 1);
        if (s->flipx) {
            sx = (u8)(240 - sx);
            fx = !fx;
        }
        if (s->flipy) {
            sy = (u8)(240 - sy);
            fy = !fy;
        }
        gfx_draw(bm, &c, s->sprites, b[1] & 0x3fu, b[2] & 7u, fx, fy, sx * XSCALE, sy - VBEND, 1);
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

/* The tilemap copied opaque (its pixel value 0 is the black background),
   the stars where it left the background, then sprites and bullets: what
   MAME draws in the other order (black, stars, transparent tiles). */
static void galaxian_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)m;
    galaxian_state *s = drv;
    stars_update_origin(s, screen_frame_number(s->machine));
    tilemap_draw(s->bg, bm, clip, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_ALL_CATEGORIES, NULL, 0, 0);
    if (s->stars_enable)
        draw_stars(s, bm, clip);
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
    (void)m;
    galaxian_state *s = drv;
    if (state && ls259_q(s->latch_7000, Q_NMI_ENABLE))
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_ASSERT);
}

static int galaxian_start(machine_t *m, void *drv)
{
    galaxian_state *s = drv;
    s->machine = m;
    s->cpu = machine_cpu(m, "maincpu");
    s->snd = machine_device_self(m, "cust");
    s->latch_6000 = machine_device_self(m, "latch6000");
    s->latch_7000 = machine_device_self(m, "latch7000");
    s->watchdog = machine_device_self(m, "watchdog");
    /* the frame is three pixels a dot wide: so are tiles and sprites */
    if (m->num_gfx != 2 || gfx_widen(&m->gfx[0], XSCALE) || gfx_widen(&m->gfx[1], XSCALE))
        return -1;
    s->sprites = &m->gfx[1];
    s->bg = tilemap_create(m, &(tilemap_config){ tilemap_scan_rows, galaxian_tile_info, 8 * XSCALE, 8, 32, 32 }, s);
    if (!s->bg || tilemap_set_scroll_cols(s->bg, 32))
        return -1;
    /* bitmap line 0 is raw line 16, the tilemap's line 16 when unscrolled */
    tilemap_set_scrolldy(s->bg, -VBEND, -VBEND);
    stars_init(s);
    return s->cpu && s->snd && s->latch_6000 && s->latch_7000 && s->watchdog ? 0 : -1;
}

static void galaxian_reset(machine_t *m, void *drv)
{
    (void)m;
    galaxian_state *s = drv;
    cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_CLEAR);
}

static void galaxian_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    galaxian_state *s = drv;
    st_bytes(io, s->wram, sizeof(s->wram));
    st_bytes(io, s->vram, sizeof(s->vram));
    st_bytes(io, s->objram, sizeof(s->objram));
    st_u8(io, &s->stars_enable);
    st_u8(io, &s->flipx);
    st_u8(io, &s->flipy);
    st_u32(io, &s->star_origin);
    st_u64(io, &s->star_origin_frame);
}

/* the tilemap's scroll and flip follow the loaded object RAM and latch */
static void galaxian_post_load(machine_t *m, void *drv)
{
    (void)m;
    galaxian_state *s = drv;
    for (int col = 0; col < 32; col++)
        tilemap_set_scrolly(s->bg, col, s->objram[col * 2]);
    set_flip(s);
}

/* 6000-6007, Q4-Q7: the background LFO latch of the sound board */
static void galaxian_lfo(galaxian_state *s, unsigned bit, int state)
{
    galaxian_snd_lfo_w(s->snd, bit, (u8)state);
}
static void galaxian_lfo0(void *drv, int state) { galaxian_lfo(drv, 0, state); }
static void galaxian_lfo1(void *drv, int state) { galaxian_lfo(drv, 1, state); }
static void galaxian_lfo2(void *drv, int state) { galaxian_lfo(drv, 2, state); }
static void galaxian_lfo3(void *drv, int state) { galaxian_lfo(drv, 3, state); }

/* Q0-Q3 are the start lamps, coin lockout and coin counter: nothing to emulate */
static const ls259_params galaxian_latch_6000 = {
    { NULL, NULL, NULL, NULL, galaxian_lfo0, galaxian_lfo1, galaxian_lfo2, galaxian_lfo3 }
};
static const watchdog_params galaxian_watchdog = { 8, 0 }; /* VBLANKs without a kick */

static const device_config galaxian_devices[] = {
    CPU_DEVICE("maincpu", z80_core, MASTER_CLOCK / 6, .program = galaxian_map),
    SOUND_DEVICE("cust", galaxian_snd_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("latch6000", ls259_device, 0, &galaxian_latch_6000),
    DEVICE("latch7000", ls259_device, 0, &galaxian_latch_7000),
    DEVICE("watchdog", watchdog_device, 0, &galaxian_watchdog),
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
    .post_load = galaxian_post_load,
    .speaker_tag = "speaker",
    .joy_ways = 2,
    .device_refs = (const char *const[]){ "z80", "ls259", "watchdog", "gfxdecode", "palette", "screen", "speaker",
                                          "galaxian_sound", NULL },
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

GAME(1979, galaxian, NULL, galaxian_config, galaxian_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Namco", "Galaxian (Namco set 1)");
GAME(1979, galaxiana, "galaxian", galaxian_config, galaxiana_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Namco", "Galaxian (Namco set 2)");
