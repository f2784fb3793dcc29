/* MC6800 disassembler, Motorola syntax: "LDAA #$12", "STAB $40,X",
   "JMP $C000", branch targets as absolute addresses. Undefined opcodes show
   as FCB with the bytes the CPU skips over. */
#include <stdio.h>

#include "cpu/m6800.h"

enum mode { M_ILL, M_INH, M_REL, M_IMM8, M_IMM16, M_DIR, M_IDX, M_EXT };

/* Rows $0x-$3x: inherent and relative instructions. */
static const char *const low_names[64] = {
    NULL,  "NOP", NULL,   NULL,   NULL,  NULL,  "TAP",  "TPA",
    "INX", "DEX", "CLV",  "SEV",  "CLC", "SEC", "CLI",  "SEI",
    "SBA", "CBA", NULL,   NULL,   NULL,  NULL,  "TAB",  "TBA",
    NULL,  "DAA", NULL,   "ABA",  NULL,  NULL,  NULL,   NULL,
    "BRA", "BRN", "BHI",  "BLS",  "BCC", "BCS", "BNE",  "BEQ",
    "BVC", "BVS", "BPL",  "BMI",  "BGE", "BLT", "BGT",  "BLE",
    "TSX", "INS", "PULA", "PULB", "DES", "TXS", "PSHA", "PSHB",
    NULL,  "RTS", NULL,   "RTI",  NULL,  NULL,  "WAI",  "SWI",
};

/* Columns of rows $4x-$7x. */
static const char *const unary_names[16] = {
    "NEG", NULL, NULL, "COM", "LSR", NULL, "ROR", "ASR",
    "ASL", "ROL", "DEC", NULL, "INC", "TST", "JMP", "CLR",
};

/* Columns 0-B of rows $8x-$Fx take an A/B suffix. */
static const char *const alu_names[12] = {
    "SUB", "CMP", "SBC", NULL, "AND", "BIT", "LDA", "STA", "EOR", "ADC", "ORA", "ADD",
};

/* Addressing mode of rows $8x-$Fx by row bits 4-5. */
static const enum mode row_modes[4] = { M_IMM8, M_DIR, M_IDX, M_EXT };

static int illegal_length(u8 op)
{
    if (op < 0x60)
        return 1;
    if (op < 0x70)
        return 2;
    if (op < 0x80 || op == 0xcc || op == 0xcd || (op & 0x30) == 0x30)
        return 3;
    return 2;
}

/* Mnemonic for rows $8x-$Fx, columns C-F. */
static const char *word_name(u8 op)
{
    bool b_side = op >= 0xc0;
    switch (op & 0x0f) {
    case 0x0c: return b_side ? NULL : "CPX";
    case 0x0d: return b_side ? NULL : (op == 0x8d ? "BSR" : "JSR");
    case 0x0e: return b_side ? "LDX" : "LDS";
    default: return b_side ? "STX" : "STS";
    }
}

/* Fills name (up to 8 bytes) and returns the addressing mode. */
static enum mode decode(u8 op, char *name, size_t n)
{
    const char *base = NULL;
    const char *suffix = "";
    enum mode mode = M_INH;
    if (op < 0x40) {
        base = low_names[op];
        mode = (op & 0xf0) == 0x20 ? M_REL : M_INH;
    } else if (op < 0x80) {
        base = unary_names[op & 0x0f];
        if (op < 0x60) {
            suffix = op < 0x50 ? "A" : "B";
            if ((op & 0x0f) == 0x0e)
                base = NULL;
        }
        mode = op < 0x60 ? M_INH : (op < 0x70 ? M_IDX : M_EXT);
    } else {
        mode = row_modes[(op >> 4) & 3];
        if ((op & 0x0f) < 0x0c) {
            base = alu_names[op & 0x0f];
            suffix = op < 0xc0 ? "A" : "B";
        } else {
            base = word_name(op);
            if (mode == M_IMM8 && (op & 0x0f) != 0x0d)
                mode = M_IMM16;
            if (op == 0x8d)
                mode = M_REL;
        }
    }
    if (!base)
        return M_ILL;
    snprintf(name, n, "%s%s", base, suffix);
    return mode;
}

static int format_illegal(char *buf, size_t len, const u8 *op)
{
    int n = illegal_length(op[0]);
    if (n == 1)
        snprintf(buf, len, "FCB   $%02X", op[0]);
    else if (n == 2)
        snprintf(buf, len, "FCB   $%02X,$%02X", op[0], op[1]);
    else
        snprintf(buf, len, "FCB   $%02X,$%02X,$%02X", op[0], op[1], op[2]);
    return n;
}

int m6800_disasm(char *buf, size_t len, u32 pc, const u8 *op)
{
    char name[8];
    enum mode mode = decode(op[0], name, sizeof(name));
    unsigned w = (unsigned)op[1] << 8 | op[2];
    switch (mode) {
    case M_ILL:
        return format_illegal(buf, len, op);
    case M_INH:
        snprintf(buf, len, "%s", name);
        return 1;
    case M_REL:
        snprintf(buf, len, "%-5s $%04X", name, (unsigned)(pc + 2 + (s8)op[1]) & 0xffff);
        return 2;
    case M_IMM8:
        snprintf(buf, len, "%-5s #$%02X", name, op[1]);
        return 2;
    case M_IMM16:
        snprintf(buf, len, "%-5s #$%04X", name, w);
        return 3;
    case M_DIR:
        snprintf(buf, len, "%-5s $%02X", name, op[1]);
        return 2;
    case M_IDX:
        snprintf(buf, len, "%-5s $%02X,X", name, op[1]);
        return 2;
    case M_EXT:
        snprintf(buf, len, "%-5s $%04X", name, w);
        return 3;
    }
    return 1;
}
