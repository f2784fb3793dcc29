/* Sound streams and the mixer. Each sound device renders integer samples
   for all its outputs at its own rate, lazily, up to the current emulated
   time (before any register write changes what it plays, and at the end of
   each frame); each output is a separate stream of samples. The mixer
   resamples every routed output to the output rate with integer
   arithmetic, runs the route's RC stages, applies its gain and adds it to
   the left and/or right side: interleaved stereo s16. */
#ifndef CABINET_STREAM_H
#define CABINET_STREAM_H

#include "emu/device.h"
#include "emu/emutime.h"
#include "sound/sound_worker.h"

#define SOUND_MAX_OUTPUTS 8

struct sound_stream {
    device_t *dev;
    u32 rate;
    int outputs;
    u64 base;        /* absolute index of buf[o][0] */
    u64 generated;   /* absolute samples rendered so far */
    s32 *buf[SOUND_MAX_OUTPUTS];
    size_t cap;
    /* the samples from flat_from[o] to generated all equal flat_val[o]
       (flat_from == generated: none known); from what the device's update
       reports in tail[o]: how many samples at the end of the chunk it just
       wrote are equal (0: not known). A silent channel is then resampled
       without reading it. */
    u64 flat_from[SOUND_MAX_OUTPUTS];
    s32 flat_val[SOUND_MAX_OUTPUTS];
    u32 tail[SOUND_MAX_OUTPUTS];
    /* set: the samples are rendered on this thread (sound/sound_worker.h),
       and the fields above are read only after a sound_worker_sync */
    sound_worker *worker;
};

sound_stream *stream_create(device_t *dev, u32 rate, int outputs);
void stream_destroy(sound_stream *st);
/* Renders the samples due by `now` with the device's current settings
   (on the stream's worker, when it has one). */
void stream_update(sound_stream *st, emu_time now);
/* stream_update, then fn(st->dev, arg): a device's write to what it plays,
   acting from the sample `now` falls in. A device rendered on a worker
   changes its rendering state only this way. */
void stream_write(sound_stream *st, emu_time now, stream_write_fn fn, u32 arg);
/* stream_update on the calling thread (the worker's side). */
void stream_render(sound_stream *st, emu_time now);
/* Drops what is known about flat runs (after a state load rewrote the buffers). */
void stream_forget_flat(sound_stream *st);
/* Makes room for len samples per output (save states); false: no memory. */
bool stream_reserve(sound_stream *st, size_t len);

/* One output of one stream on its way to a speaker side. */
typedef struct mixer_route {
    sound_stream *stream;
    int output;
    u8 target;        /* SPEAKER_* */
    u16 gain;         /* 256 = 1.0 */
    int stages;       /* declared filter stages (the rest are unused) */
    rc_stage stage[ROUTE_MAX_FILTERS];
} mixer_route;

#define MIXER_MAX_ROUTES 32

typedef struct mixer {
    u32 out_rate;
    u64 out_done;    /* absolute output frames produced */
    s16 *out;        /* this frame's audio: out_len stereo frames, L R L R ... */
    size_t out_len, out_cap;
    mixer_route routes[MIXER_MAX_ROUTES]; /* grouped by stream and output */
    int num_routes;
    bool mono;       /* every route goes to both sides: mixed once */
    s32 *tmp, *filtered;
    s64 *acc;        /* per frame: one value when mono, else left and right */
    s32 *acc32;      /* mono, while the sums fit in 32 bits */
    size_t tmp_cap;
} mixer;

/* Adds the routes of one device's configuration (ALL_OUTPUTS expanded);
   0 ok, -1 with err saying why. */
int mixer_add_routes(mixer *mx, sound_stream *st, const sound_route *routes, char *err, size_t errlen);
/* Starts a new frame's audio: out_len back to 0. */
void mixer_begin_frame(mixer *mx);
/* Brings every stream to `now` and appends the output frames due by then to
   mx->out. Returns the count added, or -1 when out of memory. */
int mixer_update(mixer *mx, sound_stream *const *streams, int count, emu_time now);
void mixer_free(mixer *mx);

/* Run-time changes (call with the output mixed up to now: see
   sound_route_set_filter in emu/machine.h). 0 ok; -1 when `stage` was not
   declared for the route or the filter is invalid. */
int mixer_route_set_filter(mixer *mx, mixer_route *r, int stage, const rc_filter *f);

#endif
