/* Address spaces as CPU cores see them: a page table whose entries are either
   direct pointers to RAM/ROM (the fast path: mask, shift, load) or a small
   handler index for I/O and anything that needs code. Cores include only this
   header (and emu/state.h), so a test can build a flat RAM space and step a
   CPU with no machine around it. */
#ifndef CABINET_BUS_H
#define CABINET_BUS_H

#include "util/types.h"

typedef u8 (*read8_fn)(void *ctx, offs_t offset);
typedef void (*write8_fn)(void *ctx, offs_t offset, u8 data);

/* A handler sees offsets relative to the start of its range, with mirror bits
   removed: offset = (address & amask) - base. */
typedef struct bus_handler {
    read8_fn r;
    write8_fn w;
    void *ctx;
    offs_t base, amask;
} bus_handler;

typedef struct bus_page {
    const u8 *rbase; /* non-NULL: reads come from rbase[addr & page_mask] */
    u8 *wbase;       /* non-NULL: writes go to wbase[addr & page_mask] */
    u8 rh, wh;       /* handler indices used when the pointer is NULL */
} bus_page;

#define BUS_MAX_HANDLERS 64
#define BUS_HANDLER_UNMAPPED 0 /* reads give unmap_value, writes are dropped */

typedef struct address_space {
    const char *name; /* "program", "io" — for log messages */
    offs_t addr_mask;
    u8 page_shift;
    offs_t page_mask;
    bus_page *pages; /* (addr_mask >> page_shift) + 1 entries */
    bus_handler handlers[BUS_MAX_HANDLERS];
    int num_handlers;
    u8 unmap_value;
    /* unmapped accesses are reported through this hook when set (-log) */
    void (*log_unmapped)(void *ctx, const struct address_space *as, offs_t a, bool write);
    void *log_ctx;
    bool logged_unmapped;
} address_space_t;

static inline u8 as_read8(address_space_t *as, offs_t a)
{
    a &= as->addr_mask;
    const bus_page *p = &as->pages[a >> as->page_shift];
    if (p->rbase)
        return p->rbase[a & as->page_mask];
    const bus_handler *h = &as->handlers[p->rh];
    return h->r(h->ctx, (a & h->amask) - h->base);
}

static inline void as_write8(address_space_t *as, offs_t a, u8 d)
{
    a &= as->addr_mask;
    const bus_page *p = &as->pages[a >> as->page_shift];
    if (p->wbase) {
        p->wbase[a & as->page_mask] = d;
        return;
    }
    const bus_handler *h = &as->handlers[p->wh];
    h->w(h->ctx, (a & h->amask) - h->base, d);
}

/* Building spaces (memory.c). Ranges are inclusive and page aligned unless a
   machine map builder splits them (see memory.h). Return 0 on success. */
int as_init(address_space_t *as, const char *name, int addr_bits, int page_shift, u8 unmap_value);
void as_free(address_space_t *as);
int as_add_handler(address_space_t *as, read8_fn r, write8_fn w, void *ctx, offs_t base, offs_t amask);
void as_map_ram(address_space_t *as, offs_t start, offs_t end, u8 *base);
void as_map_rom(address_space_t *as, offs_t start, offs_t end, const u8 *base);
void as_map_handler(address_space_t *as, offs_t start, offs_t end, int read_h, int write_h);

#endif
