#include "video/tilemap.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "emu/machine.h"
#include "video/provenance.h"

/* A flagsmap byte: the pixel's category and whether it is opaque, and for
   its tile row (the tile_w pixels of one tile on that pixmap row) whether
   any of them is transparent, and whether any is opaque, so that drawing
   decides once per tile row: skip it, copy it, or test each pixel. */
enum { PIXEL_OPAQUE = 0x10, PIXEL_CATEGORY = 0x0f, SEG_TRANSPARENT = 0x20, SEG_OPAQUE = 0x40 };

/* tilemap_t.tpen: no pen, every pen, or more than one pen is transparent */
enum { TPEN_NONE = -1, TPEN_ALL = -2, TPEN_SEVERAL = -3 };

u32 tilemap_scan_rows(int col, int row, int cols, int rows)
{
    (void)rows;
    return (u32)(row * cols + col);
}

u32 tilemap_scan_cols(int col, int row, int cols, int rows)
{
    (void)cols;
    return (u32)(col * rows + row);
}

static int build_maps(tilemap_t *tm)
{
    int n = tm->cfg.cols * tm->cfg.rows;
    tm->memory_size = 0;
    for (int row = 0; row < tm->cfg.rows; row++)
        for (int col = 0; col < tm->cfg.cols; col++) {
            u32 mem = tm->cfg.scan(col, row, tm->cfg.cols, tm->cfg.rows);
            tm->logical_to_memory[row * tm->cfg.cols + col] = mem;
            if (mem + 1 > tm->memory_size)
                tm->memory_size = mem + 1;
        }
    tm->memory_to_logical = malloc((size_t)tm->memory_size * sizeof(int));
    if (!tm->memory_to_logical)
        return -1;
    memset(tm->memory_to_logical, 0xff, (size_t)tm->memory_size * sizeof(int));
    for (int i = 0; i < n; i++)
        tm->memory_to_logical[tm->logical_to_memory[i]] = i;
    return 0;
}

tilemap_t *tilemap_alloc(const tilemap_config *cfg, const gfx_element *gfx, void *ctx)
{
    if (!cfg->scan || !cfg->info || cfg->tile_w <= 0 || cfg->tile_h <= 0 || cfg->cols <= 0 || cfg->rows <= 0)
        return NULL;
    tilemap_t *tm = calloc(1, sizeof(*tm));
    if (!tm)
        return NULL;
    tm->cfg = *cfg;
    tm->gfx = gfx;
    tm->ctx = ctx;
    tm->width = cfg->cols * cfg->tile_w;
    tm->height = cfg->rows * cfg->tile_h;
    size_t tiles = (size_t)cfg->cols * (size_t)cfg->rows, pixels = (size_t)tm->width * (size_t)tm->height;
    tm->logical_to_memory = calloc(tiles, sizeof(u32));
    tm->dirty = malloc(tiles);
    tm->tile_kind = calloc(tiles, 1);
    tm->pixmap = calloc(pixels, sizeof(u16));
    tm->flagsmap = calloc(pixels, 1);
    tm->rowscroll = calloc(1, sizeof(int));
    tm->colscroll = calloc(1, sizeof(int));
    if (!tm->logical_to_memory || !tm->dirty || !tm->tile_kind || !tm->pixmap || !tm->flagsmap || !tm->rowscroll || !tm->colscroll ||
        build_maps(tm)) {
        tilemap_free(tm);
        return NULL;
    }
    tm->scroll_rows = tm->scroll_cols = 1;
    tm->category_tiles[0] = (int)tiles; /* the pixmap starts as category 0, opaque */
    tm->enabled = true;
    memset(tm->pen_flags, PIXEL_OPAQUE, sizeof(tm->pen_flags));
    for (int g = 0; g < TILEMAP_GROUPS; g++)
        tm->group_opaque[g] = true;
    tilemap_mark_all_dirty(tm);
    return tm;
}

void tilemap_free(tilemap_t *tm)
{
    if (!tm)
        return;
    free(tm->logical_to_memory);
    free(tm->memory_to_logical);
    free(tm->dirty);
    free(tm->tile_kind);
    free(tm->pixmap);
    free(tm->flagsmap);
    free(tm->rowscroll);
    free(tm->colscroll);
    free(tm->backdrop);
    free(tm);
}

tilemap_t *tilemap_create(machine_t *m, const tilemap_config *cfg, void *ctx)
{
    if (m->num_tilemaps == MAX_TILEMAPS)
        return NULL;
    tilemap_t *tm = tilemap_alloc(cfg, m->gfx, ctx);
    if (tm)
        m->tilemaps[m->num_tilemaps++] = tm;
    return tm;
}

void tilemap_mark_tile_dirty(tilemap_t *tm, u32 memory_index)
{
    if (memory_index >= tm->memory_size)
        return;
    int l = tm->memory_to_logical[memory_index];
    if (l >= 0) {
        tm->dirty[l] = 1;
        tm->any_dirty = true;
    }
}

void tilemap_mark_all_dirty(tilemap_t *tm)
{
    memset(tm->dirty, 1, (size_t)tm->cfg.cols * (size_t)tm->cfg.rows);
    tm->any_dirty = true;
}

void tilemap_set_flip(tilemap_t *tm, u8 flip)
{
    flip &= TILEMAP_FLIPX | TILEMAP_FLIPY;
    if (tm->flip != flip) {
        tm->flip = flip;
        tilemap_mark_all_dirty(tm);
    }
}

void tilemap_set_enable(tilemap_t *tm, bool on)
{
    tm->enabled = on;
}

