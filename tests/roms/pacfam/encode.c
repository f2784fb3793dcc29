/* encode.c - builds a Pac-Man board variant's ROM files from family.asm
   (or pengo.asm): the program and the Pac-Man test sets' graphics and PROMs
   (tests/roms/pacman/romgen.c), written the way each board's dumps are, so
   that MAME 0.251's loader and init_ function (and Cabinet's) turn them back.

     pacfam_encode_MODE BIN FILE...   (one build per MODE, as the test
                                     sets' ENCODE step gives no arguments)

   FILEs: the program ROMs in address order, the graphics ROMs in region
   order, then the colour, lookup, sound and timing PROMs. MODEs:
     pacplus, jumpshot  every byte of 0000-3FFF encrypted (the inverse of
                        pacplus_decrypt / jumpshot_decrypt, found by search)
     eyes               program D3/D5 swapped, graphics A0/A2 and D4/D6
     woodpek            the graphics swap only; program at 0000 and 8000-BFFF
     ponpoko            tile halves and sprite strips in Ponpoko's order
     plain              nothing (Lizard Wizard)
     pengo              Sega 315-5010: opcode bytes (M1 fetches, found by a
                        linear walk of the code up to the `code_end' mark
                        FFh FFh "CODE_END") encrypted with the opcode table,
                        the others with the data table; graphics as Pengo's
                        two 8K ROMs (tiles then sprites, bank 1 the inverse
                        of bank 0), lookup PROM 1K.
   The transforms are the driver's (drivers/pacman.h, machine/segacrpt.h):
   MAME decoding the result is what checks them. */
#define main pacman_romgen_main
#include "../pacman/romgen.c"
#undef main

#include <stdio.h>
#include <stdlib.h>

#include "drivers/pacman.h"
#include "machine/segacrpt.h"

static u8 image[0x10000];

static int load(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    memset(image, 0xff, sizeof image);
    size_t n = fread(image, 1, sizeof image, f);
    fclose(f);
    return n ? 0 : -1;
}

static u8 invert(u8 (*fn)(unsigned, u8), unsigned a, u8 d)
{
    for (unsigned e = 0; e < 256; e++)
        if (fn(a, (u8)e) == d)
            return (u8)e;
    fprintf(stderr, "no byte decrypts to %02x at %04x\n", d, a);
    exit(1);
}

static u8 sega_opcode(unsigned a, u8 e) { return segacrpt_opcode(sega_315_5010_key, a, e); }
static u8 sega_data(unsigned a, u8 e) { return segacrpt_data(sega_315_5010_key, a, e); }

/* Z80 instruction length for the subset pengo.asm uses (no IX/IY); also
   tells whether the second byte is an opcode fetch (CB, ED prefixes). */
static int z80_length(const u8 *p, int *second_m1)
{
    u8 op = p[0];
    *second_m1 = 0;
    if (op == 0xcb || op == 0xed) {
        *second_m1 = 1;
        if (op == 0xed && (p[1] & 0xc7) == 0x43)
            return 4; /* LD (nn),rr / LD rr,(nn) */
        return 2;
    }
    if (op == 0xdd || op == 0xfd) {
        fprintf(stderr, "pengo: IX/IY instructions are not handled by the encoder\n");
        exit(1);
    }
    if ((op & 0xc7) == 0x06 || (op & 0xc7) == 0xc6 || op == 0xd3 || op == 0xdb || op == 0x10 || op == 0x18 ||
        op == 0x20 || op == 0x28 || op == 0x30 || op == 0x38)
        return 2;
    if ((op & 0xcf) == 0x01 || op == 0x22 || op == 0x2a || op == 0x32 || op == 0x3a || (op & 0xc7) == 0xc2 ||
        op == 0xc3 || (op & 0xc7) == 0xc4 || op == 0xcd)
        return 3;
    return 1;
}

static void encode_pengo(void)
{
    static const char mark[] = "\xff\xff" "CODE_END";
    size_t end = 0;
    for (size_t a = 0; a + sizeof mark - 1 < 0x8000; a++)
        if (!memcmp(image + a, mark, sizeof mark - 1)) {
            end = a;
            break;
        }
    if (!end) {
        fprintf(stderr, "pengo: no CODE_END mark\n");
        exit(1);
    }
    static u8 is_op[0x8000];
    for (size_t a = 0; a < end;) {
        int second;
        int n = z80_length(image + a, &second);
        is_op[a] = 1;
        if (second)
            is_op[a + 1] = 1;
        a += (size_t)n;
    }
    for (unsigned a = 0; a < 0x8000; a++)
        image[a] = invert(is_op[a] ? sega_opcode : sega_data, a, image[a]);
}

