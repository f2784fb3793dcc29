/* Zilog Z80 core. One switch per opcode page (main, CB, ED, DD/FD, DDCB).
   Cycles are charged where they happen: each bus access charges its own
   machine cycle after the access (opcode fetch 4, memory 3, I/O 4), and the
   internal T-states of an instruction are added with CYCLES() at the point
   where the chip spends them. So while a read or write handler runs,
   cpu_cycles_run() is the T-state at which that access's machine cycle
   starts. */
#include "cpu/z80.h"

#include <string.h>

enum { FC = 0x01, FN = 0x02, FP = 0x04, FX = 0x08, FH = 0x10, FY = 0x20, FZ = 0x40, FS = 0x80 };

#define RA c->af.b.h
#define RF c->af.b.l
#define RB c->bc.b.h
#define RC c->bc.b.l
#define RD c->de.b.h
#define RE c->de.b.l
#define RH c->hl.b.h
#define RL c->hl.b.l

/* Every instruction that changes F latches the new value into Q too. */
#define SETF(v) (c->qq.b.l = RF = (u8)(v))
#define CYCLES(n) (c->base.icount -= (n))

/* Flag tables, built by the preprocessor: S, Z, Y, X of a byte, and the same
   with even parity in P/V. */
#define PAR_EVEN(v) ((((0x6996 >> (((v) ^ ((v) >> 4)) & 0xf)) & 1)) ? 0 : FP)
#define SZ53(v) (((v) & (FS | FY | FX)) | ((v) ? 0 : FZ))
#define SZ53P(v) (SZ53(v) | PAR_EVEN(v))
#define T4(f, n) f(n), f((n) + 1), f((n) + 2), f((n) + 3)
#define T16(f, n) T4(f, n), T4(f, (n) + 4), T4(f, (n) + 8), T4(f, (n) + 12)
#define T64(f, n) T16(f, n), T16(f, (n) + 16), T16(f, (n) + 32), T16(f, (n) + 48)
#define T256(f) T64(f, 0), T64(f, 64), T64(f, 128), T64(f, 192)

static const u8 sz53[256] = { T256(SZ53) };
static const u8 sz53p[256] = { T256(SZ53P) };

/* ---- bus access ----
   Four one-page caches (opcode fetches, operand fetches at PC, data reads,
   data writes) hold the direct pointer of the 256-byte page last used, so
   ordinary accesses are a compare and a load. A page's pointer only changes
   when code runs: a memory or I/O handler (banking), an interrupt
   acknowledge, a HALT output, or anything between two execute calls. All
   four are dropped at each of those points, so a hit always sees the page
   table as it is now. */

#define INLINE static inline __attribute__((always_inline))
#define Z80_NO_PAGE 0xffffffffu

static void drop_pages(z80_t *c)
{
    c->op_page = c->arg_page = c->rd_page = c->wr_page = Z80_NO_PAGE;
}

/* A page can be cached when it is direct and at least 256 bytes long; the
   cached pointer is that of its 256-byte part holding m. */
static inline bool cacheable(const address_space_t *as)
{
    return as->page_shift >= 8;
}

static inline offs_t page_part(const address_space_t *as, offs_t m)
{
    return m & as->page_mask & ~(offs_t)0xff;
}

static __attribute__((noinline)) u8 read_slow(z80_t *c, address_space_t *as, u16 a, const u8 **cbase,
                                              u32 *page)
{
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    if (bp->rbase) {
        if (cacheable(as)) {
            *cbase = bp->rbase + page_part(as, m);
            *page = (u32)(a >> 8);
        }
        return bp->rbase[m & as->page_mask];
    }
    const bus_handler *h = &as->handlers[bp->rh];
    u8 v = h->r(h->ctx, (m & h->amask) - h->base);
    drop_pages(c);
    return v;
}

static __attribute__((noinline)) void write_slow(z80_t *c, u16 a, u8 v)
{
    address_space_t *as = c->program;
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    if (bp->wbase) {
        if (cacheable(as)) {
            c->wr_base = bp->wbase + page_part(as, m);
            c->wr_page = (u32)(a >> 8);
        }
        bp->wbase[m & as->page_mask] = v;
        return;
    }
    const bus_handler *h = &as->handlers[bp->wh];
    h->w(h->ctx, (m & h->amask) - h->base, v);
    drop_pages(c);
}

INLINE u8 rd(z80_t *c, u16 addr)
{
    u32 a = addr;
    u8 v = (a >> 8) == c->rd_page ? c->rd_base[a & 0xff] : read_slow(c, c->program, addr, &c->rd_base, &c->rd_page);
    CYCLES(3);
    return v;
}

INLINE void wr(z80_t *c, u16 addr, u8 v)
{
    u32 a = addr;
    if ((a >> 8) == c->wr_page)
        c->wr_base[a & 0xff] = v;
    else
        write_slow(c, addr, v);
    CYCLES(3);
}

/* Two reads in one cached page have no handler between them, so they can
   be done together; otherwise byte by byte, each charged as it happens. */
INLINE u16 rd16(z80_t *c, u16 a)
{
    u32 a32 = a;
    if ((a32 >> 8) == c->rd_page && (a32 & 0xff) != 0xff) {
        CYCLES(6);
        return (u16)(c->rd_base[a32 & 0xff] | c->rd_base[(a32 & 0xff) + 1] << 8);
    }
    u8 lo = rd(c, a);
    return (u16)(lo | rd(c, (u16)(a + 1)) << 8);
}

INLINE void wr16(z80_t *c, u16 a, u16 v)
{
    wr(c, a, (u8)v);
    wr(c, (u16)(a + 1), (u8)(v >> 8));
}

