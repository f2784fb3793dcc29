/* Intel MCS-48 core. One switch over the opcode; the cycle count comes from
   a table first so the timer advances before the instruction body, as MAME
   does (MOV A,T sees the tick of its own cycle). Interrupts are taken between
   instructions: entry costs 2 cycles (a CALL to $003 or $007). */
#include <string.h>

#include "cpu/mcs48.h"

enum { TC_STOPPED, TC_TIMER, TC_COUNTER };

#define PSW_ONE 0x08

/* Machine cycles per opcode; unassigned opcodes run as 1-cycle no-ops. */
static const u8 cycle_table[256] = {
    1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2, 1, 2, 2, 2, 2, /* 00 */
    1, 1, 2, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 10 */
    1, 1, 1, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 20 */
    1, 1, 2, 1, 2, 1, 2, 1, 1, 2, 2, 1, 2, 2, 2, 2, /* 30 */
    1, 1, 1, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 40 */
    1, 1, 2, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 50 */
    1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 60 */
    1, 1, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 70 */
    2, 2, 1, 2, 2, 1, 2, 1, 2, 2, 2, 1, 2, 2, 2, 2, /* 80 */
    2, 2, 2, 2, 2, 1, 2, 1, 2, 2, 2, 1, 2, 2, 2, 2, /* 90 */
    1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* A0 */
    2, 2, 2, 2, 2, 1, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, /* B0 */
    1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* C0 */
    1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* D0 */
    1, 1, 1, 2, 2, 1, 2, 1, 2, 2, 2, 2, 2, 2, 2, 2, /* E0 */
    1, 1, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* F0 */
};

static void update_irq(mcs48_t *c)
{
    bool ext = c->xirq_en && c->int_line != LINE_CLEAR;
    bool tmr = c->tirq_en && c->timer_ovf;
    c->irq_pending = !c->irq_in_progress && (ext || tmr);
}

/* The overflow request is only latched while the timer interrupt is enabled. */
static void timer_overflow(mcs48_t *c)
{
    c->timer_flag = true;
    if (c->tirq_en) {
        c->timer_ovf = true;
        update_irq(c);
    }
}

static void timer_tick(mcs48_t *c, int cycles)
{
    c->prescaler += (u8)cycles;
    if (c->prescaler >= 32) {
        c->prescaler &= 31;
        if (++c->timer == 0)
            timer_overflow(c);
    }
}

/* The PC increments inside its 2K bank: A11 only changes on JMP/CALL/RET. */
static inline u8 fetch(mcs48_t *c)
{
    u16 pc = c->pc;
    c->pc = (u16)((pc & 0x800) | ((pc + 1) & 0x7ff));
    return as_read8(c->program, pc);
}

static inline u8 *reg(mcs48_t *c, int n)
{
    return &c->ram[c->rb + n];
}

static inline u8 *ind(mcs48_t *c, int n)
{
    return &c->ram[c->ram[c->rb + n] & c->ram_mask];
}

static void set_psw(mcs48_t *c, u8 v)
{
    c->psw = v | PSW_ONE;
    c->rb = (v & MCS48_BS) ? 24 : 0;
}

/* Stack frame: PC low byte, then PSW high nibble over PC bits 11-8. */
static void push_pc_psw(mcs48_t *c)
{
    int sp = c->psw & MCS48_SP;
    c->ram[8 + 2 * sp] = (u8)c->pc;
    c->ram[9 + 2 * sp] = (u8)(((c->pc >> 8) & 0x0f) | (c->psw & 0xf0));
    c->psw = (u8)((c->psw & 0xf8) | ((sp + 1) & 7));
}

/* Returns the saved high byte so RETR can restore the PSW nibble. */
static u8 pull_pc(mcs48_t *c)
{
    int sp = (c->psw - 1) & 7;
    u8 hi = c->ram[9 + 2 * sp];
    c->pc = (u16)(c->ram[8 + 2 * sp] | ((hi & 0x0f) << 8));
    c->psw = (u8)((c->psw & 0xf8) | sp);
    return hi;
}

