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
    u64 rem = num % den;
    if (den <= UINT32_MAX) {
        /* rem * 10^18 / den without 128-bit division: with 10^18 = q * den + s,
           it is rem * q + rem * s / den, and rem * s < den^2 fits 64 bits */
        u64 q = ATTO_PER_SEC / den, s = ATTO_PER_SEC % den;
        r.atto = rem * q + rem * s / den;
    } else
        r.atto = (u64)(((u128)rem * ATTO_PER_SEC) / den);
    return r;
}

void et_clock_init(et_clock *c, u64 hz)
{
    *c = (et_clock){ .hz = hz, .fast = hz >= 2 && hz <= UINT32_MAX };
    if (!c->fast)
        return;
    c->q = ATTO_PER_SEC / hz;
    c->s = ATTO_PER_SEC % hz;
    int l = 64 - __builtin_clzll(hz - 1); /* ceil(log2 hz), 1..32 */
    c->magic = (u64)((((u128)1 << l) - hz) * ((u128)1 << 64) / hz + 1);
    c->shift = (u8)(l - 1);
}

emu_time et_from_cycles(u64 cycles, u64 hz)
{
    return et_from_ratio(cycles, hz);
}

u64 et_to_cycles_wide(emu_time t, u64 hz)
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
