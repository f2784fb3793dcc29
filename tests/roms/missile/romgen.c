/* Builds the PROM of Cabinet's Missile Command test set.
     romgen prom L6   the 32-byte 6331 that masks MADSEL writes
   Entries 10-17 (by H & 7) give the bits of the video byte a 2-bit write
   keeps; 18-1f the bits of the third-plane byte. Ours is not the board's:
   H & 7 = 4-7 keep nothing (the write fills all four pixels of the byte),
   and entry 1f writes the bits of pixels 7 and 0 of the third plane, so
   the pictures show that the PROM decides. Entries 00-0f are unused. */
#include <stdio.h>
#include <string.h>

#include "romtool.h"

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "prom")) {
        unsigned char p[32];
        for (int i = 0; i < 16; i++)
            p[i] = (unsigned char)(i * 17);
        for (int h = 0; h < 8; h++) {
            p[0x10 + h] = h < 4 ? (unsigned char)~(0x11 << h) : 0x00;
            p[0x18 + h] = (unsigned char)~(1 << h);
        }
        p[0x1f] = 0x7e;
        return romtool_write(argv[2], p, sizeof(p));
    }
    fprintf(stderr, "usage: romgen prom L6\n");
    return 2;
}
