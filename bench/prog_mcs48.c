/* MCS-48 benchmark: an endless scramble of 32 bytes of internal RAM through
   ADD/RL/XRL/DA with a subroutine call per byte, copying each result to
   external data memory with MOVX. */
#include "bench/cpubench.h"
#include "cpu/mcs48.h"

static const u8 main_loop[] = {
    0x23, 0x5a, /* 000 MOV A,#$5A */
    0xb8, 0x20, /* 002 MOV R0,#$20      internal RAM pointer */
    0xba, 0x20, /* 004 MOV R2,#$20      32 bytes per pass */
    0x60,       /* 006 ADD A,@R0 */
    0x14, 0x20, /* 007 CALL $020 */
    0xa0,       /* 009 MOV @R0,A */
    0x18,       /* 00A INC R0 */
    0x91,       /* 00B MOVX @R1,A */
    0x19,       /* 00C INC R1 */
    0xea, 0x06, /* 00D DJNZ R2,$006 */
    0x04, 0x02, /* 00F JMP $002 */
};

static const u8 scramble[] = {
    0xe7,       /* 020 RL A */
    0xd0,       /* 021 XRL A,@R0 */
    0x57,       /* 022 DA A */
    0xf7,       /* 023 RLC A */
    0x83,       /* 024 RET */
};

static const cb_chunk chunks[] = {
    { 0x000, main_loop, sizeof(main_loop) },
    { 0x020, scramble, sizeof(scramble) },
    { 0, NULL, 0 },
};

const cb_program cb_prog_mcs48 = {
    .core = &mcs48_core,
    .what = "ADD/RL/XRL/DA scramble of internal RAM with CALL/RET and MOVX",
    .chunks = chunks,
};
