/* Zilog Z80 core. The main page is threaded code (a label per opcode, each
   ending with the fetch of the next); CB, ED, DD/FD and DDCB are switches.
   Cycles are charged where they happen: each bus access charges its own
   machine cycle after the access (opcode fetch 4, memory 3, I/O 4), and the
   internal T-states of an instruction are added with CYCLES() at the point
   where the chip spends them. So while a read or write handler runs,
   cpu_cycles_run() is the T-state at which that access's machine cycle
   starts.

   z80_execute keeps the registers, the cycle count and the page caches in a
   local struct (z80_run) that the compiler holds in host registers: every
   helper is inlined into the one loop, and no pointer to the struct leaves
   it. Before anything outside the core can look (a memory or I/O handler, an
   interrupt acknowledge, an output line, the return) sync_out() writes them
   back to the z80_t, and sync_in() reloads them after. */
#include "cpu/z80.h"

#include <string.h>

#include "util/table_gen.h"

enum { FC = 0x01, FN = 0x02, FP = 0x04, FX = 0x08, FH = 0x10, FY = 0x20, FZ = 0x40, FS = 0x80 };

/* clang with the sanitizers (the fuzz build) spends over ten minutes on the
   one function that forced inlining makes of this core: there, inlining is
   left to it */
#if defined(__clang__) && defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define Z80_PLAIN_INLINE 1
#endif
#endif
#ifdef Z80_PLAIN_INLINE
#define INLINE static inline
#else
#define INLINE static inline __attribute__((always_inline))
#endif
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* The state execute() works on. Pairs are plain 16-bit values (halves by
   shifts) so nothing needs the struct's address. */
typedef struct z80_run {
    z80_t *z;
    int icount;
    /* PC counts up past 0xffff as code and operands are fetched in
       sequence (a slow opcode fetch wraps it): 0x10000 and up are outside
       every cached page. Every other change of PC goes through set_pc. */
    u32 pc;
    u16 sp, bc, de, hl, ix, iy, wz;
    u8 a, f;
    /* R counts M1 cycles in its low 7 bits; here it is a 64-bit count, so
       it also tells instructions apart: Q (F if the instruction wrote F,
       else 0) is F when q_r, the count at the last write of F, is the count
       at the instruction's end, and 0 otherwise. Nothing is done for Q at
       each instruction. */
    u64 r, q_r;
    /* Four one-page caches (opcode fetches, operand fetches at PC, data
       reads, data writes): the direct pointer of the 256-byte page last
       used and that page's first address (*_lo), valid for the addresses
       with address - *_lo < 256 (NO_LO is never). The opcode page is kept
       as its end instead (op_end, 0 for none; the page is op_end - 256 up)
       and op_bias, with the byte at PC at op_bias + PC: the threaded fetch
       tests only PC < op_end, since PC moves down only through set_pc. A
       page's pointer only changes when code outside the core runs, so all
       four are dropped at each of those points. */
    const u8 *arg_base, *rd_base;
    u8 *wr_base;
    uintptr_t op_bias;
    u32 op_end, arg_lo, rd_lo, wr_lo;
} z80_run;

#define RA c->a
#define RF c->f
#define RB ((u8)(c->bc >> 8))
#define RC ((u8)c->bc)
#define RD ((u8)(c->de >> 8))
#define RE ((u8)c->de)
#define RH ((u8)(c->hl >> 8))
#define RL ((u8)c->hl)
#define SET_HI(p, v) ({ u8 v_ = (u8)(v); (p) = (u16)(((p) & 0x00ff) | v_ << 8); })
#define SET_LO(p, v) ({ u8 v_ = (u8)(v); (p) = (u16)(((p) & 0xff00) | v_); })
#define AF ((u16)(c->a << 8 | c->f))
#define SET_A(v) (RA = (u8)(v))
#define SET_B(v) SET_HI(c->bc, v)
#define SET_C(v) SET_LO(c->bc, v)
#define SET_D(v) SET_HI(c->de, v)
#define SET_E(v) SET_LO(c->de, v)
#define SET_H(v) SET_HI(c->hl, v)
#define SET_L(v) SET_LO(c->hl, v)

/* Every instruction that changes F latches the new value into Q too. */
#define SETF(v) ({ u8 f_ = (u8)(v); c->q_r = c->r; RF = f_; })
#define CYCLES(n) (c->icount -= (n))

/* Flag tables, built by the preprocessor: S, Z, Y, X of a byte, and the same
   with even parity in P/V. */
#define PAR_EVEN(v) ((((0x6996 >> (((v) ^ ((v) >> 4)) & 0xf)) & 1)) ? 0 : FP)
#define SZ53(v) (((v) & (FS | FY | FX)) | ((v) ? 0 : FZ))
#define SZ53P(v) (SZ53(v) | PAR_EVEN(v))

static const u8 sz53[256] = { TBL256(SZ53) };
static const u8 sz53p[256] = { TBL256(SZ53P) };

/* INC and DEC by result: S, Z, Y, X, and H and V from the carry out of bit 3
   and the signed wrap (C is kept from before). */
#define INC_F(r) (SZ53(r) | (((r) & 0x0f) ? 0 : FH) | ((r) == 0x80 ? FP : 0))
#define DEC_F(r) (SZ53(r) | FN | (((r) & 0x0f) == 0x0f ? FH : 0) | ((r) == 0x7f ? FP : 0))
static const u8 inc_flags[256] = { TBL256(INC_F) };
static const u8 dec_flags[256] = { TBL256(DEC_F) };

/* 8-bit add and subtract: x = a ^ v ^ result (nine bits) holds the carry
   (or borrow) into each bit, so bit 4 is H, bit 8 is C, and bits 7 and 8
   differ exactly on a signed overflow (V). */
#define HCV(x) (((x) >> 8) | ((x) & FH) | (((((x) >> 7) ^ ((x) >> 8)) & 1) << 2))
static const u8 hcv_flags[512] = { TBL256(HCV), TBL64(HCV, 256), TBL64(HCV, 320), TBL64(HCV, 384), TBL64(HCV, 448) };

INLINE void sync_out(z80_run *c)
{
    z80_t *z = c->z;
    c->z->lp.events++;
    z->base.icount = c->icount;
    z->pc.w = c->pc;
    z->sp.w = c->sp;
    z->af.w = AF;
    z->bc.w = c->bc;
    z->de.w = c->de;
    z->hl.w = c->hl;
    z->ix.w = c->ix;
    z->iy.w = c->iy;
    z->wz.w = c->wz;
    u64 qd = c->r - c->q_r; /* 0: F written by this instruction, 1: at the M1 before */
    z->qq.w = qd == 0 ? c->f : qd == 1 ? (u16)(c->f << 8) : 0;
    z->r = (u8)c->r;
}

INLINE void sync_in_all(z80_run *c)
{
    const z80_t *z = c->z;
    c->icount = z->base.icount;
    c->pc = z->pc.w;
    c->sp = z->sp.w;
    c->a = z->af.b.h;
    c->f = z->af.b.l;
    c->bc = z->bc.w;
    c->de = z->de.w;
    c->hl = z->hl.w;
    c->ix = z->ix.w;
    c->iy = z->iy.w;
    c->wz = z->wz.w;
    c->r = z->r;
    c->q_r = z->qq.b.l ? c->r : z->qq.b.h ? c->r - 1 : c->r - 256;
}

/* After a handler: the cycle count and check may have changed (a slice
   abort, an interrupt line); anything that changes the registers (a reset,
   a state load) sets check too, and only then are they reloaded. */
INLINE void sync_in(z80_run *c)
{
    const z80_t *z = c->z;
    c->icount = z->base.icount;
    if (UNLIKELY(z->check))
        sync_in_all(c);
}

/* ---- bus access ---- */

#define NO_LO 0x80000000u

INLINE void drop_pages(z80_run *c)
{
    c->op_end = 0;
    c->arg_lo = c->rd_lo = c->wr_lo = NO_LO;
}

/* Something to look at before the next opcode. The threaded dispatch only
   tests the opcode page, so the check also drops that (as every handler
   call does). */
INLINE void raise_check(z80_run *c)
{
    c->z->check = 1;
    c->op_end = 0;
}

/* After code outside the core ran (a handler, an acknowledge, an output
   line): the registers come back, and the cached pages go unless the
   machine marked both spaces fixed (no handler of its re-points a page).
   A check (a line change, a reset, a state load) drops them always. */
INLINE void after_call(z80_run *c)
{
    sync_in(c);
    const z80_t *z = c->z;
    if (UNLIKELY(z->check) || !(z->program->fixed_pages && z->opcodes->fixed_pages))
        drop_pages(c);
}



/* A handler (or a page too small to cache): the registers are written back
   for it, and every cached page may have changed (banking). */
static __attribute__((noinline, cold)) u8 read_handler(address_space_t *as, u16 a)
{
    return as_read8(as, a);
}

INLINE u8 read_call(z80_run *c, address_space_t *as, u16 a)
{
    sync_out(c);
    u8 v = read_handler(as, a);
    after_call(c);
    return v;
}

static __attribute__((noinline, cold)) void write_handler(z80_t *z, u16 a, u8 v)
{
    as_write8(z->program, a, v);
}

enum { PG_OP, PG_ARG, PG_RD };

