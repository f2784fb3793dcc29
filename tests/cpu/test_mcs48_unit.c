/* MCS-48 unit tests: what the single-step vectors cannot show (timer and
   counter running, interrupts, save states, several instances) plus the
   disassembler. Every check asserts an exact value. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/mcs48.h"
#include "../check.h"


/* One CPU with 4K of program RAM, 256 bytes of external data and a port
   handler that records the last value written to each port. */
typedef struct rig {
    mcs48_t cpu;
    address_space_t prog, io;
    u8 rom[0x1000];
    u8 xram[0x100];
    u8 port_out[0x100];
    u8 p1_pins;
    int acks;
    bool abort_on_xwrite;
    u8 exp_nibble[8]; /* 8243 model: ports 4-7 */
    int exp_calls;
} rig;

static u8 port_r(void *ctx, offs_t off)
{
    rig *r = ctx;
    return off == (MCS48_PORT_P1 & 0xff) ? r->p1_pins : 0xff;
}

static void port_w(void *ctx, offs_t off, u8 d)
{
    rig *r = ctx;
    r->port_out[off & 0xff] = d;
}

static u8 xram_r(void *ctx, offs_t off)
{
    return ((rig *)ctx)->xram[off & 0xff];
}

static void xram_w(void *ctx, offs_t off, u8 d)
{
    rig *r = ctx;
    r->xram[off & 0xff] = d;
    if (r->abort_on_xwrite)
        cpu_abort_slice(&r->cpu.base);
}

static u8 expander(void *ctx, int op, int port, u8 data)
{
    rig *r = ctx;
    u8 *p = &r->exp_nibble[port & 7];
    r->exp_calls++;
    switch (op) {
    case MCS48_EXP_WRITE: *p = data; break;
    case MCS48_EXP_OR: *p |= data; break;
    case MCS48_EXP_AND: *p &= data; break;
    default: break;
    }
    return *p;
}

static int ack(void *ctx, int line)
{
    rig *r = ctx;
    r->acks++;
    return line;
}

/* Vectors: reset -> $010, /INT -> $300, timer -> $340, leaving $010-$2FF
   for test code and NOP runs. The handlers select bank 1 and count in its
   R3 ($1B) / R4 ($1C), so RETR must restore RB0. */
static const u8 vectors[] = { 0x04, 0x10, 0x00, 0x64, 0x00, 0x00, 0x00, 0x64, 0x40 };
static const u8 ext_handler[] = { 0xd5, 0x1b, 0x93 };   /* SEL RB1; INC R3; RETR */
static const u8 timer_handler[] = { 0xd5, 0x1c, 0x93 }; /* SEL RB1; INC R4; RETR */

static rig *rig_new(const u8 *main_code, size_t len)
{
    rig *r = calloc(1, sizeof(*r));
    if (!r || as_init(&r->prog, "program", 12, 8, 0xff) || as_init(&r->io, "io", 9, 8, 0xff)) {
        printf("out of memory\n");
        exit(1);
    }
    as_map_ram(&r->prog, 0, 0xfff, r->rom);
    int x = as_add_handler(&r->io, xram_r, xram_w, r, 0, 0xff);
    int p = as_add_handler(&r->io, port_r, port_w, r, 0x100, 0x1ff);
    as_map_handler(&r->io, 0x000, 0x0ff, x, x);
    as_map_handler(&r->io, 0x100, 0x1ff, p, p);
    memcpy(r->rom, vectors, sizeof(vectors));
    memcpy(r->rom + 0x300, ext_handler, sizeof(ext_handler));
    memcpy(r->rom + 0x340, timer_handler, sizeof(timer_handler));
    memcpy(r->rom + 0x10, main_code, len);
    r->p1_pins = 0xff;
    mcs48_init(&r->cpu, &r->prog, &r->io);
    r->cpu.base.irq_ack = ack;
    r->cpu.base.irq_ctx = r;
    r->cpu.expander = expander;
    r->cpu.expander_ctx = r;
    mcs48_reset(&r->cpu);
    return r;
}

static void rig_free(rig *r)
{
    as_free(&r->prog);
    as_free(&r->io);
    free(r);
}