static int set_scroll_count(int **values, int *count, int n, int extent)
{
    if (n <= 0 || extent % n)
        return -1;
    int *v = calloc((size_t)n, sizeof(int));
    if (!v)
        return -1;
    free(*values);
    *values = v;
    *count = n;
    return 0;
}

int tilemap_set_scroll_rows(tilemap_t *tm, int rows)
{
    return set_scroll_count(&tm->rowscroll, &tm->scroll_rows, rows, tm->height);
}

int tilemap_set_scroll_cols(tilemap_t *tm, int cols)
{
    return set_scroll_count(&tm->colscroll, &tm->scroll_cols, cols, tm->width);
}

void tilemap_set_scrollx(tilemap_t *tm, int which, int value)
{
    if (which >= 0 && which < tm->scroll_rows)
        tm->rowscroll[which] = value;
}

void tilemap_set_scrolly(tilemap_t *tm, int which, int value)
{
    if (which >= 0 && which < tm->scroll_cols)
        tm->colscroll[which] = value;
}

void tilemap_set_scrolldx(tilemap_t *tm, int dx, int dx_flipped)
{
    tm->dx = dx;
    tm->dx_flipped = dx_flipped;
}

void tilemap_set_scrolldy(tilemap_t *tm, int dy, int dy_flipped)
{
    tm->dy = dy;
    tm->dy_flipped = dy_flipped;
}

int tilemap_set_backdrop(tilemap_t *tm, u16 pen)
{
    if (!tm->backdrop)
        tm->backdrop = malloc((size_t)tm->width * (size_t)tm->height * sizeof(u16));
    if (!tm->backdrop)
        return -1;
    tm->backdrop_pen = pen;
    tilemap_mark_all_dirty(tm);
    return 0;
}

void tilemap_set_transparent_pen(tilemap_t *tm, int pen)
{
    memset(tm->pen_flags, PIXEL_OPAQUE, sizeof(tm->pen_flags));
    if (pen >= 0 && pen < 256)
        for (int g = 0; g < TILEMAP_GROUPS; g++)
            tm->pen_flags[g][pen] = 0;
    for (int g = 0; g < TILEMAP_GROUPS; g++) {
        tm->group_opaque[g] = pen < 0 || pen >= 256;
        tm->tpen_gran[g] = 0;
    }
    tilemap_mark_all_dirty(tm);
}

void tilemap_set_transmask(tilemap_t *tm, int group, u32 mask)
{
    if (group < 0 || group >= TILEMAP_GROUPS)
        return;
    for (int p = 0; p < 32; p++)
        tm->pen_flags[group][p] = mask >> p & 1 ? 0 : PIXEL_OPAQUE;
    tm->group_opaque[group] = mask == 0;
    tm->tpen_gran[group] = 0;
    tilemap_mark_all_dirty(tm);
}

/* ---- the pixmap ---- */

/* pen_flags standing for a group none of whose pens (of the element's
   granularity) is opaque: Crazy Climber's big sprite outside its quarter */
static const u8 all_transparent[1] = { 0 };

/* The pens and flags of a tile's th rows of tw pixels; pf NULL when no pen
   of its group is transparent, all_transparent when none is opaque.
   Whether any pixel is transparent. */
static inline bool draw_tile_rows(u16 *restrict d, u8 *restrict f, const u8 *restrict s, int tw, int th,
                                  int pitch, ptrdiff_t step, bool flipx, u16 base, const u8 *restrict pf, u8 cat)
{
    u8 any_transparent = 0;
#if defined(__SSE2__)
    __m128i vbase = _mm_set1_epi16((short)base), zero = _mm_setzero_si128();
#endif
    for (int y = 0; y < th; y++, s += step, d += pitch, f += pitch) {
        if (flipx)
            for (int x = 0; x < tw; x++)
                d[x] = (u16)(base + s[tw - 1 - x]);
#if defined(__SSE2__)
        else if (tw == 8)
            _mm_storeu_si128((__m128i *)d, _mm_add_epi16(_mm_unpacklo_epi8(_mm_loadl_epi64((const __m128i *)s), zero), vbase));
#endif
        else
            for (int x = 0; x < tw; x++)
                d[x] = (u16)(base + s[x]);
        if (!pf) { /* the common case */
            memset(f, cat | PIXEL_OPAQUE | SEG_OPAQUE, (size_t)tw);
            continue;
        }
        if (pf == all_transparent) {
            memset(f, cat | SEG_TRANSPARENT, (size_t)tw);
            any_transparent = 1;
            continue;
        }
        u8 any = 0, all = PIXEL_OPAQUE;
        for (int x = 0; x < tw; x++) {
            u8 pf_pix = pf[flipx ? s[tw - 1 - x] : s[x]];
            f[x] = pf_pix;
            any |= pf_pix;
            all &= pf_pix;
        }
        u8 row_flags = (u8)(cat | (any ? SEG_OPAQUE : 0) | (all ? 0 : SEG_TRANSPARENT));
        for (int x = 0; x < tw; x++)
            f[x] |= row_flags;
        any_transparent |= (u8)(all ^ PIXEL_OPAQUE);
    }
    return any_transparent != 0;
}

/* The backdrop pixmap of a tile just drawn: its pens, or the backdrop pen
   where transparent. */
static void backdrop_rows(u16 *restrict bd, const u16 *restrict d, const u8 *restrict f, int tw, int th, int pitch,
                          u16 pen)
{
    for (int y = 0; y < th; y++, bd += pitch, d += pitch, f += pitch)
        for (int x = 0; x < tw; x++)
            bd[x] = (f[x] & PIXEL_OPAQUE) ? d[x] : pen;
}