INLINE u8 read_miss(z80_run *c, address_space_t *as, u16 a, int kind)
{
    const u8 *p = as_read_block(as, a);
    if (UNLIKELY(!p))
        return read_call(c, as, a);
    switch (kind) {
    case PG_OP:
        c->op_bias = (uintptr_t)p - (a & 0xff00u);
        c->op_end = (a & 0xff00u) + 256;
        break;
    case PG_ARG: c->arg_base = p; c->arg_lo = a & 0xff00u; break;
    default: c->rd_base = p; c->rd_lo = a & 0xff00u; break;
    }
    return p[a & 0xff];
}

INLINE void write_miss(z80_run *c, u16 a, u8 v)
{
    u8 *p = as_write_block(c->z->program, a);
    if (UNLIKELY(!p)) {
        sync_out(c);
        write_handler(c->z, a, v);
        after_call(c);
        return;
    }
    c->z->lp.events++;
    c->wr_base = p;
    c->wr_lo = a & 0xff00u;
    p[a & 0xff] = v;
}

INLINE u8 rd(z80_run *c, u16 addr)
{
    u32 d = addr - c->rd_lo;
    u8 v = LIKELY(d < 256) ? c->rd_base[d] : read_miss(c, c->z->program, addr, PG_RD);
    CYCLES(3);
    return v;
}

INLINE void wr(z80_run *c, u16 addr, u8 v)
{
    u32 d = addr - c->wr_lo;
    if (LIKELY(d < 256))
        c->wr_base[d] = v;
    else
        write_miss(c, addr, v);
    CYCLES(3);
}

/* Two reads in one cached page have no handler between them, so they can
   be done together; otherwise byte by byte, each charged as it happens. */
INLINE u16 rd16(z80_run *c, u16 a)
{
    u32 d = a - c->rd_lo;
    if (d < 255) {
        CYCLES(6);
        return (u16)(c->rd_base[d] | c->rd_base[d + 1] << 8);
    }
    u8 lo = rd(c, a);
    return (u16)(lo | rd(c, (u16)(a + 1)) << 8);
}

INLINE void wr16(z80_run *c, u16 a, u16 v)
{
    wr(c, a, (u8)v);
    wr(c, (u16)(a + 1), (u8)(v >> 8));
}

/* A jump: PC may move down, below the cached opcode page, which the
   threaded fetch would not see. */
INLINE void set_pc(z80_run *c, u16 v)
{
    c->pc = v;
    if (v < c->op_end - 256)
        c->op_end = 0;
}

/* An opcode fetch (M1): bumps the refresh counter. */
INLINE u8 fetch_op(z80_run *c)
{
    c->r++;
    u32 pc = c->pc;
    u8 op;
    if (LIKELY(pc + 256 - c->op_end < 256)) {
        op = *(const u8 *)(c->op_bias + pc);
        c->pc = pc + 1;
    } else {
        c->pc = (u16)(pc + 1);
        op = read_miss(c, c->z->opcodes, (u16)pc, PG_OP);
        set_pc(c, (u16)c->pc); /* wrapped past 0xffff below the page */
    }
    CYCLES(4);
    return op;
}

/* An operand byte at PC (a memory read of the program space). */
INLINE u8 imm8(z80_run *c)
{
    u32 pc = c->pc, d = pc - c->arg_lo;
    c->pc = pc + 1;
    u8 v = LIKELY(d < 256) ? c->arg_base[d] : read_miss(c, c->z->program, (u16)pc, PG_ARG);
    CYCLES(3);
    return v;
}

INLINE u16 imm16(z80_run *c)
{
    u32 pc = c->pc, d = pc - c->arg_lo;
    if (LIKELY(d < 255)) {
        c->pc = pc + 2;
        CYCLES(6);
        return (u16)(c->arg_base[d] | c->arg_base[d + 1] << 8);
    }
    u8 lo = imm8(c);
    return (u16)(lo | imm8(c) << 8);
}

INLINE void push(z80_run *c, u16 v)
{
    u32 d = (u32)c->sp - 2 - c->wr_lo;
    if (LIKELY(d < 255)) {
        c->wr_base[d + 1] = (u8)(v >> 8);
        c->wr_base[d] = (u8)v;
        c->sp = (u16)(c->sp - 2);
        CYCLES(6);
        return;
    }
    c->sp--;
    wr(c, c->sp, (u8)(v >> 8));
    c->sp--;
    wr(c, c->sp, (u8)v);
}

INLINE u16 pop(z80_run *c)
{
    u32 sp = c->sp, d = sp - c->rd_lo;
    if (LIKELY(d < 255)) {
        c->sp = (u16)(sp + 2);
        CYCLES(6);
        return (u16)(c->rd_base[d] | c->rd_base[d + 1] << 8);
    }
    u8 lo = rd(c, c->sp);
    c->sp++;
    u8 hi = rd(c, c->sp);
    c->sp++;
    return (u16)(lo | hi << 8);
}

/* PUSH rr: the opcode fetch takes 5 T-states before the two writes. */
INLINE void push_op(z80_run *c, u16 v)
{
    CYCLES(1);
    push(c, v);
}

/* EX (SP),rr: the second read and the last write are 4 and 5 T-states
   long; the high byte is written first. Returns the new rr. */
INLINE u16 ex_sp(z80_run *c, u16 rr)
{
    u8 lo = rd(c, c->sp);
    u8 hi = rd(c, (u16)(c->sp + 1));
    CYCLES(1);
    wr(c, (u16)(c->sp + 1), (u8)(rr >> 8));
    wr(c, c->sp, (u8)rr);
    CYCLES(2);
    return c->wz = (u16)(lo | hi << 8);
}

/* A machine without an I/O map (cabz80) reads open bus and drops writes
   (an OUT reached through a loaded state dereferenced NULL: fuzzing). */
static __attribute__((noinline)) u8 io_read(z80_t *z, u16 port)
{
    return z->io ? as_read8(z->io, port) : 0xff;
}

static __attribute__((noinline)) void io_write(z80_t *z, u16 port, u8 v)
{
    if (z->io)
        as_write8(z->io, port, v);
}

INLINE u8 port_in(z80_run *c, u16 port)
{
    sync_out(c);
    u8 v = io_read(c->z, port);
    after_call(c);
    CYCLES(4);
    return v;
}

INLINE void port_out(z80_run *c, u16 port, u8 v)
{
    sync_out(c);
    io_write(c->z, port, v);
    after_call(c);
    CYCLES(4);
}

/* ---- register operands by encoding (0=B ... 5=L, 7=A; 6 is memory) ---- */

INLINE u8 get_reg(z80_run *c, int n)
{
    switch (n) {
    case 0: return RB;
    case 1: return RC;
    case 2: return RD;
    case 3: return RE;
    case 4: return RH;
    case 5: return RL;
    default: return RA;
    }
}

INLINE void set_reg(z80_run *c, int n, u8 v)
{
    switch (n) {
    case 0: SET_HI(c->bc, v); break;
    case 1: SET_LO(c->bc, v); break;
    case 2: SET_HI(c->de, v); break;
    case 3: SET_LO(c->de, v); break;
    case 4: SET_HI(c->hl, v); break;
    case 5: SET_LO(c->hl, v); break;
    default: RA = v; break;
    }
}

/* The same with H and L replaced by the high/low half of IX or IY (xy). */
INLINE u8 get_reg_xy(z80_run *c, u16 xy, int n)
{
    if (n == 4)
        return (u8)(xy >> 8);
    if (n == 5)
        return (u8)xy;
    return get_reg(c, n);
}

INLINE void set_reg_xy(z80_run *c, u16 *xy, int n, u8 v)
{
    if (n == 4)
        SET_HI(*xy, v);
    else if (n == 5)
        SET_LO(*xy, v);
    else
        set_reg(c, n, v);
}

/* ---- 8-bit arithmetic ---- */

INLINE void alu_add(z80_run *c, u8 v)
{
    unsigned a = RA, r = a + v;
    SETF(sz53[r & 0xff] | hcv_flags[a ^ v ^ r]);
    RA = (u8)r;
}

INLINE void alu_adc(z80_run *c, u8 v)
{
    unsigned a = RA, r = a + v + (RF & FC);
    SETF(sz53[r & 0xff] | hcv_flags[a ^ v ^ r]);
    RA = (u8)r;
}

INLINE u8 sub_flags(z80_run *c, u8 v, unsigned cin)
{
    unsigned a = RA, r = a - v - cin;
    SETF(sz53[r & 0xff] | FN | hcv_flags[(a ^ v ^ r) & 0x1ff]);
    return (u8)r;
}

INLINE void alu_sub(z80_run *c, u8 v)
{
    RA = sub_flags(c, v, 0);
}

INLINE void alu_sbc(z80_run *c, u8 v)
{
    RA = sub_flags(c, v, RF & FC);
}

INLINE void alu_and(z80_run *c, u8 v)
{
    RA &= v;
    SETF(sz53p[RA] | FH);
}

INLINE void alu_xor(z80_run *c, u8 v)
{
    RA ^= v;
    SETF(sz53p[RA]);
}

INLINE void alu_or(z80_run *c, u8 v)
{
    RA |= v;
    SETF(sz53p[RA]);
}

/* CP takes X and Y from the operand, not from the result. */
INLINE void alu_cp(z80_run *c, u8 v)
{
    sub_flags(c, v, 0);
    SETF((RF & ~(FX | FY)) | (v & (FX | FY)));
}

