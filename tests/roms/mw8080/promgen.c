/* Colour PROMs for the homebrew Taito colour board sets (tests/roms/mw8080):
     promgen prom FILE...
   writes 1 KB per FILE: one colour (bits 0-2) per 8 x 8 cell, address
   ((row / 8) << 5) | column byte, in diagonal bands; the second file's
   bands run the other way, so a switch of PROM shows. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc < 3 || strcmp(argv[1], "prom")) {
        fprintf(stderr, "usage: promgen prom FILE...\n");
        return 2;
    }
    for (int k = 2; k < argc; k++) {
        unsigned char prom[1024];
        for (int a = 0; a < 1024; a++) {
            int row = a >> 5, col = a & 31;
            int band = k == 2 ? row + col : row - col + 32;
            prom[a] = (unsigned char)(((band / 2) % 7 + 1) | 0xf0); /* 1-7; upper bits unused */
        }
        FILE *f = fopen(argv[k], "wb");
        if (!f || fwrite(prom, 1, sizeof(prom), f) != sizeof(prom) || fclose(f)) {
            perror(argv[k]);
            return 1;
        }
    }
    return 0;
}
