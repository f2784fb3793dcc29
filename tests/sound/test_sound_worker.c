/* The sound thread (sound/sound_worker): a device whose samples depend on
   every write it gets, written at irregular times and mixed at irregular
   moments, gives the same mixer output and the same final state with its
   stream rendered on the worker as on the calling thread. The run posts
   more commands between two mixes than the worker's ring holds (the poster
   waits for room), and pauses long enough for the worker to go to sleep
   (a post wakes it). sound_worker_stop carries out what was posted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sound/stream.h"
#include "../check.h"

#define RATE 31250
#define OUT_RATE 48000

typedef struct ramp {
    u32 acc, step, x;
} ramp;

/* each sample depends on all before it and on the step written last */
static void ramp_update(device_t *d, s32 *const *out, int n)
{
    ramp *r = d->self;
    for (int i = 0; i < n; i++) {
        r->acc = r->acc * 1664525u + r->step;
        r->x ^= r->acc >> 7;
        out[0][i] = (s32)(r->acc >> 17) - 16384;
    }
}

static void set_step(device_t *d, u32 step)
{
    ramp *r = d->self;
    r->step = step;
}

static const device_type ramp_device = { .name = "Ramp", .shortname = "ramp", .sound_update = ramp_update,
                                         .outputs = 1, .sound_async = true };

static void pause_ms(long ms)
{
    struct timespec t = { 0, ms * 1000000L };
    nanosleep(&t, NULL);
}

/* The whole run; its mixed output in *out (frames * 2 values), the device's
   final state in *fin. */
static size_t run(bool threaded, s16 **out, ramp *fin)
{
    ramp r = { 1, 3, 0 };
    device_t dev = { .type = &ramp_device, .tag = "ramp", .self = &r };
    sound_stream *st = stream_create(&dev, RATE, 1);
    dev.stream = st;
    mixer mx = { .out_rate = OUT_RATE };
    char err[64];
    CHECK_EQ("route", 0, mixer_add_routes(&mx, st, ROUTES(ROUTE(0, SPEAKER_MONO, 256)), err, sizeof(err)));
    if (threaded) {
        st->worker = sound_worker_start();
        CHECK(st->worker != NULL, "the worker starts");
    }
    size_t len = 0, cap = 0;
    *out = NULL;
    u64 usec = 0;
    u32 x = 12345;
    for (int frame = 0; frame < 40; frame++) {
        /* frame 7 writes 3000 times (the ring holds 1024); frame 20
           starts after a pause (the worker has gone to sleep) */
        int writes = frame == 7 ? 3000 : (int)(x >> 20) % 40;
        if (threaded && frame == 20)
            pause_ms(50);
        u64 frame_len = 16000 + (u64)(x >> 8) % 2000;
        for (int w = 0; w < writes; w++) {
            x = x * 1103515245u + 12345u;
            u64 at = usec + frame_len * (u64)w / (u64)(writes + 1);
            if (w % 3 == 0)
                stream_update(st, et_from_usec(at));
            else
                stream_write(st, et_from_usec(at), set_step, x >> 9);
        }
        usec += frame_len;
        mixer_begin_frame(&mx);
        int got = mixer_update(&mx, &st, 1, et_from_usec(usec));
        CHECK(got > 0, "frame %d mixes", frame);
        if (len + (size_t)got > cap) {
            cap = 2 * (len + (size_t)got);
            *out = realloc(*out, cap * 2 * sizeof(s16));
        }
        memcpy(*out + 2 * len, mx.out, (size_t)got * 2 * sizeof(s16));
        len += (size_t)got;
    }
    /* posted after the last mix: stop carries them out */
    stream_write(st, et_from_usec(usec + 500), set_step, 77);
    stream_update(st, et_from_usec(usec + 1000));
    sound_worker_stop(st->worker);
    st->worker = NULL;
    CHECK_EQ("samples rendered before the worker stopped", (long)((usec + 1000) * RATE / 1000000),
             (long)st->generated);
    CHECK_EQ("the last write was applied", 77, r.step);
    *fin = r;
    mixer_free(&mx);
    stream_destroy(st);
    return len;
}

int main(void)
{
    s16 *plain, *threaded;
    ramp fin_plain, fin_threaded;
    size_t n_plain = run(false, &plain, &fin_plain);
    size_t n_threaded = run(true, &threaded, &fin_threaded);
    CHECK_EQ("output frames", (long)n_plain, (long)n_threaded);
    size_t n = n_plain < n_threaded ? n_plain : n_threaded, bad = 0;
    for (size_t i = 0; i < 2 * n; i++)
        bad += plain[i] != threaded[i];
    CHECK(bad == 0, "%zu of %zu mixed values differ between the two runs", bad, 2 * n);
    CHECK(fin_plain.acc == fin_threaded.acc && fin_plain.x == fin_threaded.x, "final states differ");
    long nonzero = 0;
    for (size_t i = 0; i < 2 * n; i++)
        nonzero += plain[i] != 0;
    CHECK(nonzero > (long)n, "the output is not silence (%ld non-zero values)", nonzero);
    free(plain);
    free(threaded);
    return check_report("test_sound_worker");
}
