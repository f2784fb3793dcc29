/* MOS Technology 6502 (NMOS). Each instruction is written out as the exact
   sequence of bus cycles the chip performs, so dummy reads, the double write
   of read-modify-write instructions and page-crossing penalties fall out of
   the address-mode helpers; every rd()/wr() costs one clock. */
#include "cpu/m6502.h"

#include <limits.h>

enum { NMI_VECTOR = 0xfffa, RESET_VECTOR = 0xfffc, IRQ_VECTOR = 0xfffe };

/* ---- bus and stack ---------------------------------------------------- */

/* Three one-page caches (fetches at PC, data reads, data writes) hold the
   direct pointer of the 256-byte page last used. A page's pointer only
   changes when code runs: a memory handler (banking), a timer fired inside
   the slice, the IRQ acknowledge, or anything between two execute calls; the
   caches are dropped at each of those points (and when the SYNC output
   switches the program space), so a hit sees the page table as it is. */
/* Compilers with the sanitizers (the ASan and fuzz builds) or without
   optimisation spend many minutes and gigabytes on the one function that
   forced inlining makes of this core: there, inlining is left to them */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__) || !defined(__OPTIMIZE__)
#define M6502_PLAIN_INLINE 1
#endif
#if defined(__clang__) && defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
#define M6502_PLAIN_INLINE 1
#endif
#endif
#ifdef M6502_PLAIN_INLINE
#define INLINE static inline
#else
#define INLINE static inline __attribute__((always_inline))
#endif

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Once the slice is used up, MAME's core stops before the next access and
   resumes after the timers due by then: they fire here instead, so the
   access still lands after what they do (partial updates, IRQs, clocks).
   Checking every access would cost the fast path dearly, so only the last
   M6502_NEAR_END cycles of a slice are watched: from there on the page
   caches stay empty and every access comes through read_slow/write_slow,
   which call this with the access's clock already taken. 16 covers the
   longest run from an instruction's start to its last access: 7 accesses
   at two clocks each (Missile Command's slowed lines) and an extra clock. */
enum { M6502_NEAR_END = 16 };

/* m6502_execute keeps the registers, the cycle count and the page caches in
   a local struct (R) that the compiler holds in host registers: every helper
   is inlined into the one loop and no pointer to the struct leaves it.
   Before anything outside the core can look (a memory handler, the slice
   end, the IRQ acknowledge, the SYNC output, the return) save() writes them
   back to the m6502_t, and load() reloads them after (handlers stall the
   clock, and a debugger may change registers). */
typedef struct m6502_run {
    m6502_t *z;
    int icount;
    u16 pc;
    u8 a, x, y, s, p;
    bool near_end; /* the slice's last cycles: every access checks for its end */
    u8 sync_mode;  /* SYNC_*: what the board's SYNC output wants (execute entry) */
    /* SYNC_FILTERED: every SYNC runs while icount <= sync_limit (sync_all,
       or the slice's last M6502_NEAR_END cycles); set by load(), since
       sync_all and slice_extra change only when code outside the core runs */
    int sync_limit;
    /* NEXT's fast path runs while icount > limit: nothing needs the
       boundary's look (attention, the watched end, every SYNC) before then */
    int limit;
    /* clocks per access through the caches: 2 in the board's slowed view
       (m6502_t.slow_space), which caches like any other away from the
       slice's end, where no slice_end hook can come between the two */
    int clk;
    const u8 *sync_ops; /* the opcodes whose SYNC runs (never on SYNC_NONE) */
    const u8 *pc_base, *rd_base;
    u8 *wr_base;
    u32 pc_page, rd_page, wr_page;
    /* page zero and the stack page have caches of their own (NULL: none),
       which their addressing modes use, so pointers and data on other
       pages don't take turns in one */
    const u8 *zp_rbase, *st_rbase;
    u8 *zp_wbase, *st_wbase;
    /* idle loops (backward_branch): the registers at the last backward
       branch (spin_key), and the cycles run by then */
    u8 spin_state;
    u64 spin_regs;
    int spin_run;
} R;

enum { SPIN_DIRTY, SPIN_CLEAN, SPIN_RECORDED };

enum { SYNC_NONE, SYNC_ALL, SYNC_FILTERED };

INLINE void save(const R *c)
{
    m6502_t *z = c->z;
    z->base.icount = c->icount;
    z->pc = c->pc;
    z->a = c->a;
    z->x = c->x;
    z->y = c->y;
    z->s = c->s;
    z->p = c->p;
}

INLINE void set_limit(R *c)
{
    const m6502_t *z = c->z;
    if (z->attention || c->sync_mode == SYNC_ALL || (c->sync_mode == SYNC_FILTERED && z->sync_all))
        c->limit = INT_MAX;
    else
        c->limit = M6502_NEAR_END;
}

INLINE void load(R *c)
{
    const m6502_t *z = c->z;
    c->icount = z->base.icount;
    c->pc = z->pc;
    c->a = z->a;
    c->x = z->x;
    c->y = z->y;
    c->s = z->s;
    c->p = z->p;
    c->sync_limit = z->sync_all ? INT_MAX : M6502_NEAR_END - z->base.slice_extra;
    c->clk = z->program == z->slow_space ? 2 : 1;
    set_limit(c);
}

/* (every point that drops the caches is one where code outside the core
   ran or the slice's end is near: an idle loop is no longer known to be one) */
INLINE void drop_pages(R *c)
{
    c->pc_page = c->rd_page = c->wr_page = BUS_NO_PAGE;
    c->zp_rbase = c->st_rbase = NULL;
    c->zp_wbase = c->st_wbase = NULL;
    c->spin_state = SPIN_DIRTY;
}

/* Calls out of the core are rare next to plain accesses: as cold functions,
   the compiler keeps the paths to them (register write-back included) out
   of the hot code. */
static __attribute__((noinline, cold)) void call_slice_end(cpu_base *b)
{
    b->slice_end(b->slice_end_ctx);
}

static __attribute__((noinline, cold)) u8 call_read(const bus_handler *h, offs_t a)
{
    return h->r(h->ctx, a);
}

static __attribute__((noinline, cold)) void call_write(const bus_handler *h, offs_t a, u8 v)
{
    h->w(h->ctx, a, v);
}

static __attribute__((noinline, cold)) void call_sync(cpu_base *b)
{
    cpu_output(b, CPU_OUT_SYNC, 1);
}

INLINE void slice_end(R *c)
{
    if (c->z->base.slice_end) {
        save(c);
        call_slice_end(&c->z->base);
        load(c);
        drop_pages(c);
    }
}

INLINE void check_slice_end(R *c)
{
    if (__builtin_expect(c->icount + c->z->base.slice_extra < 0, 0)) { /* cpu_slice_left */
        c->icount++;
        slice_end(c);
        c->icount--;
    }
}

/* The second clock of an access through slow_space that missed the caches
   (a hit there charges both: R.clk). */
INLINE void slow_clock(R *c, const address_space_t *as)
{
    if (LIKELY(as != c->z->slow_space))
        return;
    c->spin_state = SPIN_DIRTY;
    if (c->icount == 0)
        slice_end(c);
    c->icount--;
}

INLINE u8 read_slow(R *c, u16 a, const u8 **cbase, u32 *page)
{
    check_slice_end(c);
    address_space_t *as = c->z->program;
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    if (bp->rbase) {
        slow_clock(c, as);
        /* near a slice end every access takes this path, so nothing is cached */
        if (!c->near_end && as->page_shift >= 8) {
            *cbase = bp->rbase + (m & as->page_mask & ~(offs_t)0xff);
            *page = (u32)(a >> 8);
        }
        return bp->rbase[m & as->page_mask];
    }
    const bus_handler *h = &as->handlers[bp->rh];
    save(c);
    u8 v = call_read(h, (m & h->amask) - h->base);
    load(c);
    drop_pages(c);
    return v;
}

INLINE void write_slow(R *c, u16 a, u8 v, u8 **cbase, u32 *page)
{
    check_slice_end(c);
    address_space_t *as = c->z->program;
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    if (bp->wbase) {
        slow_clock(c, as);
        if (!c->near_end && as->page_shift >= 8) {
            *cbase = bp->wbase + (m & as->page_mask & ~(offs_t)0xff);
            *page = (u32)(a >> 8);
        }
        bp->wbase[m & as->page_mask] = v;
        return;
    }
    const bus_handler *h = &as->handlers[bp->wh];
    save(c);
    call_write(h, (m & h->amask) - h->base, v);
    load(c);
    drop_pages(c);
}

/* An access through a cache: its clocks. */
INLINE void tick(R *c)
{
    c->icount -= c->clk;
}

/* An access through read_slow/write_slow: the first clock (slow_clock adds
   the second of a slowed one). */
INLINE void tick_slow(R *c)
{
    c->icount--;
}

INLINE u8 rd(R *c, u16 addr)
{
    u32 a = addr;
    if (LIKELY((a >> 8) == c->rd_page)) {
        tick(c);
        return c->rd_base[a & 0xff];
    }
    tick_slow(c);
    return read_slow(c, addr, &c->rd_base, &c->rd_page);
}

INLINE void wr(R *c, u16 addr, u8 v)
{
    u32 a = addr;
    c->spin_state = SPIN_DIRTY;
    if (LIKELY((a >> 8) == c->wr_page)) {
        tick(c);
        c->wr_base[a & 0xff] = v;
        return;
    }
    tick_slow(c);
    write_slow(c, addr, v, &c->wr_base, &c->wr_page);
}

/* A read at PC (opcode, operand or the dummy read of the next opcode). */
INLINE u8 rd_pc(R *c, u16 addr)
{
    u32 a = addr;
    if (LIKELY((a >> 8) == c->pc_page)) {
        tick(c);
        return c->pc_base[a & 0xff];
    }
    tick_slow(c);
    return read_slow(c, addr, &c->pc_base, &c->pc_page);
}

INLINE u8 fetch(R *c)
{
    return rd_pc(c, c->pc++);
}

/* The second cycle of every one-byte instruction re-reads the next opcode. */
INLINE void idle(R *c)
{
    rd_pc(c, c->pc);
}

/* Page zero and the stack through their own caches (the page number in
   their slow paths' fill is not needed: the base says it all). */
INLINE u8 rd_fixed_page(R *c, u16 addr, const u8 **cbase)
{
    if (LIKELY(*cbase != NULL)) {
        tick(c);
        return (*cbase)[addr & 0xff];
    }
    tick_slow(c);
    u32 page;
    return read_slow(c, addr, cbase, &page);
}

INLINE void wr_fixed_page(R *c, u16 addr, u8 v, u8 **cbase)
{
    c->spin_state = SPIN_DIRTY;
    if (LIKELY(*cbase != NULL)) {
        tick(c);
        (*cbase)[addr & 0xff] = v;
        return;
    }
    tick_slow(c);
    u32 page;
    write_slow(c, addr, v, cbase, &page);
}

INLINE u8 rd_zp(R *c, u8 a) { return rd_fixed_page(c, a, &c->zp_rbase); }
INLINE void wr_zp(R *c, u8 a, u8 v) { wr_fixed_page(c, a, v, &c->zp_wbase); }
INLINE u8 rd_st(R *c) { return rd_fixed_page(c, 0x100 | c->s, &c->st_rbase); }

INLINE void push(R *c, u8 v)
{
    wr_fixed_page(c, 0x100 | c->s, v, &c->st_wbase);
    c->s--;
}

INLINE u8 pull(R *c)
{
    c->s++;
    return rd_st(c);
}

/* ---- flags ------------------------------------------------------------ */

INLINE void set_nz(R *c, u8 v)
{
    c->p = (u8)((c->p & ~(M6502_N | M6502_Z)) | (v & M6502_N) | (v ? 0 : M6502_Z));
}

INLINE void set_flag(R *c, u8 flag, bool on)
{
    c->p = on ? (u8)(c->p | flag) : (u8)(c->p & ~flag);
}

/* What P looks like after a pull: B does not exist in the chip, U reads 1. */
INLINE u8 p_from_stack(u8 v)
{
    return (u8)((v & ~M6502_B) | M6502_U);
}

/* ---- effective addresses ---------------------------------------------- */

INLINE u8 ea_zp(R *c)
{
    return fetch(c);
}

/* zp,X / zp,Y: the unindexed address is read while the adder works. */
INLINE u8 ea_zpi(R *c, u8 index)
{
    u8 z = fetch(c);
    rd_zp(c, z);
    return (u8)(z + index);
}

INLINE u16 ea_abs(R *c)
{
    u16 lo = fetch(c);
    return (u16)(lo | fetch(c) << 8);
}

/* Indexed reads touch the wrong page first only when a carry is needed. */
INLINE u16 fix_page_read(R *c, u16 base, u8 index)
{
    u16 ea = (u16)(base + index);
    if ((ea ^ base) & 0x100)
        rd(c, (u16)((base & 0xff00) | (ea & 0xff)));
    return ea;
}

/* Writes and read-modify-writes always spend the fix-up cycle. */
INLINE u16 fix_page_write(R *c, u16 base, u8 index)
{
    u16 ea = (u16)(base + index);
    rd(c, (u16)((base & 0xff00) | (ea & 0xff)));
    return ea;
}

INLINE u16 ea_absi_r(R *c, u8 index)
{
    return fix_page_read(c, ea_abs(c), index);
}

INLINE u16 ea_absi_w(R *c, u8 index)
{
    return fix_page_write(c, ea_abs(c), index);
}

/* (zp,X): pointer bytes wrap within page zero. */
INLINE u16 ea_indx(R *c)
{
    u8 z = fetch(c);
    rd_zp(c, z);
    z = (u8)(z + c->x);
    u16 lo = rd_zp(c, z);
    return (u16)(lo | rd_zp(c, (u8)(z + 1)) << 8);
}

INLINE u16 ind_pointer(R *c)
{
    u8 z = fetch(c);
    u16 lo = rd_zp(c, z);
    return (u16)(lo | rd_zp(c, (u8)(z + 1)) << 8);
}

INLINE u16 ea_indy_r(R *c)
{
    return fix_page_read(c, ind_pointer(c), c->y);
}

INLINE u16 ea_indy_w(R *c)
{
    return fix_page_write(c, ind_pointer(c), c->y);
}

/* ---- ALU -------------------------------------------------------------- */

INLINE void adc_binary(R *c, u8 v)
{
    unsigned sum = c->a + v + (c->p & M6502_C);
    set_flag(c, M6502_V, ~(c->a ^ v) & (c->a ^ sum) & 0x80);
    set_flag(c, M6502_C, sum > 0xff);
    c->a = (u8)sum;
    set_nz(c, c->a);
}

/* NMOS decimal add: Z comes from the binary sum, N and V from the sum after
   only the low-digit adjustment. */
INLINE void adc_decimal(R *c, u8 v)
{
    unsigned carry = c->p & M6502_C;
    unsigned lo = (c->a & 0x0f) + (v & 0x0f) + carry;
    if (lo > 9)
        lo += 6;
    unsigned hi = (c->a >> 4) + (v >> 4) + (lo > 0x0f);
    u8 mid = (u8)(hi << 4);
    c->p &= (u8)~(M6502_N | M6502_V | M6502_Z | M6502_C);
    if (!(u8)(c->a + v + carry))
        c->p |= M6502_Z;
    c->p |= mid & M6502_N;
    if (~(c->a ^ v) & (c->a ^ mid) & 0x80)
        c->p |= M6502_V;
    if (hi > 9)
        hi += 6;
    if (hi > 0x0f)
        c->p |= M6502_C;
    c->a = (u8)(hi << 4 | (lo & 0x0f));
}

INLINE void adc(R *c, u8 v)
{
    if (c->p & M6502_D)
        adc_decimal(c, v);
    else
        adc_binary(c, v);
}

/* NMOS decimal subtract: all flags as in binary; only A is adjusted. */
INLINE void sbc_decimal(R *c, u8 v)
{
    int borrow = !(c->p & M6502_C);
    int lo = (c->a & 0x0f) - (v & 0x0f) - borrow;
    int hi = (c->a >> 4) - (v >> 4);
    if (lo < 0) {
        lo -= 6;
        hi--;
    }
    if (hi < 0)
        hi -= 6;
    adc_binary(c, (u8)~v);
    c->a = (u8)(((unsigned)hi & 0x0f) << 4 | ((unsigned)lo & 0x0f));
}

INLINE void sbc(R *c, u8 v)
{
    if (c->p & M6502_D)
        sbc_decimal(c, v);
    else
        adc_binary(c, (u8)~v);
}

INLINE void compare(R *c, u8 reg, u8 v)
{
    set_flag(c, M6502_C, reg >= v);
    set_nz(c, (u8)(reg - v));
}

INLINE void ora(R *c, u8 v) { c->a |= v; set_nz(c, c->a); }
INLINE void and(R *c, u8 v) { c->a &= v; set_nz(c, c->a); }
INLINE void eor(R *c, u8 v) { c->a ^= v; set_nz(c, c->a); }
INLINE void lda(R *c, u8 v) { c->a = v; set_nz(c, v); }
INLINE void ldx(R *c, u8 v) { c->x = v; set_nz(c, v); }
INLINE void ldy(R *c, u8 v) { c->y = v; set_nz(c, v); }
INLINE void lax(R *c, u8 v) { c->a = c->x = v; set_nz(c, v); }
INLINE void cmp(R *c, u8 v) { compare(c, c->a, v); }
INLINE void cpx(R *c, u8 v) { compare(c, c->x, v); }
INLINE void cpy(R *c, u8 v) { compare(c, c->y, v); }

INLINE void bit(R *c, u8 v)
{
    c->p = (u8)((c->p & ~(M6502_N | M6502_V | M6502_Z)) | (v & (M6502_N | M6502_V)) |
                ((c->a & v) ? 0 : M6502_Z));
}

INLINE u8 asl(R *c, u8 v)
{
    set_flag(c, M6502_C, v & 0x80);
    v = (u8)(v << 1);
    set_nz(c, v);
    return v;
}

INLINE u8 lsr(R *c, u8 v)
{
    set_flag(c, M6502_C, v & 1);
    v >>= 1;
    set_nz(c, v);
    return v;
}

INLINE u8 rol(R *c, u8 v)
{
    u8 r = (u8)(v << 1 | (c->p & M6502_C));
    set_flag(c, M6502_C, v & 0x80);
    set_nz(c, r);
    return r;
}

INLINE u8 ror(R *c, u8 v)
{
    u8 r = (u8)(v >> 1 | (c->p & M6502_C) << 7);
    set_flag(c, M6502_C, v & 1);
    set_nz(c, r);
    return r;
}

INLINE u8 inc(R *c, u8 v) { v++; set_nz(c, v); return v; }
INLINE u8 dec(R *c, u8 v) { v--; set_nz(c, v); return v; }

/* Undocumented read-modify-write combinations. */
INLINE u8 slo(R *c, u8 v) { v = asl(c, v); ora(c, v); return v; }
INLINE u8 rla(R *c, u8 v) { v = rol(c, v); and(c, v); return v; }
INLINE u8 sre(R *c, u8 v) { v = lsr(c, v); eor(c, v); return v; }
INLINE u8 rra(R *c, u8 v) { v = ror(c, v); adc(c, v); return v; }
INLINE u8 dcp(R *c, u8 v) { v--; cmp(c, v); return v; }
INLINE u8 isc(R *c, u8 v) { v++; sbc(c, v); return v; }

/* Undocumented immediate operations. */
INLINE void anc(R *c, u8 v)
{
    and(c, v);
    set_flag(c, M6502_C, c->a & 0x80);
}

INLINE void alr(R *c, u8 v)
{
    c->a = lsr(c, c->a & v);
}

/* ARR: AND then ROR, with C and V taken from the adder's view of the result;
   in decimal mode the NMOS chip also applies a BCD-style fix-up. */
INLINE void arr(R *c, u8 v)
{
    u8 t = c->a & v;
    u8 r = (u8)(t >> 1 | (c->p & M6502_C) << 7);
    set_nz(c, r);
    if (!(c->p & M6502_D)) {
        set_flag(c, M6502_C, r & 0x40);
        set_flag(c, M6502_V, (r ^ r << 1) & 0x40);
        c->a = r;
        return;
    }
    set_flag(c, M6502_V, (t ^ r) & 0x40);
    if ((t & 0x0f) + (t & 0x01) > 5)
        r = (u8)((r & 0xf0) | ((r + 6) & 0x0f));
    bool carry = (t & 0xf0) + (t & 0x10) > 0x50;
    if (carry)
        r = (u8)(r + 0x60);
    set_flag(c, M6502_C, carry);
    c->a = r;
}

INLINE void sbx(R *c, u8 v)
{
    u8 t = c->a & c->x;
    set_flag(c, M6502_C, t >= v);
    c->x = (u8)(t - v);
    set_nz(c, c->x);
}

/* ANE and LXA mix in a chip-dependent constant; 0xEE matches the test data. */
INLINE void ane(R *c, u8 v) { lda(c, (c->a | 0xee) & c->x & v); }
INLINE void lxa(R *c, u8 v) { lax(c, (c->a | 0xee) & v); }

INLINE void las(R *c, u8 v)
{
    c->s &= v;
    lax(c, c->s);
}

/* SHA/SHX/SHY/TAS store the register ANDed with the target high byte + 1. */
INLINE void sh_store(R *c, u16 ea, u8 v)
{
    wr(c, ea, v & (u8)((ea >> 8) + 1));
}

/* ---- control flow ----------------------------------------------------- */

/* Idle loops (as the 6809 core's). A backward branch records the registers;
   when a later one finds them all equal with no write, handler call,
   interrupt, SYNC output or slice-end check in between, the instructions
   since then read the same memory and repeat exactly (same registers, same
   cycle counts), so whole repeats that end before the budget runs out are
   counted without being run. Where the slice then ends, and every
   register, is as if they had run. */
INLINE u64 spin_key(const R *c)
{
    return (u64)c->pc | (u64)c->a << 16 | (u64)c->x << 24 | (u64)c->y << 32 | (u64)c->s << 40 | (u64)c->p << 48;
}

INLINE void backward_branch(R *c)
{
    int run = c->z->base.budget - c->icount;
    if (c->clk != 1) /* (the slowed view is left out, as when it was never cached) */
        c->spin_state = SPIN_DIRTY;
    if (c->spin_state == SPIN_DIRTY) {
        /* recorded at the next branch, if nothing dirties it before */
        c->spin_state = SPIN_CLEAN;
        return;
    }
    u64 regs = spin_key(c);
    if (c->spin_state == SPIN_RECORDED && regs == c->spin_regs) {
        /* the repeats skipped all end before the slice's watched last
           cycles (M6502_NEAR_END: the slice-end checks, the last SYNCs;
           slice_extra is never negative) */
        int period = run - c->spin_run;
        if (period > 0 && c->icount - M6502_NEAR_END > period) {
            c->icount -= (c->icount - M6502_NEAR_END - 1) / period * period;
            run = c->z->base.budget - c->icount;
        }
    } else {
        c->spin_regs = regs;
        c->spin_state = SPIN_RECORDED;
    }
    c->spin_run = run;
}

INLINE void branch(R *c, bool taken)
{
    s8 off = (s8)fetch(c);
    if (!taken)
        return;
    idle(c);
    u16 target = (u16)(c->pc + off);
    if ((target ^ c->pc) & 0xff00)
        rd(c, (u16)((c->pc & 0xff00) | (target & 0xff)));
    c->pc = target;
    if (off < 0)
        backward_branch(c);
}

INLINE void jsr(R *c)
{
    u8 lo = fetch(c);
    rd_st(c);
    push(c, (u8)(c->pc >> 8));
    push(c, (u8)c->pc);
    c->pc = (u16)(lo | rd_pc(c, c->pc) << 8);
}

INLINE void rts(R *c)
{
    idle(c);
    rd_st(c);
    u16 lo = pull(c);
    c->pc = (u16)(lo | pull(c) << 8);
    fetch(c);
}

INLINE void rti(R *c)
{
    idle(c);
    rd_st(c);
    c->p = p_from_stack(pull(c));
    u16 lo = pull(c);
    c->pc = (u16)(lo | pull(c) << 8);
}

/* JMP ($xxFF) takes the high byte from $xx00: the pointer does not carry. */
INLINE void jmp_indirect(R *c)
{
    u16 ptr = ea_abs(c);
    u16 lo = rd(c, ptr);
    c->pc = (u16)(lo | rd(c, (u16)((ptr & 0xff00) | ((ptr + 1) & 0xff))) << 8);
}

/* Pushes PC and P and loads a vector. An NMI that arrives before the vector
   fetch takes over the sequence (the "BRK hijack"). */
INLINE void interrupt_sequence(R *c, u16 vector, bool brk)
{
    push(c, (u8)(c->pc >> 8));
    push(c, (u8)c->pc);
    push(c, (u8)(c->p | M6502_U | (brk ? M6502_B : 0)));
    if (c->z->nmi_pending) {
        c->z->nmi_pending = false;
        vector = NMI_VECTOR;
    }
    if (!brk) /* a BRK (even one an NMI hijacks) is an instruction */
        cpu_note_interrupt(&c->z->base, vector == NMI_VECTOR ? CPU_INT_NMI : CPU_INT_IRQ, -1, vector);
    c->p |= M6502_I;
    u16 lo = rd(c, vector);
    c->pc = (u16)(lo | rd(c, (u16)(vector + 1)) << 8);
}

INLINE void brk(R *c)
{
    fetch(c); /* signature byte, skipped */
    interrupt_sequence(c, IRQ_VECTOR, true);
}

/* Flags changed by CLI/SEI/PLP take effect after the interrupt poll. */
INLINE void set_i_late(R *c, u8 new_p)
{
    c->z->i_override = c->p & M6502_I;
    c->z->i_override_set = true;
    c->z->attention = true;
    c->limit = INT_MAX;
    c->p = new_p;
}

INLINE void plp(R *c)
{
    idle(c);
    rd_st(c);
    set_i_late(c, p_from_stack(pull(c)));
}

INLINE void pla(R *c)
{
    idle(c);
    rd_st(c);
    lda(c, pull(c));
}

/* JAM: the chip locks up after these reads; the test data leaves PC on the
   opcode. Only reset gets it going again. */
INLINE void jam(R *c)
{
    u16 at = (u16)(c->pc - 1);
    idle(c);
    idle(c);
    c->pc = at;
    c->z->jammed = true;
    c->z->attention = true;
    c->limit = INT_MAX;
}

/* ---- interrupts and the line state ------------------------------------ */

static void update_attention(m6502_t *c)
{
    c->attention = c->nmi_pending || c->irq_state != LINE_CLEAR || c->i_override_set || c->jammed ||
                   c->halted || c->in_reset || c->reset_clocks;
}

INLINE void take_irq(R *c)
{
    if (c->z->irq_state == LINE_HOLD)
        c->z->irq_state = LINE_CLEAR;
    if (c->z->base.irq_ack) {
        save(c);
        c->z->base.irq_ack(c->z->base.irq_ctx, CPU_LINE_IRQ0);
        load(c);
    }
    drop_pages(c);
    idle(c);
    idle(c);
    interrupt_sequence(c, IRQ_VECTOR, false);
}

INLINE void take_nmi(R *c)
{
    c->z->nmi_pending = false;
    idle(c);
    idle(c);
    interrupt_sequence(c, NMI_VECTOR, false);
}

/* True when the line changed during the last cycle of the instruction just
   finished; the note is used up either way. */
INLINE bool too_late(const R *c, bool *stamped, int stamp, bool *late)
{
    bool r = *late || (*stamped && stamp == (c->z->base.budget - c->icount));
    *stamped = *late = false;
    return r;
}

/* The reset sequence's bus cycles, as MAME's 6502 spends them before the
   first opcode fetch: two reads at the old PC, three stack reads (the
   pushes of a BRK turned into reads) and the vector. m6502_reset has set
   the registers already. */
INLINE void reset_sequence(R *c)
{
    c->z->reset_clocks = false;
    rd(c, c->z->reset_pc);
    rd(c, c->z->reset_pc);
    for (int i = 3; i > 0; i--)
        rd(c, (u16)(0x100 | (u8)(c->s + i)));
    rd(c, RESET_VECTOR);
    rd(c, RESET_VECTOR + 1);
    cpu_note_interrupt(&c->z->base, CPU_INT_RESET, -1, RESET_VECTOR);
    update_attention(c->z);
}

/* Runs between instructions when something is pending. Returns true when it
   used cycles instead of letting an instruction run. */
INLINE bool service(R *c)
{
    if (c->z->in_reset || c->z->halted) {
        c->icount = 0;
        return true;
    }
    if (c->z->reset_clocks) {
        reset_sequence(c);
        return true;
    }
    if (c->z->jammed) {
        while (c->icount > 0)
            rd(c, 0xffff);
        return true;
    }
    u8 i_flag = c->z->i_override_set ? c->z->i_override : (c->p & M6502_I);
    c->z->i_override_set = false;
    bool nmi_late = too_late(c, &c->z->nmi_stamped, c->z->nmi_stamp, &c->z->nmi_late);
    bool irq_late = too_late(c, &c->z->irq_stamped, c->z->irq_stamp, &c->z->irq_late);
    bool took = true;
    if (c->z->nmi_pending && !nmi_late)
        take_nmi(c);
    else if (c->z->irq_state != LINE_CLEAR && !i_flag && !irq_late)
        take_irq(c);
    else
        took = false;
    update_attention(c->z);
    return took;
}

static void stamp(m6502_t *c, bool *stamped, int *when, bool *late)
{
    *late = false;
    *stamped = c->running && !c->in_sync;
    *when = cpu_cycles_run(&c->base);
}

void m6502_set_line(m6502_t *c, int line, int state)
{
    switch (line) {
    case CPU_LINE_IRQ0:
        if (state != LINE_CLEAR && c->irq_state == LINE_CLEAR)
            stamp(c, &c->irq_stamped, &c->irq_stamp, &c->irq_late);
        c->irq_state = state;
        break;
    case CPU_LINE_NMI:
        if (state != LINE_CLEAR && c->nmi_state == LINE_CLEAR) {
            c->nmi_pending = true;
            stamp(c, &c->nmi_stamped, &c->nmi_stamp, &c->nmi_late);
        }
        /* a held pulse is one edge; the line reads as released afterwards */
        c->nmi_state = state == LINE_HOLD ? LINE_CLEAR : state;
        break;
    case CPU_LINE_RESET:
        if (state != LINE_CLEAR && !c->in_reset)
            m6502_reset(c);
        c->in_reset = state == LINE_ASSERT;
        break;
    case CPU_LINE_HALT:
        c->halted = state != LINE_CLEAR;
        break;
    default:
        break;
    }
    update_attention(c);
}

/* ---- life cycle ------------------------------------------------------- */

void m6502_init(m6502_t *c, address_space_t *program, address_space_t *io)
{
    (void)io;
    *c = (m6502_t){ 0 };
    c->program = program;
    c->p = M6502_U | M6502_I;
}

/* The reset sequence is a BRK whose pushes are turned into reads: S ends up
   three lower, I is set, D is left alone (NMOS). */
void m6502_reset(m6502_t *c)
{
    c->reset_pc = c->pc;
    c->reset_clocks = true;
    c->s = (u8)(c->s - 3);
    c->p |= M6502_I | M6502_U;
    c->jammed = false;
    c->nmi_pending = false;
    c->i_override_set = false;
    c->irq_late = c->nmi_late = false;
    u16 lo = as_read8(c->program, RESET_VECTOR);
    c->pc = (u16)(lo | as_read8(c->program, RESET_VECTOR + 1) << 8);
    update_attention(c);
}

void m6502_serialize(m6502_t *c, state_io *io)
{
    st_u16(io, &c->pc);
    st_u8(io, &c->a);
    st_u8(io, &c->x);
    st_u8(io, &c->y);
    st_u8(io, &c->s);
    st_u8(io, &c->p);
    st_int(io, &c->irq_state);
    st_int(io, &c->nmi_state);
    st_bool(io, &c->nmi_pending);
    st_bool(io, &c->i_override_set);
    st_u8(io, &c->i_override);
    st_bool(io, &c->irq_late);
    st_bool(io, &c->nmi_late);
    st_bool(io, &c->jammed);
    st_bool(io, &c->halted);
    st_bool(io, &c->in_reset);
    st_bool(io, &c->reset_clocks);
    st_u16(io, &c->reset_pc);
    if (io->loading)
        update_attention(c);
}

/* ---- SYNC ------------------------------------------------------------- */

/* SYNC for the next opcode fetch. MAME's core fetches the next opcode as the
   last cycle of the instruction before, so SYNC (and what a board latches on
   it) belongs to the slice of the instruction just finished. A board may
   switch the core's program space there (Missile Command): the page caches
   go when it does; its SYNC handler is expected not to remap pages otherwise. */
INLINE void sync_out(R *c)
{
    const address_space_t *as = c->z->program;
    c->spin_state = SPIN_DIRTY;
    c->z->in_sync = true;
    /* SYNC is MAME's prefetch access: timers due before it fire first, and
       lines they change are polled with it */
    if (c->icount + c->z->base.slice_extra <= 0) /* cpu_slice_left */
        slice_end(c);
    save(c);
    call_sync(&c->z->base);
    load(c);
    c->z->in_sync = false;
    if (c->z->program != as)
        drop_pages(c);
}

/* True unless the board's filter says this SYNC can be left out. The next
   opcode is read through the fetch cache or the page table; when a handler
   serves PC, SYNC is called (its handler reads the opcode itself). */
INLINE bool sync_wanted(const R *c)
{
    if (c->sync_mode != SYNC_FILTERED)
        return c->sync_mode == SYNC_ALL;
    if (c->icount <= c->sync_limit)
        return true;
    u32 a = c->pc;
    if ((a >> 8) == c->pc_page)
        return c->z->sync_ops[c->pc_base[a & 0xff]];
    const address_space_t *as = c->z->program;
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    return !bp->rbase || c->z->sync_ops[bp->rbase[m & as->page_mask]];
}

/* ---- the opcodes ------------------------------------------------------ */

/* The opcodes are threaded: each one's code ends with NEXT. While the slice
   is far from its end and nothing waits for a look between instructions
   (c->limit), an opcode in the cached fetch page that wants no SYNC before
   it (c->sync_ops) is fetched there and its code entered at once; anything
   else goes through the full boundary in m6502_execute. */
#define NEXT                                                                   \
    do {                                                                       \
        u32 next_pc = c->pc;                                                   \
        if (LIKELY(c->icount > c->limit && (next_pc >> 8) == c->pc_page)) {    \
            op = c->pc_base[next_pc & 0xff];                                   \
            if (LIKELY(!c->sync_ops[op])) {                                    \
                c->pc = (u16)(next_pc + 1);                                    \
                tick(c);                                                       \
                goto *ops[op];                                                 \
            }                                                                  \
        }                                                                      \
        goto boundary;                                                         \
    } while (0)

/* op_HL: the code of opcode 0xHL */
#define OP(h, l) op_##h##l

/* The seven documented accumulator ops share one column layout: rows h0
   ((zp,X), zp, #, abs) and h1 ((zp),Y, zp,X, abs,Y, abs,X). */
#define ALU_GROUP(h0, h1, fn)                                                  \
    OP(h0, 1): fn(c, rd(c, ea_indx(c))); NEXT;                                 \
    OP(h0, 5): fn(c, rd_zp(c, ea_zp(c))); NEXT;                                \
    OP(h0, 9): fn(c, fetch(c)); NEXT;                                          \
    OP(h0, d): fn(c, rd(c, ea_abs(c))); NEXT;                                  \
    OP(h1, 1): fn(c, rd(c, ea_indy_r(c))); NEXT;                               \
    OP(h1, 5): fn(c, rd_zp(c, ea_zpi(c, c->x))); NEXT;                         \
    OP(h1, 9): fn(c, rd(c, ea_absi_r(c, c->y))); NEXT;                         \
    OP(h1, d): fn(c, rd(c, ea_absi_r(c, c->x))); NEXT;

/* Read, write the old value back, write the new value. */
#define RMW(mode, fn)                                                          \
    {                                                                          \
        u16 ea = mode;                                                         \
        u8 v = rd(c, ea);                                                      \
        wr(c, ea, v);                                                          \
        wr(c, ea, fn(c, v));                                                   \
    }                                                                          \
    NEXT;

#define RMW_ZP(mode, fn)                                                       \
    {                                                                          \
        u8 ea = mode;                                                          \
        u8 v = rd_zp(c, ea);                                                   \
        wr_zp(c, ea, v);                                                       \
        wr_zp(c, ea, fn(c, v));                                                \
    }                                                                          \
    NEXT;

#define SHIFT_GROUP(h0, h1, fn)                                                \
    OP(h0, 6): RMW_ZP(ea_zp(c), fn)                                            \
    OP(h0, e): RMW(ea_abs(c), fn)                                              \
    OP(h1, 6): RMW_ZP(ea_zpi(c, c->x), fn)                                     \
    OP(h1, e): RMW(ea_absi_w(c, c->x), fn)

#define ILLEGAL_RMW_GROUP(h0, h1, fn)                                          \
    OP(h0, 3): RMW(ea_indx(c), fn)                                             \
    OP(h0, 7): RMW_ZP(ea_zp(c), fn)                                            \
    OP(h0, f): RMW(ea_abs(c), fn)                                              \
    OP(h1, 3): RMW(ea_indy_w(c), fn)                                           \
    OP(h1, 7): RMW_ZP(ea_zpi(c, c->x), fn)                                     \
    OP(h1, b): RMW(ea_absi_w(c, c->y), fn)                                     \
    OP(h1, f): RMW(ea_absi_w(c, c->x), fn)

#define ACC(fn) idle(c); c->a = fn(c, c->a); NEXT;

#define ROW(h)                                                                 \
    &&OP(h, 0), &&OP(h, 1), &&OP(h, 2), &&OP(h, 3), &&OP(h, 4), &&OP(h, 5),    \
    &&OP(h, 6), &&OP(h, 7), &&OP(h, 8), &&OP(h, 9), &&OP(h, a), &&OP(h, b),    \
    &&OP(h, c), &&OP(h, d), &&OP(h, e), &&OP(h, f)

/* No opcode wants its SYNC (the boards without a SYNC handler). */
static const u8 no_sync_ops[256];

int m6502_execute(m6502_t *z, int cycles)
{
    static const void *const ops[256] = {
        ROW(0), ROW(1), ROW(2), ROW(3), ROW(4), ROW(5), ROW(6), ROW(7),
        ROW(8), ROW(9), ROW(a), ROW(b), ROW(c), ROW(d), ROW(e), ROW(f),
    };
    R run = { .z = z }, *c = &run;
    z->base.budget = z->base.icount = cycles;
    c->sync_mode = !z->base.output ? SYNC_NONE : z->sync_ops ? SYNC_FILTERED : SYNC_ALL;
    c->sync_ops = c->sync_mode == SYNC_FILTERED ? z->sync_ops : no_sync_ops;
    load(c);
    z->running = true;
    drop_pages(c); /* the page table may have changed since the last call */
    c->near_end = false;
    u8 op;
    goto top;

/* Between two instructions, in the order the chip does it: the SYNC of the
   next fetch (in the slice of the instruction just finished), the slice's
   end, a pending interrupt or line, then the fetch. */
boundary:
    if (c->sync_mode != SYNC_NONE && sync_wanted(c))
        sync_out(c);
top:
    if (UNLIKELY(c->icount <= M6502_NEAR_END)) {
        if (c->icount <= 0)
            goto done;
        if (!c->near_end) {
            c->near_end = true;
            drop_pages(c);
        }
    }
    if (z->attention) {
        c->spin_state = SPIN_DIRTY;
        bool took = service(c);
        set_limit(c);
        if (took) {
            if (z->base.output && !z->halted && !z->in_reset && !z->jammed)
                sync_out(c);
            goto top;
        }
    }
    op = fetch(c);
    goto *ops[op];

    ALU_GROUP(0, 1, ora)
    ALU_GROUP(2, 3, and)
    ALU_GROUP(4, 5, eor)
    ALU_GROUP(6, 7, adc)
    ALU_GROUP(a, b, lda)
    ALU_GROUP(c, d, cmp)
    ALU_GROUP(e, f, sbc)
    SHIFT_GROUP(0, 1, asl)
    SHIFT_GROUP(2, 3, rol)
    SHIFT_GROUP(4, 5, lsr)
    SHIFT_GROUP(6, 7, ror)
    SHIFT_GROUP(c, d, dec)
    SHIFT_GROUP(e, f, inc)
    ILLEGAL_RMW_GROUP(0, 1, slo)
    ILLEGAL_RMW_GROUP(2, 3, rla)
    ILLEGAL_RMW_GROUP(4, 5, sre)
    ILLEGAL_RMW_GROUP(6, 7, rra)
    ILLEGAL_RMW_GROUP(c, d, dcp)
    ILLEGAL_RMW_GROUP(e, f, isc)

    op_0a: ACC(asl)
    op_2a: ACC(rol)
    op_4a: ACC(lsr)
    op_6a: ACC(ror)

    /* stores */
    op_81: wr(c, ea_indx(c), c->a); NEXT;
    op_85: wr_zp(c, ea_zp(c), c->a); NEXT;
    op_8d: wr(c, ea_abs(c), c->a); NEXT;
    op_91: wr(c, ea_indy_w(c), c->a); NEXT;
    op_95: wr_zp(c, ea_zpi(c, c->x), c->a); NEXT;
    op_99: wr(c, ea_absi_w(c, c->y), c->a); NEXT;
    op_9d: wr(c, ea_absi_w(c, c->x), c->a); NEXT;
    op_86: wr_zp(c, ea_zp(c), c->x); NEXT;
    op_8e: wr(c, ea_abs(c), c->x); NEXT;
    op_96: wr_zp(c, ea_zpi(c, c->y), c->x); NEXT;
    op_84: wr_zp(c, ea_zp(c), c->y); NEXT;
    op_8c: wr(c, ea_abs(c), c->y); NEXT;
    op_94: wr_zp(c, ea_zpi(c, c->x), c->y); NEXT;
    op_83: wr(c, ea_indx(c), c->a & c->x); NEXT;
    op_87: wr_zp(c, ea_zp(c), c->a & c->x); NEXT;
    op_8f: wr(c, ea_abs(c), c->a & c->x); NEXT;
    op_97: wr_zp(c, ea_zpi(c, c->y), c->a & c->x); NEXT;

    /* loads into X and Y, LAX */
    op_a2: ldx(c, fetch(c)); NEXT;
    op_a6: ldx(c, rd_zp(c, ea_zp(c))); NEXT;
    op_ae: ldx(c, rd(c, ea_abs(c))); NEXT;
    op_b6: ldx(c, rd_zp(c, ea_zpi(c, c->y))); NEXT;
    op_be: ldx(c, rd(c, ea_absi_r(c, c->y))); NEXT;
    op_a0: ldy(c, fetch(c)); NEXT;
    op_a4: ldy(c, rd_zp(c, ea_zp(c))); NEXT;
    op_ac: ldy(c, rd(c, ea_abs(c))); NEXT;
    op_b4: ldy(c, rd_zp(c, ea_zpi(c, c->x))); NEXT;
    op_bc: ldy(c, rd(c, ea_absi_r(c, c->x))); NEXT;
    op_a3: lax(c, rd(c, ea_indx(c))); NEXT;
    op_a7: lax(c, rd_zp(c, ea_zp(c))); NEXT;
    op_af: lax(c, rd(c, ea_abs(c))); NEXT;
    op_b3: lax(c, rd(c, ea_indy_r(c))); NEXT;
    op_b7: lax(c, rd_zp(c, ea_zpi(c, c->y))); NEXT;
    op_bf: lax(c, rd(c, ea_absi_r(c, c->y))); NEXT;

    /* compares with X and Y, BIT */
    op_e0: cpx(c, fetch(c)); NEXT;
    op_e4: cpx(c, rd_zp(c, ea_zp(c))); NEXT;
    op_ec: cpx(c, rd(c, ea_abs(c))); NEXT;
    op_c0: cpy(c, fetch(c)); NEXT;
    op_c4: cpy(c, rd_zp(c, ea_zp(c))); NEXT;
    op_cc: cpy(c, rd(c, ea_abs(c))); NEXT;
    op_24: bit(c, rd_zp(c, ea_zp(c))); NEXT;
    op_2c: bit(c, rd(c, ea_abs(c))); NEXT;

    /* register transfers, increments, flags */
    op_aa: idle(c); ldx(c, c->a); NEXT;
    op_a8: idle(c); ldy(c, c->a); NEXT;
    op_8a: idle(c); lda(c, c->x); NEXT;
    op_98: idle(c); lda(c, c->y); NEXT;
    op_ba: idle(c); ldx(c, c->s); NEXT;
    op_9a: idle(c); c->s = c->x; NEXT;
    op_e8: idle(c); ldx(c, (u8)(c->x + 1)); NEXT;
    op_ca: idle(c); ldx(c, (u8)(c->x - 1)); NEXT;
    op_c8: idle(c); ldy(c, (u8)(c->y + 1)); NEXT;
    op_88: idle(c); ldy(c, (u8)(c->y - 1)); NEXT;
    op_18: idle(c); c->p &= (u8)~M6502_C; NEXT;
    op_38: idle(c); c->p |= M6502_C; NEXT;
    op_d8: idle(c); c->p &= (u8)~M6502_D; NEXT;
    op_f8: idle(c); c->p |= M6502_D; NEXT;
    op_b8: idle(c); c->p &= (u8)~M6502_V; NEXT;
    op_58: idle(c); set_i_late(c, c->p & (u8)~M6502_I); NEXT;
    op_78: idle(c); set_i_late(c, c->p | M6502_I); NEXT;

    /* stack */
    op_48: idle(c); push(c, c->a); NEXT;
    op_08: idle(c); push(c, c->p | M6502_B | M6502_U); NEXT;
    op_68: pla(c); NEXT;
    op_28: plp(c); NEXT;

    /* control flow */
    op_10: branch(c, !(c->p & M6502_N)); NEXT;
    op_30: branch(c, c->p & M6502_N); NEXT;
    op_50: branch(c, !(c->p & M6502_V)); NEXT;
    op_70: branch(c, c->p & M6502_V); NEXT;
    op_90: branch(c, !(c->p & M6502_C)); NEXT;
    op_b0: branch(c, c->p & M6502_C); NEXT;
    op_d0: branch(c, !(c->p & M6502_Z)); NEXT;
    op_f0: branch(c, c->p & M6502_Z); NEXT;
    op_4c: c->pc = ea_abs(c); NEXT;
    op_6c: jmp_indirect(c); NEXT;
    op_20: jsr(c); NEXT;
    op_60: rts(c); NEXT;
    op_40: rti(c); NEXT;
    op_00: brk(c); NEXT;

    /* undocumented immediates and the unstable stores */
    op_0b: op_2b: anc(c, fetch(c)); NEXT;
    op_4b: alr(c, fetch(c)); NEXT;
    op_6b: arr(c, fetch(c)); NEXT;
    op_cb: sbx(c, fetch(c)); NEXT;
    op_eb: sbc(c, fetch(c)); NEXT;
    op_8b: ane(c, fetch(c)); NEXT;
    op_ab: lxa(c, fetch(c)); NEXT;
    op_bb: las(c, rd(c, ea_absi_r(c, c->y))); NEXT;
    op_93: sh_store(c, ea_indy_w(c), c->a & c->x); NEXT;
    op_9f: sh_store(c, ea_absi_w(c, c->y), c->a & c->x); NEXT;
    op_9e: sh_store(c, ea_absi_w(c, c->y), c->x); NEXT;
    op_9c: sh_store(c, ea_absi_w(c, c->x), c->y); NEXT;
    op_9b: c->s = c->a & c->x; sh_store(c, ea_absi_w(c, c->y), c->s); NEXT;

    /* NOPs, documented and not: they still perform their operand reads */
    op_ea: op_1a: op_3a: op_5a: op_7a: op_da: op_fa:
        idle(c);
        NEXT;
    op_80: op_82: op_89: op_c2: op_e2:
        fetch(c);
        NEXT;
    op_04: op_44: op_64:
        rd_zp(c, ea_zp(c));
        NEXT;
    op_14: op_34: op_54: op_74: op_d4: op_f4:
        rd_zp(c, ea_zpi(c, c->x));
        NEXT;
    op_0c:
        rd(c, ea_abs(c));
        NEXT;
    op_1c: op_3c: op_5c: op_7c: op_dc: op_fc:
        rd(c, ea_absi_r(c, c->x));
        NEXT;

    op_02: op_12: op_22: op_32: op_42: op_52:
    op_62: op_72: op_92: op_b2: op_d2: op_f2:
        jam(c);
        NEXT;

done:
    save(c);
    z->running = false;
    int ran = cpu_cycles_run(&z->base);
    if (z->irq_stamped)
        z->irq_late = z->irq_stamp == ran;
    if (z->nmi_stamped)
        z->nmi_late = z->nmi_stamp == ran;
    z->irq_stamped = z->nmi_stamped = false;
    return ran;
}

#undef NEXT

/* ---- core table ------------------------------------------------------- */

CPU_CORE_ADAPTERS(m6502, m6502_t, c->pc)

const cpu_core_ops m6502_core = {
    .name = "MOS Technology 6502",
    .id = "6502",
    .size = sizeof(m6502_t),
    .clock_divider = 1,
    CPU_CORE_ENTRY_POINTS(m6502),
};
