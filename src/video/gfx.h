/* Tile and sprite graphics: a layout describes how a ROM stores each
   element's bitplanes; elements are decoded once at start into one byte per
   pixel, and drawn with flips, clipping and transparency. */
#ifndef CABINET_GFX_H
#define CABINET_GFX_H

#include "emu/region.h"
#include "video/bitmap.h"
#include "video/palette.h"

/* A fraction of the region's size in bits (for plane offsets, plus a bit
   offset in the low 23 bits) or in elements (for `total`). */
#define RGN_FRAC(num, den) (0x80000000u | ((u32)(num) << 27) | ((u32)(den) << 23))
#define IS_FRAC(x) (((x) & 0x80000000u) != 0)

/* Offset lists for layouts: STEP8(0, 8) is 0, 8, 16, ... 56. */
#define STEP2(s, d) (s), (s) + (d)
#define STEP4(s, d) STEP2(s, d), STEP2((s) + 2 * (d), d)
#define STEP8(s, d) STEP4(s, d), STEP4((s) + 4 * (d), d)
#define STEP16(s, d) STEP8(s, d), STEP8((s) + 8 * (d), d)

typedef struct gfx_layout {
    u16 width, height;
    u32 total;          /* element count, or RGN_FRAC(1,1) for "as many as fit" */
    u8 planes;
    u32 planeoffset[8]; /* bit offsets; may be RGN_FRAC(n,d) + bits */
    u32 xoffset[32];    /* these too may be RGN_FRAC(n,d) + bits (Donkey Kong's sprite halves) */
    u32 yoffset[32];
    u32 charincrement;  /* bits from one element to the next */
} gfx_layout;

typedef struct gfx_decode_entry {
    const char *region;
    u32 offset;               /* bytes into the region */
    const gfx_layout *layout;
    u16 color_base;           /* first pen of colour code 0 */
    u16 total_colors;         /* number of colour codes */
} gfx_decode_entry;

typedef struct gfx_element {
    int width, height, total;
    int granularity;          /* pens per colour code: 1 << planes */
    u16 color_base, total_colors;
    u8 *data;                 /* total * height * width pixels */
    u8 *data_flipx;           /* the same mirrored left-right, for X-flipped draws (NULL: none) */
} gfx_element;

/* The bit (from the entry's offset; bit 0 = 0x80 of the first byte) that
   holds plane `plane` of pixel (x, y) of element `code`. */
u32 gfx_layout_bit(const gfx_layout *l, u32 region_bits, u32 code, int x, int y, int plane);
/* Decodes; -1 with err when the layout reads past the region. */
int gfx_decode(gfx_element *g, const gfx_decode_entry *e, const region_list *regions, char *err, size_t errlen);
void gfx_free(gfx_element *g);
/* Widens every element so each pixel is n pixels wide (MAME's
   GFXDECODE_SCALE, for Galaxian's three-times-wide frame); for a driver's
   start(). -1 when out of memory (the element is then unchanged). */
int gfx_widen(gfx_element *g, int n);

/* Draws element `code` with colour code `color` at (sx, sy). Pixels whose
   value bit is set in `transmask` (bit n = pixel value n) are not drawn;
   0 draws opaque. */
void gfx_draw(bitmap_ind16 *dst, const rect_t *clip, const gfx_element *g, u32 code, u32 color, bool flipx,
              bool flipy, int sx, int sy, u32 transmask);

/* Transparency by colour: the transmask of the pixel values whose pen, in
   colour code `color`, shows palette colour `transcolor` (MAME's
   transpen_mask; through the indirection table when the palette has one). */
u32 gfx_transmask_color(const palette_t *pal, const gfx_element *g, u32 color, int transcolor);

static inline void gfx_draw_transcolor(bitmap_ind16 *dst, const rect_t *clip, const gfx_element *g,
                                       const palette_t *pal, u32 code, u32 color, bool flipx, bool flipy, int sx,
                                       int sy, int transcolor)
{
    gfx_draw(dst, clip, g, code, color, flipx, flipy, sx, sy, gfx_transmask_color(pal, g, color, transcolor));
}

/* The general case: horizontal scaling and a priority bitmap. */
typedef struct gfx_params {
    u32 code, color;
    bool flipx, flipy;
    int sx, sy;
    u32 transmask;
    int xscale;        /* 0/1: none; n: each source pixel n pixels wide, from sx */
    bitmap_ind8 *pri;  /* optional, as MAME's pdrawgfx: a drawn pixel lands only where */
    u32 pmask;         /* bit (pri & 31) of pmask is clear; pri becomes 31 either way */
} gfx_params;

void gfx_draw_ex(bitmap_ind16 *dst, const rect_t *clip, const gfx_element *g, const gfx_params *p);

#endif
