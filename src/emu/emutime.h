/* Emulated time: whole seconds plus attoseconds, integer only, so every run
   of the same inputs lands on exactly the same instants. */
#ifndef CABINET_EMUTIME_H
#define CABINET_EMUTIME_H

#include "util/types.h"

#define ATTO_PER_SEC UINT64_C(1000000000000000000)

typedef struct emu_time {
    u64 sec;
    u64 atto; /* 0 <= atto < ATTO_PER_SEC */
} emu_time;

#define ET_ZERO ((emu_time){ 0, 0 })
#define ET_NEVER ((emu_time){ UINT64_MAX, 0 })

static inline int et_cmp(emu_time a, emu_time b)
{
    if (a.sec != b.sec)
        return a.sec < b.sec ? -1 : 1;
    return a.atto < b.atto ? -1 : a.atto > b.atto;
}

static inline bool et_is_never(emu_time t)
{
    return t.sec == UINT64_MAX;
}

static inline emu_time et_min(emu_time a, emu_time b)
{
    return et_cmp(a, b) <= 0 ? a : b;
}

static inline emu_time et_max(emu_time a, emu_time b)
{
    return et_cmp(a, b) >= 0 ? a : b;
}

emu_time et_add(emu_time a, emu_time b);
emu_time et_sub(emu_time a, emu_time b); /* a >= b */
/* Exact time of the start of cycle number `cycles` of a clock (floor). */
emu_time et_from_cycles(u64 cycles, u64 hz);
/* Whole cycles of a clock elapsed by time t (floor). */
u64 et_to_cycles(emu_time t, u64 hz);
/* Exact ticks*num/den seconds (e.g. a frame of htotal*vtotal pixels). */
emu_time et_from_ratio(u64 num, u64 den);
emu_time et_from_usec(u64 usec);
u64 et_to_usec(emu_time t);

#endif