INLINE void alu_op(z80_run *c, int op, u8 v)
{
    switch (op) {
    case 0: alu_add(c, v); break;
    case 1: alu_adc(c, v); break;
    case 2: alu_sub(c, v); break;
    case 3: alu_sbc(c, v); break;
    case 4: alu_and(c, v); break;
    case 5: alu_xor(c, v); break;
    case 6: alu_or(c, v); break;
    default: alu_cp(c, v); break;
    }
}

INLINE u8 inc8(z80_run *c, u8 v)
{
    u8 r = (u8)(v + 1);
    SETF((RF & FC) | inc_flags[r]);
    return r;
}

INLINE u8 dec8(z80_run *c, u8 v)
{
    u8 r = (u8)(v - 1);
    SETF((RF & FC) | dec_flags[r]);
    return r;
}

/* ---- 16-bit arithmetic (all set WZ to the first operand + 1 and take 7
   internal T-states after the opcode fetches) ---- */

INLINE u16 add16(z80_run *c, u16 a, u16 b)
{
    u32 r = (u32)a + b;
    c->wz = (u16)(a + 1);
    CYCLES(7);
    SETF((RF & (FS | FZ | FP)) | ((r >> 8) & (FX | FY)) | (((a ^ b ^ r) >> 8) & FH) | (r >> 16));
    return (u16)r;
}

INLINE void adc16(z80_run *c, u16 b)
{
    u16 a = c->hl;
    u32 r = (u32)a + b + (RF & FC);
    c->wz = (u16)(a + 1);
    CYCLES(7);
    SETF(((r >> 8) & (FS | FX | FY)) | ((r & 0xffff) ? 0 : FZ) | (((a ^ b ^ r) >> 8) & FH) |
         (((a ^ ~b) & (a ^ r) & 0x8000) >> 13) | (r >> 16));
    c->hl = (u16)r;
}

INLINE void sbc16(z80_run *c, u16 b)
{
    u16 a = c->hl;
    u32 r = (u32)a - b - (RF & FC);
    c->wz = (u16)(a + 1);
    CYCLES(7);
    SETF(((r >> 8) & (FS | FX | FY)) | ((r & 0xffff) ? 0 : FZ) | (((a ^ b ^ r) >> 8) & FH) |
         (((a ^ b) & (a ^ r) & 0x8000) >> 13) | ((r >> 16) & FC) | FN);
    c->hl = (u16)r;
}

/* ---- accumulator specials ---- */

INLINE void daa(z80_run *c)
{
    u8 a = RA, corr = 0, carry = RF & FC, r;
    bool half;
    if ((RF & FH) || (a & 0x0f) > 9)
        corr = 0x06;
    if (carry || a > 0x99) {
        corr |= 0x60;
        carry = FC;
    }
    if (RF & FN) {
        half = (RF & FH) && (a & 0x0f) < 6;
        r = (u8)(a - corr);
    } else {
        half = (a & 0x0f) > 9;
        r = (u8)(a + corr);
    }
    SETF(sz53p[r] | carry | (RF & FN) | (half ? FH : 0));
    RA = r;
}

/* SCF/CCF: on NMOS parts X and Y see A ORed with the flags only when the
   previous instruction did not write F (Q = 0). */
INLINE u8 scf_xy(z80_run *c)
{
    u32 m1 = (u32)(c->z->insn_icount - c->icount) / 4; /* this opcode's fetches, prefixes included */
    u8 qp = c->q_r == c->r - m1 ? RF : 0;
    return ((qp ^ RF) | RA) & (FX | FY);
}

/* ---- CB page ---- */

INLINE u8 rot(z80_run *c, int kind, u8 v)
{
    u8 r, cf;
    switch (kind) {
    case 0: r = (u8)(v << 1 | v >> 7); cf = v >> 7; break;           /* RLC */
    case 1: r = (u8)(v >> 1 | v << 7); cf = v & 1; break;            /* RRC */
    case 2: r = (u8)(v << 1 | (RF & FC)); cf = v >> 7; break;        /* RL */
    case 3: r = (u8)(v >> 1 | (RF & FC) << 7); cf = v & 1; break;    /* RR */
    case 4: r = (u8)(v << 1); cf = v >> 7; break;                    /* SLA */
    case 5: r = (u8)(v >> 1 | (v & 0x80)); cf = v & 1; break;        /* SRA */
    case 6: r = (u8)(v << 1 | 1); cf = v >> 7; break;                /* SLL */
    default: r = v >> 1; cf = v & 1; break;                          /* SRL */
    }
    SETF(sz53p[r] | cf);
    return r;
}

/* BIT n: X and Y come from xy_src (the operand, or WZ high for memory). */
INLINE void bit_test(z80_run *c, int n, u8 v, u8 xy_src)
{
    SETF((RF & FC) | FH | (sz53p[v & (1 << n)] & ~(FX | FY)) | (xy_src & (FX | FY)));
}

INLINE u8 cb_modify(z80_run *c, u8 op, u8 v)
{
    int n = (op >> 3) & 7;
    switch (op >> 6) {
    case 0: return rot(c, n, v);
    case 2: return v & (u8) ~(1 << n);
    default: return v | (u8)(1 << n);
    }
}

INLINE void exec_cb(z80_run *c)
{
    u8 op = fetch_op(c);
    int r = op & 7;
    bool is_bit = (op & 0xc0) == 0x40;
    if (r == 6) {
        u8 v = rd(c, c->hl);
        CYCLES(1); /* the read is 4 T-states */
        if (is_bit)
            bit_test(c, (op >> 3) & 7, v, (u8)(c->wz >> 8));
        else
            wr(c, c->hl, cb_modify(c, op, v));
        return;
    }
    u8 v = get_reg(c, r);
    if (is_bit)
        bit_test(c, (op >> 3) & 7, v, v);
    else
        set_reg(c, r, cb_modify(c, op, v));
}

/* DD CB d op / FD CB d op: d and op are plain reads, not M1 cycles (the
   read of op is followed by 2 T-states of address arithmetic, the operand
   read by 1). Results are also copied to the register in the low bits
   (undocumented). */
INLINE void exec_xy_cb(z80_run *c, u16 xy)
{
    u16 a = (u16)(xy + (s8)imm8(c));
    u8 op = imm8(c);
    CYCLES(2);
    u8 v = rd(c, a);
    CYCLES(1);
    c->wz = a;
    if ((op & 0xc0) == 0x40) {
        bit_test(c, (op >> 3) & 7, v, (u8)(a >> 8));
        return;
    }
    v = cb_modify(c, op, v);
    wr(c, a, v);
    if ((op & 7) != 6)
        set_reg(c, op & 7, v);
}

/* ---- ED page ---- */

INLINE u16 get_pair_sp(z80_run *c, int n)
{
    switch (n & 3) {
    case 0: return c->bc;
    case 1: return c->de;
    case 2: return c->hl;
    default: return c->sp;
    }
}

INLINE void set_pair_sp(z80_run *c, int n, u16 v)
{
    switch (n & 3) {
    case 0: c->bc = v; break;
    case 1: c->de = v; break;
    case 2: c->hl = v; break;
    default: c->sp = v; break;
    }
}

/* PC back onto the ED prefix for another round; X/Y then show PC bits 11/13. */
INLINE void block_repeat(z80_run *c)
{
    set_pc(c, (u16)(c->pc - 2));
    c->wz = (u16)(c->pc + 1);
    RF = (u8)((RF & ~(FX | FY)) | ((c->pc >> 8) & (FX | FY)));
    CYCLES(5);
}

/* The write of LDI/LDD and the read of CPI/CPD are followed by 2 and 5
   internal T-states; INI/OUTI have a 5-T second opcode fetch. */
INLINE void ld_block(z80_run *c, int dir, bool repeat)
{
    u8 v = rd(c, c->hl);
    wr(c, c->de, v);
    CYCLES(2);
    c->hl = (u16)(c->hl + dir);
    c->de = (u16)(c->de + dir);
    c->bc--;
    u8 n = (u8)(RA + v);
    SETF((RF & (FS | FZ | FC)) | (c->bc ? FP : 0) | (n & FX) | ((n << 4) & FY));
    if (repeat && c->bc)
        block_repeat(c);
}

INLINE void cp_block(z80_run *c, int dir, bool repeat)
{
    u8 v = rd(c, c->hl);
    CYCLES(5);
    c->hl = (u16)(c->hl + dir);
    c->wz = (u16)(c->wz + dir);
    c->bc--;
    u8 n = (u8)(RA - v);
    u8 h = (RA ^ v ^ n) & FH;
    u8 m = (u8)(n - (h >> 4));
    SETF((RF & FC) | FN | (sz53[n] & (FS | FZ)) | h | (c->bc ? FP : 0) | (m & FX) | ((m << 4) & FY));
    if (repeat && c->bc && !(RF & FZ))
        block_repeat(c);
}

/* Flags shared by INI/IND/OUTI/OUTD; k is the 9-bit sum the chip forms. */
INLINE void io_block_flags(z80_run *c, u8 v, unsigned k)
{
    SETF(sz53[RB] | ((v & 0x80) ? FN : 0) | (k > 0xff ? FH | FC : 0) | (sz53p[(k & 7) ^ RB] & FP));
}

