#include "video/bitmap.h"

#include <stdlib.h>
#include <string.h>

int bitmap_alloc(bitmap_ind16 *bm, int width, int height)
{
    bm->width = width;
    bm->height = height;
    bm->prov = NULL;
    bm->pix = calloc((size_t)width * (size_t)height, sizeof(u16));
    return bm->pix ? 0 : -1;
}

void bitmap_free(bitmap_ind16 *bm)
{
    free(bm->pix);
    bm->pix = NULL;
    free(bm->prov);
    bm->prov = NULL;
}

void bitmap_fill(bitmap_ind16 *bm, const rect_t *clip, u16 pen)
{
    rect_t full = { 0, bm->width - 1, 0, bm->height - 1 };
    rect_t r = clip ? rect_intersect(*clip, full) : full;
    if (r.min_x > r.max_x || r.min_y > r.max_y)
        return;
    /* the first row, then copies of it */
    u16 *first = bitmap_row(bm, r.min_y) + r.min_x;
    size_t n = (size_t)(r.max_x - r.min_x + 1);
    for (size_t x = 0; x < n; x++)
        first[x] = pen;
    for (int y = r.min_y + 1; y <= r.max_y; y++)
        memcpy(bitmap_row(bm, y) + r.min_x, first, n * sizeof(u16));
}

int bitmap8_alloc(bitmap_ind8 *bm, int width, int height)
{
    bm->width = width;
    bm->height = height;
    bm->pix = calloc((size_t)width * (size_t)height, 1);
    return bm->pix ? 0 : -1;
}

void bitmap8_free(bitmap_ind8 *bm)
{
    free(bm->pix);
    bm->pix = NULL;
}

void bitmap8_fill(bitmap_ind8 *bm, const rect_t *clip, u8 value)
{
    rect_t full = { 0, bm->width - 1, 0, bm->height - 1 };
    rect_t r = clip ? rect_intersect(*clip, full) : full;
    for (int y = r.min_y; y <= r.max_y; y++)
        memset(bitmap8_row(bm, y) + r.min_x, value, (size_t)(r.max_x - r.min_x + 1));
}
