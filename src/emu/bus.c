#include "emu/bus.h"

#include <stdlib.h>
#include <string.h>

static u8 unmapped_r(void *ctx, offs_t offset)
{
    address_space_t *as = ctx;
    if (as->log_unmapped && !as->logged_unmapped) {
        as->logged_unmapped = true;
        as->log_unmapped(as->log_ctx, as, offset, false);
    }
    return as->unmap_value;
}

static void unmapped_w(void *ctx, offs_t offset, u8 data)
{
    (void)data;
    address_space_t *as = ctx;
    if (as->log_unmapped && !as->logged_unmapped) {
        as->logged_unmapped = true;
        as->log_unmapped(as->log_ctx, as, offset, true);
    }
}

int as_init(address_space_t *as, const char *name, int addr_bits, int page_shift, u8 unmap_value)
{
    memset(as, 0, sizeof(*as));
    if (addr_bits < 1 || addr_bits > 24 || page_shift < 0 || page_shift > addr_bits)
        return -1;
    as->name = name;
    as->addr_mask = (offs_t)((1u << addr_bits) - 1);
    as->page_shift = (u8)page_shift;
    as->page_mask = (offs_t)((1u << page_shift) - 1);
    as->unmap_value = unmap_value;
    size_t npages = ((size_t)as->addr_mask >> page_shift) + 1;
    as->pages = calloc(npages, sizeof(bus_page));
    if (!as->pages)
        return -1;
    /* handler 0: unmapped; addresses are passed through whole for the log */
    as->handlers[0] = (bus_handler){ unmapped_r, unmapped_w, as, 0, as->addr_mask, false, 0 };
    as->num_handlers = 1;
    return 0;
}

void as_free(address_space_t *as)
{
    free(as->pages);
    as->pages = NULL;
}

/* A handler may serve one direction only (r or w NULL); map it with
   as_map_handler(..., -1) for the direction it does not serve. */
int as_add_handler(address_space_t *as, read8_fn r, write8_fn w, void *ctx, offs_t base, offs_t amask)
{
    if (as->num_handlers >= BUS_MAX_HANDLERS)
        return -1;
    int id = as->num_handlers++;
    as->handlers[id] = (bus_handler){ r, w, ctx, base, amask & as->addr_mask, false, 0 };
    return id;
}

void as_map_ram(address_space_t *as, offs_t start, offs_t end, u8 *base)
{
    for (offs_t a = start; a <= end && a <= as->addr_mask; a += as->page_mask + 1) {
        bus_page *p = &as->pages[a >> as->page_shift];
        p->rbase = base + (a - start);
        p->wbase = base + (a - start);
        if (a + as->page_mask + 1 < a)
            break;
    }
}

void as_map_rom(address_space_t *as, offs_t start, offs_t end, const u8 *base)
{
    for (offs_t a = start; a <= end && a <= as->addr_mask; a += as->page_mask + 1) {
        bus_page *p = &as->pages[a >> as->page_shift];
        p->rbase = base + (a - start);
        p->wbase = NULL;
        p->wh = BUS_HANDLER_UNMAPPED;
        if (a + as->page_mask + 1 < a)
            break;
    }
}

void as_map_handler(address_space_t *as, offs_t start, offs_t end, int read_h, int write_h)
{
    for (offs_t a = start; a <= end && a <= as->addr_mask; a += as->page_mask + 1) {
        bus_page *p = &as->pages[a >> as->page_shift];
        if (read_h >= 0) {
            p->rbase = NULL;
            p->rh = (u8)read_h;
        }
        if (write_h >= 0) {
            p->wbase = NULL;
            p->wh = (u8)write_h;
        }
        if (a + as->page_mask + 1 < a)
            break;
    }
}
