#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "frontend/framehash.h"
#include "frontend/hwview.h"
#include "frontend/inp.h"
#include "frontend/nvram.h"
#include "frontend/rewind.h"
#include "frontend/runahead.h"
#include "frontend/runner.h"
#include "frontend/snapsize.h"
#include "frontend/speedmeter.h"
#include "frontend/statefile.h"
#include "frontend/stopsig.h"
#include "util/fileio.h"
#include "util/png.h"
#include "util/wav.h"
#include "video/orient.h"

int input_script_parse(input_script *s, const char *text, size_t len, const char *name, char *err, size_t errlen)
{
    memset(s, 0, sizeof(*s));
    size_t cap = 0;
    int line = 0;
    for (size_t pos = 0; pos < len;) {
        size_t end = pos;
        while (end < len && text[end] != '\n')
            end++;
        char buf[256];
        size_t n = end - pos < sizeof(buf) - 1 ? end - pos : sizeof(buf) - 1;
        memcpy(buf, text + pos, n);
        buf[n] = '\0';
        pos = end + 1;
        line++;
        char *hash = strchr(buf, '#');
        if (hash)
            *hash = '\0';
        char port[64], value[16], extra[2];
        unsigned long long frame;
        unsigned mask;
        int got = sscanf(buf, "%llu %63s %i %15s %1s", &frame, port, (int *)&mask, value, extra);
        if (got <= 0)
            continue; /* blank or comment */
        bool rewind = got == 3 && !strcmp(port, "rewind");
        if (rewind && (mask == 0 || mask > 100000)) {
            snprintf(err, errlen, "%s:%d: expected \"FRAME rewind N\" with N 1 to 100000", name, line);
            input_script_free(s);
            return -1;
        }
        /* STATE is 0 or 1 (digital), or a signed +N/-N: counts added to an analog field */
        bool analog = got == 4 && (value[0] == '+' || value[0] == '-');
        char *vend = value;
        long v = got == 4 ? strtol(value, &vend, 10) : -1;
        if (!rewind && (got != 4 || *vend || vend == value || (analog ? (v < -65536 || v > 65536) : (v != 0 && v != 1))
            || strlen(port) >= sizeof(s->events[0].port) || mask == 0)) {
            snprintf(err, errlen, "%s:%d: expected \"FRAME PORT MASK STATE\" with STATE 0, 1 or +/-DELTA", name, line);
            input_script_free(s);
            return -1;
        }
        if (s->count && frame < s->events[s->count - 1].frame) {
            snprintf(err, errlen, "%s:%d: frames must not go backwards", name, line);
            input_script_free(s);
            return -1;
        }
        if (s->count == cap) {
            cap = cap ? cap * 2 : 16;
            input_event *ne = realloc(s->events, cap * sizeof(*ne));
            if (!ne) {
                snprintf(err, errlen, "%s: out of memory", name);
                input_script_free(s);
                return -1;
            }
            s->events = ne;
        }
        input_event *e = &s->events[s->count++];
        e->frame = frame;
        strcpy(e->port, port);
        e->mask = mask;
        e->pressed = !analog && v == 1;
        e->delta = analog ? (s32)v : 0;
        e->analog = analog;
        e->rewind = rewind ? mask : 0;
        e->done = false;
    }
    return 0;
}

int input_script_load(input_script *s, const char *path, char *err, size_t errlen)
{
    u8 *buf;
    size_t len;
    if (file_read_all(path, &buf, &len, 16u << 20, err, errlen))
        return -1;
    int rc = input_script_parse(s, (const char *)buf, len, path, err, errlen);
    free(buf);
    return rc;
}

/* Adds an event's delta to the analog fields of its port under its mask. */
static int input_script_analog(input_ports *ip, const input_event *e)
{
    int port = input_port_index(ip, e->port), changed = 0;
    for (int i = 0; port >= 0 && i < ip->num_fields; i++) {
        input_field *f = &ip->fields[i];
        if (f->port == port && (f->mask & e->mask) && input_type_is_analog(f->type)) {
            input_field_analog_add(f, e->delta);
            changed++;
        }
    }
    return changed;
}

