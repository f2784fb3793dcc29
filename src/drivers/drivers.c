#include "drivers/drivers.h"

#include <string.h>

#define DRIVER(name) extern const game_driver driver_##name;
#include "drivers/drivers.lst"
#undef DRIVER

#define DRIVER(name) &driver_##name,
const game_driver *const driver_list[] = {
#include "drivers/drivers.lst"
    NULL,
};
#undef DRIVER

const game_driver *driver_find(const char *name)
{
    for (const game_driver *const *d = driver_list; *d; d++)
        if (!strcmp((*d)->name, name))
            return *d;
    return NULL;
}

const game_driver *driver_parent(const game_driver *d)
{
    return d->parent ? driver_find(d->parent) : NULL;
}

size_t driver_count(void)
{
    return ARRAY_LEN(driver_list) - 1;
}
