/* Sound routes and RC filters:
   - the integer coefficient against 1 - exp(-T/RC) (doubles, here only);
   - a low-pass stage's step response y[n] = A (1 - exp(-(n+1) T/RC)), a
     high-pass stage's decay y[n] = A exp(-n T/RC), the 3-resistor low-pass
     and two chained stages, within the tolerances stated below;
   - in a machine: a two-output device routed to different sides at
     different gains, both outputs to both sides (mono), a filter switched
     in mid-frame by a timer (the samples before it unfiltered, the step
     after it following the RC curve across frame boundaries), the refusal
     of undeclared stages and bad routes, and a save state round trip that
     keeps the filter's memory. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu/machine.h"
#include "../check.h"

#define RATE 48000
#define AMP 10000

static double expected_k(double r, double c_farads, double rate)
{
    return 1.0 - exp(-1.0 / (r * c_farads * rate));
}

static void test_coefficients(void)
{
    static const struct { rc_filter f; double r, c; u32 rate; } cases[] = {
        { RC_LP(10000, CAP_N(10)), 10000, 10e-9, 48000 },       /* 100 us: 4.8 samples */
        { RC_LP(RES_K(10), CAP_U(1)), 10000, 1e-6, 48000 },     /* 10 ms */
        { RC_HP(RES_K(1), CAP_U(10)), 1000, 10e-6, 44100 },
        { RC_LP3(1000, 5100, 0, 47000), 1000.0 * 5100 / 6100, 47e-9, 48000 }, /* Konami's 1k/5.1k, 0.047 uF */
        { RC_LP3(1000, 5100, 0, 220000), 1000.0 * 5100 / 6100, 220e-9, 96000 },
        { RC_LP(100, 100), 100, 100e-12, 48000 },               /* 10 ns: k = 1 */
        { RC_LP(RES_M(10), CAP_U(100)), 10e6, 100e-6, 48000 },  /* 1000 s: k tiny, but not 0 */
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        s32 k = rc_coefficient(&cases[i].f, cases[i].rate);
        double want = expected_k(cases[i].r, cases[i].c, cases[i].rate) * (1 << RC_K_BITS);
        long rounded = lround(want);
        if (rounded < 1)
            rounded = 1;
        CHECK(labs(k - rounded) <= 1, "case %zu: k %d, formula %.3f", i, k, want);
    }
    rc_filter off_lp = RC_LP(1000, 0), off_hp = RC_HP(1000, 0);
    CHECK_EQ("low-pass with C = 0 passes", 1 << RC_K_BITS, rc_coefficient(&off_lp, RATE));
    CHECK_EQ("high-pass with C = 0 passes", 0, rc_coefficient(&off_hp, RATE));
}

static void run_step(const rc_filter *stages, int count, s32 *y, int n)
{
    rc_stage st[3] = { 0 };
    for (int i = 0; i < count; i++)
        rc_stage_set(&st[i], &stages[i], RATE);
    for (int i = 0; i < n; i++)
        y[i] = AMP;
    for (int i = 0; i < count; i++)
        rc_stage_run(&st[i], y, (size_t)n);
}

/* Low-pass: within 1 unit of A (1 - exp(-(n+1)/tau)) (the rounding of each
   step), and exactly A once settled. */
static void test_lowpass_step(void)
{
    static const rc_filter lp[] = { RC_LP(10000, CAP_N(10)), RC_LP(RES_K(10), CAP_U(1)) };
    for (size_t c = 0; c < ARRAY_LEN(lp); c++) {
        enum { N = 6000 };
        static s32 y[N];
        run_step(&lp[c], 1, y, N);
        double tau = lp[c].r1 * (lp[c].c * 1e-12) * RATE;
        int worst = 0;
        for (int n = 0; n < N; n++) {
            double want = AMP * (1.0 - exp(-(n + 1) / tau));
            int d = abs(y[n] - (int)lround(want));
            worst = d > worst ? d : worst;
        }
        CHECK(worst <= 1, "low-pass %zu (tau %.1f samples): off by up to %d", c, tau, worst);
        CHECK_EQ("low-pass settles on the input", AMP, y[N - 1]);
    }
}

