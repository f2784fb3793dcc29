/* Builds the non-program files of Cabinet's Centipede test set.
     romgen split IN SIZE OUT...   cut IN into SIZE-byte files (0xFF-padded)
     romgen gfx F7 HJ7             2bpp graphics: F7 = bit plane 0 (low), HJ7 = plane 1 (high)
     romgen prom P4                256 bytes (unused by the board: a ramp)
     romgen gfxbank LO HI          the same graphics, plus tiles c0-ff (Millipede's bank bit):
                                   tiles 40-7f with pens 1 and 2 swapped
     romgen cprom C11              Maze Invaders' 32-byte colour PROM (16 colours, 3-3-2)
     romgen wgfx E6                Warlords' 2 KB graphics: 64 tiles (00-03 solid pens 0-3, 04
                                   stripes, 05 the arrow, 10-1f hex digits, 20-39 A-Z) at 000
                                   (plane 0) / 400 (plane 1); 64 8x8 sprites at 200 / 600 (00 a
                                   flag, 01 a ring, 02 a checkerboard, 03 a bar of pens 1-3)
     romgen wprom N7               Warlords' colour PROM (bits 2-0 red, green, blue)
   Tiles (playfield codes +0x40): 40 blank, 41-43 solid pens 1-3, 44 diagonal
   stripes of pens 0-3, 45 an arrow (pens 3 and 1, shows flips), 46 vertical
   bars of pens 0-3, 50-5f hex digits 0-F, 60-79 A-Z (pen 3).
   Sprites (8x16): 0 an asymmetric flag (pens 1-3), 1 a ring, 64 diagonal
   bands, 65 a checkerboard. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "romtool.h"

static unsigned char plane[2][2048];

static void put_tile_px(int code, int x, int y, int pen)
{
    int byte = code * 8 + y;
    for (int p = 0; p < 2; p++)
        if (pen >> p & 1)
            plane[p][byte] |= (unsigned char)(0x80 >> x);
}

static void put_sprite_px(int code, int x, int y, int pen)
{
    int byte = code * 16 + y;
    for (int p = 0; p < 2; p++)
        if (pen >> p & 1)
            plane[p][byte] |= (unsigned char)(0x80 >> x);
}

/* 5x7 glyphs, one string per row, '#' = on */
static const char *const font[36][7] = {
    { ".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###." }, /* 0 */
    { "..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###." },
    { ".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####" },
    { "####.", "....#", "....#", ".###.", "....#", "....#", "####." },
    { "...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#." },
    { "#####", "#....", "####.", "....#", "....#", "#...#", ".###." },
    { ".###.", "#....", "#....", "####.", "#...#", "#...#", ".###." },
    { "#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..." },
    { ".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###." },
    { ".###.", "#...#", "#...#", ".####", "....#", "....#", ".###." },
    { ".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#" }, /* A */
    { "####.", "#...#", "#...#", "####.", "#...#", "#...#", "####." },
    { ".###.", "#...#", "#....", "#....", "#....", "#...#", ".###." },
    { "####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####." },
    { "#####", "#....", "#....", "####.", "#....", "#....", "#####" },
    { "#####", "#....", "#....", "####.", "#....", "#....", "#...." },
    { ".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####" },
    { "#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#" },
    { ".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###." },
    { "..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##.." },
    { "#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#" },
    { "#....", "#....", "#....", "#....", "#....", "#....", "#####" },
    { "#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#" },
    { "#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#" },
    { ".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###." },
    { "####.", "#...#", "#...#", "####.", "#....", "#....", "#...." },
    { ".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#" },
    { "####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#" },
    { ".####", "#....", "#....", ".###.", "....#", "....#", "####." },
    { "#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.." },
    { "#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###." },
    { "#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.." },
    { "#...#", "#...#", "#...#", "#.#.#", "#.#.#", "#.#.#", ".#.#." },
    { "#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#" },
    { "#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.." },
    { "#####", "....#", "...#.", "..#..", ".#...", "#....", "#####" },
};

