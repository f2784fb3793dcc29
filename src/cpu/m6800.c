/* Motorola MC6800 core. Bus accesses follow the order of the instruction's
   real address cycles, but only the cycles that move data are performed
   (no dummy reads of the kind the chip puts on the bus during internal
   cycles), matching the MAME-generated conformance vectors. */
#include "cpu/m6800.h"

#include <stddef.h>
#include <string.h>

_Static_assert(offsetof(m6800_t, nmi_pending) == offsetof(m6800_t, irq_state) + 1 &&
                   offsetof(m6800_t, waiting) == offsetof(m6800_t, irq_state) + 2 &&
                   offsetof(m6800_t, int_delay) == offsetof(m6800_t, irq_state) + 3 && sizeof(bool) == 1,
               "the between-instruction test reads irq_state, nmi_pending, waiting and int_delay as one word");

enum {
    CC_C = M6800_CC_C,
    CC_V = M6800_CC_V,
    CC_Z = M6800_CC_Z,
    CC_N = M6800_CC_N,
    CC_I = M6800_CC_I,
    CC_H = M6800_CC_H,
    CC_NZ = CC_N | CC_Z,
    CC_NZV = CC_N | CC_Z | CC_V,
    CC_NZVC = CC_N | CC_Z | CC_V | CC_C,
    CC_HNZVC = CC_H | CC_NZVC
};

enum { VEC_IRQ = 0xfff8, VEC_SWI = 0xfffa, VEC_NMI = 0xfffc, VEC_RESET = 0xfffe };

/* E cycles per opcode. Undefined opcodes: 5, except the ones that decode as
   something (BRN $21 4, store-immediate $87/$C7 3 and $8F/$CF 4, JSR-direct
   $9D 6). WAI's 9 covers the stacking; the wake-up is counted when taken. */
static const u8 cycle_table[256] = {
    /*       0   1   2   3   4   5   6   7   8   9   A   B   C   D   E   F */
    /* 0 */  5,  2,  5,  5,  5,  5,  2,  2,  4,  4,  2,  2,  2,  2,  2,  2,
    /* 1 */  2,  2,  5,  5,  5,  5,  2,  2,  5,  2,  5,  2,  5,  5,  5,  5,
    /* 2 */  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,
    /* 3 */  4,  4,  4,  4,  4,  4,  4,  4,  5,  5,  5, 10,  5,  5,  9, 12,
    /* 4 */  2,  5,  5,  2,  2,  5,  2,  2,  2,  2,  2,  5,  2,  2,  5,  2,
    /* 5 */  2,  5,  5,  2,  2,  5,  2,  2,  2,  2,  2,  5,  2,  2,  5,  2,
    /* 6 */  7,  5,  5,  7,  7,  5,  7,  7,  7,  7,  7,  5,  7,  7,  4,  7,
    /* 7 */  6,  5,  5,  6,  6,  5,  6,  6,  6,  6,  6,  5,  6,  6,  3,  6,
    /* 8 */  2,  2,  2,  5,  2,  2,  2,  3,  2,  2,  2,  2,  3,  8,  3,  4,
    /* 9 */  3,  3,  3,  5,  3,  3,  3,  4,  3,  3,  3,  3,  4,  6,  4,  5,
    /* A */  5,  5,  5,  5,  5,  5,  5,  6,  5,  5,  5,  5,  6,  8,  6,  7,
    /* B */  4,  4,  4,  5,  4,  4,  4,  5,  4,  4,  4,  4,  5,  9,  5,  6,
    /* C */  2,  2,  2,  5,  2,  2,  2,  3,  2,  2,  2,  2,  5,  5,  3,  4,
    /* D */  3,  3,  3,  5,  3,  3,  3,  4,  3,  3,  3,  3,  5,  5,  4,  5,
    /* E */  5,  5,  5,  5,  5,  5,  5,  6,  5,  5,  5,  5,  5,  5,  6,  7,
    /* F */  4,  4,  4,  5,  4,  4,  4,  5,  4,  4,  4,  4,  5,  5,  5,  6,
};

/* ---- bus and addressing ------------------------------------------------ */

/* Three one-page caches (reads at PC, other reads, writes) hold the direct
   pointer of the 256-byte page last used, so an ordinary access is a
   compare and a load. A page pointer only changes when code runs: a memory
   handler (banking), an interrupt acknowledge, or anything between two
   execute calls; the caches are re-read from the page table after a
   handler and dropped at the other points. */

#define INLINE static inline __attribute__((always_inline))