/* MOV A,#$FF; MOV T,A; STRT T; then NOPs. */
static void test_timer_prescaler(void)
{
    static const u8 code[] = { 0x23, 0xff, 0x62, 0x55 };
    rig *r = rig_new(code, sizeof(code));
    mcs48_t *c = &r->cpu;
    CHECK_EQ("cycles to STRT T", 6, mcs48_execute(c, 6)); /* JMP 2, MOV 2, MOV T 1, STRT 1 */
    CHECK_EQ("pc", 0x014, c->pc);
    CHECK_EQ("prescaler after STRT T", 0, c->prescaler);
    CHECK_EQ("31 NOPs", 31, mcs48_execute(c, 31));
    CHECK_EQ("timer before tick", 0xff, c->timer);
    CHECK_EQ("prescaler", 31, c->prescaler);
    CHECK_EQ("TF before overflow", 0, c->timer_flag);
    mcs48_execute(c, 1);
    CHECK_EQ("timer wraps at 32nd cycle", 0x00, c->timer);
    CHECK_EQ("prescaler wraps", 0, c->prescaler);
    CHECK_EQ("TF on overflow", 1, c->timer_flag);
    CHECK_EQ("no request with TCNTI disabled", 0, c->timer_ovf);
    mcs48_execute(c, 32 * 5 + 7);
    CHECK_EQ("timer after 5 more ticks", 5, c->timer);
    CHECK_EQ("prescaler", 7, c->prescaler);
    CHECK_EQ("no interrupt taken", 0x010 + 4 + 32 + 32 * 5 + 7, c->pc);
    rig_free(r);
}

/* JTF reads and clears TF; MOV A,T sees the tick of its own cycle. */
static void test_jtf_and_mov_a_t(void)
{
    static const u8 code[] = {
        0x23, 0xff, /* 010 MOV A,#$FF */
        0x62,       /* 012 MOV T,A */
        0x55,       /* 013 STRT T */
    };
    rig *r = rig_new(code, sizeof(code));
    mcs48_t *c = &r->cpu;
    /* 014-032: 31 NOPs, then MOV A,T at $033 (the 32nd cycle), JTF at $034 */
    r->rom[0x033] = 0x42;
    r->rom[0x034] = 0x16;
    r->rom[0x035] = 0x40;
    r->rom[0x040] = 0x16; /* JTF again: TF is clear now, falls through */
    r->rom[0x041] = 0x50;
    mcs48_execute(c, 6 + 31);
    CHECK_EQ("pc at MOV A,T", 0x033, c->pc);
    mcs48_execute(c, 1);
    CHECK_EQ("MOV A,T after its own tick", 0x00, c->a);
    mcs48_execute(c, 2);
    CHECK_EQ("JTF taken", 0x040, c->pc);
    CHECK_EQ("JTF clears TF", 0, c->timer_flag);
    mcs48_execute(c, 2);
    CHECK_EQ("JTF not taken", 0x042, c->pc);
    rig_free(r);
}

/* Timer overflow with EN TCNTI: the interrupt enters at $007 in 2 cycles
   and RETR returns with the PSW restored. */
static void test_timer_interrupt(void)
{
    static const u8 code[] = {
        0x23, 0xff, /* 010 MOV A,#$FF */
        0x62,       /* 012 MOV T,A */
        0x25,       /* 013 EN TCNTI */
        0x55,       /* 014 STRT T */
        0x04, 0x15, /* 015 JMP $015 */
    };
    rig *r = rig_new(code, sizeof(code));
    mcs48_t *c = &r->cpu;
    CHECK_EQ("setup cycles", 7, mcs48_execute(c, 7));
    CHECK_EQ("16 JMPs", 32, mcs48_execute(c, 32));
    CHECK_EQ("timer", 0, c->timer);
    CHECK_EQ("request latched", 1, c->timer_ovf);
    CHECK_EQ("pc before entry", 0x015, c->pc);
    CHECK_EQ("entry takes 2 cycles", 2, mcs48_execute(c, 1));
    CHECK_EQ("pc at timer vector", 0x007, c->pc);
    CHECK_EQ("request cleared on entry", 0, c->timer_ovf);
    CHECK_EQ("TF stays set", 1, c->timer_flag);
    CHECK_EQ("SP", 1, c->psw & MCS48_SP);
    CHECK_EQ("stack low", 0x15, c->ram[8]);
    CHECK_EQ("stack high", 0x00, c->ram[9]);
    CHECK_EQ("no ack for timer", 0, r->acks);
    CHECK_EQ("JMP, SEL, INC, RETR", 6, mcs48_execute(c, 6));
    CHECK_EQ("back in the loop", 0x015, c->pc);
    CHECK_EQ("handler count (bank 1 R4)", 1, c->ram[0x1c]);
    CHECK_EQ("RETR restored RB0", 0, c->psw & MCS48_BS);
    CHECK_EQ("SP after RETR", 0, c->psw & MCS48_SP);
    CHECK_EQ("prescaler kept running", 8, c->prescaler);
    rig_free(r);
}

