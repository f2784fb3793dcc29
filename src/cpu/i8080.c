/* Intel 8080 CPU core: one switch over the opcode, flags kept as the byte
   PUSH PSW stores, cycle counts in states (T-cycles). */
#include "cpu/i8080.h"

enum { RB = I8080_B, RD = I8080_D, RE = I8080_E, RH = I8080_H, RL = I8080_L, RF = I8080_F, RA = I8080_A };
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

/* ---- the running state ----
   While execute() runs, PC, SP and the cycle counter live in a local `hot`
   (registers, in practice) and the struct's copies are stale. They are
   written back before anything outside the core can run (a memory or I/O
   handler, an interrupt acknowledge, the INTE output) and read again after
   it, since such code may look at them (the debugger, cpu_cycles_run) or
   change them (cpu_abort_slice, cpu_stall, a reset). */

typedef struct hot {
    u32 pc, sp; /* 16-bit values */
    int icount;
    u32 op_page; /* the fetch page cache (below), likewise */
    const u8 *op_base;
} hot;

#define INLINE static inline __attribute__((always_inline))

INLINE void sync_out(i8080_t *c, const hot *h)
{
    c->pc = (u16)h->pc;
    c->sp = (u16)h->sp;
    c->base.icount = h->icount;
    c->op_page = h->op_page;
    c->op_base = h->op_base;
}

INLINE void sync_in(const i8080_t *c, hot *h)
{
    h->pc = c->pc;
    h->sp = c->sp;
    h->icount = c->base.icount;
    h->op_page = c->op_page;
    h->op_base = c->op_base;
}

/* ---- bus access ----
   Three one-page caches (fetches at PC, data reads, data writes) hold the
   direct pointer of the 256-byte page last used, so ordinary accesses are a
   compare and a load. A page's pointer only changes when code runs: a memory
   or I/O handler, an interrupt acknowledge, the INTE output, or anything
   between two execute calls; all three are dropped at each of those points. */

static void drop_pages(i8080_t *c)
{
    c->op_page = c->rd_page = c->wr_page = BUS_NO_PAGE;
}

static __attribute__((noinline)) u8 read_slow(i8080_t *c, u16 a, const u8 **cbase, u32 *page)
{
    bool handler;
    u8 v = as_read_miss(c->program, a, cbase, page, &handler);
    if (handler)
        drop_pages(c);
    return v;
}

static __attribute__((noinline)) void write_slow(i8080_t *c, u16 a, u8 v)
{
    if (as_write_miss(c->program, a, v, &c->wr_base, &c->wr_page))
        drop_pages(c);
}

/* A read through the page table (cache miss or handler), the state synced around it. */
static inline u8 read_synced(i8080_t *c, hot *h, u16 a, const u8 **cbase, u32 *page)
{
    sync_out(c, h);
    u8 v = read_slow(c, a, cbase, page);
    sync_in(c, h);
    return v;
}

INLINE u8 rd(i8080_t *c, hot *h, u16 a)
{
    u32 a32 = a;
    return (a32 >> 8) == c->rd_page ? c->rd_base[a32 & 0xff] : read_synced(c, h, a, &c->rd_base, &c->rd_page);
}

INLINE void wr(i8080_t *c, hot *h, u16 a, u8 v)
{
    u32 a32 = a;
    if ((a32 >> 8) == c->wr_page) {
        c->wr_base[a32 & 0xff] = v;
        return;
    }
    sync_out(c, h);
    write_slow(c, a, v);
    sync_in(c, h);
}

INLINE u8 fetch(i8080_t *c, hot *h)
{
    u32 pc = h->pc;
    h->pc = (u16)(pc + 1);
    return (pc >> 8) == h->op_page ? h->op_base[pc & 0xff] : read_synced(c, h, (u16)pc, &c->op_base, &c->op_page);
}

