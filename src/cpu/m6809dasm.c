/* MC6809 disassembler, Motorola syntax: "LDA   #$12", "STB   <$34" (direct
   page), "JMP   $1234", "LDX   [$10,Y]", "LEAX  -$03,PCR" ... Undefined
   opcodes come out as FCB with their bytes. */
#include <stdio.h>

#include "cpu/m6809.h"

enum mode {
    ILL, INH, IMM8, IMM16, DIR, IDX, EXT, REL8, REL16, STACK_S, STACK_U, REGPAIR, IMM8CC
};

typedef struct dasm_op {
    const char *name;
    u8 mode;
} dasm_op;

/* $00-$7F by low nibble for the RMW rows (direct/A/B/indexed/extended). */
static const char *const rmw_names[16] = {
    "NEG", NULL, NULL, "COM", "LSR", NULL, "ROR", "ASR",
    "ASL", "ROL", "DEC", NULL, "INC", "TST", "JMP", "CLR"
};

static const char *const rmw_a_names[16] = {
    "NEGA", NULL, NULL, "COMA", "LSRA", NULL, "RORA", "ASRA",
    "ASLA", "ROLA", "DECA", NULL, "INCA", "TSTA", NULL, "CLRA"
};

static const char *const rmw_b_names[16] = {
    "NEGB", NULL, NULL, "COMB", "LSRB", NULL, "RORB", "ASRB",
    "ASLB", "ROLB", "DECB", NULL, "INCB", "TSTB", NULL, "CLRB"
};

static const dasm_op row1[16] = {
    { NULL, ILL }, { NULL, ILL }, { "NOP", INH }, { "SYNC", INH },
    { NULL, ILL }, { NULL, ILL }, { "LBRA", REL16 }, { "LBSR", REL16 },
    { NULL, ILL }, { "DAA", INH }, { "ORCC", IMM8CC }, { NULL, ILL },
    { "ANDCC", IMM8CC }, { "SEX", INH }, { "EXG", REGPAIR }, { "TFR", REGPAIR }
};

static const char *const branch_names[16] = {
    "BRA", "BRN", "BHI", "BLS", "BCC", "BCS", "BNE", "BEQ",
    "BVC", "BVS", "BPL", "BMI", "BGE", "BLT", "BGT", "BLE"
};

static const dasm_op row3[16] = {
    { "LEAX", IDX }, { "LEAY", IDX }, { "LEAS", IDX }, { "LEAU", IDX },
    { "PSHS", STACK_S }, { "PULS", STACK_S }, { "PSHU", STACK_U }, { "PULU", STACK_U },
    { NULL, ILL }, { "RTS", INH }, { "ABX", INH }, { "RTI", INH },
    { "CWAI", IMM8CC }, { "MUL", INH }, { NULL, ILL }, { "SWI", INH }
};

/* $80-$BF and $C0-$FF by low nibble. */
static const char *const alu_a[16] = {
    "SUBA", "CMPA", "SBCA", "SUBD", "ANDA", "BITA", "LDA", "STA",
    "EORA", "ADCA", "ORA", "ADDA", "CMPX", "JSR", "LDX", "STX"
};

static const char *const alu_b[16] = {
    "SUBB", "CMPB", "SBCB", "ADDD", "ANDB", "BITB", "LDB", "STB",
    "EORB", "ADCB", "ORB", "ADDB", "LDD", "STD", "LDU", "STU"
};

static const u8 mem_modes[4] = { IMM8, DIR, IDX, EXT };

static const char *const regnames[4] = { "X", "Y", "U", "S" };

static const char *const pair_names[16] = {
    "D", "X", "Y", "U", "S", "PC", "?", "?", "A", "B", "CC", "DP", "?", "?", "?", "?"
};