/* A tile drawn as kind: its category | PIXEL_OPAQUE if a pixel is transparent */
static void count_tile(tilemap_t *tm, int logical, u8 kind)
{
    u8 cat = kind & PIXEL_CATEGORY, old = tm->tile_kind[logical];
    tm->category_tiles[old & PIXEL_CATEGORY]--;
    tm->transparent_tiles -= (old & PIXEL_OPAQUE) != 0;
    tm->category_tiles[cat]++;
    tm->transparent_tiles += (kind & PIXEL_OPAQUE) != 0;
    tm->tile_kind[logical] = kind;
}

#if defined(__SSE2__)
/* Which of the group's pens below gran are transparent (tilemap_t.tpen). */
static int group_tpen(tilemap_t *tm, int group, int gran)
{
    if (tm->tpen_gran[group] == gran)
        return tm->tpen[group];
    int n = gran < 256 ? gran : 256, count = 0, pen = TPEN_NONE;
    for (int p = 0; p < n; p++)
        if (!(tm->pen_flags[group][p] & PIXEL_OPAQUE)) {
            count++;
            pen = p;
        }
    tm->tpen[group] = count == 0 ? TPEN_NONE : count == n ? TPEN_ALL : count == 1 ? pen : TPEN_SEVERAL;
    tm->tpen_gran[group] = gran;
    return tm->tpen[group];
}

/* draw_tile_rows and backdrop_rows for 8-pixel rows read forwards whose
   group has one transparent pen (tpen), none (TPEN_NONE) or only
   transparent ones (TPEN_ALL); the same pens and flags. bd: NULL without
   a backdrop pixmap. */
static bool draw_tile_rows8(u16 *restrict d, u8 *restrict f, u16 *restrict bd, const u8 *restrict s, int th,
                            int pitch, ptrdiff_t step, u16 base, int tpen, u8 cat, u16 backdrop_pen)
{
    __m128i zero = _mm_setzero_si128(), vbase = _mm_set1_epi16((short)base);
    __m128i vbd = _mm_set1_epi16((short)backdrop_pen);
    if (tpen < 0) { /* every row's flags the same */
        bool all = tpen == TPEN_ALL;
        __m128i fl = _mm_set1_epi8((char)(cat | (all ? SEG_TRANSPARENT : PIXEL_OPAQUE | SEG_OPAQUE)));
        for (int y = 0; y < th; y++, s += step, d += pitch, f += pitch) {
            __m128i pens = _mm_add_epi16(_mm_unpacklo_epi8(_mm_loadl_epi64((const __m128i *)s), zero), vbase);
            _mm_storeu_si128((__m128i *)d, pens);
            _mm_storel_epi64((__m128i *)f, fl);
            if (bd) {
                _mm_storeu_si128((__m128i *)bd, all ? vbd : pens);
                bd += pitch;
            }
        }
        return all;
    }
    __m128i vpen = _mm_set1_epi8((char)tpen), vopaque = _mm_set1_epi8(PIXEL_OPAQUE);
    int any_transparent = 0;
    for (int y = 0; y < th; y++, s += step, d += pitch, f += pitch) {
        __m128i px = _mm_loadl_epi64((const __m128i *)s);
        __m128i pens = _mm_add_epi16(_mm_unpacklo_epi8(px, zero), vbase);
        _mm_storeu_si128((__m128i *)d, pens);
        __m128i tr = _mm_cmpeq_epi8(px, vpen);
        int bits = _mm_movemask_epi8(tr) & 0xff;
        u8 row = (u8)(cat | (bits != 0xff ? SEG_OPAQUE : 0) | (bits ? SEG_TRANSPARENT : 0));
        _mm_storel_epi64((__m128i *)f, _mm_or_si128(_mm_andnot_si128(tr, vopaque), _mm_set1_epi8((char)row)));
        any_transparent |= bits;
        if (bd) {
            __m128i m = _mm_unpacklo_epi8(tr, tr);
            _mm_storeu_si128((__m128i *)bd, _mm_or_si128(_mm_and_si128(m, vbd), _mm_andnot_si128(m, pens)));
            bd += pitch;
        }
    }
    return any_transparent != 0;
}
#endif

/* The byte-loop drawing of any tile: pens, flags and backdrop pens.
   Whether a pixel is transparent. */
static bool draw_tile_bytes(tilemap_t *tm, const gfx_element *g, int group, size_t at, const u8 *s, ptrdiff_t step,
                            bool flipx, u16 base, u8 cat)
{
    int tw = tm->cfg.tile_w, th = tm->cfg.tile_h;
    u16 *d = tm->pixmap + at;
    u8 *f = tm->flagsmap + at;
    const u8 *pf = tm->pen_flags[group];
    bool opaque = tm->group_opaque[group];
    if (!opaque) {
        u8 any_opaque = 0;
        for (int p = 0; p < g->granularity && p < 256; p++)
            any_opaque |= pf[p];
        if (!any_opaque)
            pf = all_transparent;
    }
    /* 8-pixel tiles get their own copy of the loops, which the compiler
       unrolls */
    bool any = tw == 8 ? draw_tile_rows(d, f, s, 8, th, tm->width, step, flipx, base, opaque ? NULL : pf, cat)
                       : draw_tile_rows(d, f, s, tw, th, tm->width, step, flipx, base, opaque ? NULL : pf, cat);
    if (tm->backdrop)
        backdrop_rows(tm->backdrop + at, d, f, tw, th, tm->width, tm->backdrop_pen);
    return any;
}

