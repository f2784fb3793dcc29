/* i8255 PPI unit test: reset state, control words and the values each
   port then drives, mode-0 directions (reads from the latch or the input
   callback, writes to input ports ignored), port C nibbles, the bit
   set/reset command, mode 1 strobed input and output and mode 2 (the
   handshake bits on port C, worked out from MAME's i8255.cpp), the bus
   handlers and save states. */
#include <stdlib.h>
#include <string.h>

#include "emu/machine.h"
#include "machine/i8255.h"
#include "../check.h"

typedef struct board {
    u8 in[3];
    int reads[3];
    int writes[3];
    u8 out[3];
} board;

#define PORT_CB(n) \
    static u8 in##n(void *drv) \
    { \
        board *b = drv; \
        b->reads[n]++; \
        return b->in[n]; \
    } \
    static void out##n(void *drv, u8 data) \
    { \
        board *b = drv; \
        b->writes[n]++; \
        b->out[n] = data; \
    }
PORT_CB(0)
PORT_CB(1)
PORT_CB(2)

static const i8255_params wired = { { in0, in1, in2 }, { out0, out1, out2 } };

typedef struct ppi_fixture {
    machine_t *m;
    device_config cfg;
    device_t d;
    i8255_t ppi;
    board b;
} ppi_fixture;

static ppi_fixture *ppi_new(const i8255_params *params)
{
    ppi_fixture *f = calloc(1, sizeof(*f));
    f->m = calloc(1, sizeof(*f->m));
    f->m->drv = &f->b;
    f->cfg = (device_config){ "ppi", &i8255_device, NULL, 0, params, NULL };
    f->d = (device_t){ .cfg = &f->cfg, .type = &i8255_device, .machine = f->m, .tag = "ppi", .self = &f->ppi };
    char err[64];
    CHECK_EQ("start", 0, i8255_device.start(&f->d, err, sizeof(err)));
    i8255_device.reset(&f->d);
    return f;
}

static void ppi_free(ppi_fixture *f)
{
    free(f->m);
    free(f);
}

static void test_reset(void)
{
    ppi_fixture *f = ppi_new(&wired);
    board *b = &f->b;
    CHECK_EQ("reset control word", 0x9b, i8255_read(&f->ppi, 3));
    for (int p = 0; p < 3; p++) {
        CHECK_EQ("reset: each port told once", 1, b->writes[p]);
        CHECK_EQ("reset: inputs float high", 0xff, b->out[p]);
    }
    b->in[0] = 0x12;
    b->in[1] = 0x34;
    b->in[2] = 0x56;
    CHECK_EQ("read A", 0x12, i8255_read(&f->ppi, 0));
    CHECK_EQ("read B", 0x34, i8255_read(&f->ppi, 1));
    CHECK_EQ("read C", 0x56, i8255_read(&f->ppi, 2));
    CHECK_EQ("offset mirrors", 0x12, i8255_read(&f->ppi, 4));
    /* writes to input ports are dropped */
    i8255_write(&f->ppi, 0, 0xaa);
    i8255_write(&f->ppi, 1, 0xbb);
    CHECK_EQ("A input write ignored", 1, b->writes[0]);
    CHECK_EQ("B input write ignored", 1, b->writes[1]);
    CHECK_EQ("A latch untouched", 0, f->ppi.output[0]);
    ppi_free(f);
}

/* Every mode-0 control word: which ports read from the callback, what each
   port drives. */
