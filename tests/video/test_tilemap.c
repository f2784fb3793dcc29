/* The tilemap on a 4 x 3 map of 2x2 tiles (an 8 x 6 pixmap): tile n's
   pixel (x, y) has value x + 2y and colour n, so every pen on screen tells
   which map pixel it came from. */
#include <stdlib.h>
#include <string.h>

#include "video/tilemap.h"
#include "../check.h"

#define COLS 4
#define ROWS 3
#define W (COLS * 2)
#define H (ROWS * 2)

typedef struct ctx {
    u8 ram[COLS * ROWS];
    int calls;
    bool categories, flip_tiles;
} ctx;

static void info(void *p, u32 index, tile_info *ti)
{
    ctx *c = p;
    c->calls++;
    ti->code = 0;
    ti->color = c->ram[index];
    ti->category = c->categories ? (u8)(index & 1) : 0;
    ti->flags = c->flip_tiles ? TILE_FLIPX : 0;
}

/* Pac-Man's order: the map's two outer columns on each side come from the
   end and the start of the RAM. */
static u32 scan_odd(int col, int row, int cols, int rows)
{
    (void)rows;
    if (col == 0)
        return (u32)((cols - 2) * rows + row);
    if (col == cols - 1)
        return (u32)((cols - 2) * rows + rows + row);
    return (u32)(row * (cols - 2) + col - 1);
}

/* Pen of logical map pixel (x, y) with scan_rows. */
static u16 map_pen(const ctx *c, int x, int y)
{
    x = ((x % W) + W) % W;
    y = ((y % H) + H) % H;
    return (u16)(16 * c->ram[(y / 2) * COLS + x / 2] + (x & 1) + 2 * (y & 1));
}

static gfx_element make_gfx(void)
{
    gfx_element g = { 2, 2, 1, 16, 0, 16, malloc(4) };
    for (int i = 0; i < 4; i++)
        g.data[i] = (u8)i;
    return g;
}

static bitmap_ind16 bm;

static void clear(u16 v)
{
    for (int i = 0; i < bm.width * bm.height; i++)
        bm.pix[i] = v;
}

static int mismatches(const ctx *c, int (*fx)(int x, int y), int (*fy)(int x, int y))
{
    int bad = 0;
    for (int y = 0; y < bm.height; y++)
        for (int x = 0; x < bm.width; x++)
            if (bm.pix[y * bm.width + x] != map_pen(c, fx(x, y), fy(x, y)))
                bad++;
    return bad;
}

static int id_x(int x, int y) { (void)y; return x; }
static int id_y(int x, int y) { (void)x; return y; }
static int scroll_x(int x, int y) { (void)y; return x + 3; }
static int scroll_y(int x, int y) { (void)x; return y + 1; }
static int rows_x(int x, int y) { return x + 5 * (y / 2); }   /* row scroll 0, 5, 10 */
static int cols_y(int x, int y) { return y + (x / 2); }       /* col scroll 0, 1, 2, 3 */
static int flip_x(int x, int y) { (void)y; return W - 1 - x; }
static int flip_y(int x, int y) { (void)x; return H - 1 - y; }
static int flip_scroll_x(int x, int y) { (void)y; return W - 1 - x + 3; }

