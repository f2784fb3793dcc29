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
    gfx_element g = { 2, 2, 1, 16, 0, 16, malloc(4), NULL };
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

/* ---- 8x8 tiles against a pixel-by-pixel reference: the draw decides per
   tile row (skip, copy, or test each pixel), so rows all transparent, all
   opaque and mixed must each come out as the per-pixel rule says ---- */

#define BCOLS 8
#define BROWS 4
#define BW (BCOLS * 8)
#define BH (BROWS * 8)

typedef struct big_ctx {
    u8 code[BCOLS * BROWS], cat[BCOLS * BROWS], group[BCOLS * BROWS], flags[BCOLS * BROWS];
} big_ctx;

static void big_info(void *p, u32 index, tile_info *ti)
{
    const big_ctx *c = p;
    ti->code = c->code[index];
    ti->color = index % 4;
    ti->category = c->cat[index];
    ti->group = c->group[index];
    ti->flags = c->flags[index];
}

static u32 rng_state = 12345;

static u32 rng(void)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return rng_state >> 16;
}

/* Element 0 all pen 0, 1 without pen 0, the rest random with some rows of
   either kind. */
static gfx_element make_big_gfx(void)
{
    gfx_element g = { 8, 8, 16, 4, 0, 4, malloc(16 * 64), NULL };
    for (int i = 0; i < 16 * 64; i++) {
        int code = i / 64, row = i / 8 % 8;
        u8 v = (u8)(rng() % 4);
        if (code == 0 || (code > 1 && row == 2))
            v = 0;
        else if (code == 1 || (code > 1 && row == 5))
            v = (u8)(1 + rng() % 3);
        g.data[i] = v;
    }
    return g;
}

static int big_draw_mismatches(tilemap_t *tm, bitmap_ind16 *b, bitmap_ind8 *pri, const rect_t *clip, u32 flags)
{
    static u16 before[40 * 20];
    static u8 pri_before[40 * 20];
    for (int i = 0; i < b->width * b->height; i++) {
        before[i] = b->pix[i] = (u16)(0x8000 + rng() % 100);
        if (pri)
            pri_before[i] = pri->pix[i] = (u8)(rng() % 4);
    }
    tilemap_draw(tm, b, clip, flags, pri, 0x40, 0x03);
    int bad = 0;
    for (int y = 0; y < b->height; y++)
        for (int x = 0; x < b->width; x++) {
            int i = y * b->width + x, pmx, pmy;
            bool in = !clip || (x >= clip->min_x && x <= clip->max_x && y >= clip->min_y && y <= clip->max_y);
            tilemap_pixmap_coord(tm, b->width, b->height, x, y, &pmx, &pmy);
            u8 fl = tm->flagsmap[pmy * tm->width + pmx];
            bool pass = in && ((flags & TILEMAP_DRAW_OPAQUE) || (fl & 0x10)) &&
                        ((flags & TILEMAP_DRAW_ALL_CATEGORIES) || (fl & 0x0f) == TILEMAP_DRAW_CATEGORY(flags));
            u16 want = pass ? tm->pixmap[pmy * tm->width + pmx] : before[i];
            bad += b->pix[i] != want;
            if (pri)
                bad += pri->pix[i] != (pass ? (u8)((pri_before[i] & 0x03) | 0x40) : pri_before[i]);
        }
    return bad;
}

static void test_tile_rows(void)
{
    gfx_element g = make_big_gfx();
    big_ctx c;
    for (int i = 0; i < BCOLS * BROWS; i++) {
        c.code[i] = (u8)(rng() % 16);
        c.cat[i] = (u8)(rng() % 2);
        c.group[i] = (u8)(rng() % 2);
        c.flags[i] = (u8)(rng() % 4);
    }
    bitmap_ind16 b;
    bitmap_ind8 pri;
    bitmap_alloc(&b, 40, 20);
    bitmap8_alloc(&pri, 40, 20);
    tilemap_t *tm = tilemap_alloc(&(tilemap_config){ tilemap_scan_rows, big_info, 8, 8, BCOLS, BROWS }, &g, &c);
    CHECK_TRUE(tm != NULL);
    tilemap_set_transmask(tm, 0, 0x01); /* group 0: pen 0 clear */
    tilemap_set_transmask(tm, 1, 0x0a); /* group 1: pens 1 and 3 */
    /* the flags of every pixel follow its pen */
    tilemap_update(tm);
    int bad = 0;
    for (int y = 0; y < BH; y++)
        for (int x = 0; x < BW; x++) {
            int i = y * BW + x;
            int tile = (y / 8) * BCOLS + x / 8;
            u8 v = (u8)(tm->pixmap[i] - 4 * (tile % 4));
            bool opaque = c.group[tile] ? !(0x0a >> v & 1) : v != 0;
            bad += ((tm->flagsmap[i] & 0x10) != 0) != opaque;
            bad += (tm->flagsmap[i] & 0x0f) != c.cat[tile];
        }
    CHECK_EQ("pixel flags follow the pens and groups", 0, bad);

    static const u32 draw_flags[] = { 0, TILEMAP_DRAW_CATEGORY(1), TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_CATEGORY(1),
                                      TILEMAP_DRAW_ALL_CATEGORIES, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_ALL_CATEGORIES };
    rect_t clip = { 3, 33, 2, 17 };
    bad = 0;
    for (int round = 0; round < 40; round++) {
        tilemap_set_flip(tm, (u8)(round % 4));
        tilemap_set_scroll_rows(tm, 1);
        tilemap_set_scroll_cols(tm, 1);
        if (round % 3 == 1) { /* column scroll, bands one tile wide */
            tilemap_set_scroll_cols(tm, BCOLS);
            for (int i = 0; i < BCOLS; i++)
                tilemap_set_scrolly(tm, i, (int)(rng() % 64));
            tilemap_set_scrollx(tm, 0, round % 2 ? 8 * (int)(rng() % 8) : (int)(rng() % 64));
        } else if (round % 3 == 2) { /* row scroll */
            tilemap_set_scroll_rows(tm, BROWS);
            for (int i = 0; i < BROWS; i++)
                tilemap_set_scrollx(tm, i, (int)(rng() % 128));
            tilemap_set_scrolly(tm, 0, (int)(rng() % 64));
        } else {
            tilemap_set_scrollx(tm, 0, (int)(rng() % 128));
            tilemap_set_scrolly(tm, 0, (int)(rng() % 64));
        }
        for (size_t f = 0; f < sizeof(draw_flags) / sizeof(draw_flags[0]); f++) {
            bad += big_draw_mismatches(tm, &b, NULL, NULL, draw_flags[f]);
            bad += big_draw_mismatches(tm, &b, NULL, &clip, draw_flags[f]);
            bad += big_draw_mismatches(tm, &b, &pri, &clip, draw_flags[f]);
        }
        /* a few tiles change between rounds */
        for (int k = 0; k < 3; k++) {
            int t = (int)(rng() % (BCOLS * BROWS));
            c.code[t] = (u8)(rng() % 16);
            c.flags[t] = (u8)(rng() % 4);
            tilemap_mark_tile_dirty(tm, (u32)t);
        }
    }
    CHECK_EQ("8x8 tiles: every draw as the per-pixel rule says", 0, bad);
    tilemap_free(tm);
    bitmap8_free(&pri);
    bitmap_free(&b);
    gfx_free(&g);
}

int main(void)
{
    test_tile_rows();
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
