/* Unit tests for the MC6809 core: IRQ/NMI (entire state) and FIRQ (PC and
   CC only) entry and RTI, masking, NMI arming by LDS and its edge trigger,
   SYNC and CWAI waits, slice aborts from a handler, disassembler text for
   indexed and indirect modes, two interleaved instances and a save-state
   round trip. Registers, memory and cycle counts are checked exactly. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/m6809.h"
#include "../check.h"


/* A CPU on 64 KiB of RAM; page $C0xx is a latch whose write ends the slice. */
typedef struct rig {
    m6809_t cpu;
    address_space_t prog;
    u8 ram[0x10000];
    int ack_calls, ack_line;
    int latch_writes;
} rig;

static u8 latch_r(void *ctx, offs_t a)
{
    (void)ctx;
    return (u8)a;
}

static void latch_w(void *ctx, offs_t a, u8 d)
{
    (void)a;
    (void)d;
    rig *r = ctx;
    r->latch_writes++;
    cpu_abort_slice(&r->cpu.base);
}

static int ack(void *ctx, int line)
{
    rig *r = ctx;
    r->ack_calls++;
    r->ack_line = line;
    return 0xff;
}

enum { IRQ_HANDLER = 0x2000, FIRQ_HANDLER = 0x3000, NMI_HANDLER = 0x4000, SWI_HANDLER = 0x5000 };

/* Code at $0100; every handler is a lone RTI. */
static rig *rig_new(const u8 *code, size_t len)
{
    rig *r = calloc(1, sizeof(*r));
    if (!r || as_init(&r->prog, "program", 16, 8, 0xff)) {
        printf("FAIL: out of memory\n");
        exit(1);
    }
    as_map_ram(&r->prog, 0x0000, 0xffff, r->ram);
    int h = as_add_handler(&r->prog, latch_r, latch_w, r, 0xc000, 0xffff);
    as_map_handler(&r->prog, 0xc000, 0xc0ff, h, h);
    static const u16 vectors[][2] = {
        { 0xfff6, FIRQ_HANDLER }, { 0xfff8, IRQ_HANDLER }, { 0xfffa, SWI_HANDLER },
        { 0xfffc, NMI_HANDLER }, { 0xfffe, 0x0100 },
    };
    for (size_t i = 0; i < ARRAY_LEN(vectors); i++) {
        r->ram[vectors[i][0]] = (u8)(vectors[i][1] >> 8);
        r->ram[vectors[i][0] + 1] = (u8)vectors[i][1];
        r->ram[vectors[i][1]] = 0x3b; /* RTI */
    }
    memcpy(r->ram + 0x0100, code, len);
    m6809_init(&r->cpu, &r->prog, NULL);
    r->cpu.base.irq_ack = ack;
    r->cpu.base.irq_ctx = r;
    m6809_reset(&r->cpu);
    return r;
}

static void rig_free(rig *r)
{
    as_free(&r->prog);
    free(r);
}

static void set_regs(m6809_t *c)
{
    c->a = 0x11;
    c->b = 0x22;
    c->dp = 0x33;
    c->x = 0x4455;
    c->y = 0x6677;
    c->u = 0x8899;
}

/* LDS #$8000 arms NMI; then NOPs. */
static const u8 lds_nops[] = { 0x10, 0xce, 0x80, 0x00, 0x12, 0x12, 0x12, 0x12, 0x12, 0x12 };

static void test_reset(void)
{
    rig *r = rig_new(lds_nops, sizeof(lds_nops));
    CHECK_EQ("reset pc", 0x0100, r->cpu.pc);
    CHECK_EQ("reset cc has I and F", M6809_CC_I | M6809_CC_F, r->cpu.cc & (M6809_CC_I | M6809_CC_F));
    CHECK_EQ("reset dp", 0, r->cpu.dp);
    CHECK_EQ("LDS cycles", 4, m6809_execute(&r->cpu, 1));
    CHECK_EQ("NOP cycles", 2, m6809_execute(&r->cpu, 1));
    rig_free(r);
}