static void drop_pages(m6800_t *c)
{
    c->code_page = c->rd_page = c->wr_page = BUS_NO_PAGE;
    c->spin_clean = c->spin_prev_clean = false;
}

static void refresh_pages(m6800_t *c)
{
    const address_space_t *as = c->program;
    if (as->page_shift == 8 && as->addr_mask == 0xffff) { /* a page per cache entry */
        const bus_page *p = as->pages;
        if (c->code_page != BUS_NO_PAGE && !(c->code_base = p[c->code_page].rbase))
            c->code_page = BUS_NO_PAGE;
        if (c->rd_page != BUS_NO_PAGE && !(c->rd_base = p[c->rd_page].rbase))
            c->rd_page = BUS_NO_PAGE;
        if (c->wr_page != BUS_NO_PAGE && !(c->wr_base = p[c->wr_page].wbase))
            c->wr_page = BUS_NO_PAGE;
        return;
    }
    as_refresh_read(as, &c->code_page, &c->code_base);
    as_refresh_read(as, &c->rd_page, &c->rd_base);
    as_refresh_write(as, &c->wr_page, &c->wr_base);
}

static __attribute__((noinline)) u8 read_slow(m6800_t *c, u16 a, const u8 **cbase, u32 *page)
{
    bool handler;
    u8 v = as_read_miss(c->program, a, cbase, page, &handler);
    if (handler) {
        c->spin_clean = false;
        if (!c->program->fixed_pages)
            refresh_pages(c);
    }
    return v;
}

/* A write the idle-loop test may let through: the first handler write of
   the pass, to an offset its handler marks repeat-safe. */
static void note_write(m6800_t *c, u16 a, u8 v)
{
    const address_space_t *as = c->program;
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    const bus_handler *h = &as->handlers[bp->wh];
    offs_t off = (m & h->amask) - h->base;
    if (bp->wbase || c->spin_nw || off >= 32 || !(h->repeat_safe >> off & 1))
        c->spin_clean = false;
    c->spin_nw = 1;
    c->spin_wa = a;
    c->spin_wd = v;
}

static __attribute__((noinline)) void write_slow(m6800_t *c, u16 a, u8 v)
{
    if (c->spin_clean)
        note_write(c, a, v);
    if (as_write_miss(c->program, a, v, &c->wr_base, &c->wr_page) && !c->program->fixed_pages)
        refresh_pages(c);
}

INLINE u8 rd(m6800_t *c, u16 a)
{
    u32 a32 = a;
    return (a32 >> 8) == c->rd_page ? c->rd_base[a32 & 0xff] : read_slow(c, a, &c->rd_base, &c->rd_page);
}

INLINE void wr(m6800_t *c, u16 a, u8 d)
{
    u32 a32 = a;
    if ((a32 >> 8) == c->wr_page) {
        c->wr_base[a32 & 0xff] = d;
        c->spin_clean = false;
    } else
        write_slow(c, a, d);
}

INLINE u16 rd16(m6800_t *c, u16 a)
{
    u32 a32 = a;
    if ((a32 >> 8) == c->rd_page && (a32 & 0xff) != 0xff)
        return (u16)(c->rd_base[a32 & 0xff] << 8 | c->rd_base[(a32 & 0xff) + 1]);
    u16 hi = rd(c, a);
    return (u16)(hi << 8 | rd(c, (u16)(a + 1)));
}

INLINE void wr16(m6800_t *c, u16 a, u16 v)
{
    wr(c, a, (u8)(v >> 8));
    wr(c, (u16)(a + 1), (u8)v);
}

/* A byte at PC (opcode or operand). */
INLINE u8 imm8(m6800_t *c)
{
    u32 pc = c->pc;
    c->pc = (u16)(pc + 1);
    return (pc >> 8) == c->code_page ? c->code_base[pc & 0xff] : read_slow(c, (u16)pc, &c->code_base, &c->code_page);
}

/* Effective addresses; the immediate forms point at the operand bytes. */
INLINE u16 ea_imm8(m6800_t *c)
{
    return c->pc++;
}

INLINE u16 ea_imm16(m6800_t *c)
{
    u16 a = c->pc;
    c->pc += 2;
    return a;
}

INLINE u16 ea_dir(m6800_t *c)
{
    return imm8(c);
}

INLINE u16 ea_idx(m6800_t *c)
{
    return (u16)(c->x + imm8(c));
}

