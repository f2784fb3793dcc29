/* dkgen: builds the data files of Cabinet's homebrew Donkey Kong test sets
   (own patterns and colours, MAME's file names and sizes).
     dkgen tiles OUT_LO OUT_HI             2K + 2K: 256 8x8 tiles, 2bpp planar
                                           (v_5h_b low plane, v_3pt high plane)
     dkgen tiles512 OUT_LO OUT_HI          4K + 4K: Donkey Kong Jr.'s 512 tiles
     dkgen sprites OUT_4M OUT_4N OUT_4R OUT_4S
                                           4 x 2K: 128 16x16 sprites; 4M/4N the
                                           low plane's left/right halves, 4R/4S
                                           the high plane's
     dkgen proms OUT_2K OUT_2J OUT_5E      256 x 4 bits each: palette low
                                           (blue, green low), palette high
                                           (green high, red), column colours
     dkgen sound OUT_3I OUT_3J             2 x 2K of FFh (the sound CPU's
                                           MOV A,R7: the sets without a sound
                                           program)
     dkgen sound4k OUT                     4K of FFh (Donkey Kong Jr.'s sound ROM)
     dkgen sound8035 OUT_3I [OUT_3J]       the sound test's 8035 program
                                           (snd8035.c) and tune ROM
     dkgen dots OUT                        2K: Radar Scope's dot table (gfx3):
                                           per line a run of rising x / 4
                                           (bit 7: a star), the flipped half
                                           at 000h, the normal one at 400h
     dkgen ans8035 OUT                     2K: an 8035 program that sets P2 to
                                           E0h (bit 5, ANS: the grid's enable
                                           on Radar Scope) and loops
   A tile or sprite row is one byte per plane, pixel x at bit 7 - x. Every
   tile and sprite differs, and none is symmetric, so flips show. */
#include <stdio.h>
#include <string.h>

#include "romtool.h"
#include "snd8035.h"

static int tile_pixel(int n, int x, int y)
{
    if (n == 0)
        return 0;
    if (x == 0 || y == 7)
        return 3;
    if (y == 0)                       /* the code in binary along the top */
        return n >> (x - 1) & 1 ? 2 : 0;
    return ((x + 2 * y + n) >> 1 ^ (n >> 3)) & 3;
}

static int sprite_pixel(int n, int x, int y)
{
    if (x == 0 || y == 0)
        return 3;                     /* top and left border */
    if (y == 1 && x <= 7)
        return n >> (x - 1) & 1 ? 1 : 0; /* the code in binary */
    if (x == y)
        return 2;                     /* a diagonal */
    if (x > 11 && y > 11)
        return (n & 3) | 1;           /* a corner block */
    return ((x * y + n) >> 3 & 1) ? (n >> 2 & 3) : 0;
}

/* n tiles (256, or Donkey Kong Jr.'s 512: codes 256-511 draw as n ^ 0x5a
   with a pen-1 border, so the bank shows) */
static int make_tiles(const char *lo_path, const char *hi_path, int count)
{
    static unsigned char lo[4096], hi[4096];
    for (int n = 0; n < count; n++)
        for (int y = 0; y < 8; y++)
            for (int x = 0; x < 8; x++) {
                int p = n < 256 ? tile_pixel(n, x, y) : (x == 7 ? 1 : tile_pixel((n ^ 0x5a) & 0xff, x, y));
                if (p & 1)
                    lo[n * 8 + y] |= (unsigned char)(0x80 >> x);
                if (p & 2)
                    hi[n * 8 + y] |= (unsigned char)(0x80 >> x);
            }
    size_t size = (size_t)count * 8;
    return romtool_write(lo_path, lo, size) || romtool_write(hi_path, hi, size);
}

static int make_sprites(char **out)
{
    static unsigned char rom[4][2048]; /* low left, low right, high left, high right */
    for (int n = 0; n < 128; n++)
        for (int y = 0; y < 16; y++)
            for (int x = 0; x < 16; x++) {
                int p = sprite_pixel(n, x, y);
                int half = x >> 3;
                unsigned char bit = (unsigned char)(0x80 >> (x & 7));
                if (p & 1)
                    rom[half][n * 16 + y] |= bit;
                if (p & 2)
                    rom[2 + half][n * 16 + y] |= bit;
            }
    for (int i = 0; i < 4; i++)
        if (romtool_write(out[i], rom[i], sizeof(rom[i])))
            return 1;
    return 0;
}

