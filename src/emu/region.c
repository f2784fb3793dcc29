#include "emu/region.h"

#include <stdlib.h>
#include <string.h>

mem_region *region_add(region_list *l, const char *name, size_t size, u8 fill)
{
    if (l->count >= MAX_REGIONS || strlen(name) >= sizeof(l->items[0].name) || region_find(l, name))
        return NULL;
    u8 *data = malloc(size ? size : 1);
    if (!data)
        return NULL;
    memset(data, fill, size);
    mem_region *r = &l->items[l->count++];
    strcpy(r->name, name);
    r->data = data;
    r->size = size;
    return r;
}

mem_region *region_find(region_list *l, const char *name)
{
    for (int i = 0; i < l->count; i++)
        if (!strcmp(l->items[i].name, name))
            return &l->items[i];
    return NULL;
}

const mem_region *region_find_const(const region_list *l, const char *name)
{
    return region_find((region_list *)l, name);
}

void region_list_free(region_list *l)
{
    for (int i = 0; i < l->count; i++)
        free(l->items[i].data);
    l->count = 0;
}
