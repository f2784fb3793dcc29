/* Unit tests for the 6502 core: interrupt acceptance timing (CLI/SEI delay,
   RTI), NMI edge detection, BRK hijacked by NMI, JAM, slice abort, two
   interleaved instances, idle loops counted without being run, and the
   disassembler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/m6502.h"
#include "../check.h"

typedef struct rig {
    address_space_t space;
    u8 ram[0x10000];
    m6502_t cpu;
    int acks;
    bool nmi_on_stack_write; /* page-1 writes assert NMI (hijack test) */
    bool abort_on_io_write;  /* writes to $8000 end the slice */
    int line_on_io_write;    /* -1, or a line that writes to $8000 assert */
} rig;

static int count_ack(void *ctx, int line)
{
    (void)line;
    ((rig *)ctx)->acks++;
    return 0;
}

static u8 stack_r(void *ctx, offs_t a)
{
    return ((rig *)ctx)->ram[a];
}

static void stack_w(void *ctx, offs_t a, u8 d)
{
    rig *g = ctx;
    g->ram[a] = d;
    if (g->nmi_on_stack_write)
        m6502_set_line(&g->cpu, CPU_LINE_NMI, LINE_ASSERT);
}

static u8 io_r(void *ctx, offs_t a)
{
    return ((rig *)ctx)->ram[0x8000 + a];
}

static void io_w(void *ctx, offs_t a, u8 d)
{
    rig *g = ctx;
    g->ram[0x8000 + a] = d;
    if (g->abort_on_io_write)
        cpu_abort_slice(&g->cpu.base);
    if (g->line_on_io_write >= 0)
        m6502_set_line(&g->cpu, g->line_on_io_write, LINE_ASSERT);
}

static void poke(rig *g, u16 at, const u8 *bytes, size_t n)
{
    memcpy(g->ram + at, bytes, n);
}

static void set_vector(rig *g, u16 vector, u16 target)
{
    g->ram[vector] = (u8)target;
    g->ram[vector + 1] = (u8)(target >> 8);
}

/* RAM everywhere except page 1 and page $80, which go through handlers.
   Reset at $0200, IRQ at $0300, NMI at $0400. */
static rig *rig_new(void)
{
    rig *g = calloc(1, sizeof(*g));
    if (!g || as_init(&g->space, "program", 16, 8, 0xff)) {
        free(g);
        return NULL;
    }
    as_map_ram(&g->space, 0, 0xffff, g->ram);
    int hs = as_add_handler(&g->space, stack_r, stack_w, g, 0, 0xffff);
    as_map_handler(&g->space, 0x100, 0x1ff, hs, hs);
    int hio = as_add_handler(&g->space, io_r, io_w, g, 0x8000, 0xffff);
    as_map_handler(&g->space, 0x8000, 0x80ff, hio, hio);
    set_vector(g, 0xfffc, 0x0200);
    set_vector(g, 0xfffe, 0x0300);
    set_vector(g, 0xfffa, 0x0400);
    g->line_on_io_write = -1;
    m6502_init(&g->cpu, &g->space, NULL);
    g->cpu.base.irq_ack = count_ack;
    g->cpu.base.irq_ctx = g;
    return g;
}

static void rig_free(rig *g)
{
    as_free(&g->space);
    free(g);
}

/* Handlers used by several tests: INC $11; RTI at $0300, INC $10; RTI at $0400. */
static void install_counting_handlers(rig *g)
{
    static const u8 irq[] = { 0xe6, 0x11, 0x40 };
    static const u8 nmi[] = { 0xe6, 0x10, 0x40 };
    poke(g, 0x0300, irq, sizeof(irq));
    poke(g, 0x0400, nmi, sizeof(nmi));
}

/* Reset, then the sequence's seven clocks (MAME's 6502: two reads at PC,
   three stack reads, the vector), so the program starts at cycle 0. */
static void reset_cpu(rig *g)
{
    m6502_reset(&g->cpu);
    CHECK_EQ("reset sequence clocks", 7, m6502_execute(&g->cpu, 1));
}