static int make_proms(const char *p2k, const char *p2j, const char *p5e)
{
    unsigned char k[256], j[256], e[256];
    for (int i = 0; i < 256; i++) {
        k[i] = (unsigned char)((i * 7 + (i >> 4)) & 0x0f);
        j[i] = (unsigned char)((i * 11 + 5 + (i >> 5)) & 0x0f);
        e[i] = (unsigned char)((i * 5 + (i >> 5)) & 0x0f); /* column group colours */
    }
    return romtool_write(p2k, k, 256) || romtool_write(p2j, j, 256) || romtool_write(p5e, e, 256);
}

/* Radar Scope's dots: for each of the 224 visible lines a run of x / 4
   values, strictly rising; every run ends right of where the next one
   starts, so each is one line. Normal half: grid columns at 64 and 192,
   a grid row every 32 lines (a dot every 16 pixels), one star a line,
   dots right of the visible 256 and past the line's end;
   flipped half: columns 32 and 160, rows every 24 lines. */
static int make_dots(const char *path)
{
    static unsigned char t[2048];
    for (int half = 0; half < 2; half++) {
        int base = half ? 0x400 : 0x000;
        int n = 0;
        int c1 = half ? 16 : 8, c2 = half ? 48 : 40, rows = half ? 32 : 24;
        for (int line = 0; line < 224 && n < 0x3f0; line++) {
            if (line % rows == 0) {
                for (int x = 0; x < 64; x += 4)
                    t[base + n++] = (unsigned char)x;
                continue;
            }
            int star = half ? (line * 37 + 5) % 64 : (line * 23 + 11) % 64;
            int v[5] = { c1, c2, star | 0x80 };
            int k = star == c1 || star == c2 ? 2 : 3;
            /* sorted by x */
            for (int a = 0; a < k; a++)
                for (int b = a + 1; b < k; b++)
                    if ((v[b] & 0x7f) < (v[a] & 0x7f)) {
                        int tmp = v[a];
                        v[a] = v[b];
                        v[b] = tmp;
                    }
            /* the normal half also has dots the screen does not show:
               right of x 256 (every other line) and past the line's end
               (x 448, every third line; passed over) */
            if (half && line % 2 == 0)
                v[k++] = 0x50;
            if (half && line % 3 == 0)
                v[k++] = 0x70 | 0x80;
            for (int a = 0; a < k; a++)
                t[base + n++] = (unsigned char)v[a];
        }
    }
    return romtool_write(path, t, sizeof(t));
}

/* the 8035: P2 = E0h for ever (jmp 010h; 010h: dis i, mov a,#E0h,
   outl p2,a; loop: jmp loop) */
static int make_ans8035(const char *path)
{
    static unsigned char rom[2048];
    const unsigned char code[] = { 0x04, 0x10 };
    const unsigned char body[] = { 0x15, 0x23, 0xe0, 0x3a, 0x04, 0x14 };
    memcpy(rom, code, sizeof(code));
    memcpy(rom + 0x10, body, sizeof(body));
    return romtool_write(path, rom, sizeof(rom));
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "dots"))
        return make_dots(argv[2]);
    if (argc == 3 && !strcmp(argv[1], "ans8035"))
        return make_ans8035(argv[2]);
    if (argc == 4 && !strcmp(argv[1], "tiles"))
        return make_tiles(argv[2], argv[3], 256);
    if (argc == 4 && !strcmp(argv[1], "tiles512"))
        return make_tiles(argv[2], argv[3], 512);
    if (argc == 3 && !strcmp(argv[1], "sound4k")) {
        static unsigned char ff[4096];
        memset(ff, 0xff, sizeof(ff));
        return romtool_write(argv[2], ff, sizeof(ff));
    }
    if (argc == 6 && !strcmp(argv[1], "sprites"))
        return make_sprites(argv + 2);
    if (argc == 5 && !strcmp(argv[1], "proms"))
        return make_proms(argv[2], argv[3], argv[4]);
    if (argc == 4 && !strcmp(argv[1], "sound")) {
        static unsigned char ff[2048];
        memset(ff, 0xff, sizeof(ff));
        return romtool_write(argv[2], ff, sizeof(ff)) || romtool_write(argv[3], ff, sizeof(ff));
    }
    if (argc == 4 && !strcmp(argv[1], "sound8035"))
        return snd8035_write(argv[2], argv[3]);
    if (argc == 3 && !strcmp(argv[1], "sound8035"))
        return snd8035_write(argv[2], NULL);
    fprintf(stderr, "usage: dkgen tiles LO HI | sprites 4M 4N 4R 4S | proms 2K 2J 5E | tiles512 LO HI | sound 3I 3J | sound4k OUT | sound8035 3I [3J] | dots OUT | ans8035 OUT\n");
    return 2;
}
