#include "emu/memory.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What one map entry resolves to once regions and the driver state exist. */
typedef struct map_target {
    map_kind kind;
    u8 *mem;          /* ROM/RAM: byte backing address `start` */
    read8_fn r;
    write8_fn w;
    void *ctx;
    offs_t start, amask;
    bool writable;    /* BANK: the selected base takes writes */
} map_target;

#define SPLIT_MAX_TARGETS 255
#define OWNER_NONE 0xffff

/* A page shared by several entries: each byte names its entry (for reads
   and for writes separately, since a read-only entry may sit over RAM). */
struct split_page {
    address_space_t *as;
    const map_target *targets;
    int handler;
    u16 owner[256];
};

static u8 split_r(void *ctx, offs_t a)
{
    const split_page *sp = ctx;
    u16 o = sp->owner[a & sp->as->page_mask];
    if (o == OWNER_NONE)
        return sp->as->handlers[0].r(sp->as, a);
    const map_target *t = &sp->targets[o];
    offs_t off = (a & t->amask) - t->start;
    switch (t->kind) {
    case MAP_KIND_ROM:
    case MAP_KIND_RAM:
    case MAP_KIND_RGN_RAM:
        return t->mem[off];
    case MAP_KIND_BANK: /* a bank sharing its page with other entries */
        if (t->mem)
            return t->mem[off];
        break;
    case MAP_KIND_IO:
    case MAP_KIND_PORT:
    case MAP_KIND_DEVICE:
    case MAP_KIND_VALUE:
        if (t->r)
            return t->r(t->ctx, off);
        break;
    default:
        break;
    }
    return sp->as->unmap_value;
}

static void split_w(void *ctx, offs_t a, u8 d)
{
    const split_page *sp = ctx;
    u16 o = sp->owner[a & sp->as->page_mask];
    if (o == OWNER_NONE) {
        sp->as->handlers[0].w(sp->as, a, d);
        return;
    }
    const map_target *t = &sp->targets[o];
    offs_t off = (a & t->amask) - t->start;
    if (t->kind == MAP_KIND_RAM || t->kind == MAP_KIND_RGN_RAM || t->kind == MAP_KIND_WRITEONLY ||
        (t->kind == MAP_KIND_BANK && t->writable && t->mem))
        t->mem[off] = d;
    else if ((t->kind == MAP_KIND_IO || t->kind == MAP_KIND_DEVICE) && t->w)
        t->w(t->ctx, off, d);
}

static u8 nop_r(void *ctx, offs_t a)
{
    (void)a;
    return ((address_space_t *)ctx)->unmap_value;
}

static void nop_w(void *ctx, offs_t a, u8 d)
{
    (void)ctx;
    (void)a;
    (void)d;
}

static u8 port_r(void *ctx, offs_t a)
{
    (void)a;
    return (u8)((const input_port *)ctx)->live;
}

static u8 value_r(void *ctx, offs_t a)
{
    (void)a;
    return (u8)((const mem_map_entry *)ctx)->region_offset;
}

static int resolve_target(const mem_map_entry *e, map_target *t, void *drv, size_t drv_size,
                          region_list *regions, const map_env *env, offs_t addr_mask, char *err,
                          size_t errlen)
{
    memset(t, 0, sizeof(*t));
    t->kind = e->kind;
    t->start = e->start;
    t->amask = ~e->mirror & addr_mask;
    t->ctx = drv;
    size_t len = (size_t)(e->end - e->start) + 1;
    switch (e->kind) {
    case MAP_KIND_ROM:
    case MAP_KIND_RGN_RAM: {
        mem_region *r = region_find(regions, e->region);
        if (!r || e->region_offset + len > r->size) {
            snprintf(err, errlen, "map %04x-%04x: region \"%s\" %s", (unsigned)e->start, (unsigned)e->end,
                     e->region, r ? "is too small" : "does not exist");
            return -1;
        }
        t->mem = r->data + e->region_offset;
        break;
    }
    case MAP_KIND_RAM:
    case MAP_KIND_WRITEONLY:
        if (e->drv_offset + len > drv_size) {
            snprintf(err, errlen, "map %04x-%04x: RAM lies outside the driver state", (unsigned)e->start,
                     (unsigned)e->end);
            return -1;
        }
        t->mem = (u8 *)drv + e->drv_offset;
        break;
    case MAP_KIND_IO:
        t->r = e->r;
        t->w = e->w;
        break;
    case MAP_KIND_VALUE:
        t->r = value_r;
        t->ctx = (void *)e; /* the map is static data, alive as long as the space */
        break;
    case MAP_KIND_PORT: {
        const input_ports *inputs = env ? env->inputs : NULL;
        int idx = inputs && e->region ? input_port_index(inputs, e->region) : -1;
        if (idx < 0) {
            snprintf(err, errlen, "map %04x-%04x: input port \"%s\" does not exist", (unsigned)e->start,
                     (unsigned)e->end, e->region ? e->region : "(null)");
            return -1;
        }
        t->r = port_r;
        t->ctx = (void *)&inputs->ports[idx];
        break;
    }
    case MAP_KIND_DEVICE:
        t->ctx = env && env->device && e->region ? env->device(env->device_ctx, e->region) : NULL;
        if (!t->ctx) {
            snprintf(err, errlen, "map %04x-%04x: device \"%s\" does not exist", (unsigned)e->start,
                     (unsigned)e->end, e->region ? e->region : "(null)");
            return -1;
        }
        t->r = e->r;
        t->w = e->w;
        break;
    default:
        break;
    }
    return 0;
}

