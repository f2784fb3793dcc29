/* 6502 benchmark: an endless rolling checksum over 4 KiB ($1000-$1FFF)
   through a zero-page pointer, writing each step back so the data keeps
   changing, with a subroutine doing a decimal-mode add once per pass. */
#include "bench/cpubench.h"
#include "cpu/m6502.h"

static const u8 prog[] = {
    0xa2, 0xff,             /* $0200        LDX #$FF      */
    0x9a,                   /* $0202        TXS           */
    0xd8,                   /* $0203        CLD           */
    0xa9, 0x00,             /* $0204 outer: LDA #$00      */
    0x85, 0x10,             /* $0206        STA $10       */
    0xa9, 0x10,             /* $0208        LDA #$10      */
    0x85, 0x11,             /* $020A        STA $11       */
    0xa0, 0x00,             /* $020C        LDY #$00      */
    0xa9, 0x00,             /* $020E        LDA #$00      */
    0x18,                   /* $0210        CLC           */
    0x71, 0x10,             /* $0211 loop:  ADC ($10),Y   */
    0x2a,                   /* $0213        ROL A         */
    0x91, 0x10,             /* $0214        STA ($10),Y   */
    0xc8,                   /* $0216        INY           */
    0xd0, 0xf8,             /* $0217        BNE loop      */
    0xe6, 0x11,             /* $0219        INC $11       */
    0xa6, 0x11,             /* $021B        LDX $11       */
    0xe0, 0x20,             /* $021D        CPX #$20      */
    0xd0, 0xf0,             /* $021F        BNE loop      */
    0x85, 0x12,             /* $0221        STA $12       */
    0x20, 0x29, 0x02,       /* $0223        JSR sub       */
    0x4c, 0x04, 0x02,       /* $0226        JMP outer     */
    0x48,                   /* $0229 sub:   PHA           */
    0xf8,                   /* $022A        SED           */
    0xa5, 0x12,             /* $022B        LDA $12       */
    0x65, 0x13,             /* $022D        ADC $13       */
    0x85, 0x13,             /* $022F        STA $13       */
    0xd8,                   /* $0231        CLD           */
    0x68,                   /* $0232        PLA           */
    0x60,                   /* $0233        RTS           */
};

static const u8 reset_vector[] = { 0x00, 0x02 }; /* $FFFC: RESET -> $0200 */

static const cb_chunk chunks[] = {
    { 0x0200, prog, sizeof(prog) },
    { 0xfffc, reset_vector, sizeof(reset_vector) },
    { 0, NULL, 0 },
};

const cb_program cb_prog_m6502 = {
    .core = &m6502_core,
    .what = "rolling checksum of 4 KiB via (zp),Y with write-back, JSR/PHA/decimal ADC per pass",
    .chunks = chunks,
};
