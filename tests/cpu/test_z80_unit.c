/* Unit tests for the Z80 core: disassembler text for awkward encodings,
   interrupts (IM 0/1/2 with the vector from irq_ack, NMI, HALT wake-up, the
   EI delay, the LD A,I P/V quirk, the T-state of each bus access while one
   is taken), slice aborts, save states and two interleaved instances.
   Register and cycle values are exact. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/z80.h"
#include "../check.h"


/* A memory access seen by a logging handler, with cpu_cycles_run() then. */
typedef struct timed_access {
    unsigned addr;
    char kind; /* 'r' or 'w' */
    int cycle;
} timed_access;

/* A CPU on 64 KiB of flat RAM with an I/O space that can end the slice;
   pages passed to rig_log_page() log their accesses. */
typedef struct rig {
    z80_t cpu;
    address_space_t prog, io;
    u8 ram[0x10000];
    int ack_calls, ack_line, line_at_ack, ack_cycle;
    int ack_value;
    int outs;
    unsigned last_port;
    bool abort_on_out;
    timed_access log[8];
    int nlog;
} rig;

static u8 io_r(void *ctx, offs_t port)
{
    (void)ctx;
    return (u8)(port >> 8);
}

static void io_w(void *ctx, offs_t port, u8 data)
{
    (void)data;
    rig *r = ctx;
    r->outs++;
    r->last_port = port;
    if (r->abort_on_out)
        cpu_abort_slice(&r->cpu.base);
}

static int ack(void *ctx, int line)
{
    rig *r = ctx;
    r->ack_calls++;
    r->ack_line = line;
    r->line_at_ack = r->cpu.irq_line;
    r->ack_cycle = cpu_cycles_run(&r->cpu.base);
    return r->ack_value;
}

static void log_access(rig *r, offs_t a, char kind)
{
    if (r->nlog < (int)ARRAY_LEN(r->log))
        r->log[r->nlog++] = (timed_access){ a, kind, cpu_cycles_run(&r->cpu.base) };
}

static u8 logged_r(void *ctx, offs_t a)
{
    rig *r = ctx;
    log_access(r, a, 'r');
    return r->ram[a & 0xffff];
}

static void logged_w(void *ctx, offs_t a, u8 d)
{
    rig *r = ctx;
    log_access(r, a, 'w');
    r->ram[a & 0xffff] = d;
}

static rig *rig_new(const u8 *code, size_t len)
{
    rig *r = calloc(1, sizeof(*r));
    if (!r)
        exit(2);
    memcpy(r->ram, code, len);
    as_init(&r->prog, "program", 16, 8, 0xff);
    as_map_ram(&r->prog, 0, 0xffff, r->ram);
    as_init(&r->io, "io", 16, 8, 0xff);
    int h = as_add_handler(&r->io, io_r, io_w, r, 0, 0xffff);
    as_map_handler(&r->io, 0, 0xffff, h, h);
    z80_init(&r->cpu, &r->prog, &r->io);
    r->cpu.sp.w = 0x8000;
    r->cpu.base.irq_ack = ack;
    r->cpu.base.irq_ctx = r;
    r->ack_value = 0xff;
    return r;
}

/* Sends the 256-byte page at `page` through the logging handlers. */
static void rig_log_page(rig *r, u16 page)
{
    int h = as_add_handler(&r->prog, logged_r, logged_w, r, 0, 0xffff);
    as_map_handler(&r->prog, page, page + 0xffu, h, h);
}

static void rig_free(rig *r)
{
    as_free(&r->prog);
    as_free(&r->io);
    free(r);
}

/* ---- disassembler ---- */

static void check_dasm(const u8 *bytes, size_t n, u32 pc, const char *text, int len)
{
    u8 op[8] = { 0 };
    memcpy(op, bytes, n);
    char buf[64];
    int got = z80_disasm(buf, sizeof(buf), pc, op);
    if (strcmp(buf, text)) {
        printf("FAIL disasm: expected \"%s\", got \"%s\"\n", text, buf);
        check_failures++;
    }
    CHECK_EQ(text, len, got);
}