static void test_irq_entire_and_rti(void)
{
    static const u8 code[] = { 0x10, 0xce, 0x80, 0x00, 0x1c, 0xef, 0x12, 0x12 }; /* LDS; ANDCC #$EF */
    rig *r = rig_new(code, sizeof(code));
    m6809_t *c = &r->cpu;
    set_regs(c);
    m6809_execute(c, 1);
    CHECK_EQ("ANDCC cycles", 3, m6809_execute(c, 1));
    u8 cc_before = c->cc;
    CHECK_EQ("I clear", 0, cc_before & M6809_CC_I);
    m6809_set_line(c, CPU_LINE_IRQ0, LINE_HOLD);
    CHECK_EQ("IRQ entry cycles", 19, m6809_execute(c, 1));
    CHECK_EQ("IRQ pc", IRQ_HANDLER, c->pc);
    CHECK_EQ("IRQ s", 0x8000 - 12, c->s);
    CHECK_EQ("IRQ cc", cc_before | M6809_CC_E | M6809_CC_I, c->cc);
    static const u8 frame[12] = { 0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0x01, 0x06 };
    CHECK_EQ("stacked cc", cc_before | M6809_CC_E, r->ram[0x7ff4]);
    for (int i = 1; i < 12; i++)
        CHECK_EQ("stacked byte", frame[i], r->ram[0x7ff4 + i]);
    CHECK_EQ("HOLD cleared on acknowledge", LINE_CLEAR, c->irq_state[0]);
    CHECK_EQ("ack calls", 1, r->ack_calls);
    CHECK_EQ("ack line", CPU_LINE_IRQ0, r->ack_line);
    set_regs(c);
    c->a = 0xee;
    c->x = 0;
    CHECK_EQ("RTI (entire) cycles", 15, m6809_execute(c, 1));
    CHECK_EQ("RTI pc", 0x0106, c->pc);
    CHECK_EQ("RTI s", 0x8000, c->s);
    CHECK_EQ("RTI a", 0x11, c->a);
    CHECK_EQ("RTI x", 0x4455, c->x);
    CHECK_EQ("RTI cc", cc_before | M6809_CC_E, c->cc);
    CHECK_EQ("no second IRQ", 2, m6809_execute(c, 1));
    rig_free(r);
}

static void test_firq_fast(void)
{
    static const u8 code[] = { 0x10, 0xce, 0x80, 0x00, 0x1c, 0xbf, 0x12, 0x12, 0x12 }; /* ANDCC #$BF */
    rig *r = rig_new(code, sizeof(code));
    m6809_t *c = &r->cpu;
    set_regs(c);
    m6809_execute(c, 1);
    m6809_execute(c, 1);
    CHECK_EQ("after ANDCC", 0x0106, c->pc);
    u8 cc_before = c->cc;
    m6809_set_line(c, CPU_LINE_IRQ1, LINE_ASSERT);
    CHECK_EQ("FIRQ entry cycles", 10, m6809_execute(c, 1));
    CHECK_EQ("FIRQ pc", FIRQ_HANDLER, c->pc);
    CHECK_EQ("FIRQ s", 0x8000 - 3, c->s);
    CHECK_EQ("FIRQ stacked cc (E clear)", cc_before & ~M6809_CC_E, r->ram[0x7ffd]);
    CHECK_EQ("FIRQ stacked pc hi", 0x01, r->ram[0x7ffe]);
    CHECK_EQ("FIRQ stacked pc lo", 0x06, r->ram[0x7fff]);
    CHECK_EQ("FIRQ cc", (cc_before & ~M6809_CC_E) | M6809_CC_F | M6809_CC_I, c->cc);
    CHECK_EQ("ack line", CPU_LINE_IRQ1, r->ack_line);
    /* IRQ is masked by FIRQ entry; FIRQ itself is masked by F. */
    m6809_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("RTI (fast) cycles", 6, m6809_execute(c, 1));
    CHECK_EQ("RTI pc", 0x0106, c->pc);
    CHECK_EQ("RTI s", 0x8000, c->s);
    /* FIRQ is still asserted and unmasked again: taken again. IRQ stays out
       throughout: I is still set from reset. */
    CHECK_EQ("FIRQ again (level)", 10, m6809_execute(c, 1));
    m6809_set_line(c, CPU_LINE_IRQ1, LINE_CLEAR);
    CHECK_EQ("RTI", 6, m6809_execute(c, 1));
    CHECK_EQ("IRQ stays masked by I", 2, m6809_execute(c, 1));
    CHECK_EQ("pc after NOP", 0x0107, c->pc);
    rig_free(r);
}

