/* Watchdog: resets the machine when the program stops kicking it.

   As a device (DEVICE("watchdog", watchdog_device, 0, &params)) it counts
   VBLANK starts by itself (the machine tells devices about VBLANK, the
   driver forwards nothing) and/or runs a timer of params->time; a kick
   (watchdog_kick, or the bus handlers below) starts the count again. When
   `vblanks` VBLANKs start, or `time` passes, without a kick, the machine
   is reset (which resets the watchdog too). MAME's watchdog_timer.

   The bare struct can also be embedded in a driver's state (the older
   helper use: watchdog_init, then watchdog_vblank at every VBLANK start). */
#ifndef CABINET_WATCHDOG_H
#define CABINET_WATCHDOG_H

#include "emu/device.h"
#include "emu/emutime.h"
#include "emu/sched.h"

typedef struct watchdog_params {
    u16 vblanks;   /* VBLANK starts without a kick before the reset; 0: not counted */
    u32 time_us;   /* or a time without a kick, in microseconds; 0: none */
} watchdog_params;

typedef struct watchdog {
    u16 limit;     /* VBLANKs; 0: not counted */
    u16 count;     /* VBLANKs since the last kick */
    bool disabled; /* watchdog_enable(w, false) */
    u32 fired;     /* resets caused since power-on (for tests and the log) */
    machine_t *m;  /* device use: for the timer */
    emu_timer *timer;
    emu_time period;
} watchdog_t;

extern const device_type watchdog_device;

void watchdog_init(watchdog_t *w, u16 limit);
void watchdog_kick(watchdog_t *w);
/* Boards with an enable line (MAME's watchdog_enable); a disabled watchdog
   neither counts nor fires, and enabling it starts a fresh count. */
void watchdog_enable(watchdog_t *w, bool on);
/* Helper use: call at every VBLANK start; schedules a machine reset when it
   expires. */
void watchdog_vblank(watchdog_t *w, machine_t *m);
void watchdog_serialize(watchdog_t *w, state_io *io);

/* Bus handlers for MAP_DEVICE entries (ctx: the watchdog_t): a write, or a
   read (which gives FFh), kicks it. */
void watchdog_reset_w(void *wd, offs_t offset, u8 data);
u8 watchdog_reset_r(void *wd, offs_t offset);

#endif