static void take_irq(mcs48_t *c)
{
    bool ext = c->xirq_en && c->int_line != LINE_CLEAR;
    c->base.icount -= 2;
    if (c->tc_mode == TC_TIMER)
        timer_tick(c, 2);
    c->irq_in_progress = true;
    push_pc_psw(c);
    cpu_note_interrupt(&c->base, ext ? CPU_INT_IRQ : CPU_INT_TIMER, -1, ext ? 0x003 : 0x007);
    if (ext) {
        c->pc = 0x003;
        if (c->int_line == LINE_HOLD)
            c->int_line = LINE_CLEAR;
        if (c->base.irq_ack)
            c->base.irq_ack(c->base.irq_ctx, CPU_LINE_IRQ0);
    } else {
        c->pc = 0x007;
        c->timer_ovf = false;
    }
    update_irq(c);
}

static void add(mcs48_t *c, u8 v, int carry)
{
    int sum = c->a + v + carry;
    int half = (c->a & 0x0f) + (v & 0x0f) + carry;
    u8 f = c->psw & (u8) ~(MCS48_CY | MCS48_AC);
    if (sum > 0xff)
        f |= MCS48_CY;
    if (half > 0x0f)
        f |= MCS48_AC;
    c->psw = f;
    c->a = (u8)sum;
}

/* DA A sets CY on a decimal carry but never clears it (as the vectors show). */
static void daa(mcs48_t *c)
{
    if ((c->a & 0x0f) > 9 || (c->psw & MCS48_AC)) {
        int v = c->a + 0x06;
        if (v > 0xff)
            c->psw |= MCS48_CY;
        c->a = (u8)v;
    }
    if ((c->a & 0xf0) > 0x90 || (c->psw & MCS48_CY)) {
        c->a += 0x60;
        c->psw |= MCS48_CY;
    }
}

/* Conditional jumps stay in the page of their offset byte. */
static inline void jcc(mcs48_t *c, bool cond)
{
    u16 page = c->pc & 0xf00;
    u8 off = fetch(c);
    if (cond)
        c->pc = page | off;
}

/* JMP/CALL: opcode bits 7-5 are A10-A8; A11 comes from MB except inside an
   interrupt routine, which always runs in bank 0. */
static inline void jmp(mcs48_t *c, u8 op, u8 lo)
{
    u16 addr = (u16)(((op & 0xe0) << 3) | lo);
    c->pc = addr | (c->irq_in_progress ? 0 : c->a11);
}

static void port_write(mcs48_t *c, offs_t port, u8 v)
{
    as_write8(c->io, port, v);
}

/* The opcode and port go out on P23-P20, then the data nibble. */
static void expander(mcs48_t *c, int op, int port)
{
    u8 hi = c->p2 & 0xf0;
    if (op == MCS48_EXP_READ) {
        c->p2 = hi | 0x0f;
        port_write(c, MCS48_PORT_P2, c->p2);
        u8 v = c->expander ? c->expander(c->expander_ctx, op, port, 0)
                           : as_read8(c->io, MCS48_PORT_P2);
        c->a = v & 0x0f;
    } else {
        c->p2 = hi | (c->a & 0x0f);
        port_write(c, MCS48_PORT_P2, c->p2);
        if (c->expander)
            c->expander(c->expander_ctx, op, port, c->a & 0x0f);
    }
}

static void set_tirq(mcs48_t *c, bool on)
{
    c->tirq_en = on;
    if (!on)
        c->timer_ovf = false;
    update_irq(c);
}

static void retr(mcs48_t *c)
{
    u8 hi = pull_pc(c);
    set_psw(c, (u8)((hi & 0xf0) | (c->psw & MCS48_SP)));
    c->irq_in_progress = false;
    update_irq(c);
}

#define CASE2(b) case (b): case (b) + 1
#define CASE4(b) CASE2(b): CASE2((b) + 2)
#define CASE8(b) CASE4(b): CASE4((b) + 4)

