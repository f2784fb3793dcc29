#include "sound/dac.h"

#include "emu/machine.h"

static int dac_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    dac_t *s = d->self;
    s->dev = d;
    d->sound_rate = d->machine->mix.out_rate; /* no clock of its own, as MAME's DACs */
    return 0;
}

static void dac_reset(device_t *d)
{
    dac_t *s = d->self;
    device_stream_update(d);
    s->value = 0x80;
}

static void dac_serialize(device_t *d, state_io *io)
{
    dac_t *s = d->self;
    st_u8(io, &s->value);
}

static void dac_update(device_t *d, s32 *const *outs, int n)
{
    s32 *out = outs[0];
    const dac_t *s = d->self;
    s32 level = ((s32)s->value - 0x80) * 128;
    for (int i = 0; i < n; i++)
        out[i] = level;
}

void dac_write(dac_t *d, u8 value)
{
    if (value == d->value)
        return;
    device_stream_update(d->dev);
    d->value = value;
}

const device_type dac_device = {
    .name = "8-bit DAC",
    .shortname = "dac",
    .state_size = sizeof(dac_t),
    .start = dac_start,
    .reset = dac_reset,
    .serialize = dac_serialize,
    .sound_update = dac_update,
};

/* The same DAC under MAME's name for the MC1408 (Williams sound boards). */
const device_type mc1408_dac_device = {
    .name = "MC1408 DAC",
    .shortname = "mc1408",
    .state_size = sizeof(dac_t),
    .start = dac_start,
    .reset = dac_reset,
    .serialize = dac_serialize,
    .sound_update = dac_update,
};
