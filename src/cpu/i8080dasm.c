/* Intel 8080 disassembler, Intel mnemonics and Intel hex notation (0FFh).
   Undocumented aliases print as the instruction they behave as. */
#include <stdio.h>

#include "cpu/i8080.h"

static const char *const reg_name[8] = { "B", "C", "D", "E", "H", "L", "M", "A" };
static const char *const pair_name[4] = { "B", "D", "H", "SP" };
static const char *const pair_psw[4] = { "B", "D", "H", "PSW" };
static const char *const cc_name[8] = { "NZ", "Z", "NC", "C", "PO", "PE", "P", "M" };
static const char *const alu_name[8] = { "ADD", "ADC", "SUB", "SBB", "ANA", "XRA", "ORA", "CMP" };
static const char *const alu_imm[8] = { "ADI", "ACI", "SUI", "SBI", "ANI", "XRI", "ORI", "CPI" };

/* Intel hex: a number must start with a digit, so 0FFh gets a leading 0. */
static void hex(char *out, size_t n, unsigned v, int digits)
{
    unsigned top = v >> (digits * 4 - 4) & 0xf;
    snprintf(out, n, "%s%0*Xh", top >= 10 ? "0" : "", digits, v);
}

/* Opcodes 00-3F. Returns the instruction length. */
static int dasm_low(char *buf, size_t len, const u8 *op, const char *imm8, const char *imm16)
{
    static const char *const misc[8] = { "RLC", "RRC", "RAL", "RAR", "DAA", "CMA", "STC", "CMC" };
    int y = op[0] >> 3 & 7, p = y >> 1;
    switch (op[0] & 7) {
    case 0: snprintf(buf, len, "NOP"); return 1;
    case 1:
        if (y & 1) {
            snprintf(buf, len, "DAD %s", pair_name[p]);
            return 1;
        }
        snprintf(buf, len, "LXI %s,%s", pair_name[p], imm16);
        return 3;
    case 2: {
        static const char *const name[4] = { "STAX B", "STAX D", "SHLD", "STA" };
        static const char *const lname[4] = { "LDAX B", "LDAX D", "LHLD", "LDA" };
        const char *s = (y & 1) ? lname[p] : name[p];
        if (p < 2) {
            snprintf(buf, len, "%s", s);
            return 1;
        }
        snprintf(buf, len, "%s %s", s, imm16);
        return 3;
    }
    case 3: snprintf(buf, len, "%s %s", (y & 1) ? "DCX" : "INX", pair_name[p]); return 1;
    case 4: snprintf(buf, len, "INR %s", reg_name[y]); return 1;
    case 5: snprintf(buf, len, "DCR %s", reg_name[y]); return 1;
    case 6: snprintf(buf, len, "MVI %s,%s", reg_name[y], imm8); return 2;
    default: snprintf(buf, len, "%s", misc[y]); return 1;
    }
}

/* Opcodes C0-FF. */
static int dasm_high(char *buf, size_t len, const u8 *op, const char *imm8, const char *imm16)
{
    static const char *const single[4] = { "RET", "RET", "PCHL", "SPHL" };
    static const char *const col3[8] = { "JMP", "JMP", "OUT", "IN", "XTHL", "XCHG", "DI", "EI" };
    int y = op[0] >> 3 & 7, p = y >> 1;
    switch (op[0] & 7) {
    case 0: snprintf(buf, len, "R%s", cc_name[y]); return 1;
    case 1:
        if (y & 1) {
            snprintf(buf, len, "%s", single[p]);
            return 1;
        }
        snprintf(buf, len, "POP %s", pair_psw[p]);
        return 1;
    case 2: snprintf(buf, len, "J%s %s", cc_name[y], imm16); return 3;
    case 3:
        if (y < 2) {
            snprintf(buf, len, "JMP %s", imm16);
            return 3;
        }
        if (y < 4) {
            snprintf(buf, len, "%s %s", col3[y], imm8);
            return 2;
        }
        snprintf(buf, len, "%s", col3[y]);
        return 1;
    case 4: snprintf(buf, len, "C%s %s", cc_name[y], imm16); return 3;
    case 5:
        if (y & 1) {
            snprintf(buf, len, "CALL %s", imm16);
            return 3;
        }
        snprintf(buf, len, "PUSH %s", pair_psw[p]);
        return 1;
    case 6: snprintf(buf, len, "%s %s", alu_imm[y], imm8); return 2;
    default: snprintf(buf, len, "RST %d", y); return 1;
    }
}

int i8080_disasm(char *buf, size_t len, u32 pc, const u8 *op)
{
    (void)pc;
    char imm8[16], imm16[16];
    hex(imm8, sizeof(imm8), op[1], 2);
    hex(imm16, sizeof(imm16), (unsigned)(op[1] | op[2] << 8), 4);
    u8 o = op[0];
    if (o == 0x76) {
        snprintf(buf, len, "HLT");
        return 1;
    }
    if (o < 0x40)
        return dasm_low(buf, len, op, imm8, imm16);
    if (o < 0x80) {
        snprintf(buf, len, "MOV %s,%s", reg_name[o >> 3 & 7], reg_name[o & 7]);
        return 1;
    }
    if (o < 0xc0) {
        snprintf(buf, len, "%s %s", alu_name[o >> 3 & 7], reg_name[o & 7]);
        return 1;
    }
    return dasm_high(buf, len, op, imm8, imm16);
}