static void draw_tile(tilemap_t *tm, int logical)
{
    int col = logical % tm->cfg.cols, row = logical / tm->cfg.cols;
    int tw = tm->cfg.tile_w, th = tm->cfg.tile_h;
    tile_info ti = { 0 };
    tm->cfg.info(tm->ctx, tm->logical_to_memory[logical], &ti);
    const gfx_element *g = &tm->gfx[ti.gfx];
    const u8 *src = g->data + (size_t)(ti.code % (u32)g->total) * (size_t)(g->width * g->height);
    u16 base = (u16)(g->color_base + g->granularity * (ti.color % (g->total_colors ? g->total_colors : 1)));
    int group = ti.group % TILEMAP_GROUPS;
    u8 cat = ti.category & PIXEL_CATEGORY;
    int x0 = col * tw, y0 = row * th;
    if (tm->flip & TILEMAP_FLIPX)
        x0 = tm->width - tw - x0;
    if (tm->flip & TILEMAP_FLIPY)
        y0 = tm->height - th - y0;
    u8 flags = (u8)(ti.flags ^ tm->flip);
    ptrdiff_t step = (flags & TILE_FLIPY) ? -g->width : g->width;
    const u8 *s = src + ((flags & TILE_FLIPY) ? (size_t)(th - 1) * (size_t)g->width : 0);
    size_t at = (size_t)y0 * (size_t)tm->width + (size_t)x0;
    bool flipx = flags & TILE_FLIPX;
    if (flipx && g->data_flipx) { /* the mirrored copy, read forwards */
        s = g->data_flipx + (s - g->data);
        flipx = false;
    }
    bool any;
#if defined(__SSE2__)
    int tpen = group_tpen(tm, group, g->granularity);
    if (tw == 8 && !flipx && tpen != TPEN_SEVERAL)
        any = draw_tile_rows8(tm->pixmap + at, tm->flagsmap + at, tm->backdrop ? tm->backdrop + at : NULL, s, th,
                              tm->width, step, base, tpen, cat, tm->backdrop_pen);
    else
#endif
        any = draw_tile_bytes(tm, g, group, at, s, step, flipx, base, cat);
    count_tile(tm, logical, (u8)(cat | (any ? PIXEL_OPAQUE : 0)));
}

void tilemap_update(tilemap_t *tm)
{
    if (!tm->any_dirty)
        return;
    u8 *dirty = tm->dirty, *end = dirty + (size_t)tm->cfg.cols * (size_t)tm->cfg.rows;
    for (u8 *p = dirty; (p = memchr(p, 1, (size_t)(end - p))) != NULL; p++) {
        *p = 0;
        draw_tile(tm, (int)(p - dirty));
    }
    tm->any_dirty = false;
}

/* Redraws the dirty tiles of n columns of a tile row from pixmap column
   pc (flipped in x, the tiles there). */
static void update_row_run(tilemap_t *tm, int row, int pc, int n)
{
    int cols = tm->cfg.cols;
    if (n <= 0)
        return;
    if (tm->flip & TILEMAP_FLIPX)
        pc = cols - pc - n;
    u8 *dirty = tm->dirty + (size_t)row * (size_t)cols;
    for (u8 *p = dirty + pc, *end = p + n; (p = memchr(p, 1, (size_t)(end - p))) != NULL; p++) {
        *p = 0;
        draw_tile(tm, row * cols + (int)(p - dirty));
    }
}

/* Redraws the dirty tiles under the w x h pixmap pixels from (px, py),
   wrapping; the others stay dirty (a tilemap drawn through a small clip,
   Crazy Climber's big sprite, redraws only what shows). */
static void update_area(tilemap_t *tm, int px, int py, int w, int h)
{
    int tw = tm->cfg.tile_w, th = tm->cfg.tile_h, cols = tm->cfg.cols, rows = tm->cfg.rows;
    int nc = (px % tw + w + tw - 1) / tw, nr = (py % th + h + th - 1) / th;
    if (nc >= cols && nr >= rows) {
        tilemap_update(tm);
        return;
    }
    nc = nc < cols ? nc : cols;
    nr = nr < rows ? nr : rows;
    /* the columns, as at most two runs where the area wraps */
    int pc = px / tw, run1 = cols - pc < nc ? cols - pc : nc;
    for (int i = 0, pr = py / th; i < nr; i++, pr = pr + 1 == rows ? 0 : pr + 1) {
        int row = (tm->flip & TILEMAP_FLIPY) ? rows - 1 - pr : pr;
        update_row_run(tm, row, pc, run1);
        update_row_run(tm, row, 0, nc - run1);
    }
}

/* ---- drawing ---- */

typedef struct blit {
    const u16 *pix; /* the pixmap or the backdrop one */
    bitmap_ind16 *dst;
    bitmap_ind8 *pri;
    u8 mask, value, priority, primask;
    u8 action[0x80]; /* by flagsmap byte (one tile row): SEG_SKIP, SEG_COPY or SEG_TEST */
} blit;

enum { SEG_SKIP, SEG_COPY, SEG_TEST };

static inline void copy_pens(u16 *restrict out, const u16 *restrict src, int n)
{
    if (n == 8) /* one tile row: a fixed-size copy the compiler inlines */
        memcpy(out, src, 8 * sizeof(u16));
    else
        memcpy(out, src, (size_t)n * sizeof(u16));
}

static inline void mark_pri(const blit *b, u8 *pri, int n)
{
    for (int i = 0; i < n; i++)
        pri[i] = (u8)((pri[i] & b->primask) | b->priority);
}