#define DASM(pc, text, len, ...)                                                                 \
    do {                                                                                         \
        const u8 b_[] = { __VA_ARGS__ };                                                         \
        check_dasm(b_, sizeof(b_), pc, text, len);                                               \
    } while (0)

static void test_disasm(void)
{
    DASM(0, "rlc (ix+$05)", 4, 0xdd, 0xcb, 0x05, 0x06);
    DASM(0, "bit 0,(iy-$02)", 4, 0xfd, 0xcb, 0xfe, 0x46);
    DASM(0, "bit 7,(ix+$10)", 4, 0xdd, 0xcb, 0x10, 0x7f);
    DASM(0, "set 0,(ix+$10),b", 4, 0xdd, 0xcb, 0x10, 0xc0);
    DASM(0, "sll (iy+$7f),a", 4, 0xfd, 0xcb, 0x7f, 0x37);
    DASM(0, "res 7,(iy-$80),l", 4, 0xfd, 0xcb, 0x80, 0xbd);
    DASM(0, "sll (hl)", 2, 0xcb, 0x36);
    DASM(0, "in f,(c)", 2, 0xed, 0x70);
    DASM(0, "out (c),0", 2, 0xed, 0x71);
    DASM(0, "neg", 2, 0xed, 0x7c);
    DASM(0, "retn", 2, 0xed, 0x65);
    DASM(0, "im 0", 2, 0xed, 0x6e);
    DASM(0, "db $ed,$77", 2, 0xed, 0x77);
    DASM(0, "db $ed,$00", 2, 0xed, 0x00);
    DASM(0, "otdr", 2, 0xed, 0xbb);
    DASM(0, "ld ($1234),sp", 4, 0xed, 0x73, 0x34, 0x12);
    /* prefixes in a row: each ignored prefix is its own 1-byte step */
    DASM(0, "db $dd", 1, 0xdd, 0xdd, 0x21, 0x34, 0x12);
    DASM(0, "db $dd", 1, 0xdd, 0xfd, 0x21, 0x34, 0x12);
    DASM(1, "ld iy,$1234", 4, 0xfd, 0x21, 0x34, 0x12);
    DASM(0, "db $fd", 1, 0xfd, 0xed, 0xb0);
    DASM(0, "db $dd", 1, 0xdd, 0x00);
    DASM(0, "db $fd", 1, 0xfd, 0xeb);
    /* index registers replacing H/L, but not next to (ix+d) */
    DASM(0, "ld h,(ix+$05)", 3, 0xdd, 0x66, 0x05);
    DASM(0, "ld (iy-$01),l", 3, 0xfd, 0x75, 0xff);
    DASM(0, "ld ixh,ixl", 2, 0xdd, 0x65);
    DASM(0, "add a,iyl", 2, 0xfd, 0x85);
    DASM(0, "ld (iy-$01),$42", 4, 0xfd, 0x36, 0xff, 0x42);
    DASM(0, "add ix,ix", 2, 0xdd, 0x29);
    DASM(0, "jp (iy)", 2, 0xfd, 0xe9);
    DASM(0, "ex (sp),ix", 2, 0xdd, 0xe3);
    DASM(0x100, "jr $0100", 2, 0x18, 0xfe);
    DASM(0xfff0, "djnz $0002", 2, 0x10, 0x10);
    DASM(0, "ld a,($8000)", 3, 0x3a, 0x00, 0x80);
    DASM(0, "out ($fe),a", 2, 0xd3, 0xfe);
    DASM(0, "ex af,af'", 1, 0x08);
}

/* ---- interrupts ---- */