/* STRT CNT: T1 high-to-low edges count, machine cycles do not. */
static void test_counter(void)
{
    static const u8 code[] = {
        0x23, 0xfe, /* 010 MOV A,#$FE */
        0x62,       /* 012 MOV T,A */
        0x25,       /* 013 EN TCNTI */
        0x45,       /* 014 STRT CNT */
        0x04, 0x15, /* 015 JMP $015 */
    };
    rig *r = rig_new(code, sizeof(code));
    mcs48_t *c = &r->cpu;
    mcs48_set_line(c, MCS48_LINE_T1, 1);
    mcs48_set_line(c, MCS48_LINE_T1, 0);
    CHECK_EQ("no count while stopped", 0x00, c->timer);
    mcs48_set_line(c, MCS48_LINE_T1, 1);
    mcs48_execute(c, 7);
    mcs48_execute(c, 200);
    CHECK_EQ("cycles do not count", 0xfe, c->timer);
    mcs48_set_line(c, MCS48_LINE_T1, 0);
    CHECK_EQ("falling edge counts", 0xff, c->timer);
    mcs48_set_line(c, MCS48_LINE_T1, 1);
    CHECK_EQ("rising edge does not", 0xff, c->timer);
    mcs48_set_line(c, MCS48_LINE_T1, 1);
    mcs48_set_line(c, MCS48_LINE_T1, 0);
    CHECK_EQ("overflow", 0x00, c->timer);
    CHECK_EQ("TF", 1, c->timer_flag);
    CHECK_EQ("entry", 2, mcs48_execute(c, 1));
    CHECK_EQ("timer vector", 0x007, c->pc);
    mcs48_execute(c, 6);
    CHECK_EQ("count in handler", 1, c->ram[0x1c]);
    rig_free(r);
}

/* /INT is level triggered: held low it re-enters after RETR; LINE_HOLD is
   dropped when the interrupt is acknowledged. */
static void test_external_interrupt(void)
{
    static const u8 code[] = { 0x05, 0x04, 0x11 }; /* EN I; JMP $011 */
    rig *r = rig_new(code, sizeof(code));
    mcs48_t *c = &r->cpu;
    CHECK_EQ("setup", 3, mcs48_execute(c, 3));
    mcs48_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("entry cycles", 2, mcs48_execute(c, 1));
    CHECK_EQ("vector", 0x003, c->pc);
    CHECK_EQ("acknowledged", 1, r->acks);
    CHECK_EQ("return address", 0x11, c->ram[8]);
    mcs48_execute(c, 2);
    CHECK_EQ("handler", 0x300, c->pc);
    mcs48_execute(c, 2);
    CHECK_EQ("no nesting while in progress", 0x302, c->pc);
    mcs48_execute(c, 2);
    CHECK_EQ("RETR", 0x011, c->pc);
    CHECK_EQ("RB0 restored", 0, c->psw & MCS48_BS);
    CHECK_EQ("re-entry cycles", 2, mcs48_execute(c, 1));
    CHECK_EQ("level: taken again", 0x003, c->pc);
    mcs48_set_line(c, CPU_LINE_IRQ0, LINE_CLEAR);
    mcs48_execute(c, 6);
    CHECK_EQ("back", 0x011, c->pc);
    mcs48_execute(c, 10);
    CHECK_EQ("count", 2, c->ram[0x1b]);
    CHECK_EQ("acks", 2, r->acks);

    mcs48_set_line(c, CPU_LINE_IRQ0, LINE_HOLD);
    mcs48_execute(c, 1);
    CHECK_EQ("hold: entry", 0x003, c->pc);
    CHECK_EQ("hold cleared on ack", LINE_CLEAR, c->int_line);
    mcs48_execute(c, 6);
    mcs48_execute(c, 4);
    CHECK_EQ("hold: not taken again", 0x011, c->pc);
    CHECK_EQ("count", 3, c->ram[0x1b]);
    CHECK_EQ("acks", 3, r->acks);
    rig_free(r);
}

