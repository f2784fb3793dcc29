/* Sound output through an SDL audio queue. The queue level paces the
   emulation; a small dynamic rate control (at most +-0.5% on the resample
   ratio) holds it near the target so it neither underruns nor grows. */
#ifndef CABINET_SDL_AUDIO_H
#define CABINET_SDL_AUDIO_H

#include <SDL.h>

#include "emu/types.h"

typedef struct audio_out {
    SDL_AudioDeviceID dev;
    int in_rate, out_rate;
    double target;       /* seconds of queued audio to hold */
    double phase;        /* resampler position past the last input sample */
    s16 last;
    double ratio;        /* last dynamic rate factor, for reports */
    s16 *buf;
    size_t cap;
} audio_out;

/* 0 ok; -1 when no audio device opens (the caller paces by the clock). */
int audio_open(audio_out *a, int in_rate, int out_rate, double frame_seconds);
double audio_queued_seconds(const audio_out *a);
/* Resamples one frame of mono samples to stereo and queues it; speed > 1
   shortens it (fast playback). With drop_if_full, audio beyond the target
   is discarded instead of queued (unthrottled running). */
void audio_push(audio_out *a, const s16 *in, size_t n, double speed, bool drop_if_full);
/* Blocks until the queue has drained to the target (at most max_wait s). */
void audio_wait(const audio_out *a, double max_wait);
/* Queues silence up to the target (start, after a pause). */
void audio_prefill(audio_out *a);
void audio_close(audio_out *a);

#endif
