/* Motorola MC6809 core. Each E cycle is one bus access, so every access
   (including the dummy reads of PC+n and of $FFFF while VMA is low) goes
   through the address space and costs one cycle; a dummy read that lands
   on plain memory is only counted (it cannot be seen), one that lands on a
   handler is made. The only cycles without an access are SYNC's wake-up
   cycle and the idle time of SYNC/CWAI waits.
   Bus order and the behaviour of undefined opcodes and postbytes follow
   MAME 0.251's m6809 core, which the conformance vectors record. */
#include "cpu/m6809.h"

#include <stddef.h>
#include <string.h>

#include "util/table_gen.h"

_Static_assert(offsetof(m6809_t, nmi_pending) == offsetof(m6809_t, irq_state) + 2 &&
                   offsetof(m6809_t, wait) == offsetof(m6809_t, irq_state) + 3 && sizeof(bool) == 1,
               "the between-instruction test reads irq_state, nmi_pending and wait as one word");

enum {
    CC_C = M6809_CC_C, CC_V = M6809_CC_V, CC_Z = M6809_CC_Z, CC_N = M6809_CC_N,
    CC_I = M6809_CC_I, CC_H = M6809_CC_H, CC_F = M6809_CC_F, CC_E = M6809_CC_E
};

enum {
    VEC_SWI3 = 0xfff2, VEC_SWI2 = 0xfff4, VEC_FIRQ = 0xfff6, VEC_IRQ = 0xfff8,
    VEC_SWI = 0xfffa, VEC_NMI = 0xfffc, VEC_RESET = 0xfffe
};

enum { SPIN_DIRTY, SPIN_CLEAN, SPIN_RECORDED };

/* PSHS/PULS postbyte bits for "everything" and for FIRQ's PC+CC frame. */
enum { STACK_ALL = 0xff, STACK_PC_CC = 0x81 };

/* clang with the sanitizers (the fuzz build) spends many minutes on the one
   loop that forced inlining makes of this core: there, inlining is left to it */
#if defined(__clang__) && defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define M6809_PLAIN_INLINE 1
#endif
#endif
#ifdef M6809_PLAIN_INLINE
#define INLINE static inline
#else
#define INLINE static inline __attribute__((always_inline))
#endif

/* ---- the running state ------------------------------------------------ */

/* m6809_execute keeps the cycle count, PC, CC and the code page cache in a
   local struct (R) that the compiler holds in host registers: every helper
   is inlined into the one loop and no pointer to the struct leaves it. The
   other registers stay in the m6809_t (with them in R too, GCC spilled and
   shuffled them around the 256-way switch, and the loop ran slower).
   Before anything outside the core can look (a memory handler, an interrupt
   acknowledge, an output line, the return) save() writes R back to the
   m6809_t and load() reloads it after (a handler may stall the clock, abort
   the slice, set an input line or re-point pages). The rare paths
   (interrupts, SWI, SYNC, CWAI) and cache misses run out of line on the
   m6809_t or on a copy of R of their own. */
typedef struct m6809_run {
    m6809_t *z;
    int icount;
    u16 pc;
    u32 code_page;
    const u8 *code_base;
    u8 cc;
} R;

INLINE void save(const R *c)
{
    m6809_t *z = c->z;
    z->base.icount = c->icount;
    z->pc = c->pc;
    z->code_page = c->code_page;
    z->code_base = c->code_base;
    z->cc = c->cc;
}

INLINE void load(R *c)
{
    const m6809_t *z = c->z;
    c->icount = z->base.icount;
    c->pc = z->pc;
    c->code_page = z->code_page;
    c->code_base = z->code_base;
    c->cc = z->cc;
}

/* ---- bus access: one call, one cycle ---------------------------------- */

/* Three one-page caches (reads at PC, other reads, writes) hold the direct
   pointer of the 256-byte page last used, so an ordinary access is a
   compare and a load; vma_direct says $FFFF reads memory (its dead cycles
   need no read at all). A page pointer only changes when code runs: a
   memory handler (banking), an interrupt acknowledge or an output line
   hook, or anything between two execute calls. The caches are re-read
   from the page table after a handler and dropped at the other points, so
   a hit always sees the page table as it is. */

static void drop_pages(m6809_t *z)
{
    z->code_page = z->rd_page = z->wr_page = BUS_NO_PAGE;
    z->vma_direct = false;
    z->spin_state = SPIN_DIRTY;
}

INLINE void drop_pages_r(R *c)
{
    c->code_page = c->z->rd_page = c->z->wr_page = BUS_NO_PAGE;
    c->z->vma_direct = false;
    c->z->spin_state = SPIN_DIRTY;
}

static void refresh_pages(m6809_t *m)
{
    const address_space_t *as = m->program;
    if (as->page_shift == 8 && as->addr_mask == 0xffff) { /* a page per cache entry */
        const bus_page *p = as->pages;
        if (m->code_page != BUS_NO_PAGE && !(m->code_base = p[m->code_page].rbase))
            m->code_page = BUS_NO_PAGE;
        if (m->rd_page != BUS_NO_PAGE && !(m->rd_base = p[m->rd_page].rbase))
            m->rd_page = BUS_NO_PAGE;
        if (m->wr_page != BUS_NO_PAGE && !(m->wr_base = p[m->wr_page].wbase))
            m->wr_page = BUS_NO_PAGE;
        if (m->vma_direct)
            m->vma_direct = p[0xff].rbase != NULL;
        return;
    }
    as_refresh_read(as, &m->code_page, &m->code_base);
    as_refresh_read(as, &m->rd_page, &m->rd_base);
    as_refresh_write(as, &m->wr_page, &m->wr_base);
    if (m->vma_direct)
        m->vma_direct = as->pages[(0xffff & as->addr_mask) >> as->page_shift].rbase != NULL;
}

/* A cache miss, out of line (the state saved around it): the block is
   cached when it is memory; a handler is called, after which the cached
   blocks are read again (a handler may re-point pages). */
enum { PG_CODE, PG_RD };

static __attribute__((noinline)) u8 read_miss_z(m6809_t *z, u16 a, int kind)
{
    address_space_t *as = z->program;
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    if (bp->rbase) {
        if (as->page_shift >= 8) {
            const u8 *block = bp->rbase + (m & as->page_mask & ~(offs_t)0xff);
            if (kind == PG_CODE) {
                z->code_base = block;
                z->code_page = (u32)(a >> 8);
            } else {
                z->rd_base = block;
                z->rd_page = (u32)(a >> 8);
            }
        }
        return bp->rbase[m & as->page_mask];
    }
    const bus_handler *h = &as->handlers[bp->rh];
    bool keeps = h->keeps_pages;
    u8 v = h->r(h->ctx, (m & h->amask) - h->base);
    if (!keeps)
        refresh_pages(z);
    z->spin_state = SPIN_DIRTY;
    return v;
}

