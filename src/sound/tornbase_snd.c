#include "sound/tornbase_snd.h"

#include "emu/machine.h"

static const double tone_hz[3] = { 240, 960, 120 };

static int tornbase_snd_start(device_t *d, char *err, size_t errlen)
{
    (void)err, (void)errlen;
    tornbase_snd *s = d->self;
    s->dev = d;
    d->sound_rate = d->machine->mix.out_rate;
    return 0;
}

static void tornbase_snd_reset(device_t *d)
{
    tornbase_snd *s = d->self;
    device_stream_update(d);
    for (int i = 0; i < 3; i++)
        disc_squarewfix_init(&s->wave[i], tone_hz[i], 50, 0, d->sound_rate);
    disc_crfilter_init(&s->out, 47e3, 0.047e-6, d->sound_rate);
    s->enables = 0;
}

/* The tied NAND outputs: high unless an enabled wave is high. */
static double gates(tornbase_snd *s)
{
    bool low = false;
    for (int i = 0; i < 3; i++)
        low |= disc_squarewfix_step(&s->wave[i]) && (s->enables >> i & 1);
    return low ? 0.0 : 1.0;
}

static void tornbase_snd_update(device_t *d, s32 *const *outs, int n)
{
    tornbase_snd *s = d->self;
    for (int i = 0; i < n; i++)
        outs[0][i] = (s32)(disc_crfilter_step(&s->out, gates(s)) * 32767);
}

void tornbase_snd_w(tornbase_snd *s, u8 data)
{
    if ((data & 7) == s->enables)
        return;
    device_stream_update(s->dev);
    s->enables = data & 7;
}

static void tornbase_snd_serialize(device_t *d, state_io *io)
{
    tornbase_snd *s = d->self;
    st_u8(io, &s->enables);
    s->enables &= 7;
    for (int i = 0; i < 3; i++)
        disc_squarewfix_serialize(&s->wave[i], io);
    disc_crfilter_serialize(&s->out, io);
    if (!(s->out.vc >= -2 && s->out.vc <= 2)) /* a hostile state: the capacitor holds 0-1 V */
        s->out.vc = 0;
}

const device_type tornbase_snd_device = {
    .name = "Discrete Sound",
    .shortname = "discrete",
    .state_size = sizeof(tornbase_snd),
    .start = tornbase_snd_start,
    .reset = tornbase_snd_reset,
    .serialize = tornbase_snd_serialize,
    .sound_update = tornbase_snd_update,
};
