/* i8257 DMA unit test: register access through the byte flip-flop, the
   transfer types (and the reversed MEMR/MEMW wiring), fixed and rotating
   priority, the terminal count (status bits cleared by reading, request
   dropped, TC stop, autoload), the clocks a transfer takes and save
   states: Donkey Kong's memory-to-memory copy through a latch, worked out
   from MAME 0.251's i8257.cpp. */
#include <stdlib.h>
#include <string.h>

#include "emu/machine.h"
#include "emu/state.h"
#include "machine/i8257.h"
#include "../check.h"

typedef struct board {
    u8 mem[0x10000];
    u8 latch;
    int io_reads[4], io_writes[4];
    u8 order[64]; /* channels in service order */
    int n;
} board;

static u8 memr(void *drv, offs_t a)
{
    board *b = drv;
    return b->mem[a & 0xffff];
}

static void memw(void *drv, offs_t a, u8 d)
{
    board *b = drv;
    b->mem[a & 0xffff] = d;
}

#define IO_CB(CH) \
    static u8 ior##CH(void *drv, offs_t a) \
    { \
        (void)a; \
        board *b = drv; \
        b->io_reads[CH]++; \
        if (b->n < 64) \
            b->order[b->n++] = CH; \
        return b->latch; \
    } \
    static void iow##CH(void *drv, offs_t a, u8 d) \
    { \
        (void)a; \
        board *b = drv; \
        b->io_writes[CH]++; \
        if (b->n < 64) \
            b->order[b->n++] = CH; \
        b->latch = d; \
    }
IO_CB(0)
IO_CB(1)
IO_CB(2)
IO_CB(3)

static const i8257_params plain = { memr, memw, { ior0, ior1, ior2, ior3 }, { iow0, iow1, iow2, iow3 }, false };
static const i8257_params reversed = { memr, memw, { ior0, ior1, ior2, ior3 }, { iow0, iow1, iow2, iow3 }, true };

typedef struct fixture {
    machine_t m;
    device_config cfg;
    device_t d;
    i8257_t dma;
    board b;
} fixture;

static fixture *fx_new(const i8257_params *p)
{
    fixture *f = calloc(1, sizeof(*f));
    f->m.drv = &f->b;
    f->cfg = (device_config){ "dma", &i8257_device, NULL, 3072000, p, NULL };
    f->d = (device_t){ .cfg = &f->cfg, .type = &i8257_device, .machine = &f->m, .tag = "dma", .self = &f->dma };
    char err[64];
    CHECK_EQ("start", 0, i8257_device.start(&f->d, err, sizeof(err)));
    i8257_device.reset(&f->d);
    return f;
}

static void program(i8257_t *dma, int ch, u16 addr, u16 count, u8 type)
{
    i8257_write(dma, (offs_t)(ch * 2), (u8)addr);
    i8257_write(dma, (offs_t)(ch * 2), (u8)(addr >> 8));
    i8257_write(dma, (offs_t)(ch * 2 + 1), (u8)count);
    i8257_write(dma, (offs_t)(ch * 2 + 1), (u8)(type << 6 | (count >> 8 & 0x3f)));
}

static void test_registers(void)
{
    fixture *f = fx_new(&plain);
    program(&f->dma, 2, 0x1234, 0x2a55, 2);
    CHECK_EQ("address", 0x1234, f->dma.ch[2].address);
    CHECK_EQ("count", 0x2a55, f->dma.ch[2].count);
    CHECK_EQ("type", 2, f->dma.ch[2].mode);
    CHECK_EQ("read addr lo", 0x34, i8257_read(&f->dma, 4));
    CHECK_EQ("read addr hi", 0x12, i8257_read(&f->dma, 4));
    CHECK_EQ("read count lo", 0x55, i8257_read(&f->dma, 5));
    CHECK_EQ("read count hi + type", 0xaa, i8257_read(&f->dma, 5));
    CHECK_EQ("mirror of the count regs at 15 is not status", 0, i8257_read(&f->dma, 9));
    CHECK_EQ("no request, no clocks", 0, i8257_run(&f->dma));
    free(f);
}

/* Donkey Kong: channel 0 memory -> latch, channel 1 latch -> memory, with
   rotating priority: a block copy, 4 clocks a byte plus 2 for the hold */
