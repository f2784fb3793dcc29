/* i8257 DMA unit test: register access through the byte flip-flop, the
   transfer types (and the reversed MEMR/MEMW wiring), fixed and rotating
   priority, the terminal count (status bits cleared by reading, request
   dropped, TC stop, autoload), the clocks a transfer takes and save
   states: Donkey Kong's memory-to-memory copy through a latch, worked out
   from MAME 0.251's i8257.cpp; the copy through a latch over an address
   space (runs between direct pages, handler pages a byte at a time)
   against the same copy one byte at a time through callbacks. */
#include <stdio.h>
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

static const i8257_params plain = {
    .memr = memr, .memw = memw, .ior = { ior0, ior1, ior2, ior3 }, .iow = { iow0, iow1, iow2, iow3 }
};
static const i8257_params reversed = {
    .memr = memr, .memw = memw, .ior = { ior0, ior1, ior2, ior3 }, .iow = { iow0, iow1, iow2, iow3 }, .reverse_rw = true
};

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

/* ---- the copy through a latch, in runs, against one byte at a time ----
   The space: RAM at 0000-7fff and 8400-efff, a read/write handler page at
   8000, a page read directly and written through a handler at 8100 (Donkey
   Kong's sprite RAM), ROM at 8200-83ff, nothing at f000-ffff. Handlers log
   every access in order. */
typedef struct space_board {
    u8 mem[0x10000];
    address_space_t as;
    u32 log[4096];
    int nlog;
    u8 latch;
    int latch_writes;
} space_board;

static void log_access(space_board *b, u32 kind, offs_t a, u8 d)
{
    if (b->nlog < 4096)
        b->log[b->nlog++] = kind << 24 | (u32)(a & 0xffff) << 8 | d;
}

static u8 logged_r(void *ctx, offs_t a)
{
    space_board *b = ctx;
    log_access(b, 1, a, b->mem[a]);
    return b->mem[a];
}

static void logged_w(void *ctx, offs_t a, u8 d)
{
    space_board *b = ctx;
    log_access(b, 2, a, d);
    b->mem[a] = d;
}

static void space_build(space_board *b)
{
    CHECK_EQ("as_init", 0, as_init(&b->as, "program", 16, 8, 0xff));
    as_map_ram(&b->as, 0x0000, 0x7fff, b->mem);
    as_map_ram(&b->as, 0x8100, 0x81ff, b->mem + 0x8100);
    as_map_rom(&b->as, 0x8200, 0x83ff, b->mem + 0x8200);
    as_map_ram(&b->as, 0x8400, 0xefff, b->mem + 0x8400);
    int h = as_add_handler(&b->as, logged_r, logged_w, b, 0, 0xffff);
    as_map_handler(&b->as, 0x8000, 0x80ff, h, h);
    as_map_handler(&b->as, 0x8100, 0x81ff, -1, h);
}

static u8 sp_memr(void *drv, offs_t a)
{
    space_board *b = drv;
    return as_read8(&b->as, a);
}

static void sp_memw(void *drv, offs_t a, u8 d)
{
    space_board *b = drv;
    as_write8(&b->as, a, d);
}

static u8 sp_latch_r(void *drv, offs_t a)
{
    (void)a;
    return ((space_board *)drv)->latch;
}

static void sp_latch_w(void *drv, offs_t a, u8 d)
{
    (void)a;
    space_board *b = drv;
    b->latch = d;
    b->latch_writes++;
}

/* the reference: every byte through the callbacks; the other: runs */
static const i8257_params bytewise = {
    .memr = sp_memr, .memw = sp_memw, .ior = { NULL, sp_latch_r, NULL, NULL }, .iow = { sp_latch_w, NULL, NULL, NULL }
};
static const i8257_params runs = { .ior = { NULL, sp_latch_r, NULL, NULL },
                                   .iow = { sp_latch_w, NULL, NULL, NULL },
                                   .copy_latch = true,
                                   .copy_w = 0,
                                   .copy_r = 1 };

typedef struct space_fixture {
    machine_t m;
    device_config cfg;
    device_t d;
    i8257_t dma;
    space_board b;
} space_fixture;

static space_fixture *sfx_new(const i8257_params *p)
{
    space_fixture *f = calloc(1, sizeof(*f));
    f->m.drv = &f->b;
    f->cfg = (device_config){ "dma", &i8257_device, NULL, 3072000, p, NULL };
    f->d = (device_t){ .cfg = &f->cfg, .type = &i8257_device, .machine = &f->m, .tag = "dma", .self = &f->dma };
    char err[64];
    CHECK_EQ("start", 0, i8257_device.start(&f->d, err, sizeof(err)));
    i8257_device.reset(&f->d);
    space_build(&f->b);
    if (p->copy_latch)
        i8257_set_space(&f->dma, &f->b.as);
    return f;
}

static void sfx_free(space_fixture *f)
{
    as_free(&f->b.as);
    free(f);
}

typedef struct copy_case {
    u16 src, dst, count0, count1;
    u8 last, mode, latch;
    bool ch2; /* a third channel requesting (no run) */
    bool fixed_pages;
} copy_case;

static int sfx_run(space_fixture *f, const copy_case *c, u32 seed)
{
    for (int i = 0; i < 0x10000; i++) {
        seed = seed * 1103515245u + 12345u;
        f->b.mem[i] = (u8)(seed >> 16);
    }
    f->b.latch = c->latch;
    f->b.as.fixed_pages = c->fixed_pages;
    program(&f->dma, 0, c->src, c->count0, 2); /* memory -> latch */
    program(&f->dma, 1, c->dst, c->count1, 1); /* latch -> memory */
    program(&f->dma, 2, 0x4000, 3, 0);
    i8257_write(&f->dma, 8, (u8)(c->mode | (c->ch2 ? 4 : 0)));
    f->dma.last = c->last;
    for (int ch = 0; ch < 3; ch++)
        i8257_dreq_w(&f->dma, ch, 1);
    return i8257_run(&f->dma);
}