static __attribute__((noinline)) void write_miss_z(m6809_t *z, u16 a, u8 v)
{
    address_space_t *as = z->program;
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    if (bp->wbase) {
        if (as->page_shift >= 8) {
            z->wr_base = bp->wbase + (m & as->page_mask & ~(offs_t)0xff);
            z->wr_page = (u32)(a >> 8);
        }
        bp->wbase[m & as->page_mask] = v;
        return;
    }
    const bus_handler *h = &as->handlers[bp->wh];
    bool keeps = h->keeps_pages;
    h->w(h->ctx, (m & h->amask) - h->base, v);
    if (!keeps)
        refresh_pages(z);
}

INLINE u8 read_miss(R *c, u16 a, int kind)
{
    save(c);
    u8 v = read_miss_z(c->z, a, kind);
    load(c);
    return v;
}

INLINE void write_miss(R *c, u16 a, u8 v)
{
    save(c);
    write_miss_z(c->z, a, v);
    load(c);
}

INLINE u8 rd(R *c, u16 a)
{
    c->icount--;
    u32 a32 = a;
    return (a32 >> 8) == c->z->rd_page ? c->z->rd_base[a32 & 0xff] : read_miss(c, a, PG_RD);
}

INLINE void wr(R *c, u16 a, u8 v)
{
    c->icount--;
    c->z->spin_state = SPIN_DIRTY;
    u32 a32 = a;
    if ((a32 >> 8) == c->z->wr_page)
        c->z->wr_base[a32 & 0xff] = v;
    else if (!as_marked_write(c->z->program, a32, v))
        write_miss(c, a, v);
}

/* Two reads in one cached page have no handler between them. */
INLINE u16 rd16(R *c, u16 a)
{
    u32 a32 = a;
    if ((a32 >> 8) == c->z->rd_page && (a32 & 0xff) != 0xff) {
        c->icount -= 2;
        return (u16)(c->z->rd_base[a32 & 0xff] << 8 | c->z->rd_base[(a32 & 0xff) + 1]);
    }
    u16 hi = rd(c, a);
    return (u16)(hi << 8 | rd(c, (u16)(a + 1)));
}

INLINE void wr16(R *c, u16 a, u16 v)
{
    wr(c, a, (u8)(v >> 8));
    wr(c, (u16)(a + 1), (u8)v);
}

INLINE u8 fetch(R *c)
{
    c->icount--;
    u32 pc = c->pc;
    c->pc = (u16)(pc + 1);
    return (pc >> 8) == c->code_page ? c->code_base[pc & 0xff] : read_miss(c, (u16)pc, PG_CODE);
}

INLINE u16 fetch16(R *c)
{
    u32 pc = c->pc;
    if ((pc >> 8) == c->code_page && (pc & 0xff) != 0xff) {
        c->icount -= 2;
        c->pc = (u16)(pc + 2);
        return (u16)(c->code_base[pc & 0xff] << 8 | c->code_base[(pc & 0xff) + 1]);
    }
    u16 hi = fetch(c);
    return (u16)(hi << 8 | fetch(c));
}

/* Dead cycle that puts the next program byte on the bus. */
INLINE void dummy_pc(R *c)
{
    c->icount--;
    if ((u32)(c->pc >> 8) != c->code_page)
        read_miss(c, c->pc, PG_CODE);
}

static __attribute__((noinline)) void vma_slow(m6809_t *z)
{
    const address_space_t *as = z->program;
    if (as->pages[(0xffff & as->addr_mask) >> as->page_shift].rbase && as->page_shift >= 8)
        z->vma_direct = true;
    else
        read_miss_z(z, 0xffff, PG_RD);
}

/* Dead cycle with VMA low: the chip drives $FFFF. */
INLINE void vma(R *c)
{
    c->icount--;
    if (!c->z->vma_direct) {
        save(c);
        vma_slow(c->z);
        load(c);
    }
}

INLINE void vma_n(R *c, int n)
{
    if (c->z->vma_direct) {
        c->icount -= n;
        return;
    }
    while (n--)
        vma(c);
}

INLINE u16 get_d(const R *c)
{
    return (u16)(c->z->a << 8 | c->z->b);
}

INLINE void set_d(R *c, u16 v)
{
    c->z->a = (u8)(v >> 8);
    c->z->b = (u8)v;
}

/* ---- flags ------------------------------------------------------------ */

/* N and Z of each byte, one load where shifts and a compare took five or
   six instructions */
#define NZ_OF(r) (((r) & 0x80 ? CC_N : 0) | ((r) ? 0 : CC_Z))
/* N, Z and V of the result of DEC (V: 80 -> 7F) and of INC (7F -> 80) */
#define DEC_OF(r) (NZ_OF(r) | ((r) == 0x7f ? CC_V : 0))
#define INC_OF(r) (NZ_OF(r) | ((r) == 0x80 ? CC_V : 0))
static const u8 nz_flags[256] = { TBL256(NZ_OF) };
static const u8 dec_flags[256] = { TBL256(DEC_OF) };
static const u8 inc_flags[256] = { TBL256(INC_OF) };

INLINE void set_nz8(R *c, u8 r)
{
    c->cc = (u8)((c->cc & ~(CC_N | CC_Z)) | nz_flags[r]);
}

INLINE void set_nz16(R *c, u16 r)
{
    c->cc = (u8)((c->cc & ~(CC_N | CC_Z)) | ((r >> 12) & CC_N) | (r ? 0 : CC_Z));
}

/* Loads, stores and logic ops: N, Z from the value, V cleared. */
INLINE u8 nzv8(R *c, u8 r)
{
    c->cc = (u8)((c->cc & ~(CC_N | CC_Z | CC_V)) | nz_flags[r]);
    return r;
}

INLINE u16 nzv16(R *c, u16 r)
{
    c->cc &= (u8)~CC_V;
    set_nz16(c, r);
    return r;
}

/* r holds the result with its carry/borrow in bit 8; a ^ b ^ r gives the
   carries into each bit, so V = carry into bit 7 ^ carry out of it. */
INLINE u8 flags_nzvc8(R *c, u32 a, u32 b, u32 r)
{
    u8 cc = (u8)(c->cc & ~(CC_N | CC_Z | CC_V | CC_C));
    cc |= nz_flags[r & 0xff];
    cc |= (u8)(((a ^ b ^ r ^ (r >> 1)) >> 6) & CC_V);
    cc |= (u8)((r >> 8) & CC_C);
    c->cc = cc;
    return (u8)r;
}

INLINE u16 flags_nzvc16(R *c, u32 a, u32 b, u32 r)
{
    u8 cc = (u8)(c->cc & ~(CC_N | CC_Z | CC_V | CC_C));
    cc |= (u8)((r >> 12) & CC_N);
    cc |= (u8)((r & 0xffff) ? 0 : CC_Z);
    cc |= (u8)(((a ^ b ^ r ^ (r >> 1)) >> 14) & CC_V);
    cc |= (u8)((r >> 16) & CC_C);
    c->cc = cc;
    return (u16)r;
}