/* Marks every address an entry covers, mirrors included, in the owner
   table of each direction the entry serves. */
static void mark_owner(u16 *owner, const mem_map_entry *e, u16 idx, offs_t addr_mask)
{
    if (!owner)
        return;
    offs_t mirror = e->mirror & addr_mask;
    offs_t combo = 0;
    do {
        for (offs_t a = e->start; a <= e->end; a++) {
            offs_t full = (a | combo) & addr_mask;
            owner[full] = idx;
            if (a == addr_mask)
                break;
        }
        combo = (combo - mirror) & mirror; /* next subset of the mirror bits */
    } while (combo);
}

/* Direct pointer for a page wholly owned by a ROM/RAM target, if the bytes
   are contiguous (mirror bits above the page size). */
static u8 *page_pointer(const map_target *t, offs_t page_addr, offs_t page_mask)
{
    if (~t->amask & page_mask)
        return NULL;
    return t->mem + ((page_addr & t->amask) - t->start);
}

static int page_owner(const u16 *owner, offs_t page_addr, offs_t page_mask)
{
    u16 o = owner[page_addr];
    for (offs_t i = 1; i <= page_mask; i++)
        if (owner[page_addr + i] != o)
            return -1;
    return o;
}

/* The handler of a page shared by several entries. Pages with the same
   owners (the mirrors of an I/O page) share one table: offsets within an
   entry do not depend on which mirror was hit. */
static int split_handler(mem_space *ms, const map_target *targets, const u16 *owner)
{
    address_space_t *as = &ms->as;
    size_t bytes = sizeof(u16) * ((size_t)as->page_mask + 1);
    for (int i = 0; i < ms->num_splits; i++)
        if (!memcmp(ms->splits[i].owner, owner, bytes))
            return ms->splits[i].handler;
    split_page *sp = &ms->splits[ms->num_splits++];
    sp->as = as;
    sp->targets = targets;
    memcpy(sp->owner, owner, bytes);
    sp->handler = as_add_handler(as, split_r, split_w, sp, 0, as->addr_mask);
    return sp->handler;
}

/* Sets up one direction of one page: a direct pointer when a single RAM or
   ROM entry covers it contiguously, one handler when a single I/O or NOP
   entry does, and a per-byte dispatch table otherwise. */
static int build_page(mem_space *ms, const map_target *targets, const u16 *owner, int *handler_of, offs_t pa,
                      int write, int nop_h)
{
    address_space_t *as = &ms->as;
    bus_page *p = &as->pages[pa >> as->page_shift];
    int o = page_owner(owner, pa, as->page_mask);
    const map_target *t = o >= 0 && o != OWNER_NONE ? &targets[o] : NULL;
    u8 *ptr = t && (t->kind == MAP_KIND_ROM || t->kind == MAP_KIND_RAM || t->kind == MAP_KIND_RGN_RAM ||
                    t->kind == MAP_KIND_WRITEONLY)
                  ? page_pointer(t, pa, as->page_mask)
                  : NULL;
    int h = -1;
    if (o == OWNER_NONE || (t && t->kind == MAP_KIND_BANK))
        return 0; /* unmapped, or a bank filled in by mem_space_set_bank */
    if (ptr) {
        if (!write)
            p->rbase = ptr;
        else if (t->kind != MAP_KIND_ROM)
            p->wbase = ptr;
        return 0;
    }
    if (t && t->kind == MAP_KIND_NOP) {
        h = nop_h;
    } else if (t && t->kind == MAP_KIND_ROM) {
        h = BUS_HANDLER_UNMAPPED; /* writes to ROM go nowhere */
    } else if (t && (t->kind == MAP_KIND_IO || t->kind == MAP_KIND_PORT || t->kind == MAP_KIND_DEVICE ||
                     t->kind == MAP_KIND_VALUE)) {
        if (handler_of[o] < 0)
            handler_of[o] = as_add_handler(as, t->r, t->w, t->ctx, t->start, t->amask);
        h = handler_of[o];
    } else {
        h = split_handler(ms, targets, owner + pa);
    }
    if (h < 0)
        return -1;
    if (write)
        p->wh = (u8)h;
    else
        p->rh = (u8)h;
    return 0;
}