static void test_nmi(void)
{
    rig *r = rig_new(lds_nops, sizeof(lds_nops));
    m6809_t *c = &r->cpu;
    m6809_set_line(c, CPU_LINE_NMI, LINE_ASSERT);
    CHECK_EQ("NMI disarmed before LDS", 4, m6809_execute(c, 1));
    CHECK_EQ("pc", 0x0104, c->pc);
    CHECK_EQ("line still high: no edge", 2, m6809_execute(c, 1));
    m6809_set_line(c, CPU_LINE_NMI, LINE_CLEAR);
    m6809_set_line(c, CPU_LINE_NMI, LINE_ASSERT);
    u8 cc_before = c->cc;
    CHECK_EQ("NMI entry cycles", 19, m6809_execute(c, 1));
    CHECK_EQ("NMI pc", NMI_HANDLER, c->pc);
    CHECK_EQ("NMI s", 0x8000 - 12, c->s);
    CHECK_EQ("NMI cc", cc_before | M6809_CC_E | M6809_CC_F | M6809_CC_I, c->cc);
    CHECK_EQ("NMI ack line", CPU_LINE_NMI, r->ack_line);
    CHECK_EQ("RTI", 15, m6809_execute(c, 1));
    CHECK_EQ("held NMI does not retrigger", 2, m6809_execute(c, 1));
    m6809_set_line(c, CPU_LINE_NMI, LINE_CLEAR);
    m6809_set_line(c, CPU_LINE_NMI, LINE_HOLD);
    CHECK_EQ("HOLD is one edge", 19, m6809_execute(c, 1));
    CHECK_EQ("RTI", 15, m6809_execute(c, 1));
    m6809_set_line(c, CPU_LINE_NMI, LINE_HOLD);
    CHECK_EQ("next HOLD is another edge", 19, m6809_execute(c, 1));
    rig_free(r);
}

static void test_swi(void)
{
    static const u8 code[] = { 0x10, 0xce, 0x80, 0x00, 0x3f, 0x12 };
    rig *r = rig_new(code, sizeof(code));
    m6809_t *c = &r->cpu;
    m6809_execute(c, 1);
    c->cc = 0x00;
    CHECK_EQ("SWI cycles", 19, m6809_execute(c, 1));
    CHECK_EQ("SWI pc", SWI_HANDLER, c->pc);
    CHECK_EQ("SWI cc", M6809_CC_E | M6809_CC_F | M6809_CC_I, c->cc);
    CHECK_EQ("SWI stacked cc", M6809_CC_E, r->ram[0x7ff4]);
    CHECK_EQ("RTI", 15, m6809_execute(c, 1));
    CHECK_EQ("back", 0x0105, c->pc);
    CHECK_EQ("cc restored", M6809_CC_E, c->cc);
    rig_free(r);
}

static void test_sync(void)
{
    /* LDS; SYNC; NOP */
    static const u8 code[] = { 0x10, 0xce, 0x80, 0x00, 0x13, 0x12, 0x12 };
    rig *r = rig_new(code, sizeof(code));
    m6809_t *c = &r->cpu;
    m6809_execute(c, 1);
    CHECK_EQ("SYNC's own cycles", 2, m6809_execute(c, 2));
    CHECK_EQ("waiting", M6809_SYNC, c->wait);
    CHECK_EQ("a wait eats the slice", 50, m6809_execute(c, 50));
    CHECK_EQ("pc after SYNC", 0x0105, c->pc);
    /* A masked IRQ still ends SYNC (one more cycle); execution goes on. */
    m6809_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("wake cycle", 1, m6809_execute(c, 1));
    CHECK_EQ("running", M6809_RUN, c->wait);
    CHECK_EQ("NOP after SYNC", 2, m6809_execute(c, 1));
    CHECK_EQ("no interrupt taken", 0, r->ack_calls);
    CHECK_EQ("pc", 0x0106, c->pc);
    m6809_set_line(c, CPU_LINE_IRQ0, LINE_CLEAR);

    /* Unmasked: SYNC ends and the IRQ is taken, stacking the next PC. */
    c->pc = 0x0104;
    c->cc = 0;
    CHECK_EQ("SYNC", 2, m6809_execute(c, 2));
    m6809_set_line(c, CPU_LINE_IRQ0, LINE_HOLD);
    CHECK_EQ("wake + IRQ entry", 1 + 19, m6809_execute(c, 20));
    CHECK_EQ("IRQ pc", IRQ_HANDLER, c->pc);
    CHECK_EQ("stacked pc lo", 0x05, r->ram[0x7fff]);
    rig_free(r);
}

