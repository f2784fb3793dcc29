#include "sound/samples.h"

#include <stdio.h>

#include "emu/machine.h"

static int samples_dev_start(device_t *d, char *err, size_t errlen)
{
    samples_t *s = d->self;
    const samples_params *p = d->cfg->params;
    if (!p || p->count < 0 || (p->count > 0 && !p->names) || p->channels < 1 ||
        p->channels > SAMPLES_MAX_CHANNELS) {
        snprintf(err, errlen, "%s: samples need names and 1 to %d channels", d->tag, SAMPLES_MAX_CHANNELS);
        return -1;
    }
    s->dev = d;
    s->params = p;
    s->channels = p->channels;
    d->sound_rate = d->machine->mix.out_rate; /* no clock of its own */
    return 0;
}

static void samples_dev_reset(device_t *d)
{
    samples_t *s = d->self;
    device_stream_update(d);
    for (int i = 0; i < s->channels; i++)
        s->ch[i] = (samples_channel){ .volume = 256 };
}

static void samples_dev_serialize(device_t *d, state_io *io)
{
    samples_t *s = d->self;
    for (int i = 0; i < s->channels; i++) {
        samples_channel *c = &s->ch[i];
        st_bool(io, &c->playing);
        st_bool(io, &c->loop);
        st_int(io, &c->sample);
        st_u32(io, &c->pos);
        st_u32(io, &c->frac);
        st_u16(io, &c->volume);
        st_check(io, c->frac < d->sound_rate); /* the phase between two frames */
    }
}

/* The sample a channel plays, or NULL when there is nothing to play. */
static const sample_data *channel_sample(const samples_t *s, const samples_channel *c)
{
    if (!c->playing || !s->bank || c->sample < 0 || c->sample >= s->bank->count)
        return NULL;
    const sample_data *sd = &s->bank->samples[c->sample];
    return sd->frames && sd->data && sd->rate ? sd : NULL;
}

/* Linear interpolation between frame pos and the next one (the first
   again when looping; the last held at the end), phase frac / rate. */
static void mix_channel(samples_t *s, samples_channel *c, s32 *out, int n, u32 rate)
{
    const sample_data *sd = channel_sample(s, c);
    if (!sd) {
        c->playing = false;
        return;
    }
    for (int i = 0; i < n; i++) {
        if (c->pos >= sd->frames) {
            if (!c->loop) {
                c->playing = false;
                return;
            }
            c->pos %= sd->frames;
        }
        s32 a = sd->data[c->pos];
        s32 b = c->pos + 1 < sd->frames ? sd->data[c->pos + 1] : c->loop ? sd->data[0] : a;
        s64 v = a + ((s64)(b - a) * c->frac) / rate;
        out[i] += (s32)(v * c->volume / 256);
        c->frac += sd->rate;
        while (c->frac >= rate) {
            c->frac -= rate;
            c->pos++;
        }
    }
    if (c->pos >= sd->frames) {
        if (c->loop)
            c->pos %= sd->frames;
        else
            c->playing = false;
    }
}

static void samples_dev_update(device_t *d, s32 *const *outs, int n)
{
    s32 *out = outs[0];
    samples_t *s = d->self;
    for (int i = 0; i < n; i++)
        out[i] = 0;
    for (int ch = 0; ch < s->channels; ch++)
        if (s->ch[ch].playing)
            mix_channel(s, &s->ch[ch], out, n, d->sound_rate);
}

void samples_start(samples_t *s, int channel, int index, bool loop)
{
    if (channel < 0 || channel >= s->channels || index < 0 || index >= s->params->count)
        return;
    device_stream_update(s->dev);
    samples_channel *c = &s->ch[channel];
    c->playing = true;
    c->loop = loop;
    c->sample = index;
    c->pos = 0;
    c->frac = 0;
}

void samples_stop(samples_t *s, int channel)
{
    if (channel < 0 || channel >= s->channels)
        return;
    device_stream_update(s->dev);
    s->ch[channel].playing = false;
}

bool samples_playing(samples_t *s, int channel)
{
    if (channel < 0 || channel >= s->channels)
        return false;
    device_stream_update(s->dev);
    /* A missing sample has finished at once, as MAME's empty sample does. */
    return s->ch[channel].playing && channel_sample(s, &s->ch[channel]);
}

void samples_set_volume(samples_t *s, int channel, u16 volume)
{
    if (channel < 0 || channel >= s->channels || s->ch[channel].volume == volume)
        return;
    device_stream_update(s->dev);
    s->ch[channel].volume = volume;
}

void samples_attach(device_t *d, const sample_bank *bank)
{
    if (!d || d->type != &samples_device || !d->self)
        return;
    samples_t *s = d->self;
    device_stream_update(d);
    s->bank = bank;
}

const samples_params *samples_config_params(const device_config *dc)
{
    return dc && dc->type == &samples_device ? dc->params : NULL;
}

const device_type samples_device = {
    .name = "Samples",
    .shortname = "samples",
    .state_size = sizeof(samples_t),
    .start = samples_dev_start,
    .reset = samples_dev_reset,
    .serialize = samples_dev_serialize,
    .sound_update = samples_dev_update,
};
