/* Tilemaps: a grid of tiles whose code, colour and flips a driver's
   callback gives, cached as a pixmap (pens) that is redrawn only where the
   driver marked tiles dirty, then copied into the screen bitmap with
   scrolling, flip and transparency (MAME's tilemap_t).

   - The scan mapper turns (col, row) into the "memory index" the driver's
     RAM uses: tilemap_scan_rows (row * cols + col), tilemap_scan_cols
     (col * rows + row) or a driver's own (Pac-Man's odd column order).
   - The tile-info callback receives a memory index and fills a tile_info.
     Every tile is the size of its gfx element (decoded width x height).
   - The driver's RAM write handlers call tilemap_mark_tile_dirty with the
     memory index written; anything else that changes every tile (a bank, a
     colour register) calls tilemap_mark_all_dirty. Changing the flip marks
     all. After a state load the machine marks all of its tilemaps dirty.
   - Coordinates are the screen bitmap's (0,0 = first visible pixel). A
     screen pixel (x, y) shows pixmap pixel (x + scrollx - dx, y + scrolly
     - dy), wrapping; with scroll_rows > 1 the x scroll is chosen by the
     pixmap row band, with scroll_cols > 1 the y scroll by the pixmap column
     band (then the x scroll is value 0's). Flip mirrors the whole map about
     the centre of the destination bitmap, as MAME does about its visible
     area (dx_flipped/dy_flipped then apply).
   - Wide screens (Galaxian's frame, three pixels per pixel): widen the gfx
     in start() with gfx_widen(&m->gfx[i], 3), so tiles are 24x8, and make
     the tilemap of those; its x scroll values are then in 768-wide pixels
     (MAME does the same with GFXDECODE_SCALE). */
#ifndef CABINET_TILEMAP_H
#define CABINET_TILEMAP_H

#include "video/gfx.h"

typedef struct machine machine_t;

enum { TILE_FLIPX = 1, TILE_FLIPY = 2 };
enum { TILEMAP_FLIPX = 1, TILEMAP_FLIPY = 2 };

/* tilemap_draw flags: by default only the opaque pixels of category-0
   tiles are drawn. */
#define TILEMAP_DRAW_CATEGORY(n) ((u32)(n) & 0x0f)
#define TILEMAP_DRAW_OPAQUE 0x10u         /* transparent pens drawn too */
#define TILEMAP_DRAW_ALL_CATEGORIES 0x20u /* any category */
/* The clip is first filled with the backdrop pen (tilemap_set_backdrop),
   as bitmap_fill does, even when the tilemap is disabled. When every tile
   is of the drawn category the two are one copy from a pixmap that has
   the pen in its transparent pixels. */
#define TILEMAP_DRAW_BACKDROP 0x40u

#define TILEMAP_GROUPS 4

typedef struct tile_info {
    u8 gfx;       /* index into the tilemap's gfx elements */
    u32 code, color;
    u8 flags;     /* TILE_FLIPX | TILE_FLIPY */
    u8 category;  /* 0-15: what TILEMAP_DRAW_CATEGORY selects */
    u8 group;     /* transparency group (tilemap_set_transmask) */
} tile_info;

typedef u32 (*tilemap_scan_fn)(int col, int row, int cols, int rows);
/* ctx is the one given to tilemap_create; ti arrives zeroed. */
typedef void (*tilemap_info_fn)(void *ctx, u32 index, tile_info *ti);

u32 tilemap_scan_rows(int col, int row, int cols, int rows);
u32 tilemap_scan_cols(int col, int row, int cols, int rows);

typedef struct tilemap_config {
    tilemap_scan_fn scan;
    tilemap_info_fn info;
    int tile_w, tile_h, cols, rows;
} tilemap_config;