/* The repeating forms also rework P/V and H from the decremented B. */
INLINE void io_block_repeat(z80_run *c)
{
    block_repeat(c);
    u8 f = RF;
    u8 pv = (f & FP) ? 1 : 0, par;
    if (f & FC) {
        if (f & FN) {
            par = sz53p[(RB - 1) & 7] & FP;
            f = (u8)((f & ~FH) | ((RB & 0x0f) == 0 ? FH : 0));
        } else {
            par = sz53p[(RB + 1) & 7] & FP;
            f = (u8)((f & ~FH) | ((RB & 0x0f) == 0x0f ? FH : 0));
        }
    } else {
        par = sz53p[RB & 7] & FP;
    }
    f = (u8)((f & ~FP) | ((pv == (par ? 1 : 0)) ? FP : 0));
    SETF(f);
}

INLINE void in_block(z80_run *c, int dir, bool repeat)
{
    c->wz = (u16)(c->bc + dir);
    CYCLES(1);
    u8 v = port_in(c, c->bc);
    SET_HI(c->bc, RB - 1);
    wr(c, c->hl, v);
    c->hl = (u16)(c->hl + dir);
    io_block_flags(c, v, (unsigned)(u8)(RC + dir) + v);
    if (repeat && RB)
        io_block_repeat(c);
}

INLINE void out_block(z80_run *c, int dir, bool repeat)
{
    CYCLES(1);
    u8 v = rd(c, c->hl);
    SET_HI(c->bc, RB - 1);
    port_out(c, c->bc, v);
    c->hl = (u16)(c->hl + dir);
    c->wz = (u16)(c->bc + dir);
    io_block_flags(c, v, (unsigned)RL + v);
    if (repeat && RB)
        io_block_repeat(c);
}

INLINE void exec_block(z80_run *c, u8 op)
{
    int dir = (op & 8) ? -1 : 1;
    bool repeat = (op & 0x10) != 0;
    switch (op & 3) {
    case 0: ld_block(c, dir, repeat); break;
    case 1: cp_block(c, dir, repeat); break;
    case 2: in_block(c, dir, repeat); break;
    default: out_block(c, dir, repeat); break;
    }
}

INLINE void ld_a_ir(z80_run *c, u8 v)
{
    RA = v;
    SETF((RF & FC) | sz53[v] | (c->z->iff2 ? FP : 0));
    c->z->p = 1;
    raise_check(c);
}

/* RRD/RLD: 4 T-states of nibble shuffling between the read and the write. */
INLINE void rxd(z80_run *c, bool left)
{
    u8 m = rd(c, c->hl), a = RA;
    CYCLES(4);
    if (left) {
        wr(c, c->hl, (u8)(m << 4 | (a & 0x0f)));
        RA = (u8)((a & 0xf0) | m >> 4);
    } else {
        wr(c, c->hl, (u8)(a << 4 | m >> 4));
        RA = (u8)((a & 0xf0) | (m & 0x0f));
    }
    c->wz = (u16)(c->hl + 1);
    SETF((RF & FC) | sz53p[RA]);
}

/* ED 40-7F: the column decides the operation, bits 3-5 the operand. */
INLINE void exec_ed_x1(z80_run *c, u8 op)
{
    int y = (op >> 3) & 7;
    switch (op & 7) {
    case 0: { /* IN r,(C); ED 70 only sets flags */
        u8 v = port_in(c, c->bc);
        c->wz = (u16)(c->bc + 1);
        if (y != 6)
            set_reg(c, y, v);
        SETF((RF & FC) | sz53p[v]);
        break;
    }
    case 1: /* OUT (C),r; ED 71 outputs 0 on NMOS parts */
        port_out(c, c->bc, y == 6 ? 0 : get_reg(c, y));
        c->wz = (u16)(c->bc + 1);
        break;
    case 2:
        if (y & 1)
            adc16(c, get_pair_sp(c, y >> 1));
        else
            sbc16(c, get_pair_sp(c, y >> 1));
        break;
    case 3: {
        u16 a = imm16(c);
        if (y & 1)
            set_pair_sp(c, y >> 1, rd16(c, a));
        else
            wr16(c, a, get_pair_sp(c, y >> 1));
        c->wz = (u16)(a + 1);
        break;
    }
    case 4: { /* NEG */
        u8 v = RA;
        RA = 0;
        alu_sub(c, v);
        break;
    }
    case 5: /* RETN / RETI */
        c->z->iff1 = c->z->iff2;
        raise_check(c);
        set_pc(c, pop(c));
        c->wz = (u16)c->pc;
        break;
    case 6:
        c->z->im = (y & 3) == 3 ? 2 : (y & 3) == 2 ? 1 : 0;
        break;
    default: /* LD I,A / LD R,A / LD A,I / LD A,R have a 5-T opcode fetch */
        switch (y) {
        case 0: c->z->i = RA; CYCLES(1); break;
        case 1: /* LD R,A: the count moves forward, so no earlier write of F looks recent */
            c->r = ((c->r + 256) & ~(u64)0xff) | RA;
            c->z->r7 = RA & 0x80;
            CYCLES(1);
            break;
        case 2: ld_a_ir(c, c->z->i); CYCLES(1); break;
        case 3: ld_a_ir(c, (u8)((c->r & 0x7f) | (c->z->r7 & 0x80))); CYCLES(1); break;
        case 4: rxd(c, false); break;
        case 5: rxd(c, true); break;
        default: break;
        }
        break;
    }
}

INLINE void exec_ed(z80_run *c)
{
    u8 op = fetch_op(c);
    if (op >= 0x40 && op < 0x80)
        exec_ed_x1(c, op);
    else if ((op & 0xe4) == 0xa0)
        exec_block(c, op);
    /* the rest act as two NOPs: both fetches are charged already */
}

/* ---- DD / FD page ---- */

/* (IX+d): reading d, then 5 T-states of address arithmetic. */
INLINE u16 xy_addr(z80_run *c, u16 xy)
{
    c->wz = (u16)(xy + (s8)imm8(c));
    CYCLES(5);
    return c->wz;
}

/* LD r,r' with H and L read as the halves of IX/IY; returns the new index
   register. */
INLINE u16 xy_ld(z80_run *c, u16 xy, u8 op)
{
    set_reg_xy(c, &xy, (op >> 3) & 7, get_reg_xy(c, xy, op & 7));
    return xy;
}

/* The DD/FD page for one index register (XY is ix or iy), as cases of a
   switch on the opcode after the prefix. Opcodes that do not use HL are not
   listed: the caller runs them as the plain opcode (the prefix fetch has
   been charged). A further DD/FD prefix is handled by the caller too. Of
   rows 40-BF only the (IX+d) forms are cases; the rest (H and L read as
   IXh/IXl, undocumented and rare) share the code in XY_REG_OPS. */
#define XY_LD_ROW(base, n)                                                                          \
    case (base) + 6: set_reg(c, n, rd(c, xy_addr(c, c->XY_REG))); break;

#define XY_ALU_ROW(base, n)                                                                         \
    case (base) + 6: alu_op(c, n, rd(c, xy_addr(c, c->XY_REG))); break;

#define XY_REG_OPS                                                                                  \
    if (op >= 0x40 && op < 0x80 && op != 0x76) {                                                    \
        c->XY_REG = xy_ld(c, c->XY_REG, op);                                                        \
        break;                                                                                      \
    }                                                                                               \
    if (op >= 0x80 && op < 0xc0) {                                                                  \
        alu_op(c, (op >> 3) & 7, get_reg_xy(c, c->XY_REG, op & 7));                                 \
        break;                                                                                      \
    }

