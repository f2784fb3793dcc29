#include "machine/gen_latch.h"

#include <stdio.h>

#include "emu/machine.h"

static void set_pending(gen_latch_t *l, bool on)
{
    if (l->pending == on)
        return;
    l->pending = on;
    if (l->p && l->p->pending)
        l->p->pending(l->drv, on);
}

static void land(gen_latch_t *l, u8 data)
{
    if (l->pending && l->value != data)
        machine_logf(l->m, "gen_latch: %02X overwritten by %02X before it was read", l->value, data);
    l->value = data;
    l->writes++;
    set_pending(l, true);
}

static void sync_done(machine_t *m, void *ctx, s32 param)
{
    (void)m;
    land(ctx, (u8)param);
}

void gen_latch_write(gen_latch_t *l, u8 data)
{
    machine_t *m = l->m;
    /* a second write before the first landed (same instant): land the first */
    if (l->sync->enabled) {
        timer_disable(l->sync);
        land(l, (u8)l->sync->param);
    }
    timer_adjust(m, l->sync, ET_ZERO, data, ET_ZERO);
    sched_sync(m);
    if (l->p && l->p->boost_hz && l->p->boost_us)
        sched_boost(m, et_from_ratio(1, l->p->boost_hz), et_from_ratio(l->p->boost_us, 1000000));
}

u8 gen_latch_read(gen_latch_t *l)
{
    if (!l->p || !l->p->separate_ack)
        set_pending(l, false);
    return l->value;
}

void gen_latch_acknowledge(gen_latch_t *l)
{
    set_pending(l, false);
}

void gen_latch_clear_value(gen_latch_t *l)
{
    l->value = 0x00;
}

void gen_latch_preset_value(gen_latch_t *l, u8 data)
{
    l->value = data;
}

void gen_latch_w(void *latch, offs_t offset, u8 data)
{
    (void)offset;
    gen_latch_write(latch, data);
}

u8 gen_latch_r(void *latch, offs_t offset)
{
    (void)offset;
    return gen_latch_read(latch);
}

u8 gen_latch_ack_r(void *latch, offs_t offset)
{
    (void)offset;
    gen_latch_acknowledge(latch);
    return 0xff;
}

void gen_latch_ack_w(void *latch, offs_t offset, u8 data)
{
    (void)offset;
    (void)data;
    gen_latch_acknowledge(latch);
}

static int gen_latch_start(device_t *d, char *err, size_t errlen)
{
    gen_latch_t *l = d->self;
    l->p = d->cfg->params;
    l->m = d->machine;
    l->drv = d->machine->drv;
    l->sync = timer_alloc(d->machine, sync_done, l);
    if (!l->sync) {
        snprintf(err, errlen, "%s: no timer left", d->tag);
        return -1;
    }
    return 0;
}

static void gen_latch_reset(device_t *d)
{
    gen_latch_t *l = d->self;
    timer_disable(l->sync);
    set_pending(l, false);
}

static void gen_latch_serialize(device_t *d, state_io *io)
{
    gen_latch_t *l = d->self;
    st_u8(io, &l->value);
    st_bool(io, &l->pending);
    st_u32(io, &l->writes);
}

const device_type gen_latch_device = {
    .name = "Generic 8-bit latch",
    .shortname = "generic_latch_8",
    .state_size = sizeof(gen_latch_t),
    .start = gen_latch_start,
    .reset = gen_latch_reset,
    .serialize = gen_latch_serialize,
};
