/* Unit tests for the MC6800 core: countdown and idle-loop skipping, WAI woken by IRQ and NMI (stacked
   registers and cycle counts), IRQ masking and the CLI delay, the NMI edge,
   SWI, slice aborts from a memory handler, disassembler text, two
   interleaved instances and a save-state round trip. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/m6800.h"
#include "../check.h"

/* A CPU on 64 KiB of flat RAM; page $80 is a latch whose write ends the
   slice. Vectors: IRQ $0200, SWI $0300, NMI $0400, RESET $0100; each
   handler is a lone RTI. */
typedef struct rig {
    m6800_t cpu;
    address_space_t prog;
    u8 ram[0x10000];
    int ack_calls, ack_line;
    u8 latch;
} rig;

static u8 latch_r(void *ctx, offs_t a)
{
    (void)a;
    return ((rig *)ctx)->latch;
}

static void latch_w(void *ctx, offs_t a, u8 d)
{
    (void)a;
    rig *r = ctx;
    r->latch = d;
    cpu_abort_slice(&r->cpu.base);
}

static int irq_ack(void *ctx, int line)
{
    rig *r = ctx;
    r->ack_calls++;
    r->ack_line = line;
    return 0xff;
}

static rig *rig_new(const u8 *prog, size_t len)
{
    static const u8 vectors[8] = { 0x02, 0x00, 0x03, 0x00, 0x04, 0x00, 0x01, 0x00 };
    rig *r = calloc(1, sizeof(*r));
    if (!r || as_init(&r->prog, "program", 16, 8, 0xff)) {
        printf("out of memory\n");
        exit(1);
    }
    as_map_ram(&r->prog, 0x0000, 0xffff, r->ram);
    int h = as_add_handler(&r->prog, latch_r, latch_w, r, 0x8000, 0xffff);
    as_map_handler(&r->prog, 0x8000, 0x80ff, h, h);
    memcpy(&r->ram[0x0100], prog, len);
    memcpy(&r->ram[0xfff8], vectors, sizeof(vectors));
    r->ram[0x0200] = r->ram[0x0300] = r->ram[0x0400] = 0x3b; /* RTI */
    m6800_init(&r->cpu, &r->prog, NULL);
    r->cpu.base.irq_ack = irq_ack;
    r->cpu.base.irq_ctx = r;
    m6800_reset(&r->cpu);
    return r;
}

static void rig_free(rig *r)
{
    as_free(&r->prog);
    free(r);
}

/* The seven bytes an interrupt stacks below sp = $01FF. */
static void check_stack(const rig *r, u16 pc, u16 x, u8 a, u8 b, u8 cc)
{
    CHECK_EQ("sp after stacking", 0x01f8, r->cpu.sp);
    CHECK_EQ("stacked pc low", pc & 0xff, r->ram[0x01ff]);
    CHECK_EQ("stacked pc high", pc >> 8, r->ram[0x01fe]);
    CHECK_EQ("stacked x low", x & 0xff, r->ram[0x01fd]);
    CHECK_EQ("stacked x high", x >> 8, r->ram[0x01fc]);
    CHECK_EQ("stacked a", a, r->ram[0x01fb]);
    CHECK_EQ("stacked b", b, r->ram[0x01fa]);
    CHECK_EQ("stacked cc", cc, r->ram[0x01f9]);
}

