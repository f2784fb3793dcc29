/* Memory maps for RetroAchievements-style tools: the main CPU's RAM and
   ROM as its program map declares them, at their CPU addresses (mirrors
   left out). */
#include <string.h>

#include "frontend/libretro/lr_core.h"

#define LR_MAX_DESCRIPTORS 32

static struct retro_memory_descriptor descs[LR_MAX_DESCRIPTORS];

static u8 *entry_pointer(machine_t *m, const mem_map_entry *e)
{
    if (e->kind == MAP_KIND_RAM)
        return (u8 *)m->drv + e->drv_offset;
    mem_region *r = e->region ? machine_region(m, e->region) : NULL;
    if (!r || e->region_offset + (size_t)(e->end - e->start) >= r->size)
        return NULL;
    return r->data + e->region_offset;
}

static const mem_map_entry *main_program_map(machine_t *m)
{
    if (!m->num_cpus || !m->cpus[0].dev->cfg->params)
        return NULL;
    return ((const cpu_params *)m->cpus[0].dev->cfg->params)->program;
}

void lr_memmap_declare(lr_core *c)
{
    const mem_map_entry *e = main_program_map(c->m);
    unsigned n = 0;
    for (; e && e->kind != MAP_KIND_END && n < LR_MAX_DESCRIPTORS; e++) {
        if (e->kind != MAP_KIND_RAM && e->kind != MAP_KIND_RGN_RAM && e->kind != MAP_KIND_ROM)
            continue;
        u8 *p = entry_pointer(c->m, e);
        if (!p)
            continue;
        memset(&descs[n], 0, sizeof(descs[n]));
        descs[n].flags = e->kind == MAP_KIND_ROM ? RETRO_MEMDESC_CONST : RETRO_MEMDESC_SYSTEM_RAM;
        descs[n].ptr = p;
        descs[n].start = e->start;
        descs[n].len = (size_t)(e->end - e->start) + 1;
        descs[n].addrspace = c->m->cpus[0].dev->tag;
        n++;
    }
    struct retro_memory_map map = { descs, n };
    lr_cb.env(RETRO_ENVIRONMENT_SET_MEMORY_MAPS, &map);
}

void *lr_memmap_system_ram(lr_core *c, size_t *len)
{
    const mem_map_entry *e = main_program_map(c->m), *best = NULL;
    for (; e && e->kind != MAP_KIND_END; e++)
        if (e->kind == MAP_KIND_RAM && (!best || e->end - e->start > best->end - best->start))
            best = e;
    *len = best ? (size_t)(best->end - best->start) + 1 : 0;
    return best ? entry_pointer(c->m, best) : NULL;
}
