/* Namco Galaxian hardware: Galaxian (Namco set 1) and Galaxian (Namco set 2),
   and the board parts its family shares (galaxian.h): the variants in
   galaxian_konami.c (Frogger, Scramble, Super Cobra, Amidar, The End,
   Atlantis) and galaxian_mooncrst.c (Moon Cresta, Uniwar S, Jump Bug) reuse
   this video through their hooks.

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
#include "drivers/galaxian.h"

#include <string.h>

#define MASTER_CLOCK GALAXIAN_MASTER_CLOCK
/* 7000-7007 latch: Q1 NMI enable (Q4 stars, Q6/Q7 flips: see its callbacks) */
enum { Q_NMI_ENABLE = 1 };

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
void galaxian_vram_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    screen_update_now(s->machine);
    offset &= 0x3ff;
    if (s->vram[offset] != data) {
        s->vram[offset] = data;
        tilemap_mark_tile_dirty(s->bg, offset);
    }
}

/* Frogger's board swaps the nibbles of vertical positions entering the adder */
static u8 vertical(const galaxian_state *s, u8 v)
{
    return s->var && s->var->frogger_adjust ? (u8)(v >> 4 | v << 4) : v;
}

void galaxian_objram_w(void *ctx, offs_t offset, u8 data)
{
    galaxian_state *s = ctx;
    screen_update_now(s->machine);
    offset &= 0xff;
    u8 old = s->objram[offset];
    s->objram[offset] = data;
    if (offset >= 0x40)
        return;
    /* the first 64 bytes: per column, the scroll (even) and colour (odd);
       an extended colour may use more bits: every change redraws */
    if (!(offset & 1))
        tilemap_set_scrolly(s->bg, (int)(offset >> 1), vertical(s, data));
    else if ((old ^ data) & (s->var && s->var->extend_tile ? 0xff : 7))
        for (u32 t = offset >> 1; t < 0x400; t += 32)
            tilemap_mark_tile_dirty(s->bg, t);
}

u8 galaxian_watchdog_r(void *ctx, offs_t offset)
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
void galaxian_set_irq_enable(galaxian_state *s, int state)
{
    s->irq_enabled = (u8)state;
    if (!state)
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_CLEAR);
}

static void galaxian_nmi_enable(void *drv, int state)
{
    galaxian_set_irq_enable(drv, state);
}