INLINE u8 add8(R *c, u8 a, u8 b, u32 cin)
{
    u32 r = (u32)a + b + cin;
    u8 half = (u8)(((a ^ b ^ r) & 0x10) << 1);
    c->cc = (u8)((c->cc & ~CC_H) | half);
    return flags_nzvc8(c, a, b, r);
}

INLINE u8 sub8(R *c, u8 a, u8 b, u32 cin)
{
    return flags_nzvc8(c, a, b, (u32)a - b - cin);
}

INLINE u16 add16(R *c, u16 a, u16 b)
{
    return flags_nzvc16(c, a, b, (u32)a + b);
}

INLINE u16 sub16(R *c, u16 a, u16 b)
{
    return flags_nzvc16(c, a, b, (u32)a - b);
}

INLINE u32 carry(const R *c)
{
    return c->cc & CC_C;
}

/* ---- read-modify-write operations (NEG .. CLR) ------------------------ */

INLINE u8 op_neg(R *c, u8 v)
{
    return flags_nzvc8(c, 0, v, 0u - v);
}

INLINE u8 op_com(R *c, u8 v)
{
    c->cc = (u8)((c->cc & ~CC_V) | CC_C);
    set_nz8(c, (u8)~v);
    return (u8)~v;
}

INLINE u8 op_lsr(R *c, u8 v)
{
    c->cc = (u8)((c->cc & ~CC_C) | (v & CC_C));
    set_nz8(c, (u8)(v >> 1));
    return (u8)(v >> 1);
}

INLINE u8 op_ror(R *c, u8 v)
{
    u8 r = (u8)(v >> 1 | (c->cc & CC_C) << 7);
    c->cc = (u8)((c->cc & ~CC_C) | (v & CC_C));
    set_nz8(c, r);
    return r;
}

INLINE u8 op_asr(R *c, u8 v)
{
    u8 r = (u8)((v >> 1) | (v & 0x80));
    c->cc = (u8)((c->cc & ~CC_C) | (v & CC_C));
    set_nz8(c, r);
    return r;
}

INLINE u8 op_asl(R *c, u8 v)
{
    return flags_nzvc8(c, v, v, (u32)v << 1);
}

INLINE u8 op_rol(R *c, u8 v)
{
    return flags_nzvc8(c, v, v, (u32)v << 1 | (c->cc & CC_C));
}

INLINE u8 op_dec(R *c, u8 v)
{
    u8 r = (u8)(v - 1);
    c->cc = (u8)((c->cc & ~(CC_N | CC_Z | CC_V)) | dec_flags[r]);
    return r;
}

INLINE u8 op_inc(R *c, u8 v)
{
    u8 r = (u8)(v + 1);
    c->cc = (u8)((c->cc & ~(CC_N | CC_Z | CC_V)) | inc_flags[r]);
    return r;
}

INLINE void op_tst(R *c, u8 v)
{
    nzv8(c, v);
}

INLINE u8 op_clr(R *c)
{
    c->cc = (u8)((c->cc & ~(CC_N | CC_V | CC_C)) | CC_Z);
    return 0;
}

/* ---- effective addresses ---------------------------------------------- */

INLINE u16 ea_dir(R *c)
{
    c->z->ea = (u16)(c->z->dp << 8 | fetch(c));
    vma(c);
    return c->z->ea;
}

INLINE u16 ea_ext(R *c)
{
    c->z->ea = fetch16(c);
    vma(c);
    return c->z->ea;
}

/* Postbyte bits 6-5 pick X, Y, U or S. */
INLINE u16 ireg_get(const R *c, u8 pb)
{
    return c->z->xyus[(pb >> 5) & 3];
}

INLINE void ireg_set(R *c, u8 pb, u16 v)
{
    c->z->xyus[(pb >> 5) & 3] = v;
}

/* The indexed postbyte: the effective address, also left in the EA latch.
   It is decoded in one place (the execute loop calls it before dispatching
   an indexed opcode), so one switch serves every instruction. */
INLINE u16 ea_idx(R *c)
{
    u8 pb = fetch(c);
    u16 r = ireg_get(c, pb);
    u16 t;
    if (!(pb & 0x80)) {
        t = (u16)(r + ((pb & 0x1f) ^ 0x10) - 0x10); /* 5-bit signed offset */
        dummy_pc(c);
        vma(c);
        c->z->ea = t;
        return t;
    }
    switch (pb & 0x0f) {
    case 0x0: t = r; ireg_set(c, pb, (u16)(r + 1)); dummy_pc(c); vma_n(c, 2); break;  /* ,R+ */
    case 0x1: t = r; ireg_set(c, pb, (u16)(r + 2)); dummy_pc(c); vma_n(c, 3); break;  /* ,R++ */
    case 0x2: t = (u16)(r - 1); ireg_set(c, pb, t); dummy_pc(c); vma_n(c, 2); break;  /* ,-R */
    case 0x3: t = (u16)(r - 2); ireg_set(c, pb, t); dummy_pc(c); vma_n(c, 3); break;  /* ,--R */
    case 0x4: dummy_pc(c); t = r; break;                                              /* ,R */
    case 0x5: dummy_pc(c); vma(c); t = (u16)(r + (s8)c->z->b); break;                    /* B,R */
    case 0x6: dummy_pc(c); vma(c); t = (u16)(r + (s8)c->z->a); break;                    /* A,R */
    case 0x8: t = (u16)(r + (s8)fetch(c)); dummy_pc(c); break;                        /* n8,R */
    case 0x9: t = fetch16(c); vma_n(c, 3); t = (u16)(r + t); break;                   /* n16,R */
    case 0xb:                                                                         /* D,R */
        rd(c, c->pc);
        rd(c, (u16)(c->pc + 1));
        vma_n(c, 3);
        t = (u16)(r + get_d(c));
        break;
    case 0xc: t = (u16)(s8)fetch(c); vma(c); t = (u16)(c->pc + t); break;            /* n8,PCR */
    case 0xd: t = fetch16(c); vma_n(c, 4); t = (u16)(c->pc + t); break;              /* n16,PCR */
    case 0xf: t = fetch16(c); vma(c); break;                                          /* [n16] */
    default: t = 0; break; /* undefined postbytes 7, A, E: no extra cycles, EA 0 */
    }
    if (pb & 0x10) {
        c->z->ea = t;
        t = rd16(c, t);
        vma(c);
    }
    c->z->ea = t;
    return t;
}

/* ---- stack ------------------------------------------------------------ */

/* Pushes the registers in mask on S (on_s) or U; bit 6 is the other stack
   pointer (U when pushing on S, S when pushing on U). */
