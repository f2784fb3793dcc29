/* Intel 8080 CPU core: one switch over the opcode, flags kept as the byte
   PUSH PSW stores, cycle counts in states (T-cycles). */
#include "cpu/i8080.h"

enum { RD = I8080_D, RE = I8080_E, RH = I8080_H, RL = I8080_L, RF = I8080_F, RA = I8080_A };
enum { CF = I8080_CF, PF = I8080_PF, HF = I8080_HF, ZF = I8080_ZF, SF = I8080_SF, ONE = I8080_ONE };

/* S, Z and P of a result, with the always-set bit 1 included. */
#define PAR(n) (((n) ^ (n) >> 1 ^ (n) >> 2 ^ (n) >> 3 ^ (n) >> 4 ^ (n) >> 5 ^ (n) >> 6 ^ (n) >> 7) & 1)
#define SZP(n) (((n) & 0x80) | ((n) == 0 ? 0x40 : 0) | (PAR(n) ? 0 : 0x04) | 0x02)
#define SZP4(n) SZP(n), SZP((n) + 1), SZP((n) + 2), SZP((n) + 3)
#define SZP16(n) SZP4(n), SZP4((n) + 4), SZP4((n) + 8), SZP4((n) + 12)
#define SZP64(n) SZP16(n), SZP16((n) + 16), SZP16((n) + 32), SZP16((n) + 48)
static const u8 szp[256] = { SZP64(0), SZP64(64), SZP64(128), SZP64(192) };

/* Base states per opcode; taken conditional CALL/RET add 6 in the switch. */
static const u8 cycle_table[256] = {
    4, 10, 7, 5, 5, 5, 7, 4, 4, 10, 7, 5, 5, 5, 7, 4,          /* 0x00 */
    4, 10, 7, 5, 5, 5, 7, 4, 4, 10, 7, 5, 5, 5, 7, 4,          /* 0x10 */
    4, 10, 16, 5, 5, 5, 7, 4, 4, 10, 16, 5, 5, 5, 7, 4,        /* 0x20 */
    4, 10, 13, 5, 10, 10, 10, 4, 4, 10, 13, 5, 5, 5, 7, 4,     /* 0x30 */
    5, 5, 5, 5, 5, 5, 7, 5, 5, 5, 5, 5, 5, 5, 7, 5,            /* 0x40 */
    5, 5, 5, 5, 5, 5, 7, 5, 5, 5, 5, 5, 5, 5, 7, 5,            /* 0x50 */
    5, 5, 5, 5, 5, 5, 7, 5, 5, 5, 5, 5, 5, 5, 7, 5,            /* 0x60 */
    7, 7, 7, 7, 7, 7, 7, 7, 5, 5, 5, 5, 5, 5, 7, 5,            /* 0x70 */
    4, 4, 4, 4, 4, 4, 7, 4, 4, 4, 4, 4, 4, 4, 7, 4,            /* 0x80 */
    4, 4, 4, 4, 4, 4, 7, 4, 4, 4, 4, 4, 4, 4, 7, 4,            /* 0x90 */
    4, 4, 4, 4, 4, 4, 7, 4, 4, 4, 4, 4, 4, 4, 7, 4,            /* 0xa0 */
    4, 4, 4, 4, 4, 4, 7, 4, 4, 4, 4, 4, 4, 4, 7, 4,            /* 0xb0 */
    5, 10, 10, 10, 11, 11, 7, 11, 5, 10, 10, 10, 11, 17, 7, 11, /* 0xc0 */
    5, 10, 10, 10, 11, 11, 7, 11, 5, 10, 10, 10, 11, 17, 7, 11, /* 0xd0 */
    5, 10, 10, 18, 11, 11, 7, 11, 5, 5, 10, 4, 11, 17, 7, 11,  /* 0xe0 */
    5, 10, 10, 4, 11, 11, 7, 11, 5, 5, 10, 4, 11, 17, 7, 11,   /* 0xf0 */
};