int input_script_apply(input_script *s, machine_t *m, u64 completed, char *err, size_t errlen)
{
    for (; s->next < s->count && s->events[s->next].frame <= completed; s->next++) {
        input_event *e = &s->events[s->next];
        if (e->rewind) {
            if (!e->done) {
                e->done = true;
                s->rewind_pending = e->rewind;
                s->next++;
                return 0;
            }
            continue;
        }
        if (e->analog ? input_script_analog(&m->inputs, e) <= 0
                      : input_set_field(&m->inputs, e->port, e->mask, e->pressed) <= 0) {
            snprintf(err, errlen, "input script: port %s has no %s under mask 0x%x", e->port,
                     e->analog ? "analog input" : "input", e->mask);
            return -1;
        }
    }
    return 0;
}

int input_script_check(const input_script *s, const machine_t *m, char *err, size_t errlen)
{
    const input_ports *ip = &m->inputs;
    for (size_t i = 0; i < s->count; i++) {
        const input_event *e = &s->events[i];
        if (e->rewind)
            continue;
        int port = input_port_index(ip, e->port), found = 0;
        for (int j = 0; port >= 0 && j < ip->num_fields; j++) {
            const input_field *f = &ip->fields[j];
            bool analog = input_type_is_analog(f->type);
            found += f->port == port && (f->mask & e->mask) && (!e->analog || analog);
        }
        if (!found) {
            snprintf(err, errlen, "input script: frame %llu: port %s has no %s under mask 0x%x",
                     (unsigned long long)e->frame, e->port, e->analog ? "analog input" : "input", e->mask);
            return -1;
        }
    }
    return 0;
}

void input_script_seek(input_script *s, u64 completed)
{
    s->next = 0;
    while (s->next < s->count && s->events[s->next].frame < completed)
        s->next++;
}

void input_script_free(input_script *s)
{
    free(s->events);
    memset(s, 0, sizeof(*s));
}

static int cmp_u64(const void *a, const void *b)
{
    u64 x = *(const u64 *)a, y = *(const u64 *)b;
    return x < y ? -1 : x > y;
}

int parse_frame_list(const char *text, u64 **frames, size_t *count)
{
    *frames = NULL;
    *count = 0;
    if (!text || !*text)
        return 0;
    size_t cap = 1;
    for (const char *p = text; *p; p++)
        cap += *p == ',';
    u64 *f = malloc(cap * sizeof(u64));
    if (!f)
        return -1;
    const char *p = text;
    for (size_t i = 0; i < cap; i++) {
        char *end;
        if (!isdigit((unsigned char)*p)) {
            free(f);
            return -1;
        }
        errno = 0;
        f[i] = strtoull(p, &end, 10);
        if ((*end != ',' && *end != '\0') || f[i] == 0 || errno == ERANGE) {
            free(f);
            return -1;
        }
        p = *end ? end + 1 : end;
    }
    qsort(f, cap, sizeof(u64), cmp_u64);
    *frames = f;
    *count = cap;
    return 0;
}

int (*snapshot_artwork_hook)(const game_driver *drv, const char *artpath, const u32 *frame, int w, int h,
                             const char *path, char *err, size_t errlen);

int write_sized_png(const char *path, const u32 *pic, int w, int h, const options *o, char *err, size_t errlen)
{
    int tw, th;
    if (snapsize_parse(o->snapsize, &tw, &th)) {
        snprintf(err, errlen, "-snapsize %s: expected auto or WxH", o->snapsize);
        return -1;
    }
    if (!tw || (tw == w && th == h))
        return png_write_rgb(path, pic, w, h, err, errlen);
    u32 *big = snapsize_scale(pic, w, h, tw, th);
    if (!big) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    int rc = png_write_rgb(path, big, tw, th, err, errlen);
    free(big);
    return rc;
}

int write_snapshot(machine_t *m, const options *o, const char *path, char *err, size_t errlen)
{
    int w = machine_width(m), h = machine_height(m);
    u32 *buf = malloc((size_t)w * (size_t)h * sizeof(u32));
    if (!buf) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    u32 orient = orient_compose(m->driver->flags, o->rotate, o->ror, o->rol, o->flipx, o->flipy);
    int ow, oh;
    orient_apply(buf, &ow, &oh, machine_frame(m), w, h, orient);
    int rc = 1;
    if (snapshot_artwork_hook && o->artwork && o->snapview && !strcmp(o->snapview, "artwork"))
        rc = snapshot_artwork_hook(m->driver, o->artpath, buf, ow, oh, path, err, errlen);
    if (rc > 0)
        rc = write_sized_png(path, buf, ow, oh, o, err, errlen);
    free(buf);
    return rc;
}