static void test_cwai(void)
{
    /* LDS; CWAI #$AF (clears F and I); NOP */
    static const u8 code[] = { 0x10, 0xce, 0x80, 0x00, 0x3c, 0xaf, 0x12 };
    rig *r = rig_new(code, sizeof(code));
    m6809_t *c = &r->cpu;
    set_regs(c);
    m6809_execute(c, 1);
    c->cc = 0xff;
    CHECK_EQ("CWAI stacking cycles", 16, m6809_execute(c, 1));
    CHECK_EQ("waiting", M6809_CWAI, c->wait);
    CHECK_EQ("s", 0x8000 - 12, c->s);
    CHECK_EQ("stacked cc", 0xaf | M6809_CC_E, r->ram[0x7ff4]);
    CHECK_EQ("stacked pc lo", 0x06, r->ram[0x7fff]);
    CHECK_EQ("a wait eats the slice", 30, m6809_execute(c, 30));
    /* FIRQ after CWAI: the entire state is already stacked (E=1). */
    m6809_set_line(c, CPU_LINE_IRQ1, LINE_HOLD);
    CHECK_EQ("vector fetch only", 4, m6809_execute(c, 1));
    CHECK_EQ("FIRQ pc", FIRQ_HANDLER, c->pc);
    CHECK_EQ("cc", 0xaf | M6809_CC_E | M6809_CC_F | M6809_CC_I, c->cc);
    CHECK_EQ("ack line", CPU_LINE_IRQ1, r->ack_line);
    set_regs(c);
    c->b = 0;
    CHECK_EQ("RTI pulls everything", 15, m6809_execute(c, 1));
    CHECK_EQ("b", 0x22, c->b);
    CHECK_EQ("pc", 0x0106, c->pc);
    CHECK_EQ("s", 0x8000, c->s);

    /* A masked interrupt does not end CWAI. */
    c->pc = 0x0104;
    c->cc = 0xff;
    r->ram[0x0105] = 0xef; /* CWAI #$EF: IRQ unmasked, FIRQ still masked */
    m6809_execute(c, 1);
    m6809_set_line(c, CPU_LINE_IRQ1, LINE_ASSERT);
    CHECK_EQ("masked FIRQ ignored", 20, m6809_execute(c, 20));
    CHECK_EQ("still waiting", M6809_CWAI, c->wait);
    m6809_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("IRQ ends CWAI", 4, m6809_execute(c, 1));
    CHECK_EQ("IRQ pc", IRQ_HANDLER, c->pc);
    rig_free(r);
}

static void test_abort_slice(void)
{
    /* STA $C000 (the latch) then NOPs */
    static const u8 code[] = { 0xb7, 0xc0, 0x00, 0x12, 0x12, 0x12 };
    rig *r = rig_new(code, sizeof(code));
    CHECK_EQ("slice ends after STA", 5, m6809_execute(&r->cpu, 100));
    CHECK_EQ("latch written", 1, r->latch_writes);
    CHECK_EQ("pc", 0x0103, r->cpu.pc);
    CHECK_EQ("next slice", 6, m6809_execute(&r->cpu, 5));
    rig_free(r);
}

static void check_dasm(u32 pc, const u8 *bytes, const char *text, int len)
{
    u8 op[8] = { 0 };
    memcpy(op, bytes, (size_t)len);
    char buf[64];
    int got = m6809_disasm(buf, sizeof(buf), pc, op);
    CHECK_STR("disasm", text, buf);
    CHECK_EQ(text, len, got);
}