static void test_reset(void)
{
    rig *g = rig_new();
    static const u8 prog[] = { 0xea, 0xea }; /* NOP; NOP */
    poke(g, 0x0200, prog, sizeof(prog));
    m6502_reset(&g->cpu);
    CHECK_EQ("reset pc", 0x0200, g->cpu.pc);
    CHECK_EQ("reset s", 0xfd, g->cpu.s);
    CHECK_EQ("reset p has I", M6502_I, g->cpu.p & M6502_I);
    /* the seven clocks come before the first fetch, even with room for more */
    CHECK_EQ("reset + NOP", 9, m6502_execute(&g->cpu, 8));
    CHECK_EQ("pc after the NOP", 0x0201, g->cpu.pc);
    CHECK_EQ("no more reset clocks", 2, m6502_execute(&g->cpu, 2));
    CHECK_EQ("pc after the second NOP", 0x0202, g->cpu.pc);
    rig_free(g);
}

/* CLI: the IRQ waits one more instruction; then the stacked PC shows where. */
static void test_cli_delay(void)
{
    rig *g = rig_new();
    static const u8 prog[] = { 0x58, 0xea, 0xea, 0x4c, 0x03, 0x02 }; /* CLI; NOP; NOP; JMP $0203 */
    poke(g, 0x0200, prog, sizeof(prog));
    install_counting_handlers(g);
    reset_cpu(g);
    m6502_set_line(&g->cpu, CPU_LINE_IRQ0, LINE_HOLD);
    CHECK_EQ("CLI+NOP+IRQ cycles", 11, m6502_execute(&g->cpu, 11));
    CHECK_EQ("pc at IRQ handler", 0x0300, g->cpu.pc);
    CHECK_EQ("stacked PCH", 0x02, g->ram[0x1fd]);
    CHECK_EQ("stacked PCL (after the NOP)", 0x02, g->ram[0x1fc]);
    CHECK_EQ("stacked P (B clear)", M6502_U, g->ram[0x1fb]);
    CHECK_EQ("I set in handler", M6502_I, g->cpu.p & M6502_I);
    CHECK_EQ("acknowledged once", 1, g->acks);
    CHECK_EQ("HOLD cleared on acknowledge", LINE_CLEAR, g->cpu.irq_state);
    m6502_execute(&g->cpu, 11); /* INC, RTI */
    CHECK_EQ("handler ran once", 1, g->ram[0x11]);
    CHECK_EQ("back in main", 0x0202, g->cpu.pc);
    rig_free(g);
}

