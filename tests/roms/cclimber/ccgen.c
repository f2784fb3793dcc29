/* ccgen: builds the graphics, PROM and sample files of Cabinet's homebrew
   Crazy Climber test set (own data, MAME's file names and sizes).
     ccgen gfx1 CC06 CC05 CC04 CC03  tiles/sprites: CC06+CC05 the high pen bit
                                     (codes 0-255 and 512-767), CC04+CC03 the low
     ccgen gfx2 CC02 CC01             big sprite tiles (256), high / low bit
     ccgen proms PR1 PR2 PR3          96 palette bytes (BBGGGRRR)
     ccgen samples CC13 CC12          8K of 4-bit samples (see below)
   Tiles: code n has a pen-3 frame on its left and top, an asymmetric
   pattern with pen-0 holes (so flips and transparency show) and code 0 is
   empty. A 16x16 sprite is four of these tiles (MAME's layout: tile 4n top
   left, 4n+1 top right, 4n+2 bottom left, 4n+3 bottom right).
   Samples (nibble addresses): 0-1 silence, a 70h end marker at byte 1;
   a triangle of period 32 nibbles at 200h (start 8) for 1024 nibbles, then
   70h; a square of period 16 nibbles at 800h (start 32), then 70h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "romtool.h"

static int tile_pixel(int n, int x, int y)
{
    if ((n & 0xff) == 0)
        return 0;
    if (x == 0 || y == 0)
        return 3;
    if ((x * 5 + y * 3 + n) % 7 == 0)
        return 0;
    return ((x + 2 * y + (n >> 2)) ^ n) % 3 + 1;
}

/* gfx1 is 4000h: plane 0 (high bit) at 0000-1fff, plane 1 at 2000-3fff; the
   files cover 0000-07ff (codes 0-255) and 1000-17ff (codes 512-767) of each.
   The 8x8 layout: byte n*8+y, pixel x at bit 7-x. */
static int make_gfx1(char **out)
{
    static unsigned char plane[2][0x2000];
    for (int n = 0; n < 1024; n++)
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++) {
                int p = tile_pixel(n, x, y);
                if (p & 2)
                    plane[0][n * 8 + y] |= (unsigned char)(0x80 >> x);
                if (p & 1)
                    plane[1][n * 8 + y] |= (unsigned char)(0x80 >> x);
            }
    return romtool_write(out[0], plane[0], 0x800) || romtool_write(out[1], plane[0] + 0x1000, 0x800) ||
           romtool_write(out[2], plane[1], 0x800) || romtool_write(out[3], plane[1] + 0x1000, 0x800);
}

static int make_gfx2(char **out)
{
    static unsigned char plane[2][0x800];
    for (int n = 0; n < 256; n++)
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++) {
                int p = n == 0 ? 0 : (x == 7 || y == 7) ? 1 : ((x ^ y ^ n) & 3);
                if (p & 2)
                    plane[0][n * 8 + y] |= (unsigned char)(0x80 >> x);
                if (p & 1)
                    plane[1][n * 8 + y] |= (unsigned char)(0x80 >> x);
            }
    return romtool_write(out[0], plane[0], 0x800) || romtool_write(out[1], plane[1], 0x800);
}

static int make_proms(char **out)
{
    unsigned char p[96];
    for (int i = 0; i < 96; i++)
        p[i] = (unsigned char)(i & 3 ? i * 89 + 37 : 0);
    return romtool_write(out[0], p, 32) || romtool_write(out[1], p + 32, 32) || romtool_write(out[2], p + 64, 32);
}

static void put_nibble(unsigned char *rom, int a, int v)
{
    if (a & 1)
        rom[a >> 1] = (unsigned char)((rom[a >> 1] & 0xf0) | v);
    else
        rom[a >> 1] = (unsigned char)((rom[a >> 1] & 0x0f) | v << 4);
}

static int make_samples(char **out)
{
    static unsigned char rom[0x2000];
    rom[1] = 0x70;
    for (int k = 0; k < 1024; k++) { /* triangle 1..14: never a 70h byte */
        int t = k % 32;
        put_nibble(rom, 0x200 + k, 1 + (t < 16 ? t : 31 - t) * 13 / 15);
    }
    rom[(0x200 + 1024) / 2] = 0x70;
    for (int k = 0; k < 1024; k++)
        put_nibble(rom, 0x800 + k, (k & 8) ? 12 : 2);
    rom[(0x800 + 1024) / 2] = 0x70;
    return romtool_write(out[0], rom, 0x1000) || romtool_write(out[1], rom + 0x1000, 0x1000);
}

int main(int argc, char **argv)
{
    if (argc == 6 && !strcmp(argv[1], "gfx1"))
        return make_gfx1(argv + 2);
    if (argc == 4 && !strcmp(argv[1], "gfx2"))
        return make_gfx2(argv + 2);
    if (argc == 5 && !strcmp(argv[1], "proms"))
        return make_proms(argv + 2);
    if (argc == 4 && !strcmp(argv[1], "samples"))
        return make_samples(argv + 2);
    fprintf(stderr, "usage: ccgen gfx1 CC06 CC05 CC04 CC03 | gfx2 CC02 CC01 | proms PR1 PR2 PR3 | samples CC13 CC12\n");
    return 2;
}