#define XY_PAGE                                                                                     \
    case 0x09: c->XY_REG = add16(c, c->XY_REG, c->bc); break;                                       \
    case 0x19: c->XY_REG = add16(c, c->XY_REG, c->de); break;                                       \
    case 0x29: c->XY_REG = add16(c, c->XY_REG, c->XY_REG); break;                                   \
    case 0x39: c->XY_REG = add16(c, c->XY_REG, c->sp); break;                                       \
    case 0x21: c->XY_REG = imm16(c); break;                                                         \
    case 0x22: {                                                                                    \
        u16 a = imm16(c);                                                                           \
        wr16(c, a, c->XY_REG);                                                                      \
        c->wz = (u16)(a + 1);                                                                       \
        break;                                                                                      \
    }                                                                                               \
    case 0x2a: {                                                                                    \
        u16 a = imm16(c);                                                                           \
        c->XY_REG = rd16(c, a);                                                                     \
        c->wz = (u16)(a + 1);                                                                       \
        break;                                                                                      \
    }                                                                                               \
    case 0x23: c->XY_REG++; CYCLES(2); break;                                                       \
    case 0x2b: c->XY_REG--; CYCLES(2); break;                                                       \
    case 0x24: SET_HI(c->XY_REG, inc8(c, (u8)(c->XY_REG >> 8))); break;                             \
    case 0x25: SET_HI(c->XY_REG, dec8(c, (u8)(c->XY_REG >> 8))); break;                             \
    case 0x26: SET_HI(c->XY_REG, imm8(c)); break;                                                   \
    case 0x2c: SET_LO(c->XY_REG, inc8(c, (u8)c->XY_REG)); break;                                    \
    case 0x2d: SET_LO(c->XY_REG, dec8(c, (u8)c->XY_REG)); break;                                    \
    case 0x2e: SET_LO(c->XY_REG, imm8(c)); break;                                                   \
    case 0x34: {                                                                                    \
        u16 a = xy_addr(c, c->XY_REG);                                                              \
        u8 v = rd(c, a);                                                                            \
        CYCLES(1);                                                                                  \
        wr(c, a, inc8(c, v));                                                                       \
        break;                                                                                      \
    }                                                                                               \
    case 0x35: {                                                                                    \
        u16 a = xy_addr(c, c->XY_REG);                                                              \
        u8 v = rd(c, a);                                                                            \
        CYCLES(1);                                                                                  \
        wr(c, a, dec8(c, v));                                                                       \
        break;                                                                                      \
    }                                                                                               \
    case 0x36: { /* n is read during the address arithmetic; 2 T-states remain */                  \
        u16 a = c->wz = (u16)(c->XY_REG + (s8)imm8(c));                                             \
        u8 n = imm8(c);                                                                             \
        CYCLES(2);                                                                                  \
        wr(c, a, n);                                                                                \
        break;                                                                                      \
    }                                                                                               \
    XY_LD_ROW(0x40, 0)                                                                              \
    XY_LD_ROW(0x48, 1)                                                                              \
    XY_LD_ROW(0x50, 2)                                                                              \
    XY_LD_ROW(0x58, 3)                                                                              \
    XY_LD_ROW(0x60, 4)                                                                              \
    XY_LD_ROW(0x68, 5)                                                                              \
    case 0x70: wr(c, xy_addr(c, c->XY_REG), RB); break;                                             \
    case 0x71: wr(c, xy_addr(c, c->XY_REG), RC); break;                                             \
    case 0x72: wr(c, xy_addr(c, c->XY_REG), RD); break;                                             \
    case 0x73: wr(c, xy_addr(c, c->XY_REG), RE); break;                                             \
    case 0x74: wr(c, xy_addr(c, c->XY_REG), RH); break;                                             \
    case 0x75: wr(c, xy_addr(c, c->XY_REG), RL); break;                                             \
    case 0x77: wr(c, xy_addr(c, c->XY_REG), RA); break;                                             \
    XY_LD_ROW(0x78, 7)                                                                              \
    XY_ALU_ROW(0x80, 0)                                                                             \
    XY_ALU_ROW(0x88, 1)                                                                             \
    XY_ALU_ROW(0x90, 2)                                                                             \
    XY_ALU_ROW(0x98, 3)                                                                             \
    XY_ALU_ROW(0xa0, 4)                                                                             \
    XY_ALU_ROW(0xa8, 5)                                                                             \
    XY_ALU_ROW(0xb0, 6)                                                                             \
    XY_ALU_ROW(0xb8, 7)                                                                             \
    case 0xcb: exec_xy_cb(c, c->XY_REG); break;                                                     \
    case 0xe1: c->XY_REG = pop(c); break;                                                           \
    case 0xe5: push_op(c, c->XY_REG); break;                                                        \
    case 0xe3: c->XY_REG = ex_sp(c, c->XY_REG); break;                                              \
    case 0xe9: set_pc(c, c->XY_REG); break;                                                            \
    case 0xf9: c->sp = c->XY_REG; CYCLES(2); break;                                                 \
    case 0xed: exec_ed(c); break;

/* ---- unprefixed opcodes ---- */

#define LD_ROW(l0, l1, l2, l3, l4, l5, l6, l7, set)                                                 \
    l0: set(RB); NEXT;                                                                              \
    l1: set(RC); NEXT;                                                                              \
    l2: set(RD); NEXT;                                                                              \
    l3: set(RE); NEXT;                                                                              \
    l4: set(RH); NEXT;                                                                              \
    l5: set(RL); NEXT;                                                                              \
    l6: set(rd(c, c->hl)); NEXT;                                                                    \
    l7: set(RA); NEXT;

#define ALU_ROW(l0, l1, l2, l3, l4, l5, l6, l7, fn)                                                 \
    l0: fn(c, RB); NEXT;                                                                            \
    l1: fn(c, RC); NEXT;                                                                            \
    l2: fn(c, RD); NEXT;                                                                            \
    l3: fn(c, RE); NEXT;                                                                            \
    l4: fn(c, RH); NEXT;                                                                            \
    l5: fn(c, RL); NEXT;                                                                            \
    l6: fn(c, rd(c, c->hl)); NEXT;                                                                  \
    l7: fn(c, RA); NEXT;

/* The loop test's event count as of now. Writes to a cached page do not
   count: the write page is dropped here, so the first write after this
   point misses, and write_miss counts it. */
INLINE void note_events(z80_run *c)
{
    c->z->lp.events_at = c->z->lp.events;
    c->wr_lo = NO_LO;
}

INLINE void loop_snapshot(z80_run *c)
{
    z80_t *z = c->z;
    note_events(c);
    z->lp.icount = c->icount;
    c->z->lp.pc = c->pc;
    z->lp.sp = c->sp;
    z->lp.bc = c->bc;
    z->lp.de = c->de;
    z->lp.hl = c->hl;
    z->lp.ix = c->ix;
    z->lp.iy = c->iy;
    z->lp.wz = c->wz;
    z->lp.a = c->a;
    z->lp.f = c->f;
    z->lp.r = (u8)c->r;
    z->lp.af2 = z->af2.w;
    z->lp.bc2 = z->bc2.w;
    z->lp.de2 = z->de2.w;
    z->lp.hl2 = z->hl2.w;
    z->lp.i = z->i;
    z->lp.im = z->im;
    z->lp.iff = (u8)(z->iff1 | z->iff2 << 1);
    c->z->lp.full = 1;
}

/* Wait loops (polling RAM for a flag an interrupt sets): after a backward
   jump, if the whole state is what it was after the previous backward jump
   and nothing but reads of memory pages happened in between, the next pass
   is the same again, and so is every pass until the slice ends (no other
   code runs before then). All but the last one or two of those passes are
   skipped: their cycles are charged and R advanced as they would be. */
INLINE void loop_check(z80_run *c)
{
    const z80_t *z = c->z;
    if (c->z->lp.skip) {
        c->z->lp.skip--;
        return;
    }
    /* a cheap first look: loops that write memory stop here (and are let
       run a while when they do so after a pass that did not) */
    if (c->z->lp.events != c->z->lp.events_at || c->pc != c->z->lp.pc) {
        if (c->z->lp.full && c->pc == c->z->lp.pc)
            c->z->lp.skip = 32;
        note_events(c);
        c->z->lp.pc = c->pc;
        c->z->lp.full = 0;
        return;
    }
    if (!c->z->lp.full) {
        loop_snapshot(c);
        return;
    }
    if (c->a == z->lp.a && c->f == z->lp.f &&
        c->hl == z->lp.hl && c->bc == z->lp.bc && c->de == z->lp.de && c->sp == z->lp.sp &&
        c->wz == z->lp.wz && c->ix == z->lp.ix && c->iy == z->lp.iy &&
        z->af2.w == z->lp.af2 && z->bc2.w == z->lp.bc2 && z->de2.w == z->lp.de2 &&
        z->hl2.w == z->lp.hl2 && z->i == z->lp.i && z->im == z->lp.im &&
        (u8)(z->iff1 | z->iff2 << 1) == z->lp.iff && !c->z->check) {
        /* one pass costs p cycles and m M1 cycles; k passes are skipped,
           leaving more than one whole pass to run */
        int p = z->lp.icount - c->icount;
        if (p > 0 && c->icount > 0) {
            int k = (c->icount - 1) / p - 1;
            if (k > 0) {
                u8 m = (u8)(c->r - z->lp.r);
                c->icount -= k * p;
                c->r += (u64)k * m;
            }
        }
        loop_snapshot(c);
        return;
    }
    /* a loop that reads only but changes registers (a delay, a search):
       let it run a while before looking again */
    c->z->lp.full = 0;
    c->z->lp.skip = 32;
}

INLINE void jr(z80_run *c, bool cond)
{
    s8 d = (s8)imm8(c);
    if (cond) {
        set_pc(c, (u16)(c->pc + d));
        c->wz = (u16)c->pc;
        CYCLES(5);
        if (d < 0)
            loop_check(c);
    }
}

INLINE void jp(z80_run *c, bool cond)
{
    u16 next = c->pc;
    c->wz = imm16(c);
    if (cond) {
        set_pc(c, c->wz);
        if (c->pc < next)
            loop_check(c);
    }
}

INLINE void call_to(z80_run *c, u16 target)
{
    push(c, (u16)c->pc);
    set_pc(c, target);
    c->wz = target;
}

/* A taken CALL spends one more T-state after reading the high byte. */
INLINE void call(z80_run *c, bool cond)
{
    c->wz = imm16(c);
    if (cond) {
        CYCLES(1);
        call_to(c, c->wz);
    }
}

/* RET cc: a 5-T opcode fetch (the condition test), then the pops if taken. */
INLINE void ret(z80_run *c, bool cond)
{
    CYCLES(1);
    if (cond) {
        set_pc(c, pop(c));
        c->wz = (u16)c->pc;
    }
}

/* RST: a 5-T opcode fetch, then the pushes. */
INLINE void rst(z80_run *c, u16 target)
{
    CYCLES(1);
    call_to(c, target);
}

INLINE void exx(z80_run *c)
{
    z80_t *z = c->z;
    u16 t = c->bc;
    c->bc = z->bc2.w;
    z->bc2.w = t;
    t = c->de;
    c->de = z->de2.w;
    z->de2.w = t;
    t = c->hl;
    c->hl = z->hl2.w;
    z->hl2.w = t;
}