void galaxian_set_stars_enable(galaxian_state *s, int state)
{
    if (s->stars_enable != (u8)state)
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

static void galaxian_stars_enable(void *drv, int state)
{
    galaxian_set_stars_enable(drv, state);
}

void galaxian_set_background_enable(galaxian_state *s, int state)
{
    if (s->background_enable != (u8)state)
        screen_update_now(s->machine);
    s->background_enable = (u8)state;
}

/* a graphics bank latch (the whole byte, as MAME's galaxian_gfxbank_w) */
void galaxian_gfxbank_w(galaxian_state *s, int which, u8 data)
{
    if (s->gfxbank[which] == data)
        return;
    screen_update_now(s->machine);
    s->gfxbank[which] = data;
    tilemap_mark_all_dirty(s->bg);
}

void galaxian_set_flipx(galaxian_state *s, int state)
{
    screen_update_now(s->machine);
    /* the stars count the other way from now on */
    stars_update_origin(s, screen_frame_number(s->machine));
    s->flipx = (u8)state;
    set_flip(s);
}

void galaxian_set_flipy(galaxian_state *s, int state)
{
    screen_update_now(s->machine);
    s->flipy = (u8)state;
    set_flip(s);
}

static void galaxian_flipx(void *drv, int state)
{
    galaxian_set_flipx(drv, state);
}

static void galaxian_flipy(void *drv, int state)
{
    galaxian_set_flipy(drv, state);
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

/* R and G: 1K, 470, 220 ohm; B: 470, 220 ohm; each with a 470 ohm
   pull-down, one scale for the three guns to 224, leaving headroom for the
   stars and shells (MAME's RGB_MAXIMUM). Pixel value 0 is transparent in
   tiles and sprites, so entries 0, 4, ... 28 never show: black here, which
   lets the tilemap be copied opaque with the background showing through. */
static const palette_note galaxian_notes[] = {
    { PEN_STARS, 64, "a star: 2 bits per gun (red 5-4, green 3-2, blue 1-0 of the pen) through 150 and 100 ohm, "
                     "drawn by the driver" },
    { PEN_SHELL, 1, "a shell (bullet): white, drawn by the driver" },
    { PEN_MISSILE, 1, "the player's missile: yellow, drawn by the driver" },
    { PEN_FROGGER_WATER, 1, "Frogger's river: blue 390 ohm against the tile resistors" },
    { PEN_SCRAMBLE_BLUE, 1, "Scramble's background blue: 390 ohm" },
    { PEN_RGB_BG, 8, "the background colour latch: red 390, green 470, blue 390 ohm" },
    { PEN_THEEND_SHELL, 1, "The End's shell: white" },
    { PEN_THEEND_MISSILE, 1, "The End's missile: magenta (green and blue swapped)" },
};
static const palette_source galaxian_palette_source = {
    .count = 32, .nproms = 1, .proms = { { "proms", 0, { 0, 0 }, { 0x1f, 0 } } },
    .ch = { { 3, { 0, 0, 0 }, { 0, 1, 2 }, { 1000, 470, 220 }, { 0 }, 470, 0 },
            { 3, { 0, 0, 0 }, { 3, 4, 5 }, { 1000, 470, 220 }, { 0 }, 470, 0 },
            { 2, { 0, 0 }, { 6, 7 }, { 470, 220 }, { 0 }, 470, 0 } },
    .kind = PALSRC_RESNET, .max = 224,
    .force_mask = 3, .force_match = 0,
    .force_why = "pixel value 0 of its colour code, transparent in tiles and sprites: black",
    .notes = galaxian_notes, .nnotes = (int)(sizeof(galaxian_notes) / sizeof(galaxian_notes[0])),
};

void galaxian_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    palette_source_apply(m, pal, &galaxian_palette_source);
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
    if (pal->num_colors < NUM_PENS_EXT)
        return;
    palette_set_color(pal, PEN_FROGGER_WATER, 0x00, 0x00, 0x47);
    palette_set_color(pal, PEN_SCRAMBLE_BLUE, 0x00, 0x00, 0x56); /* 390 ohm */
    /* red 390, green 470, blue 390 ohm */
    for (int i = 0; i < 8; i++)
        palette_set_color(pal, PEN_RGB_BG + i, (u8)((i & 1) * 0x55), (u8)((i >> 1 & 1) * 0x47), (u8)((i >> 2) * 0x55));
    if (pal->num_colors < NUM_PENS_KONAMI)
        return;
    /* The End: green and blue swapped */
    palette_set_color(pal, PEN_THEEND_SHELL, 0xff, 0xff, 0xff);
    palette_set_color(pal, PEN_THEEND_MISSILE, 0xff, 0x00, 0xff);
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
static void draw_star_row(const galaxian_state *s, u16 *row, int y, u32 offs, u32 clocks)
{
    u32 from = offs, end = offs + clocks, skip = 0; /* skip: clocks before `from` */
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

/* the rows' stars over the first `dots` dots */
static void draw_stars_at(const galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip, int dots)
{
    for (int r = clip->min_y; r <= clip->max_y; r++) {
        int y = r + VBEND;
        draw_star_row(s, bitmap_row(bm, r), y, (u32)((s->star_origin + (u64)y * 512) % STAR_PERIOD),
                      (u32)dots * 2);
    }
}

void galaxian_draw_stars(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    galaxian_draw_stars_to(s, bm, clip, 256);
}

void galaxian_draw_stars_to(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip, int dots)
{
    stars_update_origin(s, screen_frame_number(s->machine));
    if (s->stars_enable)
        draw_stars_at(s, bm, clip, dots);
}

/* Galaxian's black and stars, for the variants */
void galaxian_background(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    galaxian_draw_stars(s, bm, clip);
}

/* The background colour under the tiles: the pixels the tilemap left at
   its pixel value 0, dots from..to-1 */
void paint_under(bitmap_ind16 *bm, const rect_t *clip, int from, int to, u16 pen)
{
    int x0 = from * XSCALE > clip->min_x ? from * XSCALE : clip->min_x;
    int x1 = to * XSCALE - 1 < clip->max_x ? to * XSCALE - 1 : clip->max_x;
    for (int r = clip->min_y; r <= clip->max_y; r++) {
        u16 *row = bitmap_row(bm, r);
        /* background(): below PEN_STARS with bits 0-1 clear, i.e. no bit
           but 2-4 set; written as a select so that it vectorizes */
        _Static_assert(PEN_STARS == 32, "the mask below is background()");
        for (int x = x0; x <= x1; x++) {
            u16 v = row[x];
            row[x] = (v & (u16)~0x1c) ? v : pen;
        }
    }
}

/* Scramble's stars: no scrolling (the row starts at y x 512) and the 555
   blink: states 0 and 1 show only the stars with colour bit 5 or 3, state
   2 only on lines with 2V set */
void scramble_draw_stars(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    static const u8 colormask[4] = { 0x20, 0x08, 0xff, 0xff };
    if (!s->stars_enable)
        return;
    int blink = s->stars_blink & 3;
    for (int r = clip->min_y; r <= clip->max_y; r++) {
        int y = r + VBEND;
        if (blink == 2 && !(y & 2))
            continue;
        u16 *row = bitmap_row(bm, r);
        u32 from = (u32)y * 512, end = from + 512;
        for (int n = star_search(s, from); n < s->num_stars && s->stars[n].index < end; n++) {
            u32 j = s->stars[n].index - from;
            int x = (int)(j >> 1);
            if (!((y ^ (x >> 3)) & 1) || !(s->stars[n].color & colormask[blink]))
                continue;
            u16 pen = (u16)(PEN_STARS + s->stars[n].color);
            int px = x * 3 + (int)(j & 1);
            for (int k = px; k <= (j & 1 ? px + 1 : px); k++)
                if (k >= clip->min_x && k <= clip->max_x && background(row[k]))
                    row[k] = pen;
        }
    }
}

static void galaxian_tile_info(void *ctx, u32 index, tile_info *ti)
{
    const galaxian_state *s = ctx;
    u16 code = s->vram[index];
    u8 attrib = s->objram[(index & 31) * 2 + 1];
    u8 color = attrib & 7;
    if (s->var && s->var->extend_tile)
        s->var->extend_tile(s, &code, &color, attrib);
    ti->code = code;
    ti->color = color;
}

/* The eight sprites in draw order (7 first: lower numbers win), as drawn. */
static int galaxian_sprites(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    (void)m;
    const galaxian_state *s = drv;
    int count = 0;
    for (int n = 7; n >= 0 && count < max; n--) {
        const u8 *b = &s->objram[0x40 + n * 4];
        u8 sy = (u8)(240 - (vertical(s, b[0]) - (n < 3)));
        bool fx = b[1] & 0x40, fy = b[1] & 0x80;
        u8 sx = (u8)(b[3] + 1);
        u16 code = b[1] & 0x3f;
        u8 color = b[2] & 7;
        if (s->var && s->var->extend_sprite)
            s->var->extend_sprite(s, b, &code, &color);
        if (s->flipx) {
            sx = (u8)(240 - sx);
            fx = !fx;
        }
        if (s->flipy) {
            sy = (u8)(240 - sy);
            fy = !fy;
        }
        viewer_sprite *v = &out[count++];
        *v = (viewer_sprite){ .index = n, .gfx = 1, .code = code, .color = color, .flipx = fx, .flipy = fy,
                              .sx = sx * XSCALE, .sy = sy - VBEND, .addr = s->objram_cpu + 0x40u + (u32)n * 4, .nattr = 4 };
        memcpy(v->attr, b, 4);
    }
    return count;
}

const viewer_desc galaxian_viewer = { galaxian_sprites, &galaxian_palette_source };

static void draw_sprites(machine_t *m, galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    /* the line buffer drops the first 16 dots (+1 for the sprite offset) */
    rect_t c = *clip;
    if (s->flipx)
        c.max_x = (256 - 17) * XSCALE - 1 < c.max_x ? (256 - 17) * XSCALE - 1 : c.max_x;
    else
        c.min_x = 17 * XSCALE > c.min_x ? 17 * XSCALE : c.min_x;
    viewer_sprite spr[8];
    int n = galaxian_sprites(m, s, spr, 8);
    for (int i = 0; i < n; i++)
        gfx_draw(bm, &c, s->sprites, spr[i].code, spr[i].color, spr[i].flipx, spr[i].flipy, spr[i].sx, spr[i].sy, 1);
}

/* dots from..to-1 of bitmap row r */
static void draw_dots(bitmap_ind16 *bm, const rect_t *clip, int r, int from, int to, u16 pen)
{
    u16 *row = bitmap_row(bm, r);
    for (int i = from * XSCALE; i < to * XSCALE; i++)
        if (i >= clip->min_x && i <= clip->max_x)
            row[i] = pen;
}

static void draw_bullet(bitmap_ind16 *bm, const rect_t *clip, int r, int x, u16 pen)
{
    draw_dots(bm, clip, r, x - 4, x, pen);
}

/* shells white, the missile (entry 7) yellow: 4 dots from $FC */
void galaxian_bullet(bitmap_ind16 *bm, const rect_t *clip, int r, int which, int x)
{
    draw_bullet(bm, clip, r, x, which == 7 ? PEN_MISSILE : PEN_SHELL);
}

/* Scramble: yellow shells of 2 dots from $FA */
void scramble_bullet(bitmap_ind16 *bm, const rect_t *clip, int r, int which, int x)
{
    (void)which;
    draw_dots(bm, clip, r, x - 6, x - 4, PEN_MISSILE);
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
        void (*bullet)(bitmap_ind16 *, const rect_t *, int, int, int) = s->var ? s->var->bullet : galaxian_bullet;
        if (shell >= 0)
            bullet(bm, clip, r, shell, 255 - b[shell * 4 + 3]);
        if (missile >= 0)
            bullet(bm, clip, r, missile, 255 - b[missile * 4 + 3]);
    }
}

/* The tilemap copied opaque (its pixel value 0 is the black background),
   the stars where it left the background, then sprites and bullets: what
   MAME draws in the other order (black, stars, transparent tiles). */
void galaxian_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)m;
    galaxian_state *s = drv;
    if (s->var) {
        /* the variants: the tiles opaque (pixel value 0 black), then the
           background painted under them (MAME draws it first and the tiles
           transparent over it: the same picture) */
        tilemap_draw(s->bg, bm, clip, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_ALL_CATEGORIES, NULL, 0, 0);
        s->var->background(s, bm, clip);
        draw_sprites(m, s, bm, clip);
        if (s->var->bullet)
            draw_bullets(s, bm, clip);
        return;
    }
    stars_update_origin(s, screen_frame_number(s->machine));
    tilemap_draw(s->bg, bm, clip, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_ALL_CATEGORIES, NULL, 0, 0);
    if (s->stars_enable)
        draw_stars_at(s, bm, clip, 256);
    draw_sprites(m, s, bm, clip);
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

const gfx_decode_entry galaxian_gfx[] = {
    { "gfx1", 0, &galaxian_charlayout, 0, 8 },
    { "gfx1", 0, &galaxian_spritelayout, 0, 8 },
    { NULL, 0, NULL, 0, 0 },
};

/* ---- machine ---- */

void galaxian_vblank(machine_t *m, void *drv, int state)
{
    (void)m;
    galaxian_state *s = drv;
    if (state && (s->latch_7000 ? ls259_q(s->latch_7000, Q_NMI_ENABLE) : s->irq_enabled))
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_ASSERT);
}

