#include "machine/watchdog.h"

#include <stdio.h>

#include "emu/machine.h"

void watchdog_init(watchdog_t *w, u16 limit)
{
    w->limit = limit;
    w->count = 0;
}

static void restart_timer(watchdog_t *w)
{
    if (w->timer && !w->disabled)
        timer_adjust(w->m, w->timer, w->period, 0, ET_ZERO);
}

void watchdog_kick(watchdog_t *w)
{
    w->count = 0;
    restart_timer(w);
}

void watchdog_enable(watchdog_t *w, bool on)
{
    if (w->disabled == !on)
        return;
    w->disabled = !on;
    w->count = 0;
    if (w->timer && w->disabled)
        timer_disable(w->timer);
    restart_timer(w);
}

static void fire(watchdog_t *w, machine_t *m, const char *why)
{
    w->count = 0;
    w->fired++;
    machine_logf(m, "watchdog: reset after %s without a kick", why);
    machine_schedule_reset(m);
}

void watchdog_vblank(watchdog_t *w, machine_t *m)
{
    if (w->disabled || !w->limit || ++w->count < w->limit)
        return;
    char why[32];
    snprintf(why, sizeof(why), "%u VBLANKs", w->limit);
    fire(w, m, why);
}

void watchdog_serialize(watchdog_t *w, state_io *io)
{
    st_u16(io, &w->count);
}

void watchdog_reset_w(void *wd, offs_t offset, u8 data)
{
    (void)offset;
    (void)data;
    watchdog_kick(wd);
}

u8 watchdog_reset_r(void *wd, offs_t offset)
{
    (void)offset;
    watchdog_kick(wd);
    return 0xff;
}

static void watchdog_timeout(machine_t *m, void *ctx, s32 param)
{
    (void)param;
    watchdog_t *w = ctx;
    fire(w, m, "its period");
}

static int watchdog_start(device_t *d, char *err, size_t errlen)
{
    watchdog_t *w = d->self;
    const watchdog_params *p = d->cfg->params;
    w->m = d->machine;
    w->limit = p ? p->vblanks : 0;
    if (p && p->time_us) {
        w->period = et_from_ratio(p->time_us, 1000000);
        w->timer = timer_alloc(d->machine, watchdog_timeout, w);
        if (!w->timer) {
            snprintf(err, errlen, "%s: no timer left", d->tag);
            return -1;
        }
    }
    return 0;
}

static void watchdog_dev_reset(device_t *d)
{
    watchdog_t *w = d->self;
    w->count = 0;
    w->disabled = false;
    restart_timer(w);
}

static void watchdog_dev_vblank(device_t *d, int state)
{
    if (state)
        watchdog_vblank(d->self, d->machine);
}

static void watchdog_dev_serialize(device_t *d, state_io *io)
{
    watchdog_t *w = d->self;
    st_u16(io, &w->count);
    st_bool(io, &w->disabled);
    st_u32(io, &w->fired);
}

const device_type watchdog_device = {
    .name = "Watchdog Timer",
    .shortname = "watchdog",
    .state_size = sizeof(watchdog_t),
    .start = watchdog_start,
    .reset = watchdog_dev_reset,
    .serialize = watchdog_dev_serialize,
    .vblank = watchdog_dev_vblank,
};