INLINE u16 ea_ext(m6800_t *c)
{
    u32 pc = c->pc;
    if ((pc >> 8) == c->code_page && (pc & 0xff) != 0xff) {
        c->pc = (u16)(pc + 2);
        return (u16)(c->code_base[pc & 0xff] << 8 | c->code_base[(pc & 0xff) + 1]);
    }
    u16 hi = imm8(c);
    return (u16)(hi << 8 | imm8(c));
}

/* Operands by addressing mode; immediate ones are read through the PC cache. */
INLINE u8 opnd_ea_imm8(m6800_t *c) { return imm8(c); }
INLINE u8 opnd_ea_dir(m6800_t *c) { return rd(c, ea_dir(c)); }
INLINE u8 opnd_ea_idx(m6800_t *c) { return rd(c, ea_idx(c)); }
INLINE u8 opnd_ea_ext(m6800_t *c) { return rd(c, ea_ext(c)); }
INLINE u16 opnd16_ea_imm16(m6800_t *c) { return ea_ext(c); } /* the two bytes at PC */
INLINE u16 opnd16_ea_dir(m6800_t *c) { return rd16(c, ea_dir(c)); }
INLINE u16 opnd16_ea_idx(m6800_t *c) { return rd16(c, ea_idx(c)); }
INLINE u16 opnd16_ea_ext(m6800_t *c) { return rd16(c, ea_ext(c)); }

/* The stack pointer addresses the next free byte. */
INLINE void push8(m6800_t *c, u8 v)
{
    wr(c, c->sp--, v);
}

INLINE void push16(m6800_t *c, u16 v)
{
    push8(c, (u8)v);
    push8(c, (u8)(v >> 8));
}

INLINE u8 pull8(m6800_t *c)
{
    return rd(c, ++c->sp);
}

INLINE u16 pull16(m6800_t *c)
{
    u16 hi = pull8(c);
    return (u16)(hi << 8 | pull8(c));
}

/* ---- flags and ALU ----------------------------------------------------- */

INLINE u8 flags_nz(u8 r)
{
    return (u8)(((r & 0x80) >> 4) | (r ? 0 : CC_Z));
}

INLINE u8 flags_nz16(u16 r)
{
    return (u8)(((r & 0x8000) >> 12) | (r ? 0 : CC_Z));
}

INLINE void set_cc(m6800_t *c, u8 clear, u8 set)
{
    c->cc = (u8)((c->cc & ~clear) | set);
}

/* V for a + b = r or a - b = r with r's bit 8 the carry/borrow: the carry
   into bit 7 differs from the carry out of it. */
INLINE u8 flag_v(unsigned a, unsigned b, unsigned r)
{
    return (u8)(((a ^ b ^ r ^ (r >> 1)) & 0x80) >> 6);
}

INLINE u8 op_add(m6800_t *c, u8 a, u8 b, unsigned cin)
{
    unsigned r = a + b + cin;
    u8 h = (u8)(((a ^ b ^ r) & 0x10) << 1);
    set_cc(c, CC_HNZVC, h | flags_nz((u8)r) | flag_v(a, b, r) | ((r >> 8) & 1));
    return (u8)r;
}

INLINE u8 op_sub(m6800_t *c, u8 a, u8 b, unsigned cin)
{
    unsigned r = a - b - cin;
    set_cc(c, CC_NZVC, flags_nz((u8)r) | flag_v(a, b, r) | ((r >> 8) & 1));
    return (u8)r;
}

INLINE u8 op_logic(m6800_t *c, u8 r)
{
    set_cc(c, CC_NZV, flags_nz(r));
    return r;
}

/* Shifts and rotates: V = N xor C after the operation. */
INLINE u8 shift_result(m6800_t *c, u8 r, u8 carry)
{
    u8 v = (u8)((((r >> 7) ^ carry) & 1) << 1);
    set_cc(c, CC_NZVC, flags_nz(r) | v | carry);
    return r;
}

INLINE u8 op_asl(m6800_t *c, u8 t)
{
    return shift_result(c, (u8)(t << 1), t >> 7);
}

INLINE u8 op_rol(m6800_t *c, u8 t)
{
    return shift_result(c, (u8)(t << 1 | (c->cc & CC_C)), t >> 7);
}

INLINE u8 op_asr(m6800_t *c, u8 t)
{
    return shift_result(c, (u8)((t >> 1) | (t & 0x80)), t & 1);
}

INLINE u8 op_lsr(m6800_t *c, u8 t)
{
    return shift_result(c, t >> 1, t & 1);
}

INLINE u8 op_ror(m6800_t *c, u8 t)
{
    return shift_result(c, (u8)((t >> 1) | (c->cc & CC_C) << 7), t & 1);
}

