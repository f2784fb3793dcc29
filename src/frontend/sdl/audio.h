/* Sound output. With SDL2_mixer (CABINET_HAVE_MIXER) the device is opened
   with Mix_OpenAudio and the machine's mixed stream is played through
   Mix_HookMusic from a ring buffer that the frame loop fills; without it
   (or when the mixer cannot open, or with -sound sdl) through an SDL audio
   queue. Either way the buffered level paces the emulation, and a small
   dynamic rate control (at most +-0.5% on the resample ratio) holds it near
   the target so it neither underruns nor grows. */
#ifndef CABINET_SDL_AUDIO_H
#define CABINET_SDL_AUDIO_H

#include <SDL.h>

#include "util/types.h"

#define AUDIO_RING_FRAMES 32768u   /* power of two; 0.68 s at 48 kHz */

typedef struct audio_out {
    SDL_AudioDeviceID dev;   /* plain SDL queue */
    bool mixer;              /* SDL2_mixer music hook and ring */
    s16 *ring;               /* AUDIO_RING_FRAMES stereo frames */
    SDL_atomic_t rpos, wpos; /* frames consumed / written, wrapping */
    int in_rate, out_rate;
    double target;       /* seconds of buffered audio to hold */
    double phase;        /* resampler position past the last input sample */
    s16 last[2];         /* the previous frame's last stereo frame */
    double ratio;        /* last dynamic rate factor, for reports */
    s16 *buf;
    size_t cap;
    int gain;            /* -volume as a factor, 65536 = 0 dB */
    u64 underruns;       /* frames whose audio found the buffer empty */
} audio_out;

/* use_mixer: try SDL2_mixer first (ignored in builds without it).
   0 ok; -1 when no audio device opens (the caller paces by the clock). */
int audio_open(audio_out *a, int in_rate, int out_rate, double frame_seconds, bool use_mixer);
/* -volume: attenuation in dB (-32..0) of what goes to the device. */
void audio_set_volume(audio_out *a, int db);
/* "SDL2_mixer" or "SDL queue". */
const char *audio_backend(const audio_out *a);
double audio_queued_seconds(const audio_out *a);
/* Resamples one emulated frame's n stereo frames and buffers them (an
   empty buffer at that moment, while throttled, counts as an underrun:
   the device ran dry since the last frame); speed > 1
   shortens it (fast playback). With drop_if_full, audio beyond the target
   is discarded instead of buffered (unthrottled running). */
void audio_push(audio_out *a, const s16 *in, size_t n, double speed, bool drop_if_full);
/* Blocks until the buffer has drained to the target (at most max_wait s). */
void audio_wait(const audio_out *a, double max_wait);
/* Buffers silence up to the target (start, after a pause). */
void audio_prefill(audio_out *a);
void audio_close(audio_out *a);

#endif
