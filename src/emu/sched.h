/* The scheduler: CPUs run in turn in time slices up to the next timer or
   the end of the quantum; timers fire at exact emulated times. */
#ifndef CABINET_SCHED_H
#define CABINET_SCHED_H

#include "emu/emutime.h"

typedef struct machine machine_t;
typedef void (*timer_fn)(machine_t *m, void *ctx, s32 param);

typedef struct emu_timer {
    emu_time expire;
    emu_time period;   /* zero: one-shot */
    timer_fn fn;
    void *ctx;
    s32 param;
    bool enabled;
} emu_timer;

#define MAX_TIMERS 32

/* Timers are allocated while the machine starts, never later, so a save
   state can refer to them by index. */
emu_timer *timer_alloc(machine_t *m, timer_fn fn, void *ctx);
void timer_adjust(machine_t *m, emu_timer *t, emu_time delay, s32 param, emu_time period);
/* One-shot at the absolute time `at` (not before now). */
void timer_set_at(emu_timer *t, emu_time at, s32 param);
void timer_disable(emu_timer *t);

/* Current emulated time, including the running CPU's progress in its slice. */
emu_time machine_time(const machine_t *m);
/* Ends the running CPU's slice so others catch up (latch writes). */
void sched_sync(machine_t *m);
/* Shrinks the quantum to `quantum` for `duration` (e.g. after a sound
   command, so the two CPUs interleave finely for a while). */
void sched_boost(machine_t *m, emu_time quantum, emu_time duration);
void sched_run_until(machine_t *m, emu_time end);
/* For cpu_base.slice_end (sched.c): fires the timers due at the running
   CPU's present cycle, from inside its slice. */
void sched_fire_inside(machine_t *m);

#endif
