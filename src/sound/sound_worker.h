/* A second thread that renders the sound streams of devices that allow it
   (device_type.sound_async). The machine's thread posts commands in the
   order it would have carried them out itself: "render this stream up to
   time T" (stream_update) and "render it up to T, then apply this write"
   (stream_write). The worker carries them out in that order, so each
   device sees the same renders and writes as on one thread; since such a
   device renders sample by sample, whatever the chunks, its samples are
   bit-identical. The machine's thread touches the stream and the device's
   rendering state again only after sound_worker_sync (the mixer at the end
   of a frame, save states, teardown). A driver may also hand it other work
   of the same kind (sound_worker_job, through machine_async_job): Radar
   Scope's analog background, line by line. */
#ifndef CABINET_SOUND_WORKER_H
#define CABINET_SOUND_WORKER_H

#include "emu/device.h"
#include "emu/emutime.h"

typedef struct sound_worker sound_worker;
/* A write to a device's rendering state, carried out at its sample. */
typedef void (*stream_write_fn)(device_t *dev, u32 arg);

/* Other work a driver hands the same thread, in order with the rest. */
typedef void (*sound_job_fn)(void *ctx, u32 arg);

/* NULL when no thread could be started (the caller renders itself). */
sound_worker *sound_worker_start(void);
/* Finishes what was posted, ends the thread and frees the worker. */
void sound_worker_stop(sound_worker *w);
/* Queues a render of st up to `at`, then fn(st->dev, arg) unless fn is NULL. */
void sound_worker_post(sound_worker *w, sound_stream *st, emu_time at, stream_write_fn fn, u32 arg);
/* Queues job(ctx, arg). */
void sound_worker_job(sound_worker *w, sound_job_fn job, void *ctx, u32 arg);
/* Returns once everything posted so far is done. */
void sound_worker_sync(sound_worker *w);

#endif
