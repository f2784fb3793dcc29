/* romgen.c - generates the graphics ROMs and PROMs of Cabinet's homebrew Pac-Man
 * test sets, and splits an assembled program image into ROM-sized files.
 * All data here is this project's own design.
 *
 *   romgen gfx   OUT_5E OUT_5F                 tiles (256 x 8x8) and sprites (64 x 16x16)
 *   romgen proms OUT_7F OUT_4A OUT_1M OUT_3M   palette, colour lookup, waveforms, timing
 *   romgen split IN.bin CHUNK OUT1 [OUT2...]   pad IN to n*CHUNK with 0xFF and split
 *
 * The board's pixel packing is in tools/romtool/romtool.h. */
#include <string.h>

#include "romtool.h"

static unsigned char gfx5e[4096], gfx5f[4096];

/* 5x7 glyphs, one string per row, '#' = ink. Our own drawing. */
struct glyph { char ch; const char *rows[7]; };
static const struct glyph font[] = {
    {'0', {" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "}},
    {'1', {"  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "}},
    {'2', {" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"}},
    {'3', {"#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "}},
    {'4', {"   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "}},
    {'5', {"#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "}},
    {'6', {"  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "}},
    {'7', {"#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "}},
    {'8', {" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "}},
    {'9', {" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "}},
    {'A', {" ### ", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"}},
    {'B', {"#### ", "#   #", "#   #", "#### ", "#   #", "#   #", "#### "}},
    {'C', {" ### ", "#   #", "#    ", "#    ", "#    ", "#   #", " ### "}},
    {'D', {"###  ", "#  # ", "#   #", "#   #", "#   #", "#  # ", "###  "}},
    {'E', {"#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####"}},
    {'F', {"#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#    "}},
    {'G', {" ### ", "#   #", "#    ", "# ###", "#   #", "#   #", " ####"}},
    {'H', {"#   #", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"}},
    {'I', {" ### ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "}},
    {'J', {"  ###", "   # ", "   # ", "   # ", "   # ", "#  # ", " ##  "}},
    {'K', {"#   #", "#  # ", "# #  ", "##   ", "# #  ", "#  # ", "#   #"}},
    {'L', {"#    ", "#    ", "#    ", "#    ", "#    ", "#    ", "#####"}},
    {'M', {"#   #", "## ##", "# # #", "# # #", "#   #", "#   #", "#   #"}},
    {'N', {"#   #", "#   #", "##  #", "# # #", "#  ##", "#   #", "#   #"}},
    {'O', {" ### ", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "}},
    {'P', {"#### ", "#   #", "#   #", "#### ", "#    ", "#    ", "#    "}},
    {'Q', {" ### ", "#   #", "#   #", "#   #", "# # #", "#  # ", " ## #"}},
    {'R', {"#### ", "#   #", "#   #", "#### ", "# #  ", "#  # ", "#   #"}},
    {'S', {" ####", "#    ", "#    ", " ### ", "    #", "    #", "#### "}},
    {'T', {"#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "}},
    {'U', {"#   #", "#   #", "#   #", "#   #", "#   #", "#   #", " ### "}},
    {'V', {"#   #", "#   #", "#   #", "#   #", "#   #", " # # ", "  #  "}},
    {'W', {"#   #", "#   #", "#   #", "# # #", "# # #", "# # #", " # # "}},
    {'X', {"#   #", "#   #", " # # ", "  #  ", " # # ", "#   #", "#   #"}},
    {'Y', {"#   #", "#   #", " # # ", "  #  ", "  #  ", "  #  ", "  #  "}},
    {'Z', {"#####", "    #", "   # ", "  #  ", " #   ", "#    ", "#####"}},
    {':', {"     ", " ##  ", " ##  ", "     ", " ##  ", " ##  ", "     "}},
    {'-', {"     ", "     ", "     ", "#####", "     ", "     ", "     "}},
    {'!', {"  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "     ", "  #  "}},
    {'.', {"     ", "     ", "     ", "     ", "     ", " ##  ", " ##  "}},
    {'/', {"     ", "    #", "   # ", "  #  ", " #   ", "#    ", "     "}},
    {'=', {"     ", "     ", "#####", "     ", "#####", "     ", "     "}},
    {'>', {" #   ", "  #  ", "   # ", "    #", "   # ", "  #  ", " #   "}},
    {'?', {" ### ", "#   #", "    #", "   # ", "  #  ", "     ", "  #  "}},
    {' ', {"     ", "     ", "     ", "     ", "     ", "     ", "     "}},
};

static const struct glyph *find_glyph(int c)
{
    for (size_t i = 0; i < sizeof font / sizeof font[0]; i++)
        if (font[i].ch == c)
            return &font[i];
    return NULL;
}

static void make_gfx(void)
{
    memset(gfx5e, 0, sizeof gfx5e);
    memset(gfx5f, 0, sizeof gfx5f);
    for (int c = 0; c < 256; c++) {
        const struct glyph *g = find_glyph(c);
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++) {
                int pen;
                if (g)                       /* text: pen 3 ink on pen 0, glyph at x 1-5, y 0-6 */
                    pen = (y < 7 && x >= 1 && x <= 5 && g->rows[y][x - 1] == '#') ? 3 : 0;
                else if (x < 4)              /* generic tile: left half, one stripe per pen */
                    pen = y & 3;
                else if (x == 4)
                    pen = 0;
                else                         /* right half: bit 7-y of the code, MSB on top */
                    pen = (c >> (7 - y)) & 1 ? 3 : 0;
                pacgfx_tile_pixel(gfx5e, c, x, y, pen);
            }
    }
    for (int c = 0; c < 64; c++)
        for (int y = 0; y < 16; y++)
            for (int x = 0; x < 16; x++) {
                int pen = 0;
                if (x == 0 || y == 0) pen = 1;                       /* top/left edges: pen 1 */
                else if (x == 15 || y == 15) pen = 2;                /* bottom/right edges: pen 2 */
                else if (x >= 2 && x <= 5 && y >= 2 && y <= 5) pen = 3;  /* corner block */
                else if (x == 8 && y >= 3 && y <= 10) pen = 2;       /* an "L" */
                else if (y == 10 && x >= 8 && x <= 12) pen = 2;
                else if (y == 12 || y == 13) {                       /* 6 code bits, LSB left */
                    int b = (x - 2) / 2;
                    if (x >= 2 && x < 14 && ((x - 2) & 1) == 0)
                        pen = (c >> b) & 1 ? 3 : 1;
                }
                pacgfx_sprite_pixel(gfx5f, c, x, y, pen);
            }
}

/* Palette PROM 82s123 (7f): bits 0-2 red, 3-5 green, 6-7 blue. Entries 0-15 are
 * the ones Pac-Man's colour lookup can reach; 16-31 are never displayed. */
static const unsigned char pal7f[32] = {
    0x00, 0x07, 0x38, 0xc0, 0xff, 0x01, 0x02, 0x04,   /* black, R, G, B, white, R bits */
    0x08, 0x10, 0x20, 0x40, 0x80, 0x3f, 0xc7, 0xf8,   /* G bits, B bits, yellow, magenta, cyan */
    0x5a, 0xa5, 0x3c, 0xc3, 0x96, 0x69, 0x0f, 0xf0,
    0x11, 0x22, 0x44, 0x88, 0x77, 0xbb, 0xdd, 0xee,
};

static const unsigned char sine[32] = {
    8, 9, 10, 12, 13, 14, 14, 15, 15, 15, 14, 14, 13, 12, 10, 9,
    8, 6, 5, 3, 2, 1, 1, 0, 0, 0, 1, 1, 2, 3, 5, 6 };
static const unsigned char sine2[32] = {
    8, 10, 11, 13, 14, 14, 14, 13, 12, 11, 10, 8, 8, 7, 7, 7,
    8, 8, 8, 8, 7, 7, 5, 4, 3, 2, 1, 1, 1, 2, 4, 5 };

static void make_proms(unsigned char *p7f, unsigned char *p4a, unsigned char *p1m, unsigned char *p3m)
{
    memcpy(p7f, pal7f, 32);
    /* colour lookup 82s126 (4a): 64 colours x 4 pens, low nibble = palette entry.
   * Colour 0 is all black; colour 1 = black, red, green, blue; colour 2 = black,
   * white, yellow, cyan; others are a spread. Colours whose number is 3 mod 4
   * map pen 2 to palette 0 (transparent in sprites) and pen 0 to a visible
   * entry (opaque sprite background). */
    for (int c = 0; c < 64; c++)
        for (int p = 0; p < 4; p++) {
            int v;
            if (c == 0) v = 0;
            else if (c == 1) v = p;                  /* 0 1 2 3 */
            else if (c == 2) v = (int[]){0, 4, 13, 15}[p];
            else if ((c & 3) == 3) v = (int[]){(c >> 2) % 15 + 1, (c * 7) % 15 + 1, 0, 4}[p];
            else v = p == 0 ? 0 : (c * 5 + p * 3) % 15 + 1;
            p4a[c * 4 + p] = (unsigned char)v;
        }
    /* waveforms 82s126 (1m): 8 x 32 samples, 4 bits */
    for (int i = 0; i < 32; i++) {
        p1m[0 * 32 + i] = sine[i];
        p1m[1 * 32 + i] = i < 16 ? 15 : 0;           /* square 50% */
        p1m[2 * 32 + i] = (unsigned char)(i / 2);    /* rising saw */
        p1m[3 * 32 + i] = (unsigned char)(i < 16 ? i : 31 - i);  /* triangle (0..15..0) */
        p1m[4 * 32 + i] = i < 8 ? 15 : 0;            /* pulse 25% */
        p1m[5 * 32 + i] = sine2[i];                  /* sine + 2nd harmonic */
        p1m[6 * 32 + i] = i < 4 ? 15 : 0;            /* pulse 12.5% */
        p1m[7 * 32 + i] = (unsigned char)((i * 11 + 3) & 15);  /* jagged */
    }
    /* 3m is the board's timing PROM; nothing in MAME reads it. Our own filler. */
    for (int i = 0; i < 256; i++)
        p3m[i] = (unsigned char)((i ^ (i >> 4)) & 15);
}

int main(int argc, char **argv)
{
    static const pacgfx_generator gen = { "romgen", gfx5e, gfx5f, make_gfx, make_proms };
    return pacgfx_main(&gen, argc, argv);
}