INLINE u8 op_neg(m6800_t *c, u8 t)
{
    return op_sub(c, 0, t, 0);
}

INLINE u8 op_com(m6800_t *c, u8 t)
{
    set_cc(c, CC_NZVC, flags_nz((u8)~t) | CC_C);
    return (u8)~t;
}

INLINE u8 op_inc(m6800_t *c, u8 t)
{
    u8 r = (u8)(t + 1);
    set_cc(c, CC_NZV, flags_nz(r) | (r == 0x80 ? CC_V : 0));
    return r;
}

INLINE u8 op_dec(m6800_t *c, u8 t)
{
    u8 r = (u8)(t - 1);
    set_cc(c, CC_NZV, flags_nz(r) | (r == 0x7f ? CC_V : 0));
    return r;
}

INLINE void op_tst(m6800_t *c, u8 t)
{
    set_cc(c, CC_NZVC, flags_nz(t));
}

INLINE u8 op_clr(m6800_t *c)
{
    set_cc(c, CC_NZVC, CC_Z);
    return 0;
}

INLINE u16 op_ld16(m6800_t *c, u16 v)
{
    set_cc(c, CC_NZV, flags_nz16(v));
    return v;
}

/* CPX: Z from the whole 16-bit difference, but N and V from the high bytes
   alone (XH - MH with no borrow from the low byte), as the 6800 sets them.
   C is left alone. */
INLINE void op_cpx(m6800_t *c, u16 m)
{
    u8 xh = (u8)(c->x >> 8), mh = (u8)(m >> 8);
    unsigned rh = (unsigned)xh - mh;
    u8 n = (u8)((rh >> 4) & CC_N);
    set_cc(c, CC_NZV, n | (c->x == m ? CC_Z : 0) | flag_v(xh, mh, rh));
}

/* INX/DEX: only Z is affected. */
INLINE u16 op_index(m6800_t *c, unsigned v)
{
    set_cc(c, CC_Z, (u16)v ? 0 : CC_Z);
    return (u16)v;
}

/* TAP and CLI: a newly cleared I takes effect one instruction late, as the
   interrupt request is sampled before the flag changes. */
INLINE void op_set_cc(m6800_t *c, unsigned cc)
{
    c->cc = (u8)cc;
    c->int_delay = true;
}

/* Decimal adjust after ADD/ADC; C is only ever set here, V cleared. */
static void op_daa(m6800_t *c)
{
    u8 a = c->a;
    unsigned adj = 0;
    if ((a & 0x0f) > 9 || (c->cc & CC_H))
        adj |= 0x06;
    if (a > 0x99 || (c->cc & CC_C))
        adj |= 0x60;
    unsigned r = a + adj;
    set_cc(c, CC_NZV, flags_nz((u8)r) | ((r >> 8) & 1));
    c->a = (u8)r;
}

/* ---- control flow ------------------------------------------------------ */

/* Idle loops: a taken backward branch compares every register with the
   previous one. When they match, and this pass and the one before made no
   memory write, no handler read and no interrupt, and either no handler
   write or both the same single write of the same byte to a repeat-safe
   handler offset (which changed nothing the second time), the code
   repeats exactly, so the whole passes
   that end before the budget runs out are counted without being run. */
static __attribute__((noinline)) void backward_branch(m6800_t *c)
{
    int run = c->base.budget - c->base.icount;
    const u16 r16[3] = { c->pc, c->sp, c->x };
    const u8 r8[3] = { c->a, c->b, c->cc };
    bool same = !memcmp(r16, c->spin_r16, sizeof(r16)) && !memcmp(r8, c->spin_r8, sizeof(r8));
    if (same && c->spin_clean && c->spin_prev_clean && c->spin_nw == c->spin_prev_nw &&
        (!c->spin_nw || (c->spin_wa == c->spin_prev_wa && c->spin_wd == c->spin_prev_wd))) {
        int period = run - c->spin_run;
        if (period > 0 && c->base.icount > period) {
            c->base.icount -= (c->base.icount - 1) / period * period;
            run = c->base.budget - c->base.icount;
        }
    } else if (!same) {
        memcpy(c->spin_r16, r16, sizeof(r16));
        memcpy(c->spin_r8, r8, sizeof(r8));
    }
    c->spin_prev_clean = c->spin_clean;
    c->spin_prev_nw = c->spin_nw;
    c->spin_prev_wa = c->spin_wa;
    c->spin_prev_wd = c->spin_wd;
    c->spin_clean = true;
    c->spin_nw = 0;
    c->spin_run = run;
}