/* One switch for the whole opcode space (a single jump table). */
static inline void exec(mcs48_t *c, u8 op)
{
    u8 *r;
    u8 t;
    switch (op) {
    /* register and @Rr forms: the low bits select the register */
    CASE8(0x18): ++*reg(c, op & 7); break;                                      /* INC Rr */
    CASE8(0xc8): --*reg(c, op & 7); break;                                      /* DEC Rr */
    CASE8(0x28): r = reg(c, op & 7); t = c->a; c->a = *r; *r = t; break;        /* XCH A,Rr */
    CASE8(0x48): c->a |= *reg(c, op & 7); break;                                /* ORL A,Rr */
    CASE8(0x58): c->a &= *reg(c, op & 7); break;                                /* ANL A,Rr */
    CASE8(0xd8): c->a ^= *reg(c, op & 7); break;                                /* XRL A,Rr */
    CASE8(0x68): add(c, *reg(c, op & 7), 0); break;                             /* ADD A,Rr */
    CASE8(0x78): add(c, *reg(c, op & 7), c->psw >> 7); break;                   /* ADDC A,Rr */
    CASE8(0xa8): *reg(c, op & 7) = c->a; break;                                 /* MOV Rr,A */
    CASE8(0xb8): *reg(c, op & 7) = fetch(c); break;                             /* MOV Rr,#n */
    CASE8(0xf8): c->a = *reg(c, op & 7); break;                                 /* MOV A,Rr */
    CASE8(0xe8): r = reg(c, op & 7); jcc(c, --*r != 0); break;                  /* DJNZ Rr */
    CASE2(0x10): ++*ind(c, op & 1); break;                                      /* INC @Rr */
    CASE2(0x20): r = ind(c, op & 1); t = c->a; c->a = *r; *r = t; break;        /* XCH A,@Rr */
    CASE2(0x30):                                                                /* XCHD A,@Rr */
        r = ind(c, op & 1);
        t = *r;
        *r = (u8)((t & 0xf0) | (c->a & 0x0f));
        c->a = (u8)((c->a & 0xf0) | (t & 0x0f));
        break;
    CASE2(0x40): c->a |= *ind(c, op & 1); break;                                /* ORL A,@Rr */
    CASE2(0x50): c->a &= *ind(c, op & 1); break;                                /* ANL A,@Rr */
    CASE2(0xd0): c->a ^= *ind(c, op & 1); break;                                /* XRL A,@Rr */
    CASE2(0x60): add(c, *ind(c, op & 1), 0); break;                             /* ADD A,@Rr */
    CASE2(0x70): add(c, *ind(c, op & 1), c->psw >> 7); break;                   /* ADDC A,@Rr */
    CASE2(0xa0): *ind(c, op & 1) = c->a; break;                                 /* MOV @Rr,A */
    CASE2(0xb0): *ind(c, op & 1) = fetch(c); break;                             /* MOV @Rr,#n */
    CASE2(0xf0): c->a = *ind(c, op & 1); break;                                 /* MOV A,@Rr */
    CASE2(0x80): c->a = as_read8(c->io, *reg(c, op & 1)); break;                /* MOVX A,@Rr */
    CASE2(0x90): as_write8(c->io, *reg(c, op & 1), c->a); break;                /* MOVX @Rr,A */
    CASE4(0x0c): expander(c, MCS48_EXP_READ, 4 + (op & 3)); break;              /* MOVD A,Pp */
    CASE4(0x3c): expander(c, MCS48_EXP_WRITE, 4 + (op & 3)); break;             /* MOVD Pp,A */
    CASE4(0x8c): expander(c, MCS48_EXP_OR, 4 + (op & 3)); break;                /* ORLD Pp,A */
    CASE4(0x9c): expander(c, MCS48_EXP_AND, 4 + (op & 3)); break;               /* ANLD Pp,A */

    /* JMP, CALL, JBb and the conditional jumps */
    case 0x04: case 0x24: case 0x44: case 0x64:
    case 0x84: case 0xa4: case 0xc4: case 0xe4:
        jmp(c, op, fetch(c));
        break;
    case 0x14: case 0x34: case 0x54: case 0x74:
    case 0x94: case 0xb4: case 0xd4: case 0xf4: {
        u8 lo = fetch(c);
        push_pc_psw(c);
        jmp(c, op, lo);
        break;
    }
    case 0x12: case 0x32: case 0x52: case 0x72:
    case 0x92: case 0xb2: case 0xd2: case 0xf2:
        jcc(c, (c->a >> (op >> 5)) & 1);
        break;
    case 0x16: jcc(c, c->timer_flag); c->timer_flag = false; break;             /* JTF */
    case 0x26: jcc(c, !c->t0); break;                                           /* JNT0 */
    case 0x36: jcc(c, c->t0); break;                                            /* JT0 */
    case 0x46: jcc(c, !c->t1); break;                                           /* JNT1 */
    case 0x56: jcc(c, c->t1); break;                                            /* JT1 */
    case 0x76: jcc(c, c->f1); break;                                            /* JF1 */
    case 0x86: jcc(c, c->int_line != LINE_CLEAR); break;                        /* JNI */
    case 0x96: jcc(c, c->a != 0); break;                                        /* JNZ */
    case 0xb6: jcc(c, c->psw & MCS48_F0); break;                                /* JF0 */
    case 0xc6: jcc(c, c->a == 0); break;                                        /* JZ */
    case 0xe6: jcc(c, !(c->psw & MCS48_CY)); break;                             /* JNC */
    case 0xf6: jcc(c, c->psw & MCS48_CY); break;                                /* JC */

    /* accumulator, immediate, port and control */
    case 0x02: c->bus = c->a; port_write(c, MCS48_PORT_BUS, c->bus); break;     /* OUTL BUS,A */
    case 0x03: add(c, fetch(c), 0); break;                                      /* ADD A,#n */
    case 0x05: c->xirq_en = true; update_irq(c); break;                         /* EN I */
    case 0x07: c->a--; break;                                                   /* DEC A */
    case 0x08: c->a = as_read8(c->io, MCS48_PORT_BUS); break;                   /* INS A,BUS */
    case 0x09: c->a = as_read8(c->io, MCS48_PORT_P1) & c->p1; break;            /* IN A,P1 */
    case 0x0a: c->a = as_read8(c->io, MCS48_PORT_P2) & c->p2; break;            /* IN A,P2 */
    case 0x13: add(c, fetch(c), c->psw >> 7); break;                            /* ADDC A,#n */
    case 0x15: c->xirq_en = false; update_irq(c); break;                        /* DIS I */
    case 0x17: c->a++; break;                                                   /* INC A */
    case 0x23: c->a = fetch(c); break;                                          /* MOV A,#n */
    case 0x25: set_tirq(c, true); break;                                        /* EN TCNTI */
    case 0x27: c->a = 0; break;                                                 /* CLR A */
    case 0x35: set_tirq(c, false); break;                                       /* DIS TCNTI */
    case 0x37: c->a = (u8)~c->a; break;                                         /* CPL A */
    case 0x39: c->p1 = c->a; port_write(c, MCS48_PORT_P1, c->p1); break;        /* OUTL P1,A */
    case 0x3a: c->p2 = c->a; port_write(c, MCS48_PORT_P2, c->p2); break;        /* OUTL P2,A */
    case 0x42: c->a = c->timer; break;                                          /* MOV A,T */
    case 0x43: c->a |= fetch(c); break;                                         /* ORL A,#n */
    case 0x45: c->tc_mode = TC_COUNTER; break;                                  /* STRT CNT */
    case 0x47: c->a = (u8)((c->a << 4) | (c->a >> 4)); break;                   /* SWAP A */
    case 0x53: c->a &= fetch(c); break;                                         /* ANL A,#n */
    case 0x55: c->tc_mode = TC_TIMER; c->prescaler = 0; break;                  /* STRT T */
    case 0x57: daa(c); break;                                                   /* DA A */
    case 0x62: c->timer = c->a; break;                                          /* MOV T,A */
    case 0x65: c->tc_mode = TC_STOPPED; break;                                  /* STOP TCNT */
    case 0x67:                                                                  /* RRC A */
        t = c->a & 1;
        c->a = (u8)((c->a >> 1) | (c->psw & MCS48_CY));
        c->psw = (u8)((c->psw & ~MCS48_CY) | (t << 7));
        break;
    case 0x75: c->t0_clk = true; break;                                         /* ENT0 CLK */
    case 0x77: c->a = (u8)((c->a >> 1) | (c->a << 7)); break;                   /* RR A */
    case 0x83: pull_pc(c); break;                                               /* RET */
    case 0x85: c->psw &= (u8)~MCS48_F0; break;                                  /* CLR F0 */
    case 0x88: c->bus |= fetch(c); port_write(c, MCS48_PORT_BUS, c->bus); break; /* ORL BUS,#n */
    case 0x89: c->p1 |= fetch(c); port_write(c, MCS48_PORT_P1, c->p1); break;   /* ORL P1,#n */
    case 0x8a: c->p2 |= fetch(c); port_write(c, MCS48_PORT_P2, c->p2); break;   /* ORL P2,#n */
    case 0x93: retr(c); break;                                                  /* RETR */
    case 0x95: c->psw ^= MCS48_F0; break;                                       /* CPL F0 */
    case 0x97: c->psw &= (u8)~MCS48_CY; break;                                  /* CLR C */
    case 0x98: c->bus &= fetch(c); port_write(c, MCS48_PORT_BUS, c->bus); break; /* ANL BUS,#n */
    case 0x99: c->p1 &= fetch(c); port_write(c, MCS48_PORT_P1, c->p1); break;   /* ANL P1,#n */
    case 0x9a: c->p2 &= fetch(c); port_write(c, MCS48_PORT_P2, c->p2); break;   /* ANL P2,#n */
    case 0xa3: c->a = as_read8(c->program, (c->pc & 0xf00) | c->a); break;      /* MOVP A,@A */
    case 0xa5: c->f1 = false; break;                                            /* CLR F1 */
    case 0xa7: c->psw ^= MCS48_CY; break;                                       /* CPL C */
    case 0xb3: c->pc = (c->pc & 0xf00) | as_read8(c->program, (c->pc & 0xf00) | c->a); /* JMPP @A */
        break;
    case 0xb5: c->f1 = !c->f1; break;                                           /* CPL F1 */
    case 0xc5: set_psw(c, c->psw & (u8)~MCS48_BS); break;                       /* SEL RB0 */
    case 0xc7: c->a = c->psw; break;                                            /* MOV A,PSW */
    case 0xd3: c->a ^= fetch(c); break;                                         /* XRL A,#n */
    case 0xd5: set_psw(c, c->psw | MCS48_BS); break;                            /* SEL RB1 */
    case 0xd7: set_psw(c, c->a); break;                                         /* MOV PSW,A */
    case 0xe3: c->a = as_read8(c->program, 0x300 | c->a); break;                /* MOVP3 A,@A */
    case 0xe5: c->a11 = 0; break;                                               /* SEL MB0 */
    case 0xe7: c->a = (u8)((c->a << 1) | (c->a >> 7)); break;                   /* RL A */
    case 0xf5: c->a11 = 0x800; break;                                           /* SEL MB1 */
    case 0xf7:                                                                  /* RLC A */
        t = c->a >> 7;
        c->a = (u8)((c->a << 1) | (c->psw >> 7));
        c->psw = (u8)((c->psw & ~MCS48_CY) | (t << 7));
        break;
    default: break; /* NOP and the unassigned opcodes */
    }
}

