/* gfx.c - builds the graphics ROMs and PROMs of `cabpac` (Serpentine, Cabinet's
 * bundled homebrew game for the Namco Pac-Man board) and splits the assembled
 * program into ROM files. Every picture, colour and waveform here is drawn for
 * this project.
 *
 *   cabpac_gfx gfx   OUT_5E OUT_5F                 tiles (256 x 8x8), sprites (64 x 16x16)
 *   cabpac_gfx proms OUT_7F OUT_4A OUT_1M OUT_3M   palette, colour lookup, waveforms, timing
 *   cabpac_gfx split IN.bin CHUNK OUT1 [OUT2...]   pad IN to n*CHUNK with 0xFF and split
 *
 * Art is written as the player sees it (the monitor is turned 90 degrees
 * clockwise, ROT90): '.' = pen 0, '1'-'3' = pens 1-3. The board stores
 * pictures unrotated, so a pixel at upright (u right, v down) of an N x N
 * picture is stored at native (x = v, y = N-1-u); the board's pixel packing
 * is in tools/romtool/romtool.h. */
#include <string.h>

#include "romtool.h"

static unsigned char gfx5e[4096], gfx5f[4096];

static int pen_of(char c)
{
    return c >= '1' && c <= '3' ? c - '0' : 0;
}

/* upright 8x8 art -> tile code */
static void tile_art(int code, const char *const rows[8])
{
    for (int v = 0; v < 8; v++)
        for (int u = 0; u < 8; u++)
            pacgfx_tile_pixel(gfx5e, code, v, 7 - u, pen_of(rows[v][u]));
}

/* upright 16x16 art -> sprite code; turn = 1 turns the picture a quarter
   clockwise (art facing up then faces right) */
static void sprite_art(int code, const char *const rows[16], int turn)
{
    for (int v = 0; v < 16; v++)
        for (int u = 0; u < 16; u++)
            pacgfx_sprite_pixel(gfx5f, code, v, 15 - u, pen_of(turn ? rows[15 - u][v] : rows[v][u]));
}

