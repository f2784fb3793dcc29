/* galgen: builds the files of Cabinet's homebrew Galaxian test set.
     galgen split IN SIZE OUT...   cut IN into SIZE-byte files (0xFF-padded)
     galgen gfx OUT_1H OUT_1K      2K + 2K of 2bpp tiles (own patterns)
     galgen prom OUT               32-byte colour PROM (own colours)
   Tile n (0-255) is 8 bytes per plane at n*8; 1H holds the high bit. Tile 0
   is blank (transparent); the others have a pen-3 border on two sides and
   a diagonal pattern of pens 1-3 that depends on n, so the 64 sprites
   (four tiles each) differ too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "romtool.h"

static int pixel(int n, int x, int y)
{
    if (n == 0)
        return 0;
    if (x == 0 || y == 7)
        return 3;
    return ((x + y + n) >> 1 ^ (n >> 2)) & 3;
}

int main(int argc, char **argv)
{
    if (argc >= 5 && !strcmp(argv[1], "split"))
        return romtool_split(argv[2], argv[3], argv + 4, argc - 4);
    if (argc == 4 && !strcmp(argv[1], "gfx")) {
        static unsigned char hi[2048], lo[2048];
        for (int n = 0; n < 256; n++)
            for (int y = 0; y < 8; y++)
                for (int x = 0; x < 8; x++) {
                    int p = pixel(n, x, y);
                    if (p & 2)
                        hi[n * 8 + y] |= (unsigned char)(0x80 >> x);
                    if (p & 1)
                        lo[n * 8 + y] |= (unsigned char)(0x80 >> x);
                }
        return romtool_write(argv[2], hi, sizeof(hi)) || romtool_write(argv[3], lo, sizeof(lo));
    }
    if (argc == 3 && !strcmp(argv[1], "prom")) {
        unsigned char p[32];
        for (int i = 0; i < 32; i++)
            p[i] = (unsigned char)(i & 3 ? i * 73 + 29 : 0); /* pen 0 of each code black */
        p[31] = 0xff;
        return romtool_write(argv[2], p, sizeof(p));
    }
    fprintf(stderr, "usage: galgen split IN SIZE OUT... | gfx OUT_1H OUT_1K | prom OUT\n");
    return 2;
}