static double host_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Sleeps in slices of at most a second, so a far deadline (a tiny -speed)
   never overflows the conversion and a stop signal is seen promptly. */
static void sleep_until(double t)
{
    for (double now = host_seconds(); t > now && !stop_signal(); now = host_seconds()) {
        double d = t - now < 1.0 ? t - now : 1.0;
        struct timespec ts = { 0, (long)(d * 1e9) };
        if (d >= 1.0)
            ts = (struct timespec){ 1, 0 };
        nanosleep(&ts, NULL);
    }
}

typedef struct headless_run {
    input_script script;
    u64 *snaps;
    size_t nsnaps, next_snap;
    wav_writer wav;
    bool wav_open, state_written;
    int nvram;  /* nvram_load's result */
    framehash hash;
    const options *opts;
    inp_file *record, *playback;
    runahead ra;
    rewind_buf rw;
    int shown_rc;
    hwview_run view;  /* -dumpgfx, -why */
} headless_run;

/* NVRAM, then -state, -playback, -record: refusals are invalid
   configuration. A recording starts from the NVRAM and state loaded here. */
static int open_state_and_recordings(headless_run *r, machine_t *m, const options *o)
{
    char err[4400];
    r->nvram = nvram_load(m, o);
    if (o->state && state_file_load(m, o->state, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_INVALID_CONFIG;
    }
    if (o->playback && !(r->playback = inp_open_playback(o->playback, m, err, sizeof(err)))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_INVALID_CONFIG;
    }
    if (o->record && !(r->record = inp_open_record(o->record, m, err, sizeof(err)))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_FATAL;
    }
    return 0;
}

/* -runahead, -rewind, and the script's rewind lines (which need -rewind). */
static int timeshift_setup(headless_run *r, machine_t *m, const options *o)
{
    char err[512];
    if (runahead_init(&r->ra, m, o->runahead, err, sizeof(err))
        || rewind_init(&r->rw, o->rewind ? (size_t)o->rewind_capacity << 20 : 0, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_INVALID_CONFIG;
    }
    r->ra.copy_shown = false; /* snapshots are taken from the callback */
    for (size_t i = 0; i < r->script.count; i++)
        if (r->script.events[i].rewind && !o->rewind) {
            fprintf(stderr, "%s: frame %llu: \"rewind\" needs -rewind\n", o->inputscript,
                    (unsigned long long)r->script.events[i].frame);
            return EXIT_INVALID_CONFIG;
        }
    return 0;
}

static int headless_setup(headless_run *r, machine_t *m, const options *o)
{
    char err[4400];
    memset(r, 0, sizeof(*r));
    r->opts = o;
    if (o->inputscript && (input_script_load(&r->script, o->inputscript, err, sizeof(err))
                           || input_script_check(&r->script, m, err, sizeof(err)))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_INVALID_CONFIG;
    }
    if (parse_frame_list(o->snapframes, &r->snaps, &r->nsnaps)) {
        fprintf(stderr, "Error: illegal value for snapframes: \"%s\"\n", o->snapframes);
        return EXIT_INVALID_CONFIG;
    }
    if (o->savestate_frame && !o->savestate) {
        fprintf(stderr, "-savestate_frame %d needs -savestate FILE\n", o->savestate_frame);
        return EXIT_INVALID_CONFIG;
    }
    if (o->wavwrite) {
        if (wav_open(&r->wav, o->wavwrite, m->mix.out_rate, 2, err, sizeof(err))) {
            fprintf(stderr, "%s\n", err);
            return EXIT_FATAL;
        }
        r->wav_open = true;
    }
    int vrc = hwview_setup(&r->view, m, o);
    if (vrc)
        return vrc;
    if (framehash_begin(&r->hash, o)) {
        fprintf(stderr, "-framehash: out of memory\n");
        return EXIT_FATAL;
    }
    int rc = timeshift_setup(r, m, o);
    return rc ? rc : open_state_and_recordings(r, m, o);
}

/* Inputs for the next frame: the recording being played back, else the
   script; then the recorder stores what changed. */
static int headless_inputs(headless_run *r, machine_t *m, const options *o)
{
    char err[512];
    if (r->playback) {
        inp_playback_frame(r->playback, m);
    } else if (input_script_apply(&r->script, m, m->frame_number, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_INVALID_CONFIG;
    }
    if (r->record && inp_record_frame(r->record, m)) {
        fprintf(stderr, "%s: out of memory\n", o->record);
        return EXIT_FATAL;
    }
    return 0;
}

static int headless_snapshot(headless_run *r, machine_t *m, const options *o)
{
    char err[4400];
    while (r->next_snap < r->nsnaps && r->snaps[r->next_snap] < m->frame_number)
        r->next_snap++;
    if (r->next_snap >= r->nsnaps || r->snaps[r->next_snap] != m->frame_number)
        return 0;
    char dir[4096], path[4200];
    /* A name too long is refused whole: a cut one would create stray folders. */
    if ((size_t)snprintf(dir, sizeof(dir), "%s/%s", o->snapshot_directory, m->driver->name) >= sizeof(dir)) {
        fprintf(stderr, "-snapshot_directory: %s\n", strerror(ENAMETOOLONG));
        return EXIT_FATAL;
    }
    snprintf(path, sizeof(path), "%s/%llu.png", dir, (unsigned long long)m->frame_number);
    if (make_dirs(dir)) {
        fprintf(stderr, "%s: %s\n", dir, strerror(errno));
        return EXIT_FATAL;
    }
    if (write_snapshot(m, o, path, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_FATAL;
    }
    r->next_snap++;
    return 0;
}

/* Handles the end of one frame: snapshots, audio output. 1: the WAV file
   is full, end the run. */
static int headless_frame(headless_run *r, machine_t *m, const options *o)
{
    char err[4400];
    int rc = r->ra.frames ? 0 : headless_snapshot(r, m, o);
    if (!rc)
        rc = hwview_frame(&r->view, m, o);
    if (rc)
        return rc;
    if (o->savestate && o->savestate_frame && m->frame_number == (u64)o->savestate_frame) {
        if (state_file_save(m, o->savestate, err, sizeof(err))) {
            fprintf(stderr, "%s\n", err);
            return EXIT_FATAL;
        }
        r->state_written = true;
    }
    size_t n;
    const s16 *audio = machine_audio(m, &n);
    framehash_audio(&r->hash, m, audio, n);
    if (r->wav_open && wav_write(&r->wav, audio, n) > 0) {
        fprintf(stderr, "%s: the WAV format's 4 GiB limit is reached: the run ends here\n", o->wavwrite);
        return -1;
    }
    return 0;
}

/* With run-ahead, -snapframes shows what the player sees: the speculated
   frame, named by its own number. */
static void headless_shown(void *ctx, machine_t *m)
{
    headless_run *r = ctx;
    if (!r->shown_rc)
        r->shown_rc = headless_snapshot(r, m, r->opts);
}

/* After the frame's outputs: keep it for rewind, then run ahead. */
static int headless_after_frame(headless_run *r, machine_t *m)
{
    char err[512];
    if (rewind_push(&r->rw, m, err, sizeof(err))
        || runahead_speculate(&r->ra, m, headless_shown, r, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_FATAL;
    }
    return r->shown_rc;
}

/* A script's "FRAME rewind N": N frames back, then the script, the
   recording and the snapshots go on from there. */
static int headless_rewind(headless_run *r, machine_t *m, const options *o)
{
    char err[512];
    u32 n = r->script.rewind_pending, done = 0;
    r->script.rewind_pending = 0;
    u64 from = m->frame_number;
    for (; done < n; done++) {
        int k = rewind_step(&r->rw, m, true, err, sizeof(err));
        if (k < 0) {
            fprintf(stderr, "%s\n", err);
            return EXIT_FATAL;
        }
        if (k == 0)
            break;
    }
    if (o->verbose)
        fprintf(stderr, "rewind: %u of %u frames, from frame %llu to %llu\n", done, n, (unsigned long long)from,
                (unsigned long long)m->frame_number);
    input_script_seek(&r->script, m->frame_number);
    inp_rewind(r->record, m->frame_number);
    inp_rewind(r->playback, m->frame_number);
    r->next_snap = 0;
    while (r->next_snap < r->nsnaps && r->snaps[r->next_snap] <= m->frame_number)
        r->next_snap++;
    return 0;
}

/* Outputs asked for at frames the run never reached. */
static int missed_outputs(const headless_run *r, const machine_t *m, const options *o)
{
    int rc = 0;
    if (o->savestate && o->savestate_frame && !r->state_written) {
        fprintf(stderr, "%s: not written: the run ended after frame %llu, before -savestate_frame %d\n",
                o->savestate, (unsigned long long)m->frame_number, o->savestate_frame);
        rc = EXIT_INVALID_CONFIG;
    }
    if (r->next_snap < r->nsnaps) {
        fprintf(stderr, "-snapframes: frame %llu not written: the run ended after frame %llu\n",
                (unsigned long long)r->snaps[r->next_snap], (unsigned long long)m->frame_number);
        rc = EXIT_INVALID_CONFIG;
    }
    return rc;
}

/* After the loop: every output of a run that went well is committed; a
   failed run's outputs are dropped, so existing files stay. */
static int headless_finish(headless_run *r, machine_t *m, const options *o, int rc)
{
    char err[4400];
    framehash_end(&r->hash, m, rc == 0);
    bool keep = rc == 0;
    if (r->wav_open && wav_close(&r->wav, keep, err, sizeof(err)) && keep) {
        fprintf(stderr, "%s\n", err);
        rc = EXIT_FATAL;
    }
    if (keep && o->savestate && !o->savestate_frame && state_file_save(m, o->savestate, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        rc = EXIT_FATAL;
    }
    if (inp_close(r->record, keep, err, sizeof(err)) && keep) {
        fprintf(stderr, "%s\n", err);
        rc = EXIT_FATAL;
    }
    /* Playback never writes the user's NVRAM: it ran from the recording's. */
    if (keep && !r->playback && nvram_save(m, o, r->nvram) < 0)
        rc = EXIT_FATAL;
    inp_close(r->playback, false, err, sizeof(err));
    return rc;
}

int run_headless(machine_t *m, const options *o)
{
    headless_run r;
    stop_signals_install();
    int rc = headless_setup(&r, m, o);
    emu_time limit = o->seconds_to_run ? et_from_ratio((u64)o->seconds_to_run, 1) : ET_NEVER;
    double start = host_seconds();
    speed_meter meter;
    speed_meter_init(&meter);
    while (rc == 0 && !stop_signal() && et_cmp(m->now, limit) < 0) {
        if (r.playback && o->exit_after_playback && inp_playback_done(r.playback, m))
            break;
        rc = headless_inputs(&r, m, o);
        if (rc)
            break;
        if (r.script.rewind_pending) {
            rc = headless_rewind(&r, m, o);
            continue;
        }
        machine_run_frame(m);
        rc = headless_frame(&r, m, o);
        if (rc == 0)
            rc = headless_after_frame(&r, m);
        if (o->bench)
            speed_meter_frame(&meter, m->now, host_seconds());
        if (o->throttle)
            sleep_until(start + (double)et_to_usec(m->now) / 1e6 / o->speed);
    }
    rc = rc < 0 ? 0 : rc;
    if (stop_signal() && o->verbose)
        fprintf(stderr, "Signal %d received: saving and quitting\n", stop_signal());
    /* counted as MAME counts it: see speedmeter.h */
    if (o->bench && rc == 0 && !stop_signal())
        printf("Average speed: %.2f%% (%d seconds)\n", speed_meter_percent(&meter), speed_meter_seconds(&meter));
    if (rc == 0 && !stop_signal())
        rc = missed_outputs(&r, m, o);
    if (o->verbose && r.ra.frames)
        fprintf(stderr, "runahead: %d frames, %llu speculative frames run\n", r.ra.frames,
                (unsigned long long)r.ra.speculated);
    if (o->verbose && rewind_on(&r.rw))
        fprintf(stderr, "rewind: %zu frames kept in %zu bytes (capacity %zu), %llu dropped\n", rewind_depth(&r.rw),
                r.rw.used, r.rw.capacity, (unsigned long long)r.rw.dropped);
    int vrc = hwview_finish(&r.view, m, o, rc == 0 && !stop_signal());
    rc = rc ? rc : vrc;
    rc = headless_finish(&r, m, o, rc);
    runahead_free(&r.ra);
    rewind_free(&r.rw);
    stop_signals_restore();
    input_script_free(&r.script);
    free(r.snaps);
    return rc;
}
