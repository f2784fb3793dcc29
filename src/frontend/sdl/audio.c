#include "frontend/sdl/audio.h"

#include <stdlib.h>
#include <string.h>

#define DRC_MAX 0.005

int audio_open(audio_out *a, int in_rate, int out_rate, double frame_seconds)
{
    memset(a, 0, sizeof(*a));
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        return -1;
    SDL_AudioSpec want = { 0 }, have;
    want.freq = out_rate;
    want.format = AUDIO_S16SYS;
    want.channels = 2;
    want.samples = 512;
    a->dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
    if (!a->dev) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return -1;
    }
    a->in_rate = in_rate;
    a->out_rate = have.freq;
    a->ratio = 1.0;
    /* Two frames queued beyond the device's own buffer absorb host jitter. */
    a->target = 2.0 * frame_seconds;
    audio_prefill(a);
    SDL_PauseAudioDevice(a->dev, 0);
    return 0;
}

double audio_queued_seconds(const audio_out *a)
{
    return (double)SDL_GetQueuedAudioSize(a->dev) / (4.0 * a->out_rate);
}

static s16 *reserve(audio_out *a, size_t frames)
{
    if (frames * 2 > a->cap) {
        size_t cap = frames * 2 + 1024;
        s16 *nb = realloc(a->buf, cap * sizeof(s16));
        if (!nb)
            return NULL;
        a->buf = nb;
        a->cap = cap;
    }
    return a->buf;
}

/* Linear interpolation; positions count from the previous frame's last
   sample, so frames join without a click. */
static size_t resample(audio_out *a, const s16 *in, size_t n, double step)
{
    size_t max_out = (size_t)((double)n / step) + 2;
    s16 *out = reserve(a, max_out);
    if (!out)
        return 0;
    size_t k = 0;
    double t = a->phase;
    while (t < (double)n && k < max_out) {
        size_t i = (size_t)t;
        double f = t - (double)i;
        double x0 = i == 0 ? a->last : in[i - 1];
        s16 v = (s16)(x0 + ((double)in[i] - x0) * f);
        out[2 * k] = out[2 * k + 1] = v;
        k++;
        t += step;
    }
    a->phase = t - (double)n;
    if (a->phase < 0)
        a->phase = 0;
    a->last = in[n - 1];
    return k;
}

void audio_push(audio_out *a, const s16 *in, size_t n, double speed, bool drop_if_full)
{
    if (!a->dev || n == 0)
        return;
    double q = audio_queued_seconds(a);
    if (drop_if_full && q > a->target)
        return;
    double drc = DRC_MAX * (a->target - q) / a->target;
    if (drc > DRC_MAX)
        drc = DRC_MAX;
    if (drc < -DRC_MAX)
        drc = -DRC_MAX;
    a->ratio = 1.0 + drc;
    double step = (double)a->in_rate * speed / ((double)a->out_rate * a->ratio);
    size_t k = resample(a, in, n, step);
    SDL_QueueAudio(a->dev, a->buf, (Uint32)(k * 4));
}

void audio_wait(const audio_out *a, double max_wait)
{
    Uint64 start = SDL_GetPerformanceCounter();
    double freq = (double)SDL_GetPerformanceFrequency();
    while (audio_queued_seconds(a) > a->target) {
        if ((double)(SDL_GetPerformanceCounter() - start) / freq > max_wait)
            break;
        SDL_Delay(1);
    }
}

void audio_prefill(audio_out *a)
{
    double q = audio_queued_seconds(a);
    if (q >= a->target)
        return;
    size_t frames = (size_t)((a->target - q) * a->out_rate);
    s16 *buf = reserve(a, frames);
    if (!buf)
        return;
    memset(buf, 0, frames * 4);
    SDL_QueueAudio(a->dev, buf, (Uint32)(frames * 4));
}

void audio_close(audio_out *a)
{
    if (a->dev) {
        SDL_CloseAudioDevice(a->dev);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    free(a->buf);
    memset(a, 0, sizeof(*a));
}
