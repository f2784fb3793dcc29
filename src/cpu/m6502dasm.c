/* 6502 disassembler: MOS syntax ("LDA ($12),Y"), undocumented opcodes under
   their common names. */
#include <stdio.h>

#include "cpu/m6502.h"

enum mode { IMP, ACC, IMM, ZP, ZPX, ZPY, ABS, ABX, ABY, IND, IZX, IZY, REL };

/* bytes after the opcode, per mode */
static const u8 operand_len[] = { 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 1 };

typedef struct dasm_entry {
    char name[4];
    u8 mode;
} dasm_entry;

static const dasm_entry table[256] = {
    /* 0x00 */
    {"BRK", IMM}, {"ORA", IZX}, {"JAM", IMP}, {"SLO", IZX}, {"NOP", ZP},  {"ORA", ZP},  {"ASL", ZP},  {"SLO", ZP},
    {"PHP", IMP}, {"ORA", IMM}, {"ASL", ACC}, {"ANC", IMM}, {"NOP", ABS}, {"ORA", ABS}, {"ASL", ABS}, {"SLO", ABS},
    {"BPL", REL}, {"ORA", IZY}, {"JAM", IMP}, {"SLO", IZY}, {"NOP", ZPX}, {"ORA", ZPX}, {"ASL", ZPX}, {"SLO", ZPX},
    {"CLC", IMP}, {"ORA", ABY}, {"NOP", IMP}, {"SLO", ABY}, {"NOP", ABX}, {"ORA", ABX}, {"ASL", ABX}, {"SLO", ABX},
    /* 0x20 */
    {"JSR", ABS}, {"AND", IZX}, {"JAM", IMP}, {"RLA", IZX}, {"BIT", ZP},  {"AND", ZP},  {"ROL", ZP},  {"RLA", ZP},
    {"PLP", IMP}, {"AND", IMM}, {"ROL", ACC}, {"ANC", IMM}, {"BIT", ABS}, {"AND", ABS}, {"ROL", ABS}, {"RLA", ABS},
    {"BMI", REL}, {"AND", IZY}, {"JAM", IMP}, {"RLA", IZY}, {"NOP", ZPX}, {"AND", ZPX}, {"ROL", ZPX}, {"RLA", ZPX},
    {"SEC", IMP}, {"AND", ABY}, {"NOP", IMP}, {"RLA", ABY}, {"NOP", ABX}, {"AND", ABX}, {"ROL", ABX}, {"RLA", ABX},
    /* 0x40 */
    {"RTI", IMP}, {"EOR", IZX}, {"JAM", IMP}, {"SRE", IZX}, {"NOP", ZP},  {"EOR", ZP},  {"LSR", ZP},  {"SRE", ZP},
    {"PHA", IMP}, {"EOR", IMM}, {"LSR", ACC}, {"ALR", IMM}, {"JMP", ABS}, {"EOR", ABS}, {"LSR", ABS}, {"SRE", ABS},
    {"BVC", REL}, {"EOR", IZY}, {"JAM", IMP}, {"SRE", IZY}, {"NOP", ZPX}, {"EOR", ZPX}, {"LSR", ZPX}, {"SRE", ZPX},
    {"CLI", IMP}, {"EOR", ABY}, {"NOP", IMP}, {"SRE", ABY}, {"NOP", ABX}, {"EOR", ABX}, {"LSR", ABX}, {"SRE", ABX},
    /* 0x60 */
    {"RTS", IMP}, {"ADC", IZX}, {"JAM", IMP}, {"RRA", IZX}, {"NOP", ZP},  {"ADC", ZP},  {"ROR", ZP},  {"RRA", ZP},
    {"PLA", IMP}, {"ADC", IMM}, {"ROR", ACC}, {"ARR", IMM}, {"JMP", IND}, {"ADC", ABS}, {"ROR", ABS}, {"RRA", ABS},
    {"BVS", REL}, {"ADC", IZY}, {"JAM", IMP}, {"RRA", IZY}, {"NOP", ZPX}, {"ADC", ZPX}, {"ROR", ZPX}, {"RRA", ZPX},
    {"SEI", IMP}, {"ADC", ABY}, {"NOP", IMP}, {"RRA", ABY}, {"NOP", ABX}, {"ADC", ABX}, {"ROR", ABX}, {"RRA", ABX},
    /* 0x80 */
    {"NOP", IMM}, {"STA", IZX}, {"NOP", IMM}, {"SAX", IZX}, {"STY", ZP},  {"STA", ZP},  {"STX", ZP},  {"SAX", ZP},
    {"DEY", IMP}, {"NOP", IMM}, {"TXA", IMP}, {"ANE", IMM}, {"STY", ABS}, {"STA", ABS}, {"STX", ABS}, {"SAX", ABS},
    {"BCC", REL}, {"STA", IZY}, {"JAM", IMP}, {"SHA", IZY}, {"STY", ZPX}, {"STA", ZPX}, {"STX", ZPY}, {"SAX", ZPY},
    {"TYA", IMP}, {"STA", ABY}, {"TXS", IMP}, {"TAS", ABY}, {"SHY", ABX}, {"STA", ABX}, {"SHX", ABY}, {"SHA", ABY},
    /* 0xa0 */
    {"LDY", IMM}, {"LDA", IZX}, {"LDX", IMM}, {"LAX", IZX}, {"LDY", ZP},  {"LDA", ZP},  {"LDX", ZP},  {"LAX", ZP},
    {"TAY", IMP}, {"LDA", IMM}, {"TAX", IMP}, {"LXA", IMM}, {"LDY", ABS}, {"LDA", ABS}, {"LDX", ABS}, {"LAX", ABS},
    {"BCS", REL}, {"LDA", IZY}, {"JAM", IMP}, {"LAX", IZY}, {"LDY", ZPX}, {"LDA", ZPX}, {"LDX", ZPY}, {"LAX", ZPY},
    {"CLV", IMP}, {"LDA", ABY}, {"TSX", IMP}, {"LAS", ABY}, {"LDY", ABX}, {"LDA", ABX}, {"LDX", ABY}, {"LAX", ABY},
    /* 0xc0 */
    {"CPY", IMM}, {"CMP", IZX}, {"NOP", IMM}, {"DCP", IZX}, {"CPY", ZP},  {"CMP", ZP},  {"DEC", ZP},  {"DCP", ZP},
    {"INY", IMP}, {"CMP", IMM}, {"DEX", IMP}, {"SBX", IMM}, {"CPY", ABS}, {"CMP", ABS}, {"DEC", ABS}, {"DCP", ABS},
    {"BNE", REL}, {"CMP", IZY}, {"JAM", IMP}, {"DCP", IZY}, {"NOP", ZPX}, {"CMP", ZPX}, {"DEC", ZPX}, {"DCP", ZPX},
    {"CLD", IMP}, {"CMP", ABY}, {"NOP", IMP}, {"DCP", ABY}, {"NOP", ABX}, {"CMP", ABX}, {"DEC", ABX}, {"DCP", ABX},
    /* 0xe0 */
    {"CPX", IMM}, {"SBC", IZX}, {"NOP", IMM}, {"ISC", IZX}, {"CPX", ZP},  {"SBC", ZP},  {"INC", ZP},  {"ISC", ZP},
    {"INX", IMP}, {"SBC", IMM}, {"NOP", IMP}, {"SBC", IMM}, {"CPX", ABS}, {"SBC", ABS}, {"INC", ABS}, {"ISC", ABS},
    {"BEQ", REL}, {"SBC", IZY}, {"JAM", IMP}, {"ISC", IZY}, {"NOP", ZPX}, {"SBC", ZPX}, {"INC", ZPX}, {"ISC", ZPX},
    {"SED", IMP}, {"SBC", ABY}, {"NOP", IMP}, {"ISC", ABY}, {"NOP", ABX}, {"SBC", ABX}, {"INC", ABX}, {"ISC", ABX},
};