static void test_mode0_directions(void)
{
    for (int w = 0; w < 16; w++) {
        u8 ctrl = (u8)(0x80 | (w & 8) << 1 | (w & 4) << 1 | (w & 2) | (w & 1));
        bool a_in = ctrl & 0x10, cu_in = ctrl & 0x08, b_in = ctrl & 0x02, cl_in = ctrl & 0x01;
        ppi_fixture *f = ppi_new(&wired);
        board *b = &f->b;
        memset(b->writes, 0, sizeof(b->writes));
        i8255_write(&f->ppi, 3, ctrl);
        CHECK_EQ("control readback", ctrl, i8255_read(&f->ppi, 3));
        CHECK_EQ("mode set tells A", 1, b->writes[0]);
        CHECK_EQ("mode set tells B", 1, b->writes[1]);
        CHECK_EQ("mode set tells C", 1, b->writes[2]);
        CHECK_EQ("A after mode set", a_in ? 0xff : 0x00, b->out[0]);
        CHECK_EQ("B after mode set", b_in ? 0xff : 0x00, b->out[1]);
        CHECK_EQ("C after mode set", (cu_in ? 0xf0 : 0) | (cl_in ? 0x0f : 0), b->out[2]);
        CHECK_EQ("input mask C", (cu_in ? 0xf0 : 0) | (cl_in ? 0x0f : 0), i8255_input_mask(&f->ppi, 2));
        i8255_write(&f->ppi, 0, 0xa1);
        i8255_write(&f->ppi, 1, 0xb2);
        i8255_write(&f->ppi, 2, 0xc3);
        CHECK_EQ("A write", a_in ? 1 : 2, b->writes[0]);
        CHECK_EQ("B write", b_in ? 1 : 2, b->writes[1]);
        CHECK_EQ("C write always latched", 2, b->writes[2]);
        if (!a_in)
            CHECK_EQ("A drives", 0xa1, b->out[0]);
        if (!b_in)
            CHECK_EQ("B drives", 0xb2, b->out[1]);
        CHECK_EQ("C drives", 0xc3 | (cu_in ? 0xf0 : 0) | (cl_in ? 0x0f : 0), b->out[2]);
        b->in[0] = 0x5a;
        b->in[1] = 0x6b;
        b->in[2] = 0x7c;
        memset(b->reads, 0, sizeof(b->reads));
        CHECK_EQ("A read", a_in ? 0x5a : 0xa1, i8255_read(&f->ppi, 0));
        CHECK_EQ("B read", b_in ? 0x6b : 0xb2, i8255_read(&f->ppi, 1));
        u8 cmask = (cu_in ? 0xf0 : 0) | (cl_in ? 0x0f : 0);
        CHECK_EQ("C read", (0x7c & cmask) | (0xc3 & ~cmask), i8255_read(&f->ppi, 2));
        CHECK_EQ("A callback only for input", a_in, b->reads[0]);
        CHECK_EQ("B callback only for input", b_in, b->reads[1]);
        CHECK_EQ("C callback only with an input nibble", cmask != 0, b->reads[2]);
        /* a new mode word clears the latches */
        i8255_write(&f->ppi, 3, 0x80);
        CHECK_EQ("latch A cleared", 0, i8255_read(&f->ppi, 0));
        CHECK_EQ("latch C cleared", 0, i8255_read(&f->ppi, 2));
        ppi_free(f);
    }
}

static void test_bsr(void)
{
    ppi_fixture *f = ppi_new(&wired);
    board *b = &f->b;
    i8255_write(&f->ppi, 3, 0x80);
    for (int bit = 0; bit < 8; bit++) {
        i8255_write(&f->ppi, 3, (u8)(bit << 1 | 1));
        CHECK_EQ("BSR set", (0xff >> (7 - bit)) & 0xff, b->out[2]);
    }
    CHECK_EQ("control word kept", 0x80, i8255_read(&f->ppi, 3));
    i8255_write(&f->ppi, 3, 0x0a); /* reset bit 5 */
    CHECK_EQ("BSR reset", 0xdf, b->out[2]);
    CHECK_EQ("BSR read back", 0xdf, i8255_read(&f->ppi, 2));
    i8255_write(&f->ppi, 3, 0x70); /* bits 4-6 are ignored: reset bit 0 */
    CHECK_EQ("BSR ignores bits 4-6", 0xde, b->out[2]);
    /* with the upper nibble an input, BSR still sets the latch; the pins
       float high */
    i8255_write(&f->ppi, 3, 0x88);
    i8255_write(&f->ppi, 3, 0x0f);
    CHECK_EQ("BSR on an input bit", 0xf0, b->out[2]);
    CHECK_EQ("latch bit 7", 0x80, f->ppi.output[2]);
    i8255_write(&f->ppi, 3, 0x01);
    CHECK_EQ("BSR on an output bit", 0xf1, b->out[2]);
    ppi_free(f);
}

