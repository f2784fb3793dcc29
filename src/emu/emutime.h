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
/* Whole cycles of a clock elapsed by time t (floor); _wide is the 128-bit
   division, for clocks above 2^33 Hz (and ET_NEVER: UINT64_MAX). */
u64 et_to_cycles_wide(emu_time t, u64 hz);
static inline u64 et_to_cycles(emu_time t, u64 hz)
{
    if (hz > UINT64_C(1) << 33 || et_is_never(t))
        return et_to_cycles_wide(t, hz);
    /* floor(x / 10^18) for x = atto * hz < 2^93 by multiplying: with
       R = floor(2^123 / 10^18), floor(x * R / 2^123) is the quotient or
       one less (x / 2^123 < 2^-30), and the remainder then is below
       2 * 10^18, so 64-bit arithmetic modulo 2^64 gives it exactly */
    const u64 r123 = UINT64_C(10633823966279326983);
    unsigned __int128 x = (unsigned __int128)t.atto * hz;
    u64 xl = (u64)x;
    unsigned __int128 s = (x >> 64) * r123 + (((unsigned __int128)xl * r123) >> 64);
    u64 q = (u64)(s >> 59);
    q += xl - q * ATTO_PER_SEC >= ATTO_PER_SEC;
    return t.sec * hz + q;
}
/* Exact ticks*num/den seconds (e.g. a frame of htotal*vtotal pixels). */
emu_time et_from_ratio(u64 num, u64 den);
/* A clock whose conversions from cycles to time divide by multiplying
   (Granlund and Montgomery's method: for 2 <= hz, n / hz is
   (t + ((n - t) >> 1)) >> shift with t the high half of n * magic):
   et_clock_time gives exactly et_from_cycles(cycles, hz). */
typedef struct et_clock {
    u64 hz;
    u64 q, s;      /* 10^18 = q * hz + s */
    u64 magic;
    u8 shift;
    bool fast;     /* 2 <= hz <= 2^32 (otherwise et_from_ratio) */
} et_clock;
void et_clock_init(et_clock *c, u64 hz);
static inline u64 et_clock_div(const et_clock *c, u64 n)
{
    u64 t = (u64)(((unsigned __int128)n * c->magic) >> 64);
    return (t + ((n - t) >> 1)) >> c->shift;
}
static inline emu_time et_clock_time(const et_clock *c, u64 cycles)
{
    if (!c->fast)
        return et_from_ratio(cycles, c->hz);
    u64 sec = et_clock_div(c, cycles), rem = cycles - sec * c->hz;
    /* rem * s < hz^2 <= 2^64 */
    return (emu_time){ sec, rem * c->q + et_clock_div(c, rem * c->s) };
}
emu_time et_from_usec(u64 usec);
u64 et_to_usec(emu_time t);

#endif
