/* encode.c - turns the decoded view of the Ms. Pac-Man auxiliary board test
   (auxboard.asm assembled for 0000h-97FFh) into the files of MAME 0.251's
   `mspacman` set that its loader decodes back into that view:

     encode IMAGE 6e 6f 6h 6j u5 u6 u7

   Facts used (MAME's pacman.cpp, init_mspacman and its patch list):
   * decoded 3000h+i = D(u7[A12(i)]), 8000h+i = D(u5[A11(i)]) (i < 800h),
     8800h+i = D(u6[800h + A12(i)]), 9000h+i = D(u6[A12(i)]);
     0000h-2FFFh are 6e-6h, then forty 8-byte blocks are copied from
     decoded 8000h-81EFh over 0000h-2FFFh.
   * D: output bit 7..0 = input bit 0,4,5,7,6,3,2,1.
     A12: output bit 11..0 = input bit 11,3,7,9,10,8,6,5,4,2,1,0.
     A11: output bit 10..0 = input bit 8,7,5,9,10,6,3,4,2,1,0.
   The generator fills the image's padding with a pattern so that the sums
   the program shows depend on every byte being decoded to its place, and
   makes the original (6e-6h) bytes under each patch differ from the
   patched ones. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* bit sources, most significant output bit first, as MAME writes them */
static const int data_src[8] = { 0, 4, 5, 7, 6, 3, 2, 1 };
static const int a12_src[12] = { 11, 3, 7, 9, 10, 8, 6, 5, 4, 2, 1, 0 };
static const int a11_src[11] = { 8, 7, 5, 9, 10, 6, 3, 4, 2, 1, 0 };

static unsigned permute(unsigned v, const int *src, int n)
{
    unsigned r = 0;
    for (int k = 0; k < n; k++) /* output bit n-1-k comes from input bit src[k] */
        r |= (v >> src[k] & 1u) << (n - 1 - k);
    return r;
}

/* the ROM byte that decodes to d */
static unsigned char data_encode(unsigned char d)
{
    unsigned r = 0;
    for (int k = 0; k < 8; k++)
        r |= (unsigned)(d >> (7 - k) & 1) << data_src[k];
    return (unsigned char)r;
}

static const unsigned short patches[40][2] = { /* destination, source */
    { 0x0410, 0x8008 }, { 0x08e0, 0x81d8 }, { 0x0a30, 0x8118 }, { 0x0bd0, 0x80d8 }, { 0x0c20, 0x8120 },
    { 0x0e58, 0x8168 }, { 0x0ea8, 0x8198 }, { 0x1000, 0x8020 }, { 0x1008, 0x8010 }, { 0x1288, 0x8098 },
    { 0x1348, 0x8048 }, { 0x1688, 0x8088 }, { 0x16b0, 0x8188 }, { 0x16d8, 0x80c8 }, { 0x16f8, 0x81c8 },
    { 0x19a8, 0x80a8 }, { 0x19b8, 0x81a8 }, { 0x2060, 0x8148 }, { 0x2108, 0x8018 }, { 0x21a0, 0x81a0 },
    { 0x2298, 0x80a0 }, { 0x23e0, 0x80e8 }, { 0x2418, 0x8000 }, { 0x2448, 0x8058 }, { 0x2470, 0x8140 },
    { 0x2488, 0x8080 }, { 0x24b0, 0x8180 }, { 0x24d8, 0x80c0 }, { 0x24f8, 0x81c0 }, { 0x2748, 0x8050 },
    { 0x2780, 0x8090 }, { 0x27b8, 0x8190 }, { 0x2800, 0x8028 }, { 0x2b20, 0x8100 }, { 0x2b30, 0x8110 },
    { 0x2bf0, 0x81d0 }, { 0x2cc0, 0x80d0 }, { 0x2cd8, 0x80e0 }, { 0x2cf0, 0x81e0 }, { 0x2d60, 0x8160 },
};

/* padding that auxboard.asm leaves to the pattern: [start, end) */
static const unsigned fills[][2] = {
    { 0x0400, 0x0410 }, { 0x0418, 0x3000 }, { 0x3800, 0x3ff0 },
    { 0x8000, 0x8200 }, { 0x8210, 0x8800 }, { 0x8810, 0x9000 }, { 0x9010, 0x9800 },
};

static unsigned char pattern(unsigned a, unsigned salt)
{
    unsigned x = (a + salt) * 2654435761u;
    return (unsigned char)(x >> 24 ^ x >> 13);
}

static int save(const char *path, const unsigned char *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(p, 1, n, f) != n || fclose(f)) {
        perror(path);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 9) {
        fprintf(stderr, "usage: encode IMAGE 6e 6f 6h 6j u5 u6 u7\n");
        return 2;
    }
    static unsigned char d[0x9800], prg[0x4000], u5[0x800], u6[0x1000], u7[0x1000];
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    size_t n = fread(d, 1, sizeof(d), f);
    fclose(f);
    if (n != sizeof(d)) {
        fprintf(stderr, "%s: %zu bytes, want %zu\n", argv[1], n, sizeof(d));
        return 1;
    }
    for (size_t k = 0; k < sizeof(fills) / sizeof(fills[0]); k++)
        for (unsigned a = fills[k][0]; a < fills[k][1]; a++)
            d[a] = pattern(a, 0);
    for (int p = 0; p < 40; p++)
        memcpy(d + patches[p][1], d + patches[p][0], 8);
    /* 6e-6h: the decoded bytes, but something else under the patches; 6j:
       a second pattern (the decoded 3000h-3FFFh come from u7) */
    memcpy(prg, d, 0x3000);
    for (int p = 0; p < 40; p++)
        for (int i = 0; i < 8; i++)
            prg[patches[p][0] + i] ^= 0xa5;
    for (unsigned a = 0x3000; a < 0x4000; a++)
        prg[a] = pattern(a, 0x5a5a);
    for (unsigned i = 0; i < 0x1000; i++)
        u7[permute(i, a12_src, 12)] = data_encode(d[0x3000 + i]);
    for (unsigned i = 0; i < 0x800; i++) {
        u5[permute(i, a11_src, 11)] = data_encode(d[0x8000 + i]);
        u6[0x800 + permute(i, a12_src, 12)] = data_encode(d[0x8800 + i]);
        u6[permute(i, a12_src, 12)] = data_encode(d[0x9000 + i]);
    }
    for (int k = 0; k < 4; k++)
        if (save(argv[2 + k], prg + 0x1000 * k, 0x1000))
            return 1;
    if (save(argv[6], u5, sizeof(u5)) || save(argv[7], u6, sizeof(u6)) || save(argv[8], u7, sizeof(u7)))
        return 1;
    return 0;
}