/* How many times `op` follows at the PC (in ROM pages, along the 2K
   wrap), up to max: the run of a 1-cycle instruction with no effect but
   its first (NOP, MOV A,Rr), which a program idling in filler (0xff is
   MOV A,R7) spends its time in. */
static inline __attribute__((always_inline)) int same_op_run(mcs48_t *c, u8 op, u16 *pc_out, int max)
{
    const address_space_t *as = c->program;
    u16 pc = c->pc;
    int n = 0;
    /* the run measured last (a slice of the filler takes a few cycles of
       it): its end, while the page still reads from the same ROM */
    if (c->run_base && op == c->run_op && pc >= c->run_from && pc < c->run_to &&
        as->pages[(pc & as->addr_mask) >> as->page_shift].rbase == c->run_base) {
        int k = c->run_to - pc;
        if (k >= max) {
            *pc_out = (u16)(pc + max);
            return max;
        }
        if (!c->run_open) {
            *pc_out = c->run_to;
            return k;
        }
    }
    while (n < max) {
        offs_t a = pc & as->addr_mask;
        const bus_page *p = &as->pages[a >> as->page_shift];
        if (!p->rbase)
            break;
        /* within this page and this 2K bank */
        offs_t off = a & as->page_mask;
        int room = (int)(as->page_mask - off) + 1, bank = 0x800 - (pc & 0x7ff);
        room = room < bank ? room : bank;
        room = room < max - n ? room : max - n;
        const u8 *b = p->rbase + off;
        int k = 0;
        while (k < room && b[k] == op)
            k++;
        if (n == 0) {
            /* remember this page's part of the run: up to the first other
               byte (closed), or to the end of what was looked at (open) */
            int full = (int)(as->page_mask - off) + 1, bank2 = 0x800 - (pc & 0x7ff);
            full = full < bank2 ? full : bank2;
            int m = k;
            if (k == room) {
                u64 ops = op * 0x0101010101010101ull, w;
                while (m + 8 <= full && (memcpy(&w, b + m, 8), w == ops))
                    m += 8;
                while (m < full && b[m] == op)
                    m++;
            }
            c->run_base = p->rbase;
            c->run_op = op;
            c->run_from = pc;
            c->run_to = (u16)(pc + m);
            c->run_open = m == full;
        }
        n += k;
        pc = (u16)((pc & 0x800) | ((pc + k) & 0x7ff));
        if (k < room)
            break;
    }
    *pc_out = pc;
    return n;
}