/* High-pass (AC coupling, 10 ms): the step decays as A exp(-n/tau), within
   1 unit, down to 0. */
static void test_highpass_decay(void)
{
    enum { N = 8000 };
    static s32 y[N];
    static const rc_filter ac = RC_AC;
    run_step(&ac, 1, y, N);
    double tau = 10000 * 1e-6 * RATE;
    int worst = 0;
    for (int n = 0; n < N; n++) {
        int d = abs(y[n] - (int)lround(AMP * exp(-n / tau)));
        worst = d > worst ? d : worst;
    }
    CHECK(worst <= 1, "high-pass decay off by up to %d", worst);
    CHECK_EQ("high-pass first sample is the step", AMP, y[0]);
    CHECK_EQ("high-pass decays to 0", 0, y[N - 1]);
}

/* Two low-pass stages: the cascade of two one-pole filters with the
   formula's k, run in doubles, within 2 units. */
static void test_chain(void)
{
    enum { N = 400 };
    static s32 y[N];
    const rc_filter two[] = { RC_LP(RES_K(1), CAP_N(100)), RC_LP3(1000, 5100, 0, 220000) };
    run_step(two, 2, y, N);
    double k1 = expected_k(1000, 100e-9, RATE), k2 = expected_k(1000.0 * 5100 / 6100, 220e-9, RATE);
    double m1 = 0, m2 = 0;
    int worst = 0;
    for (int n = 0; n < N; n++) {
        m1 += (AMP - m1) * k1;
        m2 += (m1 - m2) * k2;
        int d = abs(y[n] - (int)lround(m2));
        worst = d > worst ? d : worst;
    }
    CHECK(worst <= 2, "two stages off by up to %d", worst);
}

/* A device with two outputs holding levels the test sets. */
typedef struct two_out {
    device_t *dev;
    s32 level[2];
} two_out;

static int two_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    ((two_out *)d->self)->dev = d;
    d->sound_rate = d->clock ? d->clock : RATE * 2; /* default: resampled 2:1 */
    return 0;
}

static void two_update(device_t *d, s32 *const *out, int n)
{
    const two_out *t = d->self;
    for (int o = 0; o < 2; o++)
        for (int i = 0; i < n; i++)
            out[o][i] = t->level[o];
}

static void two_serialize(device_t *d, state_io *io)
{
    two_out *t = d->self;
    st_s32(io, &t->level[0]);
    st_s32(io, &t->level[1]);
}

static const device_type two_device = {
    .name = "Two outputs", .shortname = "two", .state_size = sizeof(two_out), .start = two_start,
    .serialize = two_serialize, .sound_update = two_update, .outputs = 2,
};

static void set_level(machine_t *m, int out, s32 v)
{
    device_t *d = machine_device(m, "two");
    device_stream_update(d);
    ((two_out *)d->self)->level[out] = v;
}

typedef struct rig_state {
    emu_timer *t, *pre;
    mixer_route *route;
    int set_rc;
} rig_state;

/* Mid-frame: output 0 steps to -AMP (param 0, unfiltered), later to +AMP
   as its route's low-pass is switched in (param 1). */
static void on_step(machine_t *m, void *ctx, s32 param)
{
    (void)ctx;
    rig_state *s = m->drv;
    set_level(m, 0, param ? AMP : -AMP);
    if (param)
        s->set_rc = sound_route_set_filter(m, s->route, 0, (rc_filter)RC_LP(RES_K(10), CAP_U(1)));
}

static int rig_start(machine_t *m, void *drv)
{
    rig_state *s = drv;
    s->t = timer_alloc(m, on_step, NULL);
    s->pre = timer_alloc(m, on_step, NULL);
    s->route = machine_sound_route(m, "two", 0);
    return s->route ? 0 : -1;
}