/* JNI follows the /INT pin even with the interrupt disabled. */
static void test_jni(void)
{
    static const u8 code[] = { 0x86, 0x30 }; /* JNI $030 */
    rig *r = rig_new(code, sizeof(code));
    mcs48_t *c = &r->cpu;
    r->rom[0x30] = 0x86; /* JNI $050 */
    r->rom[0x31] = 0x50;
    mcs48_execute(c, 4);
    CHECK_EQ("JNI not taken with /INT high", 0x012, c->pc);
    c->pc = 0x030;
    mcs48_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
    mcs48_execute(c, 2);
    CHECK_EQ("JNI taken with /INT low", 0x050, c->pc);
    CHECK_EQ("no interrupt with DIS I", 0, r->acks);
    rig_free(r);
}

/* /INT wins over a pending timer request; neither nests; the timer request
   waits for RETR. JMP inside a handler ignores MB1. */
static void test_priority(void)
{
    static const u8 code[] = {
        0x23, 0xff, /* 010 MOV A,#$FF */
        0x62,       /* 012 MOV T,A */
        0xf5,       /* 013 SEL MB1 */
        0x05,       /* 014 EN I */
        0x25,       /* 015 EN TCNTI */
        0x27,       /* 016 CLR A */
        0x55,       /* 017 STRT T */
        0xc6, 0x18, /* 018 JZ $018 */
    };
    rig *r = rig_new(code, sizeof(code));
    mcs48_t *c = &r->cpu;
    CHECK_EQ("setup", 10, mcs48_execute(c, 10));
    CHECK_EQ("16 loops", 32, mcs48_execute(c, 32));
    CHECK_EQ("timer request", 1, c->timer_ovf);
    mcs48_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
    mcs48_execute(c, 1);
    CHECK_EQ("external first", 0x003, c->pc);
    CHECK_EQ("timer request still pending", 1, c->timer_ovf);
    mcs48_execute(c, 2);
    CHECK_EQ("A11 forced 0 in handler", 0x300, c->pc);
    mcs48_execute(c, 2);
    CHECK_EQ("no nesting", 0x302, c->pc);
    mcs48_set_line(c, CPU_LINE_IRQ0, LINE_CLEAR);
    mcs48_execute(c, 2);
    CHECK_EQ("RETR", 0x018, c->pc);
    CHECK_EQ("timer next", 2, mcs48_execute(c, 1));
    CHECK_EQ("timer vector", 0x007, c->pc);
    mcs48_execute(c, 2);
    CHECK_EQ("timer handler in bank 0", 0x340, c->pc);
    mcs48_execute(c, 4);
    CHECK_EQ("RETR", 0x018, c->pc);
    CHECK_EQ("ext count", 1, c->ram[0x1b]);
    CHECK_EQ("timer count", 1, c->ram[0x1c]);
    CHECK_EQ("MB1 kept", 0x800, c->a11);
    rig_free(r);
}