/* ---- font: 5x7 letters in an 8x8 cell, pen 3 ink, pen 1 drop shadow ---- */
struct glyph { char ch; const char *rows[7]; };
static const struct glyph font[] = {
    {'0', {".###.", "#..##", "#.#.#", "#.#.#", "##..#", "#...#", ".###."}},
    {'1', {"..#..", ".##..", "#.#..", "..#..", "..#..", "..#..", "#####"}},
    {'2', {".###.", "#...#", "....#", "..##.", ".#...", "#....", "#####"}},
    {'3', {"####.", "....#", "....#", ".###.", "....#", "....#", "####."}},
    {'4', {"...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."}},
    {'5', {"#####", "#....", "####.", "....#", "....#", "#...#", ".###."}},
    {'6', {".###.", "#....", "#....", "####.", "#...#", "#...#", ".###."}},
    {'7', {"#####", "#...#", "...#.", "..#..", "..#..", "..#..", "..#.."}},
    {'8', {".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."}},
    {'9', {".###.", "#...#", "#...#", ".####", "....#", "....#", ".###."}},
    {'A', {"..#..", ".#.#.", "#...#", "#...#", "#####", "#...#", "#...#"}},
    {'B', {"####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."}},
    {'C', {".####", "#....", "#....", "#....", "#....", "#....", ".####"}},
    {'D', {"####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."}},
    {'E', {"#####", "#....", "#....", "####.", "#....", "#....", "#####"}},
    {'F', {"#####", "#....", "#....", "####.", "#....", "#....", "#...."}},
    {'G', {".####", "#....", "#....", "#..##", "#...#", "#...#", ".####"}},
    {'H', {"#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"}},
    {'I', {"#####", "..#..", "..#..", "..#..", "..#..", "..#..", "#####"}},
    {'J', {"....#", "....#", "....#", "....#", "#...#", "#...#", ".###."}},
    {'K', {"#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"}},
    {'L', {"#....", "#....", "#....", "#....", "#....", "#....", "#####"}},
    {'M', {"#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"}},
    {'N', {"#...#", "##..#", "#.#.#", "#.#.#", "#..##", "#...#", "#...#"}},
    {'O', {".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."}},
    {'P', {"####.", "#...#", "#...#", "####.", "#....", "#....", "#...."}},
    {'Q', {".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"}},
    {'R', {"####.", "#...#", "#...#", "####.", "#..#.", "#...#", "#...#"}},
    {'S', {".####", "#....", "#....", ".###.", "....#", "....#", "####."}},
    {'T', {"#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."}},
    {'U', {"#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."}},
    {'V', {"#...#", "#...#", "#...#", ".#.#.", ".#.#.", "..#..", "..#.."}},
    {'W', {"#...#", "#...#", "#...#", "#.#.#", "#.#.#", "##.##", "#...#"}},
    {'X', {"#...#", ".#.#.", "..#..", "..#..", "..#..", ".#.#.", "#...#"}},
    {'Y', {"#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."}},
    {'Z', {"#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"}},
    {'-', {".....", ".....", ".....", ".###.", ".....", ".....", "....."}},
    {'!', {"..#..", "..#..", "..#..", "..#..", "..#..", ".....", "..#.."}},
    {'.', {".....", ".....", ".....", ".....", ".....", ".##..", ".##.."}},
    {':', {".....", ".##..", ".##..", ".....", ".##..", ".##..", "....."}},
    {'\'',{"..#..", "..#..", ".#...", ".....", ".....", ".....", "....."}},
    {'?', {".###.", "#...#", "...#.", "..#..", "..#..", ".....", "..#.."}},
    {'/', {"....#", "...#.", "...#.", "..#..", ".#...", ".#...", "#...."}},
    {'=', {".....", ".....", "#####", ".....", "#####", ".....", "....."}},
    {'(', {"...#.", "..#..", ".#...", ".#...", ".#...", "..#..", "...#."}},
    {')', {".#...", "..#..", "...#.", "...#.", "...#.", "..#..", ".#..."}},
    {'x', {".....", ".....", "#...#", ".#.#.", "..#..", ".#.#.", "#...#"}},
};

static void make_font(void)
{
    for (size_t i = 0; i < sizeof font / sizeof font[0]; i++) {
        int code = (unsigned char)font[i].ch;
        char art[8][9];
        memset(art, '.', sizeof art);
        for (int v = 0; v < 8; v++)
            art[v][8] = 0;
        for (int v = 0; v < 7; v++)
            for (int u = 0; u < 5; u++)
                if (font[i].rows[v][u] == '#') {
                    art[v][u + 1] = '3';
                    if (art[v + 1][u + 2] == '.')     /* shadow one down-right */
                        art[v + 1][u + 2] = '1';
                }
        /* ink wins over shadow drawn earlier */
        for (int v = 0; v < 7; v++)
            for (int u = 0; u < 5; u++)
                if (font[i].rows[v][u] == '#')
                    art[v][u + 1] = '3';
        const char *rows[8];
        for (int v = 0; v < 8; v++)
            rows[v] = art[v];
        tile_art(code, rows);
    }
}

/* ---- game tiles (codes from 80h; the program's equates must agree) ---- */
static const char *const t_wall[8] = {          /* 80h: bevelled block */
    "33333332", "32222221", "32222221", "32211221",
    "32211221", "32222221", "32222221", "21111111" };
static const char *const t_floor[8] = {         /* 81h: floor with a faint dot */
    "........", "........", "........", "...11...",
    "...11...", "........", "........", "........" };
static const char *const t_block[8] = {         /* 82h: bevelled block for the logo */
    "33333333", "32222221", "32322221", "32222221",
    "32222221", "32222221", "32222221", "31111111" };