INLINE void branch(m6800_t *c, bool taken)
{
    s8 off = (s8)imm8(c);
    if (taken) {
        c->pc = (u16)(c->pc + off);
        if (off < 0)
            backward_branch(c);
    }
}

/* N xor V, for the signed branches. */
INLINE bool lt(const m6800_t *c)
{
    return ((c->cc >> 3) ^ (c->cc >> 1)) & 1;
}

INLINE void jsr(m6800_t *c, u16 target)
{
    push16(c, c->pc);
    c->pc = target;
}

static void push_all(m6800_t *c)
{
    push16(c, c->pc);
    push16(c, c->x);
    push8(c, c->a);
    push8(c, c->b);
    push8(c, c->cc);
}

static void op_rti(m6800_t *c)
{
    c->cc = pull8(c) | M6800_CC_ONES;
    c->b = pull8(c);
    c->a = pull8(c);
    c->x = pull16(c);
    c->pc = pull16(c);
}

static void op_swi(m6800_t *c)
{
    push_all(c);
    c->cc |= CC_I;
    c->pc = rd16(c, VEC_SWI);
}

/* The registers are stacked here, so the wake-up only fetches the vector. */
static void op_wai(m6800_t *c)
{
    push_all(c);
    c->waiting = true;
}

/* Undefined opcodes with no known function skip their operand bytes without
   reading them. The vectors also record one extra read of the opcode byte
   (MAME's handler reads it again for its log message), reproduced here. */
static void op_illegal(m6800_t *c, u8 op)
{
    int len;
    if (op < 0x60)
        len = 1;
    else if (op < 0x70)
        len = 2;
    else if (op < 0x80 || op == 0xcc || op == 0xcd || (op & 0x30) == 0x30)
        len = 3;
    else
        len = 2;
    rd(c, (u16)(c->pc - 1));
    c->pc = (u16)(c->pc + len - 1);
}

/* ---- interrupts -------------------------------------------------------- */

static void take_interrupt(m6800_t *c, u16 vector)
{
    cpu_note_interrupt(&c->base, vector == VEC_NMI ? CPU_INT_NMI : CPU_INT_IRQ, -1, vector);
    c->spin_clean = c->spin_prev_clean = false;
    if (c->waiting) {
        c->waiting = false;
        c->base.icount -= 4;
    } else {
        push_all(c);
        c->base.icount -= 12;
    }
    c->cc |= CC_I;
    c->pc = rd16(c, vector);
}

INLINE bool needs_attention(const m6800_t *c)
{
    return c->nmi_pending | c->int_delay | c->waiting | (c->irq_state && !(c->cc & CC_I));
}

/* Called between instructions when something may be pending. Returns true
   when the next instruction should run now, false to re-check the budget
   (an interrupt was taken, or WAI idles out the rest of the slice). */
static bool service_interrupts(m6800_t *c)
{
    if (c->int_delay) {
        c->int_delay = false;
        return true;
    }
    if (c->nmi_pending) {
        c->nmi_pending = false;
        if (c->nmi_state == LINE_HOLD)
            c->nmi_state = LINE_CLEAR;
        take_interrupt(c, VEC_NMI);
        return false;
    }
    if (c->irq_state && !(c->cc & CC_I)) {
        if (c->irq_state == LINE_HOLD)
            c->irq_state = LINE_CLEAR;
        if (c->base.irq_ack) {
            c->base.irq_ack(c->base.irq_ctx, CPU_LINE_IRQ0);
            drop_pages(c);
        }
        take_interrupt(c, VEC_IRQ);
        return false;
    }
    if (c->waiting) {
        c->base.icount = 0;
        return false;
    }
    return true;
}

/* ---- delay loops ------------------------------------------------------- */

/* A countdown "DECx / BNE to it" (the sound boards' delay loops): with
   nothing pending, each pass is the same six cycles with no data access, so
   the passes that finish before the budget runs out and before the count
   would reach zero are counted without being run. Called at the DEC (dec
   cycles, already taken); the DEC itself then runs, setting the flags the
   last skipped one would have left behind. */
static u32 countdown_skip(m6800_t *c, u32 count, u32 wrap, int dec)
{
    u32 pc = c->pc;
    if ((pc >> 8) != c->code_page || (pc & 0xff) >= 0xfe || c->code_base[pc & 0xff] != 0x26 ||
        c->code_base[(pc & 0xff) + 1] != 0xfd)
        return 0;
    u32 lines;
    memcpy(&lines, &c->irq_state, sizeof(lines));
    if (lines && needs_attention(c))
        return 0;
    int before = c->base.icount + dec, pass = dec + 4; /* icount at the DEC's fetch; BNE is 4 */
    if (before <= pass)
        return 0;
    u32 k = (u32)(before - 1) / (u32)pass, passes = (count ? count : wrap) - 1;
    if (k > passes)
        k = passes;
    c->base.icount -= (int)((u32)pass * k);
    return k;
}