static void test_wai_irq(void)
{
    static const u8 prog[] = {
        0x8e, 0x01, 0xff, /* $0100 LDS #$01FF */
        0x86, 0x11,       /* $0103 LDAA #$11  */
        0xc6, 0x22,       /* $0105 LDAB #$22  */
        0xce, 0x33, 0x44, /* $0107 LDX #$3344 */
        0x0e,             /* $010A CLI        */
        0x3e,             /* $010B WAI        */
        0x01,             /* $010C NOP        */
    };
    rig *r = rig_new(prog, sizeof(prog));
    m6800_t *c = &r->cpu;
    CHECK_EQ("setup cycles", 12, m6800_execute(c, 12));
    CHECK_EQ("pc at WAI", 0x010b, c->pc);
    CHECK_EQ("WAI idles out the slice", 100, m6800_execute(c, 100));
    CHECK_EQ("waiting", 1, c->waiting);
    check_stack(r, 0x010c, 0x3344, 0x11, 0x22, 0xc0);
    CHECK_EQ("still waiting", 50, m6800_execute(c, 50));
    CHECK_EQ("pc while waiting", 0x010c, c->pc);

    m6800_set_line(c, CPU_LINE_IRQ0, LINE_HOLD);
    CHECK_EQ("wake-up by IRQ: vector fetch only", 4, m6800_execute(c, 4));
    CHECK_EQ("pc at IRQ handler", 0x0200, c->pc);
    CHECK_EQ("I set", 0xd0, c->cc);
    CHECK_EQ("sp unchanged by wake-up", 0x01f8, c->sp);
    CHECK_EQ("HOLD cleared", LINE_CLEAR, c->irq_state);
    CHECK_EQ("irq_ack calls", 1, r->ack_calls);
    CHECK_EQ("irq_ack line", CPU_LINE_IRQ0, r->ack_line);

    CHECK_EQ("RTI cycles", 10, m6800_execute(c, 10));
    CHECK_EQ("pc after RTI", 0x010c, c->pc);
    CHECK_EQ("cc after RTI", 0xc0, c->cc);
    CHECK_EQ("a after RTI", 0x11, c->a);
    CHECK_EQ("x after RTI", 0x3344, c->x);
    CHECK_EQ("sp after RTI", 0x01ff, c->sp);
    CHECK_EQ("NOP", 2, m6800_execute(c, 1));
    CHECK_EQ("pc after NOP", 0x010d, c->pc);
    rig_free(r);
}

static void test_wai_nmi(void)
{
    static const u8 prog[] = {
        0x8e, 0x01, 0xff, /* $0100 LDS #$01FF */
        0x3e,             /* $0103 WAI        */
        0x01, 0x01, 0x01, /* $0104 NOP; NOP; NOP */
    };
    rig *r = rig_new(prog, sizeof(prog));
    m6800_t *c = &r->cpu;
    CHECK_EQ("LDS", 3, m6800_execute(c, 3));
    CHECK_EQ("WAI", 20, m6800_execute(c, 20));
    m6800_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("masked IRQ leaves WAI asleep", 10, m6800_execute(c, 10));
    CHECK_EQ("pc asleep", 0x0104, c->pc);
    CHECK_EQ("no ack for a masked IRQ", 0, r->ack_calls);
    check_stack(r, 0x0104, 0x0000, 0x00, 0x00, 0xd0);

    m6800_set_line(c, CPU_LINE_NMI, LINE_ASSERT);
    CHECK_EQ("wake-up by NMI", 4, m6800_execute(c, 1));
    CHECK_EQ("pc at NMI handler", 0x0400, c->pc);
    CHECK_EQ("RTI", 10, m6800_execute(c, 1));
    CHECK_EQ("pc after RTI", 0x0104, c->pc);

    /* NMI still asserted: no second interrupt without a new edge */
    CHECK_EQ("NOP", 2, m6800_execute(c, 1));
    CHECK_EQ("NOP", 2, m6800_execute(c, 1));
    CHECK_EQ("pc after NOPs", 0x0106, c->pc);
    m6800_set_line(c, CPU_LINE_NMI, LINE_CLEAR);
    m6800_set_line(c, CPU_LINE_NMI, LINE_ASSERT);
    CHECK_EQ("NMI on a new edge, I set", 12, m6800_execute(c, 1));
    CHECK_EQ("pc at NMI handler", 0x0400, c->pc);
    check_stack(r, 0x0106, 0x0000, 0x00, 0x00, 0xd0);
    rig_free(r);
}

