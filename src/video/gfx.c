#include "video/gfx.h"
#include "video/provenance.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Resolves a possibly fractional value against `whole`. */
static u32 frac_resolve(u32 v, u32 whole)
{
    if (!IS_FRAC(v))
        return v;
    u32 num = (v >> 27) & 0x0f, den = (v >> 23) & 0x0f;
    return (u32)((u64)whole * num / (den ? den : 1)) + (v & 0x7fffff);
}

/* The mirrored copy; without memory, X-flipped draws read data backwards. */
static void make_flipx(gfx_element *g)
{
    free(g->data_flipx);
    size_t rows = (size_t)g->total * (size_t)g->height, w = (size_t)g->width;
    g->data_flipx = malloc(rows * w);
    if (!g->data_flipx)
        return;
    for (size_t r = 0; r < rows; r++)
        for (size_t x = 0; x < w; x++)
            g->data_flipx[r * w + x] = g->data[r * w + w - 1 - x];
}

u32 gfx_layout_bit(const gfx_layout *l, u32 region_bits, u32 code, int x, int y, int plane)
{
    return code * l->charincrement + frac_resolve(l->planeoffset[plane], region_bits) +
           frac_resolve(l->yoffset[y], region_bits) + frac_resolve(l->xoffset[x], region_bits);
}

int gfx_decode(gfx_element *g, const gfx_decode_entry *e, const region_list *regions, char *err, size_t errlen)
{
    const gfx_layout *l = e->layout;
    const mem_region *r = region_find_const(regions, e->region);
    if (!r || e->offset > r->size) {
        snprintf(err, errlen, "gfx: region \"%s\" missing or too small", e->region);
        return -1;
    }
    const u8 *src = r->data + e->offset;
    /* as MAME, fractions are of the whole region, whatever the start offset */
    u32 region_bits = (u32)(r->size * 8);
    u32 total = frac_resolve(l->total, region_bits / l->charincrement);
    g->width = l->width;
    g->height = l->height;
    g->total = (int)total;
    g->granularity = 1 << l->planes;
    g->color_base = e->color_base;
    g->total_colors = e->total_colors;
    g->data_flipx = NULL;
    g->data = calloc((size_t)total * (size_t)g->width * l->height, 1);
    if (!g->data) {
        snprintf(err, errlen, "gfx: out of memory");
        return -1;
    }
    /* the offsets resolved once; an element reads no bit past its highest */
    u32 po[8], xo[32], yo[32], max_p = 0, max_x = 0, max_y = 0;
    for (int p = 0; p < l->planes; p++)
        if ((po[p] = frac_resolve(l->planeoffset[p], region_bits)) > max_p)
            max_p = po[p];
    for (int x = 0; x < l->width; x++)
        if ((xo[x] = frac_resolve(l->xoffset[x], region_bits)) > max_x)
            max_x = xo[x];
    for (int y = 0; y < l->height; y++)
        if ((yo[y] = frac_resolve(l->yoffset[y], region_bits)) > max_y)
            max_y = yo[y];
    u64 avail = (u64)(r->size - e->offset);
    for (u32 c = 0; c < total; c++) {
        u8 *dst = g->data + (size_t)c * (size_t)g->width * l->height;
        u32 cbase = c * l->charincrement;
        if (((u64)cbase + max_p + max_x + max_y) / 8 >= avail) {
            snprintf(err, errlen, "gfx: layout reads past the end of region \"%s\"", e->region);
            gfx_free(g);
            return -1;
        }
        for (int y = 0; y < l->height; y++) {
            for (int x = 0; x < l->width; x++) {
                u32 at = cbase + yo[y] + xo[x];
                u8 pix = 0;
                for (int p = 0; p < l->planes; p++) {
                    u32 bit = at + po[p];
                    pix = (u8)(pix << 1 | (src[bit / 8] >> (7 - bit % 8) & 1));
                }
                dst[y * g->width + x] = pix;
            }
        }
    }
    make_flipx(g);
    return 0;
}

void gfx_free(gfx_element *g)
{
    free(g->data);
    free(g->data_flipx);
    g->data = g->data_flipx = NULL;
}

int gfx_widen(gfx_element *g, int n)
{
    if (n <= 1)
        return 0;
    size_t src_px = (size_t)g->total * (size_t)g->height * (size_t)g->width;
    u8 *wide = malloc(src_px * (size_t)n);
    if (!wide)
        return -1;
    for (size_t i = 0; i < src_px; i++)
        memset(wide + i * (size_t)n, g->data[i], (size_t)n);
    free(g->data);
    g->data = wide;
    g->width *= n;
    make_flipx(g);
    return 0;
}

/* One row of n pixels s to out: every pixel, the pixels other than pen
   tpen, or the pixels whose bit in transmask is clear. */
static inline void row_opaque(u16 *restrict out, const u8 *restrict s, int n, u16 base)
{
    for (int i = 0; i < n; i++)
        out[i] = (u16)(base + s[i]);
}

static inline void row_one_pen(u16 *restrict out, const u8 *restrict s, int n, u16 base, u8 tpen)
{
    for (int i = 0; i < n; i++)
        out[i] = s[i] == tpen ? out[i] : (u16)(base + s[i]);
}

static inline void row_transmask(u16 *restrict out, const u8 *restrict s, int n, u16 base, u32 transmask)
{
    for (int i = 0; i < n; i++)
        if (s[i] >= 32 || !(transmask >> s[i] & 1))
            out[i] = (u16)(base + s[i]);
}