INLINE void push_regs(R *c, bool on_s, u8 mask)
{
    u16 sp = on_s ? c->z->s : c->z->u;
    u16 other = on_s ? c->z->u : c->z->s;
    if (mask & 0x80) {
        wr(c, --sp, (u8)c->pc);
        wr(c, --sp, (u8)(c->pc >> 8));
    }
    if (mask & 0x40) {
        wr(c, --sp, (u8)other);
        wr(c, --sp, (u8)(other >> 8));
    }
    if (mask & 0x20) {
        wr(c, --sp, (u8)c->z->y);
        wr(c, --sp, (u8)(c->z->y >> 8));
    }
    if (mask & 0x10) {
        wr(c, --sp, (u8)c->z->x);
        wr(c, --sp, (u8)(c->z->x >> 8));
    }
    if (mask & 0x08)
        wr(c, --sp, c->z->dp);
    if (mask & 0x04)
        wr(c, --sp, c->z->b);
    if (mask & 0x02)
        wr(c, --sp, c->z->a);
    if (mask & 0x01)
        wr(c, --sp, c->cc);
    if (on_s)
        c->z->s = sp;
    else
        c->z->u = sp;
}

/* Pulls the registers in mask from S (on_s) or U; bit 6 goes to the other
   stack pointer (U for PULS, S for PULU). Ends with a dead read at the
   stack pointer. */
INLINE void pull_regs(R *c, bool on_s, u8 mask)
{
    u16 sp = on_s ? c->z->s : c->z->u;
    if (mask & 0x01)
        c->cc = rd(c, sp++);
    if (mask & 0x02)
        c->z->a = rd(c, sp++);
    if (mask & 0x04)
        c->z->b = rd(c, sp++);
    if (mask & 0x08)
        c->z->dp = rd(c, sp++);
    if (mask & 0x10) {
        c->z->x = rd16(c, sp);
        sp += 2;
    }
    if (mask & 0x20) {
        c->z->y = rd16(c, sp);
        sp += 2;
    }
    if (mask & 0x40) {
        u16 v = rd16(c, sp);
        sp += 2;
        if (on_s)
            c->z->u = v;
        else
            c->z->s = v;
    }
    if (mask & 0x80) {
        c->pc = rd16(c, sp);
        sp += 2;
    }
    if (on_s)
        c->z->s = sp;
    else
        c->z->u = sp;
    rd(c, sp);
}

INLINE void push_s(R *c, u8 mask)
{
    push_regs(c, true, mask);
}

INLINE void call(R *c, u16 target)
{
    push_s(c, 0x80);
    c->pc = target;
}

/* ---- interrupts ------------------------------------------------------- */

INLINE void vector_fetch(R *c, u16 vec)
{
    c->z->ea = vec;
    vma(c);
    c->pc = rd16(c, vec);
    vma(c);
}

INLINE void acknowledge(R *c, int line)
{
    m6809_t *z = c->z;
    if (line != CPU_LINE_NMI && z->irq_state[line] == LINE_HOLD)
        z->irq_state[line] = LINE_CLEAR;
    if (z->base.irq_ack) {
        save(c);
        z->base.irq_ack(z->base.irq_ctx, line);
        load(c);
        drop_pages_r(c);
    }
    c->z->spin_state = SPIN_DIRTY;
}

/* The highest-priority interrupt that is pending and unmasked, or -1. */
INLINE int pending_line(const R *c)
{
    const m6809_t *z = c->z;
    if (z->nmi_pending)
        return CPU_LINE_NMI;
    if (z->irq_state[1] && !(c->cc & CC_F))
        return CPU_LINE_IRQ1;
    if (z->irq_state[0] && !(c->cc & CC_I))
        return CPU_LINE_IRQ0;
    return -1;
}

INLINE u16 note_vector(R *c, int line)
{
    cpu_note_interrupt(&c->z->base, line == CPU_LINE_NMI ? CPU_INT_NMI : line == CPU_LINE_IRQ1 ? CPU_INT_FIRQ : CPU_INT_IRQ,
                       -1, line == CPU_LINE_NMI ? VEC_NMI : line == CPU_LINE_IRQ1 ? VEC_FIRQ : VEC_IRQ);
    return line == CPU_LINE_NMI ? VEC_NMI : line == CPU_LINE_IRQ1 ? VEC_FIRQ : VEC_IRQ;
}

/* 19 cycles for IRQ and NMI (entire state), 10 for FIRQ (PC and CC). */
INLINE void take_interrupt(R *c, int line)
{
    if (line == CPU_LINE_NMI)
        c->z->nmi_pending = false;
    dummy_pc(c);
    dummy_pc(c);
    vma(c);
    if (line == CPU_LINE_IRQ1) {
        c->cc &= (u8)~CC_E;
        push_s(c, STACK_PC_CC);
    } else {
        c->cc |= CC_E;
        push_s(c, STACK_ALL);
    }
    c->cc |= (u8)(line == CPU_LINE_IRQ0 ? CC_I : CC_I | CC_F);
    acknowledge(c, line);
    vector_fetch(c, note_vector(c, line));
}

/* CWAI has already stacked everything; an unmasked interrupt just vectors. */
INLINE bool wake_from_cwai(R *c)
{
    int line = pending_line(c);
    if (line < 0)
        return false;
    if (line == CPU_LINE_NMI)
        c->z->nmi_pending = false;
    c->cc |= (u8)(line == CPU_LINE_IRQ0 ? CC_I : CC_I | CC_F);
    acknowledge(c, line);
    c->z->wait = M6809_RUN;
    vector_fetch(c, note_vector(c, line));
    return true;
}

/* SYNC ends on any interrupt input, masked or not; one more dead cycle. */
INLINE bool wake_from_sync(R *c)
{
    m6809_t *z = c->z;
    if (!z->nmi_pending && !z->irq_state[0] && !z->irq_state[1])
        return false;
    c->icount--;
    z->wait = M6809_RUN;
    save(c);
    cpu_output(&z->base, CPU_OUT_BA, 0); /* BA is high only while SYNC waits */
    load(c);
    drop_pages_r(c);
    return true;
}

INLINE void software_interrupt(R *c, u16 vec, u8 mask_bits)
{
    c->cc |= CC_E;
    dummy_pc(c);
    vma(c);
    push_s(c, STACK_ALL);
    c->cc |= mask_bits;
    vector_fetch(c, vec);
}

/* The rare paths run out of line, each on a copy of the state of its own;
   the execute loop saves its copy before and loads it after. */
static __attribute__((noinline)) void run_interrupt(m6809_t *z, int line)
{
    R r = { .z = z };
    load(&r);
    take_interrupt(&r, line);
    save(&r);
}

/* Between instructions while waiting: false when still waiting. */
static __attribute__((noinline)) bool run_wake(m6809_t *z)
{
    R r = { .z = z };
    load(&r);
    bool woke = z->wait == M6809_SYNC ? wake_from_sync(&r) : wake_from_cwai(&r);
    save(&r);
    return woke;
}