static dasm_op page1(u8 op)
{
    u8 lo = op & 15, hi = op >> 4;
    if (hi == 0 || (hi >= 4 && hi <= 7)) {
        const char *name = hi == 4 ? rmw_a_names[lo] : hi == 5 ? rmw_b_names[lo] : rmw_names[lo];
        if (!name)
            return (dasm_op){ NULL, ILL };
        static const u8 rmw_modes[8] = { DIR, ILL, ILL, ILL, INH, INH, IDX, EXT };
        return (dasm_op){ name, rmw_modes[hi] };
    }
    if (hi == 1)
        return row1[lo];
    if (hi == 2)
        return (dasm_op){ branch_names[lo], REL8 };
    if (hi == 3)
        return row3[lo];
    const char *name = (op & 0x40) ? alu_b[lo] : alu_a[lo];
    u8 mode = mem_modes[(op >> 4) & 3];
    if (op == 0x8d)
        return (dasm_op){ "BSR", REL8 };
    if (mode == IMM8) {
        if (lo == 7 || lo == 0xf || op == 0xcd)
            return (dasm_op){ NULL, ILL }; /* stores have no immediate form */
        if (lo == 3 || lo >= 0xc)
            mode = IMM16;
    }
    return (dasm_op){ name, mode };
}

/* Pages 2 ($10) and 3 ($11): 16-bit compares, Y and S loads/stores, long
   branches, SWI2/SWI3. */
static dasm_op page23(u8 page, u8 op)
{
    static const char *const long_branches[16] = {
        "LBRA", "LBRN", "LBHI", "LBLS", "LBCC", "LBCS", "LBNE", "LBEQ",
        "LBVC", "LBVS", "LBPL", "LBMI", "LBGE", "LBLT", "LBGT", "LBLE"
    };
    u8 lo = op & 15, row = op >> 4;
    if (op == 0x3f)
        return (dasm_op){ page == 0x10 ? "SWI2" : "SWI3", INH };
    if (page == 0x10 && row == 2)
        return (dasm_op){ long_branches[lo], REL16 };
    if (row < 8)
        return (dasm_op){ NULL, ILL };
    u8 mode = mem_modes[row & 3];
    bool b_side = row >= 0xc;
    const char *name = NULL;
    if (page == 0x10) {
        if (!b_side && lo == 3) name = "CMPD";
        if (!b_side && lo == 0xc) name = "CMPY";
        if (lo == 0xe) name = b_side ? "LDS" : "LDY";
        if (lo == 0xf && mode != IMM8) name = b_side ? "STS" : "STY";
    } else if (!b_side) {
        if (lo == 3) name = "CMPU";
        if (lo == 0xc) name = "CMPS";
    }
    if (!name)
        return (dasm_op){ NULL, ILL };
    return (dasm_op){ name, mode == IMM8 ? IMM16 : mode };
}

static int fmt_signed(char *buf, size_t len, int v)
{
    return snprintf(buf, len, "%s$%02X", v < 0 ? "-" : "", (unsigned)(v < 0 ? -v : v));
}

/* Formats an indexed operand from op[0] (the postbyte); returns the bytes
   it used. pc is the address just after the postbyte. */
static int fmt_indexed(char *buf, size_t len, u16 pc, const u8 *op)
{
    u8 pb = op[0];
    const char *r = regnames[(pb >> 5) & 3];
    if (!(pb & 0x80)) {
        int off = ((pb & 0x1f) ^ 0x10) - 0x10;
        size_t n = (size_t)fmt_signed(buf, len, off);
        snprintf(buf + n, len > n ? len - n : 0, ",%s", r);
        return 1;
    }
    char inner[32];
    int used = 1;
    u16 w = (u16)(op[1] << 8 | op[2]);
    switch (pb & 0x0f) {
    case 0x0: snprintf(inner, sizeof(inner), ",%s+", r); break;
    case 0x1: snprintf(inner, sizeof(inner), ",%s++", r); break;
    case 0x2: snprintf(inner, sizeof(inner), ",-%s", r); break;
    case 0x3: snprintf(inner, sizeof(inner), ",--%s", r); break;
    case 0x4: snprintf(inner, sizeof(inner), ",%s", r); break;
    case 0x5: snprintf(inner, sizeof(inner), "B,%s", r); break;
    case 0x6: snprintf(inner, sizeof(inner), "A,%s", r); break;
    case 0x8: {
        size_t n = (size_t)fmt_signed(inner, sizeof(inner), (s8)op[1]);
        snprintf(inner + n, sizeof(inner) - n, ",%s", r);
        used = 2;
    } break;
    case 0x9: snprintf(inner, sizeof(inner), "$%04X,%s", w, r); used = 3; break;
    case 0xb: snprintf(inner, sizeof(inner), "D,%s", r); break;
    case 0xc:
        snprintf(inner, sizeof(inner), "$%04X,PCR", (u16)(pc + 1 + (s8)op[1]));
        used = 2;
        break;
    case 0xd: snprintf(inner, sizeof(inner), "$%04X,PCR", (u16)(pc + 2 + w)); used = 3; break;
    case 0xf: snprintf(inner, sizeof(inner), "$%04X", w); used = 3; break;
    default: snprintf(inner, sizeof(inner), "???"); break;
    }
    if (pb & 0x10)
        snprintf(buf, len, "[%s]", inner);
    else
        snprintf(buf, len, "%s", inner);
    return used;
}