/* Mode 1, port A strobed input (control 0xb0): INTE A on PC4, the strobe
   latches the port and raises IBF (PC5) and INTR (PC3); reading empties it. */
static void test_mode1_input(void)
{
    ppi_fixture *f = ppi_new(&wired);
    board *b = &f->b;
    i8255_write(&f->ppi, 3, 0xb0);
    CHECK_EQ("mode 1 in: C after mode set", 0x00, b->out[2]);
    CHECK_EQ("mode 1 in: C read", 0x00, i8255_read(&f->ppi, 2));
    i8255_write(&f->ppi, 3, 0x09); /* INTE A */
    CHECK_EQ("INTE A reads on PC4", 0x10, i8255_read(&f->ppi, 2));
    CHECK_EQ("no interrupt yet", 0x00, b->out[2]);
    b->in[0] = 0x5a;
    memset(b->reads, 0, sizeof(b->reads));
    i8255_pc4_w(&f->ppi, 0);
    CHECK_EQ("strobe: IBF and INTR driven", 0x28, b->out[2]);
    CHECK_EQ("strobe: C read", 0x38, i8255_read(&f->ppi, 2));
    b->in[0] = 0x77;
    i8255_pc4_w(&f->ppi, 0); /* IBF still set: ignored */
    CHECK_EQ("port read once, at the strobe", 1, b->reads[0]);
    CHECK_EQ("read the latch", 0x5a, i8255_read(&f->ppi, 0));
    CHECK_EQ("read clears IBF and INTR", 0x10, i8255_read(&f->ppi, 2));
    CHECK_EQ("C driven low again", 0x00, b->out[2]);
    CHECK_EQ("latch emptied", 0x00, i8255_read(&f->ppi, 0));
    CHECK_EQ("no port read on a mode 1 read", 1, b->reads[0]);
    ppi_free(f);
}

/* Mode 1, port B output (control 0x84): /OBF on PC1, INTE B on PC2, INTR on
   PC0 (high while the buffer is empty and INTE is set, as MAME). */
static void test_mode1_output(void)
{
    ppi_fixture *f = ppi_new(&wired);
    board *b = &f->b;
    i8255_write(&f->ppi, 3, 0x84);
    CHECK_EQ("mode 1 out: /OBF high", 0x02, b->out[2]);
    i8255_write(&f->ppi, 3, 0x05); /* INTE B */
    CHECK_EQ("INTE B: INTR", 0x03, b->out[2]);
    i8255_write(&f->ppi, 1, 0xc3);
    CHECK_EQ("B drives", 0xc3, b->out[1]);
    CHECK_EQ("write lowers /OBF and INTR", 0x00, b->out[2]);
    CHECK_EQ("C read: INTE only", 0x04, i8255_read(&f->ppi, 2));
    i8255_pc2_w(&f->ppi, 0); /* acknowledge */
    CHECK_EQ("acknowledge: /OBF and INTR high", 0x03, b->out[2]);
    CHECK_EQ("C read after acknowledge", 0x07, i8255_read(&f->ppi, 2));
    CHECK_EQ("B reads its latch", 0xc3, i8255_read(&f->ppi, 1));
    ppi_free(f);
}

/* Mode 2, port A bidirectional (control 0xc0): /OBF PC7, INTE1 PC6, IBF
   PC5, INTE2 PC4, INTR PC3. */