INLINE void ex_af(z80_run *c)
{
    z80_t *z = c->z;
    u16 t = AF;
    c->a = z->af2.b.h;
    c->f = z->af2.b.l;
    z->af2.w = t;
}

/* /HALT is a pin (boards use it to sync CPUs): changes go to CPU_OUT_HALT. */
static __attribute__((noinline)) void halt_output(z80_t *z, u8 on)
{
    cpu_output(&z->base, CPU_OUT_HALT, on);
}

INLINE void set_halted(z80_run *c, u8 on)
{
    if (c->z->halted == on)
        return;
    c->z->halted = on;
    sync_out(c);
    halt_output(c->z, on);
    after_call(c);
}

INLINE void halt(z80_run *c)
{
    set_halted(c, 1);
    raise_check(c);
}

INLINE void ei(z80_run *c)
{
    z80_t *z = c->z;
    z->iff1 = z->iff2 = 1;
    z->ei = 1;
    raise_check(c);
}

INLINE void rotate_a(z80_run *c, u8 r, u8 cf)
{
    RA = r;
    SETF((RF & (FS | FZ | FP)) | (r & (FX | FY)) | cf);
}



/* ---- interrupts ---- */

/* NMI: a 5-T opcode-fetch-like cycle, then the two pushes. */
INLINE void take_nmi(z80_run *c)
{
    c->z->nmi_pending = 0;
    set_halted(c, 0);
    c->r++;
    c->z->iff1 = 0;
    cpu_note_interrupt(&c->z->base, CPU_INT_NMI, -1, 0x66);
    CYCLES(5);
    call_to(c, 0x66);
}

static __attribute__((noinline)) u32 irq_acknowledge(z80_t *z)
{
    return z->base.irq_ack ? (u32)z->base.irq_ack(z->base.irq_ctx, CPU_LINE_IRQ0) : 0xff;
}

enum { SVC_FETCH = -1, SVC_DONE = -2 };

/* IM 0 runs the byte on the data bus as an opcode; the acknowledge cycle
   that fetches it is 6 T-states (two wait states). CALL takes its address
   from bits 8-23 of the value, as in MAME, in two cycles of 3 and 4
   T-states. Other multi-byte opcodes would read their operands from memory
   at PC: devices only ever supply RST or CALL. Returns the opcode for the
   caller to run, or SVC_DONE. */
INLINE int im0(z80_run *c, u32 vec)
{
    u8 op = (u8)vec;
    CYCLES(6);
    if (op == 0xcd) {
        CYCLES(7);
        call_to(c, (u16)(vec >> 8));
        return SVC_DONE;
    }
    return op;
}

INLINE int take_irq(z80_run *c)
{
    z80_t *z = c->z;
    if (z->irq_line == LINE_HOLD)
        z->irq_line = LINE_CLEAR;
    sync_out(c);
    u32 vec = irq_acknowledge(z);
    after_call(c);
    set_halted(c, 0);
    z->iff1 = z->iff2 = 0;
    c->r++;
    /* IM 1 and IM 2 acknowledge in 7 T-states before pushing PC */
    switch (z->im) {
    case 2:
        cpu_note_interrupt(&z->base, CPU_INT_IRQ, -1, (s32)(z->i << 8 | (vec & 0xff)));
        CYCLES(7);
        push(c, (u16)c->pc);
        set_pc(c, rd16(c, (u16)(z->i << 8 | (vec & 0xff))));
        c->wz = (u16)c->pc;
        return SVC_DONE;
    case 1:
        cpu_note_interrupt(&z->base, CPU_INT_IRQ, -1, 0x38);
        CYCLES(7);
        call_to(c, 0x38);
        return SVC_DONE;
    default:
        cpu_note_interrupt(&z->base, CPU_INT_IRQ, (int)(vec & 0xff), -1);
        return im0(c, vec);
    }
}

/* What follows a taken interrupt (after the opcode an IM 0 acknowledge
   supplied, when there is one): Q moves on, and an interrupted LD A,I/R
   leaves P/V clear. */
INLINE void after_interrupt(z80_run *c, bool after_ldair)
{
    c->q_r = c->r - 256;
    if (after_ldair)
        RF &= (u8)~FP;
    raise_check(c);
}

/* The slow path before an opcode: EI delay, the LD A,I/R quirk, pending
   interrupts and HALT. Returns SVC_FETCH to go on with the next opcode,
   SVC_DONE when it used up this step, or an IM 0 opcode to run (c->z->lp.post is
   then set, and this is called again after it). */
INLINE int service(z80_run *c)
{
    z80_t *z = c->z;
    c->z->lp.events++;
    if (c->z->lp.post) {
        after_interrupt(c, c->z->lp.post == 2);
        c->z->lp.post = 0;
        return SVC_DONE;
    }
    bool after_ei = z->ei, after_ldair = z->p;
    z->ei = 0;
    z->p = 0;
    bool irq = z->irq_line != LINE_CLEAR && z->iff1;
    int taken = SVC_DONE;
    if (z->nmi_pending)
        take_nmi(c);
    else if (irq && !after_ei)
        taken = take_irq(c);
    else
        taken = SVC_FETCH;
    if (taken >= 0) {
        c->z->lp.post = after_ldair ? 2 : 1;
        raise_check(c);
        return taken;
    }
    if (taken == SVC_DONE) {
        after_interrupt(c, after_ldair);
        return SVC_DONE;
    }
    c->z->check = irq || z->halted;
    if (!z->halted)
        return SVC_FETCH;
    /* halted: NOPs at the same PC until an interrupt; burn the slice */
    int n = (c->icount + 3) / 4;
    c->r += (u64)n;
    CYCLES(n * 4);
    return SVC_DONE;
}

/* ---- public interface ---- */

void z80_init(z80_t *c, address_space_t *program, address_space_t *io)
{
    memset(c, 0, sizeof(*c));
    c->program = program;
    c->io = io;
    c->opcodes = program;
    z80_reset(c);
}

void z80_set_opcode_space(z80_t *c, address_space_t *opcodes)
{
    c->opcodes = opcodes ? opcodes : c->program;
}

void z80_reset(z80_t *c)
{
    c->pc.w = 0;
    c->wz.w = 0;
    c->i = 0;
    z80_set_r(c, 0);
    c->iff1 = c->iff2 = 0;
    c->im = 0;
    if (c->halted) {
        c->halted = 0;
        cpu_output(&c->base, CPU_OUT_HALT, 0);
    }
    c->ei = c->p = 0;
    c->qq.w = 0;
    c->af.w = 0xffff;
    c->sp.w = 0xffff;
    c->nmi_pending = 0;
    c->check = 1;
}

/* The main page is threaded: each opcode's code ends with NEXT, which goes
   to the fetch of the next one (the check for the slice end and for
   pending interrupts first), and the opcode's address in main_ops. */
#define NEXT                                                                                        \
    do {                                                                                            \
        if (LIKELY(c->icount > 0 && c->pc < c->op_end)) {                                          \
            z->insn_icount = c->icount;                                                             \
            c->r++;                                                                                 \
            op = *(const u8 *)(c->op_bias - 1 + ++c->pc);                                           \
            CYCLES(4);                                                                              \
            goto *main_ops[op];                                                                     \
        }                                                                                           \
        goto next;                                                                                  \
    } while (0)