/* The cycles that can be skipped at once in this slice: up to its end, short
   of a timer overflow (which may raise the interrupt); 0 with one pending. */
static inline int skippable_cycles(const mcs48_t *c)
{
    int max = c->base.icount;
    if (c->tc_mode == TC_TIMER) {
        int to_ovf = (256 - c->timer) * 32 - c->prescaler; /* cycles until the overflowing tick */
        max = max < to_ovf - 1 ? max : to_ovf - 1;
    }
    return c->irq_pending ? 0 : max;
}

/* n cycles taken at once: the cycle count and the timer */
static inline void skip_cycles(mcs48_t *c, int n)
{
    c->base.icount -= n;
    if (c->tc_mode == TC_TIMER) {
        int total = c->prescaler + n;
        c->timer = (u8)(c->timer + total / 32);
        c->prescaler = (u8)(total % 32);
    }
}

/* After a NOP or MOV A,Rr: the same instruction again changes nothing but
   the PC, the cycles and the timer, so a run of them is taken at once
   (stopping short of a timer overflow, which may raise the interrupt). */
static inline __attribute__((always_inline)) void skip_repeats(mcs48_t *c, u8 op)
{
    int max = skippable_cycles(c);
    if (max <= 0)
        return;
    u16 pc;
    int n = same_op_run(c, op, &pc, max);
    if (!n)
        return;
    c->pc = pc;
    skip_cycles(c, n);
}

