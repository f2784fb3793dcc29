/* MCS-48 disassembler: Intel mnemonics, hex as $xx. */
#include <stdio.h>

#include "cpu/mcs48.h"

enum {
    K_NONE, /* one byte, no operand */
    K_IMM,  /* second byte is data: format takes it */
    K_PAGE, /* conditional jump: target in the page of the offset byte */
    K_LONG, /* JMP/CALL: opcode bits 7-5 are A10-A8 */
    K_BAD   /* unassigned opcode */
};

typedef struct dasm_op {
    const char *fmt;
    u8 kind;
} dasm_op;

#define N(s) { s, K_NONE }
#define I(s) { s, K_IMM }
#define P(s) { s, K_PAGE }
#define L(s) { s, K_LONG }
#define X { "DB $%02X", K_BAD }

static const dasm_op ops[256] = {
    /* 00 */ N("NOP"), X, N("OUTL BUS,A"), I("ADD A,#$%02X"),
    /* 04 */ L("JMP $%03X"), N("EN I"), X, N("DEC A"),
    /* 08 */ N("INS A,BUS"), N("IN A,P1"), N("IN A,P2"), X,
    /* 0C */ N("MOVD A,P4"), N("MOVD A,P5"), N("MOVD A,P6"), N("MOVD A,P7"),
    /* 10 */ N("INC @R0"), N("INC @R1"), P("JB0 $%03X"), I("ADDC A,#$%02X"),
    /* 14 */ L("CALL $%03X"), N("DIS I"), P("JTF $%03X"), N("INC A"),
    /* 18 */ N("INC R0"), N("INC R1"), N("INC R2"), N("INC R3"),
    /* 1C */ N("INC R4"), N("INC R5"), N("INC R6"), N("INC R7"),
    /* 20 */ N("XCH A,@R0"), N("XCH A,@R1"), X, I("MOV A,#$%02X"),
    /* 24 */ L("JMP $%03X"), N("EN TCNTI"), P("JNT0 $%03X"), N("CLR A"),
    /* 28 */ N("XCH A,R0"), N("XCH A,R1"), N("XCH A,R2"), N("XCH A,R3"),
    /* 2C */ N("XCH A,R4"), N("XCH A,R5"), N("XCH A,R6"), N("XCH A,R7"),
    /* 30 */ N("XCHD A,@R0"), N("XCHD A,@R1"), P("JB1 $%03X"), X,
    /* 34 */ L("CALL $%03X"), N("DIS TCNTI"), P("JT0 $%03X"), N("CPL A"),
    /* 38 */ X, N("OUTL P1,A"), N("OUTL P2,A"), X,
    /* 3C */ N("MOVD P4,A"), N("MOVD P5,A"), N("MOVD P6,A"), N("MOVD P7,A"),
    /* 40 */ N("ORL A,@R0"), N("ORL A,@R1"), N("MOV A,T"), I("ORL A,#$%02X"),
    /* 44 */ L("JMP $%03X"), N("STRT CNT"), P("JNT1 $%03X"), N("SWAP A"),
    /* 48 */ N("ORL A,R0"), N("ORL A,R1"), N("ORL A,R2"), N("ORL A,R3"),
    /* 4C */ N("ORL A,R4"), N("ORL A,R5"), N("ORL A,R6"), N("ORL A,R7"),
    /* 50 */ N("ANL A,@R0"), N("ANL A,@R1"), P("JB2 $%03X"), I("ANL A,#$%02X"),
    /* 54 */ L("CALL $%03X"), N("STRT T"), P("JT1 $%03X"), N("DA A"),
    /* 58 */ N("ANL A,R0"), N("ANL A,R1"), N("ANL A,R2"), N("ANL A,R3"),
    /* 5C */ N("ANL A,R4"), N("ANL A,R5"), N("ANL A,R6"), N("ANL A,R7"),
    /* 60 */ N("ADD A,@R0"), N("ADD A,@R1"), N("MOV T,A"), X,
    /* 64 */ L("JMP $%03X"), N("STOP TCNT"), X, N("RRC A"),
    /* 68 */ N("ADD A,R0"), N("ADD A,R1"), N("ADD A,R2"), N("ADD A,R3"),
    /* 6C */ N("ADD A,R4"), N("ADD A,R5"), N("ADD A,R6"), N("ADD A,R7"),
    /* 70 */ N("ADDC A,@R0"), N("ADDC A,@R1"), P("JB3 $%03X"), X,
    /* 74 */ L("CALL $%03X"), N("ENT0 CLK"), P("JF1 $%03X"), N("RR A"),
    /* 78 */ N("ADDC A,R0"), N("ADDC A,R1"), N("ADDC A,R2"), N("ADDC A,R3"),
    /* 7C */ N("ADDC A,R4"), N("ADDC A,R5"), N("ADDC A,R6"), N("ADDC A,R7"),
    /* 80 */ N("MOVX A,@R0"), N("MOVX A,@R1"), X, N("RET"),
    /* 84 */ L("JMP $%03X"), N("CLR F0"), P("JNI $%03X"), X,
    /* 88 */ I("ORL BUS,#$%02X"), I("ORL P1,#$%02X"), I("ORL P2,#$%02X"), X,
    /* 8C */ N("ORLD P4,A"), N("ORLD P5,A"), N("ORLD P6,A"), N("ORLD P7,A"),
    /* 90 */ N("MOVX @R0,A"), N("MOVX @R1,A"), P("JB4 $%03X"), N("RETR"),
    /* 94 */ L("CALL $%03X"), N("CPL F0"), P("JNZ $%03X"), N("CLR C"),
    /* 98 */ I("ANL BUS,#$%02X"), I("ANL P1,#$%02X"), I("ANL P2,#$%02X"), X,
    /* 9C */ N("ANLD P4,A"), N("ANLD P5,A"), N("ANLD P6,A"), N("ANLD P7,A"),
    /* A0 */ N("MOV @R0,A"), N("MOV @R1,A"), X, N("MOVP A,@A"),
    /* A4 */ L("JMP $%03X"), N("CLR F1"), X, N("CPL C"),
    /* A8 */ N("MOV R0,A"), N("MOV R1,A"), N("MOV R2,A"), N("MOV R3,A"),
    /* AC */ N("MOV R4,A"), N("MOV R5,A"), N("MOV R6,A"), N("MOV R7,A"),
    /* B0 */ I("MOV @R0,#$%02X"), I("MOV @R1,#$%02X"), P("JB5 $%03X"), N("JMPP @A"),
    /* B4 */ L("CALL $%03X"), N("CPL F1"), P("JF0 $%03X"), X,
    /* B8 */ I("MOV R0,#$%02X"), I("MOV R1,#$%02X"), I("MOV R2,#$%02X"), I("MOV R3,#$%02X"),
    /* BC */ I("MOV R4,#$%02X"), I("MOV R5,#$%02X"), I("MOV R6,#$%02X"), I("MOV R7,#$%02X"),
    /* C0 */ X, X, X, X,
    /* C4 */ L("JMP $%03X"), N("SEL RB0"), P("JZ $%03X"), N("MOV A,PSW"),
    /* C8 */ N("DEC R0"), N("DEC R1"), N("DEC R2"), N("DEC R3"),
    /* CC */ N("DEC R4"), N("DEC R5"), N("DEC R6"), N("DEC R7"),
    /* D0 */ N("XRL A,@R0"), N("XRL A,@R1"), P("JB6 $%03X"), I("XRL A,#$%02X"),
    /* D4 */ L("CALL $%03X"), N("SEL RB1"), X, N("MOV PSW,A"),
    /* D8 */ N("XRL A,R0"), N("XRL A,R1"), N("XRL A,R2"), N("XRL A,R3"),
    /* DC */ N("XRL A,R4"), N("XRL A,R5"), N("XRL A,R6"), N("XRL A,R7"),
    /* E0 */ X, X, X, N("MOVP3 A,@A"),
    /* E4 */ L("JMP $%03X"), N("SEL MB0"), P("JNC $%03X"), N("RL A"),
    /* E8 */ P("DJNZ R0,$%03X"), P("DJNZ R1,$%03X"), P("DJNZ R2,$%03X"), P("DJNZ R3,$%03X"),
    /* EC */ P("DJNZ R4,$%03X"), P("DJNZ R5,$%03X"), P("DJNZ R6,$%03X"), P("DJNZ R7,$%03X"),
    /* F0 */ N("MOV A,@R0"), N("MOV A,@R1"), P("JB7 $%03X"), X,
    /* F4 */ L("CALL $%03X"), N("SEL MB1"), P("JC $%03X"), N("RLC A"),
    /* F8 */ N("MOV A,R0"), N("MOV A,R1"), N("MOV A,R2"), N("MOV A,R3"),
    /* FC */ N("MOV A,R4"), N("MOV A,R5"), N("MOV A,R6"), N("MOV A,R7"),
};

/* JMP/CALL show the address within the 2K bank: MB is not known here. */
int mcs48_disasm(char *buf, size_t len, u32 pc, const u8 *op)
{
    const dasm_op *d = &ops[op[0]];
    u32 next = (pc & 0x800) | ((pc + 1) & 0x7ff);
    switch (d->kind) {
    case K_IMM:
        snprintf(buf, len, d->fmt, op[1]);
        return 2;
    case K_PAGE:
        snprintf(buf, len, d->fmt, (unsigned)((next & 0xf00) | op[1]));
        return 2;
    case K_LONG:
        snprintf(buf, len, d->fmt, (unsigned)(((op[0] & 0xe0) << 3) | op[1]));
        return 2;
    case K_BAD:
        snprintf(buf, len, d->fmt, op[0]);
        return 1;
    default:
        snprintf(buf, len, "%s", d->fmt);
        return 1;
    }
}