/* out = src where (fl & mask) == value, eight pixels at a time */
#if defined(__SSE2__)
static inline void blend8(u16 *restrict out, const u16 *restrict src, const u8 *restrict fl, __m128i vmask,
                          __m128i vvalue)
{
    __m128i f = _mm_cmpeq_epi8(_mm_and_si128(_mm_loadl_epi64((const __m128i *)fl), vmask), vvalue);
    __m128i m = _mm_unpacklo_epi8(f, f);
    __m128i o = _mm_loadu_si128((const __m128i *)out), sv = _mm_loadu_si128((const __m128i *)src);
    _mm_storeu_si128((__m128i *)out, _mm_or_si128(_mm_and_si128(m, sv), _mm_andnot_si128(m, o)));
}
#endif

static inline void blend(u16 *restrict out, const u16 *restrict src, const u8 *restrict fl, u8 mask, u8 value, int n)
{
#if defined(__SSE2__)
    __m128i vmask = _mm_set1_epi8((char)mask), vvalue = _mm_set1_epi8((char)value);
    if (n == 8) {
        blend8(out, src, fl, vmask, vvalue);
        return;
    }
    for (; n >= 8; n -= 8, out += 8, src += 8, fl += 8)
        blend8(out, src, fl, vmask, vvalue);
#endif
    for (int i = 0; i < n; i++)
        if ((fl[i] & mask) == value)
            out[i] = src[i];
}

#if !defined(__SSE2__)
/* One tile row's part of a masked span: n pixels from i. */
static inline void seg_masked(u8 act, u16 *restrict out, const u16 *restrict src, const u8 *restrict fl, int n,
                              u8 mask, u8 value)
{
    if (act == SEG_COPY)
        copy_pens(out, src, n);
    else if (act == SEG_TEST)
        blend(out, src, fl, mask, value, n);
}
#endif

#if defined(__SSE2__)
/* out = src for those of the 8 pixels whose (fl & mask) == value; out is
   not read when none or all of them pass */
static inline void window8(u16 *restrict out, const u16 *restrict src, const u8 *restrict fl, __m128i vmask,
                           __m128i vvalue)
{
    __m128i pass = _mm_cmpeq_epi8(_mm_and_si128(_mm_loadl_epi64((const __m128i *)fl), vmask), vvalue);
    int bits = _mm_movemask_epi8(pass) & 0xff;
    if (!bits)
        return;
    __m128i sv = _mm_loadu_si128((const __m128i *)src);
    if (bits != 0xff) {
        __m128i m = _mm_unpacklo_epi8(pass, pass);
        sv = _mm_or_si128(_mm_and_si128(m, sv), _mm_andnot_si128(m, _mm_loadu_si128((const __m128i *)out)));
    }
    _mm_storeu_si128((__m128i *)out, sv);
}

static inline void blend_half(u16 *restrict out, const u16 *restrict src, __m128i m)
{
    __m128i o = _mm_loadu_si128((const __m128i *)out), sv = _mm_loadu_si128((const __m128i *)src);
    _mm_storeu_si128((__m128i *)out, _mm_or_si128(_mm_and_si128(m, sv), _mm_andnot_si128(m, o)));
}

/* window8 for 16 pixels */
static inline void window16(u16 *restrict out, const u16 *restrict src, const u8 *restrict fl, __m128i vmask,
                            __m128i vvalue)
{
    __m128i pass = _mm_cmpeq_epi8(_mm_and_si128(_mm_loadu_si128((const __m128i *)fl), vmask), vvalue);
    int bits = _mm_movemask_epi8(pass);
    if (!bits)
        return;
    if (bits == 0xffff) {
        memcpy(out, src, 16 * sizeof(u16));
        return;
    }
    blend_half(out, src, _mm_unpacklo_epi8(pass, pass));
    blend_half(out + 8, src + 8, _mm_unpackhi_epi8(pass, pass));
}

/* A masked span without a priority bitmap, 16 or 8 pixels at a time wherever the
   tile rows start; the last window may overlap the one before it (drawing
   a pixel twice leaves what drawing it once does). */
static void span_masked(const blit *b, u16 *restrict out, const u16 *restrict src, const u8 *restrict fl, int len,
                        int first, int tw)
{
    (void)first;
    (void)tw;
    if (len < 8) {
        blend(out, src, fl, b->mask, b->value, len);
        return;
    }
    __m128i vmask = _mm_set1_epi8((char)b->mask), vvalue = _mm_set1_epi8((char)b->value);
    int i = 0;
    for (; i + 16 <= len; i += 16)
        window16(out + i, src + i, fl + i, vmask, vvalue);
    for (; i + 8 <= len; i += 8)
        window8(out + i, src + i, fl + i, vmask, vvalue);
    if (i < len)
        window8(out + len - 8, src + len - 8, fl + len - 8, vmask, vvalue);
}

/* One tile row of a column band (tw pixels from a tile's left edge). */
static inline void tile_row_masked(const blit *b, u16 *restrict out, const u16 *restrict src, const u8 *restrict fl,
                                   int tw, __m128i vmask, __m128i vvalue)
{
    if (tw == 8)
        window8(out, src, fl, vmask, vvalue);
    else
        span_masked(b, out, src, fl, tw, tw, tw);
}
#else
/* A masked span without a priority bitmap: first is the length of the
   first tile row (the span may start inside one), then tile_w each. */
