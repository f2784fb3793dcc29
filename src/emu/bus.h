/* Address spaces as CPU cores see them: a page table whose entries are either
   direct pointers to RAM/ROM (the fast path: mask, shift, load) or a small
   handler index for I/O and anything that needs code. Cores include only this
   header (and emu/state.h), so a test can build a flat RAM space and step a
   CPU with no machine around it. */
#ifndef CABINET_BUS_H
#define CABINET_BUS_H

#include <stdbool.h>
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
    /* set by a machine for a handler that never re-points pages (plain
       RAM with side bookkeeping): cores may keep their cached blocks */
    bool keeps_pages;
    /* bit n set: writing offset n the byte it last got changes nothing
       (a DAC's latch), so an idle loop rewriting it may be skipped */
    u32 repeat_safe;
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
    /* set by a machine when no handler the space's CPU reaches re-points
       a page of it: cores may then keep their cached blocks across handler
       calls (a debugger's watchpoint clears it) */
    bool fixed_pages;
    /* set by a machine when nothing but this space's CPU changes its memory
       or its handlers' state (others reach it only by interrupt lines): a
       core may then carry what its idle-loop test learnt across slices */
    bool solo;
    /* One stretch of RAM behind a handler that only watches its writes by
       the address's low byte (the Williams bitmap's rows): a core may
       store a write to [marked_start, marked_start + marked_len) at
       marked_ram[a - marked_start] itself while marks[a & 0xff] is below
       BUS_MARK_TRAP, setting that mark to BUS_MARK_WRITTEN, as the handler
       would; at or above it the handler runs. marked_len 0: none (a
       debugger watchpoint clears it). */
    offs_t marked_start, marked_len;
    u8 *marked_ram, *marks;
} address_space_t;

#define BUS_MARK_WRITTEN 1
#define BUS_MARK_TRAP 0x80

/* A write into the marked stretch, when it may skip the handler. */
static inline bool as_marked_write(address_space_t *as, offs_t a, u8 d)
{
    offs_t o = a - as->marked_start;
    if (o >= as->marked_len || as->marks[a & 0xff] >= BUS_MARK_TRAP)
        return false;
    as->marked_ram[o] = d;
    as->marks[a & 0xff] = BUS_MARK_WRITTEN;
    return true;
}

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

/* ---- one-block caches for CPU cores ----
   A core keeps, for each kind of access, the direct pointer of the 256-byte
   block it used last, valid while its block number equals address >> 8
   (BUS_NO_PAGE: none). A miss goes through the helpers below, which fill
   the cache when the block is plain memory and the space's pages are at
   least 256 bytes. A handler may re-point pages (banking), so after one
   the core drops or refreshes its cached blocks. */
#define BUS_NO_PAGE 0xffffffffu

/* The direct pointer to the 256-byte block holding a, or NULL when a
   handler serves a or the pages are shorter than 256 bytes. */
static inline const u8 *as_read_block(const address_space_t *as, offs_t a)
{
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    return bp->rbase && as->page_shift >= 8 ? bp->rbase + (m & as->page_mask & ~(offs_t)0xff) : NULL;
}

static inline u8 *as_write_block(const address_space_t *as, offs_t a)
{
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    return bp->wbase && as->page_shift >= 8 ? bp->wbase + (m & as->page_mask & ~(offs_t)0xff) : NULL;
}

/* A cache miss on a read: the byte, with a's block cached in base and page
   when it can be (base NULL: never). True in *handler when a handler ran. */
static inline u8 as_read_miss(address_space_t *as, offs_t a, const u8 **base, u32 *page, bool *handler)
{
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    *handler = !bp->rbase;
    if (bp->rbase) {
        if (base && as->page_shift >= 8) {
            *base = bp->rbase + (m & as->page_mask & ~(offs_t)0xff);
            *page = (u32)(a >> 8);
        }
        return bp->rbase[m & as->page_mask];
    }
    const bus_handler *h = &as->handlers[bp->rh];
    return h->r(h->ctx, (m & h->amask) - h->base);
}

/* The same for a write; returns true when a handler ran. */
static inline bool as_write_miss(address_space_t *as, offs_t a, u8 d, u8 **base, u32 *page)
{
    offs_t m = a & as->addr_mask;
    const bus_page *bp = &as->pages[m >> as->page_shift];
    if (bp->wbase) {
        if (base && as->page_shift >= 8) {
            *base = bp->wbase + (m & as->page_mask & ~(offs_t)0xff);
            *page = (u32)(a >> 8);
        }
        bp->wbase[m & as->page_mask] = d;
        return false;
    }
    const bus_handler *h = &as->handlers[bp->wh];
    h->w(h->ctx, (m & h->amask) - h->base, d);
    return true;
}

/* A cached block read again from the page table (after a handler). */
static inline void as_refresh_read(const address_space_t *as, u32 *page, const u8 **base)
{
    if (*page == BUS_NO_PAGE)
        return;
    const u8 *p = as_read_block(as, (offs_t)*page << 8);
    if (p)
        *base = p;
    else
        *page = BUS_NO_PAGE;
}

static inline void as_refresh_write(const address_space_t *as, u32 *page, u8 **base)
{
    if (*page == BUS_NO_PAGE)
        return;
    u8 *p = as_write_block(as, (offs_t)*page << 8);
    if (p)
        *base = p;
    else
        *page = BUS_NO_PAGE;
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