#define SCREEN { 4800000, 400, 0, 320, 200, 0, 180, NULL } /* 60 Hz: 800 frames of audio */

static const device_config split_devices[] = {
    SOUND_DEVICE("two", two_device, 0, NULL,
                 ROUTES(ROUTE_RC(0, SPEAKER_LEFT, 256, RC_LP(RES_K(10), 0)), ROUTE(1, SPEAKER_RIGHT, 128))),
    DEVICE_END,
};
static const machine_config split_config = {
    .devices = split_devices, .drv_state_size = sizeof(rig_state), .screen = SCREEN, .start = rig_start,
};
static const device_config mono_devices[] = {
    SOUND_DEVICE("two", two_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 64))),
    DEVICE_END,
};
static const machine_config mono_config = { .devices = mono_devices, .screen = SCREEN };
/* 30 kHz upsampled to 48 kHz, mixed at many odd moments (a periodic timer
   rewriting the route's filter, which is off) */
static const device_config slow_devices[] = {
    SOUND_DEVICE("two", two_device, 30000, NULL, ROUTES(ROUTE_RC(0, SPEAKER_MONO, 256, RC_LP(RES_K(1), 0)))),
    DEVICE_END,
};
static void on_remix(machine_t *m, void *ctx, s32 param)
{
    (void)ctx;
    (void)param;
    rig_state *s = m->drv;
    s->set_rc |= sound_route_set_filter(m, s->route, 0, (rc_filter)RC_LP(RES_K(1), 0));
}
static int slow_start(machine_t *m, void *drv)
{
    rig_state *s = drv;
    s->route = machine_sound_route(m, "two", 0);
    s->t = timer_alloc(m, on_remix, NULL);
    timer_adjust(m, s->t, et_from_ratio(1, 777), 0, et_from_ratio(1, 777));
    return s->route ? 0 : -1;
}
static const machine_config slow_config = {
    .devices = slow_devices, .drv_state_size = sizeof(rig_state), .screen = SCREEN, .start = slow_start,
};
static const device_config bad_devices[] = {
    SOUND_DEVICE("two", two_device, 0, NULL, ROUTES(ROUTE(2, SPEAKER_MONO, 256))),
    DEVICE_END,
};
static const machine_config bad_config = { .devices = bad_devices, .screen = SCREEN };
static const device_config unrouted_devices[] = { SOUND_DEVICE("two", two_device, 0, NULL, NULL), DEVICE_END };
static const machine_config unrouted_config = { .devices = unrouted_devices, .screen = SCREEN };

static machine_t *make(const machine_config *cfg, char *err, size_t errlen)
{
    static const game_driver proto = { "soundtest", NULL, "2026", "Cabinet", "Sound test", "test_sound.c",
                                       NULL, NULL, NULL, 0 };
    game_driver *d = malloc(sizeof(*d));
    *d = proto;
    d->config = cfg;
    region_list r = { 0 };
    machine_t *m = machine_create(d, &r, RATE, err, errlen);
    if (!m)
        free(d);
    return m;
}

static void destroy(machine_t *m)
{
    const game_driver *d = m->driver;
    machine_destroy(m);
    free((void *)d);
}

static void test_mono_routes(void)
{
    char err[256] = "";
    machine_t *m = make(&mono_config, err, sizeof(err));
    CHECK(m != NULL, "mono machine: %s", err);
    if (!m)
        return;
    set_level(m, 0, 4000);
    set_level(m, 1, -1000);
    machine_run_frame(m);
    size_t n;
    const s16 *a = machine_audio(m, &n);
    CHECK(n == 799 || n == 800, "%zu frames in a 60 Hz frame", n); /* 1/60 s is 799.99.. samples in attoseconds */
    int bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += a[2 * i] != 750 || a[2 * i + 1] != 750; /* (4000 - 1000) / 4 */
    CHECK_EQ("both outputs at 1/4 on both sides", 0, bad);
    destroy(m);
}

