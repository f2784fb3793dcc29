/* Unit tests for the Intel 8080 core: disassembler text, interrupt
   acknowledge (RST from the data bus), the EI delay, HLT, DI, slice aborts,
   two interleaved instances and a save-state round trip. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/i8080.h"
#include "../check.h"


/* A CPU on 64 KiB of flat RAM with a recording I/O space. */
typedef struct rig {
    i8080_t cpu;
    address_space_t prog, io;
    u8 ram[0x10000];
    int ack_calls;
    int ack_line;
    int line_at_ack; /* int_line seen from inside irq_ack */
    u8 ack_byte;
    int outs;
    bool abort_on_out;
} rig;

static u8 io_r(void *ctx, offs_t port)
{
    (void)ctx;
    return (u8)(port ^ 0x5a);
}

static void io_w(void *ctx, offs_t port, u8 data)
{
    (void)port;
    (void)data;
    rig *r = ctx;
    r->outs++;
    if (r->abort_on_out)
        cpu_abort_slice(&r->cpu.base);
}

static int ack(void *ctx, int line)
{
    rig *r = ctx;
    r->ack_calls++;
    r->ack_line = line;
    r->line_at_ack = r->cpu.int_line;
    return r->ack_byte;
}

static rig *rig_new(const u8 *code, size_t len, u16 at)
{
    rig *r = calloc(1, sizeof(*r));
    if (!r) {
        perror("calloc");
        exit(2);
    }
    as_init(&r->prog, "program", 16, 8, 0xff);
    as_map_ram(&r->prog, 0, 0xffff, r->ram);
    as_init(&r->io, "io", 8, 8, 0xff);
    int h = as_add_handler(&r->io, io_r, io_w, r, 0, 0xff);
    as_map_handler(&r->io, 0, 0xff, h, h);
    memcpy(r->ram + at, code, len);
    i8080_init(&r->cpu, &r->prog, &r->io);
    r->cpu.pc = at;
    r->cpu.sp = 0x2000;
    r->cpu.base.irq_ack = ack;
    r->cpu.base.irq_ctx = r;
    return r;
}

static void rig_free(rig *r)
{
    as_free(&r->prog);
    as_free(&r->io);
    free(r);
}

/* Runs one instruction (or one interrupt acknowledge); returns its states. */
static int step(rig *r)
{
    return i8080_execute(&r->cpu, 1);
}

static u16 stacked_word(const rig *r)
{
    return (u16)(r->ram[r->cpu.sp] | r->ram[(u16)(r->cpu.sp + 1)] << 8);
}