static int write_files(char **files, int n, unsigned chunk, const unsigned *offsets, const u8 *src)
{
    int r = 0;
    for (int i = 0; i < n; i++)
        r |= romtool_write(files[i], src + offsets[i], chunk);
    return r;
}

int main(int argc, char **argv)
{
    if (argc < 3 || load(argv[1])) {
        fprintf(stderr, "usage: pacfam_encode_%s BIN FILE...\n", PACFAM_MODE);
        return 1;
    }
    const char *mode = PACFAM_MODE;
    char **files = argv + 2;
    int nfiles = argc - 2;
    static const unsigned seq4k[8] = { 0, 0x1000, 0x2000, 0x3000, 0x8000, 0x9000, 0xa000, 0xb000 };
    static const unsigned seq2k[8] = { 0, 0x800, 0x1000, 0x1800, 0x2000, 0x2800, 0x3000, 0x3800 };
    static const unsigned woodpek[5] = { 0, 0x8000, 0x9000, 0xa000, 0xb000 };
    unsigned chunk = 0x1000, gchunk = 0x1000;
    const unsigned *offs = seq4k;
    int nprog = 4;
    int eyes_gfx = 0, pon_gfx = 0;
    u8 gfx[0x4000];

    make_gfx();
    memcpy(gfx, gfx5e, 0x1000);
    memcpy(gfx + 0x1000, gfx5f, 0x1000);
    if (!strcmp(mode, "pacplus") || !strcmp(mode, "jumpshot")) {
        u8 (*fn)(unsigned, u8) = mode[0] == 'p' ? pacplus_decrypt : jumpshot_decrypt;
        for (unsigned a = 0; a < 0x4000; a++)
            image[a] = invert(fn, a, image[a]);
    } else if (!strcmp(mode, "eyes") || !strcmp(mode, "eyes2k")) {
        for (unsigned a = 0; a < 0xc000; a++)
            image[a] = eyes_data_swap(image[a]); /* its own inverse */
        eyes_gfx = 1;
        if (mode[4]) { /* 2K ROMs: 8 program, 4 graphics */
            chunk = gchunk = 0x800;
            offs = seq2k;
            nprog = 8;
        }
    } else if (!strcmp(mode, "woodpek")) {
        offs = woodpek;
        nprog = 5;
        gchunk = 0x800;
        eyes_gfx = 1;
    } else if (!strcmp(mode, "ponpoko")) {
        nprog = 8;
        pon_gfx = 1;
    } else if (!strcmp(mode, "plain")) {
        nprog = 6;
    } else if (!strcmp(mode, "pengo")) {
        encode_pengo();
        nprog = 8;
        static const unsigned pengo_offs[8] = { 0, 0x1000, 0x2000, 0x3000, 0x4000, 0x5000, 0x6000, 0x7000 };
        offs = pengo_offs;
        /* ic92: bank 0 tiles, sprites; ic105: bank 1 (pens inverted) */
        for (int i = 0; i < 0x2000; i++)
            gfx[0x2000 + i] = (u8)~gfx[i];
        gchunk = 0x2000;
    } else {
        fprintf(stderr, "unknown mode %s\n", mode);
        return 1;
    }
    if (eyes_gfx)
        eyes_gfx_decode(gfx, 0x2000); /* its own inverse */
    if (pon_gfx)
        for (int k = 0; k < 3; k++) /* three turns of the four-strip rotation undo one */
            ponpoko_gfx_decode(gfx, 0x2000);
    int ngfx = (!strcmp(mode, "pengo") ? 0x4000 : 0x2000) / (int)gchunk;
    if (nfiles != nprog + ngfx + 4) {
        fprintf(stderr, "%s: %d files given, %d expected\n", mode, nfiles, nprog + ngfx + 4);
        return 1;
    }
    int r = write_files(files, nprog, chunk, offs, image);
    for (int i = 0; i < ngfx; i++)
        r |= romtool_write(files[nprog + i], gfx + (unsigned)i * gchunk, gchunk);
    unsigned char p7f[32], p4a[1024], p1m[256], p3m[256];
    make_proms(p7f, p4a, p1m, p3m);
    for (int i = 256; i < 1024; i++) /* Pengo's 1K lookup: MAME reads the first 256 */
        p4a[i] = p4a[i & 0xff];
    char **pf = files + nprog + ngfx;
    r |= romtool_write(pf[0], p7f, 32) | romtool_write(pf[1], p4a, !strcmp(mode, "pengo") ? 1024 : 256);
    r |= romtool_write(pf[2], p1m, 256) | romtool_write(pf[3], p3m, 256);
    return r;
}