static inline void span_masked_tw(const u8 *restrict action, u16 *restrict out, const u16 *restrict src,
                                  const u8 *restrict fl, int len, int first, int tw, u8 mask, u8 value)
{
    int i = first < len ? first : len;
    seg_masked(action[fl[0] & 0x7f], out, src, fl, i, mask, value);
    for (; i + tw <= len; i += tw) {
        u8 act = action[fl[i] & 0x7f];
        if (act == SEG_COPY) {
            /* with the whole tile rows after it that are copied too */
            int n = tw;
            while (i + n + tw <= len && action[fl[i + n] & 0x7f] == SEG_COPY)
                n += tw;
            copy_pens(out + i, src + i, n);
            i += n - tw;
        } else if (act == SEG_TEST)
            blend(out + i, src + i, fl + i, mask, value, tw);
    }
    if (i < len)
        seg_masked(action[fl[i] & 0x7f], out + i, src + i, fl + i, len - i, mask, value);
}

static void span_masked(const blit *b, u16 *restrict out, const u16 *restrict src, const u8 *restrict fl, int len,
                        int first, int tw)
{
    if (tw == 8)
        span_masked_tw(b->action, out, src, fl, len, first, 8, b->mask, b->value);
    else
        span_masked_tw(b->action, out, src, fl, len, first, tw, b->mask, b->value);
}

static inline void tile_row_masked(const blit *b, u16 *restrict out, const u16 *restrict src, const u8 *restrict fl,
                                   int tw)
{
    seg_masked(b->action[*fl & 0x7f], out, src, fl, tw, b->mask, b->value);
}

#endif

/* len pixels of pixmap row sy from column sx to dst row y from column x;
   the span stays inside the pixmap row. */
static inline void blit_span(const tilemap_t *tm, const blit *b, int y, int x, int sy, int sx, int len)
{
    const u16 *src = b->pix + (size_t)sy * (size_t)tm->width + sx;
    u16 *out = bitmap_row(b->dst, y) + x;
    u8 *pri = b->pri ? bitmap8_row(b->pri, y) + x : NULL;
    if (!b->mask) {
        copy_pens(out, src, len);
        if (pri)
            mark_pri(b, pri, len);
        return;
    }
    const u8 *fl = tm->flagsmap + (size_t)sy * (size_t)tm->width + sx;
    int tw = tm->cfg.tile_w;
    if (!pri) {
        span_masked(b, out, src, fl, len, tw - sx % tw, tw);
        return;
    }
    for (int i = 0, n = tw - sx % tw; i < len; i += n, n = tw) {
        if (n > len - i)
            n = len - i;
        u8 act = b->action[fl[i] & 0x7f];
        for (int j = i; act != SEG_SKIP && j < i + n; j++)
            if (act == SEG_COPY || (fl[j] & b->mask) == b->value) {
                out[j] = src[j];
                pri[j] = (u8)((pri[j] & b->primask) | b->priority);
            }
    }
}

static int wrap(int v, int n)
{
    v %= n;
    return v < 0 ? v + n : v;
}

/* Offset from a screen x (y) to the pixmap's for scroll value v. */
static int offset_x(const tilemap_t *tm, int screen_w, int v)
{
    return (tm->flip & TILEMAP_FLIPX) ? tm->width - screen_w + tm->dx_flipped - v : v - tm->dx;
}

static int offset_y(const tilemap_t *tm, int screen_h, int v)
{
    return (tm->flip & TILEMAP_FLIPY) ? tm->height - screen_h + tm->dy_flipped - v : v - tm->dy;
}

static int rowscroll_at(const tilemap_t *tm, int band)
{
    return tm->rowscroll[(tm->flip & TILEMAP_FLIPY) ? tm->scroll_rows - 1 - band : band];
}

static int colscroll_at(const tilemap_t *tm, int band)
{
    return tm->colscroll[(tm->flip & TILEMAP_FLIPX) ? tm->scroll_cols - 1 - band : band];
}

/* One x and one y scroll value: the offsets are the same for every row. */
static void draw_unscrolled(const tilemap_t *tm, const blit *b, const rect_t *c)
{
    int sx0 = wrap(c->min_x + offset_x(tm, b->dst->width, tm->rowscroll[0]), tm->width);
    int sy = wrap(c->min_y + offset_y(tm, b->dst->height, tm->colscroll[0]), tm->height);
    if (!b->mask && !b->pri && sx0 + (c->max_x - c->min_x) < tm->width) {
        /* an opaque copy without a wrap in x: Pac-Man's whole frame */
        size_t bytes = (size_t)(c->max_x - c->min_x + 1) * sizeof(u16);
        for (int y = c->min_y; y <= c->max_y; y++) {
            memcpy(bitmap_row(b->dst, y) + c->min_x, b->pix + (size_t)sy * (size_t)tm->width + sx0, bytes);
            if (++sy == tm->height)
                sy = 0;
        }
        return;
    }
    for (int y = c->min_y; y <= c->max_y; y++) {
        for (int x = c->min_x, sx = sx0; x <= c->max_x; sx = 0) {
            int len = tm->width - sx < c->max_x - x + 1 ? tm->width - sx : c->max_x - x + 1;
            blit_span(tm, b, y, x, sy, sx, len);
            x += len;
        }
        if (++sy == tm->height)
            sy = 0;
    }
}

/* rows tile rows of one tile column, from pixmap row sy down (wrapping),
   to out and the lines below it. */
