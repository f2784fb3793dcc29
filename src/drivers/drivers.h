/* The driver database: every system this build can run. */
#ifndef CABINET_DRIVERS_H
#define CABINET_DRIVERS_H

#include "emu/machine.h"

extern const game_driver *const driver_list[]; /* NULL-terminated, sorted by name */

const game_driver *driver_find(const char *name);
const game_driver *driver_parent(const game_driver *d);
size_t driver_count(void);

#endif
