/* Z80 benchmark: an endless rotating checksum over 4 KiB written to a
   second buffer, a 1 KiB LDIR copy back over the source (so the data keeps
   changing), and an IX-indexed subroutine once per pass. */
#include "bench/cpubench.h"
#include "cpu/z80.h"

static const u8 prog[] = {
    0x31, 0x00, 0x00,       /* 0000        LD   SP,0000h     */
    0x21, 0x00, 0x40,       /* 0003 outer: LD   HL,4000h     */
    0x11, 0x00, 0x60,       /* 0006        LD   DE,6000h     */
    0x01, 0x10, 0x00,       /* 0009        LD   BC,0010h     ; B=0: 256 x 16 */
    0x86,                   /* 000C loop:  ADD  A,(HL)       */
    0x07,                   /* 000D        RLCA              */
    0x12,                   /* 000E        LD   (DE),A       */
    0x23,                   /* 000F        INC  HL           */
    0x13,                   /* 0010        INC  DE           */
    0x10, 0xf9,             /* 0011        DJNZ loop         */
    0x0d,                   /* 0013        DEC  C            */
    0x20, 0xf6,             /* 0014        JR   NZ,loop      */
    0x21, 0x00, 0x60,       /* 0016        LD   HL,6000h     */
    0x11, 0x00, 0x40,       /* 0019        LD   DE,4000h     */
    0x01, 0x00, 0x04,       /* 001C        LD   BC,0400h     */
    0xed, 0xb0,             /* 001F        LDIR              */
    0xcd, 0x30, 0x00,       /* 0021        CALL sub          */
    0xc3, 0x03, 0x00,       /* 0024        JP   outer        */
};

static const u8 sub[] = {
    0xdd, 0x21, 0x00, 0x50, /* 0030 sub:   LD   IX,5000h     */
    0x06, 0x40,             /* 0034        LD   B,40h        */
    0xdd, 0x7e, 0x00,       /* 0036 s1:    LD   A,(IX+0)     */
    0xdd, 0xae, 0x01,       /* 0039        XOR  (IX+1)       */
    0xcb, 0x3f,             /* 003C        SRL  A            */
    0xdd, 0x77, 0x02,       /* 003E        LD   (IX+2),A     */
    0xdd, 0x23,             /* 0041        INC  IX           */
    0x10, 0xf1,             /* 0043        DJNZ s1           */
    0xc9,                   /* 0045        RET               */
};

static const cb_chunk chunks[] = {
    { 0x0000, prog, sizeof(prog) },
    { 0x0030, sub, sizeof(sub) },
    { 0, NULL, 0 },
};

const cb_program cb_prog_z80 = {
    .core = &z80_core,
    .what = "rotating checksum of 4 KiB, 1 KiB LDIR, IX-indexed loop per pass",
    .chunks = chunks,
};