/* EI; NOP; NOP with IRQ held: taken after the NOP, not right after EI. */
static void test_im1_and_ei_delay(void)
{
    const u8 code[] = { 0xfb, 0x00, 0x00, 0x00 };
    rig *r = rig_new(code, sizeof(code));
    z80_t *c = &r->cpu;
    c->im = 1;
    z80_set_line(c, CPU_LINE_IRQ0, LINE_HOLD);
    CHECK_EQ("EI cycles", 4, z80_execute(c, 1));
    CHECK_EQ("no irq right after EI", 0, r->ack_calls);
    CHECK_EQ("NOP cycles", 4, z80_execute(c, 1));
    CHECK_EQ("pc after NOP", 2, c->pc.w);
    CHECK_EQ("no irq during EI delay", 0, r->ack_calls);
    CHECK_EQ("IM 1 cycles", 13, z80_execute(c, 1));
    CHECK_EQ("IM 1 pc", 0x38, c->pc.w);
    CHECK_EQ("IM 1 wz", 0x38, c->wz.w);
    CHECK_EQ("sp", 0x7ffe, c->sp.w);
    CHECK_EQ("pushed lo", 0x02, r->ram[0x7ffe]);
    CHECK_EQ("pushed hi", 0x00, r->ram[0x7fff]);
    CHECK_EQ("iff1", 0, c->iff1);
    CHECK_EQ("iff2", 0, c->iff2);
    CHECK_EQ("ack calls", 1, r->ack_calls);
    CHECK_EQ("ack line", CPU_LINE_IRQ0, r->ack_line);
    CHECK_EQ("HOLD cleared before ack", LINE_CLEAR, r->line_at_ack);
    CHECK_EQ("R", 3, z80_get_r(c));
    rig_free(r);
}

static void test_im2(void)
{
    const u8 code[] = { 0xfb, 0x00 };
    rig *r = rig_new(code, sizeof(code));
    z80_t *c = &r->cpu;
    c->im = 2;
    c->i = 0x12;
    r->ram[0x1234] = 0x78;
    r->ram[0x1235] = 0x56;
    r->ack_value = 0x34;
    z80_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("EI+NOP cycles", 8, z80_execute(c, 8));
    CHECK_EQ("IM 2 cycles", 19, z80_execute(c, 1));
    CHECK_EQ("IM 2 pc", 0x5678, c->pc.w);
    CHECK_EQ("IM 2 wz", 0x5678, c->wz.w);
    CHECK_EQ("pushed lo", 0x02, r->ram[0x7ffe]);
    CHECK_EQ("ASSERT stays", LINE_ASSERT, c->irq_line);
    rig_free(r);
}

static void test_im0(void)
{
    const u8 code[] = { 0xfb, 0x00 };
    rig *r = rig_new(code, sizeof(code));
    z80_t *c = &r->cpu;
    c->im = 0;
    r->ack_value = 0xd7; /* RST 10h */
    z80_set_line(c, CPU_LINE_IRQ0, LINE_HOLD);
    z80_execute(c, 8);
    CHECK_EQ("IM 0 RST cycles", 13, z80_execute(c, 1));
    CHECK_EQ("IM 0 RST pc", 0x10, c->pc.w);
    CHECK_EQ("sp", 0x7ffe, c->sp.w);

    /* CALL nn: address in bits 8-23 of the acknowledge value */
    c->pc.w = 0;
    c->sp.w = 0x8000;
    r->ack_value = 0x4321cd;
    z80_set_line(c, CPU_LINE_IRQ0, LINE_HOLD);
    z80_execute(c, 8);
    CHECK_EQ("IM 0 CALL cycles", 19, z80_execute(c, 1));
    CHECK_EQ("IM 0 CALL pc", 0x4321, c->pc.w);

    /* no acknowledge hook: the bus floats to FFh = RST 38h */
    c->pc.w = 0;
    c->base.irq_ack = NULL;
    z80_set_line(c, CPU_LINE_IRQ0, LINE_HOLD);
    z80_execute(c, 8);
    CHECK_EQ("IM 0 FF cycles", 13, z80_execute(c, 1));
    CHECK_EQ("IM 0 FF pc", 0x38, c->pc.w);
    rig_free(r);
}