static void test_split_routes(void)
{
    char err[256] = "";
    machine_t *m = make(&split_config, err, sizeof(err));
    CHECK(m != NULL, "split machine: %s", err);
    if (!m)
        return;
    rig_state *s = m->drv;
    CHECK_EQ("an undeclared stage is refused", -1,
             sound_route_set_filter(m, s->route, 1, (rc_filter)RC_LP(RES_K(10), CAP_U(1))));
    CHECK_TRUE(machine_sound_route(m, "two", 1) != NULL && machine_sound_route(m, "two", 2) == NULL);
    set_level(m, 1, 3000);
    machine_run_frame(m);
    size_t n;
    const s16 *a = machine_audio(m, &n);
    int bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += a[2 * i] != 0 || a[2 * i + 1] != 1500;
    CHECK_EQ("output 0 (silent) left, output 1 at 1/2 right", 0, bad);

    /* 100 output samples into the next frame (plus 1 ns, to land on a whole
       input sample) an unfiltered step down, at 300 the step up through the
       filter: the samples between must not be filtered (the mixer is
       brought up to the change first) */
    const emu_time ns = et_from_ratio(1, 1000000000);
    timer_adjust(m, s->pre, et_add(et_from_ratio(100, RATE), ns), 0, ET_ZERO);
    timer_adjust(m, s->t, et_add(et_from_ratio(300, RATE), ns), 1, ET_ZERO);
    const size_t want_down = (size_t)(et_to_cycles(s->pre->expire, RATE) - m->mix.out_done);
    const size_t want_first = (size_t)(et_to_cycles(s->t->expire, RATE) - m->mix.out_done);
    enum { FRAMES = 4 };
    static s16 left[FRAMES * 800];
    size_t total = 0;
    for (int f = 0; f < FRAMES; f++) {
        machine_run_frame(m);
        a = machine_audio(m, &n);
        for (size_t i = 0; i < n && total < ARRAY_LEN(left); i++) {
            left[total++] = a[2 * i];
            bad += a[2 * i + 1] != 1500;
        }
    }
    CHECK_EQ("set_filter on a declared stage", 0, s->set_rc);
    CHECK_EQ("the right side does not move", 0, bad);
    size_t down = 0;
    while (down < total && left[down] == 0)
        down++;
    size_t first = down;
    while (first < total && left[first] == -AMP)
        first++;
    CHECK(down == want_down && down >= 100, "the step down at output sample %zu, not %zu", down, want_down);
    CHECK(first == want_first && first >= 300, "the step up at output sample %zu, not %zu", first, want_first);
    double tau = 10000 * 1e-6 * RATE;
    int worst = 0;
    for (size_t i = first; i < total; i++) {
        double want = -AMP + 2.0 * AMP * (1.0 - exp(-(double)(i - first + 1) / tau));
        int d = abs(left[i] - (int)lround(want));
        worst = d > worst ? d : worst;
    }
    CHECK(worst <= 1, "left side step through the switched-in low-pass off by up to %d", worst);

    /* a save state taken mid-charge resumes the same curve */
    u8 *buf;
    size_t len;
    CHECK_EQ("save", 0, machine_save_state(m, &buf, &len));
    machine_run_frame(m);
    a = machine_audio(m, &n);
    s16 straight[800];
    memcpy(straight, a, sizeof(s16) * (n < 400 ? 2 * n : 800));
    CHECK_EQ("load", 0, machine_load_state(m, buf, len, err, sizeof(err)));
    machine_run_frame(m);
    a = machine_audio(m, &n);
    CHECK_TRUE(memcmp(straight, a, sizeof(s16) * (n < 400 ? 2 * n : 800)) == 0);
    free(buf);
    destroy(m);
}

/* Upsampled, every output sample holds the level: none left at 0 at the
   end of a mix whose last input sample was not complete yet. */
