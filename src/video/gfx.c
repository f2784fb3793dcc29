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
    g->data = calloc((size_t)total * (size_t)g->width * l->height, 1);
    if (!g->data) {
        snprintf(err, errlen, "gfx: out of memory");
        return -1;
    }
    for (u32 c = 0; c < total; c++) {
        u8 *dst = g->data + (size_t)c * (size_t)g->width * l->height;
        for (int y = 0; y < l->height; y++) {
            for (int x = 0; x < l->width; x++) {
                u8 pix = 0;
                for (int p = 0; p < l->planes; p++) {
                    u32 bit = c * l->charincrement + frac_resolve(l->planeoffset[p], region_bits) +
                              frac_resolve(l->yoffset[y], region_bits) + frac_resolve(l->xoffset[x], region_bits);
                    if (bit / 8 >= r->size - e->offset) {
                        snprintf(err, errlen, "gfx: layout reads past the end of region \"%s\"", e->region);
                        gfx_free(g);
                        return -1;
                    }
                    if (src[bit / 8] & (0x80 >> (bit % 8)))
                        pix |= (u8)(1 << (l->planes - 1 - p));
                }
                dst[y * g->width + x] = pix;
            }
        }
    }
    return 0;
}

void gfx_free(gfx_element *g)
{
    free(g->data);
    g->data = NULL;
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
    return 0;
}

void gfx_draw(bitmap_ind16 *dst, const rect_t *clip, const gfx_element *g, u32 code, u32 color, bool flipx,
              bool flipy, int sx, int sy, u32 transmask)
{
    rect_t full = { 0, dst->width - 1, 0, dst->height - 1 };
    rect_t c = clip ? rect_intersect(*clip, full) : full;
    if (dst->prov)
        prov_note_gfx(dst, &c, g, code, color, flipx, flipy, sx, sy, transmask, 1, NULL, 0);
    const u8 *src = g->data + (size_t)(code % (u32)g->total) * (size_t)(g->width * g->height);
    u16 pen_base = (u16)(g->color_base + g->granularity * (color % (g->total_colors ? g->total_colors : 1)));
    for (int y = 0; y < g->height; y++) {
        int dy = sy + y;
        if (dy < c.min_y || dy > c.max_y)
            continue;
        const u8 *row = src + (flipy ? g->height - 1 - y : y) * g->width;
        u16 *out = bitmap_row(dst, dy);
        /* the columns inside the clip, found once per row */
        int x0 = c.min_x > sx ? c.min_x - sx : 0, x1 = c.max_x - sx < g->width - 1 ? c.max_x - sx : g->width - 1;
        for (int x = x0; x <= x1; x++) {
            u8 pix = row[flipx ? g->width - 1 - x : x];
            if (!(transmask >> pix & 1))
                out[sx + x] = (u16)(pen_base + pix);
        }
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
    for (int y = 0; y < g->height; y++) {
        int dy = p->sy + y;
        if (dy < c.min_y || dy > c.max_y)
            continue;
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