static void column_masked(const blit *b, u16 *restrict out, const u16 *restrict pix, const u8 *restrict fm, int pw,
                          int ph, int sy, int rows, int tw)
{
    ptrdiff_t pitch = b->dst->width;
#if defined(__SSE2__)
    __m128i vmask = _mm_set1_epi8((char)b->mask), vvalue = _mm_set1_epi8((char)b->value);
#define TILE_ROW_MASKED(out, p, f) tile_row_masked(b, out, p, f, tw, vmask, vvalue)
#else
#define TILE_ROW_MASKED(out, p, f) tile_row_masked(b, out, p, f, tw)
#endif
    /* in runs that end where the pixmap wraps to its row 0 */
    for (int y = 0; y < rows; sy = 0) {
        int run = ph - sy < rows - y ? ph - sy : rows - y;
        const u16 *p = pix + (size_t)sy * (size_t)pw;
        const u8 *f = fm + (size_t)sy * (size_t)pw;
        for (int k = 0; k < run; k++, out += pitch, p += pw, f += pw)
            TILE_ROW_MASKED(out, p, f);
        y += run;
    }
#undef TILE_ROW_MASKED
}

/* n lines of len pixels, a fixed-size copy the compiler inlines for one
   tile (8) or Galaxian's wide band (24) */
static void copy_lines(u16 *restrict out, ptrdiff_t pitch, const u16 *restrict src, ptrdiff_t pw, int n, int len)
{
    if (len == 8)
        for (; n > 0; n--, out += pitch, src += pw)
            memcpy(out, src, 8 * sizeof(u16));
    else if (len == 24)
        for (; n > 0; n--, out += pitch, src += pw)
            memcpy(out, src, 24 * sizeof(u16));
    else
        for (; n > 0; n--, out += pitch, src += pw)
            memcpy(out, src, (size_t)len * sizeof(u16));
}

/* rows lines of len pixels from pixmap row sy down (wrapping) of pix, to
   out and the lines below it */
static void copy_column(const tilemap_t *tm, const blit *b, u16 *out, const u16 *pix, int sy, int rows, int len)
{
    ptrdiff_t pitch = b->dst->width;
    for (int y = 0; y < rows; sy = 0) {
        int run = tm->height - sy < rows - y ? tm->height - sy : rows - y;
        copy_lines(out, pitch, pix + (size_t)sy * (size_t)tm->width, tm->width, run, len);
        out += pitch * run;
        y += run;
    }
}

/* Column scroll only (Galaxian): the pixmap row of each column band moves
   down by one per screen row, so it is found once per band, not per span. */
static void draw_colscroll(const tilemap_t *tm, const blit *b, const rect_t *c)
{
    int band_w = tm->width / tm->scroll_cols;
    int ox = offset_x(tm, b->dst->width, tm->rowscroll[0]);
    for (int x = c->min_x; x <= c->max_x;) {
        int sx = wrap(x + ox, tm->width);
        int band = sx / band_w;
        int len = (band + 1) * band_w - sx;
        if (len > c->max_x - x + 1)
            len = c->max_x - x + 1;
        int sy = wrap(c->min_y + offset_y(tm, b->dst->height, colscroll_at(tm, band)), tm->height);
        if (b->mask && !b->pri && len == tm->cfg.tile_w && sx % len == 0) {
            /* a band of one tile column (Crazy Climber): one tile row per line */
            column_masked(b, bitmap_row(b->dst, c->min_y) + x, b->pix + sx, tm->flagsmap + sx, tm->width,
                          tm->height, sy, c->max_y - c->min_y + 1, len);
            x += len;
            continue;
        }
        if (!b->mask && !b->pri) {
            /* an opaque copy; the following bands with the same scroll join
               this one (Scramble's playfield); Galaxian's bands are 24
               pixels wide (3 x 8) */
            int cs = colscroll_at(tm, band);
            while (x + len <= c->max_x && sx + len < tm->width && colscroll_at(tm, (sx + len) / band_w) == cs)
                len += band_w < c->max_x - (x + len) + 1 ? band_w : c->max_x - (x + len) + 1;
            copy_column(tm, b, bitmap_row(b->dst, c->min_y) + x, b->pix + sx, sy, c->max_y - c->min_y + 1, len);
            x += len;
            continue;
        }
        for (int y = c->min_y; y <= c->max_y; y++) {
            blit_span(tm, b, y, x, sy, sx, len);
            if (++sy == tm->height)
                sy = 0;
        }
        x += len;
    }
}

/* The dirty tiles a draw through clip c reads: with one scroll value each
   way the pixmap area is one rectangle; otherwise all of them. */
static void update_for_draw(tilemap_t *tm, const bitmap_ind16 *dst, const rect_t *c)
{
    if (!tm->any_dirty || c->min_x > c->max_x || c->min_y > c->max_y)
        return;
    if (tm->scroll_rows > 1 || tm->scroll_cols > 1 || dst->prov) {
        tilemap_update(tm);
        return;
    }
    int px = wrap(c->min_x + offset_x(tm, dst->width, tm->rowscroll[0]), tm->width);
    int py = wrap(c->min_y + offset_y(tm, dst->height, tm->colscroll[0]), tm->height);
    update_area(tm, px, py, c->max_x - c->min_x + 1, c->max_y - c->min_y + 1);
}

void tilemap_pixmap_coord(const tilemap_t *tm, int dst_w, int dst_h, int x, int y, int *pmx, int *pmy)
{
    int band_w = tm->width / tm->scroll_cols, band_h = tm->height / tm->scroll_rows;
    bool colscroll = tm->scroll_cols > 1;
    int sy = wrap(y + offset_y(tm, dst_h, colscroll_at(tm, 0)), tm->height);
    int sx = wrap(x + offset_x(tm, dst_w, rowscroll_at(tm, colscroll ? 0 : sy / band_h)), tm->width);
    if (colscroll)
        sy = wrap(y + offset_y(tm, dst_h, colscroll_at(tm, sx / band_w)), tm->height);
    *pmx = sx;
    *pmy = sy;
}