void gfx_draw(bitmap_ind16 *dst, const rect_t *clip, const gfx_element *g, u32 code, u32 color, bool flipx,
              bool flipy, int sx, int sy, u32 transmask)
{
    int w = g->width, h = g->height;
    if (sx >= dst->width || sx + w <= 0 || sy >= dst->height || sy + h <= 0)
        return; /* off the bitmap (a copy drawn 256 dots away for the wrap, often) */
    rect_t full = { 0, dst->width - 1, 0, dst->height - 1 };
    rect_t c = clip ? rect_intersect(*clip, full) : full;
    if (dst->prov)
        prov_note_gfx(dst, &c, g, code, color, flipx, flipy, sx, sy, transmask, 1, NULL, 0);
    /* the rows and columns inside the clip */
    int y0 = c.min_y > sy ? c.min_y - sy : 0, y1 = c.max_y - sy < h - 1 ? c.max_y - sy : h - 1;
    int x0 = c.min_x > sx ? c.min_x - sx : 0, x1 = c.max_x - sx < w - 1 ? c.max_x - sx : w - 1;
    if (y0 > y1 || x0 > x1)
        return;
    if (code >= (u32)g->total)
        code %= (u32)g->total;
    if (color >= g->total_colors)
        color %= g->total_colors ? g->total_colors : 1;
    const u8 *src = g->data + (size_t)code * (size_t)(w * h);
    u16 pen_base = (u16)(g->color_base + g->granularity * color);
    int n = x1 - x0 + 1;
    bool one_pen = transmask && !(transmask & (transmask - 1));
    u8 tpen = 0;
    while (one_pen && !(transmask >> tpen & 1))
        tpen++;
    u8 flipped[256]; /* a mirrored row, read forwards */
    for (int y = y0; y <= y1; y++) {
        const u8 *row = src + (size_t)(flipy ? h - 1 - y : y) * (size_t)w;
        const u8 *s = row + x0;
        if (flipx && g->data_flipx)
            s = g->data_flipx + (row - g->data) + x0;
        else if (flipx) {
            const u8 *r = row + w - 1 - x0;
            if (n > (int)sizeof(flipped)) { /* wider than any board's */
                u16 *out = bitmap_row(dst, sy + y) + sx + x0;
                for (int i = 0; i < n; i++)
                    if (r[-i] >= 32 || !(transmask >> r[-i] & 1))
                        out[i] = (u16)(pen_base + r[-i]);
                continue;
            }
            for (int i = 0; i < n; i++)
                flipped[i] = r[-i];
            s = flipped;
        }
        u16 *out = bitmap_row(dst, sy + y) + sx + x0;
        if (!transmask)
            row_opaque(out, s, n, pen_base);
        else if (one_pen)
            row_one_pen(out, s, n, pen_base, tpen);
        else
            row_transmask(out, s, n, pen_base, transmask);
    }
}

u32 gfx_transmask_color(const palette_t *pal, const gfx_element *g, u32 color, int transcolor)
{
    u32 base = g->color_base + (u32)g->granularity * (color % (g->total_colors ? g->total_colors : 1));
    u32 mask = 0;
    for (int p = 0; p < g->granularity && p < 32; p++)
        if (base + (u32)p < (u32)pal->num_pens && pal->pen_color[base + (u32)p] == transcolor)
            mask |= 1u << p;
    return mask;
}

void gfx_draw_ex(bitmap_ind16 *dst, const rect_t *clip, const gfx_element *g, const gfx_params *p)
{
    int xs = p->xscale > 1 ? p->xscale : 1;
    if (xs == 1 && !p->pri) {
        gfx_draw(dst, clip, g, p->code, p->color, p->flipx, p->flipy, p->sx, p->sy, p->transmask);
        return;
    }
    rect_t full = { 0, dst->width - 1, 0, dst->height - 1 };
    rect_t c = clip ? rect_intersect(*clip, full) : full;
    if (dst->prov)
        prov_note_gfx(dst, &c, g, p->code, p->color, p->flipx, p->flipy, p->sx, p->sy, p->transmask, xs, p->pri,
                      p->pmask);
    const u8 *src = g->data + (size_t)(p->code % (u32)g->total) * (size_t)(g->width * g->height);
    u16 pen_base = (u16)(g->color_base + g->granularity * (p->color % (g->total_colors ? g->total_colors : 1)));
    int w = g->width * xs;
    int x0 = c.min_x > p->sx ? c.min_x - p->sx : 0, x1 = c.max_x - p->sx < w - 1 ? c.max_x - p->sx : w - 1;
    int y0 = c.min_y > p->sy ? c.min_y - p->sy : 0, y1 = c.max_y - p->sy < g->height - 1 ? c.max_y - p->sy : g->height - 1;
    for (int y = y0; y <= y1; y++) {
        int dy = p->sy + y;
        const u8 *row = src + (p->flipy ? g->height - 1 - y : y) * g->width;
        u16 *out = bitmap_row(dst, dy) + p->sx;
        u8 *pri = p->pri ? bitmap8_row(p->pri, dy) + p->sx : NULL;
        for (int x = x0; x <= x1; x++) {
            u8 pix = row[p->flipx ? g->width - 1 - x / xs : x / xs];
            if (p->transmask >> pix & 1)
                continue;
            if (!pri) {
                out[x] = (u16)(pen_base + pix);
                continue;
            }
            if (!(p->pmask >> (pri[x] & 0x1f) & 1))
                out[x] = (u16)(pen_base + pix);
            pri[x] = 31;
        }
    }
}