/* CLI; SEI lets exactly one pending IRQ in, right after SEI, with I stacked set. */
static void test_cli_sei(void)
{
    rig *g = rig_new();
    static const u8 prog[] = { 0x58, 0x78, 0x4c, 0x02, 0x02 }; /* CLI; SEI; JMP $0202 */
    poke(g, 0x0200, prog, sizeof(prog));
    install_counting_handlers(g);
    reset_cpu(g);
    m6502_set_line(&g->cpu, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("CLI+SEI+IRQ cycles", 11, m6502_execute(&g->cpu, 11));
    CHECK_EQ("pc at IRQ handler", 0x0300, g->cpu.pc);
    CHECK_EQ("stacked PCL (after SEI)", 0x02, g->ram[0x1fc]);
    CHECK_EQ("stacked P has I", M6502_U | M6502_I, g->ram[0x1fb]);
    m6502_execute(&g->cpu, 200);
    CHECK_EQ("level IRQ not retaken with I set", 1, g->ram[0x11]);
    rig_free(g);
}

/* A line raised by a write in an instruction's last cycle (STA) is seen one
   instruction later; one raised in the next-to-last cycle (the first write
   of INC) is seen at once. The stacked PC shows where it was taken. */
static void late_line_case(int line, u8 opcode, u8 want_pcl, int want_cycles)
{
    rig *g = rig_new();
    const u8 prog[] = { 0x58, opcode, 0x00, 0x80, 0xea, 0xea, 0x4c, 0x06, 0x02 }; /* CLI; op $8000; NOP; NOP; JMP * */
    poke(g, 0x0200, prog, sizeof(prog));
    install_counting_handlers(g);
    reset_cpu(g);
    g->line_on_io_write = line;
    CHECK_EQ("cycles to the handler", want_cycles, m6502_execute(&g->cpu, want_cycles));
    CHECK_EQ("in the handler", line == CPU_LINE_NMI ? 0x0400 : 0x0300, g->cpu.pc);
    CHECK_EQ("stacked PCL", want_pcl, g->ram[0x1fc]);
    rig_free(g);
}

static void test_late_lines(void)
{
    late_line_case(CPU_LINE_IRQ0, 0x8d, 0x05, 2 + 4 + 2 + 7); /* STA: after the NOP */
    late_line_case(CPU_LINE_IRQ0, 0xee, 0x04, 2 + 6 + 7);     /* INC: right after it */
    late_line_case(CPU_LINE_NMI, 0x8d, 0x05, 2 + 4 + 2 + 7);
    late_line_case(CPU_LINE_NMI, 0xee, 0x04, 2 + 6 + 7);
}

/* A level IRQ held asserted re-enters right after each RTI: 18 cycles a round. */
static void test_level_irq(void)
{
    rig *g = rig_new();
    static const u8 prog[] = { 0x58, 0x4c, 0x01, 0x02 }; /* CLI; JMP $0201 */
    poke(g, 0x0200, prog, sizeof(prog));
    install_counting_handlers(g);
    reset_cpu(g);
    m6502_set_line(&g->cpu, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("first round", 23, m6502_execute(&g->cpu, 23)); /* CLI 2, JMP 3, IRQ 7, INC 5, RTI 6 */
    CHECK_EQ("count after one", 1, g->ram[0x11]);
    CHECK_EQ("returned to loop", 0x0201, g->cpu.pc);
    CHECK_EQ("second round", 18, m6502_execute(&g->cpu, 18));
    CHECK_EQ("count after two", 2, g->ram[0x11]);
    m6502_set_line(&g->cpu, CPU_LINE_IRQ0, LINE_CLEAR);
    m6502_execute(&g->cpu, 100);
    CHECK_EQ("released line stops it", 2, g->ram[0x11]);
    CHECK_EQ("acknowledges", 2, g->acks);
    rig_free(g);
}

/* NMI is taken once per rising edge, however long the line stays high. */
static void test_nmi_edge(void)
{
    rig *g = rig_new();
    static const u8 prog[] = { 0x4c, 0x00, 0x02 }; /* JMP $0200 */
    poke(g, 0x0200, prog, sizeof(prog));
    install_counting_handlers(g);
    reset_cpu(g);
    m6502_set_line(&g->cpu, CPU_LINE_NMI, LINE_ASSERT);
    m6502_execute(&g->cpu, 100);
    CHECK_EQ("one NMI per edge", 1, g->ram[0x10]);
    m6502_set_line(&g->cpu, CPU_LINE_NMI, LINE_ASSERT);
    m6502_execute(&g->cpu, 100);
    CHECK_EQ("still high: no new NMI", 1, g->ram[0x10]);
    m6502_set_line(&g->cpu, CPU_LINE_NMI, LINE_CLEAR);
    m6502_set_line(&g->cpu, CPU_LINE_NMI, LINE_ASSERT);
    m6502_execute(&g->cpu, 100);
    CHECK_EQ("second edge", 2, g->ram[0x10]);
    m6502_set_line(&g->cpu, CPU_LINE_NMI, LINE_CLEAR);
    m6502_set_line(&g->cpu, CPU_LINE_NMI, LINE_HOLD);
    m6502_execute(&g->cpu, 100);
    m6502_set_line(&g->cpu, CPU_LINE_NMI, LINE_HOLD);
    m6502_execute(&g->cpu, 100);
    CHECK_EQ("each HOLD is a pulse", 4, g->ram[0x10]);
    CHECK_EQ("NMI ignores I and needs no acknowledge", 0, g->acks);
    rig_free(g);
}

/* An NMI arriving while BRK pushes takes the vector fetch; B stays stacked. */
static void test_brk_hijack(void)
{
    rig *g = rig_new();
    static const u8 prog[] = { 0x00, 0x00 };     /* BRK */
    static const u8 spin[] = { 0x4c, 0x00, 0x04 }; /* NMI: JMP $0400 */
    poke(g, 0x0200, prog, sizeof(prog));
    poke(g, 0x0400, spin, sizeof(spin));
    reset_cpu(g);
    g->nmi_on_stack_write = true;
    CHECK_EQ("BRK cycles", 7, m6502_execute(&g->cpu, 7));
    g->nmi_on_stack_write = false;
    CHECK_EQ("went to the NMI vector", 0x0400, g->cpu.pc);
    CHECK_EQ("stacked P has B", M6502_U | M6502_B | M6502_I, g->ram[0x1fb]);
    CHECK_EQ("stacked PCL skips the signature byte", 0x02, g->ram[0x1fc]);
    m6502_execute(&g->cpu, 30);
    CHECK_EQ("NMI consumed by the hijack", 0xfa, g->cpu.s);
    rig_free(g);
}

/* JAM stops the core until reset; it keeps burning its cycles. */
static void test_jam(void)
{
    rig *g = rig_new();
    static const u8 prog[] = { 0xa9, 0x42, 0x02 }; /* LDA #$42; JAM */
    poke(g, 0x0200, prog, sizeof(prog));
    install_counting_handlers(g);
    reset_cpu(g);
    CHECK_EQ("cycles burnt", 100, m6502_execute(&g->cpu, 100));
    CHECK_EQ("jammed", 1, g->cpu.jammed);
    CHECK_EQ("pc stays on the JAM", 0x0202, g->cpu.pc);
    m6502_set_line(&g->cpu, CPU_LINE_NMI, LINE_ASSERT);
    CHECK_EQ("still burning", 50, m6502_execute(&g->cpu, 50));
    CHECK_EQ("NMI does not wake it", 0, g->ram[0x10]);
    reset_cpu(g);
    CHECK_EQ("reset recovers", 0, g->cpu.jammed);
    CHECK_EQ("pc after reset", 0x0200, g->cpu.pc);
    m6502_execute(&g->cpu, 2);
    CHECK_EQ("runs again", 0x0202, g->cpu.pc);
    rig_free(g);
}

/* A write handler ending the slice makes execute return the exact count. */
static void test_abort_slice(void)
{
    rig *g = rig_new();
    static const u8 prog[] = { 0xa9, 0x01, 0x8d, 0x00, 0x80, 0x4c, 0x05, 0x02 }; /* LDA #1; STA $8000; JMP * */
    poke(g, 0x0200, prog, sizeof(prog));
    reset_cpu(g);
    g->abort_on_io_write = true;
    CHECK_EQ("stops after the STA", 6, m6502_execute(&g->cpu, 1000));
    CHECK_EQ("pc after STA", 0x0205, g->cpu.pc);
    CHECK_EQ("value written", 1, g->ram[0x8000]);
    rig_free(g);
}

/* Two cores in one process, run in alternating small slices, end in the same
   state as each run alone for the same number of cycles. */
static rig *counting_rig(u8 step)
{
    rig *g = rig_new();
    /* CLC; loop: LDA $10; ADC #step; STA $10; JMP loop */
    const u8 prog[] = { 0x18, 0xa5, 0x10, 0x69, step, 0x85, 0x10, 0x4c, 0x01, 0x02 };
    poke(g, 0x0200, prog, sizeof(prog));
    reset_cpu(g);
    return g;
}

static void test_interleaved(void)
{
    rig *a = counting_rig(3), *b = counting_rig(5);
    int ta = 0, tb = 0;
    for (int i = 0; i < 500; i++) {
        ta += m6502_execute(&a->cpu, 7);
        tb += m6502_execute(&b->cpu, 5);
    }
    rig *sa = counting_rig(3), *sb = counting_rig(5);
    m6502_execute(&sa->cpu, ta);
    m6502_execute(&sb->cpu, tb);
    CHECK_EQ("A counter", sa->ram[0x10], a->ram[0x10]);
    CHECK_EQ("A pc", sa->cpu.pc, a->cpu.pc);
    CHECK_EQ("A a", sa->cpu.a, a->cpu.a);
    CHECK_EQ("B counter", sb->ram[0x10], b->ram[0x10]);
    CHECK_EQ("B pc", sb->cpu.pc, b->cpu.pc);
    CHECK_EQ("B a", sb->cpu.a, b->cpu.a);
    CHECK_EQ("A and B ran different programs", 1, a->ram[0x10] != b->ram[0x10]);
    rig_free(a);
    rig_free(b);
    rig_free(sa);
    rig_free(sb);
}

/* Runs g until `total` reaches `target`, in execute calls of at most
   `step` cycles; returns the new total (it may overshoot by part of an
   instruction, as one call would). */
static long run_to(rig *g, long total, long target, int step)
{
    while (total < target) {
        long want = target - total < step ? target - total : step;
        total += m6502_execute(&g->cpu, (int)want);
    }
    return total;
}

/* An idle loop waiting for an IRQ to change memory (CLI; loop: LDA $10;
   CMP $11; BEQ loop; STA $11; INC $12; JMP loop; the IRQ: INC $10; RTI)
   ends in the same state, cycle for cycle, run in long slices (where the
   core counts whole repeats of the loop without running them), in slices
   of 7 and one cycle at a time. A timer IRQ every 997 cycles, and once
   while the loop is not idle (just after a change). */
static void idle_loop_case(const char *what, const u8 *prog, size_t len, u8 count_at)
{
    static const int steps[] = { 100000, 7, 1 };
    long totals[3];
    u8 regs[3][5], mem[3][3];
    u16 pcs[3];
    for (int r = 0; r < 3; r++) {
        rig *g = rig_new();
        poke(g, 0x0200, prog, len);
        install_counting_handlers(g);
        static const u8 irq[] = { 0xe6, 0x10, 0x40 };
        poke(g, 0x0300, irq, sizeof(irq));
        reset_cpu(g);
        long total = 0;
        for (int i = 1; i <= 60; i++) {
            total = run_to(g, total, i * 997L + (i == 30 ? 450 : 0), steps[r]);
            m6502_set_line(&g->cpu, CPU_LINE_IRQ0, LINE_HOLD);
        }
        total = run_to(g, total, 61 * 997L + 123, steps[r]);
        totals[r] = total;
        pcs[r] = g->cpu.pc;
        const u8 rv[5] = { g->cpu.a, g->cpu.x, g->cpu.y, g->cpu.s, g->cpu.p };
        memcpy(regs[r], rv, sizeof(rv));
        memcpy(mem[r], g->ram + 0x10, 3);
        mem[r][1] = g->ram[count_at];
        rig_free(g);
    }
    CHECK(mem[2][0] == 60, "%s: %d IRQs counted", what, mem[2][0]);
    CHECK(mem[2][2] == 60, "%s: %d changes seen", what, mem[2][2]);
    for (int r = 0; r < 2; r++) {
        CHECK(totals[r] == totals[2], "%s, slices of %d: %ld cycles, one at a time %ld", what, steps[r], totals[r],
              totals[2]);
        CHECK(pcs[r] == pcs[2], "%s, slices of %d: pc %04x, one at a time %04x", what, steps[r], pcs[r], pcs[2]);
        CHECK(!memcmp(regs[r], regs[2], 5), "%s, slices of %d: registers differ", what, steps[r]);
        CHECK(!memcmp(mem[r], mem[2], 3), "%s, slices of %d: memory differs", what, steps[r]);
    }
}

static void test_idle_loop(void)
{
    /* CLI; loop: LDA $10; CMP $11; BEQ loop; STA $11; INC $12; JMP loop */
    static const u8 idle[] = { 0x58, 0xa5, 0x10, 0xc5, 0x11, 0xf0, 0xfa, 0x85, 0x11, 0xe6, 0x12, 0x4c, 0x01, 0x02 };
    /* the same with INC $13 in the loop: it writes on every pass, so it is
       never skipped, though the registers repeat */
    static const u8 busy[] = { 0x58, 0xe6, 0x13, 0xa5, 0x10, 0xc5, 0x11, 0xf0, 0xf8,
                               0x85, 0x11, 0xe6, 0x12, 0x4c, 0x01, 0x02 };
    idle_loop_case("idle loop", idle, sizeof(idle), 0x11);
    idle_loop_case("loop writing", busy, sizeof(busy), 0x13);
}

/* Save, run on, load, run the same stretch again: identical results. */
static void test_save_state(void)
{
    rig *g = counting_rig(7);
    install_counting_handlers(g);
    m6502_set_line(&g->cpu, CPU_LINE_NMI, LINE_ASSERT); /* line left high: no new edge after load */
    m6502_execute(&g->cpu, 1001);
    state_io io;
    st_init_save(&io);
    m6502_serialize(&g->cpu, &io);
    u8 *ram = malloc(sizeof(g->ram));
    memcpy(ram, g->ram, sizeof(g->ram));
    m6502_execute(&g->cpu, 777);
    m6502_t after = g->cpu;
    u8 counter = g->ram[0x10];

    g->cpu = (m6502_t){ 0 };
    m6502_init(&g->cpu, &g->space, NULL);
    memcpy(g->ram, ram, sizeof(g->ram));
    state_io in;
    st_init_load(&in, io.buf, io.pos);
    m6502_serialize(&g->cpu, &in);
    CHECK_EQ("load error", 0, in.error);
    CHECK_EQ("all bytes used", io.pos, in.pos);
    m6502_execute(&g->cpu, 777);
    CHECK_EQ("pc", after.pc, g->cpu.pc);
    CHECK_EQ("a", after.a, g->cpu.a);
    CHECK_EQ("p", after.p, g->cpu.p);
    CHECK_EQ("s", after.s, g->cpu.s);
    CHECK_EQ("counter", counter, g->ram[0x10]);
    CHECK_EQ("nmi line", after.nmi_state, g->cpu.nmi_state);
    st_free(&io);
    free(ram);
    rig_free(g);
}

static void dasm_case(u32 pc, const u8 *op, const char *text, int len)
{
    u8 bytes[8] = { 0 };
    memcpy(bytes, op, 3);
    char buf[32];
    int got = m6502_disasm(buf, sizeof(buf), pc, bytes);
    check_count++;
    if (strcmp(buf, text) || got != len) {
        check_failures++;
        printf("FAIL disasm %02X: expected \"%s\" (%d), got \"%s\" (%d)\n", op[0], text, len, buf, got);
    }
}

static void test_disasm(void)
{
    dasm_case(0x0200, (const u8[]){ 0xa9, 0x12, 0 }, "LDA #$12", 2);
    dasm_case(0x0200, (const u8[]){ 0x91, 0x20, 0 }, "STA ($20),Y", 2);
    dasm_case(0x0200, (const u8[]){ 0xa1, 0x20, 0 }, "LDA ($20,X)", 2);
    dasm_case(0x0200, (const u8[]){ 0x6c, 0x34, 0x12 }, "JMP ($1234)", 3);
    dasm_case(0x0210, (const u8[]){ 0xd0, 0xee, 0 }, "BNE $0200", 2);
    dasm_case(0x0200, (const u8[]){ 0x0a, 0, 0 }, "ASL A", 1);
    dasm_case(0x0200, (const u8[]){ 0xb6, 0x80, 0 }, "LDX $80,Y", 2);
    dasm_case(0x0200, (const u8[]){ 0xbf, 0x34, 0x12 }, "LAX $1234,Y", 3);
    dasm_case(0x0200, (const u8[]){ 0x03, 0x10, 0 }, "SLO ($10,X)", 2);
    dasm_case(0x0200, (const u8[]){ 0x1c, 0x34, 0x12 }, "NOP $1234,X", 3);
    dasm_case(0x0200, (const u8[]){ 0xcb, 0x07, 0 }, "SBX #$07", 2);
    dasm_case(0x0200, (const u8[]){ 0x02, 0, 0 }, "JAM", 1);
    dasm_case(0x0200, (const u8[]){ 0x00, 0x00, 0 }, "BRK", 2);
}

int main(void)
{
    test_reset();
    test_cli_delay();
    test_cli_sei();
    test_level_irq();
    test_late_lines();
    test_nmi_edge();
    test_brk_hijack();
    test_jam();
    test_abort_slice();
    test_interleaved();
    test_save_state();
    test_idle_loop();
    test_disasm();
    return check_report("test_m6502_unit");
}