static void test_disasm(void)
{
    check_dasm(0, (const u8[]){ 0xa6, 0x9f, 0x12, 0x34 }, "LDA   [$1234]", 4);
    check_dasm(0, (const u8[]){ 0xec, 0xb1 }, "LDD   [,Y++]", 2);
    check_dasm(0x1000, (const u8[]){ 0x30, 0x8c, 0xfe }, "LEAX  $1001,PCR", 3);
    check_dasm(0x1000, (const u8[]){ 0x30, 0x9d, 0x01, 0x00 }, "LEAX  [$1104,PCR]", 4);
    check_dasm(0, (const u8[]){ 0xe6, 0x1f }, "LDB   -$01,X", 2);
    check_dasm(0, (const u8[]){ 0xe6, 0x4f }, "LDB   $0F,U", 2);
    check_dasm(0, (const u8[]){ 0xa7, 0xd6 }, "STA   [A,U]", 2);
    check_dasm(0, (const u8[]){ 0xab, 0x8b }, "ADDA  D,X", 2);
    check_dasm(0, (const u8[]){ 0xa0, 0xe3 }, "SUBA  ,--S", 2);
    check_dasm(0, (const u8[]){ 0x10, 0xae, 0xf8, 0x80 }, "LDY   [-$80,S]", 4);
    check_dasm(0, (const u8[]){ 0x6e, 0xf9, 0x01, 0x00 }, "JMP   [$0100,S]", 4);
    check_dasm(0, (const u8[]){ 0x34, 0x7f }, "PSHS  CC,A,B,DP,X,Y,U", 2);
    check_dasm(0, (const u8[]){ 0x37, 0xc0 }, "PULU  S,PC", 2);
    check_dasm(0, (const u8[]){ 0x1f, 0x8b }, "TFR   A,DP", 2);
    check_dasm(0x2000, (const u8[]){ 0x10, 0x27, 0x00, 0x10 }, "LBEQ  $2014", 4);
    check_dasm(0x2000, (const u8[]){ 0x26, 0xfe }, "BNE   $2000", 2);
    check_dasm(0, (const u8[]){ 0x96, 0x80 }, "LDA   <$80", 2);
    check_dasm(0, (const u8[]){ 0x11, 0x8c, 0x12, 0x34 }, "CMPS  #$1234", 4);
    check_dasm(0, (const u8[]){ 0x11, 0x3f }, "SWI3", 2);
    check_dasm(0, (const u8[]){ 0x4f }, "CLRA", 1);
    check_dasm(0, (const u8[]){ 0x87 }, "FCB   $87", 1);
}

/* Two instances, each with its own program and memory, stepped in turn,
   must end exactly as each does when run alone. */
static void test_interleaved(void)
{
    /* LDX #$1000; loop: LDA ,X; ADDA #$07; STA ,X+; MUL; CMPX #$1010; BNE loop; BRA * */
    static const u8 prog_a[] = { 0x8e, 0x10, 0x00, 0xa6, 0x84, 0x8b, 0x07, 0xa7, 0x80, 0x3d,
                                 0x8c, 0x10, 0x10, 0x26, 0xf4, 0x20, 0xfe };
    /* LDU #$2000; LDD #$1234; loop: PSHU D; ADDD #$0101; CMPU #$1FE0; BNE loop; BRA * */
    static const u8 prog_b[] = { 0xce, 0x20, 0x00, 0xcc, 0x12, 0x34, 0x36, 0x06, 0xc3, 0x01,
                                 0x01, 0x11, 0x83, 0x1f, 0xe0, 0x26, 0xf5, 0x20, 0xfe };
    rig *a = rig_new(prog_a, sizeof(prog_a));
    rig *b = rig_new(prog_b, sizeof(prog_b));
    rig *a1 = rig_new(prog_a, sizeof(prog_a));
    rig *b1 = rig_new(prog_b, sizeof(prog_b));
    int cyc_a = 0, cyc_b = 0, cyc_a1 = 0, cyc_b1 = 0;
    for (int i = 0; i < 150; i++) {
        cyc_a += m6809_execute(&a->cpu, 1 + i % 3);
        cyc_b += m6809_execute(&b->cpu, 1 + i % 5);
    }
    while (cyc_a1 < cyc_a)
        cyc_a1 += m6809_execute(&a1->cpu, 1);
    while (cyc_b1 < cyc_b)
        cyc_b1 += m6809_execute(&b1->cpu, 1);
    CHECK_EQ("a cycles", cyc_a, cyc_a1);
    CHECK_EQ("b cycles", cyc_b, cyc_b1);
    CHECK_EQ("a pc", a1->cpu.pc, a->cpu.pc);
    CHECK_EQ("a x", a1->cpu.x, a->cpu.x);
    CHECK_EQ("a d", a1->cpu.a << 8 | a1->cpu.b, a->cpu.a << 8 | a->cpu.b);
    CHECK_EQ("b pc", b1->cpu.pc, b->cpu.pc);
    CHECK_EQ("b u", b1->cpu.u, b->cpu.u);
    CHECK_EQ("a memory", 0, memcmp(a->ram, a1->ram, sizeof(a->ram)));
    CHECK_EQ("b memory", 0, memcmp(b->ram, b1->ram, sizeof(b->ram)));
    /* Known end states: A finished its 16 bytes, B pushed 16 words. */
    CHECK_EQ("a done", 0x010f, a->cpu.pc);
    CHECK_EQ("a x end", 0x1010, a->cpu.x);
    CHECK_EQ("a last byte", 0x07, a->ram[0x100f]);
    CHECK_EQ("b done", 0x0111, b->cpu.pc);
    CHECK_EQ("b u end", 0x1fe0, b->cpu.u);
    CHECK_EQ("b first push hi", 0x12, b->ram[0x1ffe]);
    CHECK_EQ("b last push lo", 0x34 + 15, b->ram[0x1fe1]);
    rig_free(a);
    rig_free(b);
    rig_free(a1);
    rig_free(b1);
}