/* SWI, SWI2, SWI3 (by the vector), CWAI, SYNC. */
static __attribute__((noinline)) void run_rare(m6809_t *z, u16 what)
{
    R r = { .z = z };
    R *c = &r;
    load(c);
    switch (what) {
    case VEC_SWI: software_interrupt(c, VEC_SWI, CC_I | CC_F); break;
    case VEC_SWI2: software_interrupt(c, VEC_SWI2, 0); break;
    case VEC_SWI3: software_interrupt(c, VEC_SWI3, 0); break;
    case 0x3c: /* CWAI */
        c->cc &= fetch(c);
        dummy_pc(c);
        vma(c);
        c->cc |= CC_E;
        push_s(c, STACK_ALL);
        z->wait = M6809_CWAI;
        break;
    case 0x13: /* SYNC */
        dummy_pc(c);
        z->wait = M6809_SYNC;
        save(c);
        cpu_output(&z->base, CPU_OUT_BA, 1);
        load(c);
        drop_pages_r(c);
        break;
    default: break;
    }
    save(c);
}

INLINE void rare(R *c, u16 what)
{
    save(c);
    run_rare(c->z, what);
    load(c);
}

/* ---- EXG / TFR -------------------------------------------------------- */

/* Register as a 16-bit value: 8-bit registers read as $FF:r, except that
   TFR duplicates CC and DP into both halves; undefined codes read $FFFF. */
INLINE u16 exg_read(const R *c, int code, bool tfr)
{
    switch (code) {
    case 0: return get_d(c);
    case 1: return c->z->x;
    case 2: return c->z->y;
    case 3: return c->z->u;
    case 4: return c->z->s;
    case 5: return c->pc;
    case 8: return (u16)(0xff00 | c->z->a);
    case 9: return (u16)(0xff00 | c->z->b);
    case 10: return (u16)((tfr ? c->cc << 8 : 0xff00) | c->cc);
    case 11: return (u16)((tfr ? c->z->dp << 8 : 0xff00) | c->z->dp);
    default: return 0xffff;
    }
}

INLINE void exg_write(R *c, int code, u16 v)
{
    switch (code) {
    case 0: set_d(c, v); break;
    case 1: c->z->x = v; break;
    case 2: c->z->y = v; break;
    case 3: c->z->u = v; break;
    case 4: c->z->s = v; break;
    case 5: c->pc = v; break;
    case 8: c->z->a = (u8)v; break;
    case 9: c->z->b = (u8)v; break;
    case 10: c->cc = (u8)v; break;
    case 11: c->z->dp = (u8)v; break;
    default: break;
    }
}

/* A 16-bit first operand (postbyte bit 7 clear) reads both sides the EXG
   way; an 8-bit first operand reads them the TFR way. */
INLINE void op_exg(R *c)
{
    u8 pb = fetch(c);
    bool tfr_style = pb & 0x80;
    u16 r1 = exg_read(c, pb >> 4, tfr_style);
    u16 r2 = exg_read(c, pb & 15, tfr_style);
    exg_write(c, pb & 15, r1);
    exg_write(c, pb >> 4, r2);
    vma_n(c, 6);
}

INLINE void op_tfr(R *c)
{
    u8 pb = fetch(c);
    exg_write(c, pb & 15, exg_read(c, pb >> 4, true));
    if ((pb & 15) == 4)
        c->z->nmi_armed = true;
    vma_n(c, 4);
}

/* ---- misc ------------------------------------------------------------- */

INLINE void op_daa(R *c)
{
    u8 lsn = c->z->a & 0x0f, msn = c->z->a & 0xf0;
    unsigned adj = 0;
    if (lsn > 9 || (c->cc & CC_H))
        adj |= 0x06;
    if ((msn > 0x80 && lsn > 9) || msn > 0x90 || (c->cc & CC_C))
        adj |= 0x60;
    unsigned t = c->z->a + adj;
    c->cc &= (u8)~CC_V;
    if (t & 0x100)
        c->cc |= CC_C; /* never cleared: a carry from the add stays */
    c->z->a = (u8)t;
    set_nz8(c, c->z->a);
}

INLINE void op_mul(R *c)
{
    u16 r = (u16)(c->z->a * c->z->b);
    set_d(c, r);
    c->cc = (u8)((c->cc & ~(CC_Z | CC_C)) | (r ? 0 : CC_Z) | ((r >> 7) & CC_C));
}

/* Bit (CC & 15) of entry (op & 15): whether the branch is taken with those
   N, Z, V, C flags. Order: BRA BRN BHI BLS BCC BCS BNE BEQ BVC BVS BPL BMI
   BGE BLT BGT BLE (BHI: C and Z clear; BGE: N == V; BGT: N == V, Z clear). */
static const u16 branch_table[16] = {
    0xffff, 0x0000, 0x0505, 0xfafa, 0x5555, 0xaaaa, 0x0f0f, 0xf0f0,
    0x3333, 0xcccc, 0x00ff, 0xff00, 0xcc33, 0x33cc, 0x0c03, 0xf3fc
};

INLINE bool branch_taken(u8 cc, u8 op)
{
    return (branch_table[op & 15] >> (cc & 15)) & 1;
}

/* The same for a constant op: a test of CC against a mask (N == V when
   N ^ V, V shifted up to N, is clear). */
INLINE bool branch_taken_k(u8 cc, u8 op)
{
    unsigned nv = (unsigned)(cc ^ cc << 2) & CC_N;
    switch (op & 15) {
    case 0x0: return true;
    case 0x1: return false;
    case 0x2: return !(cc & (CC_C | CC_Z));
    case 0x3: return cc & (CC_C | CC_Z);
    case 0x4: return !(cc & CC_C);
    case 0x5: return cc & CC_C;
    case 0x6: return !(cc & CC_Z);
    case 0x7: return cc & CC_Z;
    case 0x8: return !(cc & CC_V);
    case 0x9: return cc & CC_V;
    case 0xa: return !(cc & CC_N);
    case 0xb: return cc & CC_N;
    case 0xc: return !nv;
    case 0xd: return nv;
    case 0xe: return !(nv | (cc & CC_Z));
    default: return nv | (cc & CC_Z);
    }
}

/* Idle loops. A backward branch records the registers; when a later one
   finds them all equal with no write, handler call or interrupt in between,
   the instructions since then will repeat exactly (same registers, same
   memory, same cycle counts), so whole repeats that end before the budget
   runs out are counted without being run. Where the slice then ends, and
   every register, is as if they had run. spin_state: SPIN_DIRTY after a
   write, handler call or interrupt; SPIN_CLEAN at a backward branch after
   which nothing of that kind happened yet; SPIN_RECORDED when the registers
   of such a branch are recorded. */