static inline u8 rd(i8080_t *c, u16 a)
{
    return as_read8(c->program, a);
}

static inline void wr(i8080_t *c, u16 a, u8 v)
{
    as_write8(c->program, a, v);
}

static inline u8 fetch(i8080_t *c)
{
    return rd(c, c->pc++);
}

static inline u16 fetch16(i8080_t *c)
{
    u8 lo = fetch(c);
    return (u16)(lo | fetch(c) << 8);
}

static inline u16 pair(const i8080_t *c, int hi)
{
    return (u16)(c->r[hi] << 8 | c->r[hi + 1]);
}

static inline void set_pair(i8080_t *c, int hi, unsigned v)
{
    c->r[hi] = (u8)(v >> 8);
    c->r[hi + 1] = (u8)v;
}

static inline u16 hl(const i8080_t *c)
{
    return pair(c, RH);
}

/* High byte goes to SP-1 first, then the low byte to SP-2. */
static inline void push16(i8080_t *c, u16 v)
{
    wr(c, --c->sp, (u8)(v >> 8));
    wr(c, --c->sp, (u8)v);
}

static inline u16 pop16(i8080_t *c)
{
    u8 lo = rd(c, c->sp++);
    return (u16)(lo | rd(c, c->sp++) << 8);
}

/* cc field: NZ Z NC C PO PE P M */
static inline bool cond(const i8080_t *c, int cc)
{
    static const u8 mask[4] = { ZF, CF, PF, SF };
    bool set = (c->r[RF] & mask[cc >> 1]) != 0;
    return (cc & 1) ? set : !set;
}

static inline void op_add(i8080_t *c, u8 v, unsigned carry)
{
    unsigned a = c->r[RA], res = a + v + carry;
    c->r[RF] = (u8)(szp[res & 0xff] | (res >> 8 & CF) | ((a ^ v ^ res) & HF));
    c->r[RA] = (u8)res;
}

/* Subtraction is done as A + ~v + 1 in the ALU, so AC is the carry (not the
   borrow) out of bit 3: set when no borrow happened. */
static inline u8 op_sub(i8080_t *c, u8 v, unsigned borrow)
{
    unsigned a = c->r[RA], res = a - v - borrow;
    c->r[RF] = (u8)(szp[res & 0xff] | (res >> 8 & CF) | (~(a ^ v ^ res) & HF));
    return (u8)res;
}

/* AND sets AC from bit 3 of either operand (8080 ALU quirk). */
static inline void op_ana(i8080_t *c, u8 v)
{
    u8 res = c->r[RA] & v;
    c->r[RF] = (u8)(szp[res] | ((c->r[RA] | v) << 1 & HF));
    c->r[RA] = res;
}

static inline void op_xra(i8080_t *c, u8 v)
{
    c->r[RA] ^= v;
    c->r[RF] = szp[c->r[RA]];
}

static inline void op_ora(i8080_t *c, u8 v)
{
    c->r[RA] |= v;
    c->r[RF] = szp[c->r[RA]];
}

/* ALU operation n of ADD ADC SUB SBB ANA XRA ORA CMP. */
static inline void alu(i8080_t *c, int n, u8 v)
{
    unsigned cy = c->r[RF] & CF;
    switch (n) {
    case 0: op_add(c, v, 0); break;
    case 1: op_add(c, v, cy); break;
    case 2: c->r[RA] = op_sub(c, v, 0); break;
    case 3: c->r[RA] = op_sub(c, v, cy); break;
    case 4: op_ana(c, v); break;
    case 5: op_xra(c, v); break;
    case 6: op_ora(c, v); break;
    default: op_sub(c, v, 0); break;
    }
}

/* INR/DCR leave CY alone; DCR's AC is likewise "no borrow from bit 4". */
static inline u8 op_inr(i8080_t *c, u8 v)
{
    v++;
    c->r[RF] = (u8)((c->r[RF] & CF) | szp[v] | ((v & 0x0f) == 0 ? HF : 0));
    return v;
}

