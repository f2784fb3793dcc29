/* MC6821 PIA unit test: reset state, DDR/data selection, port reads
   (callback, pushed values, undriven pins), port writes through the DDR,
   C1 edges setting the flags and the IRQ outputs (and a data read
   clearing them), C2 as input (edges, IRQ2 enable) and as output
   (set/reset, read strobe on A restored by E or by CA1, write strobe on B
   restored by E or by a port B read after CB1), and save states. */
#include <string.h>

#include "machine/pia6821.h"
#include "../check.h"

typedef struct board {
    u8 in_a, in_b, out_a, out_b;
    int ca2, cb2, irq_a, irq_b;
    int outs_a, outs_b, ca2_changes, cb2_changes;
} board;

static u8 rd_a(void *c) { return ((board *)c)->in_a; }
static u8 rd_b(void *c) { return ((board *)c)->in_b; }
static void wr_a(void *c, u8 d) { board *b = c; b->out_a = d; b->outs_a++; }
static void wr_b(void *c, u8 d) { board *b = c; b->out_b = d; b->outs_b++; }
static void ca2(void *c, int s) { board *b = c; b->ca2 = s; b->ca2_changes++; }
static void cb2(void *c, int s) { board *b = c; b->cb2 = s; b->cb2_changes++; }
static void irqa(void *c, int s) { ((board *)c)->irq_a = s; }
static void irqb(void *c, int s) { ((board *)c)->irq_b = s; }

static const pia6821_intf wired = { rd_a, rd_b, wr_a, wr_b, ca2, cb2, irqa, irqb };
static const pia6821_intf bare = { .out_a = wr_a, .out_b = wr_b, .irq_a = irqa, .irq_b = irqb };

static void test_ports(void)
{
    board b = { .in_a = 0x5a, .in_b = 0xc3 };
    pia6821_t p;
    pia6821_init(&p, &wired, &b);
    pia6821_reset(&p);
    CHECK_EQ("DDR A selected after reset", 0x00, pia6821_read(&p, 0));
    pia6821_write(&p, 0, 0x0f);                /* DDR A: low nibble out */
    CHECK_EQ("DDR A", 0x0f, pia6821_read(&p, 0));
    CHECK_EQ("DDR change sends port A", 1, b.outs_a);
    pia6821_write(&p, 1, 0x04);                /* data */
    pia6821_write(&p, 0, 0xa5);
    CHECK_EQ("port A out: outputs from the latch, inputs from the pins", 0x55, b.out_a);
    CHECK_EQ("port A read: pins", 0x5a, pia6821_read(&p, 0));
    pia6821_write(&p, 2, 0xf0);                /* DDR B */
    pia6821_write(&p, 3, 0x04);
    pia6821_write(&p, 2, 0x99);
    CHECK_EQ("port B out: inputs sent as 0", 0x90, b.out_b);
    CHECK_EQ("port B read: latch where output, pins where input", 0x93, pia6821_read(&p, 2));
    pia6821_write(&p, 2, 0xff);
    pia6821_write(&p, 3, 0x00);
    pia6821_write(&p, 2, 0xff);                /* DDR B all out */
    pia6821_write(&p, 3, 0x04);
    CHECK_EQ("port B all outputs reads the latch", 0xff, pia6821_read(&p, 2));

    /* nothing wired: port A pins high as inputs, the latch as outputs; B
       pushed by the board (MAME's portb_w) */
    board c = { 0 };
    pia6821_init(&p, &bare, &c);
    pia6821_reset(&p);
    pia6821_write(&p, 0, 0x03);
    pia6821_write(&p, 1, 0x04);
    pia6821_write(&p, 0, 0x00);
    CHECK_EQ("undriven port A", 0xfc, pia6821_read(&p, 0));
    pia6821_porta_w(&p, 0x12);
    CHECK_EQ("pushed port A", 0x12, pia6821_read(&p, 0));
    pia6821_write(&p, 3, 0x04);
    CHECK_EQ("undriven port B reads 0", 0x00, pia6821_read(&p, 2));
    pia6821_portb_w(&p, 0xc8);
    CHECK_EQ("pushed port B", 0xc8, pia6821_read(&p, 2));
}

