#include "sound/dkong_dac.h"

#include "emu/machine.h"
#include "sound/filter.h"
#include "sound/stream.h"

#include <math.h>

static int dkong_dac_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    dkong_dac *s = d->self;
    s->dev = d;
    const dkong_dac_params *p = d->cfg ? d->cfg->params : NULL;
    s->gain = p ? p->route_gain : 1.0;
    d->sound_rate = d->machine->mix.out_rate;
    disc_rcdisc_init(&s->decay, RES_K(10), CAP_U(10), d->sound_rate);
    s->jr = p && p->jr;
    s->rs = p && p->radarscp;
    dkong_discrete_init(&s->circuits, (double)d->sound_rate, !s->jr);
    dkongjr_discrete_init(&s->jr_circuits, (double)d->sound_rate);
    radarscp_discrete_init(&s->rs_circuits, (double)d->sound_rate);
    return 0;
}

static void apply_reset(device_t *dev, u32 arg)
{
    (void)arg;
    dkong_dac *s = dev->self;
    s->value = 0;
    s->discharge = true;
    disc_rcdisc_enable(&s->decay, true);
}

/* MAME's latch8 resets to 0: P2 bit 7 low, so the decay runs from reset
   until the program raises it; the DAC latch itself keeps 0 */
static void dkong_dac_reset(device_t *d)
{
    dkong_dac *s = d->self;
    s->latch = 0;
    s->latch_discharge = s->latch_decay_on = true;
    device_stream_write(d, machine_time(d->machine), apply_reset, 0);
}

static bool *circuit_input(dkong_dac *s, int i)
{
    return s->rs ? &s->rs_circuits.on[i] : s->jr ? &s->jr_circuits.in[i] : &s->circuits.on[i];
}

static int circuit_inputs(const dkong_dac *s)
{
    return s->rs ? RS_LINES : s->jr ? DKJR_LINES : 3;
}

static void dkong_dac_serialize(device_t *d, state_io *io)
{
    dkong_dac *s = d->self;
    st_u8(io, &s->value);
    st_bool(io, &s->discharge);
    disc_rcdisc_serialize(&s->decay, io);
    if (s->jr)
        dkongjr_discrete_serialize(&s->jr_circuits, io);
    else if (s->rs)
        radarscp_discrete_serialize(&s->rs_circuits, io);
    else
        dkong_discrete_serialize(&s->circuits, io);
    if (io->loading) {
        s->latch = s->value;
        s->latch_discharge = s->discharge;
        s->latch_decay_on = s->decay.enable;
        for (int i = 0; i < circuit_inputs(s); i++)
            s->latch_line[i] = *circuit_input(s, i);
    }
}

static void dkong_dac_update(device_t *d, s32 *const *outs, int n)
{
    s32 *out = outs[0];
    dkong_dac *s = d->self;
    double volts = s->value * (5.0 / 256.0);
    /* one loop per board: the choice is not made again for each sample */
#define DKONG_DAC_LOOP(step, circuits)                                                             \
    for (int i = 0; i < n; i++) {                                                                  \
        u32 gain = s->discharge ? disc_rcdisc_step(&s->decay) : DISC_ONE;                          \
        double dac = volts * gain * (1.0 / DISC_ONE);                                              \
        double v = step(&s->circuits, dac) * s->gain;                                              \
        v = v < -2147483000.0 ? -2147483000.0 : v > 2147483000.0 ? 2147483000.0 : v;               \
        out[i] = (s32)lrint(v);                                                                    \
    }
    if (s->jr)
        DKONG_DAC_LOOP(dkongjr_discrete_step, jr_circuits)
    else if (s->rs)
        DKONG_DAC_LOOP(radarscp_discrete_step, rs_circuits)
    else
        DKONG_DAC_LOOP(dkong_discrete_step, circuits)
#undef DKONG_DAC_LOOP
}

static void apply_value(device_t *dev, u32 value)
{
    dkong_dac *s = dev->self;
    s->value = (u8)value;
}

void dkong_dac_write(dkong_dac *d, u8 value)
{
    if (value == d->latch)
        return;
    d->latch = value;
    device_stream_write(d->dev, machine_time(d->dev->machine), apply_value, value);
}

static void apply_discharge(device_t *dev, u32 discharge)
{
    dkong_dac *s = dev->self;
    s->discharge = discharge != 0;
    disc_rcdisc_enable(&s->decay, discharge != 0);
}

void dkong_dac_p2_bit7(dkong_dac *d, int state)
{
    bool discharge = !state;
    if (discharge == d->latch_discharge && d->latch_decay_on == discharge)
        return;
    d->latch_discharge = d->latch_decay_on = discharge;
    device_stream_write(d->dev, machine_time(d->dev->machine), apply_discharge, discharge);
}

/* As MAME's discrete inputs: a change acts from the sample after the one
   it falls in (the stream is brought to the end of that sample first). */
static emu_time past_sample(dkong_dac *d)
{
    emu_time now = machine_time(d->dev->machine);
    sound_stream *st = d->dev->stream;
    if (!st)
        return now;
    u64 n = et_to_cycles(now, st->rate);
    if (et_cmp(et_from_cycles(n, st->rate), now) < 0)
        n++;
    return et_add(et_from_cycles(n, st->rate), (emu_time){ 0, 1 });
}

static void apply_line(device_t *dev, u32 arg)
{
    *circuit_input(dev->self, (int)(arg >> 1)) = arg & 1;
}

void dkong_dac_sound_line(dkong_dac *d, int line, int state)
{
    int i = line;
    if (d->rs) {
        static const s8 index[8] = { RS_SOUND0, RS_SOUND1, RS_SOUND2, -1, -1, -1, RS_SOUND6, RS_SOUND7 };
        i = line >= 0 && line < 8 ? index[line] : -1;
    }
    if (i < 0 || i >= circuit_inputs(d) || d->latch_line[i] == (state != 0))
        return;
    d->latch_line[i] = state != 0;
    device_stream_write(d->dev, past_sample(d), apply_line, (u32)i << 1 | (state != 0));
}

const device_type dkong_dac_device = {
    .name = "Discrete Sound",
    .shortname = "discrete",
    .state_size = sizeof(dkong_dac),
    .start = dkong_dac_start,
    .reset = dkong_dac_reset,
    .serialize = dkong_dac_serialize,
    .sound_update = dkong_dac_update,
    .sound_async = true,
};