static void test_mode2(void)
{
    ppi_fixture *f = ppi_new(&wired);
    board *b = &f->b;
    i8255_write(&f->ppi, 3, 0xc0);
    CHECK_EQ("mode 2: /OBF high", 0x80, b->out[2]);
    i8255_write(&f->ppi, 3, 0x0d); /* INTE1 */
    CHECK_EQ("INTE1: INTR (buffer empty)", 0x88, b->out[2]);
    i8255_write(&f->ppi, 0, 0x42);
    CHECK_EQ("A drives", 0x42, b->out[0]);
    CHECK_EQ("write: /OBF low, INTR low", 0x00, b->out[2]);
    b->in[0] = 0x99;
    i8255_pc4_w(&f->ppi, 0);
    CHECK_EQ("strobe: IBF", 0x20, b->out[2]);
    i8255_write(&f->ppi, 3, 0x09); /* INTE2 */
    CHECK_EQ("INTE2: INTR for the full input", 0x28, b->out[2]);
    CHECK_EQ("C read: all flags", 0x78, i8255_read(&f->ppi, 2));
    CHECK_EQ("A reads the input latch", 0x99, i8255_read(&f->ppi, 0));
    CHECK_EQ("read: IBF and INTR low", 0x00, b->out[2]);
    i8255_pc6_w(&f->ppi, 0);
    CHECK_EQ("acknowledge: /OBF and INTR high", 0x88, b->out[2]);
    CHECK_EQ("C read after acknowledge", 0xd8, i8255_read(&f->ppi, 2));
    /* the handshake state survives a save state */
    state_io io;
    st_init_save(&io);
    i8255_device.serialize(&f->d, &io);
    ppi_fixture *g = ppi_new(&wired);
    state_io in;
    st_init_load(&in, io.buf, io.pos);
    i8255_device.serialize(&g->d, &in);
    CHECK_EQ("load", ST_OK, in.error);
    CHECK_EQ("flags restored", 0xd8, i8255_read(&g->ppi, 2));
    st_free(&io);
    ppi_free(f);
    ppi_free(g);
}

static void test_unwired(void)
{
    ppi_fixture *f = ppi_new(NULL);
    CHECK_EQ("unconnected input reads 0", 0, i8255_read(&f->ppi, 0));
    i8255_map_w(&f->ppi, 3, 0x82); /* A out, B in */
    i8255_map_w(&f->ppi, 0, 0x99);
    CHECK_EQ("map handlers", 0x99, i8255_map_r(&f->ppi, 0));
    CHECK_EQ("map handlers B", 0, i8255_map_r(&f->ppi, 1));
    ppi_free(f);
}

static void test_save_state(void)
{
    ppi_fixture *f = ppi_new(&wired);
    i8255_write(&f->ppi, 3, 0x89);
    i8255_write(&f->ppi, 0, 0x11);
    i8255_write(&f->ppi, 1, 0x22);
    i8255_write(&f->ppi, 2, 0x33);
    state_io io;
    st_init_save(&io);
    i8255_device.serialize(&f->d, &io);
    ppi_fixture *g = ppi_new(&wired);
    int writes = g->b.writes[0];
    state_io in;
    st_init_load(&in, io.buf, io.pos);
    i8255_device.serialize(&g->d, &in);
    CHECK_EQ("load", ST_OK, in.error);
    CHECK_EQ("no callbacks on load", writes, g->b.writes[0]);
    CHECK_EQ("control", 0x89, i8255_read(&g->ppi, 3));
    CHECK_EQ("A", 0x11, i8255_read(&g->ppi, 0));
    CHECK_EQ("B", 0x22, i8255_read(&g->ppi, 1));
    CHECK_EQ("C latch", 0x33, g->ppi.output[2]);
    io.buf[0] = 0x05; /* not a mode word */
    st_init_load(&in, io.buf, io.pos);
    i8255_device.serialize(&g->d, &in);
    CHECK_EQ("bad control word refused", ST_ERR_VALUE, in.error);
    st_free(&io);
    ppi_free(f);
    ppi_free(g);
}

int main(void)
{
    test_reset();
    test_mode0_directions();
    test_bsr();
    test_mode1_input();
    test_mode1_output();
    test_mode2();
    test_unwired();
    test_save_state();
    return check_report("test_i8255");
}