/* Port latches, pins AND latch on IN, BUS, and the 8243 through the callback. */
static void test_ports(void)
{
    static const u8 code[] = {
        0x23, 0xa5, /* 010 MOV A,#$A5 */
        0x39,       /* 012 OUTL P1,A */
        0x99, 0xf0, /* 013 ANL P1,#$F0 */
        0x9a, 0x3c, /* 015 ANL P2,#$3C */
        0x8a, 0x01, /* 017 ORL P2,#$01 */
        0x09,       /* 019 IN A,P1 */
        0x02,       /* 01A OUTL BUS,A */
        0x23, 0x09, /* 01B MOV A,#$09 */
        0x3e,       /* 01D MOVD P6,A */
        0x23, 0x0c, /* 01E MOV A,#$0C */
        0x8e,       /* 020 ORLD P6,A */
        0x23, 0x06, /* 021 MOV A,#$06 */
        0x9e,       /* 023 ANLD P6,A */
        0x27,       /* 024 CLR A */
        0x0e,       /* 025 MOVD A,P6 */
    };
    rig *r = rig_new(code, sizeof(code));
    mcs48_t *c = &r->cpu;
    r->p1_pins = 0x96;
    CHECK_EQ("cycles", 2 + 2 + 2 + 2 + 2 + 2 + 2 + 2, mcs48_execute(c, 16));
    CHECK_EQ("P1 latch", 0xa0, c->p1);
    CHECK_EQ("P1 out", 0xa0, r->port_out[0x01]);
    CHECK_EQ("P2 latch", 0x3d, c->p2);
    CHECK_EQ("P2 out", 0x3d, r->port_out[0x02]);
    CHECK_EQ("IN A,P1 = pins & latch", 0x80, c->a);
    CHECK_EQ("BUS out", 0x80, r->port_out[0x20]);
    CHECK_EQ("expander cycles", 2 + 2 + 2 + 2 + 2 + 2 + 1 + 2, mcs48_execute(c, 15));
    CHECK_EQ("P6 = (9 | C) & 6", 0x04, r->exp_nibble[6]);
    CHECK_EQ("MOVD A,P6", 0x04, c->a);
    CHECK_EQ("calls", 4, r->exp_calls);
    CHECK_EQ("P2 low nibble floats high after MOVD A,Pp", 0x3f, c->p2);
    CHECK_EQ("pc", 0x026, c->pc);
    rig_free(r);
}

/* A MOVX write handler ends the slice; the cycle count stays exact. */
static void test_abort_slice(void)
{
    static const u8 code[] = { 0xb8, 0x10, 0x23, 0x42, 0x90 }; /* MOV R0,#$10; MOV A,#$42; MOVX @R0,A */
    rig *r = rig_new(code, sizeof(code));
    mcs48_t *c = &r->cpu;
    r->abort_on_xwrite = true;
    CHECK_EQ("cycles up to the MOVX", 8, mcs48_execute(c, 1000));
    CHECK_EQ("xram", 0x42, r->xram[0x10]);
    CHECK_EQ("pc", 0x015, c->pc);
    rig_free(r);
}

/* 8035/8048: 64 bytes, @R0 wraps; 8039: 128 bytes. */
static void test_variants(void)
{
    static const u8 code[] = { 0xb8, 0x7f, 0xb0, 0x55 }; /* MOV R0,#$7F; MOV @R0,#$55 */
    rig *r = rig_new(code, sizeof(code));
    mcs48_execute(&r->cpu, 6);
    CHECK_EQ("8035 wraps to $3F", 0x55, r->cpu.ram[0x3f]);
    rig_free(r);
    r = rig_new(code, sizeof(code));
    mcs48_set_variant(&r->cpu, MCS48_I8039);
    mcs48_execute(&r->cpu, 6);
    CHECK_EQ("8039 $7F", 0x55, r->cpu.ram[0x7f]);
    CHECK_EQ("8039 $3F untouched", 0x00, r->cpu.ram[0x3f]);
    rig_free(r);
}

/* Scrambles RAM $20-$3F forever with the timer interrupt running. */
static const u8 busy_code[] = {
    0x23, 0x80, /* 010 MOV A,#$80 */
    0x62,       /* 012 MOV T,A */
    0x25,       /* 013 EN TCNTI */
    0x55,       /* 014 STRT T */
    0xb8, 0x20, /* 015 MOV R0,#$20 */
    0xba, 0x20, /* 017 MOV R2,#$20 */
    0x60,       /* 019 ADD A,@R0 */
    0xe7,       /* 01A RL A */
    0xd0,       /* 01B XRL A,@R0 */
    0x57,       /* 01C DA A */
    0xa0,       /* 01D MOV @R0,A */
    0x18,       /* 01E INC R0 */
    0x91,       /* 01F MOVX @R1,A */
    0x19,       /* 020 INC R1 */
    0xea, 0x19, /* 021 DJNZ R2,$019 */
    0x04, 0x15, /* 023 JMP $015 */
};