/* Two bytes in one cached page have no handler between them. */
INLINE u16 fetch16(i8080_t *c, hot *h)
{
    u32 pc = h->pc;
    if ((pc >> 8) == h->op_page && (pc & 0xff) != 0xff) {
        h->pc = (u16)(pc + 2);
        return (u16)(h->op_base[pc & 0xff] | h->op_base[(pc & 0xff) + 1] << 8);
    }
    u8 lo = fetch(c, h);
    return (u16)(lo | fetch(c, h) << 8);
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
INLINE void push16(i8080_t *c, hot *h, u16 v)
{
    u32 sp = h->sp;
    if (((sp - 1) >> 8) == c->wr_page && ((sp - 1) & 0xff) != 0) {
        c->wr_base[(sp - 1) & 0xff] = (u8)(v >> 8);
        c->wr_base[(sp - 2) & 0xff] = (u8)v;
        h->sp = sp - 2;
        return;
    }
    h->sp = (u16)(h->sp - 1);
    wr(c, h, (u16)h->sp, (u8)(v >> 8));
    h->sp = (u16)(h->sp - 1);
    wr(c, h, (u16)h->sp, (u8)v);
}

INLINE u16 pop16(i8080_t *c, hot *h)
{
    u32 sp = h->sp;
    if ((sp >> 8) == c->rd_page && (sp & 0xff) != 0xff) {
        h->sp = (u16)(sp + 2);
        return (u16)(c->rd_base[sp & 0xff] | c->rd_base[(sp & 0xff) + 1] << 8);
    }
    sp = h->sp;
    h->sp = (u16)(sp + 1);
    u8 lo = rd(c, h, (u16)sp);
    sp = h->sp;
    h->sp = (u16)(sp + 1);
    return (u16)(lo | rd(c, h, (u16)sp) << 8);
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

INLINE void op_xthl(i8080_t *c, hot *h)
{
    u8 lo = rd(c, h, (u16)h->sp);
    u8 hi = rd(c, h, (u16)(h->sp + 1));
    wr(c, h, (u16)(h->sp + 1), c->r[RH]);
    wr(c, h, (u16)h->sp, c->r[RL]);
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

INLINE void op_shld(i8080_t *c, hot *h)
{
    u16 a = fetch16(c, h);
    wr(c, h, a, c->r[RL]);
    wr(c, h, (u16)(a + 1), c->r[RH]);
}

INLINE void op_lhld(i8080_t *c, hot *h)
{
    u16 a = fetch16(c, h);
    c->r[RL] = rd(c, h, a);
    c->r[RH] = rd(c, h, (u16)(a + 1));
}

/* Untaken JMP/CALL: the silicon still spends the two operand-read cycles
   (10 and 11 states), but the reference vectors (MAME) show no bus access for
   them, so the operand is skipped without reading it. */
INLINE void op_jcond(i8080_t *c, hot *h, bool take)
{
    if (!take) {
        h->pc = (u16)(h->pc + 2);
        return;
    }
    h->pc = fetch16(c, h);
}

INLINE void op_call(i8080_t *c, hot *h, bool take)
{
    if (!take) {
        h->pc = (u16)(h->pc + 2);
        return;
    }
    u16 a = fetch16(c, h);
    h->icount -= 6;
    push16(c, h, (u16)h->pc);
    h->pc = a;
}

INLINE void op_rcond(i8080_t *c, hot *h, bool take)
{
    if (!take)
        return;
    h->icount -= 6;
    h->pc = pop16(c, h);
}

INLINE void op_push_psw(i8080_t *c, hot *h)
{
    push16(c, h, (u16)(c->r[RA] << 8 | c->r[RF]));
}

INLINE void op_pop_psw(i8080_t *c, hot *h)
{
    u16 v = pop16(c, h);
    c->r[RF] = (u8)((v & 0xd5) | ONE);
    c->r[RA] = (u8)(v >> 8);
}

INLINE void op_rst(i8080_t *c, hot *h, u8 op)
{
    push16(c, h, (u16)h->pc);
    h->pc = op & 0x38;
}

/* The INTE flip-flop drives a pin boards use (Space Invaders gates its
   interrupt with it): changes are reported on CPU_OUT_INTE. Called with
   the struct's state current. */
static void set_inte(i8080_t *c, bool on)
{
    if (c->inte == on)
        return;
    c->inte = on;
    if (c->base.output) {
        c->base.output(c->base.output_ctx, CPU_OUT_INTE, on);
        drop_pages(c);
    }
}

static inline void set_inte_synced(i8080_t *c, hot *h, bool on)
{
    if (c->inte == on)
        return;
    sync_out(c, h);
    set_inte(c, on);
    sync_in(c, h);
}

static inline u8 port_in(i8080_t *c, hot *h, u8 port)
{
    sync_out(c, h);
    u8 v = as_read8(c->io, port);
    drop_pages(c);
    sync_in(c, h);
    return v;
}

static inline void port_out(i8080_t *c, hot *h, u8 port, u8 v)
{
    sync_out(c, h);
    as_write8(c->io, port, v);
    drop_pages(c);
    sync_in(c, h);
}

/* The opcode groups, one case per opcode with its register numbers as
   constants (so the switch is one jump table). r: B C D E H L A (not M);
   rp: BC DE HL by their high register. */
#define EACH_R(X, ...) X(__VA_ARGS__, 0) X(__VA_ARGS__, 1) X(__VA_ARGS__, 2) X(__VA_ARGS__, 3) \
    X(__VA_ARGS__, 4) X(__VA_ARGS__, 5) X(__VA_ARGS__, 7)
#define EACH_RP(X) X(0) X(2) X(4)
#define EACH_8(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7)

#define OP_MOV(d, s) case 0x40 | (d) << 3 | (s): c->r[d] = c->r[s]; break;
#define OP_MOV_ROW(d) EACH_R(OP_MOV, d)
#define OP_MOV_RM(x, d) case 0x46 | (d) << 3: c->r[d] = rd(c, h, hl(c)); break;
#define OP_MOV_MR(x, s) case 0x70 | (s): wr(c, h, hl(c), c->r[s]); break;
#define OP_ALU(n, s) case 0x80 | (n) << 3 | (s): alu(c, n, c->r[s]); break;
#define OP_ALU_ROW(n) EACH_R(OP_ALU, n) \
    case 0x86 | (n) << 3: alu(c, n, rd(c, h, hl(c))); break; \
    case 0xc6 | (n) << 3: alu(c, n, fetch(c, h)); break; /* immediate form */
#define OP_INR(x, n) case 0x04 | (n) << 3: c->r[n] = op_inr(c, c->r[n]); break;
#define OP_DCR(x, n) case 0x05 | (n) << 3: c->r[n] = op_dcr(c, c->r[n]); break;
#define OP_MVI(x, n) case 0x06 | (n) << 3: c->r[n] = fetch(c, h); break;
#define OP_RP(p) \
    case 0x01 | (p) << 3: set_pair(c, p, fetch16(c, h)); break;            /* LXI */ \
    case 0x03 | (p) << 3: set_pair(c, p, pair(c, p) + 1u); break;       /* INX */ \
    case 0x0b | (p) << 3: set_pair(c, p, pair(c, p) - 1u); break;       /* DCX */ \
    case 0x09 | (p) << 3: op_dad(c, pair(c, p)); break;                 /* DAD */ \
    case 0xc1 | (p) << 3: set_pair(c, p, pop16(c, h)); break;              /* POP */ \
    case 0xc5 | (p) << 3: push16(c, h, pair(c, p)); break;                 /* PUSH */
#define OP_COND(cc) \
    case 0xc0 | (cc) << 3: op_rcond(c, h, cond(c, cc)); break; \
    case 0xc2 | (cc) << 3: op_jcond(c, h, cond(c, cc)); break; \
    case 0xc4 | (cc) << 3: op_call(c, h, cond(c, cc)); break; \
    case 0xc7 | (cc) << 3: op_rst(c, h, 0xc7 | (cc) << 3); break;

/* Runs one opcode whose byte has been fetched and whose base cycles are paid. */
INLINE void exec_op(i8080_t *c, hot *h, u8 op)
{
    switch (op) {
    case 0x00: case 0x08: case 0x10: case 0x18: case 0x20: case 0x28: case 0x30: case 0x38:
        break; /* NOP and its undocumented aliases */
    EACH_RP(OP_RP)
    case 0x31: h->sp = fetch16(c, h); break;
    case 0x33: h->sp = (u16)(h->sp + 1); break;
    case 0x3b: h->sp = (u16)(h->sp - 1); break;
    case 0x39: op_dad(c, h->sp); break;
    case 0xf1: op_pop_psw(c, h); break;
    case 0xf5: op_push_psw(c, h); break;
    case 0x02: wr(c, h, pair(c, RB), c->r[RA]); break;    /* STAX */
    case 0x12: wr(c, h, pair(c, RD), c->r[RA]); break;
    case 0x0a: c->r[RA] = rd(c, h, pair(c, RB)); break;   /* LDAX */
    case 0x1a: c->r[RA] = rd(c, h, pair(c, RD)); break;
    EACH_R(OP_INR, 0)
    EACH_R(OP_DCR, 0)
    EACH_R(OP_MVI, 0)
    case 0x34: wr(c, h, hl(c), op_inr(c, rd(c, h, hl(c)))); break;
    case 0x35: wr(c, h, hl(c), op_dcr(c, rd(c, h, hl(c)))); break;
    case 0x36: { u8 v = fetch(c, h); wr(c, h, hl(c), v); break; }
    case 0x07: op_rotate(c, 0); break;
    case 0x0f: op_rotate(c, 1); break;
    case 0x17: op_rotate(c, 2); break;
    case 0x1f: op_rotate(c, 3); break;
    case 0x22: op_shld(c, h); break;
    case 0x2a: op_lhld(c, h); break;
    case 0x27: op_daa(c); break;
    case 0x2f: c->r[RA] = (u8)~c->r[RA]; break;
    case 0x32: wr(c, h, fetch16(c, h), c->r[RA]); break;
    case 0x3a: c->r[RA] = rd(c, h, fetch16(c, h)); break;
    case 0x37: c->r[RF] |= CF; break;
    case 0x3f: c->r[RF] ^= CF; break;

    /* MOV (0x40-0x7f): M is register 6 */
    OP_MOV_ROW(0) OP_MOV_ROW(1) OP_MOV_ROW(2) OP_MOV_ROW(3) OP_MOV_ROW(4) OP_MOV_ROW(5) OP_MOV_ROW(7)
    EACH_R(OP_MOV_RM, 0)
    EACH_R(OP_MOV_MR, 0)
    case 0x76: c->halted = true; break; /* HLT: PC already points past it */

    /* ADD ADC SUB SBB ANA XRA ORA CMP: r, M, immediate */
    EACH_8(OP_ALU_ROW)

    EACH_8(OP_COND)
    case 0xc3: case 0xcb: h->pc = fetch16(c, h); break;   /* JMP; CB is an alias */
    case 0xc9: case 0xd9: h->pc = pop16(c, h); break;     /* RET; D9 is an alias */
    case 0xcd: case 0xdd: case 0xed: case 0xfd:        /* CALL and aliases */
        { u16 a = fetch16(c, h); push16(c, h, (u16)h->pc); h->pc = a; }
        break;
    case 0xd3: { u8 port = fetch(c, h); port_out(c, h, port, c->r[RA]); break; } /* OUT */
    case 0xdb: { u8 port = fetch(c, h); c->r[RA] = port_in(c, h, port); break; } /* IN */
    case 0xe3: op_xthl(c, h); break;
    case 0xe9: h->pc = hl(c); break;   /* PCHL */
    case 0xeb: op_xchg(c); break;
    case 0xf9: h->sp = hl(c); break;   /* SPHL */
    case 0xf3: set_inte_synced(c, h, false); break; /* DI */
    case 0xfb: set_inte_synced(c, h, true); c->ei_delay = true; break; /* EI */
    }
}

/* INTA: the device drives an instruction onto the data bus, normally an RST.
   A CALL takes its two address bytes from two further INTA cycles (as an 8259
   supplies them) and is done here (returns -1); any other opcode is returned,
   its base cycles paid, to run with operands from memory at PC. Called with
   the struct's state current. */
static int take_interrupt(i8080_t *c)
{
    set_inte(c, false);
    c->halted = false;
    if (c->int_line == LINE_HOLD)
        c->int_line = LINE_CLEAR;
    cpu_base *b = &c->base;
    u8 op = b->irq_ack ? (u8)b->irq_ack(b->irq_ctx, CPU_LINE_IRQ0) : 0xff;
    cpu_note_interrupt(b, CPU_INT_IRQ, op, (op & 0xc7) == 0xc7 ? op & 0x38 : -1);
    b->icount -= cycle_table[op];
    if ((op & 0xcf) == 0xcd) {
        u8 lo = b->irq_ack ? (u8)b->irq_ack(b->irq_ctx, CPU_LINE_IRQ0) : 0xff;
        u8 hi = b->irq_ack ? (u8)b->irq_ack(b->irq_ctx, CPU_LINE_IRQ0) : 0xff;
        drop_pages(c);
        hot h;
        sync_in(c, &h);
        push16(c, &h, c->pc);
        h.pc = (u16)(lo | hi << 8);
        b->int_vector = h.pc;
        sync_out(c, &h);
        return -1;
    }
    drop_pages(c);
    return op;
}

int i8080_execute(i8080_t *c, int cycles)
{
    c->base.budget = c->base.icount = cycles;
    drop_pages(c); /* the page table may have changed since the last call */
    hot h;
    sync_in(c, &h);
    while (h.icount > 0) {
        u8 op;
        if (__builtin_expect(c->int_line != LINE_CLEAR || c->halted || c->ei_delay, 0)) {
            if (c->int_line != LINE_CLEAR && c->inte && !c->ei_delay) {
                sync_out(c, &h);
                int irq_op = take_interrupt(c);
                sync_in(c, &h);
                if (irq_op < 0)
                    continue;
                op = (u8)irq_op;
                goto run;
            }
            if (c->halted) {
                h.icount = 0; /* nothing to do until INT: the slice is spent */
                break;
            }
            c->ei_delay = false;
        }
        op = fetch(c, &h);
        h.icount -= cycle_table[op];
    run:
        exec_op(c, &h, op);
    }
    sync_out(c, &h);
    return c->base.budget - c->base.icount;
}

void i8080_init(i8080_t *c, address_space_t *program, address_space_t *io)
{
    *c = (i8080_t){ .program = program, .io = io };
    c->r[RF] = ONE;
    drop_pages(c);
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