/* NMI ignores IFF1 and the EI delay, keeps IFF2; RETN restores IFF1. */
static void test_nmi(void)
{
    u8 code[0x70] = { 0xfb, 0x00 };
    code[0x66] = 0xed;
    code[0x67] = 0x45; /* RETN */
    rig *r = rig_new(code, sizeof(code));
    z80_t *c = &r->cpu;
    CHECK_EQ("EI", 4, z80_execute(c, 1));
    z80_set_line(c, CPU_LINE_NMI, LINE_ASSERT);
    CHECK_EQ("NMI cycles", 11, z80_execute(c, 1));
    CHECK_EQ("NMI pc", 0x66, c->pc.w);
    CHECK_EQ("iff1", 0, c->iff1);
    CHECK_EQ("iff2", 1, c->iff2);
    CHECK_EQ("pushed", 0x01, r->ram[0x7ffe]);
    CHECK_EQ("RETN cycles", 14, z80_execute(c, 1));
    CHECK_EQ("RETN pc", 1, c->pc.w);
    CHECK_EQ("iff1 restored", 1, c->iff1);
    /* still asserted: edge triggered, no second NMI */
    CHECK_EQ("NOP", 4, z80_execute(c, 1));
    CHECK_EQ("pc", 2, c->pc.w);
    rig_free(r);
}

static void test_halt(void)
{
    const u8 code[] = { 0xfb, 0x76, 0x00 };
    rig *r = rig_new(code, sizeof(code));
    z80_t *c = &r->cpu;
    c->im = 1;
    CHECK_EQ("slice", 100, z80_execute(c, 100));
    CHECK_EQ("halted", 1, c->halted);
    CHECK_EQ("pc past HALT", 2, c->pc.w);
    /* EI + HALT + 23 NOPs of 4 T-states, one refresh each */
    CHECK_EQ("R while halted", 25, z80_get_r(c));
    CHECK_EQ("halted slice: 2 NOPs", 8, z80_execute(c, 5));
    CHECK_EQ("R", 27, z80_get_r(c));
    z80_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
    CHECK_EQ("wake-up irq", 13, z80_execute(c, 1));
    CHECK_EQ("halted", 0, c->halted);
    CHECK_EQ("pc", 0x38, c->pc.w);
    CHECK_EQ("return address", 0x02, r->ram[0x7ffe]);
    rig_free(r);
}

/* LD A,I copies IFF2 to P/V, but reads 0 if an interrupt is taken next. */
static void test_ld_a_i_quirk(void)
{
    const u8 code[] = { 0xfb, 0xed, 0x57, 0x00 };
    for (int irq = 0; irq < 2; irq++) {
        rig *r = rig_new(code, sizeof(code));
        z80_t *c = &r->cpu;
        c->im = 1;
        c->i = 0x80;
        if (irq)
            z80_set_line(c, CPU_LINE_IRQ0, LINE_ASSERT);
        CHECK_EQ("EI", 4, z80_execute(c, 1));
        CHECK_EQ("LD A,I", 9, z80_execute(c, 1));
        CHECK_EQ("F after LD A,I", 0x84 | (c->af.b.l & 1), c->af.b.l);
        CHECK_EQ("next step", irq ? 13 : 4, z80_execute(c, 1));
        CHECK_EQ("P/V", irq ? 0 : 4, c->af.b.l & 4);
        rig_free(r);
    }
}

/* Interrupt acceptance, bus timing: each push and vector read happens at
   the T-state its machine cycle starts, counted from the start of the
   execute() call (EI and NOP take the first 8). */
typedef struct irq_timing {
    const char *name;
    int im, ack_value, total;
    timed_access want[4];
} irq_timing;

static const irq_timing irq_timings[] = {
    /* acknowledge 7 T, then the pushes */
    { "IM 1", 1, 0xff, 8 + 13, { { 0x7fff, 'w', 15 }, { 0x7ffe, 'w', 18 } } },
    /* then the vector read from I:data */
    { "IM 2", 2, 0x34, 8 + 19,
      { { 0x7fff, 'w', 15 }, { 0x7ffe, 'w', 18 }, { 0x1234, 'r', 21 }, { 0x1235, 'r', 24 } } },
    /* 6-T acknowledge fetching RST 10h, whose own fetch is 5 T */
    { "IM 0 RST", 0, 0xd7, 8 + 13, { { 0x7fff, 'w', 15 }, { 0x7ffe, 'w', 18 } } },
    /* 6-T acknowledge, the two address bytes (3 T, 4 T) from the device */
    { "IM 0 CALL", 0, 0x5678cd, 8 + 19, { { 0x7fff, 'w', 21 }, { 0x7ffe, 'w', 24 } } },
};

