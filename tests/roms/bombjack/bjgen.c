/* bjgen: builds the graphics and map files of Cabinet's homebrew Bomb Jack
   test set (own data, MAME's file names and sizes).
     bjgen chars C0 C1 C2        512 8x8 tiles, 3 bits: C0 the high plane
     bjgen bgtiles T0 T1 T2      256 16x16 background tiles
     bjgen sprites S0 S1 S2      128 16x16 sprites (0000-0fff of each plane),
                                 32 32x32 sprites (1000-1fff)
     bjgen maps M                8 background maps of 200h: codes, then
                                 attributes (colour, bit 7 flip y)
   Every element has a pen-7 frame on its left and top and an asymmetric
   pattern with pen-0 holes; code 0 is empty. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "romtool.h"

static int pattern(int n, int x, int y, int size)
{
    if (n == 0)
        return 0;
    if (x == 0 || y == 0)
        return 7;
    if (x == size - 1 && y < size / 2)
        return 5;
    if ((x * 3 + y * 7 + n) % 6 == 0)
        return 0;
    return ((x / 2 + y + n) ^ (n >> 2)) % 7 + 1;
}

/* 8x8 blocks of 8 bytes (pixel x at bit 7-x); a 16x16 element is four blocks
   (top left, top right, bottom left, bottom right), a 32x32 four 16x16s. */
static size_t block_offset(int x, int y, int size)
{
    if (size == 32)
        return (size_t)((x >= 16) * 32 + (y >= 16) * 64) + block_offset(x & 15, y & 15, 16);
    if (size == 16)
        return (size_t)((x >= 8) * 8 + (y >= 8) * 16 + (y & 7));
    return (size_t)y;
}

static void plot(unsigned char *planes[3], size_t base, int x, int y, int size, int pen)
{
    size_t o = base + block_offset(x, y, size);
    for (int p = 0; p < 3; p++)
        if (pen & (4 >> p))
            planes[p][o] |= (unsigned char)(0x80 >> (x & 7));
}

static void draw(unsigned char *planes[3], size_t base, int n, int size)
{
    for (int y = 0; y < size; y++)
        for (int x = 0; x < size; x++)
            plot(planes, base, x, y, size, pattern(n, x, y, size));
}

static int write3(char **out, unsigned char *planes[3], size_t n)
{
    return romtool_write(out[0], planes[0], n) || romtool_write(out[1], planes[1], n) ||
           romtool_write(out[2], planes[2], n);
}

int main(int argc, char **argv)
{
    static unsigned char a[0x2000], b[0x2000], c[0x2000];
    unsigned char *planes[3] = { a, b, c };
    if (argc == 5 && !strcmp(argv[1], "chars")) {
        for (int n = 0; n < 512; n++)
            draw(planes, (size_t)n * 8, n, 8);
        return write3(argv + 2, planes, 0x1000);
    }
    if (argc == 5 && !strcmp(argv[1], "bgtiles")) {
        for (int n = 0; n < 256; n++)
            draw(planes, (size_t)n * 32, n, 16);
        return write3(argv + 2, planes, 0x2000);
    }
    if (argc == 5 && !strcmp(argv[1], "sprites")) {
        for (int n = 0; n < 128; n++)
            draw(planes, (size_t)n * 32, n, 16);
        for (int n = 0; n < 32; n++)
            draw(planes, 0x1000 + (size_t)n * 128, n + 3, 32);
        return write3(argv + 2, planes, 0x2000);
    }
    if (argc == 3 && !strcmp(argv[1], "maps")) {
        static unsigned char m[0x1000];
        for (int map = 0; map < 8; map++)
            for (int i = 0; i < 256; i++) {
                m[map * 0x200 + i] = (unsigned char)((i * (map + 1) + map * 17) & 0xff);
                m[map * 0x200 + 0x100 + i] = (unsigned char)(((i >> 4) + i + map) & 0x0f) | (((i ^ map) & 0x12) == 0x12 ? 0x80 : 0);
            }
        return romtool_write(argv[2], m, sizeof(m));
    }
    fprintf(stderr, "usage: bjgen chars C0 C1 C2 | bgtiles T0 T1 T2 | sprites S0 S1 S2 | maps M\n");
    return 2;
}
