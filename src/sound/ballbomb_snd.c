#include "sound/ballbomb_snd.h"

#include "emu/machine.h"

#define MUSIC_CLOCK (3993.6 * 8)
#define TTL_HIGH 3.4

static const disc_dac_r1_desc music_dac = { 3, { 0, 47e3, 12e3 }, 0, 0, 0, 0.1e-6 };

static int ballbomb_snd_start(device_t *d, char *err, size_t errlen)
{
    (void)err, (void)errlen;
    ballbomb_snd *s = d->self;
    s->dev = d;
    d->sound_rate = d->machine->mix.out_rate;
    return 0;
}

static void ballbomb_snd_reset(device_t *d)
{
    ballbomb_snd *s = d->self;
    device_stream_update(d);
    s->data = 0;
    disc_note_init(&s->note, MUSIC_CLOCK, 0, 255, 5, d->sound_rate);
    disc_dac_r1_init(&s->dac, &music_dac, TTL_HIGH, d->sound_rate);
    disc_crfilter_init(&s->out, 10e3, 0.1e-6, d->sound_rate);
}

static void ballbomb_snd_update(device_t *d, s32 *const *outs, int n)
{
    ballbomb_snd *s = d->self;
    for (int i = 0; i < n; i++) {
        int count = disc_note_step(&s->note, s->data);
        /* the 7492's outputs skip 3: 0 1 2 4 5 6 */
        double v = disc_dac_r1_step(&s->dac, count + (count > 2));
        outs[0][i] = (s32)(disc_crfilter_step(&s->out, v) * 21000);
    }
}

void ballbomb_snd_w(ballbomb_snd *s, u8 data)
{
    data |= 0x80;
    if (data == s->data)
        return;
    device_stream_update(s->dev);
    s->data = data;
}

static void ballbomb_snd_serialize(device_t *d, state_io *io)
{
    ballbomb_snd *s = d->self;
    st_u8(io, &s->data);
    disc_note_serialize(&s->note, io);
    disc_dac_r1_serialize(&s->dac, io);
    disc_crfilter_serialize(&s->out, io);
    if (!(s->out.vc >= -5 && s->out.vc <= 5)) /* a hostile state: the DAC reaches 3.4 V */
        s->out.vc = 0;
}

const device_type ballbomb_snd_device = {
    .name = "Discrete Sound",
    .shortname = "discrete",
    .state_size = sizeof(ballbomb_snd),
    .start = ballbomb_snd_start,
    .reset = ballbomb_snd_reset,
    .serialize = ballbomb_snd_serialize,
    .sound_update = ballbomb_snd_update,
};
