#include "frontend/sdl/audio.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifdef CABINET_HAVE_MIXER
#include <SDL_mixer.h>
#endif

#define DRC_MAX 0.005
#define RING_MASK (AUDIO_RING_FRAMES - 1)

static u32 ring_fill(const audio_out *a)
{
    return (u32)SDL_AtomicGet((SDL_atomic_t *)&a->wpos) - (u32)SDL_AtomicGet((SDL_atomic_t *)&a->rpos);
}

/* Producer side (the frame loop): stereo frames into the ring; what does
   not fit is dropped. */
static void ring_write(audio_out *a, const s16 *frames, size_t n)
{
    u32 room = AUDIO_RING_FRAMES - ring_fill(a);
    if (n > room)
        n = room;
    u32 w = (u32)SDL_AtomicGet(&a->wpos);
    for (size_t i = 0; i < n; i++) {
        u32 at = (w + (u32)i) & RING_MASK;
        a->ring[2 * at] = frames ? frames[2 * i] : 0;
        a->ring[2 * at + 1] = frames ? frames[2 * i + 1] : 0;
    }
    SDL_AtomicSet(&a->wpos, (int)(w + (u32)n));
}

#ifdef CABINET_HAVE_MIXER
/* Consumer side (SDL's audio thread): SDL2_mixer asks for len bytes of
   S16 stereo; an empty ring plays silence. */
static void music_hook(void *udata, Uint8 *stream, int len)
{
    audio_out *a = udata;
    s16 *out = (s16 *)(void *)stream;
    u32 want = (u32)len / 4, r = (u32)SDL_AtomicGet(&a->rpos);
    u32 have = (u32)SDL_AtomicGet(&a->wpos) - r;
    u32 n = have < want ? have : want;
    for (u32 i = 0; i < n; i++) {
        u32 at = (r + i) & RING_MASK;
        out[2 * i] = a->ring[2 * at];
        out[2 * i + 1] = a->ring[2 * at + 1];
    }
    memset(out + 2 * n, 0, (size_t)(want - n) * 4);
    SDL_AtomicSet(&a->rpos, (int)(r + n));
}

static int mixer_open(audio_out *a, int out_rate)
{
    if (Mix_OpenAudio(out_rate, AUDIO_S16SYS, 2, 512) != 0)
        return -1;
    int freq, channels;
    Uint16 format;
    a->ring = calloc(AUDIO_RING_FRAMES * 2, sizeof(s16));
    if (!Mix_QuerySpec(&freq, &format, &channels) || format != AUDIO_S16SYS || channels != 2 || !a->ring) {
        free(a->ring);
        a->ring = NULL;
        Mix_CloseAudio();
        return -1;
    }
    a->mixer = true;
    a->out_rate = freq;
    Mix_HookMusic(music_hook, a);
    return 0;
}
#endif

static int queue_open(audio_out *a, int out_rate)
{
    SDL_AudioSpec want = { 0 }, have;
    want.freq = out_rate;
    want.format = AUDIO_S16SYS;
    want.channels = 2;
    want.samples = 512;
    a->dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
    if (!a->dev)
        return -1;
    a->out_rate = have.freq;
    return 0;
}

void audio_set_volume(audio_out *a, int db)
{
    a->gain = (int)lround(65536.0 * pow(10.0, db / 20.0));
}

/* Output volume only: -wavwrite keeps the full level, as MAME's does. */
static void apply_volume(const audio_out *a, s16 *buf, size_t frames)
{
    if (a->gain == 65536)
        return;
    for (size_t i = 0; i < 2 * frames; i++)
        buf[i] = (s16)(((s32)buf[i] * a->gain) >> 16);
}

int audio_open(audio_out *a, int in_rate, int out_rate, double frame_seconds, bool use_mixer)
{
    memset(a, 0, sizeof(*a));
    a->gain = 65536;
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        return -1;
    int rc = -1;
#ifdef CABINET_HAVE_MIXER
    if (use_mixer)
        rc = mixer_open(a, out_rate);
#else
    (void)use_mixer;
#endif
    if (rc != 0 && queue_open(a, out_rate) != 0) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return -1;
    }
    a->in_rate = in_rate;
    a->ratio = 1.0;
    /* Two frames buffered beyond the device's own buffer absorb host jitter. */
    a->target = 2.0 * frame_seconds;
    audio_prefill(a);
    if (a->dev)
        SDL_PauseAudioDevice(a->dev, 0);
    return 0;
}

const char *audio_backend(const audio_out *a)
{
    return a->mixer ? "SDL2_mixer" : "SDL queue";
}

double audio_queued_seconds(const audio_out *a)
{
    if (a->mixer)
        return (double)ring_fill(a) / (double)a->out_rate;
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
        for (int c = 0; c < 2; c++) {
            double x0 = i == 0 ? a->last[c] : in[2 * (i - 1) + c];
            out[2 * k + c] = (s16)(x0 + ((double)in[2 * i + c] - x0) * f);
        }
        k++;
        t += step;
    }
    a->phase = t - (double)n;
    if (a->phase < 0)
        a->phase = 0;
    a->last[0] = in[2 * (n - 1)];
    a->last[1] = in[2 * (n - 1) + 1];
    return k;
}

static void submit(audio_out *a, const s16 *frames, size_t k)
{
    if (a->mixer)
        ring_write(a, frames, k);
    else
        SDL_QueueAudio(a->dev, frames, (Uint32)(k * 4));
}

void audio_push(audio_out *a, const s16 *in, size_t n, double speed, bool drop_if_full)
{
    if ((!a->dev && !a->mixer) || n == 0)
        return;
    double q = audio_queued_seconds(a);
    if (drop_if_full && q > a->target)
        return;
    if (!drop_if_full && q <= 0)
        a->underruns++;
    double drc = DRC_MAX * (a->target - q) / a->target;
    if (drc > DRC_MAX)
        drc = DRC_MAX;
    if (drc < -DRC_MAX)
        drc = -DRC_MAX;
    a->ratio = 1.0 + drc;
    double step = (double)a->in_rate * speed / ((double)a->out_rate * a->ratio);
    size_t k = resample(a, in, n, step);
    apply_volume(a, a->buf, k);
    submit(a, a->buf, k);
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
    if (a->mixer) {
        ring_write(a, NULL, frames);
        return;
    }
    s16 *buf = reserve(a, frames);
    if (!buf)
        return;
    memset(buf, 0, frames * 4);
    SDL_QueueAudio(a->dev, buf, (Uint32)(frames * 4));
}

void audio_close(audio_out *a)
{
#ifdef CABINET_HAVE_MIXER
    if (a->mixer) {
        Mix_HookMusic(NULL, NULL);
        Mix_CloseAudio();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
#endif
    if (a->dev) {
        SDL_CloseAudioDevice(a->dev);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    free(a->ring);
    free(a->buf);
    memset(a, 0, sizeof(*a));
}