static inline u8 op_dcr(i8080_t *c, u8 v)
{
    v--;
    c->r[RF] = (u8)((c->r[RF] & CF) | szp[v] | ((v & 0x0f) != 0x0f ? HF : 0));
    return v;
}

static inline void op_dad(i8080_t *c, unsigned v)
{
    unsigned res = hl(c) + v;
    c->r[RF] = (u8)((c->r[RF] & ~CF) | (res >> 16 & CF));
    set_pair(c, RH, res);
}

static void op_daa(i8080_t *c)
{
    u8 a = c->r[RA], f = c->r[RF], adj = 0, cy = f & CF;
    if ((f & HF) || (a & 0x0f) > 9)
        adj = 0x06;
    if (cy || a > 0x99) {
        adj |= 0x60;
        cy = CF;
    }
    op_add(c, adj, 0);
    c->r[RF] = (u8)((c->r[RF] & ~CF) | cy);
}

static inline void op_rotate(i8080_t *c, int n)
{
    u8 a = c->r[RA], cy = c->r[RF] & CF, out;
    switch (n) {
    case 0: out = a >> 7; a = (u8)(a << 1 | out); break;        /* RLC */
    case 1: out = a & 1; a = (u8)(a >> 1 | out << 7); break;    /* RRC */
    case 2: out = a >> 7; a = (u8)(a << 1 | cy); break;         /* RAL */
    default: out = a & 1; a = (u8)(a >> 1 | cy << 7); break;    /* RAR */
    }
    c->r[RA] = a;
    c->r[RF] = (u8)((c->r[RF] & ~CF) | out);
}

static void op_xthl(i8080_t *c)
{
    u8 lo = rd(c, c->sp);
    u8 hi = rd(c, (u16)(c->sp + 1));
    wr(c, (u16)(c->sp + 1), c->r[RH]);
    wr(c, c->sp, c->r[RL]);
    c->r[RH] = hi;
    c->r[RL] = lo;
}

static void op_xchg(i8080_t *c)
{
    u8 d = c->r[RD], e = c->r[RE];
    c->r[RD] = c->r[RH];
    c->r[RE] = c->r[RL];
    c->r[RH] = d;
    c->r[RL] = e;
}

static void op_shld(i8080_t *c)
{
    u16 a = fetch16(c);
    wr(c, a, c->r[RL]);
    wr(c, (u16)(a + 1), c->r[RH]);
}

static void op_lhld(i8080_t *c)
{
    u16 a = fetch16(c);
    c->r[RL] = rd(c, a);
    c->r[RH] = rd(c, (u16)(a + 1));
}

/* Untaken JMP/CALL: the silicon still spends the two operand-read cycles
   (10 and 11 states), but the reference vectors (MAME) show no bus access for
   them, so the operand is skipped without reading it. */
static inline void op_jcond(i8080_t *c, bool take)
{
    if (!take) {
        c->pc += 2;
        return;
    }
    c->pc = fetch16(c);
}

static inline void op_call(i8080_t *c, bool take)
{
    if (!take) {
        c->pc += 2;
        return;
    }
    u16 a = fetch16(c);
    c->base.icount -= 6;
    push16(c, c->pc);
    c->pc = a;
}

static inline void op_rcond(i8080_t *c, bool take)
{
    if (!take)
        return;
    c->base.icount -= 6;
    c->pc = pop16(c);
}

static inline void op_push_psw(i8080_t *c)
{
    push16(c, (u16)(c->r[RA] << 8 | c->r[RF]));
}

static inline void op_pop_psw(i8080_t *c)
{
    u16 v = pop16(c);
    c->r[RF] = (u8)((v & 0xd5) | ONE);
    c->r[RA] = (u8)(v >> 8);
}

