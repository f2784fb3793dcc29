/* Named memory regions ("maincpu", "gfx1", "proms", ...) filled by the ROM
   loader and owned by the machine. */
#ifndef CABINET_REGION_H
#define CABINET_REGION_H

#include "util/types.h"

typedef struct mem_region {
    char name[32];
    u8 *data;
    size_t size;
} mem_region;

#define MAX_REGIONS 16

typedef struct region_list {
    mem_region items[MAX_REGIONS];
    int count;
} region_list;

/* Adds a zero-filled (or erase-filled) region; NULL when full or out of memory. */
mem_region *region_add(region_list *l, const char *name, size_t size, u8 fill);
mem_region *region_find(region_list *l, const char *name);
const mem_region *region_find_const(const region_list *l, const char *name);
void region_list_free(region_list *l);

#endif
