#include "sound/stream.h"

#include <stdlib.h>
#include <string.h>

sound_stream *stream_create(device_t *dev, u32 rate, u16 gain)
{
    sound_stream *st = calloc(1, sizeof(*st));
    if (!st)
        return NULL;
    st->dev = dev;
    st->rate = rate;
    st->gain = gain;
    return st;
}

void stream_destroy(sound_stream *st)
{
    if (st)
        free(st->buf);
    free(st);
}

static bool stream_reserve(sound_stream *st, size_t len)
{
    if (len <= st->cap)
        return true;
    size_t cap = st->cap ? st->cap : 4096;
    while (cap < len)
        cap *= 2;
    s32 *nb = realloc(st->buf, cap * sizeof(s32));
    if (!nb)
        return false;
    st->buf = nb;
    st->cap = cap;
    return true;
}

void stream_update(sound_stream *st, emu_time now)
{
    u64 target = et_to_cycles(now, st->rate);
    if (target <= st->generated)
        return;
    size_t have = (size_t)(st->generated - st->base);
    size_t n = (size_t)(target - st->generated);
    if (!stream_reserve(st, have + n))
        return;
    st->dev->type->sound_update(st->dev, st->buf + have, (int)n);
    st->generated = target;
}

/* Drops input samples no later output sample needs. */
static void stream_consume(sound_stream *st, u64 upto)
{
    if (upto <= st->base)
        return;
    if (upto > st->generated)
        upto = st->generated;
    size_t drop = (size_t)(upto - st->base), keep = (size_t)(st->generated - upto);
    memmove(st->buf, st->buf + drop, keep * sizeof(s32));
    st->base = upto;
}

/* Output sample k covers input samples [k*in/out, (k+1)*in/out): their
   average when downsampling, the nearest earlier one when upsampling. */
static s32 stream_sample_at(const sound_stream *st, u64 k, u32 out_rate)
{
    u64 a = k * st->rate / out_rate, b = (k + 1) * st->rate / out_rate;
    if (b <= a)
        b = a + 1;
    if (b > st->generated)
        b = st->generated;
    if (a < st->base || a >= b)
        return 0;
    s64 sum = 0;
    for (u64 i = a; i < b; i++)
        sum += st->buf[i - st->base];
    return (s32)(sum / (s64)(b - a));
}

int mixer_run(mixer *mx, sound_stream *const *streams, int count, emu_time now)
{
    u64 target = et_to_cycles(now, mx->out_rate);
    size_t n = target > mx->out_done ? (size_t)(target - mx->out_done) : 0;
    if (n > mx->out_cap) {
        s16 *nb = realloc(mx->out, n * sizeof(s16));
        if (!nb)
            return -1;
        mx->out = nb;
        mx->out_cap = n;
    }
    for (int s = 0; s < count; s++)
        stream_update(streams[s], now);
    for (size_t i = 0; i < n; i++) {
        s64 acc = 0;
        for (int s = 0; s < count; s++)
            acc += (s64)stream_sample_at(streams[s], mx->out_done + i, mx->out_rate) * streams[s]->gain >> 8;
        mx->out[i] = (s16)(acc > 32767 ? 32767 : acc < -32768 ? -32768 : acc);
    }
    mx->out_done = target;
    mx->out_len = n;
    for (int s = 0; s < count; s++)
        stream_consume(streams[s], target * streams[s]->rate / mx->out_rate);
    return (int)n;
}

void mixer_free(mixer *mx)
{
    free(mx->out);
    memset(mx, 0, sizeof(*mx));
}