static inline void op_rst(i8080_t *c, u8 op)
{
    push16(c, c->pc);
    c->pc = op & 0x38;
}

/* Runs one opcode whose byte has been fetched and whose base cycles are paid. */
/* The INTE flip-flop drives a pin boards use (Space Invaders gates its
   interrupt with it): changes are reported on CPU_OUT_INTE. */
static void set_inte(i8080_t *c, bool on)
{
    if (c->inte == on)
        return;
    c->inte = on;
    cpu_output(&c->base, CPU_OUT_INTE, on);
}

static inline void exec_op(i8080_t *c, u8 op)
{
    switch (op) {
    case 0x00: case 0x08: case 0x10: case 0x18: case 0x20: case 0x28: case 0x30: case 0x38:
        break; /* NOP and its undocumented aliases */
    case 0x01: case 0x11: case 0x21: set_pair(c, op >> 3, fetch16(c)); break;   /* LXI */
    case 0x31: c->sp = fetch16(c); break;
    case 0x02: case 0x12: wr(c, pair(c, op >> 3), c->r[RA]); break;            /* STAX */
    case 0x0a: case 0x1a: c->r[RA] = rd(c, pair(c, (op >> 3) & 6)); break;      /* LDAX */
    case 0x03: case 0x13: case 0x23: set_pair(c, op >> 3, pair(c, op >> 3) + 1u); break; /* INX */
    case 0x33: c->sp++; break;
    case 0x0b: case 0x1b: case 0x2b: set_pair(c, (op >> 3) & 6, pair(c, (op >> 3) & 6) - 1u); break;
    case 0x3b: c->sp--; break;
    case 0x09: case 0x19: case 0x29: op_dad(c, pair(c, (op >> 3) & 6)); break;
    case 0x39: op_dad(c, c->sp); break;
    case 0x04: case 0x0c: case 0x14: case 0x1c: case 0x24: case 0x2c: case 0x3c:
        c->r[op >> 3] = op_inr(c, c->r[op >> 3]);
        break;
    case 0x05: case 0x0d: case 0x15: case 0x1d: case 0x25: case 0x2d: case 0x3d:
        c->r[op >> 3] = op_dcr(c, c->r[op >> 3]);
        break;
    case 0x34: wr(c, hl(c), op_inr(c, rd(c, hl(c)))); break;
    case 0x35: wr(c, hl(c), op_dcr(c, rd(c, hl(c)))); break;
    case 0x06: case 0x0e: case 0x16: case 0x1e: case 0x26: case 0x2e: case 0x3e:
        c->r[op >> 3] = fetch(c); /* MVI */
        break;
    case 0x36: { u8 v = fetch(c); wr(c, hl(c), v); break; }
    case 0x07: case 0x0f: case 0x17: case 0x1f: op_rotate(c, op >> 3); break;
    case 0x22: op_shld(c); break;
    case 0x2a: op_lhld(c); break;
    case 0x27: op_daa(c); break;
    case 0x2f: c->r[RA] = (u8)~c->r[RA]; break;
    case 0x32: wr(c, fetch16(c), c->r[RA]); break;
    case 0x3a: c->r[RA] = rd(c, fetch16(c)); break;
    case 0x37: c->r[RF] |= CF; break;
    case 0x3f: c->r[RF] ^= CF; break;

    /* MOV r,r' (0x40-0x7f): M is register 6 */
    case 0x40: case 0x41: case 0x42: case 0x43: case 0x44: case 0x45: case 0x47:
    case 0x48: case 0x49: case 0x4a: case 0x4b: case 0x4c: case 0x4d: case 0x4f:
    case 0x50: case 0x51: case 0x52: case 0x53: case 0x54: case 0x55: case 0x57:
    case 0x58: case 0x59: case 0x5a: case 0x5b: case 0x5c: case 0x5d: case 0x5f:
    case 0x60: case 0x61: case 0x62: case 0x63: case 0x64: case 0x65: case 0x67:
    case 0x68: case 0x69: case 0x6a: case 0x6b: case 0x6c: case 0x6d: case 0x6f:
    case 0x78: case 0x79: case 0x7a: case 0x7b: case 0x7c: case 0x7d: case 0x7f:
        c->r[(op >> 3) & 7] = c->r[op & 7];
        break;
    case 0x46: case 0x4e: case 0x56: case 0x5e: case 0x66: case 0x6e: case 0x7e:
        c->r[(op >> 3) & 7] = rd(c, hl(c));
        break;
    case 0x70: case 0x71: case 0x72: case 0x73: case 0x74: case 0x75: case 0x77:
        wr(c, hl(c), c->r[op & 7]);
        break;
    case 0x76: c->halted = true; break; /* HLT: PC already points past it */

    /* ADD ADC SUB SBB ANA XRA ORA CMP r (0x80-0xbf) */
    case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x85: case 0x87:
        alu(c, 0, c->r[op & 7]);
        break;
    case 0x88: case 0x89: case 0x8a: case 0x8b: case 0x8c: case 0x8d: case 0x8f:
        alu(c, 1, c->r[op & 7]);
        break;
    case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x97:
        alu(c, 2, c->r[op & 7]);
        break;
    case 0x98: case 0x99: case 0x9a: case 0x9b: case 0x9c: case 0x9d: case 0x9f:
        alu(c, 3, c->r[op & 7]);
        break;
    case 0xa0: case 0xa1: case 0xa2: case 0xa3: case 0xa4: case 0xa5: case 0xa7:
        alu(c, 4, c->r[op & 7]);
        break;
    case 0xa8: case 0xa9: case 0xaa: case 0xab: case 0xac: case 0xad: case 0xaf:
        alu(c, 5, c->r[op & 7]);
        break;
    case 0xb0: case 0xb1: case 0xb2: case 0xb3: case 0xb4: case 0xb5: case 0xb7:
        alu(c, 6, c->r[op & 7]);
        break;
    case 0xb8: case 0xb9: case 0xba: case 0xbb: case 0xbc: case 0xbd: case 0xbf:
        alu(c, 7, c->r[op & 7]);
        break;
    case 0x86: case 0x8e: case 0x96: case 0x9e: case 0xa6: case 0xae: case 0xb6: case 0xbe:
        alu(c, (op >> 3) & 7, rd(c, hl(c)));
        break;
    case 0xc6: case 0xce: case 0xd6: case 0xde: case 0xe6: case 0xee: case 0xf6: case 0xfe:
        alu(c, (op >> 3) & 7, fetch(c)); /* immediate forms */
        break;

    case 0xc0: case 0xc8: case 0xd0: case 0xd8: case 0xe0: case 0xe8: case 0xf0: case 0xf8:
        op_rcond(c, cond(c, (op >> 3) & 7));
        break;
    case 0xc2: case 0xca: case 0xd2: case 0xda: case 0xe2: case 0xea: case 0xf2: case 0xfa:
        op_jcond(c, cond(c, (op >> 3) & 7));
        break;
    case 0xc4: case 0xcc: case 0xd4: case 0xdc: case 0xe4: case 0xec: case 0xf4: case 0xfc:
        op_call(c, cond(c, (op >> 3) & 7));
        break;
    case 0xc3: case 0xcb: c->pc = fetch16(c); break;   /* JMP; CB is an alias */
    case 0xc9: case 0xd9: c->pc = pop16(c); break;     /* RET; D9 is an alias */
    case 0xcd: case 0xdd: case 0xed: case 0xfd:        /* CALL and aliases */
        { u16 a = fetch16(c); push16(c, c->pc); c->pc = a; }
        break;
    case 0xc1: case 0xd1: case 0xe1: set_pair(c, (op >> 3) & 6, pop16(c)); break;
    case 0xf1: op_pop_psw(c); break;
    case 0xc5: case 0xd5: case 0xe5: push16(c, pair(c, (op >> 3) & 6)); break;
    case 0xf5: op_push_psw(c); break;
    case 0xc7: case 0xcf: case 0xd7: case 0xdf: case 0xe7: case 0xef: case 0xf7: case 0xff:
        op_rst(c, op);
        break;
    case 0xd3: { u8 port = fetch(c); as_write8(c->io, port, c->r[RA]); break; } /* OUT */
    case 0xdb: { u8 port = fetch(c); c->r[RA] = as_read8(c->io, port); break; } /* IN */
    case 0xe3: op_xthl(c); break;
    case 0xe9: c->pc = hl(c); break;   /* PCHL */
    case 0xeb: op_xchg(c); break;
    case 0xf9: c->sp = hl(c); break;   /* SPHL */
    case 0xf3: set_inte(c, false); break; /* DI */
    case 0xfb: set_inte(c, true); c->ei_delay = true; break; /* EI */
    }
}