int z80_execute(z80_t *z, int cycles)
{
    static const void *const main_ops[256] = {
        &&op_00, &&op_01, &&op_02, &&op_03, &&op_04, &&op_05, &&op_06, &&op_07,
        &&op_08, &&op_09, &&op_0a, &&op_0b, &&op_0c, &&op_0d, &&op_0e, &&op_0f,
        &&op_10, &&op_11, &&op_12, &&op_13, &&op_14, &&op_15, &&op_16, &&op_17,
        &&op_18, &&op_19, &&op_1a, &&op_1b, &&op_1c, &&op_1d, &&op_1e, &&op_1f,
        &&op_20, &&op_21, &&op_22, &&op_23, &&op_24, &&op_25, &&op_26, &&op_27,
        &&op_28, &&op_29, &&op_2a, &&op_2b, &&op_2c, &&op_2d, &&op_2e, &&op_2f,
        &&op_30, &&op_31, &&op_32, &&op_33, &&op_34, &&op_35, &&op_36, &&op_37,
        &&op_38, &&op_39, &&op_3a, &&op_3b, &&op_3c, &&op_3d, &&op_3e, &&op_3f,
        &&op_40, &&op_41, &&op_42, &&op_43, &&op_44, &&op_45, &&op_46, &&op_47,
        &&op_48, &&op_49, &&op_4a, &&op_4b, &&op_4c, &&op_4d, &&op_4e, &&op_4f,
        &&op_50, &&op_51, &&op_52, &&op_53, &&op_54, &&op_55, &&op_56, &&op_57,
        &&op_58, &&op_59, &&op_5a, &&op_5b, &&op_5c, &&op_5d, &&op_5e, &&op_5f,
        &&op_60, &&op_61, &&op_62, &&op_63, &&op_64, &&op_65, &&op_66, &&op_67,
        &&op_68, &&op_69, &&op_6a, &&op_6b, &&op_6c, &&op_6d, &&op_6e, &&op_6f,
        &&op_70, &&op_71, &&op_72, &&op_73, &&op_74, &&op_75, &&op_76, &&op_77,
        &&op_78, &&op_79, &&op_7a, &&op_7b, &&op_7c, &&op_7d, &&op_7e, &&op_7f,
        &&op_80, &&op_81, &&op_82, &&op_83, &&op_84, &&op_85, &&op_86, &&op_87,
        &&op_88, &&op_89, &&op_8a, &&op_8b, &&op_8c, &&op_8d, &&op_8e, &&op_8f,
        &&op_90, &&op_91, &&op_92, &&op_93, &&op_94, &&op_95, &&op_96, &&op_97,
        &&op_98, &&op_99, &&op_9a, &&op_9b, &&op_9c, &&op_9d, &&op_9e, &&op_9f,
        &&op_a0, &&op_a1, &&op_a2, &&op_a3, &&op_a4, &&op_a5, &&op_a6, &&op_a7,
        &&op_a8, &&op_a9, &&op_aa, &&op_ab, &&op_ac, &&op_ad, &&op_ae, &&op_af,
        &&op_b0, &&op_b1, &&op_b2, &&op_b3, &&op_b4, &&op_b5, &&op_b6, &&op_b7,
        &&op_b8, &&op_b9, &&op_ba, &&op_bb, &&op_bc, &&op_bd, &&op_be, &&op_bf,
        &&op_c0, &&op_c1, &&op_c2, &&op_c3, &&op_c4, &&op_c5, &&op_c6, &&op_c7,
        &&op_c8, &&op_c9, &&op_ca, &&op_cb, &&op_cc, &&op_cd, &&op_ce, &&op_cf,
        &&op_d0, &&op_d1, &&op_d2, &&op_d3, &&op_d4, &&op_d5, &&op_d6, &&op_d7,
        &&op_d8, &&op_d9, &&op_da, &&op_db, &&op_dc, &&op_dd, &&op_de, &&op_df,
        &&op_e0, &&op_e1, &&op_e2, &&op_e3, &&op_e4, &&op_e5, &&op_e6, &&op_e7,
        &&op_e8, &&op_e9, &&op_ea, &&op_eb, &&op_ec, &&op_ed, &&op_ee, &&op_ef,
        &&op_f0, &&op_f1, &&op_f2, &&op_f3, &&op_f4, &&op_f5, &&op_f6, &&op_f7,
        &&op_f8, &&op_f9, &&op_fa, &&op_fb, &&op_fc, &&op_fd, &&op_fe, &&op_ff,
    };
    z->base.budget = z->base.icount = cycles;
    z80_run run;
    z80_run *c = &run;
    c->z = z;
    c->z->lp.post = 0;
    c->op_bias = 0;
    c->arg_base = c->rd_base = NULL;
    c->wr_base = NULL;
    sync_in_all(c);
    drop_pages(c); /* the page table may have changed since the last call */
    /* a pass only compares with a state seen in this call (anything may
       have run since the last one) */
    c->z->lp.full = 0;
    u8 op;
next:
    if (UNLIKELY(c->icount <= 0)) {
        if (c->z->lp.post)
            service(c);
        sync_out(c);
        return z->base.budget - c->icount;
    }
    z->insn_icount = c->icount;
    if (UNLIKELY(c->z->check)) {
        int s = service(c);
        if (s == SVC_DONE)
            goto next;
        if (s != SVC_FETCH) {
            op = (u8)s;
            goto *main_ops[op];
        }
    }
    op = fetch_op(c);
    if (UNLIKELY(c->z->check))
        c->op_end = 0;
    goto *main_ops[op];

/* The opcode fetch has been charged; each case adds the T-states its opcode
   spends off the bus (INC rr, DEC rr and LD SP,HL have a 6-T fetch). */
    op_00: NEXT;
    op_01: c->bc = imm16(c); NEXT;
    op_02:
        wr(c, c->bc, RA);
        c->wz = (u16)(((c->bc + 1) & 0xff) | RA << 8);
        NEXT;
    op_03: c->bc++; CYCLES(2); NEXT;
    op_04: SET_B(inc8(c, RB)); NEXT;
    op_05: SET_B(dec8(c, RB)); NEXT;
    op_06: SET_B(imm8(c)); NEXT;
    op_07: rotate_a(c, (u8)(RA << 1 | RA >> 7), RA >> 7); NEXT;
    op_08: ex_af(c); NEXT;
    op_09: c->hl = add16(c, c->hl, c->bc); NEXT;
    op_0a:
        RA = rd(c, c->bc);
        c->wz = (u16)(c->bc + 1);
        NEXT;
    op_0b: c->bc--; CYCLES(2); NEXT;
    op_0c: SET_C(inc8(c, RC)); NEXT;
    op_0d: SET_C(dec8(c, RC)); NEXT;
    op_0e: SET_C(imm8(c)); NEXT;
    op_0f: rotate_a(c, (u8)(RA >> 1 | RA << 7), RA & 1); NEXT;

    op_10: { /* DJNZ: 5-T opcode fetch */
        CYCLES(1);
        s8 d = (s8)imm8(c);
        c->bc = (u16)(c->bc - 0x100); /* B - 1, C kept */
        if (c->bc >> 8) {
            set_pc(c, (u16)(c->pc + d));
            c->wz = (u16)c->pc;
            CYCLES(5);
        }
        NEXT;
    }
    op_11: c->de = imm16(c); NEXT;
    op_12:
        wr(c, c->de, RA);
        c->wz = (u16)(((c->de + 1) & 0xff) | RA << 8);
        NEXT;
    op_13: c->de++; CYCLES(2); NEXT;
    op_14: SET_D(inc8(c, RD)); NEXT;
    op_15: SET_D(dec8(c, RD)); NEXT;
    op_16: SET_D(imm8(c)); NEXT;
    op_17: rotate_a(c, (u8)(RA << 1 | (RF & FC)), RA >> 7); NEXT;
    op_18: jr(c, true); NEXT;
    op_19: c->hl = add16(c, c->hl, c->de); NEXT;
    op_1a:
        RA = rd(c, c->de);
        c->wz = (u16)(c->de + 1);
        NEXT;
    op_1b: c->de--; CYCLES(2); NEXT;
    op_1c: SET_E(inc8(c, RE)); NEXT;
    op_1d: SET_E(dec8(c, RE)); NEXT;
    op_1e: SET_E(imm8(c)); NEXT;
    op_1f: rotate_a(c, (u8)(RA >> 1 | (RF & FC) << 7), RA & 1); NEXT;

    op_20: jr(c, !(RF & FZ)); NEXT;
    op_21: c->hl = imm16(c); NEXT;
    op_22: {
        u16 a = imm16(c);
        wr16(c, a, c->hl);
        c->wz = (u16)(a + 1);
        NEXT;
    }
    op_23: c->hl++; CYCLES(2); NEXT;
    op_24: SET_H(inc8(c, RH)); NEXT;
    op_25: SET_H(dec8(c, RH)); NEXT;
    op_26: SET_H(imm8(c)); NEXT;
    op_27: daa(c); NEXT;
    op_28: jr(c, RF & FZ); NEXT;
    op_29: c->hl = add16(c, c->hl, c->hl); NEXT;
    op_2a: {
        u16 a = imm16(c);
        c->hl = rd16(c, a);
        c->wz = (u16)(a + 1);
        NEXT;
    }
    op_2b: c->hl--; CYCLES(2); NEXT;
    op_2c: SET_L(inc8(c, RL)); NEXT;
    op_2d: SET_L(dec8(c, RL)); NEXT;
    op_2e: SET_L(imm8(c)); NEXT;
    op_2f:
        RA = (u8)~RA;
        SETF((RF & (FS | FZ | FP | FC)) | FH | FN | (RA & (FX | FY)));
        NEXT;

    op_30: jr(c, !(RF & FC)); NEXT;
    op_31: c->sp = imm16(c); NEXT;
    op_32: {
        u16 a = imm16(c);
        wr(c, a, RA);
        c->wz = (u16)(((a + 1) & 0xff) | RA << 8);
        NEXT;
    }
    op_33: c->sp++; CYCLES(2); NEXT;
    op_34: {
        u8 v = rd(c, c->hl);
        CYCLES(1); /* the read is 4 T-states */
        wr(c, c->hl, inc8(c, v));
        NEXT;
    }
    op_35: {
        u8 v = rd(c, c->hl);
        CYCLES(1);
        wr(c, c->hl, dec8(c, v));
        NEXT;
    }
    op_36: wr(c, c->hl, imm8(c)); NEXT;
    op_37: SETF((RF & (FS | FZ | FP)) | scf_xy(c) | FC); NEXT;
    op_38: jr(c, RF & FC); NEXT;
    op_39: c->hl = add16(c, c->hl, c->sp); NEXT;
    op_3a: {
        u16 a = imm16(c);
        RA = rd(c, a);
        c->wz = (u16)(a + 1);
        NEXT;
    }
    op_3b: c->sp--; CYCLES(2); NEXT;
    op_3c: RA = inc8(c, RA); NEXT;
    op_3d: RA = dec8(c, RA); NEXT;
    op_3e: RA = imm8(c); NEXT;
    op_3f: SETF(((RF & (FS | FZ | FP | FC)) | ((RF & FC) << 4) | scf_xy(c)) ^ FC); NEXT;

    LD_ROW(op_40, op_41, op_42, op_43, op_44, op_45, op_46, op_47, SET_B)
    LD_ROW(op_48, op_49, op_4a, op_4b, op_4c, op_4d, op_4e, op_4f, SET_C)
    LD_ROW(op_50, op_51, op_52, op_53, op_54, op_55, op_56, op_57, SET_D)
    LD_ROW(op_58, op_59, op_5a, op_5b, op_5c, op_5d, op_5e, op_5f, SET_E)
    LD_ROW(op_60, op_61, op_62, op_63, op_64, op_65, op_66, op_67, SET_H)
    LD_ROW(op_68, op_69, op_6a, op_6b, op_6c, op_6d, op_6e, op_6f, SET_L)
    op_70: wr(c, c->hl, RB); NEXT;
    op_71: wr(c, c->hl, RC); NEXT;
    op_72: wr(c, c->hl, RD); NEXT;
    op_73: wr(c, c->hl, RE); NEXT;
    op_74: wr(c, c->hl, RH); NEXT;
    op_75: wr(c, c->hl, RL); NEXT;
    op_76: halt(c); NEXT;
    op_77: wr(c, c->hl, RA); NEXT;
    LD_ROW(op_78, op_79, op_7a, op_7b, op_7c, op_7d, op_7e, op_7f, SET_A)

    ALU_ROW(op_80, op_81, op_82, op_83, op_84, op_85, op_86, op_87, alu_add)
    ALU_ROW(op_88, op_89, op_8a, op_8b, op_8c, op_8d, op_8e, op_8f, alu_adc)
    ALU_ROW(op_90, op_91, op_92, op_93, op_94, op_95, op_96, op_97, alu_sub)
    ALU_ROW(op_98, op_99, op_9a, op_9b, op_9c, op_9d, op_9e, op_9f, alu_sbc)
    ALU_ROW(op_a0, op_a1, op_a2, op_a3, op_a4, op_a5, op_a6, op_a7, alu_and)
    ALU_ROW(op_a8, op_a9, op_aa, op_ab, op_ac, op_ad, op_ae, op_af, alu_xor)
    ALU_ROW(op_b0, op_b1, op_b2, op_b3, op_b4, op_b5, op_b6, op_b7, alu_or)
    ALU_ROW(op_b8, op_b9, op_ba, op_bb, op_bc, op_bd, op_be, op_bf, alu_cp)

    op_c0: ret(c, !(RF & FZ)); NEXT;
    op_c1: c->bc = pop(c); NEXT;
    op_c2: jp(c, !(RF & FZ)); NEXT;
    op_c3: jp(c, true); NEXT;
    op_c4: call(c, !(RF & FZ)); NEXT;
    op_c5: push_op(c, c->bc); NEXT;
    op_c6: alu_add(c, imm8(c)); NEXT;
    op_c7: rst(c, 0x00); NEXT;
    op_c8: ret(c, RF & FZ); NEXT;
    op_c9:
        set_pc(c, pop(c));
        c->wz = (u16)c->pc;
        NEXT;
    op_ca: jp(c, RF & FZ); NEXT;
    op_cb: exec_cb(c); NEXT;
    op_cc: call(c, RF & FZ); NEXT;
    op_cd: call(c, true); NEXT;
    op_ce: alu_adc(c, imm8(c)); NEXT;
    op_cf: rst(c, 0x08); NEXT;

    op_d0: ret(c, !(RF & FC)); NEXT;
    op_d1: c->de = pop(c); NEXT;
    op_d2: jp(c, !(RF & FC)); NEXT;
    op_d3: {
        u8 n = imm8(c);
        port_out(c, (u16)(RA << 8 | n), RA);
        c->wz = (u16)(RA << 8 | ((n + 1) & 0xff));
        NEXT;
    }
    op_d4: call(c, !(RF & FC)); NEXT;
    op_d5: push_op(c, c->de); NEXT;
    op_d6: alu_sub(c, imm8(c)); NEXT;
    op_d7: rst(c, 0x10); NEXT;
    op_d8: ret(c, RF & FC); NEXT;
    op_d9: exx(c); NEXT;
    op_da: jp(c, RF & FC); NEXT;
    op_db: {
        u16 port = (u16)(RA << 8 | imm8(c));
        RA = port_in(c, port);
        c->wz = (u16)(port + 1);
        NEXT;
    }
    op_dc: call(c, RF & FC); NEXT;
    op_dd:
    prefix_dd:
        op = fetch_op(c);
        switch (op) {
#define XY_REG ix
        XY_PAGE
        case 0xdd: goto prefix_dd;
        case 0xfd: goto prefix_fd;
        default:
            XY_REG_OPS
            goto *main_ops[op];
#undef XY_REG
        }
        NEXT;
    op_de: alu_sbc(c, imm8(c)); NEXT;
    op_df: rst(c, 0x18); NEXT;

    op_e0: ret(c, !(RF & FP)); NEXT;
    op_e1: c->hl = pop(c); NEXT;
    op_e2: jp(c, !(RF & FP)); NEXT;
    op_e3: c->hl = ex_sp(c, c->hl); NEXT;
    op_e4: call(c, !(RF & FP)); NEXT;
    op_e5: push_op(c, c->hl); NEXT;
    op_e6: alu_and(c, imm8(c)); NEXT;
    op_e7: rst(c, 0x20); NEXT;
    op_e8: ret(c, RF & FP); NEXT;
    op_e9: set_pc(c, c->hl); NEXT;
    op_ea: jp(c, RF & FP); NEXT;
    op_eb: {
        u16 t = c->de;
        c->de = c->hl;
        c->hl = t;
        NEXT;
    }
    op_ec: call(c, RF & FP); NEXT;
    op_ed: exec_ed(c); NEXT;
    op_ee: alu_xor(c, imm8(c)); NEXT;
    op_ef: rst(c, 0x28); NEXT;

    op_f0: ret(c, !(RF & FS)); NEXT;
    op_f1: {
        u16 v = pop(c);
        c->a = (u8)(v >> 8);
        c->f = (u8)v;
        NEXT;
    }
    op_f2: jp(c, !(RF & FS)); NEXT;
    op_f3: c->z->iff1 = c->z->iff2 = 0; NEXT;
    op_f4: call(c, !(RF & FS)); NEXT;
    op_f5: push_op(c, AF); NEXT;
    op_f6: alu_or(c, imm8(c)); NEXT;
    op_f7: rst(c, 0x30); NEXT;
    op_f8: ret(c, RF & FS); NEXT;
    op_f9: c->sp = c->hl; CYCLES(2); NEXT;
    op_fa: jp(c, RF & FS); NEXT;
    op_fb: ei(c); NEXT;
    op_fc: call(c, RF & FS); NEXT;
    op_fd:
    prefix_fd:
        op = fetch_op(c);
        switch (op) {
#define XY_REG iy
        XY_PAGE
        case 0xdd: goto prefix_dd;
        case 0xfd: goto prefix_fd;
        default:
            XY_REG_OPS
            goto *main_ops[op];
#undef XY_REG
        }
        NEXT;
    op_fe: alu_cp(c, imm8(c)); NEXT;
    op_ff: rst(c, 0x38); NEXT;
}

