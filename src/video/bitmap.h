/* Indexed (palette pen) bitmaps that drivers draw into, and clip rects. */
#ifndef CABINET_BITMAP_H
#define CABINET_BITMAP_H

#include "util/types.h"

typedef struct rect {
    int min_x, max_x, min_y, max_y; /* inclusive */
} rect_t;

struct prov_recorder;

typedef struct bitmap_ind16 {
    u16 *pix;
    int width, height;
    /* Pixel provenance (video/provenance.h): NULL, except while a frame
       whose pixel someone asked about is drawn; the gfx and tilemap
       helpers then note what they draw over the watched pixel. */
    struct prov_recorder *prov;
} bitmap_ind16;

/* One byte per pixel: priority bitmaps (gfx_draw_ex, tilemap_draw). */
typedef struct bitmap_ind8 {
    u8 *pix;
    int width, height;
} bitmap_ind8;

int bitmap_alloc(bitmap_ind16 *bm, int width, int height);
void bitmap_free(bitmap_ind16 *bm);
void bitmap_fill(bitmap_ind16 *bm, const rect_t *clip, u16 pen);

static inline u16 *bitmap_row(bitmap_ind16 *bm, int y)
{
    return bm->pix + (size_t)y * (size_t)bm->width;
}

int bitmap8_alloc(bitmap_ind8 *bm, int width, int height);
void bitmap8_free(bitmap_ind8 *bm);
void bitmap8_fill(bitmap_ind8 *bm, const rect_t *clip, u8 value);

static inline u8 *bitmap8_row(bitmap_ind8 *bm, int y)
{
    return bm->pix + (size_t)y * (size_t)bm->width;
}

static inline rect_t rect_intersect(rect_t a, rect_t b)
{
    rect_t r = { a.min_x > b.min_x ? a.min_x : b.min_x, a.max_x < b.max_x ? a.max_x : b.max_x,
                 a.min_y > b.min_y ? a.min_y : b.min_y, a.max_y < b.max_y ? a.max_y : b.max_y };
    return r;
}

#endif