/* After a JMP to itself (an idle loop): each pass again changes nothing but
   the cycles and the timer, so the passes up to the slice's last are taken
   at once (short of a timer overflow; the interrupt inputs only change
   between slices). */
static void skip_self_jumps(mcs48_t *c)
{
    int max = skippable_cycles(c);
    if (max > 2)
        skip_cycles(c, (max - 1) / 2 * 2);
}

int mcs48_execute(mcs48_t *c, int cycles)
{
    c->base.budget = c->base.icount = cycles;
    if (c->in_reset) {
        c->base.icount = 0;
        c->rep_valid = false;
        return c->base.budget;
    }
    /* the last slice ended in a run of one NOP or MOV A,Rr (its effect
       made, A still equal to the register): go on with the run */
    if (c->rep_valid && (c->rep_op == 0x00 || c->a == *reg(c, c->rep_op & 7))) {
        skip_repeats(c, c->rep_op);
        if (c->base.icount <= 0)
            return c->base.budget - c->base.icount;
    }
    int last_rep = -1;
    while (c->base.icount > 0) {
        if (c->irq_pending) {
            take_irq(c);
            last_rep = -1;
            continue;
        }
        u16 at = c->pc;
        u8 op = fetch(c);
        int n = cycle_table[op];
        c->base.icount -= n;
        if (c->tc_mode == TC_TIMER)
            timer_tick(c, n);
        exec(c, op);
        if (op >= 0xf8 || op == 0x00) {
            skip_repeats(c, op);
            last_rep = op;
        } else {
            last_rep = -1;
            if ((op & 0x1f) == 0x04 && c->pc == at)
                skip_self_jumps(c);
        }
    }
    c->rep_valid = last_rep >= 0;
    c->rep_op = (u8)last_rep;
    return c->base.budget - c->base.icount;
}

