/* MC6809 benchmark: an endless checksum over 4 KiB of RAM that writes its
   running value back (so the data keeps changing), using auto-increment and
   5-bit-offset indexing, then a subroutine with PSHS/PULS, MUL and DAA once
   per pass. B counts the passes. */
#include "bench/cpubench.h"
#include "cpu/m6809.h"

static const u8 prog[] = {
    0x10, 0xce, 0x80, 0x00, /* $0100        LDS  #$8000       */
    0x8e, 0x10, 0x00,       /* $0104 outer: LDX  #$1000       */
    0x5c,                   /* $0107        INCB              */
    0x12,                   /* $0108        NOP               */
    0xab, 0x80,             /* $0109 loop:  ADDA ,X+          */
    0x89, 0x3b,             /* $010B        ADCA #$3B         */
    0xa8, 0x84,             /* $010D        EORA ,X           */
    0x49,                   /* $010F        ROLA              */
    0xa7, 0x1f,             /* $0110        STA  -1,X         */
    0x8c, 0x20, 0x00,       /* $0112        CMPX #$2000       */
    0x26, 0xf2,             /* $0115        BNE  loop         */
    0xdd, 0x80,             /* $0117        STD  <$80         */
    0xbd, 0x01, 0x20,       /* $0119        JSR  sub          */
    0x20, 0xe6,             /* $011C        BRA  outer        */
    0x12, 0x12,             /* $011E        NOP; NOP (unused) */
    0x34, 0x16,             /* $0120 sub:   PSHS A,B,X        */
    0x96, 0x80,             /* $0122        LDA  <$80         */
    0xd6, 0x81,             /* $0124        LDB  <$81         */
    0x3d,                   /* $0126        MUL               */
    0xdd, 0x82,             /* $0127        STD  <$82         */
    0x9b, 0x83,             /* $0129        ADDA <$83         */
    0x19,                   /* $012B        DAA               */
    0x97, 0x84,             /* $012C        STA  <$84         */
    0x35, 0x96,             /* $012E        PULS A,B,X,PC     */
};

static const u8 reset_vector[] = { 0x01, 0x00 }; /* $FFFE: RESET -> $0100 */

static const cb_chunk chunks[] = {
    { 0x0100, prog, sizeof(prog) },
    { 0xfffe, reset_vector, sizeof(reset_vector) },
    { 0, NULL, 0 },
};

const cb_program cb_prog_m6809 = {
    .core = &m6809_core,
    .what = "checksum of 4 KiB with write-back, JSR/PSHS/MUL/DAA per pass",
    .chunks = chunks,
};