/* Runs until at least `until` cycles have run in total, in slices. */
static long run_to(rig *r, long done, long until, int slice)
{
    while (done < until) {
        long left = until - done;
        done += mcs48_execute(&r->cpu, (int)(left < slice ? left : slice));
    }
    return done;
}

static void check_same(const char *what, const rig *a, const rig *b)
{
    CHECK_EQ(what, 0, memcmp(a->cpu.ram, b->cpu.ram, 64));
    CHECK_EQ(what, 0, memcmp(a->xram, b->xram, sizeof(a->xram)));
    CHECK_EQ(what, a->cpu.pc, b->cpu.pc);
    CHECK_EQ(what, a->cpu.a, b->cpu.a);
    CHECK_EQ(what, a->cpu.psw, b->cpu.psw);
    CHECK_EQ(what, a->cpu.timer, b->cpu.timer);
    CHECK_EQ(what, a->cpu.prescaler, b->cpu.prescaler);
}

/* Two CPUs in slices of 7 and 13 cycles, interleaved, end exactly where a
   single run of each ends; a save state taken midway resumes identically. */
static void test_two_instances(void)
{
    rig *a = rig_new(busy_code, sizeof(busy_code));
    rig *b = rig_new(busy_code, sizeof(busy_code));
    rig *ref_a = rig_new(busy_code, sizeof(busy_code));
    rig *ref_b = rig_new(busy_code, sizeof(busy_code));
    for (int i = 0x20; i < 0x40; i++)
        b->cpu.ram[i] = ref_b->cpu.ram[i] = (u8)(i * 7);
    long da = 0, db = 0;
    for (long t = 1000; t <= 20000; t += 1000) {
        da = run_to(a, da, t, 7);
        db = run_to(b, db, t, 13);
    }
    run_to(ref_a, 0, 20000, 20000);
    run_to(ref_b, 0, 20000, 20000);
    check_same("a vs single run", a, ref_a);
    check_same("b vs single run", b, ref_b);
    CHECK_EQ("a differs from b", 1, memcmp(a->cpu.ram + 0x20, b->cpu.ram + 0x20, 32) != 0);
    CHECK_EQ("timer interrupts in 20000 cycles", 2, a->cpu.ram[0x1c]);

    state_io st;
    st_init_save(&st);
    mcs48_serialize(&a->cpu, &st);
    rig *c = rig_new(busy_code, sizeof(busy_code));
    memcpy(c->xram, a->xram, sizeof(c->xram));
    state_io ld;
    st_init_load(&ld, st.buf, st.pos);
    mcs48_serialize(&c->cpu, &ld);
    CHECK_EQ("load error", 0, ld.error);
    CHECK_EQ("load size", st.pos, ld.pos);
    st_free(&st);
    run_to(a, da, 40000, 40000 - da);
    run_to(c, da, 40000, 11);
    check_same("restored vs original", c, a);
    rig_free(a);
    rig_free(b);
    rig_free(c);
    rig_free(ref_a);
    rig_free(ref_b);
}

/* Filler (NOP runs and 0xff, MOV A,R7) with the timer interrupt running:
   the core takes runs of a repeated NOP or MOV A,Rr at once, also across
   slices; in one slice or in slices of 7 it ends exactly where one cycle
   at a time ends. */
static void test_filler_runs(void)
{
    /* MOV A,#$F0; MOV T,A; EN TCNTI; STRT T; MOV R7,#$5A */
    static const u8 code[] = { 0x23, 0xf0, 0x62, 0x25, 0x55, 0xbf, 0x5a };
    rig *a = rig_new(code, sizeof(code)), *b = rig_new(code, sizeof(code)), *c = rig_new(code, sizeof(code));
    rig *rs[3] = { a, b, c };
    for (int k = 0; k < 3; k++) {
        u8 *rom = rs[k]->rom;
        memset(rom + 0x17, 0x00, 0x200 - 0x17);
        memset(rom + 0x200, 0xff, 0x100);
        memset(rom + 0x303, 0xff, 0x340 - 0x303);
        memset(rom + 0x343, 0xff, 0x800 - 0x343);
    }
    long total = run_to(a, 0, 50000, 50000);
    run_to(b, 0, total, 1);
    check_same("filler in one slice vs one cycle at a time", a, b);
    /* slices of 7: a run carries on from one slice into the next */
    CHECK_EQ("cycles in slices of 7", total, run_to(c, 0, total, 7));
    check_same("filler in slices of 7 vs one cycle at a time", c, b);
    CHECK_EQ("timer interrupts", b->cpu.ram[0x1c], a->cpu.ram[0x1c]);
    CHECK_EQ("some were taken", 1, a->cpu.ram[0x1c] > 2);
    CHECK_EQ("A from R7", 0x5a, a->cpu.a);
    rig_free(a);
    rig_free(b);
    rig_free(c);
}