static void check_timed(rig *r, const char *name, const timed_access *want, int n)
{
    char what[64];
    snprintf(what, sizeof(what), "%s: accesses", name);
    CHECK_EQ(what, n, r->nlog);
    for (int i = 0; i < n && i < r->nlog; i++) {
        snprintf(what, sizeof(what), "%s: access[%d] addr", name, i);
        CHECK_EQ(what, want[i].addr, r->log[i].addr);
        snprintf(what, sizeof(what), "%s: access[%d] kind", name, i);
        CHECK_EQ(what, want[i].kind, r->log[i].kind);
        snprintf(what, sizeof(what), "%s: access[%d] cycle", name, i);
        CHECK_EQ(what, want[i].cycle, r->log[i].cycle);
    }
}

static int count_timed(const timed_access *want, int max)
{
    int n = 0;
    while (n < max && want[n].kind)
        n++;
    return n;
}

static void test_irq_bus_timing(void)
{
    const u8 code[] = { 0xfb, 0x00, 0x00 }; /* EI; NOP; NOP */
    for (size_t k = 0; k < ARRAY_LEN(irq_timings); k++) {
        const irq_timing *t = &irq_timings[k];
        rig *r = rig_new(code, sizeof(code));
        z80_t *c = &r->cpu;
        rig_log_page(r, 0x7f00);
        rig_log_page(r, 0x1200);
        r->ram[0x1234] = 0x00;
        r->ram[0x1235] = 0x40;
        c->im = (u8)t->im;
        c->i = 0x12;
        r->ack_value = t->ack_value;
        z80_set_line(c, CPU_LINE_IRQ0, LINE_HOLD);
        CHECK_EQ(t->name, t->total, z80_execute(c, 9));
        CHECK_EQ("acknowledged at the start of the step", 8, r->ack_cycle);
        check_timed(r, t->name, t->want, count_timed(t->want, 4));
        rig_free(r);
    }

    /* NMI: a 5-T fetch-like cycle, then the pushes */
    rig *r = rig_new(code, sizeof(code));
    rig_log_page(r, 0x7f00);
    z80_set_line(&r->cpu, CPU_LINE_NMI, LINE_HOLD);
    CHECK_EQ("NMI", 11, z80_execute(&r->cpu, 1));
    const timed_access nmi[] = { { 0x7fff, 'w', 5 }, { 0x7ffe, 'w', 8 } };
    check_timed(r, "NMI", nmi, 2);
    rig_free(r);
}

static void test_abort_and_ports(void)
{
    /* LD BC,1234h; OUT (C),A; LD A,56h; OUT (78h),A; JR $ */
    const u8 code[] = { 0x01, 0x34, 0x12, 0xed, 0x79, 0x3e, 0x56, 0xd3, 0x78, 0x18, 0xfe };
    rig *r = rig_new(code, sizeof(code));
    z80_t *c = &r->cpu;
    r->abort_on_out = true;
    CHECK_EQ("abort after OUT (C),A", 10 + 12, z80_execute(c, 1000));
    CHECK_EQ("port B:C", 0x1234, r->last_port);
    CHECK_EQ("abort after OUT (n),A", 7 + 11, z80_execute(c, 1000));
    CHECK_EQ("port A:n", 0x5678, r->last_port);
    r->abort_on_out = false;
    CHECK_EQ("JR $ loop overshoot", 24, z80_execute(c, 23));
    rig_free(r);
}

