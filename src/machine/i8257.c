/* Intel 8257 DMA controller (see i8257.h). */
#include "machine/i8257.h"

#include <stdint.h>
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
    if (dma->space)
        return as_read8(dma->space, a);
    return dma->p && dma->p->memr ? dma->p->memr(dma->drv, a) : 0;
}

static void mem_write(i8257_t *dma, offs_t a, u8 v)
{
    if (dma->space)
        as_write8(dma->space, a, v);
    else if (dma->p && dma->p->memw)
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

/* Bytes from a to the end of its page. */
static unsigned page_left(const address_space_t *as, u16 a)
{
    return as->page_mask + 1 - (a & as->addr_mask & as->page_mask);
}

/* d[i] = s[i] in increasing i, as the bytes go one at a time (an
   overlapping copy upwards repeats the first bytes) */
static void copy_forward(u8 *d, const u8 *s, unsigned n)
{
    if ((uintptr_t)d > (uintptr_t)s && (uintptr_t)d < (uintptr_t)s + n) {
        for (unsigned i = 0; i < n; i++)
            d[i] = s[i];
    } else {
        memmove(d, s, n);
    }
}

/* n bytes read at src and written at dst, each read before its write, in
   address order; a run between direct pages is copied at once, one that
   meets a handler goes a byte at a time (looking the pages up again after
   each handler, unless the space's handlers re-point none). Returns the
   last byte. */
static u8 copy_bytes(address_space_t *as, u16 src, u16 dst, unsigned n)
{
    u8 v = 0;
    while (n) {
        unsigned k = n, ls = page_left(as, src), ld = page_left(as, dst);
        k = k < ls ? k : ls;
        k = k < ld ? k : ld;
        const bus_page *sp = &as->pages[(src & as->addr_mask) >> as->page_shift];
        const bus_page *dp = &as->pages[(dst & as->addr_mask) >> as->page_shift];
        if (sp->rbase && dp->wbase) {
            u8 *d = dp->wbase + (dst & as->addr_mask & as->page_mask);
            copy_forward(d, sp->rbase + (src & as->addr_mask & as->page_mask), k);
            v = d[k - 1];
        } else if (sp->rbase && as->fixed_pages) {
            /* no handler re-points a page: the source stays where it is */
            const u8 *s = sp->rbase + (src & as->addr_mask & as->page_mask);
            const bus_handler *h = &as->handlers[dp->wh];
            for (unsigned i = 0; i < k; i++) {
                v = s[i];
                h->w(h->ctx, ((offs_t)(u16)(dst + i) & as->addr_mask & h->amask) - h->base, v);
            }
        } else {
            for (unsigned i = 0; i < k; i++) {
                v = as_read8(as, (u16)(src + i));
                as_write8(as, (u16)(dst + i), v);
            }
        }
        src = (u16)(src + k);
        dst = (u16)(dst + k);
        n -= k;
    }
    return v;
}

/* The copy through a latch (i8257.h) with its writer channel w next: with
   rotating priority and only w and r active, they alternate (w reads a
   byte into the latch, r writes it), so the pairs before either reaches
   its terminal count are a forward copy. Returns the bytes served (two a
   pair), 0 when this is not the case. */
static int copy_run(i8257_t *dma, int ch)
{
    const i8257_params *p = dma->p;
    if (!dma->space || !p || !p->copy_latch || ch != p->copy_w || !(dma->mode & MODE_ROTATE))
        return 0;
    int w = p->copy_w, r = p->copy_r;
    i8257_channel *cw = &dma->ch[w], *cr = &dma->ch[r];
    if ((dma->request & dma->mode & 15) != (1 << w | 1 << r) || cw->mode != XFER_READ || cr->mode != XFER_WRITE)
        return 0;
    u16 n = cw->count < cr->count ? cw->count : cr->count; /* bytes before a count of 0 */
    if (n == 0)
        return 0;
    dma->temp = copy_bytes(dma->space, cw->address, cr->address, n);
    cw->address = (u16)(cw->address + n);
    cr->address = (u16)(cr->address + n);
    cw->count = (u16)(cw->count - n);
    cr->count = (u16)(cr->count - n);
    dma->last = (u8)r;
    io_write(dma, w, (u16)(cw->address - 1), dma->temp); /* the latch keeps the last byte */
    return 2 * n;
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
        int run = copy_run(dma, ch);
        if (run) {
            clocks += 4 * run;
            continue;
        }
        transfer(dma, ch);
        advance(dma, ch);
        clocks += 4;
    }
    return clocks;
}

void i8257_set_space(i8257_t *dma, address_space_t *space)
{
    dma->space = space;
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