static const char *const t_head_up[8] = {       /* 90h: head moving up */
    "..2222..", ".222222.", "23322332", "23122132",
    "22222222", "22222222", ".222222.", ".222222." };
static const char *const t_body_v[8] = {        /* 94h: body, vertical */
    ".122221.", ".122321.", ".123221.", ".122221.",
    ".122321.", ".123221.", ".122221.", ".122221." };
static const char *const t_body_h[8] = {        /* 95h: body, horizontal */
    "........", "11111111", "22222222", "22322322",
    "23223223", "22222222", "11111111", "........" };
static const char *const t_corner_dr[8] = {     /* 96h: joins down and right */
    "........", "........", "...11111", "..122222",
    ".1223232", ".1232222", ".1222221", ".122221." };
static const char *const t_tail_up[8] = {       /* 9Ah: tail, body continues up */
    ".122221.", ".122221.", "..1221..", "..1221..",
    "...22...", "...22...", "........", "........" };
static const char *const t_apple[8] = {         /* A0h: apple */
    "....3...", "...3.22.", ".11311..", "1111111.",
    "1113111.", "1111111.", "1111111.", ".11.11.." };
static const char *const t_gold[8] = {          /* A1h: golden pear */
    "...3....", "...32...", "..222...", "..2322..",
    ".223222.", ".222222.", ".222221.", "..1111.." };
static const char *const t_life[8] = {          /* A8h: life icon */
    "........", "..2222..", ".233232.", ".231132.",
    ".222222.", "..2222..", "...11...", "........" };

static void put_rotations(int code, const char *const art[8])
{
    /* code: up, code+1: down, code+2: left, code+3: right */
    for (int r = 0; r < 4; r++) {
        char a[8][9];
        for (int v = 0; v < 8; v++) {
            for (int u = 0; u < 8; u++) {
                char c;
                switch (r) {
                case 0: c = art[v][u]; break;              /* up */
                case 1: c = art[7 - v][u]; break;          /* down: flip vertically */
                case 2: c = art[u][v]; break;              /* left: transpose */
                default: c = art[7 - u][v]; break;         /* right */
                }
                a[v][u] = c;
            }
            a[v][8] = 0;
        }
        const char *rows[8];
        for (int v = 0; v < 8; v++)
            rows[v] = a[v];
        tile_art(code + r, rows);
    }
}

static void put_corners(int code, const char *const art[8])
{
    /* art joins down and right. code: down+right, +1 down+left, +2 up+right, +3 up+left */
    for (int r = 0; r < 4; r++) {
        char a[8][9];
        for (int v = 0; v < 8; v++) {
            for (int u = 0; u < 8; u++) {
                int sv = (r & 2) ? 7 - v : v, su = (r & 1) ? 7 - u : u;
                a[v][u] = art[sv][su];
            }
            a[v][8] = 0;
        }
        const char *rows[8];
        for (int v = 0; v < 8; v++)
            rows[v] = a[v];
        tile_art(code + r, rows);
    }
}

