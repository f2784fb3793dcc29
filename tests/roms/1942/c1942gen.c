/* c1942gen: builds the graphics, PROM and banked-ROM files of Cabinet's
   homebrew 1942 test set (own data, MAME's file names and sizes).
     c1942gen chars F2                          512 8x8 2bpp characters
     c1942gen tiles A1 A2 A3 A4 A5 A6           512 16x16 3bpp tiles
     c1942gen sprites L1 L2 N1 N2               512 16x16 4bpp sprites
     c1942gen proms E8 E9 E10 F1 D6 K3 D1 D2 K6 M11
                                                RGB, char/tile/sprite lookup,
                                                the four unused PROMs
     c1942gen banks M5 M6 M7                    the banked program ROMs
   Every element has a frame of its top pen on its left and top, a
   mark on its right and an asymmetric pattern with holes of the layer's
   transparent pen (chars 0, sprites 15); code 0 is empty. The pixels are
   packed through the gfx layouts of the board (plane bit offsets). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "romtool.h"

typedef struct layout {
    int w, h, planes;
    long plane[4], x[16], y[16], inc;
} layout;

static void put_pixel(unsigned char *rom, const layout *l, int code, int x, int y, int pen)
{
    for (int p = 0; p < l->planes; p++)
        if (pen & (1 << (l->planes - 1 - p))) {
            long bit = code * l->inc + l->plane[p] + l->x[x] + l->y[y];
            rom[bit / 8] |= (unsigned char)(0x80 >> (bit % 8));
        }
}

static int pattern(int n, int x, int y, int size, int pens, int hole)
{
    if (n == 0)
        return hole;
    if (x == 0 || y == 0)
        return pens - 1 == hole ? pens - 2 : pens - 1;
    if (x == size - 1 && y < size / 2)
        return 1 + (n % (pens - 2));
    if ((x * 3 + y * 7 + n) % 5 == 0)
        return hole;
    int v = ((x / 2 + y + n) ^ (n >> 2)) % pens;
    return v == hole ? (v + 1) % pens : v;
}

static void draw_all(unsigned char *rom, const layout *l, int count, int pens, int hole)
{
    for (int n = 0; n < count; n++)
        for (int y = 0; y < l->h; y++)
            for (int x = 0; x < l->w; x++)
                put_pixel(rom, l, n, x, y, pattern(n, x, y, l->w, pens, hole));
}

static int write_parts(char **out, int n, const unsigned char *rom, size_t size)
{
    for (int i = 0; i < n; i++)
        if (romtool_write(out[i], rom + (size_t)i * size, size))
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    static unsigned char rom[0x10000];
    if (argc == 3 && !strcmp(argv[1], "chars")) {
        layout l = { 8, 8, 2, { 4, 0 }, { 0, 1, 2, 3, 8, 9, 10, 11 }, { 0, 16, 32, 48, 64, 80, 96, 112 }, 128 };
        draw_all(rom, &l, 512, 4, 0);
        return romtool_write(argv[2], rom, 0x2000);
    }
    if (argc == 8 && !strcmp(argv[1], "tiles")) {
        layout l = { 16, 16, 3, { 0, 0x4000 * 8, 0x8000 * 8 }, { 0 }, { 0 }, 256 };
        for (int i = 0; i < 8; i++) {
            l.x[i] = i;
            l.x[i + 8] = 128 + i;
        }
        for (int i = 0; i < 16; i++)
            l.y[i] = i * 8;
        draw_all(rom, &l, 512, 8, 0);
        return write_parts(argv + 2, 6, rom, 0x2000);
    }
    if (argc == 6 && !strcmp(argv[1], "sprites")) {
        layout l = { 16, 16, 4, { 0x8000 * 8 + 4, 0x8000 * 8, 4, 0 }, { 0 }, { 0 }, 512 };
        for (int i = 0; i < 4; i++) {
            l.x[i] = i;
            l.x[i + 4] = 8 + i;
            l.x[i + 8] = 256 + i;
            l.x[i + 12] = 264 + i;
        }
        for (int i = 0; i < 16; i++)
            l.y[i] = i * 16;
        draw_all(rom, &l, 512, 16, 15);
        /* files in region order: l1 (0000), l2 (4000), n1 (8000), n2 (c000) */
        return write_parts(argv + 2, 4, rom, 0x4000);
    }
    if (argc == 12 && !strcmp(argv[1], "proms")) {
        unsigned char p[10][256];
        for (int i = 0; i < 256; i++) {
            p[0][i] = (unsigned char)((i * 5 + 3) & 15);           /* red */
            p[1][i] = (unsigned char)((i * 11 + (i >> 4)) & 15);   /* green */
            p[2][i] = (unsigned char)((i * 7 + (i >> 3) + 9) & 15); /* blue */
            p[3][i] = (unsigned char)((i * 5 + (i >> 2)) & 15);    /* char lookup: colours 80h-8fh */
            p[4][i] = (unsigned char)((i * 3 + (i >> 3)) & 15);    /* tile lookup: 00h-3fh by bank */
            p[5][i] = (unsigned char)((i + (i >> 4) * 5) & 15);    /* sprite lookup: 40h-4fh */
            for (int k = 6; k < 10; k++)
                p[k][i] = (unsigned char)((i * (k + 1)) & 15);
        }
        p[0][0] = p[1][0] = p[2][0] = 0;
        for (int k = 0; k < 10; k++)
            if (romtool_write(argv[2 + k], p[k], 256))
                return 1;
        return 0;
    }
    if (argc == 5 && !strcmp(argv[1], "banks")) {
        /* bank n (8000-bfff): byte k = n * 40h + (k >> 8) ^ (k & 0ffh), so a
           read shows the bank and the address; m6 is only 8K (bank 1's top
           half reads FFh) */
        for (int n = 0; n < 3; n++) {
            unsigned char *b = rom + n * 0x4000;
            for (int k = 0; k < 0x4000; k++)
                b[k] = (unsigned char)((n * 0x40 + (k >> 8)) ^ (k & 0xff));
        }
        return romtool_write(argv[2], rom, 0x4000) || romtool_write(argv[3], rom + 0x4000, 0x2000) ||
               romtool_write(argv[4], rom + 0x8000, 0x4000);
    }
    fprintf(stderr, "usage: c1942gen chars F | tiles A1..A6 | sprites L1 L2 N1 N2 | proms (10 files) | "
                    "banks M5 M6 M7\n");
    return 2;
}