/* An opcode fetch (M1): bumps the refresh counter. */
INLINE u8 fetch_op(z80_t *c)
{
    c->r++;
    u32 pc = c->pc.w;
    c->pc.w = (u16)(pc + 1);
    u8 op = (pc >> 8) == c->op_page ? c->op_base[pc & 0xff] : read_slow(c, c->opcodes, (u16)pc, &c->op_base, &c->op_page);
    CYCLES(4);
    return op;
}

/* An operand byte at PC (a memory read of the program space). */
INLINE u8 imm8(z80_t *c)
{
    u32 pc = c->pc.w;
    c->pc.w = (u16)(pc + 1);
    u8 v = (pc >> 8) == c->arg_page ? c->arg_base[pc & 0xff] : read_slow(c, c->program, (u16)pc, &c->arg_base, &c->arg_page);
    CYCLES(3);
    return v;
}

INLINE u16 imm16(z80_t *c)
{
    u32 pc = c->pc.w;
    if ((pc >> 8) == c->arg_page && (pc & 0xff) != 0xff) {
        c->pc.w = (u16)(pc + 2);
        CYCLES(6);
        return (u16)(c->arg_base[pc & 0xff] | c->arg_base[(pc & 0xff) + 1] << 8);
    }
    u8 lo = imm8(c);
    return (u16)(lo | imm8(c) << 8);
}

INLINE void push(z80_t *c, u16 v)
{
    u32 sp = c->sp.w;
    if (((sp - 1) >> 8) == c->wr_page && ((sp - 1) & 0xff) != 0) {
        c->wr_base[(sp - 1) & 0xff] = (u8)(v >> 8);
        c->wr_base[(sp - 2) & 0xff] = (u8)v;
        c->sp.w = (u16)(sp - 2);
        CYCLES(6);
        return;
    }
    wr(c, --c->sp.w, (u8)(v >> 8));
    wr(c, --c->sp.w, (u8)v);
}

INLINE u16 pop(z80_t *c)
{
    u32 sp = c->sp.w;
    if ((sp >> 8) == c->rd_page && (sp & 0xff) != 0xff) {
        c->sp.w = (u16)(sp + 2);
        CYCLES(6);
        return (u16)(c->rd_base[sp & 0xff] | c->rd_base[(sp & 0xff) + 1] << 8);
    }
    u8 lo = rd(c, c->sp.w++);
    return (u16)(lo | rd(c, c->sp.w++) << 8);
}

/* PUSH rr: the opcode fetch takes 5 T-states before the two writes. */
INLINE void push_op(z80_t *c, u16 v)
{
    CYCLES(1);
    push(c, v);
}

/* EX (SP),rr: the second read and the last write are 4 and 5 T-states
   long; the high byte is written first. */
static inline void ex_sp(z80_t *c, u16 *rr)
{
    u8 lo = rd(c, c->sp.w);
    u8 hi = rd(c, (u16)(c->sp.w + 1));
    CYCLES(1);
    wr(c, (u16)(c->sp.w + 1), (u8)(*rr >> 8));
    wr(c, c->sp.w, (u8)*rr);
    CYCLES(2);
    *rr = c->wz.w = (u16)(lo | hi << 8);
}

/* A machine without an I/O map (cabz80) reads open bus and drops writes
   (an OUT reached through a loaded state dereferenced NULL: fuzzing). */
static inline u8 port_in(z80_t *c, u16 port)
{
    u8 v = c->io ? as_read8(c->io, port) : 0xff;
    drop_pages(c);
    CYCLES(4);
    return v;
}

static inline void port_out(z80_t *c, u16 port, u8 v)
{
    if (c->io)
        as_write8(c->io, port, v);
    drop_pages(c);
    CYCLES(4);
}

/* ---- register operands by encoding (0=B ... 5=L, 7=A; 6 is memory) ---- */

static inline u8 get_reg(z80_t *c, int n)
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

static inline void set_reg(z80_t *c, int n, u8 v)
{
    switch (n) {
    case 0: RB = v; break;
    case 1: RC = v; break;
    case 2: RD = v; break;
    case 3: RE = v; break;
    case 4: RH = v; break;
    case 5: RL = v; break;
    default: RA = v; break;
    }
}

/* The same with H and L replaced by the high/low half of IX or IY. */
static inline u8 get_reg_xy(z80_t *c, z80_pair *xy, int n)
{
    if (n == 4)
        return xy->b.h;
    if (n == 5)
        return xy->b.l;
    return get_reg(c, n);
}

static inline void set_reg_xy(z80_t *c, z80_pair *xy, int n, u8 v)
{
    if (n == 4)
        xy->b.h = v;
    else if (n == 5)
        xy->b.l = v;
    else
        set_reg(c, n, v);
}

/* ---- 8-bit arithmetic ---- */

INLINE void alu_add(z80_t *c, u8 v)
{
    unsigned a = RA, r = a + v;
    SETF(sz53[r & 0xff] | (r >> 8) | ((a ^ v ^ r) & FH) | (((a ^ ~v) & (a ^ r) & 0x80) >> 5));
    RA = (u8)r;
}

INLINE void alu_adc(z80_t *c, u8 v)
{
    unsigned a = RA, r = a + v + (RF & FC);
    SETF(sz53[r & 0xff] | (r >> 8) | ((a ^ v ^ r) & FH) | (((a ^ ~v) & (a ^ r) & 0x80) >> 5));
    RA = (u8)r;
}

INLINE u8 sub_flags(z80_t *c, u8 v, unsigned cin)
{
    unsigned a = RA, r = a - v - cin;
    SETF(sz53[r & 0xff] | FN | ((r >> 8) & FC) | ((a ^ v ^ r) & FH) | (((a ^ v) & (a ^ r) & 0x80) >> 5));
    return (u8)r;
}