/* The parts every board has: the CPU, the widened graphics, the tilemap
   and the stars (a variant's tiles have a transparent pen 0). */
int galaxian_common_start(machine_t *m, galaxian_state *s, const galaxian_variant *var)
{
    s->machine = m;
    s->var = var;
    s->cpu = machine_cpu(m, "maincpu");
    s->watchdog = machine_device_self(m, "watchdog");
    /* the frame is three pixels a dot wide: so are tiles and sprites */
    if (m->num_gfx != 2 || gfx_widen(&m->gfx[0], XSCALE) || gfx_widen(&m->gfx[1], XSCALE))
        return -1;
    s->sprites = &m->gfx[1];
    s->objram_cpu = viewer_ram_address(m, offsetof(galaxian_state, objram));
    s->bg = tilemap_create(m, &(tilemap_config){ tilemap_scan_rows, galaxian_tile_info, 8 * XSCALE, 8, 32, 32 }, s);
    if (!s->bg || tilemap_set_scroll_cols(s->bg, 32))
        return -1;
    /* bitmap line 0 is raw line 16, the tilemap's line 16 when unscrolled */
    tilemap_set_scrolldy(s->bg, -VBEND, -VBEND);
    stars_init(s);
    return s->cpu ? 0 : -1; /* Jump Bug has no watchdog */
}