typedef struct tilemap {
    tilemap_config cfg;
    const gfx_element *gfx;
    void *ctx;
    int width, height;            /* pixmap: cols * tile_w, rows * tile_h */
    u32 *logical_to_memory;       /* row * cols + col -> memory index */
    int *memory_to_logical;       /* -1: no tile */
    u32 memory_size;
    u8 *dirty;                    /* per logical tile */
    u8 *tile_kind;                /* per logical tile, as drawn: category | 0x10 if a pen is transparent */
    int category_tiles[16];       /* tiles of each category, */
    int transparent_tiles;        /* and with a transparent pen: when one category covers the map and
                                     no pen is transparent, drawing is a plain copy */
    bool any_dirty;
    u16 *pixmap;                  /* pens */
    u8 *flagsmap;                 /* category | 0x10 where opaque, | 0x20 / 0x40 if its tile row has a transparent / opaque pixel */
    u8 pen_flags[TILEMAP_GROUPS][256];
    bool group_opaque[TILEMAP_GROUPS]; /* no transparent pen in the group */
    int tpen_gran[TILEMAP_GROUPS];     /* tpen[g] holds for pens below tpen_gran[g] (0: not known) */
    int tpen[TILEMAP_GROUPS];          /* the one transparent pen, or TPEN_NONE / _ALL / _SEVERAL */
    u8 flip;                      /* TILEMAP_FLIPX | TILEMAP_FLIPY */
    int scroll_rows, scroll_cols;
    int *rowscroll, *colscroll;   /* scroll_rows x values, scroll_cols y values */
    int dx, dx_flipped, dy, dy_flipped;
    bool enabled;
    u16 *backdrop;                /* NULL, or the pixmap with backdrop_pen where a pixel is transparent */
    u16 backdrop_pen;
    u8 action[0x80];              /* the last masked draw's action per flagsmap byte, */
    u8 action_mask, action_value; /* for this mask and value (a cache: a draw with */
    bool action_valid;            /* several clips builds it once) */
} tilemap_t;

/* A standalone tilemap over gfx[] (the machine's m->gfx); NULL when out of
   memory or the configuration is invalid. */
tilemap_t *tilemap_alloc(const tilemap_config *cfg, const gfx_element *gfx, void *ctx);
void tilemap_free(tilemap_t *tm);
/* A tilemap the machine owns (freed with it, marked dirty after a state
   load), over the machine's gfx elements; for a driver's start(). */
tilemap_t *tilemap_create(machine_t *m, const tilemap_config *cfg, void *ctx);

void tilemap_mark_tile_dirty(tilemap_t *tm, u32 memory_index);
void tilemap_mark_all_dirty(tilemap_t *tm);
void tilemap_set_flip(tilemap_t *tm, u8 flip);
void tilemap_set_enable(tilemap_t *tm, bool on);

/* 1 (default): one x and one y value; the pixmap height (width) must be a
   multiple of rows (cols). Values start at 0. */
int tilemap_set_scroll_rows(tilemap_t *tm, int rows);
int tilemap_set_scroll_cols(tilemap_t *tm, int cols);
void tilemap_set_scrollx(tilemap_t *tm, int which, int value);
void tilemap_set_scrolly(tilemap_t *tm, int which, int value);
void tilemap_set_scrolldx(tilemap_t *tm, int dx, int dx_flipped);
void tilemap_set_scrolldy(tilemap_t *tm, int dy, int dy_flipped);

/* Pixel value `pen` is transparent in every group (the others opaque).
   These two redraw every tile. */
void tilemap_set_transparent_pen(tilemap_t *tm, int pen);
/* In `group`, pixel values with their bit set in mask (0-31) are transparent. */
void tilemap_set_transmask(tilemap_t *tm, int group, u32 mask);

/* Sets the pen of TILEMAP_DRAW_BACKDROP draws and keeps a second pixmap
   for them (redrawing every tile); -1 when out of memory. */
int tilemap_set_backdrop(tilemap_t *tm, u16 pen);

/* Redraws the dirty tiles, then copies the map into dst within clip. With
   pri, every pixel drawn sets pri = (pri & primask) | priority. */
void tilemap_draw(tilemap_t *tm, bitmap_ind16 *dst, const rect_t *clip, u32 flags, bitmap_ind8 *pri, u8 priority,
                  u8 primask);

/* Redraws the dirty tiles of the pixmap (tilemap_draw does it first). */
void tilemap_update(tilemap_t *tm);
/* The pixmap pixel that tilemap_draw puts at (x, y) of a dst_w x dst_h
   bitmap, with the scroll and flip as they are now. */
void tilemap_pixmap_coord(const tilemap_t *tm, int dst_w, int dst_h, int x, int y, int *pmx, int *pmy);

#endif
