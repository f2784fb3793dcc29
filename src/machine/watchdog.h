/* Watchdog counting VBLANKs: when `limit` VBLANKs start without a kick the
   machine is reset (Pac-Man: 16). Glue kept inside a driver's state. */
#ifndef CABINET_WATCHDOG_H
#define CABINET_WATCHDOG_H

#include "emu/state.h"

typedef struct machine machine_t;

typedef struct watchdog {
    u16 limit;   /* 0: disabled */
    u16 count;   /* VBLANKs since the last kick */
} watchdog_t;

void watchdog_init(watchdog_t *w, u16 limit);
void watchdog_kick(watchdog_t *w);
/* Call at every VBLANK start; schedules a machine reset when it expires. */
void watchdog_vblank(watchdog_t *w, machine_t *m);
void watchdog_serialize(watchdog_t *w, state_io *io);

#endif