static void test_irq_mask_and_cli_delay(void)
{
    static const u8 prog[] = {
        0x8e, 0x01, 0xff, /* $0100 LDS #$01FF */
        0x01, 0x01,       /* $0103 NOP; NOP   */
        0x0e,             /* $0105 CLI        */
        0x01, 0x01,       /* $0106 NOP; NOP   */
    };
    rig *r = rig_new(prog, sizeof(prog));
    m6800_t *c = &r->cpu;
    m6800_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("LDS, NOP, NOP with I set", 7, m6800_execute(c, 7));
    CHECK_EQ("pc with IRQ masked", 0x0105, c->pc);
    CHECK_EQ("CLI", 2, m6800_execute(c, 1));
    CHECK_EQ("instruction after CLI still runs", 2, m6800_execute(c, 1));
    CHECK_EQ("pc after delayed NOP", 0x0107, c->pc);
    CHECK_EQ("IRQ entry", 12, m6800_execute(c, 1));
    CHECK_EQ("pc at IRQ handler", 0x0200, c->pc);
    CHECK_EQ("cc in handler", 0xd0, c->cc);
    CHECK_EQ("ASSERT is not cleared by the ack", LINE_ASSERT, c->irq_state);
    check_stack(r, 0x0107, 0x0000, 0x00, 0x00, 0xc0);

    /* level triggered: RTI clears I and the IRQ is taken again */
    CHECK_EQ("RTI", 10, m6800_execute(c, 10));
    CHECK_EQ("IRQ again", 12, m6800_execute(c, 1));
    CHECK_EQ("acks", 2, r->ack_calls);
    m6800_set_line(c, CPU_LINE_IRQ0, LINE_CLEAR);
    CHECK_EQ("RTI", 10, m6800_execute(c, 10));
    CHECK_EQ("NOP", 2, m6800_execute(c, 1));
    CHECK_EQ("pc after NOP", 0x0108, c->pc);
    rig_free(r);
}

static void test_swi(void)
{
    static const u8 prog[] = {
        0x8e, 0x01, 0xff, /* $0100 LDS #$01FF */
        0x86, 0xab,       /* $0103 LDAA #$AB  */
        0xc6, 0xcd,       /* $0105 LDAB #$CD  */
        0xce, 0x12, 0x34, /* $0107 LDX #$1234 */
        0x0d,             /* $010A SEC        */
        0x3f,             /* $010B SWI        */
        0x01,             /* $010C NOP        */
    };
    rig *r = rig_new(prog, sizeof(prog));
    m6800_t *c = &r->cpu;
    CHECK_EQ("setup", 12, m6800_execute(c, 12));
    CHECK_EQ("SWI cycles", 12, m6800_execute(c, 1));
    CHECK_EQ("pc at SWI handler", 0x0300, c->pc);
    CHECK_EQ("cc in handler", 0xd1, c->cc);
    check_stack(r, 0x010c, 0x1234, 0xab, 0xcd, 0xd1);
    CHECK_EQ("RTI", 10, m6800_execute(c, 1));
    CHECK_EQ("pc after RTI", 0x010c, c->pc);
    CHECK_EQ("sp after RTI", 0x01ff, c->sp);
    rig_free(r);
}

static void test_abort_slice(void)
{
    static const u8 prog[] = {
        0x01,             /* $0100 NOP        */
        0xb7, 0x80, 0x00, /* $0101 STAA $8000 */
        0x01, 0x01,       /* $0104 NOP; NOP   */
    };
    rig *r = rig_new(prog, sizeof(prog));
    m6800_t *c = &r->cpu;
    c->a = 0x5a;
    CHECK_EQ("slice ends after the latch write", 7, m6800_execute(c, 100));
    CHECK_EQ("latch", 0x5a, r->latch);
    CHECK_EQ("pc after the store", 0x0104, c->pc);
    CHECK_EQ("next slice", 4, m6800_execute(c, 4));
    rig_free(r);
}

static void check_dasm(u32 pc, const u8 *bytes, const char *text, int len)
{
    u8 op[8] = { 0 };
    memcpy(op, bytes, 3);
    char buf[64];
    int got = m6800_disasm(buf, sizeof(buf), pc, op);
    if (strcmp(buf, text)) {
        printf("FAIL disasm %02X %02X %02X: expected \"%s\", got \"%s\"\n", op[0], op[1], op[2], text, buf);
        check_failures++;
    }
    CHECK_EQ(text, len, got);
}

