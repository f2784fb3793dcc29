/* The graphics viewers' pictures (video/viewer.h). */
#include "video/viewer.h"

#include <stdlib.h>
#include <string.h>

#include "emu/machine.h"
#include "video/tilemap.h"

#define GRID_RGB 0x303030u
#define BACK_RGB 0x202020u
#define OUTLINE_RGB 0xffff00u

static u32 pen_rgb(const palette_t *pal, u32 pen)
{
    if (!pal->num_pens)
        return 0;
    pen %= (u32)pal->num_pens;
    return pal->colors[pal->pen_color[pen]] & 0xffffff;
}

static u32 *alloc_image(int w, int h, u32 fill)
{
    u32 *img = malloc((size_t)w * (size_t)h * sizeof(u32));
    for (size_t i = 0; img && i < (size_t)w * (size_t)h; i++)
        img[i] = fill;
    return img;
}

static u32 pen_base(const gfx_element *g, u32 color)
{
    return g->color_base + (u32)g->granularity * (color % (g->total_colors ? g->total_colors : 1));
}

/* Element `code` at (x, y) of the image; skip = pixel values not drawn. */
static void put_element(u32 *img, int w, int h, const palette_t *pal, const gfx_element *g, u32 code, u32 color,
                        bool fx, bool fy, int x, int y, u32 skip)
{
    const u8 *src = g->data + (size_t)(code % (u32)g->total) * (size_t)(g->width * g->height);
    u32 base = pen_base(g, color);
    for (int ey = 0; ey < g->height; ey++) {
        int py = y + ey;
        if (py < 0 || py >= h)
            continue;
        const u8 *row = src + (fy ? g->height - 1 - ey : ey) * g->width;
        for (int ex = 0; ex < g->width; ex++) {
            int px = x + ex;
            u8 v = row[fx ? g->width - 1 - ex : ex];
            if (px >= 0 && px < w && !(skip >> v & 1))
                img[(size_t)py * (size_t)w + px] = pen_rgb(pal, base + v);
        }
    }
}

u32 *viewer_render_gfx(const machine_t *m, int gi, u32 color, int *w, int *h)
{
    if (gi < 0 || gi >= m->num_gfx)
        return NULL;
    const gfx_element *g = &m->gfx[gi];
    int rows = (g->total + VIEWER_GFX_COLS - 1) / VIEWER_GFX_COLS;
    *w = VIEWER_GFX_COLS * (g->width + 1) + 1;
    *h = rows * (g->height + 1) + 1;
    u32 *img = alloc_image(*w, *h, GRID_RGB);
    for (int c = 0; img && c < g->total; c++)
        put_element(img, *w, *h, &m->palette, g, (u32)c, color, false, false, 1 + c % VIEWER_GFX_COLS * (g->width + 1),
                    1 + c / VIEWER_GFX_COLS * (g->height + 1), 0);
    return img;
}

u32 viewer_gfx_default_color(const machine_t *m, int gi)
{
    if (gi < 0 || gi >= m->num_gfx)
        return 0;
    const gfx_element *g = &m->gfx[gi];
    for (u32 c = 0; c < g->total_colors; c++) {
        u32 base = pen_base(g, c);
        for (int v = 1; v < g->granularity; v++)
            if (pen_rgb(&m->palette, base + (u32)v) != pen_rgb(&m->palette, base))
                return c;
    }
    return 0;
}

