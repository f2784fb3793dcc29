#include "sound/cclimber_snd.h"

#include <stdio.h>

#include "emu/machine.h"

#define SAMPLE_CLOCKDIV 2

static void snd_set_gain(cclimber_snd_t *s)
{
    mixer_route *r = machine_sound_route(s->dev->machine, s->dev->tag, 0);
    if (!r)
        return;
    u32 g = (s->route_gain * (u32)s->volume + 15) / 31;
    sound_route_set_gain(s->dev->machine, r, (u16)g);
}

static void snd_tick(machine_t *m, void *ctx, s32 param)
{
    (void)param;
    cclimber_snd_t *s = ctx;
    u8 data = s->rom[(s->address >> 1) & 0x1fff];
    u8 v = (s->address & 1) ? (data & 0x0f) : (data >> 4);
    if (v != s->value) {
        device_stream_update(s->dev);
        s->value = v;
    }
    if (s->trigger)
        s->address = (s->address + 1) & 0xffff;
    if (data == 0x70) /* end marker: continue from the loop point */
        s->address = s->loop * 64u;
    timer_adjust(m, s->timer, et_from_cycles(256u - s->rate, s->dev->clock / SAMPLE_CLOCKDIV), 0, (emu_time){ 0 });
}

static int snd_start(device_t *d, char *err, size_t errlen)
{
    cclimber_snd_t *s = d->self;
    const cclimber_snd_params *p = d->cfg->params;
    mem_region *r = machine_region(d->machine, p && p->region ? p->region : "samples");
    if (!r || r->size < 0x2000) {
        snprintf(err, errlen, "%s: sample ROM region missing or short", d->tag);
        return -1;
    }
    s->dev = d;
    s->rom = r->data;
    s->route_gain = d->cfg->routes ? d->cfg->routes[0].gain : 256;
    s->timer = timer_alloc(d->machine, snd_tick, s);
    if (!s->timer) {
        snprintf(err, errlen, "%s: no timer", d->tag);
        return -1;
    }
    s->address = s->start = s->loop = s->rate = s->trigger = s->value = s->volume = 0;
    timer_adjust(d->machine, s->timer, (emu_time){ 0 }, 0, (emu_time){ 0 });
    d->sound_rate = d->machine->mix.out_rate;
    return 0;
}

static void snd_update(device_t *d, s32 *const *outs, int n)
{
    const cclimber_snd_t *s = d->self;
    s32 level = ((s32)s->value - 8) * 4096; /* MAME 0.251: (nibble - 8) / 8 of full scale */
    for (int i = 0; i < n; i++)
        outs[0][i] = level;
}

static void snd_serialize(device_t *d, state_io *io)
{
    cclimber_snd_t *s = d->self;
    st_u32(io, &s->address);
    st_u8(io, &s->start);
    st_u8(io, &s->loop);
    st_u8(io, &s->rate);
    st_u8(io, &s->trigger);
    st_u8(io, &s->volume);
    st_u8(io, &s->value);
    st_check(io, s->value < 16 && s->trigger <= 1 && s->volume < 32);
    if (io->loading && !io->error)
        snd_set_gain(s);
}

/* The volume stage's gain is the route's (0 until the CPU sets a volume). */
static void snd_reset(device_t *d)
{
    snd_set_gain(d->self);
}

void cclimber_snd_start_w(cclimber_snd_t *s, u8 data)
{
    s->start = data;
}

void cclimber_snd_loop_w(cclimber_snd_t *s, u8 data)
{
    s->loop = data;
}

void cclimber_snd_trigger(cclimber_snd_t *s, int state)
{
    if (state && !s->trigger)
        s->address = s->start * 64u;
    s->trigger = state ? 1 : 0;
}

void cclimber_snd_rate_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    ((cclimber_snd_t *)ctx)->rate = data;
}

void cclimber_snd_volume_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    cclimber_snd_t *s = ctx;
    s->volume = data & 0x1f;
    snd_set_gain(s);
}

const device_type cclimber_snd_device = {
    .name = "Crazy Climber Sound Board",
    .shortname = "cclimber_audio",
    .state_size = sizeof(cclimber_snd_t),
    .start = snd_start,
    .reset = snd_reset,
    .serialize = snd_serialize,
    .sound_update = snd_update,
    .outputs = 1,
};
