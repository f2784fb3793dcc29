/* mrdogen: builds the graphics and PROM files of Cabinet's homebrew Mr. Do!
   test set (own patterns and colours, MAME's file names and sizes).
     mrdogen split IN SIZE OUT...       cut IN into SIZE-byte files (0xFF-padded)
     mrdogen fgchars|bgchars HI LO      4K + 4K of 8x8 2bpp tiles: 512 codes,
                                        HI the high pen bit, pixel x at bit x
     mrdogen sprites OUT_A OUT_B        8K of 16x16 2bpp sprites (128 codes)
     mrdogen proms U2 T2 F10 J10 PAL    palette high/low bits, sprite lookup,
                                        timing PROM and the PAL (not used)
   Tiles: code 0 is blank (pen 0); codes 1F0h/1F1h are the "bit 0"/"bit 1"
   glyphs the program shows inputs with (an outline / a filled box); the
   others have a pen-3 edge on the left and top and an asymmetric pattern
   with pen-0 holes that depends on the code (and the layer, so the two
   differ). Sprites: a pen-1 outline, an arrow of pen 3 pointing right and up
   (so the flips show) and a code-dependent pen-2 bar. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "romtool.h"

static int tile_pixel(int n, int x, int y, int seed)
{
    if (n == 0)
        return 0;
    if (n == 0x1f0)
        return (x == 0 || x == 6 || y == 0 || y == 6) && x < 7 && y < 7 ? 3 : 0;
    if (n == 0x1f1)
        return x < 7 && y < 7 ? 2 : 0;
    if (x == 0 || y == 0)
        return 3;
    int v = ((x * 3 + y * 5 + n + seed) >> 1 ^ (n >> 3)) & 3;
    return (x + y + n) % 5 == 0 ? 0 : v;
}

static int sprite_pixel(int n, int x, int y)
{
    if (x == 0 || y == 0 || x == 15 || y == 15)
        return 1;
    if ((y == 4 && x >= 3 && x <= 12) || (x == 12 && y >= 4 && y <= 11) || (y == 5 && x == 11) ||
        (y == 3 && x == 11) || (x == 11 && y == 5))
        return 3;
    if (y >= 8 && y <= 9 + (n & 3) && x >= 2 && x <= 2 + (n >> 2 & 7))
        return 2;
    return 0;
}

static int make_chars(const char *hi_path, const char *lo_path, int seed)
{
    static unsigned char hi[4096], lo[4096];
    for (int n = 0; n < 512; n++)
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++) {
                int p = tile_pixel(n, x, y, seed);
                if (p & 2)
                    hi[n * 8 + y] |= (unsigned char)(1 << x);
                if (p & 1)
                    lo[n * 8 + y] |= (unsigned char)(1 << x);
            }
    return romtool_write(hi_path, hi, sizeof(hi)) || romtool_write(lo_path, lo, sizeof(lo));
}

/* 64 bytes a sprite, 4 a row; byte k holds x = 4k..4k+3: the low pen bit of
   pixel 4k+j at 10h << j, the high one at 1 << j. */
static int make_sprites(const char *a, const char *b)
{
    static unsigned char rom[8192];
    for (int n = 0; n < 128; n++)
        for (int y = 0; y < 16; y++)
            for (int x = 0; x < 16; x++) {
                int p = sprite_pixel(n, x, y);
                unsigned char *byte = &rom[n * 64 + y * 4 + x / 4];
                if (p & 1)
                    *byte |= (unsigned char)(0x10 << (x & 3));
                if (p & 2)
                    *byte |= (unsigned char)(1 << (x & 3));
            }
    return romtool_write(a, rom, 4096) || romtool_write(b, rom + 4096, 4096);
}

static int make_proms(char **out)
{
    unsigned char u2[32], t2[32], f10[32], j10[32], pal[260];
    for (int i = 0; i < 32; i++) {
        u2[i] = (unsigned char)((i * 37 + 11) & 0x3f);
        t2[i] = (unsigned char)((i * 23 + 5) & 0x3f);
        f10[i] = (unsigned char)(i * 0x53 + 0x21);
        j10[i] = (unsigned char)i;
    }
    u2[0] = t2[0] = 0; /* colour 0 (the background fill) black */
    memset(pal, 0, sizeof(pal));
    return romtool_write(out[0], u2, 32) || romtool_write(out[1], t2, 32) || romtool_write(out[2], f10, 32) ||
           romtool_write(out[3], j10, 32) || romtool_write(out[4], pal, sizeof(pal));
}

int main(int argc, char **argv)
{
    if (argc >= 5 && !strcmp(argv[1], "split"))
        return romtool_split(argv[2], argv[3], argv + 4, argc - 4);
    if (argc == 4 && !strcmp(argv[1], "fgchars"))
        return make_chars(argv[2], argv[3], 0);
    if (argc == 4 && !strcmp(argv[1], "bgchars"))
        return make_chars(argv[2], argv[3], 5);
    if (argc == 4 && !strcmp(argv[1], "sprites"))
        return make_sprites(argv[2], argv[3]);
    if (argc == 7 && !strcmp(argv[1], "proms"))
        return make_proms(argv + 2);
    fprintf(stderr, "usage: mrdogen split IN SIZE OUT... | fgchars|bgchars HI LO | sprites A B | proms U2 T2 F10 J10 PAL\n");
    return 2;
}