static void test_upsampled_mixes(void)
{
    char err[256] = "";
    machine_t *m = make(&slow_config, err, sizeof(err));
    CHECK(m != NULL, "slow machine: %s", err);
    if (!m)
        return;
    set_level(m, 0, 1234);
    int bad = 0;
    size_t total = 0;
    for (int f = 0; f < 30; f++) {
        machine_run_frame(m);
        size_t n;
        const s16 *a = machine_audio(m, &n);
        for (size_t i = f ? 0 : 1; i < n; i++)
            bad += a[2 * i] != 1234 || a[2 * i + 1] != 1234;
        total += n;
    }
    CHECK_EQ("remixed with the stage off", 0, ((rig_state *)m->drv)->set_rc);
    CHECK(bad == 0, "%d of %zu upsampled frames not at the level", bad, total);
    destroy(m);
}

static void test_bad_routes(void)
{
    char err[256] = "";
    machine_t *m = make(&bad_config, err, sizeof(err));
    CHECK(m == NULL && strstr(err, "does not exist"), "a route to output 2 of 2: '%s'", err);
    if (m)
        destroy(m);
    m = make(&unrouted_config, err, sizeof(err));
    CHECK(m == NULL && strstr(err, "without a route"), "a sound device without routes: '%s'", err);
    if (m)
        destroy(m);
}

/* A device writing pseudo-random levels (negative ones too, so the
   averages' rounding toward zero shows). */
typedef struct noisy {
    u32 x;
    s32 last;
} noisy;

static void noisy_update(device_t *d, s32 *const *out, int n)
{
    noisy *z = d->self;
    for (int i = 0; i < n; i++) {
        z->x = z->x * 1103515245u + 12345u;
        if ((z->x >> 3) % 5) /* else runs of equal samples */
            z->last = (s32)((z->x >> 8) % 60001) - 30000;
        out[0][i] = z->last;
    }
}

static const device_type noisy_device = { .name = "Noisy", .shortname = "noisy", .sound_update = noisy_update,
                                          .outputs = 1 };

/* Long runs of equal samples, reported to the stream as an AY does (the
   stream's flat-run shortcut) */
static void runs_update(device_t *d, s32 *const *out, int n)
{
    noisy *z = d->self;
    for (int i = 0; i < n; i++) {
        z->x = z->x * 1103515245u + 12345u;
        if ((z->x >> 8) % 4000 == 0)
            z->last = (s32)((z->x >> 4) % 60001) - 30000;
        out[0][i] = z->last;
    }
    if (d->stream && n > 0) {
        int t = 1;
        while (t < n && out[0][n - 1 - t] == out[0][n - 1])
            t++;
        d->stream->tail[0] = (u32)t;
    }
}

static const device_type runs_device = { .name = "Runs", .shortname = "runs", .sound_update = runs_update,
                                         .outputs = 1 };

/* The mixer's resampling, downsampling from several input rates to several
   output rates, mixed at irregular moments: output sample k is the average
   (rounded toward zero) of inputs floor(k in / out) .. floor((k+1) in / out)
   - 1, against the same device's samples regenerated here. */