static int galaxian_start(machine_t *m, void *drv)
{
    galaxian_state *s = drv;
    s->snd = machine_device_self(m, "cust");
    s->latch_6000 = machine_device_self(m, "latch6000");
    s->latch_7000 = machine_device_self(m, "latch7000");
    if (galaxian_common_start(m, s, NULL))
        return -1;
    return s->snd && s->latch_6000 && s->latch_7000 && s->watchdog ? 0 : -1;
}

void galaxian_reset(machine_t *m, void *drv)
{
    (void)m;
    galaxian_state *s = drv;
    cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_CLEAR);
}

void galaxian_serialize(machine_t *m, void *drv, state_io *io)
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
    st_u8(io, &s->irq_enabled);
    st_u8(io, &s->background_enable);
    st_u8(io, &s->background_rgb);
    st_bytes(io, s->gfxbank, sizeof(s->gfxbank));
    st_u8(io, &s->stars_blink);
    st_u8(io, &s->protection_result);
    st_u16(io, &s->protection_state);
    st_u8(io, &s->kingball_sound);
    st_u8(io, &s->kingball_speech_dip);
    st_check(io, s->star_origin < STAR_PERIOD);
}

/* the tilemap's scroll and flip follow the loaded object RAM and latch */
void galaxian_post_load(machine_t *m, void *drv)
{
    (void)m;
    galaxian_state *s = drv;
    for (int col = 0; col < 32; col++)
        tilemap_set_scrolly(s->bg, col, vertical(s, s->objram[col * 2]));
    set_flip(s);
    tilemap_mark_all_dirty(s->bg);
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

/* Q0-Q2 are the start lamps and coin lockout: nothing to emulate; Q3 the coin counter */
static const ls259_params galaxian_latch_6000 = {
    { NULL, NULL, NULL, ls259_coin_counter_0, galaxian_lfo0, galaxian_lfo1, galaxian_lfo2, galaxian_lfo3 }
};
static const watchdog_params galaxian_watchdog = { 8, 0 }; /* VBLANKs without a kick */

static const device_config galaxian_devices[] = {
    CPU_DEVICE("maincpu", z80_core, MASTER_CLOCK / 6, .program = galaxian_map, .fixed_pages = true),
    SOUND_DEVICE("cust", galaxian_snd_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("latch6000", ls259_device, 0, &galaxian_latch_6000),
    DEVICE("latch7000", ls259_device, 0, &galaxian_latch_7000),
    DEVICE("watchdog", watchdog_device, 0, &galaxian_watchdog),
    DEVICE_END,
};

static const machine_config galaxian_config = {
    .devices = galaxian_devices,
    .drv_state_size = sizeof(galaxian_state),
    .screen = { MASTER_CLOCK, HTOTAL, 0, 256 * XSCALE, VTOTAL, VBEND, VBSTART, galaxian_vblank, false },
    .video = { galaxian_palette, galaxian_update, galaxian_gfx, NUM_PENS, 0, &galaxian_viewer },
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