static void test_serialize(void)
{
    const u8 code[] = { 0x3e, 0x12, 0xd9, 0x08, 0x76 };
    rig *r = rig_new(code, sizeof(code));
    z80_t *c = &r->cpu;
    z80_execute(c, 30);
    state_io io;
    st_init_save(&io);
    z80_serialize(c, &io);
    z80_t saved = *c;
    c->af.w = c->bc.w = c->pc.w = 0;
    c->halted = 0;
    st_init_load(&io, io.buf, io.pos);
    z80_serialize(c, &io);
    CHECK_EQ("load error", 0, io.error);
    CHECK_EQ("af", saved.af.w, c->af.w);
    CHECK_EQ("af'", saved.af2.w, c->af2.w);
    CHECK_EQ("pc", saved.pc.w, c->pc.w);
    CHECK_EQ("halted", 1, c->halted);
    CHECK_EQ("r", z80_get_r(&saved), z80_get_r(c));
    free(io.buf);
    rig_free(r);
}

/* Two cores running different loops in alternating slices must end where
   each ends when run alone. */
static void test_two_instances(void)
{
    /* LD HL,0; loop: INC HL; ADD A,L; DJNZ loop; JR loop */
    const u8 p1[] = { 0x21, 0, 0, 0x23, 0x85, 0x10, 0xfc, 0x18, 0xfa };
    /* LD IX,4000h; loop: LD (IX+1),A; DEC A; INC IX; JR loop */
    const u8 p2[] = { 0xdd, 0x21, 0x00, 0x40, 0xdd, 0x77, 0x01, 0x3d, 0xdd, 0x23, 0x18, 0xf7 };
    rig *a = rig_new(p1, sizeof(p1)), *b = rig_new(p2, sizeof(p2));
    rig *a1 = rig_new(p1, sizeof(p1)), *b1 = rig_new(p2, sizeof(p2));
    long ta = 0, tb = 0;
    for (int i = 0; i < 1000; i++) {
        ta += z80_execute(&a->cpu, 37);
        tb += z80_execute(&b->cpu, 53);
    }
    long ta1 = 0, tb1 = 0;
    while (ta1 < ta)
        ta1 += z80_execute(&a1->cpu, (int)(ta - ta1));
    while (tb1 < tb)
        tb1 += z80_execute(&b1->cpu, (int)(tb - tb1));
    CHECK_EQ("cycles a", ta, ta1);
    CHECK_EQ("cycles b", tb, tb1);
    CHECK_EQ("a: hl", a1->cpu.hl.w, a->cpu.hl.w);
    CHECK_EQ("a: af", a1->cpu.af.w, a->cpu.af.w);
    CHECK_EQ("a: pc", a1->cpu.pc.w, a->cpu.pc.w);
    CHECK_EQ("b: ix", b1->cpu.ix.w, b->cpu.ix.w);
    CHECK_EQ("b: af", b1->cpu.af.w, b->cpu.af.w);
    CHECK_EQ("b: r", z80_get_r(&b1->cpu), z80_get_r(&b->cpu));
    CHECK_EQ("b: ram", 0, memcmp(a1->ram, a->ram, sizeof(a->ram)) | memcmp(b1->ram, b->ram, sizeof(b->ram)));
    rig_free(a);
    rig_free(b);
    rig_free(a1);
    rig_free(b1);
}

/* A wait loop polling RAM (LD A,(nn) / OR A / JR Z) is skipped ahead within
   a slice: the same program run one instruction per call (where nothing can
   be skipped) must end each slice in exactly the same state. A write in the
   loop (LD (nn),A) stops the skipping: also checked. */
static void run_wait_loop(const u8 *code, size_t len, const char *what)
{
    rig *a = rig_new(code, len), *b = rig_new(code, len);
    static const int slices[] = { 1000, 57, 12345, 4, 30001 };
    for (size_t k = 0; k < ARRAY_LEN(slices); k++) {
        int ran = z80_execute(&a->cpu, slices[k]), steps = 0;
        while (steps < ran)
            steps += z80_execute(&b->cpu, 1);
        CHECK_EQ(what, ran, steps);
        CHECK_EQ(what, b->cpu.pc.w, a->cpu.pc.w);
        CHECK_EQ(what, z80_get_r(&b->cpu), z80_get_r(&a->cpu));
        CHECK_EQ(what, b->cpu.af.w, a->cpu.af.w);
        CHECK_EQ(what, b->cpu.qq.w, a->cpu.qq.w);
        CHECK_EQ(what, b->cpu.wz.w, a->cpu.wz.w);
    }
    rig_free(a);
    rig_free(b);
}