#undef NEXT

void z80_set_line(z80_t *c, int line, int state)
{
    if (line == CPU_LINE_NMI) {
        /* edge triggered: HOLD is a single pulse */
        if (state != LINE_CLEAR && !c->nmi_line)
            c->nmi_pending = 1;
        c->nmi_line = state == LINE_ASSERT;
    } else if (line == CPU_LINE_IRQ0) {
        c->irq_line = (u8)state;
    } else {
        return;
    }
    c->check = 1;
}

static void st_pair(state_io *io, z80_pair *p)
{
    st_u16(io, &p->w);
}

void z80_serialize(z80_t *c, state_io *io)
{
    z80_pair *pairs[] = { &c->af, &c->bc, &c->de, &c->hl, &c->ix, &c->iy, &c->sp, &c->pc, &c->wz,
                          &c->af2, &c->bc2, &c->de2, &c->hl2 };
    for (size_t k = 0; k < ARRAY_LEN(pairs); k++)
        st_pair(io, pairs[k]);
    u8 *bytes[] = { &c->i, &c->r, &c->r7, &c->iff1, &c->iff2, &c->im, &c->halted, &c->ei, &c->p,
                    &c->qq.b.l, &c->qq.b.h, &c->irq_line, &c->nmi_line, &c->nmi_pending };
    for (size_t k = 0; k < ARRAY_LEN(bytes); k++)
        st_u8(io, bytes[k]);
    if (io->loading)
        c->check = 1;
}

/* ---- cpu_core_ops glue ---- */

CPU_CORE_ADAPTERS(z80, z80_t, c->pc.w)

static void z80_op_set_opcode_space(void *c, address_space_t *opcodes)
{
    z80_set_opcode_space(c, opcodes);
}

const cpu_core_ops z80_core = {
    .name = "Zilog Z80",
    .id = "z80",
    .size = sizeof(z80_t),
    .clock_divider = 1,
    CPU_CORE_ENTRY_POINTS(z80),
    .set_opcode_space = z80_op_set_opcode_space,
};

/* Sega's Z80 with on-chip decryption (Pengo): the Z80, listed under its
   part number; the driver supplies the decrypted opcode space. */
const cpu_core_ops sega_315_5010_core = {
    .name = "Sega 315-5010",
    .id = "z80",
    .size = sizeof(z80_t),
    .clock_divider = 1,
    CPU_CORE_ENTRY_POINTS(z80),
    .set_opcode_space = z80_op_set_opcode_space,
};