static void make_gfx(void)
{
    memset(plane, 0, sizeof(plane));
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 8; x++) {
            put_tile_px(0x41, x, y, 1);
            put_tile_px(0x42, x, y, 2);
            put_tile_px(0x43, x, y, 3);
            put_tile_px(0x44, x, y, ((x >> 1) + (y >> 1)) & 3);
            put_tile_px(0x46, x, y, (x >> 1) & 3);
        }
    static const char *const arrow[8] = { "###.....", "##......", "#.#.....", "...#....",
                                          "....#...", ".....#..", "......#.", ".......+" };
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 8; x++)
            if (arrow[y][x] != '.')
                put_tile_px(0x45, x, y, arrow[y][x] == '#' ? 3 : 1);
    for (int c = 0; c < 36 + 6; c++) {
        /* 0-9 and A-Z, then A-F again as hex digits 5a-5f */
        int code = c < 10 ? 0x50 + c : c < 36 ? 0x60 + (c - 10) : 0x5a + (c - 36);
        int glyph = c < 36 ? c : 10 + (c - 36);
        for (int y = 0; y < 7; y++)
            for (int x = 0; x < 5; x++)
                if (font[glyph][y][x] == '#')
                    put_tile_px(code, x + 1, y, 3);
    }
    /* sprite 0: a flag on a pole, asymmetric in both directions */
    for (int y = 0; y < 16; y++) {
        put_sprite_px(0, 0, y, 3);
        for (int x = 1; x < 8; x++) {
            if (y < 4 && x < 7)
                put_sprite_px(0, x, y, 1);
            else if (y >= 4 && y < 7 && x < 5)
                put_sprite_px(0, x, y, 2);
        }
    }
    /* sprite 1: a ring of pen 3 round pen 1 */
    for (int y = 0; y < 16; y++)
        for (int x = 0; x < 8; x++) {
            int dx = 2 * x - 7, dy = y - 8, d = dx * dx + dy * dy * 1;
            if (d < 16)
                put_sprite_px(1, x, y, 1);
            else if (d < 48)
                put_sprite_px(1, x, y, 3);
        }
    for (int y = 0; y < 16; y++)
        for (int x = 0; x < 8; x++) {
            put_sprite_px(64, x, y, ((x + y) >> 1) % 4);
            put_sprite_px(65, x, y, ((x >> 1) + (y >> 2)) & 1 ? 2 : 3);
        }
}

/* Warlords: one 2 KB ROM, 8x8 tiles and sprites, bit planes 1 KB apart */
static unsigned char wgfx[2048];

static void put_w(int base, int code, int x, int y, int pen)
{
    if (pen & 1)
        wgfx[base + code * 8 + y] |= (unsigned char)(0x80 >> x);
    if (pen & 2)
        wgfx[0x400 + base + code * 8 + y] |= (unsigned char)(0x80 >> x);
}

static int make_warlords_gfx(const char *path)
{
    memset(wgfx, 0, sizeof(wgfx));
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 8; x++) {
            for (int p = 1; p < 4; p++)
                put_w(0, p, x, y, p);
            put_w(0, 4, x, y, ((x >> 1) + (y >> 1)) & 3);
            put_w(0x200, 2, x, y, ((x >> 1) + (y >> 1)) & 1 ? 1 : 2);
            put_w(0x200, 3, x, y, y < 2 ? 0 : 1 + (x * 3 / 8));
        }
    static const char *const arrow[8] = { "###.....", "##......", "#.#.....", "...#....",
                                          "....#...", ".....#..", "......#.", ".......+" };
    for (int y = 0; y < 8; y++)
        for (int x = 0; x < 8; x++) {
            if (arrow[y][x] != '.')
                put_w(0, 5, x, y, arrow[y][x] == '#' ? 3 : 1);
            if (x == 0)
                put_w(0x200, 0, x, y, 3);
            else if (y < 3 && x < 7)
                put_w(0x200, 0, x, y, 1);
            else if (y < 5 && x < 5)
                put_w(0x200, 0, x, y, 2);
            int dx = 2 * x - 7, dy = 2 * y - 7, d = dx * dx + dy * dy;
            if (d < 20)
                put_w(0x200, 1, x, y, 1);
            else if (d < 50)
                put_w(0x200, 1, x, y, 3);
        }
    for (int c = 0; c < 42; c++) {
        int code = c < 10 ? 0x10 + c : c < 36 ? 0x20 + (c - 10) : 0x1a + (c - 36);
        int glyph = c < 36 ? c : 10 + (c - 36);
        for (int y = 0; y < 7; y++)
            for (int x = 0; x < 5; x++)
                if (font[glyph][y][x] == '#')
                    put_w(0, code, x + 1, y, 3);
    }
    return romtool_write(path, wgfx, sizeof(wgfx));
}