INLINE void backward_branch(R *c)
{
    m6809_t *z = c->z;
    int run = z->base.budget - c->icount;
    if (z->spin_state == SPIN_DIRTY) {
        /* a write, handler call or interrupt since the last backward
           branch; a record made now would be compared at the next one,
           so it is made there (a loop that writes every pass, the usual
           case, never pays for it) */
        z->spin_state = SPIN_CLEAN;
        return;
    }
    if (z->spin_state == SPIN_RECORDED && c->pc == z->spin_r16[0] && c->z->x == z->spin_r16[1] && c->z->y == z->spin_r16[2] &&
        c->z->u == z->spin_r16[3] && c->z->s == z->spin_r16[4] && c->z->ea == z->spin_r16[5] && c->z->a == z->spin_r8[0] &&
        c->z->b == z->spin_r8[1] && c->z->dp == z->spin_r8[2] && c->cc == z->spin_r8[3]) {
        int period = run - z->spin_run;
        if (period > 0 && c->icount > period) {
            c->icount -= (c->icount - 1) / period * period;
            run = z->base.budget - c->icount;
        }
    } else {
        z->spin_r16[0] = c->pc;
        z->spin_r16[1] = c->z->x;
        z->spin_r16[2] = c->z->y;
        z->spin_r16[3] = c->z->u;
        z->spin_r16[4] = c->z->s;
        z->spin_r16[5] = c->z->ea;
        z->spin_r8[0] = c->z->a;
        z->spin_r8[1] = c->z->b;
        z->spin_r8[2] = c->z->dp;
        z->spin_r8[3] = c->cc;
        z->spin_state = SPIN_RECORDED;
    }
    z->spin_run = run;
}

INLINE void op_branch(R *c, u8 op)
{
    u8 off = fetch(c);
    vma(c);
    if (branch_taken_k(c->cc, op)) {
        c->pc = (u16)(c->pc + (s8)off);
        if (off & 0x80)
            backward_branch(c);
    }
}

INLINE void op_lbranch(R *c, u8 op)
{
    u16 off = fetch16(c);
    vma(c);
    if (branch_taken(c->cc, op)) {
        c->pc = (u16)(c->pc + off);
        vma(c);
    }
}

/* ---- opcode groups ---------------------------------------------------- */

/* Indexed opcodes find their effective address (ea_idx) before the
   dispatch; their bodies take it from the EA latch. */
#define EA_IDX(c) ((c)->z->ea)

/* Read-modify-write on memory: read, a dead cycle, write back. */
#define RMW_MEM(eafn, fn)                 \
    do {                                  \
        u16 e_ = eafn(c);                 \
        u8 v_ = fn(c, rd(c, e_));         \
        dummy_pc(c);                      \
        wr(c, e_, v_);                    \
    } while (0)

/* One RMW operation in its five forms: direct, A, B, indexed, extended. */
#define RMW(op, fn)                                             \
    case op: RMW_MEM(ea_dir, fn); break;                        \
    case op + 0x40: c->z->a = fn(c, c->z->a); dummy_pc(c); break;     \
    case op + 0x50: c->z->b = fn(c, c->z->b); dummy_pc(c); break;     \
    case op + 0x60: RMW_MEM(EA_IDX, fn); break;                 \
    case op + 0x70: RMW_MEM(ea_ext, fn); break;

/* An 8-bit operand m in the four modes: immediate, direct, indexed, extended. */
#define ALU8(op, stmt)                                          \
    case op: { u8 m = fetch(c); stmt; } break;                  \
    case op + 0x10: { u8 m = rd(c, ea_dir(c)); stmt; } break;   \
    case op + 0x20: { u8 m = rd(c, EA_IDX(c)); stmt; } break;   \
    case op + 0x30: { u8 m = rd(c, ea_ext(c)); stmt; } break;

/* A 16-bit operand m in the four modes. */
#define ALU16(op, stmt)                                         \
    case op: { u16 m = fetch16(c); stmt; } break;               \
    case op + 0x10: { u16 m = rd16(c, ea_dir(c)); stmt; } break; \
    case op + 0x20: { u16 m = rd16(c, EA_IDX(c)); stmt; } break; \
    case op + 0x30: { u16 m = rd16(c, ea_ext(c)); stmt; } break;

/* 16-bit arithmetic ends with a dead cycle on the next program byte. */
#define ARITH16(op, stmt) ALU16(op, stmt; dummy_pc(c))

/* Stores: the "immediate" forms ($87, $8F, ...) are undefined; the 8-bit one
   writes to the stale EA latch, the 16-bit one only sets flags. */
#define ST8(op, reg)                                                   \
    case op: wr(c, c->z->ea, nzv8(c, reg)); break;                        \
    case op + 0x10: { u16 e = ea_dir(c); wr(c, e, nzv8(c, reg)); } break; \
    case op + 0x20: { u16 e = EA_IDX(c); wr(c, e, nzv8(c, reg)); } break; \
    case op + 0x30: { u16 e = ea_ext(c); wr(c, e, nzv8(c, reg)); } break;

#define ST16(op, val)                                                   \
    case op: nzv16(c, val); break;                                      \
    case op + 0x10: { u16 e = ea_dir(c); wr16(c, e, nzv16(c, val)); } break; \
    case op + 0x20: { u16 e = EA_IDX(c); wr16(c, e, nzv16(c, val)); } break; \
    case op + 0x30: { u16 e = ea_ext(c); wr16(c, e, nzv16(c, val)); } break;

/* LEA's address is already in the EA latch. */
#define LEA_END(c) vma(c)

INLINE void jsr(R *c, u16 target)
{
    dummy_pc(c);
    vma(c);
    call(c, target);
}

/* Which opcodes have an indexed operand, for ea_idx before the dispatch:
   LEAx, $60-$6F, $A0-$AF, $E0-$EF; on page 2 CMPD, CMPY, LDY, STY, LDS,
   STS; on page 3 CMPU, CMPS. */
#define IDX_OP(op) ((((op) & 0xfc) == 0x30 || ((op) & 0xf0) == 0x60 || ((op) & 0xb0) == 0xa0) ? 1 : 0)
#define IDX4(n) IDX_OP(n), IDX_OP((n) + 1), IDX_OP((n) + 2), IDX_OP((n) + 3)
#define IDX16(n) IDX4(n), IDX4((n) + 4), IDX4((n) + 8), IDX4((n) + 12)
#define IDX64(n) IDX16(n), IDX16((n) + 16), IDX16((n) + 32), IDX16((n) + 48)
static const u8 indexed_ops[256] = { IDX64(0), IDX64(64), IDX64(128), IDX64(192) };

INLINE bool indexed_op(u8 op)
{
    return indexed_ops[op];
}

INLINE bool indexed_op2(u8 op)
{
    return op == 0xa3 || op == 0xac || op == 0xae || op == 0xaf || op == 0xee || op == 0xef;
}

INLINE bool indexed_op3(u8 op)
{
    return op == 0xa3 || op == 0xac;
}

INLINE void exec_page2(R *c, u8 op)
{
    switch (op) {
    case 0x20: case 0x21: case 0x22: case 0x23: case 0x24: case 0x25: case 0x26: case 0x27:
    case 0x28: case 0x29: case 0x2a: case 0x2b: case 0x2c: case 0x2d: case 0x2e: case 0x2f:
        op_lbranch(c, op);
        break;
    case 0x3f: rare(c, VEC_SWI2); break;
    ARITH16(0x83, sub16(c, get_d(c), m))            /* CMPD */
    ARITH16(0x8c, sub16(c, c->z->y, m))                /* CMPY */
    ALU16(0x8e, c->z->y = nzv16(c, m))                 /* LDY */
    ST16(0x8f, c->z->y)                                /* STY */
    ALU16(0xce, c->z->s = nzv16(c, m); c->z->nmi_armed = true) /* LDS */
    ST16(0xcf, c->z->s)                                /* STS */
    default: break; /* undefined: a two-byte no-op */
    }
}