static void test_c1_irqs(void)
{
    board b = { 0 };
    pia6821_t p;
    pia6821_init(&p, &wired, &b);
    pia6821_reset(&p);
    pia6821_write(&p, 1, 0x07);                /* CA1: IRQ on, rising edge, data */
    pia6821_ca1_w(&p, 1);                      /* was high after reset: no edge */
    CHECK_EQ("no edge", 0, b.irq_a);
    pia6821_ca1_w(&p, 0);
    CHECK_EQ("falling edge ignored", 0, b.irq_a);
    pia6821_ca1_w(&p, 1);
    CHECK_EQ("rising edge raises IRQ A", 1, b.irq_a);
    CHECK_EQ("CRA flag 1", 0x87, pia6821_read(&p, 1));
    pia6821_read(&p, 0);
    CHECK_EQ("port A read clears it", 0, b.irq_a);
    CHECK_EQ("CRA flag clear", 0x07, pia6821_read(&p, 1));
    /* flag without enable: set, but no IRQ until enabled */
    pia6821_write(&p, 3, 0x04);                /* CB1 falling edge, IRQ off */
    pia6821_cb1_w(&p, 1);
    pia6821_cb1_w(&p, 0);
    CHECK_EQ("CB1 flag without IRQ", 0x84, pia6821_read(&p, 3));
    CHECK_EQ("IRQ B off", 0, b.irq_b);
    pia6821_write(&p, 3, 0x05);
    CHECK_EQ("enabling raises IRQ B", 1, b.irq_b);
    pia6821_read(&p, 2);
    CHECK_EQ("port B read clears", 0, b.irq_b);
    /* the flag bits are read-only */
    pia6821_write(&p, 3, 0xc5);
    CHECK_EQ("CRB bits 6-7 read-only", 0x05, pia6821_read(&p, 3));
}

static void test_c2(void)
{
    board b = { 0 };
    pia6821_t p;
    pia6821_init(&p, &wired, &b);
    pia6821_reset(&p);
    /* CA2 input, rising edge, IRQ2 on */
    pia6821_write(&p, 1, 0x1c);
    pia6821_ca2_w(&p, 0);
    pia6821_ca2_w(&p, 1);
    CHECK_EQ("CA2 rising edge: IRQ A", 1, b.irq_a);
    CHECK_EQ("CRA IRQ2 flag", 0x5c, pia6821_read(&p, 1));
    pia6821_read(&p, 0);
    CHECK_EQ("cleared by a read", 0, b.irq_a);
    /* CA2 output set/reset */
    pia6821_write(&p, 1, 0x3c);
    CHECK_EQ("CA2 set high", 1, b.ca2);
    pia6821_write(&p, 1, 0x34);
    CHECK_EQ("CA2 set low", 0, b.ca2);
    /* CA2 read strobe restored by E: pulses low then high on a port A read */
    pia6821_write(&p, 1, 0x2c);
    CHECK_EQ("strobe mode idles high", 1, b.ca2);
    int changes = b.ca2_changes;
    pia6821_read(&p, 0);
    CHECK_EQ("read strobe pulse (two changes)", changes + 2, b.ca2_changes);
    CHECK_EQ("back high", 1, b.ca2);
    /* CA2 read strobe restored by CA1 */
    pia6821_write(&p, 1, 0x26);                /* strobe, CA1 rising, data */
    pia6821_read(&p, 0);
    CHECK_EQ("low after the read", 0, b.ca2);
    pia6821_ca1_w(&p, 0);
    pia6821_ca1_w(&p, 1);
    CHECK_EQ("CA1 edge restores it", 1, b.ca2);
    /* CB2 write strobe restored by E */
    pia6821_write(&p, 3, 0x2c);
    changes = b.cb2_changes;
    pia6821_write(&p, 2, 0x11);
    CHECK_EQ("write strobe pulse", changes + 2, b.cb2_changes);
    CHECK_EQ("CB2 high after", 1, b.cb2);
    /* CB2 write strobe restored by CB1, then a port B read */
    pia6821_write(&p, 3, 0x26);
    pia6821_write(&p, 2, 0x22);
    CHECK_EQ("CB2 low after the write", 0, b.cb2);
    pia6821_cb1_w(&p, 1);
    CHECK_EQ("still low: the flag must be read", 0, b.cb2);
    pia6821_read(&p, 2);
    CHECK_EQ("port B read after CB1 restores it", 1, b.cb2);
    /* CB2 input IRQ */
    pia6821_write(&p, 3, 0x0c);                /* input, falling edge, IRQ2 on */
    pia6821_cb2_w(&p, 1);
    pia6821_cb2_w(&p, 0);
    CHECK_EQ("CB2 falling edge IRQ", 1, b.irq_b);
}

static void test_state(void)
{
    board b = { .in_a = 1 };
    pia6821_t p, q;
    pia6821_init(&p, &wired, &b);
    pia6821_reset(&p);
    pia6821_write(&p, 1, 0x07);
    pia6821_write(&p, 3, 0x00);
    pia6821_write(&p, 2, 0xff);
    pia6821_ca1_w(&p, 0);
    pia6821_ca1_w(&p, 1);
    state_io io;
    st_init_save(&io);
    pia6821_serialize(&p, &io);
    pia6821_init(&q, &wired, &b);
    pia6821_reset(&q);
    state_io in;
    st_init_load(&in, io.buf, io.pos);
    pia6821_serialize(&q, &in);
    CHECK_EQ("state: CRA with flag", pia6821_read(&p, 1), pia6821_read(&q, 1));
    CHECK_EQ("state: DDR B", 0xff, q.ddr_b);
    CHECK_EQ("state: IRQ A", 1, pia6821_irq_a(&q));
    st_free(&io);
}

int main(void)
{
    test_ports();
    test_c1_irqs();
    test_c2();
    test_state();
    return check_report("test_pia6821");
}