int mem_space_build(mem_space *ms, const char *name, int addr_bits, const mem_map_entry *map, void *drv,
                    size_t drv_size, region_list *regions, const map_env *env, char *err, size_t errlen)
{
    memset(ms, 0, sizeof(*ms));
    ms->drv = drv;
    if (addr_bits > 20 || as_init(&ms->as, name, addr_bits, addr_bits > 8 ? 8 : addr_bits, 0xff)) {
        snprintf(err, errlen, "%s space: unsupported width of %d bits", name, addr_bits);
        return -1;
    }
    address_space_t *as = &ms->as;
    size_t space = (size_t)as->addr_mask + 1;
    int count = 0;
    while (map && map[count].kind != MAP_KIND_END)
        count++;
    if (count > SPLIT_MAX_TARGETS) {
        snprintf(err, errlen, "%s space: too many map entries", name);
        return -1;
    }
    map_target *targets = calloc((size_t)count + 1, sizeof(map_target));
    u16 *owner = malloc(2 * space * sizeof(u16));
    u16 *wowner = owner ? owner + space : NULL;
    int *handler_of = malloc(((size_t)count + 1) * sizeof(int));
    if (!targets || !owner || !handler_of)
        goto fail_alloc;
    for (size_t a = 0; a < 2 * space; a++)
        owner[a] = OWNER_NONE;
    for (int i = 0; i < count; i++) {
        handler_of[i] = -1;
        if (map[i].end < map[i].start || map[i].end > as->addr_mask) {
            snprintf(err, errlen, "%s space: bad range %x-%x", name, (unsigned)map[i].start, (unsigned)map[i].end);
            goto fail;
        }
        if (resolve_target(&map[i], &targets[i], drv, drv_size, regions, env, as->addr_mask, err, errlen))
            goto fail;
        if (map[i].kind == MAP_KIND_BANK) {
            if (ms->num_banks == (int)ARRAY_LEN(ms->banks)) {
                snprintf(err, errlen, "%s space: too many banks", name);
                goto fail;
            }
            ms->banks[ms->num_banks++] =
                (struct bank_window){ map[i].start, map[i].end, map[i].mirror, map[i].bank, i };
        }
        bool io = map[i].kind == MAP_KIND_IO || map[i].kind == MAP_KIND_DEVICE;
        bool reads = (!io || map[i].r) && map[i].kind != MAP_KIND_WRITEONLY;
        bool writes = (!io || map[i].w) && map[i].kind != MAP_KIND_PORT && map[i].kind != MAP_KIND_VALUE;
        mark_owner(reads ? owner : NULL, &map[i], (u16)i, as->addr_mask);
        mark_owner(writes ? wowner : NULL, &map[i], (u16)i, as->addr_mask);
    }
    ms->splits = calloc(2 * (space >> as->page_shift), sizeof(split_page));
    if (!ms->splits)
        goto fail_alloc;
    int nop_h = as_add_handler(as, nop_r, nop_w, as, 0, as->addr_mask);
    for (size_t page = 0; page < (space >> as->page_shift); page++)
        for (int write = 0; write < 2; write++)
            if (build_page(ms, targets, write ? wowner : owner, handler_of, (offs_t)(page << as->page_shift),
                           write, nop_h))
                goto fail_handlers;
    free(owner);
    free(handler_of);
    ms->targets = targets;
    return 0;

fail_handlers:
    snprintf(err, errlen, "%s space: more than %d handler ranges", name, BUS_MAX_HANDLERS);
    goto fail;
fail_alloc:
    snprintf(err, errlen, "%s space: out of memory", name);
fail:
    free(targets);
    free(owner);
    free(handler_of);
    free(ms->splits);
    ms->splits = NULL;
    as_free(as);
    return -1;
}

void mem_space_free(mem_space *ms)
{
    free(ms->targets);
    ms->targets = NULL;
    free(ms->splits);
    ms->splits = NULL;
    as_free(&ms->as);
}

void mem_space_set_bank(mem_space *ms, u8 id, u8 *base, bool writable)
{
    address_space_t *as = &ms->as;
    for (int i = 0; i < ms->num_banks; i++) {
        const struct bank_window *b = &ms->banks[i];
        if (b->id != id)
            continue;
        /* pages the bank shares with other entries keep their per-byte
           dispatch, which reads the bank through its target */
        map_target *t = &ms->targets[b->target];
        t->mem = base;
        t->writable = writable;
        offs_t mirror = b->mirror & as->addr_mask, combo = 0;
        do {
            for (offs_t a = b->start; a <= b->end; a += as->page_mask + 1) {
                bus_page *p = &as->pages[((a | combo) & as->addr_mask) >> as->page_shift];
                if (p->rbase || p->rh == BUS_HANDLER_UNMAPPED)
                    p->rbase = base + (a - b->start);
                if (p->wbase || p->wh == BUS_HANDLER_UNMAPPED) {
                    p->wbase = writable ? base + (a - b->start) : NULL;
                    p->wh = BUS_HANDLER_UNMAPPED;
                }
            }
            combo = (combo - mirror) & mirror;
        } while (combo);
    }
}