/* ---- instruction decoder ----------------------------------------------- */

#define RMW(EA, FN)                \
    do {                           \
        u16 e_ = EA(c);            \
        wr(c, e_, FN(c, rd(c, e_))); \
    } while (0)

/* Columns 0-F of rows $4x/$5x (accumulator) and $6x/$7x (memory). */
#define UNARY_ACC(ROW, R)                               \
    case ROW + 0x0: R = op_neg(c, R); break;            \
    case ROW + 0x3: R = op_com(c, R); break;            \
    case ROW + 0x4: R = op_lsr(c, R); break;            \
    case ROW + 0x6: R = op_ror(c, R); break;            \
    case ROW + 0x7: R = op_asr(c, R); break;            \
    case ROW + 0x8: R = op_asl(c, R); break;            \
    case ROW + 0x9: R = op_rol(c, R); break;            \
    case ROW + 0xa:                                     \
        R = op_dec(c, (u8)(R - countdown_skip(c, R, 0x100, 2))); \
        break;                                          \
    case ROW + 0xc: R = op_inc(c, R); break;            \
    case ROW + 0xd: op_tst(c, R); break;                \
    case ROW + 0xf: R = op_clr(c); break;

#define UNARY_MEM(ROW, EA)                              \
    case ROW + 0x0: RMW(EA, op_neg); break;             \
    case ROW + 0x3: RMW(EA, op_com); break;             \
    case ROW + 0x4: RMW(EA, op_lsr); break;             \
    case ROW + 0x6: RMW(EA, op_ror); break;             \
    case ROW + 0x7: RMW(EA, op_asr); break;             \
    case ROW + 0x8: RMW(EA, op_asl); break;             \
    case ROW + 0x9: RMW(EA, op_rol); break;             \
    case ROW + 0xa: RMW(EA, op_dec); break;             \
    case ROW + 0xc: RMW(EA, op_inc); break;             \
    case ROW + 0xd: op_tst(c, rd(c, EA(c))); break;     \
    case ROW + 0xe: c->pc = EA(c); break;               \
    case ROW + 0xf: wr(c, EA(c), op_clr(c)); break;

/* Columns 0-B of rows $8x-$Fx: 8-bit ALU, load and store on A or B. The
   immediate store ($87/$C7, undocumented) writes over its own operand. */
