#include "sound/dac.h"

#include "emu/machine.h"
#include "sound/stream.h"

#include <string.h>

static int dac_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    dac_t *s = d->self;
    s->dev = d;
    d->sound_rate = d->machine->mix.out_rate; /* no clock of its own, as MAME's DACs */
    return 0;
}

/* The queue dropped: its writes take effect from samples not rendered yet
   (after the stream caught up with now, all of them at the next one). */
static void dac_settle(dac_t *s, u8 value)
{
    s->value = s->out = value;
    s->queued = 0;
}

static void dac_reset(device_t *d)
{
    dac_t *s = d->self;
    device_stream_update(d);
    dac_settle(s, 0x80);
}

static void dac_serialize(device_t *d, state_io *io)
{
    dac_t *s = d->self;
    if (!io->loading)
        device_stream_update(d); /* what is left in the queue takes effect at the next sample */
    st_u8(io, &s->value);
    dac_settle(s, s->value);
}

static void fill(s32 *out, int from, int to, u8 value)
{
    s32 level = ((s32)value - 0x80) * 128;
    for (int i = from; i < to; i++)
        out[i] = level;
}

static void dac_update(device_t *d, s32 *const *outs, int n)
{
    s32 *out = outs[0];
    dac_t *s = d->self;
    const u64 first = d->stream->generated; /* the sample out[0] is */
    int i = 0, done = 0;
    for (; done < s->queued && s->at[done] < first + (u64)n; done++) {
        int to = (int)(s->at[done] - first);
        fill(out, i, to, s->out);
        i = to > i ? to : i;
        s->out = s->val[done];
    }
    fill(out, i, n, s->out);
    s->queued -= done;
    memmove(s->at, s->at + done, (size_t)s->queued * sizeof(s->at[0]));
    memmove(s->val, s->val + done, (size_t)s->queued);
}

void dac_write(dac_t *d, u8 value)
{
    if (value == d->value)
        return;
    const sound_stream *st = d->dev->stream;
    if (!st) {
        dac_settle(d, value);
        return;
    }
    if (d->queued == DAC_QUEUE)
        device_stream_update(d->dev);
    u64 at = et_to_cycles(machine_time(d->dev->machine), st->rate);
    if (d->queued == DAC_QUEUE) /* all of them at this very sample */
        d->queued = 0;
    d->at[d->queued] = at;
    d->val[d->queued++] = value;
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
