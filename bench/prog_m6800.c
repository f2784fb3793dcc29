/* MC6800 benchmark: an endless checksum over 4 KiB of RAM that writes its
   running value back (so the data keeps changing), with a subroutine call,
   stack traffic and DAA once per pass. */
#include "bench/cpubench.h"
#include "cpu/m6800.h"

static const u8 prog[] = {
    0x8e, 0x00, 0xff,       /* $0100        LDS  #$00FF   */
    0xce, 0x10, 0x00,       /* $0103 outer: LDX  #$1000   */
    0x4f,                   /* $0106        CLRA          */
    0x5f,                   /* $0107        CLRB          */
    0xab, 0x00,             /* $0108 loop:  ADDA $00,X    */
    0xc9, 0x00,             /* $010A        ADCB #$00     */
    0xa8, 0x01,             /* $010C        EORA $01,X    */
    0x49,                   /* $010E        ROLA          */
    0xa7, 0x00,             /* $010F        STAA $00,X    */
    0x08,                   /* $0111        INX           */
    0x8c, 0x20, 0x00,       /* $0112        CPX  #$2000   */
    0x26, 0xf1,             /* $0115        BNE  loop     */
    0x97, 0x80,             /* $0117        STAA $80      */
    0xd7, 0x81,             /* $0119        STAB $81      */
    0xbd, 0x01, 0x20,       /* $011B        JSR  sub      */
    0x20, 0xe3,             /* $011E        BRA  outer    */
    0x36,                   /* $0120 sub:   PSHA          */
    0x96, 0x80,             /* $0121        LDAA $80      */
    0x9b, 0x81,             /* $0123        ADDA $81      */
    0x19,                   /* $0125        DAA           */
    0x97, 0x82,             /* $0126        STAA $82      */
    0x32,                   /* $0128        PULA          */
    0x39,                   /* $0129        RTS           */
};

static const u8 reset_vector[] = { 0x01, 0x00 }; /* $FFFE: RESET -> $0100 */

static const cb_chunk chunks[] = {
    { 0x0100, prog, sizeof(prog) },
    { 0xfffe, reset_vector, sizeof(reset_vector) },
    { 0, NULL, 0 },
};

const cb_program cb_prog_m6800 = {
    .core = &m6800_core,
    .what = "checksum of 4 KiB with write-back, JSR/PSH/DAA per pass",
    .chunks = chunks,
};