INLINE void alu_sub(z80_t *c, u8 v)
{
    RA = sub_flags(c, v, 0);
}

INLINE void alu_sbc(z80_t *c, u8 v)
{
    RA = sub_flags(c, v, RF & FC);
}

INLINE void alu_and(z80_t *c, u8 v)
{
    RA &= v;
    SETF(sz53p[RA] | FH);
}

INLINE void alu_xor(z80_t *c, u8 v)
{
    RA ^= v;
    SETF(sz53p[RA]);
}

INLINE void alu_or(z80_t *c, u8 v)
{
    RA |= v;
    SETF(sz53p[RA]);
}

/* CP takes X and Y from the operand, not from the result. */
INLINE void alu_cp(z80_t *c, u8 v)
{
    sub_flags(c, v, 0);
    SETF((RF & ~(FX | FY)) | (v & (FX | FY)));
}

static inline void alu_op(z80_t *c, int op, u8 v)
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

INLINE u8 inc8(z80_t *c, u8 v)
{
    u8 r = (u8)(v + 1);
    SETF((RF & FC) | sz53[r] | ((r & 0x0f) ? 0 : FH) | (r == 0x80 ? FP : 0));
    return r;
}

INLINE u8 dec8(z80_t *c, u8 v)
{
    u8 r = (u8)(v - 1);
    SETF((RF & FC) | sz53[r] | FN | ((v & 0x0f) ? 0 : FH) | (v == 0x80 ? FP : 0));
    return r;
}

/* ---- 16-bit arithmetic (all set WZ to the first operand + 1 and take 7
   internal T-states after the opcode fetches) ---- */

INLINE u16 add16(z80_t *c, u16 a, u16 b)
{
    u32 r = (u32)a + b;
    c->wz.w = (u16)(a + 1);
    CYCLES(7);
    SETF((RF & (FS | FZ | FP)) | ((r >> 8) & (FX | FY)) | (((a ^ b ^ r) >> 8) & FH) | (r >> 16));
    return (u16)r;
}

static inline void adc16(z80_t *c, u16 b)
{
    u16 a = c->hl.w;
    u32 r = (u32)a + b + (RF & FC);
    c->wz.w = (u16)(a + 1);
    CYCLES(7);
    SETF(((r >> 8) & (FS | FX | FY)) | ((r & 0xffff) ? 0 : FZ) | (((a ^ b ^ r) >> 8) & FH) |
         (((a ^ ~b) & (a ^ r) & 0x8000) >> 13) | (r >> 16));
    c->hl.w = (u16)r;
}

static inline void sbc16(z80_t *c, u16 b)
{
    u16 a = c->hl.w;
    u32 r = (u32)a - b - (RF & FC);
    c->wz.w = (u16)(a + 1);
    CYCLES(7);
    SETF(((r >> 8) & (FS | FX | FY)) | ((r & 0xffff) ? 0 : FZ) | (((a ^ b ^ r) >> 8) & FH) |
         (((a ^ b) & (a ^ r) & 0x8000) >> 13) | ((r >> 16) & FC) | FN);
    c->hl.w = (u16)r;
}

/* ---- accumulator specials ---- */

static void daa(z80_t *c)
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
static inline u8 scf_xy(z80_t *c)
{
    return ((c->qq.b.h ^ RF) | RA) & (FX | FY);
}

/* ---- CB page ---- */

static u8 rot(z80_t *c, int kind, u8 v)
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
static inline void bit_test(z80_t *c, int n, u8 v, u8 xy_src)
{
    SETF((RF & FC) | FH | (sz53p[v & (1 << n)] & ~(FX | FY)) | (xy_src & (FX | FY)));
}

static u8 cb_modify(z80_t *c, u8 op, u8 v)
{
    int n = (op >> 3) & 7;
    switch (op >> 6) {
    case 0: return rot(c, n, v);
    case 2: return v & (u8) ~(1 << n);
    default: return v | (u8)(1 << n);
    }
}