static void fmt_stack(char *buf, size_t len, u8 mask, bool on_u)
{
    static const char *const names[8] = { "CC", "A", "B", "DP", "X", "Y", NULL, "PC" };
    size_t n = 0;
    buf[0] = '\0';
    for (int i = 0; i < 8; i++) {
        if (!(mask & (1 << i)))
            continue;
        const char *name = i == 6 ? (on_u ? "S" : "U") : names[i];
        int w = snprintf(buf + n, len - n, "%s%s", n ? "," : "", name);
        if (w < 0 || (size_t)w >= len - n)
            return;
        n += (size_t)w;
    }
}

/* Formats the operand of d whose bytes start at op (after the opcode);
   returns the operand's length. pc is the address of those bytes. */
static int fmt_operand(char *buf, size_t len, dasm_op d, u16 pc, const u8 *op)
{
    u16 w = (u16)(op[0] << 8 | op[1]);
    buf[0] = '\0';
    switch (d.mode) {
    case IMM8: case IMM8CC: snprintf(buf, len, "#$%02X", op[0]); return 1;
    case IMM16: snprintf(buf, len, "#$%04X", w); return 2;
    case DIR: snprintf(buf, len, "<$%02X", op[0]); return 1;
    case EXT: snprintf(buf, len, "$%04X", w); return 2;
    case REL8: snprintf(buf, len, "$%04X", (u16)(pc + 1 + (s8)op[0])); return 1;
    case REL16: snprintf(buf, len, "$%04X", (u16)(pc + 2 + w)); return 2;
    case IDX: return fmt_indexed(buf, len, (u16)(pc + 1), op);
    case STACK_S: fmt_stack(buf, len, op[0], false); return 1;
    case STACK_U: fmt_stack(buf, len, op[0], true); return 1;
    case REGPAIR:
        snprintf(buf, len, "%s,%s", pair_names[op[0] >> 4], pair_names[op[0] & 15]);
        return 1;
    default: return 0;
    }
}

int m6809_disasm(char *buf, size_t len, u32 pc, const u8 *op)
{
    int prefix = 0;
    dasm_op d;
    if (op[0] == 0x10 || op[0] == 0x11) {
        prefix = 1;
        d = page23(op[0], op[1]);
    } else {
        d = page1(op[0]);
    }
    if (d.mode == ILL) {
        if (prefix)
            snprintf(buf, len, "FCB   $%02X,$%02X", op[0], op[1]);
        else
            snprintf(buf, len, "FCB   $%02X", op[0]);
        return prefix + 1;
    }
    char operand[48];
    u16 operand_pc = (u16)(pc + (u32)prefix + 1);
    int n = fmt_operand(operand, sizeof(operand), d, operand_pc, op + prefix + 1);
    if (operand[0])
        snprintf(buf, len, "%-6s%s", d.name, operand);
    else
        snprintf(buf, len, "%s", d.name);
    return prefix + 1 + n;
}