#define ALU_ROW(ROW, R, EA)                                                \
    case ROW + 0x0: R = op_sub(c, R, opnd_##EA(c), 0); break;              \
    case ROW + 0x1: op_sub(c, R, opnd_##EA(c), 0); break;                  \
    case ROW + 0x2: R = op_sub(c, R, opnd_##EA(c), c->cc & CC_C); break;   \
    case ROW + 0x4: R = op_logic(c, R & opnd_##EA(c)); break;              \
    case ROW + 0x5: op_logic(c, R & opnd_##EA(c)); break;                  \
    case ROW + 0x6: R = op_logic(c, opnd_##EA(c)); break;                  \
    case ROW + 0x7: {                                                      \
        u16 e_ = EA(c);                                                    \
        wr(c, e_, op_logic(c, R));                                         \
        break;                                                             \
    }                                                                      \
    case ROW + 0x8: R = op_logic(c, R ^ opnd_##EA(c)); break;              \
    case ROW + 0x9: R = op_add(c, R, opnd_##EA(c), c->cc & CC_C); break;   \
    case ROW + 0xa: R = op_logic(c, R | opnd_##EA(c)); break;              \
    case ROW + 0xb: R = op_add(c, R, opnd_##EA(c), 0); break;

/* Columns E-F: load and store of a 16-bit register (SP in $8x-$Bx, X in
   $Cx-$Fx); the immediate store ($8F/$CF) is undocumented. */
#define WORD_ROW(ROW, R, EA)                                               \
    case ROW + 0xe: R = op_ld16(c, opnd16_##EA(c)); break;                 \
    case ROW + 0xf: {                                                      \
        u16 e_ = EA(c);                                                    \
        wr16(c, e_, op_ld16(c, R));                                        \
        break;                                                             \
    }

INLINE void execute_op(m6800_t *c, u8 op)
{
    switch (op) {
    case 0x01: break;                                              /* NOP */
    case 0x06: op_set_cc(c, c->a | M6800_CC_ONES); break;         /* TAP */
    case 0x07: c->a = c->cc; break;                                /* TPA */
    case 0x08: c->x = op_index(c, c->x + 1); break;                /* INX */
    case 0x09:                                                     /* DEX */
        c->x = op_index(c, (u16)(c->x - countdown_skip(c, c->x, 0x10000, 4)) - 1);
        break;
    case 0x0a: c->cc &= (u8)~CC_V; break;                          /* CLV */
    case 0x0b: c->cc |= CC_V; break;                               /* SEV */
    case 0x0c: c->cc &= (u8)~CC_C; break;                          /* CLC */
    case 0x0d: c->cc |= CC_C; break;                               /* SEC */
    case 0x0e: op_set_cc(c, c->cc & ~CC_I); break;                 /* CLI */
    case 0x0f: c->cc |= CC_I; break;                               /* SEI */
    case 0x10: c->a = op_sub(c, c->a, c->b, 0); break;             /* SBA */
    case 0x11: op_sub(c, c->a, c->b, 0); break;                    /* CBA */
    case 0x16: c->b = op_logic(c, c->a); break;                    /* TAB */
    case 0x17: c->a = op_logic(c, c->b); break;                    /* TBA */
    case 0x19: op_daa(c); break;                                   /* DAA */
    case 0x1b: c->a = op_add(c, c->a, c->b, 0); break;             /* ABA */
    case 0x20: branch(c, true); break;                             /* BRA */
    case 0x21: branch(c, false); break;                            /* BRN (undoc) */
    case 0x22: branch(c, !(c->cc & (CC_C | CC_Z))); break;         /* BHI */
    case 0x23: branch(c, c->cc & (CC_C | CC_Z)); break;            /* BLS */
    case 0x24: branch(c, !(c->cc & CC_C)); break;                  /* BCC */
    case 0x25: branch(c, c->cc & CC_C); break;                     /* BCS */
    case 0x26: branch(c, !(c->cc & CC_Z)); break;                  /* BNE */
    case 0x27: branch(c, c->cc & CC_Z); break;                     /* BEQ */
    case 0x28: branch(c, !(c->cc & CC_V)); break;                  /* BVC */
    case 0x29: branch(c, c->cc & CC_V); break;                     /* BVS */
    case 0x2a: branch(c, !(c->cc & CC_N)); break;                  /* BPL */
    case 0x2b: branch(c, c->cc & CC_N); break;                     /* BMI */
    case 0x2c: branch(c, !lt(c)); break;                           /* BGE */
    case 0x2d: branch(c, lt(c)); break;                            /* BLT */
    case 0x2e: branch(c, !(lt(c) || (c->cc & CC_Z))); break;       /* BGT */
    case 0x2f: branch(c, lt(c) || (c->cc & CC_Z)); break;          /* BLE */
    case 0x30: c->x = (u16)(c->sp + 1); break;                     /* TSX */
    case 0x31: c->sp++; break;                                     /* INS */
    case 0x32: c->a = pull8(c); break;                             /* PULA */
    case 0x33: c->b = pull8(c); break;                             /* PULB */
    case 0x34: c->sp--; break;                                     /* DES */
    case 0x35: c->sp = (u16)(c->x - 1); break;                     /* TXS */
    case 0x36: push8(c, c->a); break;                              /* PSHA */
    case 0x37: push8(c, c->b); break;                              /* PSHB */
    case 0x39: c->pc = pull16(c); break;                           /* RTS */
    case 0x3b: op_rti(c); break;                                   /* RTI */
    case 0x3e: op_wai(c); break;                                   /* WAI */
    case 0x3f: op_swi(c); break;                                   /* SWI */
    UNARY_ACC(0x40, c->a)
    UNARY_ACC(0x50, c->b)
    UNARY_MEM(0x60, ea_idx)
    UNARY_MEM(0x70, ea_ext)
    ALU_ROW(0x80, c->a, ea_imm8)
    ALU_ROW(0x90, c->a, ea_dir)
    ALU_ROW(0xa0, c->a, ea_idx)
    ALU_ROW(0xb0, c->a, ea_ext)
    ALU_ROW(0xc0, c->b, ea_imm8)
    ALU_ROW(0xd0, c->b, ea_dir)
    ALU_ROW(0xe0, c->b, ea_idx)
    ALU_ROW(0xf0, c->b, ea_ext)
    case 0x8c: op_cpx(c, opnd16_ea_imm16(c)); break;             /* CPX */
    case 0x9c: op_cpx(c, rd16(c, ea_dir(c))); break;
    case 0xac: op_cpx(c, rd16(c, ea_idx(c))); break;
    case 0xbc: op_cpx(c, rd16(c, ea_ext(c))); break;
    case 0x8d: {                                                   /* BSR */
        s8 off = (s8)imm8(c);
        jsr(c, (u16)(c->pc + off));
        break;
    }
    case 0x9d: jsr(c, ea_dir(c)); break;                           /* JSR direct (undoc) */
    case 0xad: jsr(c, ea_idx(c)); break;                           /* JSR */
    case 0xbd: jsr(c, ea_ext(c)); break;
    WORD_ROW(0x80, c->sp, ea_imm16)                                /* LDS/STS */
    WORD_ROW(0x90, c->sp, ea_dir)
    WORD_ROW(0xa0, c->sp, ea_idx)
    WORD_ROW(0xb0, c->sp, ea_ext)
    WORD_ROW(0xc0, c->x, ea_imm16)                                 /* LDX/STX */
    WORD_ROW(0xd0, c->x, ea_dir)
    WORD_ROW(0xe0, c->x, ea_idx)
    WORD_ROW(0xf0, c->x, ea_ext)
    default: op_illegal(c, op); break;
    }
}

/* ---- public interface -------------------------------------------------- */

void m6800_init(m6800_t *c, address_space_t *program, address_space_t *io)
{
    (void)io;
    *c = (m6800_t){ .program = program, .cc = M6800_CC_ONES | CC_I };
    drop_pages(c);
}

void m6800_reset(m6800_t *c)
{
    c->cc = M6800_CC_ONES | CC_I;
    c->waiting = false;
    c->nmi_pending = false;
    c->int_delay = false;
    drop_pages(c);
    c->pc = rd16(c, VEC_RESET);
}

int m6800_execute(m6800_t *c, int cycles)
{
    c->base.budget = c->base.icount = cycles;
    refresh_pages(c); /* the page table may have changed since the last call */
    if (!c->program->solo)
        c->spin_clean = c->spin_prev_clean = false; /* and memory, or an input line */
    while (c->base.icount > 0) {
        u32 lines;
        memcpy(&lines, &c->irq_state, sizeof(lines)); /* irq_state, nmi_pending, waiting, int_delay */
        if (lines && needs_attention(c)) {
            c->spin_clean = c->spin_prev_clean = false;
            if (!service_interrupts(c))
                continue;
        }
        u8 op = imm8(c);
        c->base.icount -= cycle_table[op];
        execute_op(c, op);
    }
    int ran = c->base.budget - c->base.icount;
    c->spin_run -= ran; /* the next call counts from 0 */
    return ran;
}

void m6800_set_line(m6800_t *c, int line, int state)
{
    c->spin_clean = c->spin_prev_clean = false;
    if (line == CPU_LINE_IRQ0) {
        c->irq_state = (u8)state;
    } else if (line == CPU_LINE_NMI) {
        if (state != LINE_CLEAR && c->nmi_state == LINE_CLEAR)
            c->nmi_pending = true;
        c->nmi_state = (u8)state;
    } else if (line == CPU_LINE_RESET && state != LINE_CLEAR) {
        m6800_reset(c);
    }
}

void m6800_serialize(m6800_t *c, state_io *io)
{
    c->spin_clean = c->spin_prev_clean = false;
    st_u16(io, &c->pc);
    st_u16(io, &c->sp);
    st_u16(io, &c->x);
    st_u8(io, &c->a);
    st_u8(io, &c->b);
    st_u8(io, &c->cc);
    st_u8(io, &c->irq_state);
    st_u8(io, &c->nmi_state);
    st_bool(io, &c->nmi_pending);
    st_bool(io, &c->waiting);
    st_bool(io, &c->int_delay);
}

CPU_CORE_ADAPTERS(m6800, m6800_t, c->pc)

const cpu_core_ops m6800_core = {
    .name = "Motorola MC6800",
    .id = "6800",
    .size = sizeof(m6800_t),
    .clock_divider = 1,
    CPU_CORE_ENTRY_POINTS(m6800),
};

const cpu_core_ops m6808_core = {
    .name = "Motorola MC6808",
    .id = "6808",
    .size = sizeof(m6800_t),
    .clock_divider = 4, /* the crystal's clock, divided inside the chip (MAME's M6808 clock) */
    CPU_CORE_ENTRY_POINTS(m6800),
};