static void test_resample_exact(void)
{
    static const u32 in_rates[] = { 187500, 192000, 223721, 250000, 300000, 1789772, 96000, 48001 };
    static const u32 out_rates[] = { 48000, 44100, 11025, 22050 };
    for (int runs = 0; runs < 2; runs++)
    for (size_t ii = 0; ii < sizeof(in_rates) / sizeof(in_rates[0]); ii++)
        for (size_t oi = 0; oi < sizeof(out_rates) / sizeof(out_rates[0]); oi++) {
            u32 in = in_rates[ii], outr = out_rates[oi];
            noisy z = { 1, 0 }, ref = { 1, 0 };
            device_t dev = { .type = runs ? &runs_device : &noisy_device, .tag = "noisy", .self = &z };
            sound_stream *st = stream_create(&dev, in, 1);
            dev.stream = st;
            mixer mx = { .out_rate = outr };
            char err[64];
            CHECK_EQ("route", 0, mixer_add_routes(&mx, st, ROUTES(ROUTE(0, SPEAKER_MONO, 256)), err, sizeof(err)));
            s32 *want_in = malloc(sizeof(s32) * (in + 16));
            s32 *slots[1] = { want_in };
            (runs ? runs_update : noisy_update)(&(device_t){ .self = &ref }, slots, (int)in + 16);
            int bad = 0;
            u64 done = 0, usec = 0;
            for (int call = 0; usec < 900000; call++) {
                usec += 1000 + (u64)(call * 7919 % 20011);
                mixer_begin_frame(&mx);
                int got = mixer_update(&mx, &st, 1, et_from_usec(usec));
                for (int k = 0; k < got; k++, done++) {
                    u64 a = done * in / outr, b = (done + 1) * in / outr;
                    s64 sum = 0;
                    for (u64 j = a; j < b; j++)
                        sum += want_in[j];
                    s64 v = sum / (s64)(b - a);
                    bad += mx.out[2 * k] != v || mx.out[2 * k + 1] != v;
                }
            }
            CHECK(bad == 0 && done > outr / 2, "%u Hz to %u Hz: %d of %llu samples differ", in, outr, bad,
                  (unsigned long long)done);
            free(want_in);
            mixer_free(&mx);
            stream_destroy(st);
        }
}

/* Four outputs: noise, noise with rare huge samples (up to +-2^31 - 1,
   beyond what the mixer's 32-bit sums take), a constant, and long runs;
   flat tails reported as an AY does. */
static s32 quad_sample(noisy *z, int o)
{
    z->x = z->x * 1103515245u + 12345u;
    u32 x = z->x >> 8;
    switch (o) {
    case 0: return (s32)(x % 60001) - 30000;
    case 1: return x % 997 == 0 ? (x & 1 ? INT32_MAX : INT32_MIN + 1 + (s32)(x % 3)) : (s32)(x % 4001) - 2000;
    case 2: return -12345;
    default:
        if (x % 3000 == 0)
            z->last = (s32)((x >> 4) % 60001) - 30000;
        return z->last;
    }
}

static void quad_update(device_t *d, s32 *const *out, int n)
{
    noisy *z = d->self;
    for (int o = 0; o < 4; o++) {
        for (int i = 0; i < n; i++)
            out[o][i] = quad_sample(&z[o], o);
        if (d->stream && n > 0) {
            int t = 1;
            while (t < n && out[o][n - 1 - t] == out[o][n - 1])
                t++;
            d->stream->tail[o] = (u32)t;
        }
    }
}

static const device_type quad_device = { .name = "Quad", .shortname = "quad", .sound_update = quad_update,
                                         .outputs = 4 };

/* Output sample k of a route, from the rendered inputs (gen of them):
   the average of its inputs when downsampling, else the nearest earlier
   one, or the last rendered. */
static s64 resampled(const s32 *in, u64 k, u32 inr, u32 outr, u64 gen)
{
    u64 a = k * inr / outr, b = (k + 1) * inr / outr;
    if (b <= a)
        return in[a < gen ? a : gen - 1];
    s64 sum = 0;
    for (u64 j = a; j < b; j++)
        sum += in[j];
    return sum / (s64)(b - a);
}

/* Several mono routes mixed (constant ones, huge samples, gains from 0 to
   65535) against the sum written out: clamp16(sum of v * gain >> 8). */