/* INTA: the device drives an instruction onto the data bus, normally an RST.
   A CALL takes its two address bytes from two further INTA cycles (as an 8259
   supplies them); any other opcode runs with operands from memory at PC. */
static void take_interrupt(i8080_t *c)
{
    set_inte(c, false);
    c->halted = false;
    if (c->int_line == LINE_HOLD)
        c->int_line = LINE_CLEAR;
    cpu_base *b = &c->base;
    u8 op = b->irq_ack ? (u8)b->irq_ack(b->irq_ctx, CPU_LINE_IRQ0) : 0xff;
    b->icount -= cycle_table[op];
    if ((op & 0xcf) == 0xcd) {
        u8 lo = b->irq_ack ? (u8)b->irq_ack(b->irq_ctx, CPU_LINE_IRQ0) : 0xff;
        u8 hi = b->irq_ack ? (u8)b->irq_ack(b->irq_ctx, CPU_LINE_IRQ0) : 0xff;
        push16(c, c->pc);
        c->pc = (u16)(lo | hi << 8);
        return;
    }
    exec_op(c, op);
}

int i8080_execute(i8080_t *c, int cycles)
{
    c->base.budget = c->base.icount = cycles;
    while (c->base.icount > 0) {
        if (c->int_line != LINE_CLEAR && c->inte && !c->ei_delay) {
            take_interrupt(c);
            continue;
        }
        if (c->halted) {
            c->base.icount = 0; /* nothing to do until INT: the slice is spent */
            break;
        }
        c->ei_delay = false;
        u8 op = fetch(c);
        c->base.icount -= cycle_table[op];
        exec_op(c, op);
    }
    return c->base.budget - c->base.icount;
}

void i8080_init(i8080_t *c, address_space_t *program, address_space_t *io)
{
    *c = (i8080_t){ .program = program, .io = io };
    c->r[RF] = ONE;
    i8080_reset(c);
}

/* RESET clears PC, INTE and HALT; the other registers keep their contents. */
void i8080_reset(i8080_t *c)
{
    c->pc = 0;
    set_inte(c, false);
    c->ei_delay = false;
    c->halted = false;
}

void i8080_set_line(i8080_t *c, int line, int state)
{
    if (line == CPU_LINE_IRQ0)
        c->int_line = (u8)state;
}

void i8080_serialize(i8080_t *c, state_io *io)
{
    st_u16(io, &c->pc);
    st_u16(io, &c->sp);
    st_bytes(io, c->r, sizeof(c->r));
    st_bool(io, &c->inte);
    st_bool(io, &c->ei_delay);
    st_bool(io, &c->halted);
    st_u8(io, &c->int_line);
}

CPU_CORE_ADAPTERS(i8080, i8080_t, c->pc)

const cpu_core_ops i8080_core = {
    .name = "Intel 8080",
    .id = "i8080",
    .size = sizeof(i8080_t),
    .clock_divider = 1,
    CPU_CORE_ENTRY_POINTS(i8080),
};