static void test_disasm(void)
{
    static const struct {
        u8 op[3];
        const char *text;
        int len;
    } cases[] = {
        { { 0x00 }, "NOP", 1 },           { { 0x08 }, "NOP", 1 },
        { { 0x38 }, "NOP", 1 },           { { 0x01, 0x34, 0x12 }, "LXI B,1234h", 3 },
        { { 0x31, 0x00, 0xf0 }, "LXI SP,0F000h", 3 },
        { { 0x02 }, "STAX B", 1 },        { { 0x1a }, "LDAX D", 1 },
        { { 0x22, 0x00, 0x20 }, "SHLD 2000h", 3 },
        { { 0x2a, 0xcd, 0xab }, "LHLD 0ABCDh", 3 },
        { { 0x32, 0x01, 0x00 }, "STA 0001h", 3 },
        { { 0x3a, 0xff, 0xff }, "LDA 0FFFFh", 3 },
        { { 0x33 }, "INX SP", 1 },        { { 0x2b }, "DCX H", 1 },
        { { 0x39 }, "DAD SP", 1 },        { { 0x34 }, "INR M", 1 },
        { { 0x0d }, "DCR C", 1 },         { { 0x36, 0xff }, "MVI M,0FFh", 2 },
        { { 0x3e, 0x09 }, "MVI A,09h", 2 },
        { { 0x07 }, "RLC", 1 },           { { 0x1f }, "RAR", 1 },
        { { 0x27 }, "DAA", 1 },           { { 0x2f }, "CMA", 1 },
        { { 0x37 }, "STC", 1 },           { { 0x3f }, "CMC", 1 },
        { { 0x78 }, "MOV A,B", 1 },       { { 0x46 }, "MOV B,M", 1 },
        { { 0x77 }, "MOV M,A", 1 },       { { 0x76 }, "HLT", 1 },
        { { 0x86 }, "ADD M", 1 },         { { 0x9f }, "SBB A", 1 },
        { { 0xa1 }, "ANA C", 1 },         { { 0xbe }, "CMP M", 1 },
        { { 0xc0 }, "RNZ", 1 },           { { 0xe8 }, "RPE", 1 },
        { { 0xf8 }, "RM", 1 },            { { 0xc1 }, "POP B", 1 },
        { { 0xf1 }, "POP PSW", 1 },       { { 0xf5 }, "PUSH PSW", 1 },
        { { 0xe5 }, "PUSH H", 1 },        { { 0xc9 }, "RET", 1 },
        { { 0xd9 }, "RET", 1 },           { { 0xe9 }, "PCHL", 1 },
        { { 0xf9 }, "SPHL", 1 },          { { 0xc2, 0x0c, 0x00 }, "JNZ 000Ch", 3 },
        { { 0xfa, 0x00, 0xa0 }, "JM 0A000h", 3 },
        { { 0xc3, 0x00, 0x01 }, "JMP 0100h", 3 },
        { { 0xcb, 0x34, 0x12 }, "JMP 1234h", 3 },
        { { 0xd3, 0x10 }, "OUT 10h", 2 }, { { 0xdb, 0xa0 }, "IN 0A0h", 2 },
        { { 0xe3 }, "XTHL", 1 },          { { 0xeb }, "XCHG", 1 },
        { { 0xf3 }, "DI", 1 },            { { 0xfb }, "EI", 1 },
        { { 0xe4, 0x00, 0x30 }, "CPO 3000h", 3 },
        { { 0xcd, 0x05, 0x00 }, "CALL 0005h", 3 },
        { { 0xdd, 0xef, 0xbe }, "CALL 0BEEFh", 3 },
        { { 0xed, 0x00, 0x00 }, "CALL 0000h", 3 },
        { { 0xfd, 0x10, 0x20 }, "CALL 2010h", 3 },
        { { 0xc6, 0x01 }, "ADI 01h", 2 }, { { 0xde, 0x80 }, "SBI 80h", 2 },
        { { 0xfe, 0x0d }, "CPI 0Dh", 2 }, { { 0xc7 }, "RST 0", 1 },
        { { 0xff }, "RST 7", 1 },
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        u8 op[8] = { 0 };
        char buf[32];
        memcpy(op, cases[i].op, 3);
        int len = i8080_disasm(buf, sizeof(buf), 0, op);
        if (strcmp(buf, cases[i].text)) {
            printf("FAIL disasm %02x: expected \"%s\", got \"%s\"\n", op[0], cases[i].text, buf);
            check_failures++;
        }
        CHECK_EQ(cases[i].text, cases[i].len, len);
    }
}

/* Every opcode's length: 2 for immediates, 3 for address operands. */
static void test_disasm_lengths(void)
{
    static const u8 two[] = { 0x06, 0x0e, 0x16, 0x1e, 0x26, 0x2e, 0x36, 0x3e, 0xc6,
                              0xce, 0xd6, 0xde, 0xe6, 0xee, 0xf6, 0xfe, 0xd3, 0xdb };
    static const u8 three[] = { 0x01, 0x11, 0x21, 0x31, 0x22, 0x2a, 0x32,
                                0x3a, 0xc3, 0xcb, 0xcd, 0xdd, 0xed, 0xfd };
    for (int o = 0; o < 256; o++) {
        int want = 1;
        if (memchr(two, o, sizeof(two)))
            want = 2;
        if (memchr(three, o, sizeof(three)) || (o & 0xc7) == 0xc2 || (o & 0xc7) == 0xc4)
            want = 3;
        u8 op[8] = { (u8)o, 0x12, 0x34 };
        char buf[32];
        CHECK_EQ("disasm length", want, i8080_disasm(buf, sizeof(buf), 0, op));
    }
}

/* EI; NOP; NOP with INT held high and the device answering RST 2 (D7):
   the NOP after EI still runs, then the interrupt is taken. */