INLINE void exec_page3(R *c, u8 op)
{
    switch (op) {
    case 0x3f: rare(c, VEC_SWI3); break;
    ARITH16(0x83, sub16(c, c->z->u, m))                /* CMPU */
    ARITH16(0x8c, sub16(c, c->z->s, m))                /* CMPS */
    default: break;
    }
}

INLINE void exec_one(R *c)
{
    u8 op = fetch(c);
    if (indexed_op(op))
        ea_idx(c);
    switch (op) {
    RMW(0x00, op_neg) RMW(0x01, op_neg)
    RMW(0x02, op_com) RMW(0x03, op_com)
    RMW(0x04, op_lsr) RMW(0x05, op_lsr)
    RMW(0x06, op_ror) RMW(0x07, op_asr) RMW(0x08, op_asl) RMW(0x09, op_rol)
    RMW(0x0a, op_dec) RMW(0x0b, op_dec) RMW(0x0c, op_inc)
    case 0x0d: op_tst(c, rd(c, ea_dir(c))); vma_n(c, 2); break;
    case 0x4d: op_tst(c, c->z->a); vma(c); break;
    case 0x5d: op_tst(c, c->z->b); vma(c); break;
    case 0x6d: op_tst(c, rd(c, EA_IDX(c))); vma_n(c, 2); break;
    case 0x7d: op_tst(c, rd(c, ea_ext(c))); vma_n(c, 2); break;
    case 0x0e: c->pc = ea_dir(c); break;
    case 0x4e: case 0x5e: c->pc = c->z->ea; break; /* JMP to the stale EA */
    case 0x6e: c->pc = EA_IDX(c); break;
    case 0x7e: c->pc = ea_ext(c); break;
    case 0x0f: { u16 e = ea_dir(c); rd(c, e); dummy_pc(c); wr(c, e, op_clr(c)); } break;
    case 0x4f: c->z->a = op_clr(c); dummy_pc(c); break;
    case 0x5f: c->z->b = op_clr(c); dummy_pc(c); break;
    case 0x6f: { u16 e = EA_IDX(c); rd(c, e); dummy_pc(c); wr(c, e, op_clr(c)); } break;
    case 0x7f: { u16 e = ea_ext(c); rd(c, e); dummy_pc(c); wr(c, e, op_clr(c)); } break;

    case 0x10: {
        u8 op2 = fetch(c);
        if (indexed_op2(op2))
            ea_idx(c);
        exec_page2(c, op2);
    } break;
    case 0x11: {
        u8 op2 = fetch(c);
        if (indexed_op3(op2))
            ea_idx(c);
        exec_page3(c, op2);
    } break;
    case 0x12: dummy_pc(c); break; /* NOP */
    case 0x13: rare(c, 0x13); break; /* SYNC */
    case 0x16: { u16 off = fetch16(c); vma(c); c->pc = (u16)(c->pc + off); vma(c); } break;
    case 0x17: {
        u16 off = fetch16(c);
        c->z->ea = (u16)(c->pc + off);
        vma_n(c, 4);
        call(c, c->z->ea);
    } break;
    case 0x19: op_daa(c); dummy_pc(c); break;
    case 0x1a: c->cc |= fetch(c); dummy_pc(c); break;
    case 0x1c: c->cc &= fetch(c); dummy_pc(c); break;
    case 0x1d: /* SEX: V is left alone */
        c->z->a = (c->z->b & 0x80) ? 0xff : 0;
        set_nz16(c, get_d(c));
        dummy_pc(c);
        break;
    case 0x1e: op_exg(c); break;
    case 0x1f: op_tfr(c); break;

    /* one case a condition, so that it is tested against a constant */
    case 0x20: op_branch(c, 0x20); break;
    case 0x21: op_branch(c, 0x21); break;
    case 0x22: op_branch(c, 0x22); break;
    case 0x23: op_branch(c, 0x23); break;
    case 0x24: op_branch(c, 0x24); break;
    case 0x25: op_branch(c, 0x25); break;
    case 0x26: op_branch(c, 0x26); break;
    case 0x27: op_branch(c, 0x27); break;
    case 0x28: op_branch(c, 0x28); break;
    case 0x29: op_branch(c, 0x29); break;
    case 0x2a: op_branch(c, 0x2a); break;
    case 0x2b: op_branch(c, 0x2b); break;
    case 0x2c: op_branch(c, 0x2c); break;
    case 0x2d: op_branch(c, 0x2d); break;
    case 0x2e: op_branch(c, 0x2e); break;
    case 0x2f: op_branch(c, 0x2f); break;

    case 0x30: c->z->x = c->z->ea; c->cc = (u8)((c->cc & ~CC_Z) | (c->z->ea ? 0 : CC_Z)); LEA_END(c); break;
    case 0x31: c->z->y = c->z->ea; c->cc = (u8)((c->cc & ~CC_Z) | (c->z->ea ? 0 : CC_Z)); LEA_END(c); break;
    case 0x32: c->z->s = c->z->ea; LEA_END(c); c->z->nmi_armed = true; break;
    case 0x33: c->z->u = c->z->ea; LEA_END(c); break;
    case 0x34: { u8 m = fetch(c); vma_n(c, 2); rd(c, c->z->s); push_regs(c, true, m); } break;
    case 0x35: { u8 m = fetch(c); vma_n(c, 2); pull_regs(c, true, m); } break;
    case 0x36: { u8 m = fetch(c); vma_n(c, 2); rd(c, c->z->u); push_regs(c, false, m); } break;
    case 0x37: { u8 m = fetch(c); vma_n(c, 2); pull_regs(c, false, m); } break;
    case 0x39: dummy_pc(c); pull_regs(c, true, 0x80); break; /* RTS */
    case 0x3a: c->z->x = (u16)(c->z->x + c->z->b); dummy_pc(c); vma(c); break;
    case 0x3b: /* RTI: CC first; its E bit says how much else was stacked */
        dummy_pc(c);
        c->cc = rd(c, c->z->s++);
        pull_regs(c, true, (c->cc & CC_E) ? 0xfe : 0x80);
        break;
    case 0x3c: rare(c, 0x3c); break; /* CWAI */
    case 0x3d: op_mul(c); dummy_pc(c); vma_n(c, 9); break;
    case 0x3f: rare(c, VEC_SWI); break;

    ALU8(0x80, c->z->a = sub8(c, c->z->a, m, 0))           /* SUBA */
    ALU8(0x81, sub8(c, c->z->a, m, 0))                  /* CMPA */
    ALU8(0x82, c->z->a = sub8(c, c->z->a, m, carry(c)))    /* SBCA */
    ARITH16(0x83, set_d(c, sub16(c, get_d(c), m)))   /* SUBD */
    ALU8(0x84, c->z->a = nzv8(c, c->z->a & m))             /* ANDA */
    ALU8(0x85, nzv8(c, c->z->a & m))                    /* BITA */
    ALU8(0x86, c->z->a = nzv8(c, m))                    /* LDA */
    ST8(0x87, c->z->a)                                  /* STA */
    ALU8(0x88, c->z->a = nzv8(c, c->z->a ^ m))             /* EORA */
    ALU8(0x89, c->z->a = add8(c, c->z->a, m, carry(c)))    /* ADCA */
    ALU8(0x8a, c->z->a = nzv8(c, c->z->a | m))             /* ORA */
    ALU8(0x8b, c->z->a = add8(c, c->z->a, m, 0))           /* ADDA */
    ARITH16(0x8c, sub16(c, c->z->x, m))                 /* CMPX */
    ALU16(0x8e, c->z->x = nzv16(c, m))                  /* LDX */
    ST16(0x8f, c->z->x)                                 /* STX */
    case 0x8d: {                                     /* BSR */
        u8 off = fetch(c);
        c->z->ea = (u16)(c->pc + (s8)off);
        vma_n(c, 3);
        call(c, c->z->ea);
    } break;
    case 0x9d: jsr(c, ea_dir(c)); break;
    case 0xad: jsr(c, EA_IDX(c)); break;
    case 0xbd: jsr(c, ea_ext(c)); break;

    ALU8(0xc0, c->z->b = sub8(c, c->z->b, m, 0))           /* SUBB */
    ALU8(0xc1, sub8(c, c->z->b, m, 0))                  /* CMPB */
    ALU8(0xc2, c->z->b = sub8(c, c->z->b, m, carry(c)))    /* SBCB */
    ARITH16(0xc3, set_d(c, add16(c, get_d(c), m)))   /* ADDD */
    ALU8(0xc4, c->z->b = nzv8(c, c->z->b & m))             /* ANDB */
    ALU8(0xc5, nzv8(c, c->z->b & m))                    /* BITB */
    ALU8(0xc6, c->z->b = nzv8(c, m))                    /* LDB */
    ST8(0xc7, c->z->b)                                  /* STB */
    ALU8(0xc8, c->z->b = nzv8(c, c->z->b ^ m))             /* EORB */
    ALU8(0xc9, c->z->b = add8(c, c->z->b, m, carry(c)))    /* ADCB */
    ALU8(0xca, c->z->b = nzv8(c, c->z->b | m))             /* ORB */
    ALU8(0xcb, c->z->b = add8(c, c->z->b, m, 0))           /* ADDB */
    ALU16(0xcc, set_d(c, nzv16(c, m)))               /* LDD */
    ST16(0xcd, get_d(c))                             /* STD */
    ALU16(0xce, c->z->u = nzv16(c, m))                  /* LDU */
    ST16(0xcf, c->z->u)                                 /* STU */
    default: break; /* $14 $15 $18 $1B $38 $3E: one-cycle no-ops */
    }
}