void mcs48_init(mcs48_t *c, address_space_t *program, address_space_t *io)
{
    memset(c, 0, sizeof(*c));
    c->program = program;
    c->io = io;
    c->ram_mask = 0x3f;
    c->psw = PSW_ONE;
    c->p1 = c->p2 = c->bus = 0xff;
}

void mcs48_set_variant(mcs48_t *c, int variant)
{
    bool big = variant == MCS48_I8039 || variant == MCS48_I8049;
    c->ram_mask = big ? 0x7f : 0x3f;
}

/* CY and AC survive reset; F0, F1, SP, bank and MB are cleared. */
void mcs48_reset(mcs48_t *c)
{
    c->rep_valid = false;
    c->pc = 0;
    set_psw(c, c->psw & (MCS48_CY | MCS48_AC));
    c->a11 = 0;
    c->f1 = false;
    c->p1 = c->p2 = c->bus = 0xff;
    port_write(c, MCS48_PORT_BUS, 0xff);
    port_write(c, MCS48_PORT_P1, 0xff);
    port_write(c, MCS48_PORT_P2, 0xff);
    c->tc_mode = TC_STOPPED;
    c->timer_flag = c->timer_ovf = false;
    c->tirq_en = c->xirq_en = false;
    c->irq_in_progress = false;
    c->t0_clk = false;
    update_irq(c);
}

static void count_edge(mcs48_t *c)
{
    if (++c->timer == 0)
        timer_overflow(c);
}

void mcs48_set_line(mcs48_t *c, int line, int state)
{
    bool level = state != LINE_CLEAR;
    switch (line) {
    case CPU_LINE_IRQ0:
        c->int_line = (u8)state;
        update_irq(c);
        break;
    case MCS48_LINE_T0:
        c->t0 = level;
        break;
    case MCS48_LINE_T1:
        if (c->tc_mode == TC_COUNTER && c->t1 && !level)
            count_edge(c);
        c->t1 = level;
        break;
    case CPU_LINE_RESET:
        if (level)
            mcs48_reset(c);
        c->in_reset = level;
        break;
    default:
        break;
    }
}

void mcs48_serialize(mcs48_t *c, state_io *io)
{
    st_u16(io, &c->pc);
    st_u16(io, &c->a11);
    st_u8(io, &c->a);
    st_u8(io, &c->psw);
    st_u8(io, &c->ram_mask);
    st_u8(io, &c->p1);
    st_u8(io, &c->p2);
    st_u8(io, &c->bus);
    st_u8(io, &c->timer);
    st_u8(io, &c->prescaler);
    st_u8(io, &c->tc_mode);
    st_bool(io, &c->f1);
    st_bool(io, &c->timer_flag);
    st_bool(io, &c->timer_ovf);
    st_bool(io, &c->tirq_en);
    st_bool(io, &c->xirq_en);
    st_bool(io, &c->irq_in_progress);
    st_bool(io, &c->t0_clk);
    st_bool(io, &c->t0);
    st_bool(io, &c->t1);
    st_bool(io, &c->in_reset);
    st_u8(io, &c->int_line);
    st_bytes(io, c->ram, sizeof(c->ram));
    if (io->loading) {
        c->rep_valid = false;
        c->pc &= 0xfff;
        c->a11 &= 0x800;
        c->prescaler &= 31;
        if (c->ram_mask != 0x3f && c->ram_mask != 0x7f && c->ram_mask != 0xff)
            c->ram_mask = 0x3f;
        set_psw(c, c->psw);
        update_irq(c);
    }
}

CPU_CORE_ADAPTERS(mcs48, mcs48_t, c->pc)

const cpu_core_ops mcs48_core = {
    .name = "Intel I8035",
    .id = "mcs48",
    .size = sizeof(mcs48_t),
    .clock_divider = 15,
    CPU_CORE_ENTRY_POINTS(mcs48),
};