static void format_operand(char *buf, size_t len, int mode, unsigned v)
{
    switch (mode) {
    case IMP: buf[0] = '\0'; break;
    case ACC: snprintf(buf, len, " A"); break;
    case IMM: snprintf(buf, len, " #$%02X", v); break;
    case ZP:  snprintf(buf, len, " $%02X", v); break;
    case ZPX: snprintf(buf, len, " $%02X,X", v); break;
    case ZPY: snprintf(buf, len, " $%02X,Y", v); break;
    case ABS: snprintf(buf, len, " $%04X", v); break;
    case ABX: snprintf(buf, len, " $%04X,X", v); break;
    case ABY: snprintf(buf, len, " $%04X,Y", v); break;
    case IND: snprintf(buf, len, " ($%04X)", v); break;
    case IZX: snprintf(buf, len, " ($%02X,X)", v); break;
    case IZY: snprintf(buf, len, " ($%02X),Y", v); break;
    case REL: snprintf(buf, len, " $%04X", v); break;
    }
}

int m6502_disasm(char *buf, size_t len, u32 pc, const u8 *op)
{
    const dasm_entry *e = &table[op[0]];
    /* BRK is a two-byte instruction on the chip (the second byte is skipped)
       but is written bare */
    if (op[0] == 0x00) {
        snprintf(buf, len, "BRK");
        return 2;
    }
    unsigned value = op[1];
    if (operand_len[e->mode] == 2)
        value |= (unsigned)op[2] << 8;
    if (e->mode == REL)
        value = (pc + 2 + (unsigned)(s8)op[1]) & 0xffff;
    char operand[16];
    format_operand(operand, sizeof(operand), e->mode, value);
    snprintf(buf, len, "%s%s", e->name, operand);
    return 1 + operand_len[e->mode];
}