/* The watched pixel (bitmap_ind16.prov): which pixmap pixel lands there,
   and whether it passes the draw's category and transparency test. */
static void note_provenance(const tilemap_t *tm, const blit *b, const rect_t *c)
{
    const prov_recorder *r = b->dst->prov;
    if (r->x < c->min_x || r->x > c->max_x || r->y < c->min_y || r->y > c->max_y)
        return;
    int pmx, pmy;
    tilemap_pixmap_coord(tm, b->dst->width, b->dst->height, r->x, r->y, &pmx, &pmy);
    u8 fl = tm->flagsmap[(size_t)pmy * (size_t)tm->width + pmx];
    prov_note_tile(b->dst, tm, pmx, pmy, !b->mask || (fl & b->mask) == b->value);
}

void tilemap_draw(tilemap_t *tm, bitmap_ind16 *dst, const rect_t *clip, u32 flags, bitmap_ind8 *pri, u8 priority,
                  u8 primask)
{
    rect_t full = { 0, dst->width - 1, 0, dst->height - 1 };
    rect_t c = clip ? rect_intersect(*clip, full) : full;
    if (!tm->enabled) {
        if (flags & TILEMAP_DRAW_BACKDROP)
            bitmap_fill(dst, &c, tm->backdrop_pen);
        return;
    }
    update_for_draw(tm, dst, &c);
    blit b = { tm->pixmap, dst, pri, 0, 0, priority, primask, { 0 } };
    if (!(flags & TILEMAP_DRAW_ALL_CATEGORIES)) {
        b.mask |= PIXEL_CATEGORY;
        b.value |= (u8)TILEMAP_DRAW_CATEGORY(flags);
    }
    if (!(flags & TILEMAP_DRAW_OPAQUE)) {
        b.mask |= PIXEL_OPAQUE;
        b.value |= PIXEL_OPAQUE;
    }
    /* checks that every pixel would pass are dropped (the fast path) */
    if ((b.mask & PIXEL_CATEGORY) && tm->category_tiles[b.value & PIXEL_CATEGORY] == tm->cfg.cols * tm->cfg.rows) {
        b.mask &= (u8)~PIXEL_CATEGORY;
        b.value &= (u8)~PIXEL_CATEGORY;
    }
    if ((b.mask & PIXEL_OPAQUE) && !tm->transparent_tiles) {
        b.mask &= (u8)~PIXEL_OPAQUE;
        b.value &= (u8)~PIXEL_OPAQUE;
    }
    if (flags & TILEMAP_DRAW_BACKDROP) {
        if (tm->backdrop && !(b.mask & PIXEL_CATEGORY) && !(flags & TILEMAP_DRAW_OPAQUE) && !pri && !dst->prov) {
            b.pix = tm->backdrop;
            b.mask = b.value = 0;
        } else
            bitmap_fill(dst, &c, tm->backdrop_pen);
    }
    /* per tile row, by its flags: skipped when its category fails or none
       of its pixels passes, copied when all pass, else tested pixel by pixel */
    if (b.mask && (!tm->action_valid || tm->action_mask != b.mask || tm->action_value != b.value)) {
        tm->action_valid = true;
        tm->action_mask = b.mask;
        tm->action_value = b.value;
        for (int k = 0; k < 0x80; k++) {
            int seg = k & (SEG_OPAQUE | SEG_TRANSPARENT);
            if ((k & b.mask & PIXEL_CATEGORY) != (b.value & PIXEL_CATEGORY))
                b.action[k] = SEG_SKIP;
            else if (!(b.mask & PIXEL_OPAQUE) || seg == SEG_OPAQUE)
                b.action[k] = SEG_COPY;
            else if (seg == SEG_TRANSPARENT)
                b.action[k] = SEG_SKIP;
            else
                b.action[k] = SEG_TEST;
        }
        memcpy(tm->action, b.action, sizeof(tm->action));
    } else if (b.mask)
        memcpy(b.action, tm->action, sizeof(b.action));
    if (dst->prov)
        note_provenance(tm, &b, &c);
    if (tm->scroll_rows == 1 && tm->scroll_cols == 1) {
        draw_unscrolled(tm, &b, &c);
        return;
    }
    if (tm->scroll_rows == 1) {
        draw_colscroll(tm, &b, &c);
        return;
    }
    int band_w = tm->width / tm->scroll_cols, band_h = tm->height / tm->scroll_rows;
    bool colscroll = tm->scroll_cols > 1;
    for (int y = c.min_y; y <= c.max_y; y++) {
        int sy = wrap(y + offset_y(tm, dst->height, colscroll_at(tm, 0)), tm->height);
        int ox = offset_x(tm, dst->width, rowscroll_at(tm, colscroll ? 0 : sy / band_h));
        for (int x = c.min_x; x <= c.max_x;) {
            int sx = wrap(x + ox, tm->width);
            int band = sx / band_w;
            int len = (band + 1) * band_w - sx;
            if (len > c.max_x - x + 1)
                len = c.max_x - x + 1;
            if (colscroll)
                sy = wrap(y + offset_y(tm, dst->height, colscroll_at(tm, band)), tm->height);
            blit_span(tm, &b, y, x, sy, sx, len);
            x += len;
        }
    }
}
