/* Intel 8257 DMA controller (see i8257.h). */
#include "machine/i8257.h"

#include <string.h>

#include "emu/machine.h"

enum { MODE_ROTATE = 0x10, MODE_EXT_WRITE = 0x20, MODE_TC_STOP = 0x40, MODE_AUTOLOAD = 0x80 };
enum { XFER_VERIFY = 0, XFER_WRITE = 1, XFER_READ = 2 };

static bool active(const i8257_t *dma, int ch)
{
    return (dma->request >> ch & 1) && (dma->mode >> ch & 1);
}

/* The channel to serve next, or -1. */
static int next_channel(i8257_t *dma)
{
    for (int i = 0; i < 4; i++) {
        int ch = dma->mode & MODE_ROTATE ? (dma->last + 1 + i) & 3 : i;
        if (active(dma, ch)) {
            dma->last = (u8)ch;
            return ch;
        }
    }
    return -1;
}

static u8 io_read(i8257_t *dma, int ch, offs_t a)
{
    return dma->p && dma->p->ior[ch] ? dma->p->ior[ch](dma->drv, a) : 0;
}

static void io_write(i8257_t *dma, int ch, offs_t a, u8 v)
{
    if (dma->p && dma->p->iow[ch])
        dma->p->iow[ch](dma->drv, a, v);
}

static u8 mem_read(i8257_t *dma, offs_t a)
{
    return dma->p && dma->p->memr ? dma->p->memr(dma->drv, a) : 0;
}

static void mem_write(i8257_t *dma, offs_t a, u8 v)
{
    if (dma->p && dma->p->memw)
        dma->p->memw(dma->drv, a, v);
}

/* One byte of channel ch: the read (S3) and write (S4) halves. */
static void transfer(i8257_t *dma, int ch)
{
    i8257_channel *c = &dma->ch[ch];
    offs_t a = c->address;
    if (c->mode == XFER_READ)
        dma->temp = mem_read(dma, a);
    else
        dma->temp = io_read(dma, ch, a);
    if (c->mode == XFER_READ)
        io_write(dma, ch, a, dma->temp);
    else if (c->mode == XFER_WRITE)
        mem_write(dma, a, dma->temp);
    else
        (void)mem_read(dma, a); /* verify */
}

/* After a byte: the terminal count, or the next address. */
static void advance(i8257_t *dma, int ch)
{
    i8257_channel *c = &dma->ch[ch];
    bool tc = c->count == 0;
    bool al = (dma->mode & MODE_AUTOLOAD) && ch == 2;
    if (tc) {
        dma->status |= (u8)(1 << ch);
        dma->request &= (u8)~(1 << ch);
        if (al)
            dma->ch[2] = dma->ch[3];
        else if (dma->mode & MODE_TC_STOP)
            dma->mode &= (u8)~(1 << ch);
    }
    if (!(al && tc)) {
        c->count = (u16)((c->count - 1) & 0x3fff);
        c->address++;
    }
}

bool i8257_requesting(const i8257_t *dma)
{
    return (dma->request & dma->mode & 15) != 0;
}

int i8257_run(i8257_t *dma)
{
    int ch = next_channel(dma);
    if (ch < 0)
        return 0;
    int clocks = 2; /* HRQ raised, HLDA back */
    for (; ch >= 0; ch = next_channel(dma)) {
        transfer(dma, ch);
        advance(dma, ch);
        clocks += 4;
    }
    return clocks;
}

void i8257_dreq_w(i8257_t *dma, int channel, int state)
{
    if (state)
        dma->request |= (u8)(1 << channel);
    else
        dma->request &= (u8)~(1 << channel);
}

static u8 swap_rw(const i8257_t *dma, u8 mode)
{
    if (dma->p && dma->p->reverse_rw && mode)
        return mode == XFER_WRITE ? XFER_READ : XFER_WRITE;
    return mode;
}

u8 i8257_read(i8257_t *dma, offs_t offset)
{
    offset &= 15;
    if (offset & 8) {
        if (offset != 8)
            return 0;
        u8 s = dma->status;
        dma->status &= 0xf0; /* reading clears the TC bits */
        return s;
    }
    const i8257_channel *c = &dma->ch[offset >> 1 & 3];
    u8 data;
    if (offset & 1)
        data = dma->msb ? (u8)(c->count >> 8 | swap_rw(dma, c->mode) << 6) : (u8)c->count;
    else
        data = dma->msb ? (u8)(c->address >> 8) : (u8)c->address;
    dma->msb ^= 1;
    return data;
}

void i8257_write(i8257_t *dma, offs_t offset, u8 data)
{
    offset &= 15;
    if (offset & 8) {
        if (offset == 8)
            dma->mode = data;
        return;
    }
    int ch = offset >> 1 & 3;
    i8257_channel *c = &dma->ch[ch];
    bool al = (dma->mode & MODE_AUTOLOAD) && ch == 2;
    if (offset & 1) {
        if (dma->msb) {
            c->count = (u16)((data & 0x3f) << 8 | (c->count & 0xff));
            c->mode = swap_rw(dma, data >> 6);
        } else {
            c->count = (u16)((c->count & 0xff00) | data);
        }
        if (al) {
            dma->ch[3].count = c->count;
            dma->ch[3].mode = c->mode;
        }
    } else {
        if (dma->msb)
            c->address = (u16)(data << 8 | (c->address & 0xff));
        else
            c->address = (u16)((c->address & 0xff00) | data);
        if (al)
            dma->ch[3].address = c->address;
    }
    dma->msb ^= 1;
}

u8 i8257_map_r(void *dma, offs_t offset)
{
    return i8257_read(dma, offset);
}

void i8257_map_w(void *dma, offs_t offset, u8 data)
{
    i8257_write(dma, offset, data);
}

static int i8257_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    i8257_t *dma = d->self;
    dma->p = d->cfg ? d->cfg->params : NULL;
    dma->drv = d->machine ? d->machine->drv : NULL;
    return 0;
}

static void i8257_reset(device_t *d)
{
    i8257_t *dma = d->self;
    memset(dma->ch, 0, sizeof(dma->ch));
    dma->mode = dma->status = dma->request = dma->msb = dma->temp = 0;
    dma->last = 3;
}

static void i8257_serialize(device_t *d, state_io *io)
{
    i8257_t *dma = d->self;
    for (int i = 0; i < 4; i++) {
        st_u16(io, &dma->ch[i].address);
        st_u16(io, &dma->ch[i].count);
        st_u8(io, &dma->ch[i].mode);
    }
    st_u8(io, &dma->mode);
    st_u8(io, &dma->status);
    st_u8(io, &dma->request);
    st_u8(io, &dma->msb);
    st_u8(io, &dma->last);
    st_u8(io, &dma->temp);
}

const device_type i8257_device = {
    .name = "Intel 8257 DMA Controller",
    .shortname = "i8257",
    .state_size = sizeof(i8257_t),
    .start = i8257_start,
    .reset = i8257_reset,
    .serialize = i8257_serialize,
};