static void test_mix_exact(void)
{
    static const u32 in_rates[] = { 48000, 96000, 44642, 30000, 187500 };
    static const u32 out_rates[] = { 48000, 44100, 22050 };
    const sound_route *const sets[] = {
        ROUTES(ROUTE(0, SPEAKER_MONO, 256), ROUTE(1, SPEAKER_MONO, 33), ROUTE(2, SPEAKER_MONO, 200),
               ROUTE(3, SPEAKER_MONO, 65535)),
        ROUTES(ROUTE(0, SPEAKER_MONO, 256), ROUTE(2, SPEAKER_MONO, 100)),
        ROUTES(ROUTE(1, SPEAKER_MONO, 256)),
        ROUTES(ROUTE(1, SPEAKER_MONO, 77), ROUTE(2, SPEAKER_MONO, 3)),
        ROUTES(ROUTE(0, SPEAKER_MONO, 256), ROUTE(1, SPEAKER_MONO, 256), ROUTE(3, SPEAKER_MONO, 0)),
        ROUTES(ROUTE(3, SPEAKER_MONO, 512), ROUTE(2, SPEAKER_MONO, 65535)),
    };
    for (size_t si = 0; si < sizeof(sets) / sizeof(sets[0]); si++)
    for (size_t ii = 0; ii < sizeof(in_rates) / sizeof(in_rates[0]); ii++)
        for (size_t oi = 0; oi < sizeof(out_rates) / sizeof(out_rates[0]); oi++) {
            u32 in = in_rates[ii], outr = out_rates[oi];
            noisy z[4] = { { 1, 0 }, { 2, 0 }, { 3, 0 }, { 4, 0 } }, ref[4];
            memcpy(ref, z, sizeof(z));
            device_t dev = { .type = &quad_device, .tag = "quad", .self = z };
            sound_stream *st = stream_create(&dev, in, 4);
            dev.stream = st;
            mixer mx = { .out_rate = outr };
            char err[64];
            CHECK_EQ("routes", 0, mixer_add_routes(&mx, st, sets[si], err, sizeof(err)));
            size_t len = in / 2 + 16;
            s32 *want[4];
            for (int o = 0; o < 4; o++)
                want[o] = malloc(sizeof(s32) * len);
            quad_update(&(device_t){ .self = ref }, want, (int)len);
            int bad = 0;
            u64 done = 0, usec = 0;
            for (int call = 0; usec < 400000; call++) {
                usec += 1000 + (u64)(call * 7919 % 20011);
                emu_time now = et_from_usec(usec);
                mixer_begin_frame(&mx);
                int got = mixer_update(&mx, &st, 1, now);
                u64 gen = et_to_cycles(now, in);
                for (int k = 0; k < got; k++, done++) {
                    s64 sum = 0;
                    for (const sound_route *r = sets[si]; r->target; r++)
                        sum += resampled(want[r->output], done, in, outr, gen) * r->gain >> 8;
                    s64 v = sum > 32767 ? 32767 : sum < -32768 ? -32768 : sum;
                    bad += mx.out[2 * k] != v || mx.out[2 * k + 1] != v;
                }
            }
            CHECK(bad == 0 && done > outr / 4, "routes %zu, %u Hz to %u Hz: %d of %llu samples differ", si, in, outr,
                  bad, (unsigned long long)done);
            for (int o = 0; o < 4; o++)
                free(want[o]);
            mixer_free(&mx);
            stream_destroy(st);
        }
}

/* rc_stage_run against the stage formula written out, with inputs inside
   and beyond the clamp limit (both of its loops), low- and high-pass. */
static void test_stage_clamp(void)
{
    static s32 buf[3000], want[3000];
    const rc_filter f[2] = { RC_LP(RES_K(10), CAP_N(10)), RC_HP(RES_K(10), CAP_N(100)) };
    for (int fi = 0; fi < 2; fi++)
        for (int big = 0; big < 2; big++) {
            rc_stage st = { 0 };
            rc_stage_set(&st, &f[fi], RATE);
            s64 mem = 0, k = st.k;
            u32 x = 99;
            int bad = 0;
            for (int pass = 0; pass < 3; pass++) {
                for (int i = 0; i < 3000; i++) {
                    x = x * 1103515245u + 12345u;
                    s32 lim = big && i % 7 == 0 ? 3 * RC_IN_LIMIT : RC_IN_LIMIT;
                    buf[i] = (s32)((x >> 4) % (u32)(2 * lim + 1)) - lim;
                    s64 v = buf[i] > RC_IN_LIMIT ? RC_IN_LIMIT : buf[i] < -RC_IN_LIMIT ? -RC_IN_LIMIT : buf[i];
                    v *= (s64)1 << RC_MEM_BITS;
                    s64 before = mem;
                    mem += ((v - mem) * k + ((s64)1 << (RC_K_BITS - 1))) >> RC_K_BITS;
                    want[i] = (s32)(((fi ? v - before : mem) + ((s64)1 << (RC_MEM_BITS - 1))) >> RC_MEM_BITS);
                }
                rc_stage_run(&st, buf, 3000);
                for (int i = 0; i < 3000; i++)
                    bad += buf[i] != want[i];
            }
            CHECK(bad == 0, "stage %d, inputs %s the limit: %d samples differ", fi, big ? "beyond" : "within", bad);
        }
}

