/* tpgen: builds the graphics and PROM files of Cabinet's homebrew Time Pilot
   test set (own patterns and colours, MAME's file names and sizes).
     tpgen tiles OUT                8K of 8x8 2bpp tiles (512 codes)
     tpgen sprites OUT_A OUT_B      8K + 8K of 16x16 2bpp sprites (256 codes)
     tpgen proms B4 B5 E9 E12       the two palette PROMs (32 bytes) and the
                                    sprite and tile lookup PROMs (256 bytes)
   Packing (MAME's layouts, bit offset n = byte n / 8, bit 7 - n % 8): a
   tile is 16 bytes, x = 0-3 in bytes 0-7 (row y at byte y), x = 4-7 in
   bytes 8-15; pixel k = x & 3 has its high pen bit at bit 3 - k and its low
   one at bit 7 - k. A sprite is 64 bytes: four such 4-pixel strips (x 0-3,
   4-7, 8-11, 12-15 at +0, +8, +16, +24) for rows 0-7, again at +32 for rows
   8-15.
   Tiles: code 0 blank; 1FEh / 1FFh the "bit 0" / "bit 1" glyphs (an outline /
   a filled box); the others a pen-3 edge left and top and a code-dependent
   pattern with pen-0 holes. Sprites: a pen-1 outline, a pen-3 arrow pointing
   right and up (so the flips show) and a code-dependent pen-2 bar. */
#include <stdio.h>
#include <string.h>

#include "romtool.h"

static int tile_pixel(int n, int x, int y)
{
    if (n == 0)
        return 0;
    if (n == 0x1fe)
        return (x == 0 || x == 6 || y == 0 || y == 6) && x < 7 && y < 7 ? 3 : 0;
    if (n == 0x1ff)
        return x < 7 && y < 7 ? 2 : 0;
    if (x == 0 || y == 0)
        return 3;
    if (x == 6 && y == 1)
        return 1; /* shows the flips */
    int v = ((x * 3 + y * 5 + n) >> 1 ^ (n >> 3)) & 3;
    return (x + y + n) % 5 == 0 ? 0 : v;
}

static int sprite_pixel(int n, int x, int y)
{
    if (x == 0 || y == 0 || x == 15 || y == 15)
        return 1;
    if ((y == 4 && x >= 3 && x <= 12) || (x == 12 && y >= 4 && y <= 11) || (y == 5 && x == 11) ||
        (y == 3 && x == 11))
        return 3;
    if (y >= 8 && y <= 9 + (n & 3) && x >= 2 && x <= 2 + (n >> 2 & 7))
        return 2;
    return 0;
}

static void put(unsigned char *byte, int k, int pen)
{
    if (pen & 2)
        *byte |= (unsigned char)(1 << (3 - k));
    if (pen & 1)
        *byte |= (unsigned char)(1 << (7 - k));
}

static int make_tiles(const char *path)
{
    static unsigned char rom[8192];
    for (int n = 0; n < 512; n++)
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++)
                put(&rom[n * 16 + (x / 4) * 8 + y], x & 3, tile_pixel(n, x, y));
    return romtool_write(path, rom, sizeof(rom));
}

static int make_sprites(const char *a, const char *b)
{
    static unsigned char rom[16384];
    for (int n = 0; n < 256; n++)
        for (int y = 0; y < 16; y++)
            for (int x = 0; x < 16; x++)
                put(&rom[n * 64 + (y / 8) * 32 + (x / 4) * 8 + (y & 7)], x & 3, sprite_pixel(n, x, y));
    return romtool_write(a, rom, 8192) || romtool_write(b, rom + 8192, 8192);
}

static int make_proms(char **out)
{
    unsigned char b4[32], b5[32], e9[256], e12[256];
    for (int i = 0; i < 32; i++) {
        b4[i] = (unsigned char)(i * 0x4b + 0x17);
        b5[i] = (unsigned char)(i * 0x35 + 0x62);
    }
    b4[0] = b5[0] = 0;       /* sprite colour 0 black */
    b4[16] = b5[16] = 0;     /* tile colour 0 black */
    for (int i = 0; i < 256; i++) {
        e9[i] = (unsigned char)(((i * 7 + (i >> 2)) & 0x0f) | 0xa0); /* upper bits unused */
        e12[i] = (unsigned char)(((i * 5 + (i >> 3)) & 0x0f) | 0x50);
    }
    e9[0] = e12[0] = 0;
    return romtool_write(out[0], b4, 32) || romtool_write(out[1], b5, 32) || romtool_write(out[2], e9, 256) ||
           romtool_write(out[3], e12, 256);
}

int main(int argc, char **argv)
{
    if (argc >= 5 && !strcmp(argv[1], "split"))
        return romtool_split(argv[2], argv[3], argv + 4, argc - 4);
    if (argc == 3 && !strcmp(argv[1], "tiles"))
        return make_tiles(argv[2]);
    if (argc == 4 && !strcmp(argv[1], "sprites"))
        return make_sprites(argv[2], argv[3]);
    if (argc == 6 && !strcmp(argv[1], "proms"))
        return make_proms(argv + 2);
    fprintf(stderr, "usage: tpgen tiles OUT | sprites A B | proms B4 B5 E9 E12\n");
    return 2;
}