static void test_disasm(void)
{
    check_dasm(0, (const u8[]){ 0x01, 0, 0 }, "NOP", 1);
    check_dasm(0, (const u8[]){ 0x86, 0x12, 0 }, "LDAA  #$12", 2);
    check_dasm(0, (const u8[]){ 0xe7, 0x40, 0 }, "STAB  $40,X", 2);
    check_dasm(0, (const u8[]){ 0x7e, 0xc0, 0x00 }, "JMP   $C000", 3);
    check_dasm(0, (const u8[]){ 0xce, 0x12, 0x34 }, "LDX   #$1234", 3);
    check_dasm(0, (const u8[]){ 0x9c, 0x80, 0 }, "CPX   $80", 2);
    check_dasm(0, (const u8[]){ 0x48, 0, 0 }, "ASLA", 1);
    check_dasm(0, (const u8[]){ 0x6f, 0x03, 0 }, "CLR   $03,X", 2);
    check_dasm(0x1000, (const u8[]){ 0x26, 0xfe, 0 }, "BNE   $1000", 2);
    check_dasm(0x2000, (const u8[]){ 0x8d, 0x10, 0 }, "BSR   $2012", 2);
    check_dasm(0, (const u8[]){ 0xbd, 0xf0, 0x0d }, "JSR   $F00D", 3);
    check_dasm(0, (const u8[]){ 0x3f, 0, 0 }, "SWI", 1);
    check_dasm(0, (const u8[]){ 0x00, 0, 0 }, "FCB   $00", 1);
    check_dasm(0, (const u8[]){ 0x71, 0x01, 0x02 }, "FCB   $71,$01,$02", 3);
}

static void test_interleaved(void)
{
    static const u8 count_a[] = { 0x4c, 0x20, 0xfd };       /* INCA; BRA $0100 */
    static const u8 count_b[] = { 0x5c, 0x5c, 0x20, 0xfc }; /* INCB; INCB; BRA $0100 */
    rig *r1 = rig_new(count_a, sizeof(count_a));
    rig *r2 = rig_new(count_b, sizeof(count_b));
    long t1 = 0, t2 = 0;
    for (int i = 0; i < 5; i++) {
        t1 += m6800_execute(&r1->cpu, 60);
        t2 += m6800_execute(&r2->cpu, 80);
    }
    CHECK_EQ("cpu1 cycles", 300, t1);
    CHECK_EQ("cpu2 cycles", 400, t2);
    CHECK_EQ("cpu1 A (50 loops of 6)", 50, r1->cpu.a);
    CHECK_EQ("cpu1 B untouched", 0, r1->cpu.b);
    CHECK_EQ("cpu2 B (50 loops of 8)", 100, r2->cpu.b);
    CHECK_EQ("cpu2 A untouched", 0, r2->cpu.a);
    CHECK_EQ("cpu1 pc", 0x0100, r1->cpu.pc);
    CHECK_EQ("cpu2 pc", 0x0100, r2->cpu.pc);

    /* save cpu2 into cpu1's struct; both then run identically */
    state_io s;
    st_init_save(&s);
    m6800_serialize(&r2->cpu, &s);
    CHECK_EQ("save error", 0, s.error);
    memcpy(r1->ram, r2->ram, sizeof(r1->ram));
    state_io l;
    st_init_load(&l, s.buf, s.pos);
    m6800_serialize(&r1->cpu, &l);
    CHECK_EQ("load error", 0, l.error);
    CHECK_EQ("load consumed all", s.pos, l.pos);
    CHECK_EQ("cpu1 runs", 40, m6800_execute(&r1->cpu, 40));
    CHECK_EQ("cpu2 runs", 40, m6800_execute(&r2->cpu, 40));
    CHECK_EQ("restored B", r2->cpu.b, r1->cpu.b);
    CHECK_EQ("restored cc", r2->cpu.cc, r1->cpu.cc);
    CHECK_EQ("restored pc", r2->cpu.pc, r1->cpu.pc);
    st_free(&s);
    rig_free(r1);
    rig_free(r2);
}

/* Countdown loops (DECx / BNE to it) are counted without being run: a long
   slice must end where one-instruction slices (which never skip) end, with the same registers. */