int main(void)
{
    gfx_element g = make_gfx();
    ctx c = { .calls = 0 };
    for (int i = 0; i < COLS * ROWS; i++)
        c.ram[i] = (u8)i;
    bitmap_alloc(&bm, W, H);
    tilemap_t *tm = tilemap_alloc(&(tilemap_config){ tilemap_scan_rows, info, 2, 2, COLS, ROWS }, &g, &c);
    CHECK_TRUE(tm != NULL);

    /* scan order and a plain opaque draw */
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("tile-info calls on the first draw", COLS * ROWS, c.calls);
    CHECK_EQ("plain draw", 0, mismatches(&c, id_x, id_y));
    CHECK_EQ("rows: (3,1) is memory index 7", 7, tilemap_scan_rows(3, 1, COLS, ROWS));
    CHECK_EQ("cols: (3,1) is memory index 10", 10, tilemap_scan_cols(3, 1, COLS, ROWS));

    /* dirty marking: nothing is redrawn unless marked */
    c.calls = 0;
    c.ram[5] = 9;
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("no tile-info call without a dirty tile", 0, c.calls);
    CHECK_EQ("tile 5 still shows its old colour", 16 * 5, bm.pix[2 * W + 2]);
    tilemap_mark_tile_dirty(tm, 5);
    tilemap_mark_tile_dirty(tm, 999); /* outside the map: ignored */
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("one tile-info call for one dirty tile", 1, c.calls);
    CHECK_EQ("after marking", 0, mismatches(&c, id_x, id_y));
    c.calls = 0;
    tilemap_mark_all_dirty(tm);
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("all marked: every tile again", COLS * ROWS, c.calls);

    /* global scroll, wrapping */
    tilemap_set_scrollx(tm, 0, 3);
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("scroll x 3", 0, mismatches(&c, scroll_x, id_y));
    tilemap_set_scrollx(tm, 0, 0);
    tilemap_set_scrolly(tm, 0, 1 + 4 * H); /* whole turns do not matter */
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("scroll y 1", 0, mismatches(&c, id_x, scroll_y));
    tilemap_set_scrolly(tm, 0, 0);

    /* per-row x scroll: the pixmap's row bands */
    CHECK_EQ("rows must divide the height", -1, tilemap_set_scroll_rows(tm, 4));
    CHECK_EQ("3 scroll rows", 0, tilemap_set_scroll_rows(tm, 3));
    for (int i = 0; i < 3; i++)
        tilemap_set_scrollx(tm, i, 5 * i);
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("row scroll", 0, mismatches(&c, rows_x, id_y));
    tilemap_set_scroll_rows(tm, 1);

    /* per-column y scroll */
    CHECK_EQ("4 scroll columns", 0, tilemap_set_scroll_cols(tm, 4));
    for (int i = 0; i < 4; i++)
        tilemap_set_scrolly(tm, i, i);
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("column scroll", 0, mismatches(&c, id_x, cols_y));
    tilemap_set_scroll_cols(tm, 1);

    /* flip: the whole map mirrored, tiles included; scroll mirrored too */
    c.calls = 0;
    tilemap_set_flip(tm, TILEMAP_FLIPX | TILEMAP_FLIPY);
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("a flip change redraws every tile", COLS * ROWS, c.calls);
    CHECK_EQ("flip x and y", 0, mismatches(&c, flip_x, flip_y));
    tilemap_set_scrollx(tm, 0, 3);
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("flip with scroll x 3", 0, mismatches(&c, flip_scroll_x, flip_y));
    tilemap_set_scrollx(tm, 0, 0);
    tilemap_set_flip(tm, TILEMAP_FLIPX);
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("flip x only", 0, mismatches(&c, flip_x, id_y));
    c.flip_tiles = true; /* a tile's own flip undoes the screen's, pixel by pixel */
    tilemap_mark_all_dirty(tm);
    tilemap_draw(tm, &bm, NULL, 0, NULL, 0, 0);
    CHECK_EQ("flipped tile on a flipped map: pixel 0 of tile 3 at x 0",
             map_pen(&c, 6, 0), bm.pix[0]);
    c.flip_tiles = false;
    tilemap_set_flip(tm, 0);

    /* clipping */
    clear(0xffff);
    rect_t clip = { 2, 5, 1, 3 };
    tilemap_draw(tm, &bm, &clip, 0, NULL, 0, 0);
    int outside = 0, inside = 0;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            bool in = x >= 2 && x <= 5 && y >= 1 && y <= 3;
            u16 p = bm.pix[y * W + x];
            if (in && p != map_pen(&c, x, y))
                inside++;
            if (!in && p != 0xffff)
                outside++;
        }
    CHECK_EQ("clip: pixels outside touched", 0, outside);
    CHECK_EQ("clip: pixels inside wrong", 0, inside);

    /* transparency, categories and priority */
    tilemap_set_transparent_pen(tm, 0);
    tilemap_mark_all_dirty(tm);
    clear(0xffff);
    bitmap_ind8 pri;
    bitmap8_alloc(&pri, W, H);
    tilemap_draw(tm, &bm, NULL, 0, &pri, 4, 0xff);
    CHECK_EQ("transparent pen 0 is not drawn", 0xffff, bm.pix[0]);
    CHECK_EQ("pen 1 is", map_pen(&c, 1, 0), bm.pix[1]);
    CHECK_EQ("priority where drawn", 4, pri.pix[1]);
    CHECK_EQ("no priority where transparent", 0, pri.pix[0]);
    tilemap_draw(tm, &bm, NULL, TILEMAP_DRAW_OPAQUE, NULL, 0, 0);
    CHECK_EQ("opaque draw draws pen 0", map_pen(&c, 0, 0), bm.pix[0]);
    c.categories = true;
    tilemap_mark_all_dirty(tm);
    clear(0xffff);
    tilemap_draw(tm, &bm, NULL, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_CATEGORY(1), NULL, 0, 0);
    CHECK_EQ("category 1 only: tile 0 not drawn", 0xffff, bm.pix[0]);
    CHECK_EQ("category 1 only: tile 1 drawn", map_pen(&c, 2, 0), bm.pix[2]);
    tilemap_draw(tm, &bm, NULL, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_ALL_CATEGORIES, NULL, 0, 0);
    CHECK_EQ("all categories", 0, mismatches(&c, id_x, id_y));
    tilemap_free(tm);

    /* a custom scan (Pac-Man-like) and a screen wider than the map */
    c.categories = false;
    tm = tilemap_alloc(&(tilemap_config){ scan_odd, info, 2, 2, COLS, ROWS }, &g, &c);
    tilemap_draw(tm, &bm, NULL, TILEMAP_DRAW_OPAQUE, NULL, 0, 0);
    CHECK_EQ("column 0 row 1 is memory 7", 16 * 7, bm.pix[2 * W + 0]);
    CHECK_EQ("column 3 row 2 is memory 11", 16 * 11, bm.pix[4 * W + 6]);
    CHECK_EQ("column 1 row 2 is memory 4", 16 * 4, bm.pix[4 * W + 2]);
    CHECK_EQ("memory 0 is logical tile 1 (column 1 row 0)", 1, tm->memory_to_logical[0]);
    c.calls = 0;
    tilemap_mark_tile_dirty(tm, 9);
    tilemap_draw(tm, &bm, NULL, TILEMAP_DRAW_OPAQUE, NULL, 0, 0);
    CHECK_EQ("marking memory 9 redraws one tile", 1, c.calls);
    tilemap_free(tm);

    bitmap_ind16 wide;
    bitmap_alloc(&wide, W + 5, H);
    tm = tilemap_alloc(&(tilemap_config){ tilemap_scan_rows, info, 2, 2, COLS, ROWS }, &g, &c);
    tilemap_draw(tm, &wide, NULL, TILEMAP_DRAW_OPAQUE, NULL, 0, 0);
    int bad = 0;
    for (int x = 0; x < W + 5; x++)
        bad += wide.pix[3 * wide.width + x] != map_pen(&c, x, 3);
    CHECK_EQ("a screen wider than the map wraps", 0, bad);
    tilemap_free(tm);

    bitmap_free(&wide);
    bitmap8_free(&pri);
    bitmap_free(&bm);
    gfx_free(&g);
    return check_report("test_tilemap");
}