/* Idle loops are counted without being run: a long slice must end where
   one-cycle slices (which never skip) end, with the same registers. */
static void test_idle_loop(void)
{
    /* LDX #$1000; loop: LDA ,X; CMPA $1001; BEQ loop; INC $1002; BRA loop */
    static const u8 prog[] = { 0x8e, 0x10, 0x00, 0xa6, 0x84, 0xb1, 0x10, 0x01, 0x27, 0xf9,
                               0x7c, 0x10, 0x02, 0x20, 0xf4 };
    for (int budget = 1000; budget < 1040; budget += 3) {
        rig *a = rig_new(prog, sizeof(prog));
        rig *b = rig_new(prog, sizeof(prog));
        a->ram[0x1000] = a->ram[0x1001] = b->ram[0x1000] = b->ram[0x1001] = 5;
        int cyc_a = m6809_execute(&a->cpu, budget), cyc_b = 0;
        while (cyc_b < cyc_a)
            cyc_b += m6809_execute(&b->cpu, 1 + cyc_b % 3);
        CHECK_EQ("idle cycles", cyc_a, cyc_b);
        CHECK_EQ("idle pc", b->cpu.pc, a->cpu.pc);
        CHECK_EQ("idle cc", b->cpu.cc, a->cpu.cc);
        CHECK_EQ("idle a", b->cpu.a, a->cpu.a);
        CHECK_EQ("idle ea", b->cpu.ea, a->cpu.ea);
        /* the value changes between slices: both leave the loop alike */
        a->ram[0x1001] = b->ram[0x1001] = 6;
        cyc_a = m6809_execute(&a->cpu, budget);
        cyc_b = 0;
        while (cyc_b < cyc_a)
            cyc_b += m6809_execute(&b->cpu, 1 + cyc_b % 2);
        CHECK_EQ("busy cycles", cyc_a, cyc_b);
        CHECK_EQ("busy pc", b->cpu.pc, a->cpu.pc);
        CHECK_EQ("busy count", b->ram[0x1002], a->ram[0x1002]);
        CHECK_EQ("busy memory", 0, memcmp(a->ram, b->ram, sizeof(a->ram)));
        rig_free(a);
        rig_free(b);
    }
}

static void test_save_state(void)
{
    rig *r = rig_new(lds_nops, sizeof(lds_nops));
    m6809_t *c = &r->cpu;
    set_regs(c);
    m6809_execute(c, 1);
    m6809_set_line(c, CPU_LINE_IRQ1, LINE_ASSERT);
    state_io io;
    st_init_save(&io);
    m6809_serialize(c, &io);
    CHECK_EQ("save ok", 0, io.error);
    m6809_t saved = *c;
    m6809_execute(c, 5);
    c->x = 0;
    state_io in;
    st_init_load(&in, io.buf, io.pos);
    m6809_serialize(c, &in);
    CHECK_EQ("load ok", 0, in.error);
    CHECK_EQ("all bytes read", io.pos, in.pos);
    CHECK_EQ("pc", saved.pc, c->pc);
    CHECK_EQ("s", saved.s, c->s);
    CHECK_EQ("x", saved.x, c->x);
    CHECK_EQ("cc", saved.cc, c->cc);
    CHECK_EQ("firq line", LINE_ASSERT, c->irq_state[1]);
    CHECK_EQ("nmi armed", 1, c->nmi_armed);
    st_free(&io);
    rig_free(r);
}

int main(void)
{
    test_reset();
    test_irq_entire_and_rti();
    test_firq_fast();
    test_nmi();
    test_swi();
    test_sync();
    test_cwai();
    test_abort_slice();
    test_disasm();
    test_interleaved();
    test_idle_loop();
    test_save_state();
    return check_report("test_m6809_unit");
}