static void test_countdown(void)
{
    /* CLRA; LDAB #n; loop: DECB; BNE loop; INCA; BRA to LDAB (B = 0: 256 passes) */
    static const u8 decb[] = { 0x4f, 0xc6, 0x07, 0x5a, 0x26, 0xfd, 0x4c, 0x20, 0xf8 };
    static const u8 decb0[] = { 0x4f, 0xc6, 0x00, 0x5a, 0x26, 0xfd, 0x4c, 0x20, 0xf8 };
    /* CLRA; LDX #n; loop: DEX; BNE loop; INCA; BRA to LDX */
    static const u8 dex[] = { 0x4f, 0xce, 0x01, 0x23, 0x09, 0x26, 0xfd, 0x4c, 0x20, 0xf7 };
    static const u8 *const progs[] = { decb, decb0, dex };
    static const size_t lens[] = { sizeof(decb), sizeof(decb0), sizeof(dex) };
    for (int p = 0; p < 3; p++)
        for (int budget = 1; budget < 3000; budget += 97) {
            rig *a = rig_new(progs[p], lens[p]);
            rig *b = rig_new(progs[p], lens[p]);
            int cyc_a = 0, cyc_b = 0;
            for (int round = 0; round < 4; round++) {
                /* b runs the same slice one instruction a call */
                int goal = cyc_b + budget + round;
                cyc_a += m6800_execute(&a->cpu, budget + round);
                while (cyc_b < goal)
                    cyc_b += m6800_execute(&b->cpu, 1);
                CHECK_EQ("countdown cycles", cyc_a, cyc_b);
                CHECK_EQ("countdown pc", b->cpu.pc, a->cpu.pc);
                CHECK_EQ("countdown cc", b->cpu.cc, a->cpu.cc);
                CHECK_EQ("countdown a", b->cpu.a, a->cpu.a);
                CHECK_EQ("countdown b", b->cpu.b, a->cpu.b);
                CHECK_EQ("countdown x", b->cpu.x, a->cpu.x);
            }
            rig_free(a);
            rig_free(b);
        }
}

/* Idle loops are counted without being run, also across slices on a solo
   space, with a repeat-safe handler write in them: long slices must end
   where one-instruction slices (which never skip) end. */
static void dac_w(void *ctx, offs_t a, u8 d)
{
    (void)a;
    rig *r = ctx;
    if (d != r->latch)
        r->ack_calls++; /* changes of the "DAC" */
    r->latch = d;
}

static void test_idle_loop(void)
{
    /* loop: LDAB $10; BEQ silent; DECB; STAB $10; LDAA #$40; STAA $9000; BRA loop;
       silent: LDAA #$80; STAA $9000; BRA loop */
    static const u8 prog[] = { 0xd6, 0x10, 0x27, 0x0a, 0x5a, 0xd7, 0x10, 0x86, 0x40, 0xb7, 0x90, 0x00,
                               0x20, 0xf2, 0x86, 0x80, 0xb7, 0x90, 0x00, 0x20, 0xeb };
    for (int solo = 0; solo < 2; solo++)
        for (int budget = 5; budget < 400; budget += 37) {
            rig *a = rig_new(prog, sizeof(prog));
            rig *b = rig_new(prog, sizeof(prog));
            rig *rs[2] = { a, b };
            for (int i = 0; i < 2; i++) {
                int h = as_add_handler(&rs[i]->prog, latch_r, dac_w, rs[i], 0x9000, 0xffff);
                rs[i]->prog.handlers[h].repeat_safe = 1;
                as_map_handler(&rs[i]->prog, 0x9000, 0x90ff, h, h);
                rs[i]->prog.solo = solo;
                rs[i]->ram[0x10] = 3;
            }
            int cyc_a = 0, cyc_b = 0;
            for (int round = 0; round < 6; round++) {
                if (round == 4 && !solo) /* a solo space: only the CPU writes its memory */
                    a->ram[0x10] = b->ram[0x10] = 2; /* between slices: a new count */
                /* b runs the same slice one instruction a call */
                int goal = cyc_b + budget + round;
                cyc_a += m6800_execute(&a->cpu, budget + round);
                while (cyc_b < goal)
                    cyc_b += m6800_execute(&b->cpu, 1);
                CHECK_EQ("idle cycles", cyc_a, cyc_b);
                CHECK_EQ("idle pc", b->cpu.pc, a->cpu.pc);
                CHECK_EQ("idle cc", b->cpu.cc, a->cpu.cc);
                CHECK_EQ("idle a", b->cpu.a, a->cpu.a);
                CHECK_EQ("idle b", b->cpu.b, a->cpu.b);
                CHECK_EQ("idle dac", b->latch, a->latch);
                CHECK_EQ("idle dac changes", b->ack_calls, a->ack_calls);
                CHECK_EQ("idle memory", 0, memcmp(a->ram, b->ram, sizeof(a->ram)));
            }
            rig_free(a);
            rig_free(b);
        }
}

int main(void)
{
    test_wai_irq();
    test_wai_nmi();
    test_irq_mask_and_cli_delay();
    test_swi();
    test_abort_slice();
    test_disasm();
    test_interleaved();
    test_countdown();
    test_idle_loop();
    return check_report("test_m6800_unit");
}