static void test_ei_delay_and_rst(void)
{
    static const u8 code[] = { 0xfb, 0x00, 0x00, 0x00 };
    rig *r = rig_new(code, sizeof(code), 0x100);
    r->ack_byte = 0xd7;
    i8080_set_line(&r->cpu, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("EI states", 4, step(r));
    CHECK_EQ("inte after EI", 1, r->cpu.inte);
    CHECK_EQ("NOP after EI states", 4, step(r));
    CHECK_EQ("pc after NOP", 0x102, r->cpu.pc);
    CHECK_EQ("no ack during EI delay", 0, r->ack_calls);
    CHECK_EQ("RST acknowledge states", 11, step(r));
    CHECK_EQ("ack calls", 1, r->ack_calls);
    CHECK_EQ("ack line", CPU_LINE_IRQ0, r->ack_line);
    CHECK_EQ("pc = RST 2 vector", 0x0010, r->cpu.pc);
    CHECK_EQ("sp", 0x1ffe, r->cpu.sp);
    CHECK_EQ("pushed return address", 0x0102, stacked_word(r));
    CHECK_EQ("inte cleared by acknowledge", 0, r->cpu.inte);
    CHECK_EQ("ASSERT line stays asserted", LINE_ASSERT, r->cpu.int_line);
    rig_free(r);
}

/* INTE is off after reset; DI right after EI shuts the window. */
static void test_di_blocks(void)
{
    static const u8 code[] = { 0x00, 0xfb, 0xf3, 0x00, 0x00 };
    rig *r = rig_new(code, sizeof(code), 0x100);
    r->ack_byte = 0xcf;
    i8080_set_line(&r->cpu, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("total states", 4 + 4 + 4 + 4 + 4, i8080_execute(&r->cpu, 20));
    CHECK_EQ("pc", 0x105, r->cpu.pc);
    CHECK_EQ("no acknowledge", 0, r->ack_calls);
    CHECK_EQ("inte", 0, r->cpu.inte);
    CHECK_EQ("sp untouched", 0x2000, r->cpu.sp);
    rig_free(r);
}

/* EI; HLT spends the slice; a HOLD interrupt with no irq_ack hook reads FFh
   (RST 7), clears the line and returns to the instruction after HLT. */
static void test_hlt_woken(void)
{
    static const u8 code[] = { 0xfb, 0x76, 0x00 };
    rig *r = rig_new(code, sizeof(code), 0x100);
    r->ram[0x38] = 0x76; /* the RST 7 handler halts again */
    CHECK_EQ("halted slice", 1000, i8080_execute(&r->cpu, 1000));
    CHECK_EQ("halted", 1, r->cpu.halted);
    CHECK_EQ("pc past HLT", 0x102, r->cpu.pc);
    CHECK_EQ("still halted", 500, i8080_execute(&r->cpu, 500));
    CHECK_EQ("pc still past HLT", 0x102, r->cpu.pc);

    r->cpu.base.irq_ack = NULL;
    i8080_set_line(&r->cpu, CPU_LINE_IRQ0, LINE_HOLD);
    CHECK_EQ("RST 7 then HLT", 11 + 7, step(r) + step(r));
    CHECK_EQ("HOLD cleared", LINE_CLEAR, r->cpu.int_line);
    CHECK_EQ("return address", 0x0102, stacked_word(r));
    CHECK_EQ("pc after handler HLT", 0x39, r->cpu.pc);
    CHECK_EQ("halted again", 1, r->cpu.halted);
    CHECK_EQ("inte", 0, r->cpu.inte);
    rig_free(r);
}

/* HOLD is cleared before irq_ack is called; the hook's byte is the opcode. */
static void test_hold_cleared_before_ack(void)
{
    static const u8 code[] = { 0xfb, 0x00, 0x00 };
    rig *r = rig_new(code, sizeof(code), 0x200);
    r->ack_byte = 0xef; /* RST 5 */
    i8080_set_line(&r->cpu, CPU_LINE_IRQ0, LINE_HOLD);
    CHECK_EQ("EI, NOP, RST 5", 4 + 4 + 11, i8080_execute(&r->cpu, 19));
    CHECK_EQ("line inside ack", LINE_CLEAR, r->line_at_ack);
    CHECK_EQ("pc", 0x28, r->cpu.pc);
    CHECK_EQ("return address", 0x0202, stacked_word(r));
    rig_free(r);
}

/* A write handler that ends the slice stops execution after that instruction. */
static void test_abort_slice(void)
{
    static const u8 code[] = { 0x00, 0xd3, 0x10, 0x00, 0x00 };
    rig *r = rig_new(code, sizeof(code), 0);
    r->abort_on_out = true;
    CHECK_EQ("NOP + OUT", 14, i8080_execute(&r->cpu, 1000));
    CHECK_EQ("pc after OUT", 3, r->cpu.pc);
    CHECK_EQ("outs", 1, r->outs);
    r->abort_on_out = false;
    CHECK_EQ("two NOPs", 8, i8080_execute(&r->cpu, 8));
    rig_free(r);
}

/* IN reads the io space at the 8-bit port number. */
static void test_in_port(void)
{
    static const u8 code[] = { 0xdb, 0x07 };
    rig *r = rig_new(code, sizeof(code), 0);
    CHECK_EQ("IN states", 10, step(r));
    CHECK_EQ("A from port 7", 0x07 ^ 0x5a, r->cpu.r[I8080_A]);
    rig_free(r);
}

/* Two CPUs on separate RAM run alternate slices without disturbing each
   other; all instructions are multiples of 5 states, so slices end exactly. */
static void test_interleaved(void)
{
    static const u8 count_b[] = { 0x04, 0xc3, 0x00, 0x00 };       /* INR B; JMP 0 */
    static const u8 count_cde[] = { 0x0d, 0x13, 0xc3, 0x00, 0x00 }; /* DCR C; INX D; JMP 0 */
    rig *r1 = rig_new(count_b, sizeof(count_b), 0);
    rig *r2 = rig_new(count_cde, sizeof(count_cde), 0);
    long t1 = 0, t2 = 0;
    for (int i = 0; i < 10; i++) {
        t1 += i8080_execute(&r1->cpu, 150);
        t2 += i8080_execute(&r2->cpu, 150);
    }
    CHECK_EQ("cpu1 states", 1500, t1);
    CHECK_EQ("cpu2 states", 1500, t2);
    CHECK_EQ("cpu1 B (100 loops of 15)", 100, r1->cpu.r[I8080_B]);
    CHECK_EQ("cpu1 C untouched", 0, r1->cpu.r[I8080_C]);
    CHECK_EQ("cpu2 C (75 loops of 20)", (u8)(0 - 75), r2->cpu.r[I8080_C]);
    CHECK_EQ("cpu2 E", 75, r2->cpu.r[I8080_E]);
    CHECK_EQ("cpu2 B untouched", 0, r2->cpu.r[I8080_B]);
    CHECK_EQ("cpu1 pc", 0, r1->cpu.pc);
    CHECK_EQ("cpu2 pc", 0, r2->cpu.pc);

    /* save cpu2, restore into cpu1's struct, and both continue identically */
    state_io s;
    st_init_save(&s);
    i8080_serialize(&r2->cpu, &s);
    CHECK_EQ("save error", 0, s.error);
    memcpy(r1->ram, r2->ram, sizeof(r1->ram));
    state_io l;
    st_init_load(&l, s.buf, s.pos);
    i8080_serialize(&r1->cpu, &l);
    CHECK_EQ("load error", 0, l.error);
    CHECK_EQ("load consumed all", s.pos, l.pos);
    i8080_execute(&r1->cpu, 200);
    i8080_execute(&r2->cpu, 200);
    CHECK_EQ("restored C", r2->cpu.r[I8080_C], r1->cpu.r[I8080_C]);
    CHECK_EQ("restored E", r2->cpu.r[I8080_E], r1->cpu.r[I8080_E]);
    CHECK_EQ("restored pc", r2->cpu.pc, r1->cpu.pc);
    st_free(&s);
    rig_free(r1);
    rig_free(r2);
}

int main(void)
{
    test_disasm();
    test_disasm_lengths();
    test_ei_delay_and_rst();
    test_di_blocks();
    test_hlt_woken();
    test_hold_cleared_before_ack();
    test_abort_slice();
    test_in_port();
    test_interleaved();
    return check_report("test_i8080_unit");
}