u32 *viewer_render_tilemap(const machine_t *m, int ti, bool outline, int *w, int *h)
{
    if (ti < 0 || ti >= m->num_tilemaps)
        return NULL;
    const tilemap_t *tm = m->tilemaps[ti];
    *w = tm->width;
    *h = tm->height;
    u32 *img = alloc_image(*w, *h, 0);
    int tw = tm->cfg.tile_w, th = tm->cfg.tile_h;
    for (int row = 0; img && row < tm->cfg.rows; row++)
        for (int col = 0; col < tm->cfg.cols; col++) {
            tile_info info = { 0 };
            tm->cfg.info(tm->ctx, tm->logical_to_memory[row * tm->cfg.cols + col], &info);
            int x0 = col * tw, y0 = row * th;
            if (tm->flip & TILEMAP_FLIPX)
                x0 = tm->width - tw - x0;
            if (tm->flip & TILEMAP_FLIPY)
                y0 = tm->height - th - y0;
            u8 f = (u8)(info.flags ^ tm->flip);
            put_element(img, *w, *h, &m->palette, &tm->gfx[info.gfx], info.code, info.color, f & TILE_FLIPX,
                        f & TILE_FLIPY, x0, y0, 0);
        }
    if (!img || !outline)
        return img;
    int sw = m->bitmap.width, sh = m->bitmap.height;
    for (int i = 0; i < 2 * (sw + sh); i++) {
        int x = i < sw ? i : i < 2 * sw ? i - sw : i < 2 * sw + sh ? 0 : sw - 1;
        int y = i < sw ? 0 : i < 2 * sw ? sh - 1 : i < 2 * sw + sh ? i - 2 * sw : i - 2 * sw - sh;
        int px, py;
        tilemap_pixmap_coord(tm, sw, sh, x, y, &px, &py);
        img[(size_t)py * (size_t)*w + px] = OUTLINE_RGB;
    }
    return img;
}

u32 *viewer_render_palette(const machine_t *m, int cell, int *w, int *h)
{
    int n = m->palette.num_pens, rows = (n + 15) / 16;
    *w = 16 * cell;
    *h = rows * cell;
    u32 *img = alloc_image(*w, *h, GRID_RGB);
    for (int p = 0; img && p < n; p++)
        for (int y = 1; y < cell; y++)
            for (int x = 1; x < cell; x++)
                img[(size_t)(p / 16 * cell + y) * (size_t)*w + p % 16 * cell + x] = pen_rgb(&m->palette, (u32)p);
    return img;
}

u32 viewer_ram_address(const machine_t *m, size_t drv_offset)
{
    for (const device_config *d = m->config->devices; d && (d->tag || d->type || d->cpu); d++) {
        if (!d->cpu)
            continue;
        const cpu_params *p = d->params;
        for (const mem_map_entry *e = p ? p->program : NULL; e && e->kind != MAP_KIND_END; e++)
            if ((e->kind == MAP_KIND_RAM || e->kind == MAP_KIND_WRITEONLY) && e->drv_offset == drv_offset)
                return e->start;
        break; /* the first CPU only */
    }
    return 0;
}

int viewer_sprite_list(machine_t *m, viewer_sprite *out)
{
    const viewer_desc *vd = m->config->video.viewer;
    return vd && vd->sprites ? vd->sprites(m, m->drv, out, VIEWER_MAX_SPRITES) : 0;
}

static void outline_box(u32 *img, int w, int h, int x0, int y0, int bw, int bh)
{
    for (int i = 0; i < bw; i++)
        for (int k = 0; k < 2; k++) {
            int x = x0 + i, y = k ? y0 + bh - 1 : y0;
            if (x >= 0 && x < w && y >= 0 && y < h)
                img[(size_t)y * (size_t)w + x] = OUTLINE_RGB;
        }
    for (int i = 0; i < bh; i++)
        for (int k = 0; k < 2; k++) {
            int x = k ? x0 + bw - 1 : x0, y = y0 + i;
            if (x >= 0 && x < w && y >= 0 && y < h)
                img[(size_t)y * (size_t)w + x] = OUTLINE_RGB;
        }
}

u32 *viewer_render_sprites(machine_t *m, int *w, int *h, int *n)
{
    viewer_sprite *list = malloc(VIEWER_MAX_SPRITES * sizeof(*list));
    *w = m->bitmap.width;
    *h = m->bitmap.height;
    u32 *img = list ? alloc_image(*w, *h, BACK_RGB) : NULL;
    *n = img ? viewer_sprite_list(m, list) : 0;
    for (int i = 0; i < *n; i++) {
        const viewer_sprite *s = &list[i];
        if (s->gfx >= m->num_gfx)
            continue;
        const gfx_element *g = &m->gfx[s->gfx];
        put_element(img, *w, *h, &m->palette, g, s->code, s->color, s->flipx, s->flipy, s->sx, s->sy, 1);
        outline_box(img, *w, *h, s->sx, s->sy, g->width, g->height);
    }
    free(list);
    return img;
}
