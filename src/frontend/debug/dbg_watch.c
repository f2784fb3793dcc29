/* Watchpoints: while any is set, each page a watchpoint covers is routed to
   a wrapper handler that makes the page's own access (the same bytes, the
   same handler) and then checks the watchpoints. With none set, every page
   is back as the machine built it: no cost. Accesses cost no cycles either
   way, so a watch never changes what the machine does. */
#include <stdlib.h>

#include "frontend/debug/dbg.h"

static const bus_page *orig_page(debugger *d, int cpu, int space, u32 page)
{
    for (int i = 0; i < d->num_wpages; i++) {
        const dbg_watch_page *w = &d->wpages[i];
        if (w->cpu == cpu && w->space == space && w->page == page)
            return &w->orig;
    }
    return NULL;
}

static void check(debugger *d, int cpu, int space, u32 a, u8 data, int mode)
{
    if (d->in_console || d->detached)
        return;
    for (int i = 0; i < d->num_wps; i++) {
        const dbg_wp *wp = &d->wps[i];
        if (wp->cpu != cpu || wp->space != space || !(wp->mode & mode) || a < wp->addr || a - wp->addr >= wp->len)
            continue;
        d->wp_addr = a;
        d->wp_data = data;
        u64 v = 1;
        char err[160];
        if (wp->cond[0] && dbg_eval(d, cpu, wp->cond, &v, err, sizeof(err)))
            v = 1; /* a condition that cannot be evaluated stops, as MAME's does */
        if (!v)
            continue;
        snprintf(d->wp_msg, sizeof(d->wp_msg), "Stopped at watchpoint %X %s %0*X = %02X (%s), PC=%04X", wp->id,
                 mode == DBG_WP_R ? "reading" : "writing", space == DBG_SPACE_IO ? 2 : 4, (unsigned)a, data,
                 space == DBG_SPACE_IO ? "io" : "program", (unsigned)d->step_pc);
        d->wp_hit = true;
        return;
    }
}

static u8 watch_r(void *ctx, offs_t a)
{
    dbg_watch_ctx *w = ctx;
    address_space_t *as = dbg_space(w->d->m, w->cpu, w->space);
    const bus_page *p = orig_page(w->d, w->cpu, w->space, a >> as->page_shift);
    u8 v;
    if (!p) {
        v = as->unmap_value;
    } else if (p->rbase) {
        v = p->rbase[a & as->page_mask];
    } else {
        const bus_handler *h = &as->handlers[p->rh];
        v = h->r(h->ctx, (a & h->amask) - h->base);
    }
    check(w->d, w->cpu, w->space, a, v, DBG_WP_R);
    return v;
}

static void watch_w(void *ctx, offs_t a, u8 v)
{
    dbg_watch_ctx *w = ctx;
    address_space_t *as = dbg_space(w->d->m, w->cpu, w->space);
    const bus_page *p = orig_page(w->d, w->cpu, w->space, a >> as->page_shift);
    if (p && p->wbase) {
        p->wbase[a & as->page_mask] = v;
    } else if (p) {
        const bus_handler *h = &as->handlers[p->wh];
        h->w(h->ctx, (a & h->amask) - h->base, v);
    }
    check(w->d, w->cpu, w->space, a, v, DBG_WP_W);
}

static void restore_all(debugger *d)
{
    for (int i = 0; i < d->num_wpages; i++) {
        const dbg_watch_page *w = &d->wpages[i];
        dbg_space(d->m, w->cpu, w->space)->pages[w->page] = w->orig;
    }
    d->num_wpages = 0;
}

static int handler_for(debugger *d, int cpu, int space)
{
    if (d->watch_handler[cpu][space] >= 0)
        return d->watch_handler[cpu][space];
    address_space_t *as = dbg_space(d->m, cpu, space);
    d->wctx[cpu][space] = (dbg_watch_ctx){ d, cpu, space };
    int h = as_add_handler(as, watch_r, watch_w, &d->wctx[cpu][space], 0, as->addr_mask);
    d->watch_handler[cpu][space] = h;
    return h;
}

static void wrap_page(debugger *d, int cpu, int space, u32 page, int h)
{
    if (orig_page(d, cpu, space, page))
        return;
    address_space_t *as = dbg_space(d->m, cpu, space);
    dbg_watch_page *n = realloc(d->wpages, (size_t)(d->num_wpages + 1) * sizeof(*n));
    if (!n)
        return;
    d->wpages = n;
    n[d->num_wpages++] = (dbg_watch_page){ cpu, space, page, as->pages[page] };
    as->pages[page] = (bus_page){ NULL, NULL, (u8)h, (u8)h };
    as->fixed_pages = false; /* watchpoints may come and go inside a handler (a break) */
    as->marked_len = 0;      /* every write to the page goes through it */
}

void dbg_watch_apply(debugger *d)
{
    restore_all(d);
    for (int i = 0; i < d->num_wps; i++) {
        const dbg_wp *wp = &d->wps[i];
        address_space_t *as = dbg_space(d->m, wp->cpu, wp->space);
        int h = as ? handler_for(d, wp->cpu, wp->space) : -1;
        if (h < 0)
            continue;
        u32 first = (wp->addr & as->addr_mask) >> as->page_shift;
        u32 last = ((wp->addr + wp->len - 1) & as->addr_mask) >> as->page_shift;
        for (u32 p = first; p <= last; p++)
            wrap_page(d, wp->cpu, wp->space, p, h);
    }
}