/* colour codes 0-7 of tiles and sprites, four pens each; 40-7f (the
   upright cabinet's) shown in grey by MAME */
static int make_warlords_prom(const char *path)
{
    unsigned char p[256];
    for (int i = 0; i < 256; i++)
        p[i] = (unsigned char)((i & 3) ? ((i >> 2) + (i & 3) * 3) % 7 + 1 : 0);
    return romtool_write(path, p, sizeof(p));
}

/* Millipede/Maze Invaders tiles c0-ff (bank bit 6): 40-7f, pens 1 and 2 swapped */
static void make_bank_tiles(void)
{
    for (int b = 0x40 * 8; b < 0x80 * 8; b++) {
        unsigned char p0 = plane[0][b], p1 = plane[1][b];
        unsigned char both = p0 & p1;
        plane[0][b + 0x400] = (unsigned char)(both | (p1 & ~p0));
        plane[1][b + 0x400] = (unsigned char)(both | (p0 & ~p1));
    }
}

static int make_color_prom(const char *path)
{
    static const unsigned char colors[16] = { 0x00, 0xe0, 0x18, 0x07, 0xff, 0xf8, 0xe7, 0x1f,
                                              0x80, 0x10, 0x02, 0x92, 0x49, 0x6d, 0xb6, 0x24 };
    unsigned char p[32];
    for (int i = 0; i < 32; i++)
        p[i] = i < 16 ? colors[i] : (unsigned char)(i * 0x11);
    return romtool_write(path, p, sizeof(p));
}

int main(int argc, char **argv)
{
    if (argc == 4 && !strcmp(argv[1], "gfxbank")) {
        make_gfx();
        make_bank_tiles();
        return romtool_write(argv[2], plane[0], 2048) || romtool_write(argv[3], plane[1], 2048);
    }
    if (argc == 3 && !strcmp(argv[1], "cprom"))
        return make_color_prom(argv[2]);
    if (argc == 3 && !strcmp(argv[1], "wgfx"))
        return make_warlords_gfx(argv[2]);
    if (argc == 3 && !strcmp(argv[1], "wprom"))
        return make_warlords_prom(argv[2]);
    if (argc >= 5 && !strcmp(argv[1], "split"))
        return romtool_split(argv[2], argv[3], argv + 4, argc - 4);
    if (argc == 4 && !strcmp(argv[1], "gfx")) {
        make_gfx();
        return romtool_write(argv[2], plane[0], 2048) || romtool_write(argv[3], plane[1], 2048);
    }
    if (argc == 3 && !strcmp(argv[1], "prom")) {
        unsigned char p[256];
        for (int i = 0; i < 256; i++)
            p[i] = (unsigned char)i;
        return romtool_write(argv[2], p, sizeof(p));
    }
    fprintf(stderr, "usage: romgen split IN SIZE OUT... | gfx F7 HJ7 | gfxbank LO HI | prom P4 | cprom C11 | wgfx E6 | wprom N7\n");
    return 2;
}
