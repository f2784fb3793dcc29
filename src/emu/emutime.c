#include "emu/emutime.h"

typedef unsigned __int128 u128;

emu_time et_add(emu_time a, emu_time b)
{
    if (et_is_never(a) || et_is_never(b))
        return ET_NEVER;
    emu_time r = { a.sec + b.sec, a.atto + b.atto };
    if (r.atto >= ATTO_PER_SEC) {
        r.atto -= ATTO_PER_SEC;
        r.sec++;
    }
    return r;
}

emu_time et_sub(emu_time a, emu_time b)
{
    if (et_cmp(a, b) <= 0)
        return ET_ZERO;
    emu_time r = { a.sec - b.sec, 0 };
    if (a.atto >= b.atto) {
        r.atto = a.atto - b.atto;
    } else {
        r.atto = a.atto + ATTO_PER_SEC - b.atto;
        r.sec--;
    }
    return r;
}

emu_time et_from_ratio(u64 num, u64 den)
{
    if (den == 0)
        return ET_NEVER;
    emu_time r = { num / den, 0 };
    r.atto = (u64)(((u128)(num % den) * ATTO_PER_SEC) / den);
    return r;
}

emu_time et_from_cycles(u64 cycles, u64 hz)
{
    return et_from_ratio(cycles, hz);
}

u64 et_to_cycles(emu_time t, u64 hz)
{
    if (et_is_never(t))
        return UINT64_MAX;
    return t.sec * hz + (u64)(((u128)t.atto * hz) / ATTO_PER_SEC);
}

emu_time et_from_usec(u64 usec)
{
    return et_from_ratio(usec, 1000000);
}

u64 et_to_usec(emu_time t)
{
    return et_to_cycles(t, 1000000);
}
