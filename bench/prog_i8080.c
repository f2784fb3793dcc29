/* Intel 8080 benchmark: an endless 16-bit checksum over 4 KiB of RAM that
   scrambles each byte and writes it back (so the data keeps changing), with
   a CALL, PUSH/POP, XCHG and SHLD once per pass. Starts at 0000h (RESET). */
#include "bench/cpubench.h"
#include "cpu/i8080.h"

static const u8 prog[] = {
    0x31, 0x00, 0xf0, /* 0000        LXI  SP,0F000h              */
    0x11, 0x00, 0x00, /* 0003        LXI  D,0000h    running sum */
    0x21, 0x00, 0x10, /* 0006 outer: LXI  H,1000h                */
    0x01, 0x00, 0x10, /* 0009        LXI  B,1000h    byte count  */
    0x7e,             /* 000C loop:  MOV  A,M                    */
    0x83,             /* 000D        ADD  E                      */
    0x5f,             /* 000E        MOV  E,A                    */
    0x7a,             /* 000F        MOV  A,D                    */
    0xce, 0x00,       /* 0010        ACI  00h                    */
    0x57,             /* 0012        MOV  D,A                    */
    0x7e,             /* 0013        MOV  A,M                    */
    0x07,             /* 0014        RLC                         */
    0xab,             /* 0015        XRA  E                      */
    0x3c,             /* 0016        INR  A                      */
    0x77,             /* 0017        MOV  M,A                    */
    0x23,             /* 0018        INX  H                      */
    0x0b,             /* 0019        DCX  B                      */
    0x78,             /* 001A        MOV  A,B                    */
    0xb1,             /* 001B        ORA  C                      */
    0xc2, 0x0c, 0x00, /* 001C        JNZ  loop                   */
    0xcd, 0x25, 0x00, /* 001F        CALL sub                    */
    0xc3, 0x06, 0x00, /* 0022        JMP  outer                  */
    0xe5,             /* 0025 sub:   PUSH H                      */
    0xeb,             /* 0026        XCHG                        */
    0x22, 0x00, 0x20, /* 0027        SHLD 2000h      store sum   */
    0x7d,             /* 002A        MOV  A,L                    */
    0x27,             /* 002B        DAA                         */
    0x6f,             /* 002C        MOV  L,A                    */
    0xeb,             /* 002D        XCHG                        */
    0xe1,             /* 002E        POP  H                      */
    0xc9,             /* 002F        RET                         */
};

static const cb_chunk chunks[] = {
    { 0x0000, prog, sizeof(prog) },
    { 0, NULL, 0 },
};

const cb_program cb_prog_i8080 = {
    .core = &i8080_core,
    .what = "checksum of 4 KiB with scramble write-back, CALL/PUSH/XCHG/SHLD/DAA per pass",
    .chunks = chunks,
};
