#include "video/provenance.h"

#include <stdlib.h>
#include <string.h>

#include "emu/machine.h"
#include "video/tilemap.h"

static prov_event *next_event(prov_recorder *r)
{
    if (r->count == PROV_MAX_EVENTS) {
        r->overflow = true; /* the oldest notes matter least: the last draw wins */
        memmove(r->ev, r->ev + 1, (PROV_MAX_EVENTS - 1) * sizeof(r->ev[0]));
        r->count--;
    }
    prov_event *e = &r->ev[r->count++];
    memset(e, 0, sizeof(*e));
    return e;
}

void prov_note_gfx(bitmap_ind16 *dst, const rect_t *clip, const gfx_element *g, u32 code, u32 color, bool flipx,
                   bool flipy, int sx, int sy, u32 transmask, int xscale, const bitmap_ind8 *pri, u32 pmask)
{
    prov_recorder *r = dst->prov;
    int xs = xscale > 1 ? xscale : 1;
    int dx = r->x - sx, dy = r->y - sy;
    if (r->x < clip->min_x || r->x > clip->max_x || r->y < clip->min_y || r->y > clip->max_y || dx < 0 || dy < 0
        || dx >= g->width * xs || dy >= g->height)
        return;
    prov_event *e = next_event(r);
    e->kind = PROV_SPRITE;
    e->gfx = g;
    e->code = code;
    e->color = color;
    e->flipx = flipx;
    e->flipy = flipy;
    e->sx = sx;
    e->sy = sy;
    e->ex = flipx ? g->width - 1 - dx / xs : dx / xs;
    e->ey = flipy ? g->height - 1 - dy : dy;
    const u8 *src = g->data + (size_t)(code % (u32)g->total) * (size_t)(g->width * g->height);
    e->value = src[e->ey * g->width + e->ex];
    e->pen = (u16)(g->color_base + g->granularity * (color % (g->total_colors ? g->total_colors : 1)) + e->value);
    e->drawn = !(transmask >> e->value & 1);
    if (e->drawn && pri)
        e->drawn = !(pmask >> (bitmap8_row((bitmap_ind8 *)pri, r->y)[r->x] & 0x1f) & 1);
}

void prov_note_tile(bitmap_ind16 *dst, const tilemap_t *tm, int pmx, int pmy, bool drawn)
{
    prov_recorder *r = dst->prov;
    int tw = tm->cfg.tile_w, th = tm->cfg.tile_h;
    int col = pmx / tw, row = pmy / th;
    if (tm->flip & TILEMAP_FLIPX)
        col = tm->cfg.cols - 1 - col;
    if (tm->flip & TILEMAP_FLIPY)
        row = tm->cfg.rows - 1 - row;
    prov_event *e = next_event(r);
    e->kind = PROV_TILE;
    e->drawn = drawn;
    e->tm = tm;
    e->col = col;
    e->row = row;
    e->mem_index = tm->logical_to_memory[row * tm->cfg.cols + col];
    tile_info ti = { 0 };
    tm->cfg.info(tm->ctx, e->mem_index, &ti);
    const gfx_element *g = &tm->gfx[ti.gfx];
    u8 flags = (u8)(ti.flags ^ tm->flip);
    e->gfx = g;
    e->code = ti.code;
    e->color = ti.color;
    e->flipx = flags & TILE_FLIPX;
    e->flipy = flags & TILE_FLIPY;
    e->sx = pmx - pmx % tw;
    e->sy = pmy - pmy % th;
    e->ex = e->flipx ? tw - 1 - pmx % tw : pmx % tw;
    e->ey = e->flipy ? th - 1 - pmy % th : pmy % th;
    e->pmx = pmx;
    e->pmy = pmy;
    e->pen = tm->pixmap[(size_t)pmy * (size_t)tm->width + pmx];
    u16 base = (u16)(g->color_base + g->granularity * (ti.color % (g->total_colors ? g->total_colors : 1)));
    e->value = (u8)(e->pen - base);
}

void provenance_watch(machine_t *m, int x, int y)
{
    if (!m->bitmap.prov && !(m->bitmap.prov = calloc(1, sizeof(prov_recorder))))
        return;
    m->bitmap.prov->x = x;
    m->bitmap.prov->y = y;
    m->bitmap.prov->count = 0;
    m->bitmap.prov->frame = 0; /* no notes yet */
}

void provenance_stop(machine_t *m)
{
    free(m->bitmap.prov);
    m->bitmap.prov = NULL;
}

void provenance_frame_start(machine_t *m)
{
    prov_recorder *r = m->bitmap.prov;
    r->count = 0;
    r->overflow = false;
    r->frame = m->frame_number + 1;
}