/* ---- sprites: beetle (2 frames, facing up), sparkle, "x2" bonus ---- */
static const char *const s_beetle[2][16] = {
    { "................", "....3......3....", ".....3....3.....", "......1111......",
        ".....122221.....", "..3.12233221.3..", "...312222221.3..", "....12211221....",
        "..3.12211221.3..", "...31222222133..", "....12211221....", "..3.12211221.3..",
        "...3.122221.3...", "......1111......", "................", "................" },
    { "................", "...3........3...", "....3......3....", "......1111......",
        ".....122221.....", "...312233221.3..", "..3.12222221..3.", "....12211221....",
        "...312211221.3..", "..3.12222221..3.", "....12211221....", "...312211221..3.",
        "....3122221.3...", "......1111......", "................", "................" },
};
static const char *const s_spark[2][16] = {
    { "................", "................", ".......3........", ".......3........",
        ".......2........", ".......2........", "...3..222..3....", "....2222222.....",
        "..3322232223....", "....2222222.....", "...3..222..3....", ".......2........",
        ".......2........", ".......3........", ".......3........", "................" },
    { "................", "................", "................", "...3.......3....",
        "....2.....2.....", ".....2.2.2......", "......222.......", "....2223222.....",
        "......222.......", ".....2.2.2......", "....2.....2.....", "...3.......3....",
        "................", "................", "................", "................" },
};
/* logo snake head, big (title screen) */
static const char *const s_bighead[16] = {
    "................", "....22222222....", "...2222222222...", "..222222222222..",
    ".22333222233322.", ".22311222211322.", ".22311222211322.", ".22333222233322.",
    ".22222222222222.", ".22222222222222.", "..222222222222..", "..122222222221..",
    "...1122222211...", ".....111111.....", ".......11.......", "......1..1......" };
static const char *const s_bigbody[16] = {
    "................", "....11111111....", "...1222222221...", "..122222222221..",
    ".12222322322221.", ".12223223222221.", ".12222322322221.", ".12223223222221.",
    ".12222322322221.", ".12223223222221.", ".12222322322221.", ".12223223222221.",
    "..122222222221..", "...1222222221...", "....11111111....", "................" };

static void make_gfx(void)
{
    memset(gfx5e, 0, sizeof gfx5e);
    memset(gfx5f, 0, sizeof gfx5f);
    make_font();
    tile_art(0x80, t_wall);
    tile_art(0x81, t_floor);
    tile_art(0x82, t_block);
    put_rotations(0x90, t_head_up);
    tile_art(0x94, t_body_v);
    tile_art(0x95, t_body_h);
    put_corners(0x96, t_corner_dr);
    put_rotations(0x9a, t_tail_up);      /* 9Ah-9Dh: tail with body up/down/left/right */
    tile_art(0xa0, t_apple);
    tile_art(0xa1, t_gold);
    tile_art(0xa8, t_life);
    sprite_art(0, s_beetle[0], 0);
    sprite_art(1, s_beetle[1], 0);
    sprite_art(2, s_spark[0], 0);
    sprite_art(3, s_spark[1], 0);
    sprite_art(4, s_bighead, 0);
    sprite_art(5, s_bigbody, 0);
    sprite_art(6, s_bighead, 1);
    sprite_art(8, s_beetle[0], 1);
    sprite_art(9, s_beetle[1], 1);
}

/* ---- PROMs ---- */
/* 82s123 (7f) palette: bits 0-2 red, 3-5 green, 6-7 blue */
static const unsigned char pal7f[32] = {
    0x00, /* 0 black */       0x07, /* 1 red */          0x38, /* 2 green */
    0x18, /* 3 dark green */  0x3f, /* 4 yellow */       0x80, /* 5 blue */
    0xf8, /* 6 cyan */        0xff, /* 7 white */        0x1f, /* 8 orange */
    0xa7, /* 9 pink */        0x14, /* 10 brown */       0x40, /* 11 navy */
    0x5b, /* 12 grey */       0x84, /* 13 purple */      0x03, /* 14 dark red */
    0x7b, /* 15 light green */
    /* 16-31: not reachable on this board; filler */
    0x00, 0x49, 0x92, 0xdb, 0x24, 0x6d, 0xb6, 0xff,
    0x00, 0x49, 0x92, 0xdb, 0x24, 0x6d, 0xb6, 0xff,
};