static void test_wait_loop(void)
{
    /* 0000: LD A,(4000h) / OR A / JR Z,0000h */
    const u8 poll[] = { 0x3a, 0x00, 0x40, 0xb7, 0x28, 0xfa };
    run_wait_loop(poll, sizeof(poll), "wait loop");
    /* 0000: LD A,(4000h) / LD (4001h),A / OR A / JP Z,0000h */
    const u8 poll_write[] = { 0x3a, 0x00, 0x40, 0x32, 0x01, 0x40, 0xb7, 0xca, 0x00, 0x00 };
    run_wait_loop(poll_write, sizeof(poll_write), "loop writing");
    /* 0000: DEC BC / LD A,B / OR C / JR NZ,0000h: registers change */
    const u8 delay[] = { 0x0b, 0x78, 0xb1, 0x20, 0xfb };
    run_wait_loop(delay, sizeof(delay), "delay loop");
}

/* The main page's opcodes fetch the next one themselves (when the slice
   goes on and nothing is pending); a call of one step never does. Both must
   agree on a program that runs through FFFFh into 0000h (RST at FFFFh
   pushes 0000h), and on Q as SCF/CCF see it: after an instruction that
   wrote F, one that did not, LD R,A, and with a DD prefix. */
static void test_threaded_fetch(void)
{
    u8 *code = calloc(1, 0x10000);
    if (!code)
        exit(2);
    const u8 top[] = { 0xaf, 0xc6, 0x01, 0xff };   /* FFFC: XOR A / ADD A,1 / RST 38h */
    /* each SCF/CCF's F is pushed: A is 0 and CP 28h leaves F = BBh, whose
       X and Y show only when Q is 0 */
    const u8 body[] = { 0xe1, 0xaf,                /* 0038: POP HL (the RST's 0000h) / XOR A */
                        0xfe, 0x28, 0xdd, 0x37, 0xf5,       /* CP 28h / DD SCF / PUSH AF: 81h */
                        0xfe, 0x28, 0x47, 0x37, 0xf5,       /* CP 28h / LD B,A / SCF / PUSH AF: A9h */
                        0xfe, 0x28, 0x3f, 0xf5,             /* CP 28h / CCF / PUSH AF: 90h */
                        0xfe, 0x28, 0xed, 0x4f, 0x37, 0xf5, /* CP 28h / LD R,A / SCF / PUSH AF: A9h */
                        0x22, 0x00, 0x40,          /* LD (4000h),HL */
                        0x31, 0x00, 0x80,          /* LD SP,8000h */
                        0xc3, 0xfc, 0xff };        /* JP FFFCh */
    memcpy(code + 0xfffc, top, sizeof(top));
    memcpy(code + 0x38, body, sizeof(body));
    rig *a = rig_new(code, 0x10000), *b = rig_new(code, 0x10000);
    a->cpu.pc.w = b->cpu.pc.w = 0xfffc;
    static const int slices[] = { 9, 200, 31, 1000, 4, 77 };
    for (size_t k = 0; k < ARRAY_LEN(slices); k++) {
        int ran = z80_execute(&a->cpu, slices[k]), steps = 0;
        while (steps < ran)
            steps += z80_execute(&b->cpu, 1);
        CHECK_EQ("threaded: cycles", ran, steps);
        CHECK_EQ("threaded: pc", b->cpu.pc.w, a->cpu.pc.w);
        CHECK_EQ("threaded: r", z80_get_r(&b->cpu), z80_get_r(&a->cpu));
        CHECK_EQ("threaded: af", b->cpu.af.w, a->cpu.af.w);
        CHECK_EQ("threaded: q", b->cpu.qq.b.l, a->cpu.qq.b.l);
        CHECK_EQ("threaded: hl", b->cpu.hl.w, a->cpu.hl.w);
        CHECK_EQ("threaded: sp", b->cpu.sp.w, a->cpu.sp.w);
        CHECK_EQ("threaded: ram", 0, memcmp(a->ram, b->ram, sizeof(a->ram)));
    }
    /* the RST at FFFFh pushed 0000h, and POP HL took it */
    CHECK_EQ("threaded: return address", 0x0000, a->ram[0x4000] | a->ram[0x4001] << 8);
    CHECK_EQ("threaded: DD SCF after CP", 0x81, a->ram[0x7ffe]);
    CHECK_EQ("threaded: SCF after LD", 0xa9, a->ram[0x7ffc]);
    CHECK_EQ("threaded: CCF after CP", 0x90, a->ram[0x7ffa]);
    CHECK_EQ("threaded: SCF after LD R,A", 0xa9, a->ram[0x7ff8]);
    rig_free(a);
    rig_free(b);
    free(code);
}