static void exec_cb(z80_t *c)
{
    u8 op = fetch_op(c);
    int r = op & 7;
    bool is_bit = (op & 0xc0) == 0x40;
    if (r == 6) {
        u8 v = rd(c, c->hl.w);
        CYCLES(1); /* the read is 4 T-states */
        if (is_bit)
            bit_test(c, (op >> 3) & 7, v, c->wz.b.h);
        else
            wr(c, c->hl.w, cb_modify(c, op, v));
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
static void exec_xy_cb(z80_t *c, z80_pair *xy)
{
    u16 a = (u16)(xy->w + (s8)imm8(c));
    u8 op = imm8(c);
    CYCLES(2);
    u8 v = rd(c, a);
    CYCLES(1);
    c->wz.w = a;
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

static inline u16 *pair_sp(z80_t *c, int n)
{
    switch (n & 3) {
    case 0: return &c->bc.w;
    case 1: return &c->de.w;
    case 2: return &c->hl.w;
    default: return &c->sp.w;
    }
}

/* PC back onto the ED prefix for another round; X/Y then show PC bits 11/13. */
static inline void block_repeat(z80_t *c)
{
    c->pc.w -= 2;
    c->wz.w = (u16)(c->pc.w + 1);
    RF = (u8)((RF & ~(FX | FY)) | (c->pc.b.h & (FX | FY)));
    CYCLES(5);
}

/* The write of LDI/LDD and the read of CPI/CPD are followed by 2 and 5
   internal T-states; INI/OUTI have a 5-T second opcode fetch. */
static void ld_block(z80_t *c, int dir, bool repeat)
{
    u8 v = rd(c, c->hl.w);
    wr(c, c->de.w, v);
    CYCLES(2);
    c->hl.w = (u16)(c->hl.w + dir);
    c->de.w = (u16)(c->de.w + dir);
    c->bc.w--;
    u8 n = (u8)(RA + v);
    SETF((RF & (FS | FZ | FC)) | (c->bc.w ? FP : 0) | (n & FX) | ((n << 4) & FY));
    if (repeat && c->bc.w) {
        block_repeat(c);
        c->qq.b.l = RF;
    }
}

static void cp_block(z80_t *c, int dir, bool repeat)
{
    u8 v = rd(c, c->hl.w);
    CYCLES(5);
    c->hl.w = (u16)(c->hl.w + dir);
    c->wz.w = (u16)(c->wz.w + dir);
    c->bc.w--;
    u8 n = (u8)(RA - v);
    u8 h = (RA ^ v ^ n) & FH;
    u8 m = (u8)(n - (h >> 4));
    SETF((RF & FC) | FN | (sz53[n] & (FS | FZ)) | h | (c->bc.w ? FP : 0) | (m & FX) | ((m << 4) & FY));
    if (repeat && c->bc.w && !(RF & FZ)) {
        block_repeat(c);
        c->qq.b.l = RF;
    }
}

/* Flags shared by INI/IND/OUTI/OUTD; k is the 9-bit sum the chip forms. */
static void io_block_flags(z80_t *c, u8 v, unsigned k)
{
    SETF(sz53[RB] | ((v & 0x80) ? FN : 0) | (k > 0xff ? FH | FC : 0) | (sz53p[(k & 7) ^ RB] & FP));
}

/* The repeating forms also rework P/V and H from the decremented B. */
static void io_block_repeat(z80_t *c)
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

static void in_block(z80_t *c, int dir, bool repeat)
{
    c->wz.w = (u16)(c->bc.w + dir);
    CYCLES(1);
    u8 v = port_in(c, c->bc.w);
    RB--;
    wr(c, c->hl.w, v);
    c->hl.w = (u16)(c->hl.w + dir);
    io_block_flags(c, v, (unsigned)(u8)(RC + dir) + v);
    if (repeat && RB)
        io_block_repeat(c);
}

static void out_block(z80_t *c, int dir, bool repeat)
{
    CYCLES(1);
    u8 v = rd(c, c->hl.w);
    RB--;
    port_out(c, c->bc.w, v);
    c->hl.w = (u16)(c->hl.w + dir);
    c->wz.w = (u16)(c->bc.w + dir);
    io_block_flags(c, v, (unsigned)RL + v);
    if (repeat && RB)
        io_block_repeat(c);
}

static void exec_block(z80_t *c, u8 op)
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

static void ld_a_ir(z80_t *c, u8 v)
{
    RA = v;
    SETF((RF & FC) | sz53[v] | (c->iff2 ? FP : 0));
    c->p = 1;
    c->check = 1;
}

/* RRD/RLD: 4 T-states of nibble shuffling between the read and the write. */
static void rxd(z80_t *c, bool left)
{
    u8 m = rd(c, c->hl.w), a = RA;
    CYCLES(4);
    if (left) {
        wr(c, c->hl.w, (u8)(m << 4 | (a & 0x0f)));
        RA = (u8)((a & 0xf0) | m >> 4);
    } else {
        wr(c, c->hl.w, (u8)(a << 4 | m >> 4));
        RA = (u8)((a & 0xf0) | (m & 0x0f));
    }
    c->wz.w = (u16)(c->hl.w + 1);
    SETF((RF & FC) | sz53p[RA]);
}

/* ED 40-7F: the column decides the operation, bits 3-5 the operand. */
static void exec_ed_x1(z80_t *c, u8 op)
{
    int y = (op >> 3) & 7;
    switch (op & 7) {
    case 0: { /* IN r,(C); ED 70 only sets flags */
        u8 v = port_in(c, c->bc.w);
        c->wz.w = (u16)(c->bc.w + 1);
        if (y != 6)
            set_reg(c, y, v);
        SETF((RF & FC) | sz53p[v]);
        break;
    }
    case 1: /* OUT (C),r; ED 71 outputs 0 on NMOS parts */
        port_out(c, c->bc.w, y == 6 ? 0 : get_reg(c, y));
        c->wz.w = (u16)(c->bc.w + 1);
        break;
    case 2:
        if (y & 1)
            adc16(c, *pair_sp(c, y >> 1));
        else
            sbc16(c, *pair_sp(c, y >> 1));
        break;
    case 3: {
        u16 a = imm16(c);
        if (y & 1)
            *pair_sp(c, y >> 1) = rd16(c, a);
        else
            wr16(c, a, *pair_sp(c, y >> 1));
        c->wz.w = (u16)(a + 1);
        break;
    }
    case 4: { /* NEG */
        u8 v = RA;
        RA = 0;
        alu_sub(c, v);
        break;
    }
    case 5: /* RETN / RETI */
        c->iff1 = c->iff2;
        c->check = 1;
        c->pc.w = c->wz.w = pop(c);
        break;
    case 6:
        c->im = (y & 3) == 3 ? 2 : (y & 3) == 2 ? 1 : 0;
        break;
    default: /* LD I,A / LD R,A / LD A,I / LD A,R have a 5-T opcode fetch */
        switch (y) {
        case 0: c->i = RA; CYCLES(1); break;
        case 1: z80_set_r(c, RA); CYCLES(1); break;
        case 2: ld_a_ir(c, c->i); CYCLES(1); break;
        case 3: ld_a_ir(c, z80_get_r(c)); CYCLES(1); break;
        case 4: rxd(c, false); break;
        case 5: rxd(c, true); break;
        default: break;
        }
        break;
    }
}

static void exec_ed(z80_t *c)
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
static inline u16 xy_addr(z80_t *c, z80_pair *xy)
{
    c->wz.w = (u16)(xy->w + (s8)imm8(c));
    CYCLES(5);
    return c->wz.w;
}

static void exec_main_nl(z80_t *c, u8 op);

static void xy_ld(z80_t *c, z80_pair *xy, u8 op)
{
    int dst = (op >> 3) & 7, src = op & 7;
    if (src == 6)
        set_reg(c, dst, rd(c, xy_addr(c, xy)));
    else if (dst == 6)
        wr(c, xy_addr(c, xy), get_reg(c, src));
    else
        set_reg_xy(c, xy, dst, get_reg_xy(c, xy, src));
}

static void xy_alu(z80_t *c, z80_pair *xy, u8 op)
{
    int src = op & 7;
    if (src == 6)
        alu_op(c, (op >> 3) & 7, rd(c, xy_addr(c, xy)));
    else
        alu_op(c, (op >> 3) & 7, get_reg_xy(c, xy, src));
}

/* Returns false when op does not use HL, so it runs as the plain opcode. */
static bool xy_special(z80_t *c, z80_pair *xy, u8 op)
{
    switch (op) {
    case 0x09: xy->w = add16(c, xy->w, c->bc.w); break;
    case 0x19: xy->w = add16(c, xy->w, c->de.w); break;
    case 0x29: xy->w = add16(c, xy->w, xy->w); break;
    case 0x39: xy->w = add16(c, xy->w, c->sp.w); break;
    case 0x21: xy->w = imm16(c); break;
    case 0x22: {
        u16 a = imm16(c);
        wr16(c, a, xy->w);
        c->wz.w = (u16)(a + 1);
        break;
    }
    case 0x2a: {
        u16 a = imm16(c);
        xy->w = rd16(c, a);
        c->wz.w = (u16)(a + 1);
        break;
    }
    case 0x23: xy->w++; CYCLES(2); break;
    case 0x2b: xy->w--; CYCLES(2); break;
    case 0x24: xy->b.h = inc8(c, xy->b.h); break;
    case 0x25: xy->b.h = dec8(c, xy->b.h); break;
    case 0x26: xy->b.h = imm8(c); break;
    case 0x2c: xy->b.l = inc8(c, xy->b.l); break;
    case 0x2d: xy->b.l = dec8(c, xy->b.l); break;
    case 0x2e: xy->b.l = imm8(c); break;
    case 0x34:
    case 0x35: {
        u16 a = xy_addr(c, xy);
        u8 v = rd(c, a);
        CYCLES(1);
        wr(c, a, op == 0x34 ? inc8(c, v) : dec8(c, v));
        break;
    }
    case 0x36: { /* n is read during the address arithmetic; 2 T-states remain */
        u16 a = c->wz.w = (u16)(xy->w + (s8)imm8(c));
        u8 n = imm8(c);
        CYCLES(2);
        wr(c, a, n);
        break;
    }
    case 0xe1: xy->w = pop(c); break;
    case 0xe5: push_op(c, xy->w); break;
    case 0xe3: ex_sp(c, &xy->w); break;
    case 0xe9: c->pc.w = xy->w; break;
    case 0xf9: c->sp.w = xy->w; CYCLES(2); break;
    default: return false;
    }
    return true;
}

/* Entered after a DD or FD opcode; further DD/FD bytes just restart it. */
static void exec_xy(z80_t *c, z80_pair *xy)
{
    u8 op;
    for (;;) {
        op = fetch_op(c);
        if (op == 0xdd)
            xy = &c->ix;
        else if (op == 0xfd)
            xy = &c->iy;
        else
            break;
    }
    if (op >= 0x40 && op < 0xc0 && op != 0x76) {
        if (op < 0x80)
            xy_ld(c, xy, op);
        else
            xy_alu(c, xy, op);
    } else if (op == 0xcb) {
        exec_xy_cb(c, xy);
    } else if (op == 0xed) {
        exec_ed(c);
    } else if (!xy_special(c, xy, op)) {
        exec_main_nl(c, op);
    }
}

/* ---- unprefixed opcodes ---- */

#define LD_ROW(base, dst)                                                                           \
    case base + 0: dst = RB; break;                                                                 \
    case base + 1: dst = RC; break;                                                                 \
    case base + 2: dst = RD; break;                                                                 \
    case base + 3: dst = RE; break;                                                                 \
    case base + 4: dst = RH; break;                                                                 \
    case base + 5: dst = RL; break;                                                                 \
    case base + 6: dst = rd(c, c->hl.w); break;                                                     \
    case base + 7: dst = RA; break;

#define ALU_ROW(base, fn)                                                                           \
    case base + 0: fn(c, RB); break;                                                                \
    case base + 1: fn(c, RC); break;                                                                \
    case base + 2: fn(c, RD); break;                                                                \
    case base + 3: fn(c, RE); break;                                                                \
    case base + 4: fn(c, RH); break;                                                                \
    case base + 5: fn(c, RL); break;                                                                \
    case base + 6: fn(c, rd(c, c->hl.w)); break;                                                    \
    case base + 7: fn(c, RA); break;

INLINE void jr(z80_t *c, bool cond)
{
    s8 d = (s8)imm8(c);
    if (cond) {
        c->pc.w = c->wz.w = (u16)(c->pc.w + d);
        CYCLES(5);
    }
}

INLINE void jp(z80_t *c, bool cond)
{
    c->wz.w = imm16(c);
    if (cond)
        c->pc.w = c->wz.w;
}

INLINE void call_to(z80_t *c, u16 target)
{
    push(c, c->pc.w);
    c->pc.w = c->wz.w = target;
}

/* A taken CALL spends one more T-state after reading the high byte. */
INLINE void call(z80_t *c, bool cond)
{
    c->wz.w = imm16(c);
    if (cond) {
        CYCLES(1);
        call_to(c, c->wz.w);
    }
}

/* RET cc: a 5-T opcode fetch (the condition test), then the pops if taken. */
INLINE void ret(z80_t *c, bool cond)
{
    CYCLES(1);
    if (cond)
        c->pc.w = c->wz.w = pop(c);
}

/* RST: a 5-T opcode fetch, then the pushes. */
INLINE void rst(z80_t *c, u16 target)
{
    CYCLES(1);
    call_to(c, target);
}

static inline void swap16(u16 *a, u16 *b)
{
    u16 t = *a;
    *a = *b;
    *b = t;
}

static void exx(z80_t *c)
{
    swap16(&c->bc.w, &c->bc2.w);
    swap16(&c->de.w, &c->de2.w);
    swap16(&c->hl.w, &c->hl2.w);
}

/* /HALT is a pin (boards use it to sync CPUs): changes go to CPU_OUT_HALT. */
static void set_halted(z80_t *c, u8 on)
{
    if (c->halted == on)
        return;
    c->halted = on;
    cpu_output(&c->base, CPU_OUT_HALT, on);
    drop_pages(c);
}

static void halt(z80_t *c)
{
    set_halted(c, 1);
    c->check = 1;
}

static void ei(z80_t *c)
{
    c->iff1 = c->iff2 = 1;
    c->ei = 1;
    c->check = 1;
}

static void rotate_a(z80_t *c, u8 r, u8 cf)
{
    RA = r;
    SETF((RF & (FS | FZ | FP)) | (r & (FX | FY)) | cf);
}

/* The opcode fetch has been charged; each case adds the T-states its opcode
   spends off the bus (INC rr, DEC rr and LD SP,HL have a 6-T fetch). */
static inline __attribute__((always_inline)) void exec_main(z80_t *c, u8 op)
{
    switch (op) {
    case 0x00: break;
    case 0x01: c->bc.w = imm16(c); break;
    case 0x02:
        wr(c, c->bc.w, RA);
        c->wz.w = (u16)(((c->bc.w + 1) & 0xff) | RA << 8);
        break;
    case 0x03: c->bc.w++; CYCLES(2); break;
    case 0x04: RB = inc8(c, RB); break;
    case 0x05: RB = dec8(c, RB); break;
    case 0x06: RB = imm8(c); break;
    case 0x07: rotate_a(c, (u8)(RA << 1 | RA >> 7), RA >> 7); break;
    case 0x08: swap16(&c->af.w, &c->af2.w); break;
    case 0x09: c->hl.w = add16(c, c->hl.w, c->bc.w); break;
    case 0x0a:
        RA = rd(c, c->bc.w);
        c->wz.w = (u16)(c->bc.w + 1);
        break;
    case 0x0b: c->bc.w--; CYCLES(2); break;
    case 0x0c: RC = inc8(c, RC); break;
    case 0x0d: RC = dec8(c, RC); break;
    case 0x0e: RC = imm8(c); break;
    case 0x0f: rotate_a(c, (u8)(RA >> 1 | RA << 7), RA & 1); break;

    case 0x10: { /* DJNZ: 5-T opcode fetch */
        CYCLES(1);
        s8 d = (s8)imm8(c);
        if (--RB) {
            c->pc.w = c->wz.w = (u16)(c->pc.w + d);
            CYCLES(5);
        }
        break;
    }
    case 0x11: c->de.w = imm16(c); break;
    case 0x12:
        wr(c, c->de.w, RA);
        c->wz.w = (u16)(((c->de.w + 1) & 0xff) | RA << 8);
        break;
    case 0x13: c->de.w++; CYCLES(2); break;
    case 0x14: RD = inc8(c, RD); break;
    case 0x15: RD = dec8(c, RD); break;
    case 0x16: RD = imm8(c); break;
    case 0x17: rotate_a(c, (u8)(RA << 1 | (RF & FC)), RA >> 7); break;
    case 0x18: jr(c, true); break;
    case 0x19: c->hl.w = add16(c, c->hl.w, c->de.w); break;
    case 0x1a:
        RA = rd(c, c->de.w);
        c->wz.w = (u16)(c->de.w + 1);
        break;
    case 0x1b: c->de.w--; CYCLES(2); break;
    case 0x1c: RE = inc8(c, RE); break;
    case 0x1d: RE = dec8(c, RE); break;
    case 0x1e: RE = imm8(c); break;
    case 0x1f: rotate_a(c, (u8)(RA >> 1 | (RF & FC) << 7), RA & 1); break;

    case 0x20: jr(c, !(RF & FZ)); break;
    case 0x21: c->hl.w = imm16(c); break;
    case 0x22: {
        u16 a = imm16(c);
        wr16(c, a, c->hl.w);
        c->wz.w = (u16)(a + 1);
        break;
    }
    case 0x23: c->hl.w++; CYCLES(2); break;
    case 0x24: RH = inc8(c, RH); break;
    case 0x25: RH = dec8(c, RH); break;
    case 0x26: RH = imm8(c); break;
    case 0x27: daa(c); break;
    case 0x28: jr(c, RF & FZ); break;
    case 0x29: c->hl.w = add16(c, c->hl.w, c->hl.w); break;
    case 0x2a: {
        u16 a = imm16(c);
        c->hl.w = rd16(c, a);
        c->wz.w = (u16)(a + 1);
        break;
    }
    case 0x2b: c->hl.w--; CYCLES(2); break;
    case 0x2c: RL = inc8(c, RL); break;
    case 0x2d: RL = dec8(c, RL); break;
    case 0x2e: RL = imm8(c); break;
    case 0x2f:
        RA = (u8)~RA;
        SETF((RF & (FS | FZ | FP | FC)) | FH | FN | (RA & (FX | FY)));
        break;

    case 0x30: jr(c, !(RF & FC)); break;
    case 0x31: c->sp.w = imm16(c); break;
    case 0x32: {
        u16 a = imm16(c);
        wr(c, a, RA);
        c->wz.w = (u16)(((a + 1) & 0xff) | RA << 8);
        break;
    }
    case 0x33: c->sp.w++; CYCLES(2); break;
    case 0x34: {
        u8 v = rd(c, c->hl.w);
        CYCLES(1); /* the read is 4 T-states */
        wr(c, c->hl.w, inc8(c, v));
        break;
    }
    case 0x35: {
        u8 v = rd(c, c->hl.w);
        CYCLES(1);
        wr(c, c->hl.w, dec8(c, v));
        break;
    }
    case 0x36: wr(c, c->hl.w, imm8(c)); break;
    case 0x37: SETF((RF & (FS | FZ | FP)) | scf_xy(c) | FC); break;
    case 0x38: jr(c, RF & FC); break;
    case 0x39: c->hl.w = add16(c, c->hl.w, c->sp.w); break;
    case 0x3a: {
        u16 a = imm16(c);
        RA = rd(c, a);
        c->wz.w = (u16)(a + 1);
        break;
    }
    case 0x3b: c->sp.w--; CYCLES(2); break;
    case 0x3c: RA = inc8(c, RA); break;
    case 0x3d: RA = dec8(c, RA); break;
    case 0x3e: RA = imm8(c); break;
    case 0x3f: SETF(((RF & (FS | FZ | FP | FC)) | ((RF & FC) << 4) | scf_xy(c)) ^ FC); break;

    LD_ROW(0x40, RB)
    LD_ROW(0x48, RC)
    LD_ROW(0x50, RD)
    LD_ROW(0x58, RE)
    LD_ROW(0x60, RH)
    LD_ROW(0x68, RL)
    case 0x70: wr(c, c->hl.w, RB); break;
    case 0x71: wr(c, c->hl.w, RC); break;
    case 0x72: wr(c, c->hl.w, RD); break;
    case 0x73: wr(c, c->hl.w, RE); break;
    case 0x74: wr(c, c->hl.w, RH); break;
    case 0x75: wr(c, c->hl.w, RL); break;
    case 0x76: halt(c); break;
    case 0x77: wr(c, c->hl.w, RA); break;
    LD_ROW(0x78, RA)

    ALU_ROW(0x80, alu_add)
    ALU_ROW(0x88, alu_adc)
    ALU_ROW(0x90, alu_sub)
    ALU_ROW(0x98, alu_sbc)
    ALU_ROW(0xa0, alu_and)
    ALU_ROW(0xa8, alu_xor)
    ALU_ROW(0xb0, alu_or)
    ALU_ROW(0xb8, alu_cp)

    case 0xc0: ret(c, !(RF & FZ)); break;
    case 0xc1: c->bc.w = pop(c); break;
    case 0xc2: jp(c, !(RF & FZ)); break;
    case 0xc3: jp(c, true); break;
    case 0xc4: call(c, !(RF & FZ)); break;
    case 0xc5: push_op(c, c->bc.w); break;
    case 0xc6: alu_add(c, imm8(c)); break;
    case 0xc7: rst(c, 0x00); break;
    case 0xc8: ret(c, RF & FZ); break;
    case 0xc9: c->pc.w = c->wz.w = pop(c); break;
    case 0xca: jp(c, RF & FZ); break;
    case 0xcb: exec_cb(c); break;
    case 0xcc: call(c, RF & FZ); break;
    case 0xcd: call(c, true); break;
    case 0xce: alu_adc(c, imm8(c)); break;
    case 0xcf: rst(c, 0x08); break;

    case 0xd0: ret(c, !(RF & FC)); break;
    case 0xd1: c->de.w = pop(c); break;
    case 0xd2: jp(c, !(RF & FC)); break;
    case 0xd3: {
        u8 n = imm8(c);
        port_out(c, (u16)(RA << 8 | n), RA);
        c->wz.w = (u16)(RA << 8 | ((n + 1) & 0xff));
        break;
    }
    case 0xd4: call(c, !(RF & FC)); break;
    case 0xd5: push_op(c, c->de.w); break;
    case 0xd6: alu_sub(c, imm8(c)); break;
    case 0xd7: rst(c, 0x10); break;
    case 0xd8: ret(c, RF & FC); break;
    case 0xd9: exx(c); break;
    case 0xda: jp(c, RF & FC); break;
    case 0xdb: {
        u16 port = (u16)(RA << 8 | imm8(c));
        RA = port_in(c, port);
        c->wz.w = (u16)(port + 1);
        break;
    }
    case 0xdc: call(c, RF & FC); break;
    case 0xdd: exec_xy(c, &c->ix); break;
    case 0xde: alu_sbc(c, imm8(c)); break;
    case 0xdf: rst(c, 0x18); break;

    case 0xe0: ret(c, !(RF & FP)); break;
    case 0xe1: c->hl.w = pop(c); break;
    case 0xe2: jp(c, !(RF & FP)); break;
    case 0xe3: ex_sp(c, &c->hl.w); break;
    case 0xe4: call(c, !(RF & FP)); break;
    case 0xe5: push_op(c, c->hl.w); break;
    case 0xe6: alu_and(c, imm8(c)); break;
    case 0xe7: rst(c, 0x20); break;
    case 0xe8: ret(c, RF & FP); break;
    case 0xe9: c->pc.w = c->hl.w; break;
    case 0xea: jp(c, RF & FP); break;
    case 0xeb: swap16(&c->de.w, &c->hl.w); break;
    case 0xec: call(c, RF & FP); break;
    case 0xed: exec_ed(c); break;
    case 0xee: alu_xor(c, imm8(c)); break;
    case 0xef: rst(c, 0x28); break;

    case 0xf0: ret(c, !(RF & FS)); break;
    case 0xf1: c->af.w = pop(c); break;
    case 0xf2: jp(c, !(RF & FS)); break;
    case 0xf3: c->iff1 = c->iff2 = 0; break;
    case 0xf4: call(c, !(RF & FS)); break;
    case 0xf5: push_op(c, c->af.w); break;
    case 0xf6: alu_or(c, imm8(c)); break;
    case 0xf7: rst(c, 0x30); break;
    case 0xf8: ret(c, RF & FS); break;
    case 0xf9: c->sp.w = c->hl.w; CYCLES(2); break;
    case 0xfa: jp(c, RF & FS); break;
    case 0xfb: ei(c); break;
    case 0xfc: call(c, RF & FS); break;
    case 0xfd: exec_xy(c, &c->iy); break;
    case 0xfe: alu_cp(c, imm8(c)); break;
    case 0xff: rst(c, 0x38); break;
    }
}

static __attribute__((noinline)) void exec_main_nl(z80_t *c, u8 op)
{
    exec_main(c, op);
}

/* ---- interrupts ---- */

/* NMI: a 5-T opcode-fetch-like cycle, then the two pushes. */
static void take_nmi(z80_t *c)
{
    c->nmi_pending = 0;
    set_halted(c, 0);
    c->r++;
    c->iff1 = 0;
    CYCLES(5);
    call_to(c, 0x66);
}

/* IM 0 runs the byte on the data bus as an opcode; the acknowledge cycle
   that fetches it is 6 T-states (two wait states). CALL takes its address
   from bits 8-23 of the value, as in MAME, in two cycles of 3 and 4
   T-states. Other multi-byte opcodes would read their operands from memory
   at PC: devices only ever supply RST or CALL. */
static void im0(z80_t *c, u32 vec)
{
    u8 op = (u8)vec;
    CYCLES(6);
    if (op == 0xcd) {
        CYCLES(7);
        call_to(c, (u16)(vec >> 8));
    } else {
        exec_main_nl(c, op);
    }
}

static void take_irq(z80_t *c)
{
    if (c->irq_line == LINE_HOLD)
        c->irq_line = LINE_CLEAR;
    u32 vec = c->base.irq_ack ? (u32)c->base.irq_ack(c->base.irq_ctx, CPU_LINE_IRQ0) : 0xff;
    drop_pages(c);
    set_halted(c, 0);
    c->iff1 = c->iff2 = 0;
    c->r++;
    /* IM 1 and IM 2 acknowledge in 7 T-states before pushing PC */
    switch (c->im) {
    case 2:
        CYCLES(7);
        push(c, c->pc.w);
        c->pc.w = c->wz.w = rd16(c, (u16)(c->i << 8 | (vec & 0xff)));
        break;
    case 1:
        CYCLES(7);
        call_to(c, 0x38);
        break;
    default:
        im0(c, vec);
        break;
    }
}

/* The slow path before an opcode: EI delay, the LD A,I/R quirk, pending
   interrupts and HALT. Returns true when it used up this step. */
static bool service(z80_t *c)
{
    bool after_ei = c->ei, after_ldair = c->p;
    c->ei = 0;
    c->p = 0;
    bool irq = c->irq_line != LINE_CLEAR && c->iff1;
    bool taken = true;
    if (c->nmi_pending)
        take_nmi(c);
    else if (irq && !after_ei)
        take_irq(c);
    else
        taken = false;
    if (taken) {
        c->qq.w = (u16)(c->qq.w << 8);
        if (after_ldair)
            RF &= (u8)~FP;
        c->check = 1;
        return true;
    }
    c->check = irq || c->halted;
    if (!c->halted)
        return false;
    /* halted: NOPs at the same PC until an interrupt; burn the slice */
    int n = (c->base.icount + 3) / 4;
    c->r = (u8)(c->r + n);
    c->qq.w = 0;
    CYCLES(n * 4);
    return true;
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
    drop_pages(c);
}

void z80_reset(z80_t *c)
{
    c->pc.w = 0;
    c->wz.w = 0;
    c->i = 0;
    z80_set_r(c, 0);
    c->iff1 = c->iff2 = 0;
    c->im = 0;
    set_halted(c, 0);
    c->ei = c->p = 0;
    c->qq.w = 0;
    c->af.w = 0xffff;
    c->sp.w = 0xffff;
    c->nmi_pending = 0;
    c->check = 1;
    drop_pages(c);
}

int z80_execute(z80_t *c, int cycles)
{
    c->base.budget = c->base.icount = cycles;
    drop_pages(c); /* the page table may have changed since the last call */
    while (c->base.icount > 0) {
        if (c->check && service(c))
            continue;
        c->qq.w = (u16)(c->qq.w << 8);
        u8 op = fetch_op(c);
        exec_main(c, op);
    }
    return c->base.budget - c->base.icount;
}

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