/* 82s126 (4a) colour lookup: colour n, pens 0-3 -> palette entry */
static const unsigned char clut[][4] = {
    { 0, 0, 0, 0 },      /* 0  black */
    { 0, 12, 12, 7 },    /* 1  white text */
    { 0, 10, 10, 4 },    /* 2  yellow text */
    { 0, 14, 14, 1 },    /* 3  red text */
    { 0, 11, 11, 6 },    /* 4  cyan text */
    { 0, 3, 3, 15 },     /* 5  green text */
    { 0, 13, 13, 9 },    /* 6  pink text */
    { 0, 10, 10, 8 },    /* 7  orange text */
    { 0, 11, 5, 6 },     /* 8  wall: blue */
    { 0, 14, 1, 8 },     /* 9  wall: red */
    { 0, 3, 2, 15 },     /* 10 wall: green */
    { 0, 13, 9, 7 },     /* 11 wall: purple */
    { 0, 3, 2, 4 },      /* 12 snake */
    { 0, 14, 1, 7 },     /* 13 snake, hurt */
    { 0, 1, 3, 7 },      /* 14 apple */
    { 0, 10, 4, 7 },     /* 15 golden pear */
    { 0, 13, 9, 4 },     /* 16 beetle */
    { 0, 8, 4, 7 },      /* 17 sparkle */
    { 0, 11, 0, 0 },     /* 18 floor dot */
    { 0, 10, 8, 4 },     /* 19 logo: gold */
    { 0, 14, 1, 9 },     /* 20 logo: red */
    { 0, 3, 2, 15 },     /* 21 logo: green */
    { 0, 11, 5, 6 },     /* 22 logo: blue */
    { 0, 12, 12, 12 },   /* 23 grey text */
};

static unsigned char wave(int w, int i)
{
    /* 8 waveforms x 32 samples, 4 bits, our own shapes */
    static const unsigned char sine[32] = {
        8, 9, 11, 12, 13, 14, 15, 15, 15, 15, 15, 14, 13, 12, 11, 9,
        8, 6, 4, 3, 2, 1, 0, 0, 0, 0, 0, 1, 2, 3, 4, 6 };
    static const unsigned char organ[32] = {
        8, 11, 13, 14, 13, 12, 11, 11, 12, 13, 14, 13, 11, 9, 8, 8,
        7, 7, 6, 4, 2, 1, 2, 3, 4, 4, 3, 2, 1, 2, 4, 6 };
    static const unsigned char noise[32] = {
        9, 2, 14, 5, 11, 0, 7, 15, 3, 12, 6, 1, 13, 8, 4, 10,
        2, 15, 6, 9, 0, 12, 5, 14, 1, 11, 7, 3, 13, 4, 10, 8 };
    switch (w) {
    case 0: return sine[i];
    case 1: return (unsigned char)(i < 16 ? 13 : 2);                 /* soft square */
    case 2: return (unsigned char)(i < 16 ? i : 31 - i);              /* triangle */
    case 3: return (unsigned char)(15 - i / 2);                       /* falling saw */
    case 4: return (unsigned char)(i < 8 ? 14 : 1);                   /* 25% pulse */
    case 5: return organ[i];
    case 6: return noise[i];
    default: return (unsigned char)(i < 4 ? 15 : i < 12 ? 9 : i < 20 ? 6 : 3);  /* buzzy */
    }
}

static void make_proms(unsigned char *p7f, unsigned char *p4a, unsigned char *p1m, unsigned char *p3m)
{
    memcpy(p7f, pal7f, 32);
    memset(p4a, 0, 256);
    for (size_t c = 0; c < sizeof clut / sizeof clut[0]; c++)
        memcpy(p4a + c * 4, clut[c], 4);
    for (int w = 0; w < 8; w++)
        for (int i = 0; i < 32; i++)
            p1m[w * 32 + i] = wave(w, i);
    /* 3m: the board's timing PROM, which emulators do not read; our own filler */
    for (int i = 0; i < 256; i++)
        p3m[i] = (unsigned char)((i * 5 + (i >> 3)) & 15);
}

int main(int argc, char **argv)
{
    static const pacgfx_generator gen = { "cabpac_gfx", gfx5e, gfx5f, make_gfx, make_proms };
    return pacgfx_main(&gen, argc, argv);
}