/* Code in a page whose host memory is not next to its neighbours': the
   threaded fetch tests only the opcode page's end, so a jump down out of
   the page must drop it. Page 01h comes from blk + 100h, and blk's first
   256 bytes are HALTs: reading page 00h through page 01h's pointer would
   run them. */
static void test_jump_below_page(void)
{
    static const u8 low[] = {
        0x31, 0x00, 0x80,       /* 0000: LD SP,8000h */
        0xc3, 0xf0, 0x00,       /* 0003: JP 00F0h */
    };
    static const u8 loop[] = {
        0x0c,                   /* 00F0: INC C */
        0x78,                   /* 00F1: LD A,B */
        0xfe, 0x05,             /* 00F2: CP 5 */
        0xca, 0x00, 0x02,       /* 00F4: JP Z,0200h */
        0, 0, 0, 0, 0, 0, 0, 0, 0, /* 00F7: NOPs up into page 01h */
    };
    u8 *code = calloc(1, 0x10000), *blk = malloc(0x200);
    if (!code || !blk)
        exit(2);
    memcpy(code, low, sizeof(low));
    memcpy(code + 0xf0, loop, sizeof(loop));
    code[0x200] = 0x18; /* 0200: JR 0200h */
    code[0x201] = 0xfe;
    memset(blk, 0x76, 0x100);
    memset(blk + 0x100, 0, 0x100);
    blk[0x100] = 0x04;  /* 0100: INC B */
    blk[0x101] = 0x18;  /* 0101: JR 00F0h */
    blk[0x102] = 0xed;
    rig *a = rig_new(code, 0x10000), *b = rig_new(code, 0x10000);
    as_map_rom(&a->prog, 0x100, 0x1ff, blk + 0x100);
    as_map_rom(&b->prog, 0x100, 0x1ff, blk + 0x100);
    static const int slices[] = { 1000, 7, 300 };
    for (size_t k = 0; k < ARRAY_LEN(slices); k++) {
        int ran = z80_execute(&a->cpu, slices[k]), steps = 0;
        while (steps < ran)
            steps += z80_execute(&b->cpu, 1);
        CHECK_EQ("below page: pc", b->cpu.pc.w, a->cpu.pc.w);
        CHECK_EQ("below page: bc", b->cpu.bc.w, a->cpu.bc.w);
    }
    CHECK_EQ("below page: halted", 0, a->cpu.halted);
    CHECK_EQ("below page: at the end", 0x0200, a->cpu.pc.w);
    CHECK_EQ("below page: B and C", 0x0506, a->cpu.bc.w);
    rig_free(a);
    rig_free(b);
    free(blk);
    free(code);
}

int main(void)
{
    test_disasm();
    test_im1_and_ei_delay();
    test_im2();
    test_im0();
    test_nmi();
    test_halt();
    test_ld_a_i_quirk();
    test_irq_bus_timing();
    test_abort_and_ports();
    test_serialize();
    test_two_instances();
    test_wait_loop();
    test_threaded_fetch();
    test_jump_below_page();
    return check_report("test_z80_unit");
}
