#include "sound/sound_worker.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "sound/stream.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define CPU_RELAX() _mm_pause()
#else
#define CPU_RELAX() ((void)0)
#endif

#define RING 1024   /* commands in flight (a power of two) */
#define SPINS 20000 /* polls before the worker sleeps or the waiter yields */

typedef enum { CMD_RENDER, CMD_JOB, CMD_STOP } command_kind;

typedef struct command {
    command_kind kind;
    sound_stream *st; /* CMD_RENDER: render st to `at`, then fn(st->dev, arg) if set */
    emu_time at;
    stream_write_fn fn;
    sound_job_fn job; /* CMD_JOB: job(ctx, arg) */
    void *ctx;
    u32 arg;
} command;

struct sound_worker {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    command ring[RING];
    _Alignas(64) atomic_uint_fast64_t head; /* commands published (the machine's thread) */
    _Alignas(64) atomic_uint_fast64_t done; /* commands carried out (the worker) */
    _Alignas(64) atomic_bool sleeping;
    /* the machine's thread's own: commands written to the ring (published
       in batches, as every published command costs a cache line transfer
       to the worker), and the count done when it last looked */
    _Alignas(64) uint_fast64_t written, seen_done;
};

/* Waits until a command past `done` is posted. The worker announces its
   sleep before it looks at head for the last time and the poster stores
   head before it looks at `sleeping`, so one of them sees the other. */
static void wait_for_work(sound_worker *w, uint_fast64_t done)
{
    for (int i = 0; i < SPINS; i++) {
        if (atomic_load_explicit(&w->head, memory_order_acquire) != done)
            return;
        CPU_RELAX();
    }
    pthread_mutex_lock(&w->lock);
    atomic_store(&w->sleeping, true);
    while (atomic_load(&w->head) == done)
        pthread_cond_wait(&w->wake, &w->lock);
    atomic_store(&w->sleeping, false);
    pthread_mutex_unlock(&w->lock);
}

static void *worker_main(void *arg)
{
    sound_worker *w = arg;
    uint_fast64_t done = 0;
    for (;;) {
        if (atomic_load_explicit(&w->head, memory_order_acquire) == done) {
            wait_for_work(w, done);
            continue;
        }
        const command *c = &w->ring[done % RING];
        if (c->kind == CMD_STOP)
            return NULL;
        if (c->kind == CMD_JOB) {
            c->job(c->ctx, c->arg);
        } else {
            stream_render(c->st, c->at);
            if (c->fn)
                c->fn(c->st->dev, c->arg);
        }
        atomic_store_explicit(&w->done, ++done, memory_order_release);
    }
}

sound_worker *sound_worker_start(void)
{
    sound_worker *w = calloc(1, sizeof(*w));
    if (!w)
        return NULL;
    atomic_init(&w->head, 0);
    atomic_init(&w->done, 0);
    atomic_init(&w->sleeping, false);
    if (pthread_mutex_init(&w->lock, NULL))
        goto no_lock;
    if (pthread_cond_init(&w->wake, NULL))
        goto no_cond;
    if (pthread_create(&w->thread, NULL, worker_main, w))
        goto no_thread;
    return w;
no_thread:
    pthread_cond_destroy(&w->wake);
no_cond:
    pthread_mutex_destroy(&w->lock);
no_lock:
    free(w);
    return NULL;
}

/* Lets the worker see every command written so far (and wakes it). */
static void publish(sound_worker *w)
{
    atomic_store(&w->head, w->written);
    if (atomic_load(&w->sleeping)) {
        pthread_mutex_lock(&w->lock);
        pthread_cond_signal(&w->wake);
        pthread_mutex_unlock(&w->lock);
    }
}

#define BATCH 64 /* commands written before they are published anyway */

static void post(sound_worker *w, const command *c, bool now)
{
    if (w->written - w->seen_done >= RING) {
        publish(w);
        for (int i = 0; w->written - (w->seen_done = atomic_load_explicit(&w->done, memory_order_acquire)) >= RING;
             i++) {
            if (i < SPINS)
                CPU_RELAX();
            else
                sched_yield();
        }
    }
    w->ring[w->written % RING] = *c;
    w->written++;
    if (now || w->written - atomic_load_explicit(&w->head, memory_order_relaxed) >= BATCH)
        publish(w);
}

void sound_worker_post(sound_worker *w, sound_stream *st, emu_time at, stream_write_fn fn, u32 arg)
{
    /* a plain render (the scheduler's progress, the mixer) at once; writes
       wait for the next of those, or a batch */
    post(w, &(command){ .kind = CMD_RENDER, .st = st, .at = at, .fn = fn, .arg = arg }, fn == NULL);
}

void sound_worker_job(sound_worker *w, sound_job_fn job, void *ctx, u32 arg)
{
    post(w, &(command){ .kind = CMD_JOB, .job = job, .ctx = ctx, .arg = arg }, false);
}

void sound_worker_sync(sound_worker *w)
{
    if (atomic_load_explicit(&w->head, memory_order_relaxed) != w->written)
        publish(w);
    uint_fast64_t head = w->written;
    for (int i = 0; (w->seen_done = atomic_load_explicit(&w->done, memory_order_acquire)) != head; i++) {
        if (i < SPINS)
            CPU_RELAX();
        else
            sched_yield();
    }
}

void sound_worker_stop(sound_worker *w)
{
    if (!w)
        return;
    post(w, &(command){ .kind = CMD_STOP }, true);
    pthread_join(w->thread, NULL);
    pthread_cond_destroy(&w->wake);
    pthread_mutex_destroy(&w->lock);
    free(w);
}