/* both ways from the same start; the same bytes, handler accesses in the
   same order, registers, status, latch and clocks. True when they agree. */
static bool same_copy(const copy_case *c, u32 seed, int *runs_taken)
{
    space_fixture *a = sfx_new(&bytewise), *b = sfx_new(&runs);
    int ca = sfx_run(a, c, seed), cb = sfx_run(b, c, seed);
    bool same = ca == cb && !memcmp(a->b.mem, b->b.mem, sizeof(a->b.mem)) && a->b.nlog == b->b.nlog &&
                !memcmp(a->b.log, b->b.log, sizeof(u32) * (size_t)a->b.nlog) && a->b.latch == b->b.latch &&
                !memcmp(a->dma.ch, b->dma.ch, sizeof(a->dma.ch)) && a->dma.mode == b->dma.mode &&
                a->dma.status == b->dma.status && a->dma.request == b->dma.request && a->dma.last == b->dma.last &&
                a->dma.temp == b->dma.temp && a->dma.msb == b->dma.msb;
    if (b->b.latch_writes < a->b.latch_writes)
        (*runs_taken)++;
    if (!same)
        printf("copy %04x -> %04x counts %x %x last %d mode %02x: clocks %d / %d, log %d / %d\n", c->src, c->dst,
               c->count0, c->count1, c->last, c->mode, ca, cb, a->b.nlog, b->b.nlog);
    sfx_free(a);
    sfx_free(b);
    return same;
}

/* Donkey Kong's copy, 6900 -> 7000 there, here into the page written
   through a handler, and a copy upwards over itself */
static void test_copy_run_bytes(void)
{
    copy_case dk = { 0x6900, 0x8100, 0x17f, 0x17f, 3, 0x53, 0, false, true };
    space_fixture *f = sfx_new(&runs);
    u8 src[0x180];
    sfx_run(f, &dk, 1);
    /* (the run overwrote nothing it read: 6900-6a7f and 8100-827f apart) */
    memcpy(src, f->b.mem + 0x6900, sizeof(src));
    CHECK_EQ("the first 256 bytes through the write handler", 256 + 0, f->b.nlog);
    CHECK_TRUE(!memcmp(f->b.mem + 0x8100, src, 256));
    CHECK_EQ("handler log: first byte", 0x02810000u | src[0], f->b.log[0]);
    CHECK_EQ("handler log: last byte", 0x0281ff00u | src[255], f->b.log[255]);
    CHECK_EQ("latch: the last byte", src[0x17f], f->b.latch);
    CHECK_EQ("the latch written twice (the run's last byte, then the TC byte)", 2, f->b.latch_writes);
    CHECK_EQ("TC0 TC1", 0x03, f->dma.status);
    CHECK_EQ("ch1 address", 0x8280, f->dma.ch[1].address);
    sfx_free(f);

    copy_case up = { 0x1000, 0x1001, 0x40, 0x40, 3, 0x50 | 3, 0, false, false };
    f = sfx_new(&runs);
    sfx_run(f, &up, 2);
    u8 first = f->b.mem[0x1000];
    int repeated = 0;
    for (int i = 0; i <= 0x41; i++)
        repeated += f->b.mem[0x1000 + i] == first;
    CHECK_EQ("copying upwards over itself repeats the first byte", 0x42, repeated);
    sfx_free(f);
}

static void test_copy_run_vs_bytes(void)
{
    static const u16 places[] = { 0x0000, 0x00f0, 0x1234, 0x7f80, 0x7ff0, 0x80f8, 0x8000, 0x80c0, 0x8100, 0x81f0,
                                  0x8200, 0x83f0, 0xeff0, 0xefff, 0xffc0, 0xfff8 };
    u32 seed = 12345;
    int runs_taken = 0, bad = 0;
    for (int i = 0; i < 3000; i++) {
        seed = seed * 1103515245u + 12345u;
        u32 r = seed >> 8;
        copy_case c;
        c.src = (u16)(places[r % 16] + (r >> 4) % 24);
        seed = seed * 1103515245u + 12345u;
        r = seed >> 8;
        switch (r % 4) {
        case 0: c.dst = (u16)(c.src + 1 + (r >> 2) % 8); break; /* overlapping upwards */
        case 1: c.dst = (u16)(c.src - 1 - (r >> 2) % 8); break; /* downwards */
        default: c.dst = (u16)(places[(r >> 2) % 16] + (r >> 6) % 40); break;
        }
        seed = seed * 1103515245u + 12345u;
        r = seed >> 8;
        c.count0 = (u16)(r % 0x230);
        c.count1 = (u16)(r % 5 == 0 ? c.count0 : (r >> 10) % 0x230);
        c.last = (u8)(r >> 20 & 3);
        c.mode = (u8)(((r >> 22) & 1 ? 0x40 : 0) | ((r >> 23) % 8 ? 0x10 : 0) | 3);
        c.latch = (u8)(r >> 3);
        c.ch2 = (r >> 26) % 8 == 0;
        c.fixed_pages = (r >> 29) & 1;
        bad += !same_copy(&c, seed, &runs_taken);
    }
    CHECK_EQ("runs agree with one byte at a time", 0, bad);
    CHECK(runs_taken > 1000, "the run path taken (%d of 3000)", runs_taken);
}

int main(void)
{
    test_registers();
    test_dkong_copy();
    test_fixed_priority();
    test_verify_autoload();
    test_savestate();
    test_copy_run_bytes();
    test_copy_run_vs_bytes();
    return check_report("test_i8257");
}
