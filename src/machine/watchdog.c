#include "machine/watchdog.h"

#include "emu/machine.h"

void watchdog_init(watchdog_t *w, u16 limit)
{
    w->limit = limit;
    w->count = 0;
}

void watchdog_kick(watchdog_t *w)
{
    w->count = 0;
}

void watchdog_vblank(watchdog_t *w, machine_t *m)
{
    if (!w->limit || ++w->count < w->limit)
        return;
    w->count = 0;
    machine_logf(m, "watchdog: reset after %u VBLANKs without a kick", w->limit);
    machine_schedule_reset(m);
}

void watchdog_serialize(watchdog_t *w, state_io *io)
{
    st_u16(io, &w->count);
}