/* ---- public interface ------------------------------------------------- */

void m6809_init(m6809_t *c, address_space_t *program, address_space_t *io)
{
    (void)io;
    memset(c, 0, sizeof(*c));
    c->program = program;
    drop_pages(c);
}

void m6809_reset(m6809_t *z)
{
    z->irq_state[0] = z->irq_state[1] = LINE_CLEAR;
    z->nmi_line = z->nmi_pending = z->nmi_armed = false;
    if (z->wait == M6809_SYNC)
        cpu_output(&z->base, CPU_OUT_BA, 0);
    z->wait = M6809_RUN;
    z->dp = 0;
    z->cc |= CC_I | CC_F;
    drop_pages(z);
    int saved = z->base.icount;
    R r = { .z = z };
    load(&r);
    z->ea = VEC_RESET;
    r.pc = rd16(&r, VEC_RESET);
    save(&r);
    z->base.icount = saved;
}

int m6809_execute(m6809_t *z, int cycles)
{
    z->base.budget = z->base.icount = cycles;
    refresh_pages(z); /* the page table may have changed since the last call */
    z->spin_state = SPIN_CLEAN; /* memory or an input line may have changed: record anew */
    R r = { .z = z };
    R *c = &r;
    load(c);
    while (c->icount > 0) {
        u32 attention;
        memcpy(&attention, z->irq_state, sizeof(attention)); /* irq_state[2], nmi_pending, wait */
        if (attention) {
            if (z->wait != M6809_RUN) {
                save(c);
                bool woke = run_wake(z);
                load(c);
                if (!woke)
                    c->icount = 0;
                continue;
            }
            int line = pending_line(c);
            if (line >= 0) {
                save(c);
                run_interrupt(z, line);
                load(c);
                continue;
            }
        }
        exec_one(c);
    }
    save(c);
    return z->base.budget - c->icount;
}

void m6809_set_line(m6809_t *c, int line, int state)
{
    c->spin_state = SPIN_DIRTY;
    switch (line) {
    case CPU_LINE_IRQ0:
    case CPU_LINE_IRQ1:
        c->irq_state[line] = (u8)state;
        break;
    case CPU_LINE_NMI:
        /* HOLD is a pulse: one edge, and the line is low again afterwards. */
        if (state != LINE_CLEAR && !c->nmi_line && c->nmi_armed)
            c->nmi_pending = true;
        c->nmi_line = state == LINE_ASSERT;
        break;
    default:
        break;
    }
}

void m6809_serialize(m6809_t *c, state_io *io)
{
    st_u16(io, &c->pc);
    st_u16(io, &c->x);
    st_u16(io, &c->y);
    st_u16(io, &c->u);
    st_u16(io, &c->s);
    st_u8(io, &c->a);
    st_u8(io, &c->b);
    st_u8(io, &c->dp);
    st_u8(io, &c->cc);
    st_u16(io, &c->ea);
    st_u8(io, &c->irq_state[0]);
    st_u8(io, &c->irq_state[1]);
    st_bool(io, &c->nmi_line);
    st_bool(io, &c->nmi_pending);
    st_bool(io, &c->nmi_armed);
    st_u8(io, &c->wait);
}

CPU_CORE_ADAPTERS(m6809, m6809_t, c->pc)

const cpu_core_ops m6809_core = {
    .name = "Motorola MC6809",
    .id = "6809",
    .size = sizeof(m6809_t),
    .clock_divider = 1,
    CPU_CORE_ENTRY_POINTS(m6809),
};

/* The MC6809E (clocked from outside, as on the Williams boards): the same
   core under MAME's name for it. */
const cpu_core_ops m6809e_core = {
    .name = "Motorola MC6809E",
    .id = "6809",
    .size = sizeof(m6809_t),
    .clock_divider = 1,
    CPU_CORE_ENTRY_POINTS(m6809),
};