static void test_dkong_copy(void)
{
    fixture *f = fx_new(&reversed);
    for (int i = 0; i < 0x180; i++)
        f->b.mem[0x6900 + i] = (u8)(i * 7 + 1);
    program(&f->dma, 0, 0x6900, 0x17f, 1); /* written as 01: memory read with the reversed wiring */
    program(&f->dma, 1, 0x7000, 0x17f, 2);
    CHECK_EQ("reversed type ch0", 2, f->dma.ch[0].mode);
    CHECK_EQ("reversed type ch1", 1, f->dma.ch[1].mode);
    (void)i8257_read(&f->dma, 1);
    CHECK_EQ("type reads back as written", 0x41, i8257_read(&f->dma, 1));
    i8257_dreq_w(&f->dma, 0, 1);
    i8257_dreq_w(&f->dma, 1, 1);
    CHECK_TRUE(!i8257_requesting(&f->dma)); /* channels not enabled yet */
    i8257_write(&f->dma, 8, 0x53); /* TC stop, rotating, ch0 + ch1 */
    CHECK_TRUE(i8257_requesting(&f->dma));
    CHECK_EQ("clocks", 2 + 4 * 0x300, i8257_run(&f->dma));
    CHECK_TRUE(!i8257_requesting(&f->dma)); /* both reached their count */
    CHECK_TRUE(!memcmp(f->b.mem + 0x6900, f->b.mem + 0x7000, 0x180));
    CHECK_EQ("byte after the block untouched", 0, f->b.mem[0x7180]);
    CHECK_EQ("alternating: first ch0", 0, f->b.order[0]);
    CHECK_EQ("then ch1", 1, f->b.order[1]);
    CHECK_EQ("then ch0", 0, f->b.order[2]);
    CHECK_EQ("TC stop disabled both", 0x50, f->dma.mode);
    CHECK_EQ("status TC0 TC1", 0x03, i8257_read(&f->dma, 8));
    CHECK_EQ("status cleared by the read", 0x00, i8257_read(&f->dma, 8));
    CHECK_EQ("address past the block", 0x7180, f->dma.ch[1].address);
    CHECK_EQ("count wrapped", 0x3fff, f->dma.ch[1].count);
    /* requests were dropped at TC: a new DRQ write starts nothing while disabled */
    i8257_dreq_w(&f->dma, 0, 1);
    CHECK_EQ("disabled channels", 0, i8257_run(&f->dma));
    free(f);
}

/* fixed priority: channel 0 first to its end, then channel 1 */
static void test_fixed_priority(void)
{
    fixture *f = fx_new(&plain);
    program(&f->dma, 0, 0x100, 2, 2); /* 3 bytes, memory -> I/O 0 */
    program(&f->dma, 1, 0x200, 1, 1); /* 2 bytes, I/O 1 -> memory */
    i8257_write(&f->dma, 8, 0x03);
    i8257_dreq_w(&f->dma, 1, 1);
    i8257_dreq_w(&f->dma, 0, 1);
    f->b.mem[0x102] = 0x5a;
    CHECK_EQ("clocks", 2 + 4 * 5, i8257_run(&f->dma));
    static const u8 expect[5] = { 0, 0, 0, 1, 1 };
    CHECK_TRUE(!memcmp(f->b.order, expect, 5));
    CHECK_EQ("ch1 wrote the latch", 0x5a, f->b.mem[0x201]);
    CHECK_EQ("no TC stop: still enabled", 0x03, f->dma.mode);
    CHECK_EQ("requests dropped at TC", 0, f->dma.request);
    free(f);
}

/* verify writes nothing; autoload reloads channel 2 from channel 3 */
static void test_verify_autoload(void)
{
    fixture *f = fx_new(&plain);
    i8257_write(&f->dma, 8, 0x84); /* autoload, ch2 */
    program(&f->dma, 2, 0x300, 1, 0);
    CHECK_EQ("ch3 follows ch2's address", 0x300, f->dma.ch[3].address);
    CHECK_EQ("ch3 follows ch2's count", 1, f->dma.ch[3].count);
    i8257_dreq_w(&f->dma, 2, 1);
    CHECK_EQ("clocks", 2 + 8, i8257_run(&f->dma));
    CHECK_EQ("verify reads the I/O side (as MAME)", 2, f->b.io_reads[2]);
    CHECK_EQ("and writes nothing", 0, f->b.io_writes[2]);
    CHECK_EQ("reloaded address", 0x300, f->dma.ch[2].address);
    CHECK_EQ("reloaded count", 1, f->dma.ch[2].count);
    CHECK_EQ("TC2", 0x04, i8257_read(&f->dma, 8));
    free(f);
}

static void test_savestate(void)
{
    fixture *f = fx_new(&reversed);
    program(&f->dma, 1, 0xbeef, 0x123, 2);
    i8257_write(&f->dma, 8, 0x52);
    i8257_write(&f->dma, 0, 0x11); /* leaves the flip-flop on the high byte */
    state_io io;
    st_init_save(&io);
    i8257_device.serialize(&f->d, &io);
    fixture *g = fx_new(&reversed);
    state_io in;
    st_init_load(&in, io.buf, io.pos);
    i8257_device.serialize(&g->d, &in);
    CHECK_EQ("load", ST_OK, in.error);
    CHECK_EQ("address", 0xbeef, g->dma.ch[1].address);
    CHECK_EQ("count", 0x123, g->dma.ch[1].count);
    CHECK_EQ("mode", 0x52, g->dma.mode);
    CHECK_EQ("flip-flop", 1, g->dma.msb);
    st_free(&io);
    free(f);
    free(g);
}

int main(void)
{
    test_registers();
    test_dkong_copy();
    test_fixed_priority();
    test_verify_autoload();
    test_savestate();
    return check_report("test_i8257");
}
