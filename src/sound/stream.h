/* Sound streams: each sound device renders samples at its own rate, lazily,
   up to the current emulated time (before any register write changes what
   it plays, and at the end of each frame). The mixer resamples every stream
   to the output rate with integer arithmetic and sums them. */
#ifndef CABINET_STREAM_H
#define CABINET_STREAM_H

#include "emu/device.h"
#include "emu/emutime.h"

struct sound_stream {
    device_t *dev;
    u32 rate;
    u16 gain;        /* 256 = 1.0 */
    u64 base;        /* absolute index of buf[0] */
    u64 generated;   /* absolute samples rendered so far */
    s32 *buf;
    size_t cap;
};

sound_stream *stream_create(device_t *dev, u32 rate, u16 gain);
void stream_destroy(sound_stream *st);
/* Renders the samples due by `now` with the device's current settings. */
void stream_update(sound_stream *st, emu_time now);

typedef struct mixer {
    u32 out_rate;
    u64 out_done;    /* absolute output samples produced */
    s16 *out;        /* this frame's samples (mono) */
    size_t out_len, out_cap;
} mixer;

/* Brings every stream to `now` and mixes the output samples due by then into
   mx->out (replacing its previous contents). Returns the count or -1. */
int mixer_run(mixer *mx, sound_stream *const *streams, int count, emu_time now);
void mixer_free(mixer *mx);

#endif