/* An idle loop (JMP to itself) with the timer interrupt running: the core
   takes the passes at once, stopping short of each overflow; in one slice,
   in slices of 7 and one cycle at a time it ends in the same state, with
   every interrupt taken at the same cycle. */
static void test_idle_jump(void)
{
    /* MOV A,#$F0; MOV T,A; EN TCNTI; STRT T; JMP $015 */
    static const u8 code[] = { 0x23, 0xf0, 0x62, 0x25, 0x55, 0x04, 0x15 };
    rig *a = rig_new(code, sizeof(code)), *b = rig_new(code, sizeof(code)), *c = rig_new(code, sizeof(code));
    long total = run_to(a, 0, 40001, 40001);
    CHECK_EQ("one slice overshoots by at most a cycle", 1, total == 40001 || total == 40002);
    run_to(b, 0, total, 1);
    check_same("idle loop in one slice vs one cycle at a time", a, b);
    CHECK_EQ("cycles in slices of 7", total, run_to(c, 0, total, 7));
    check_same("idle loop in slices of 7 vs one cycle at a time", c, b);
    /* the first overflow 16 x 32 cycles after STRT T, then every 256 x 32 */
    CHECK_EQ("timer interrupts", 1 + (total - 7 - 512) / 8192, a->cpu.ram[0x1c]);
    CHECK_EQ("loop pc", 0x015, a->cpu.pc);
    rig_free(a);
    rig_free(b);
    rig_free(c);
}

static void check_dasm(const char *expected, int expected_len, u32 pc, u8 b0, u8 b1)
{
    char buf[64];
    const u8 op[8] = { b0, b1 };
    int len = mcs48_disasm(buf, sizeof(buf), pc, op);
    if (strcmp(buf, expected)) {
        printf("disasm %02X %02X at %03X: expected \"%s\", got \"%s\"\n", b0, b1, pc, expected, buf);
        check_failures++;
    }
    CHECK_EQ(expected, expected_len, len);
}

static void test_disasm(void)
{
    check_dasm("NOP", 1, 0, 0x00, 0);
    check_dasm("MOV A,#$5A", 2, 0, 0x23, 0x5a);
    check_dasm("CALL $020", 2, 0, 0x14, 0x20);
    check_dasm("JMP $7FF", 2, 0x800, 0xe4, 0xff);
    check_dasm("DJNZ R1,$106", 2, 0x1fe, 0xe9, 0x06);
    check_dasm("DJNZ R1,$206", 2, 0x1ff, 0xe9, 0x06);
    check_dasm("JB3 $FC0", 2, 0xf10, 0x72, 0xc0);
    check_dasm("ANL P2,#$0F", 2, 0, 0x9a, 0x0f);
    check_dasm("MOVD P6,A", 1, 0, 0x3e, 0);
    check_dasm("MOVP3 A,@A", 1, 0, 0xe3, 0);
    check_dasm("MOV @R1,#$80", 2, 0, 0xb1, 0x80);
    check_dasm("XCHD A,@R0", 1, 0, 0x30, 0);
    check_dasm("DB $C2", 1, 0, 0xc2, 0);
}

int main(void)
{
    test_timer_prescaler();
    test_jtf_and_mov_a_t();
    test_timer_interrupt();
    test_counter();
    test_external_interrupt();
    test_jni();
    test_priority();
    test_ports();
    test_abort_slice();
    test_variants();
    test_two_instances();
    test_filler_runs();
    test_idle_jump();
    test_disasm();
    return check_report("test_mcs48_unit");
}
