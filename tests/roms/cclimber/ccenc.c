/* ccenc: encrypts Cabinet's homebrew Crazy Climber program the way the
   board's CPU decrypts it (MAME 0.251's init_cclimber table), so that the
   opcode fetches of both emulators see the assembled program.
     ccenc BIN OUT...   (OUT: the 4K program ROMs cc11 cc10 cc09 cc08 cc07)
   Only the bytes the Z80 fetches as opcodes (M1: the first byte, and the
   second after a CB, ED, DD or FD prefix, except DD/FD CB whose offset and
   opcode are operand reads) are encrypted; operands and data stay as they
   are. They are found by following the code from 0000h, 0038h and 0066h
   through jumps, calls, relative jumps, DJNZ and RST (no computed jumps in
   the program). The table leaves some values out for some address parity
   and data bits 1/7; such an opcode is an error naming its address (move
   it by a NOP). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/z80.h"
#include "romtool.h"

#define ROM_SIZE 0x6000

static const unsigned char table[8][16] = {
    { 0x44, 0x14, 0x54, 0x10, 0x11, 0x41, 0x05, 0x50, 0x51, 0x00, 0x40, 0x55, 0x45, 0x04, 0x01, 0x15 },
    { 0x44, 0x10, 0x15, 0x55, 0x00, 0x41, 0x40, 0x51, 0x14, 0x45, 0x11, 0x50, 0x01, 0x54, 0x04, 0x05 },
    { 0x45, 0x10, 0x11, 0x44, 0x05, 0x50, 0x51, 0x04, 0x41, 0x14, 0x15, 0x40, 0x01, 0x54, 0x55, 0x00 },
    { 0x04, 0x51, 0x45, 0x00, 0x44, 0x10, 0xff, 0x55, 0x11, 0x54, 0x50, 0x40, 0x05, 0xff, 0x14, 0x01 },
    { 0x54, 0x51, 0x15, 0x45, 0x44, 0x01, 0x11, 0x41, 0x04, 0x55, 0x50, 0xff, 0x00, 0x10, 0x40, 0xff },
    { 0xff, 0x54, 0x14, 0x50, 0x51, 0x01, 0xff, 0x40, 0x41, 0x10, 0x00, 0x55, 0x05, 0x44, 0x11, 0x45 },
    { 0x51, 0x04, 0x10, 0xff, 0x50, 0x40, 0x00, 0xff, 0x41, 0x01, 0x05, 0x15, 0x11, 0x14, 0x44, 0x54 },
    { 0xff, 0xff, 0x54, 0x01, 0x15, 0x40, 0x45, 0x41, 0x51, 0x04, 0x50, 0x05, 0x11, 0x44, 0x10, 0x14 },
};

static unsigned char rom[ROM_SIZE + 4], m1[ROM_SIZE], seen[ROM_SIZE];
static unsigned work[ROM_SIZE], nwork;

static void push(unsigned pc)
{
    if (pc < ROM_SIZE && !seen[pc]) {
        seen[pc] = 1;
        work[nwork++] = pc;
    }
}

/* Marks the M1 bytes of the instruction at pc; queues where it can go. */
static void walk_one(unsigned pc)
{
    char text[64];
    const unsigned char *op = rom + pc;
    int len = z80_disasm(text, sizeof(text), pc, op);
    unsigned next = pc + (unsigned)len;
    m1[pc] = 1;
    if ((op[0] == 0xcb || op[0] == 0xed) || ((op[0] == 0xdd || op[0] == 0xfd) && op[1] != 0xcb && len > 1))
        m1[pc + 1] = 1;
    unsigned nn = (unsigned)op[1] | (unsigned)op[2] << 8;
    unsigned rel = (unsigned)((int)next + (signed char)op[1]) & 0xffff;
    bool fall = true;
    switch (op[0]) {
    case 0xc3: push(nn); fall = false; break;                       /* jp nn */
    case 0x18: push(rel); fall = false; break;                      /* jr e */
    case 0xc9: case 0xe9: fall = false; break;                      /* ret, jp (hl) */
    case 0xcd: push(nn); break;                                     /* call nn */
    case 0x10: case 0x20: case 0x28: case 0x30: case 0x38: push(rel); break;
    case 0xed: if (op[1] == 0x45 || op[1] == 0x4d) fall = false; break; /* retn, reti */
    case 0xdd: case 0xfd: if (op[1] == 0xe9) fall = false; break;   /* jp (ix/iy) */
    default:
        if ((op[0] & 0xc7) == 0xc2 || (op[0] & 0xc7) == 0xc4) /* jp cc / call cc */
            push(nn);
        else if ((op[0] & 0xc7) == 0xc7)                     /* rst */
            push(op[0] & 0x38u);
    }
    if (fall)
        push(next);
}

static int encrypt(unsigned a)
{
    unsigned char d = rom[a];
    unsigned i = (a & 1) | (d & 0x02) | ((d & 0x80) >> 5);
    for (unsigned j = 0; j < 16; j++)
        if (table[i][j] == (d & 0x55)) {
            rom[a] = (unsigned char)((d & 0xaa) | (j & 1) | (j & 2) << 1 | (j & 4) << 2 | (j & 8) << 3);
            return 0;
        }
    fprintf(stderr, "ccenc: opcode %02X at %04X cannot be encrypted (move it by one byte)\n", d, a);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: ccenc BIN OUT...\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    memset(rom, 0xff, sizeof(rom));
    size_t n = fread(rom, 1, ROM_SIZE, f);
    fclose(f);
    if (n == 0)
        return 1;
    push(0x0000), push(0x0038), push(0x0066);
    while (nwork)
        walk_one(work[--nwork]);
    int bad = 0;
    for (unsigned a = 0; a < ROM_SIZE; a++)
        if (m1[a])
            bad += encrypt(a);
    if (bad)
        return 1;
    int status = 0;
    for (int k = 2; k < argc; k++)
        status |= romtool_write(argv[k], rom + (size_t)(k - 2) * 0x1000, 0x1000);
    return status;
}
