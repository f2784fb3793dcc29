/* mcgen: builds the files of Cabinet's homebrew Moon Cresta test set.
     mcgen gfx OUT_B OUT_D OUT_A OUT_C   4 x 2K of 2bpp tiles: 512 tiles, the
                                         gfx1 region's two planes (B, D the
                                         high bit; A, C the low bit)
     mcgen gfx6 OUT_L OUT_M OUT_N OUT_I OUT_J OUT_K  6 x 2K: 768 tiles (Jump Bug)
     mcgen blank2k|blank4k OUT...        unused ROMs, FFh
     mcgen prom OUT                      32-byte colour PROM (own colours)
   Built as mcgen_encode (MCGEN_ENCODE): `mcgen_encode BIN OUT...` encrypts
   the assembled program so that MAME's decode_mooncrst (and Cabinet's)
   gives it back, and cuts it into 2K files: on the board, D6 is XORed with
   D1 and D2 with D5, then on even addresses D2 and D6 swap; the XOR inputs
   D1 and D5 pass unchanged, so the inverse is the same steps backwards.
   Tiles 0-255 are Galaxian's homebrew pattern (galgen.c); tiles 256-511,
   the banked half, another (a pen-2 frame, a checker of pens 1 and 3) so a
   bank switch shows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "romtool.h"

#ifndef MCGEN_ENCODE
static int pixel(int n, int x, int y)
{
    if (n == 0)
        return 0;
    if (n >= 512) /* Jump Bug's third bank: stripes */
        return (x == 3 || y == 3) ? 3 : ((y + (n >> 1)) & 1) + 1;
    if (n < 256) {
        if (x == 0 || y == 7)
            return 3;
        return ((x + y + n) >> 1 ^ (n >> 2)) & 3;
    }
    if (x == 7 || y == 0)
        return 2;
    return ((x ^ y ^ n) & 1) ? 1 : ((n >> 3) & 1) ? 3 : 0;
}

#else
static unsigned char swap26(unsigned char v)
{
    return (unsigned char)((v & 0xbb) | (v >> 4 & 0x04) | (v << 4 & 0x40));
}

static unsigned char encrypt(unsigned char p, unsigned offs)
{
    unsigned char d = (offs & 1) ? p : swap26(p);
    if (d & 0x02)
        d ^= 0x40;
    if (d & 0x20)
        d ^= 0x04;
    return d;
}
#endif

#ifdef MCGEN_ENCODE
int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: mcgen_encode BIN OUT...\n");
        return 2;
    }
    static unsigned char buf[0x10000];
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    size_t len = fread(buf, 1, sizeof(buf), f);
    fclose(f);
    int n = argc - 2;
    if (len > (size_t)n * 2048) {
        fprintf(stderr, "%s: too long\n", argv[1]);
        return 1;
    }
    memset(buf + len, 0xff, sizeof(buf) - len);
    for (unsigned i = 0; i < (unsigned)n * 2048; i++)
        buf[i] = encrypt(buf[i], i);
    for (int i = 0; i < n; i++)
        if (romtool_write(argv[2 + i], buf + i * 2048, 2048))
            return 1;
    return 0;
}
#else
int main(int argc, char **argv)
{
    if (argc == 6 && !strcmp(argv[1], "gfx")) {
        static unsigned char hi[4096], lo[4096];
        for (int n = 0; n < 512; n++)
            for (int y = 0; y < 8; y++)
                for (int x = 0; x < 8; x++) {
                    int p = pixel(n, x, y);
                    if (p & 2)
                        hi[n * 8 + y] |= (unsigned char)(0x80 >> x);
                    if (p & 1)
                        lo[n * 8 + y] |= (unsigned char)(0x80 >> x);
                }
        return romtool_write(argv[2], hi, 2048) || romtool_write(argv[3], hi + 2048, 2048) ||
               romtool_write(argv[4], lo, 2048) || romtool_write(argv[5], lo + 2048, 2048);
    }
    if (argc == 8 && !strcmp(argv[1], "gfx6")) { /* 768 tiles: 3 files a plane */
        static unsigned char hi[6144], lo[6144];
        for (int n = 0; n < 768; n++)
            for (int y = 0; y < 8; y++)
                for (int x = 0; x < 8; x++) {
                    int p = pixel(n, x, y);
                    if (p & 2)
                        hi[n * 8 + y] |= (unsigned char)(0x80 >> x);
                    if (p & 1)
                        lo[n * 8 + y] |= (unsigned char)(0x80 >> x);
                }
        for (int i = 0; i < 3; i++)
            if (romtool_write(argv[2 + i], hi + i * 2048, 2048) || romtool_write(argv[5 + i], lo + i * 2048, 2048))
                return 1;
        return 0;
    }
    if (argc >= 3 && (!strcmp(argv[1], "blank2k") || !strcmp(argv[1], "blank4k"))) {
        static unsigned char ff[4096];
        memset(ff, 0xff, sizeof(ff));
        for (int i = 2; i < argc; i++)
            if (romtool_write(argv[i], ff, argv[1][5] == '2' ? 2048 : 4096))
                return 1;
        return 0;
    }
    if (argc == 3 && !strcmp(argv[1], "prom")) {
        unsigned char p[32];
        for (int i = 0; i < 32; i++)
            p[i] = (unsigned char)(i & 3 ? i * 89 + 17 : 0);
        return romtool_write(argv[2], p, sizeof(p));
    }
    fprintf(stderr, "usage: mcgen gfx OUT_B OUT_D OUT_A OUT_C | gfx6 OUT x6 | blank2k|blank4k OUT... | prom OUT\n");
    return 2;
}
#endif