/* rc_stage_run and rc_stage_run_const on constant buffers (the settled
   shortcut, the straight runs of slow stages) against the stage formula:
   steps between levels, each held for a buffer or more; and
   rc_stage_settled against what the formula does next. */
static void test_stage_flat(void)
{
    static s32 buf[4000], want[4000];
    const rc_filter f[] = { RC_LP(RES_K(10), CAP_N(10)), RC_HP(RES_K(10), CAP_N(100)),
                            RC_HP(222000, CAP_U(10)),    RC_LP3(1000, 5100, 0, CAP_N(220)),
                            RC_LP(RES_K(10), 0),         RC_LP(RES_M(1), CAP_U(1)) };
    static const s32 levels[] = { 0,  12000, 12000, 12000, -7, -7, 3 * RC_IN_LIMIT, 3 * RC_IN_LIMIT,
                                  1,  1,     1,     1,     -32768, -32768, -32768, 32767, 32767, 5, 5, 5 };
    for (size_t fi = 0; fi < sizeof(f) / sizeof(f[0]); fi++) {
        rc_stage st = { 0 };
        rc_stage_set(&st, &f[fi], RATE);
        const bool hp = f[fi].type == RC_HIGHPASS;
        s64 mem = 0, k = st.k;
        int bad = 0;
        for (size_t p = 0; p < sizeof(levels) / sizeof(levels[0]); p++) {
            int n = 100 + (int)(p * 1777 % 3900);
            s64 v = levels[p] > RC_IN_LIMIT ? RC_IN_LIMIT : levels[p] < -RC_IN_LIMIT ? -RC_IN_LIMIT : levels[p];
            v *= (s64)1 << RC_MEM_BITS;
            s32 y;
            bool settled = rc_stage_settled(&st, levels[p], &y);
            bool moves = ((v - mem) * k + ((s64)1 << (RC_K_BITS - 1))) >> RC_K_BITS;
            bad += k && settled == moves;
            for (int i = 0; i < n; i++) {
                s64 before = mem;
                mem += ((v - mem) * k + ((s64)1 << (RC_K_BITS - 1))) >> RC_K_BITS;
                want[i] = !k ? levels[p] : (s32)(((hp ? v - before : mem) + ((s64)1 << (RC_MEM_BITS - 1))) >> RC_MEM_BITS);
                bad += settled && want[i] != y;
            }
            if (p & 1) {
                for (int i = 0; i < n; i++)
                    buf[i] = (s32)(i * 7919);
                rc_stage_run_const(&st, levels[p], buf, (size_t)n);
            } else {
                for (int i = 0; i < n; i++)
                    buf[i] = levels[p];
                rc_stage_run(&st, buf, (size_t)n);
            }
            for (int i = 0; i < n; i++)
                bad += buf[i] != want[i];
        }
        CHECK(bad == 0 && st.mem == mem, "stage %zu, constant buffers: %d samples differ", fi, bad);
    }
}

int main(void)
{
    test_coefficients();
    test_lowpass_step();
    test_highpass_decay();
    test_chain();
    test_mono_routes();
    test_split_routes();
    test_upsampled_mixes();
    test_resample_exact();
    test_mix_exact();
    test_stage_clamp();
    test_stage_flat();
    test_bad_routes();
    return check_report("test_sound");
}
