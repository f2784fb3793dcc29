/* Run-ahead and rewind (src/frontend/runahead.c, rewind.c) on the cabz80
   test board, in process:
   - run-ahead leaves the real machine exactly as a run without it (state
     bytes, picture, sound after every frame), and shows frame t+N while
     the inputs stay as they are;
   - the latency probe (sdl/latency.c) on cabz80_lag (4 frames of lag)
     measures 4 - N frames with -runahead N;
   - rewinding N frames gives back that frame's state and picture, and
     replaying the same inputs gives the same frames;
   - the ring stays within its capacity, dropping the oldest frames.
   argv[1]: roms folder with cabz80/cabz80.1; argv[2]: the same for cabz80_lag. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/drivers.h"
#include "frontend/rewind.h"
#include "frontend/runahead.h"
#include "frontend/sdl/latency.h"
#include "util/fileio.h"
#include "util/hash.h"
#include "../check.h"

#define FRAMES 150

static u8 rom[0x2000], lag_rom[0x2000];

static machine_t *make(const u8 *image)
{
    region_list regions = { 0 };
    mem_region *r = region_add(&regions, "maincpu", 0x2000, 0);
    memcpy(r->data, image, 0x2000);
    char err[256];
    machine_t *m = machine_create(driver_find("cabz80"), &regions, 48000, err, sizeof(err));
    if (!m)
        printf("machine_create: %s\n", err);
    return m;
}

/* The inputs before frame `next`: bits that change every few frames. */
static void inputs_for(machine_t *m, u64 next)
{
    input_set_field(&m->inputs, "IN0", 0x01, (next / 7) & 1);
    input_set_field(&m->inputs, "IN0", 0x08, (next / 13) & 1);
    input_set_dip(&m->inputs, "DSW0", 0x03, (u32)(next / 40) & 3);
}

/* Frame number n's inputs differ from frame n-1's. */
static bool inputs_change(u64 n)
{
    return n % 7 == 0 || n % 13 == 0 || n % 40 == 0;
}

static void picture_sha(const u32 *pix, const machine_t *m, char *hex)
{
    hash_ctx h;
    hash_result r;
    hash_begin(&h);
    hash_update(&h, pix, (size_t)machine_width(m) * (size_t)machine_height(m) * 4);
    hash_end(&h, &r);
    hash_format_sha1(r.sha1, hex);
}

static void audio_sha(const machine_t *m, char *hex)
{
    size_t n;
    const s16 *a = machine_audio(m, &n);
    hash_ctx h;
    hash_result r;
    hash_begin(&h);
    hash_update(&h, a, n * 2 * sizeof(s16));
    hash_end(&h, &r);
    hash_format_sha1(r.sha1, hex);
}

typedef struct ref_frame {
    char pic[HASH_SHA1_HEX], audio[HASH_SHA1_HEX];
    u8 *state;
    size_t len;
} ref_frame;

/* ref[n]: after frame number n of a plain run with inputs_for. */
static ref_frame ref[FRAMES + 8];

static void make_reference(void)
{
    machine_t *m = make(rom);
    if (!m)
        return;
    while (m->frame_number < FRAMES + 4) {
        inputs_for(m, m->frame_number + 1);
        machine_run_frame(m);
        ref_frame *r = &ref[m->frame_number];
        picture_sha(machine_frame(m), m, r->pic);
        audio_sha(m, r->audio);
        free(r->state);
        machine_save_state(m, &r->state, &r->len);
    }
    machine_destroy(m);
}

static bool same_state(machine_t *m, u64 n)
{
    u8 *st;
    size_t len;
    if (machine_save_state(m, &st, &len))
        return false;
    bool same = len == ref[n].len && !memcmp(st, ref[n].state, len);
    free(st);
    return same;
}

static void test_runahead_pure(int frames)
{
    machine_t *m = make(rom);
    runahead ra;
    char err[256];
    CHECK(m && runahead_init(&ra, m, frames, err, sizeof(err)) == 0, "runahead_init %d", frames);
    if (!m)
        return;
    int state_bad = 0, pic_bad = 0, audio_bad = 0, shown_bad = 0, shown_checked = 0, mispredicted = 0;
    while (m->frame_number < FRAMES) {
        inputs_for(m, m->frame_number + 1);
        machine_run_frame(m);
        u64 n = m->frame_number;
        char a[HASH_SHA1_HEX], p[HASH_SHA1_HEX];
        audio_sha(m, a);
        audio_bad += strcmp(a, ref[n].audio) != 0;
        if (runahead_speculate(&ra, m, NULL, NULL, err, sizeof(err)))
            printf("speculate: %s\n", err);
        state_bad += !same_state(m, n);
        picture_sha(machine_frame(m), m, p);
        pic_bad += strcmp(p, ref[n].pic) != 0;
        CHECK_EQ("shown frame number", n + (u64)frames, ra.shown_frame);
        bool held = true;
        for (int k = 1; k <= frames; k++)
            held = held && !inputs_change(n + (u64)k);
        picture_sha(runahead_picture(&ra, m), m, p);
        if (held) {
            shown_checked++;
            shown_bad += strcmp(p, ref[n + (u64)frames].pic) != 0;
        } else {
            mispredicted += strcmp(p, ref[n + (u64)frames].pic) != 0;
        }
    }
    CHECK(state_bad == 0, "runahead %d: %d frames left another state than the plain run", frames, state_bad);
    CHECK(pic_bad == 0, "runahead %d: %d real pictures differ", frames, pic_bad);
    CHECK(audio_bad == 0, "runahead %d: %d frames' sound differ", frames, audio_bad);
    CHECK(shown_checked > 40 && shown_bad == 0, "runahead %d: %d of %d shown pictures are not frame t+N", frames,
          shown_bad, shown_checked);
    /* The speculation holds the inputs: where they change it may be wrong. */
    CHECK(mispredicted > 0, "runahead %d: no shown picture ever missed an input change", frames);
    CHECK_EQ("speculative frames", (long)FRAMES * frames + frames, (long)ra.speculated);
    runahead_free(&ra);
    machine_destroy(m);
}

/* Key pressed (IN0 bit 2) after frame 41: frames until the shown top changes. */
static int measure_latency(int frames)
{
    machine_t *m = make(lag_rom);
    runahead ra;
    char err[256];
    if (!m || runahead_init(&ra, m, frames, err, sizeof(err)))
        return -1;
    latency_probe *probe = calloc(1, sizeof(*probe));
    probe->shown = frames ? ra.shown : NULL;
    int lat = 0;
    while (!lat && m->frame_number < 120) {
        if (m->frame_number == 41) {
            input_set_field(&m->inputs, "IN0", 0x04, true);
            latency_arm(probe, m);
        }
        machine_run_frame(m);
        runahead_speculate(&ra, m, NULL, NULL, err, sizeof(err));
        lat = latency_check(probe, m);
    }
    free(probe);
    runahead_free(&ra);
    machine_destroy(m);
    return lat;
}

static void test_latency(void)
{
    for (int n = 0; n <= RUNAHEAD_MAX; n++)
        CHECK_EQ("latency with -runahead n (cabz80_lag)", 4 - n, measure_latency(n));
}

static void test_rewind(size_t capacity, u64 back)
{
    machine_t *m = make(rom);
    rewind_buf rw;
    char err[256];
    CHECK(m && rewind_init(&rw, capacity, err, sizeof(err)) == 0, "rewind_init");
    if (!m)
        return;
    while (m->frame_number < 100) {
        inputs_for(m, m->frame_number + 1);
        machine_run_frame(m);
        rewind_push(&rw, m, err, sizeof(err));
        CHECK(rw.used <= capacity, "ring uses %zu bytes, capacity %zu", rw.used, capacity);
    }
    size_t depth = rewind_depth(&rw);
    u64 steps = back < depth ? back : depth;
    CHECK(steps > 0, "nothing to rewind");
    for (u64 i = 0; i < steps; i++)
        CHECK_EQ("rewind_step", 1, rewind_step(&rw, m, true, err, sizeof(err)));
    u64 at = 100 - steps;
    CHECK_EQ("frame after rewinding", (long)at, (long)m->frame_number);
    char p[HASH_SHA1_HEX];
    picture_sha(machine_frame(m), m, p);
    CHECK_STR("rewound picture", ref[at].pic, p);
    CHECK(same_state(m, at), "rewound state differs from frame %llu's", (unsigned long long)at);
    CHECK_EQ("depth after rewinding", (long)(depth - steps), (long)rewind_depth(&rw));
    int bad = 0;
    while (m->frame_number < 100) {
        inputs_for(m, m->frame_number + 1);
        machine_run_frame(m);
        rewind_push(&rw, m, err, sizeof(err));
        picture_sha(machine_frame(m), m, p);
        bad += strcmp(p, ref[m->frame_number].pic) != 0 || !same_state(m, m->frame_number);
    }
    CHECK(bad == 0, "replaying %llu frames: %d differ", (unsigned long long)steps, bad);
    /* Back past what is kept: stops at the oldest. */
    depth = rewind_depth(&rw);
    for (size_t i = 0; i < depth; i++)
        rewind_step(&rw, m, true, err, sizeof(err));
    CHECK_EQ("nothing older", 0, rewind_step(&rw, m, true, err, sizeof(err)));
    CHECK_EQ("oldest frame", (long)(100 - depth), (long)m->frame_number);
    if (capacity < (1u << 20))
        CHECK(rw.dropped > 0 && depth < 99, "capacity %zu: %zu frames kept, %llu dropped", capacity, depth,
              (unsigned long long)rw.dropped);
    else
        CHECK_EQ("frames kept with room", 99, (long)depth);
    rewind_free(&rw);
    machine_destroy(m);
}

static int load(const char *dir, u8 *dst)
{
    char path[4096], err[512];
    u8 *buf;
    size_t len;
    snprintf(path, sizeof(path), "%s/cabz80/cabz80.1", dir);
    if (file_read_all(path, &buf, &len, 0x2000, err, sizeof(err))) {
        printf("%s\n", err);
        return -1;
    }
    memcpy(dst, buf, len);
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3 || load(argv[1], rom) || load(argv[2], lag_rom)) {
        printf("usage: test_timeshift ROMS LAG_ROMS\n");
        return 1;
    }
    make_reference();
    for (int n = 1; n <= RUNAHEAD_MAX; n++)
        test_runahead_pure(n);
    test_latency();
    /* 30 and 31: the program reads its inputs every second frame. */
    test_rewind(100u << 20, 30);
    test_rewind(100u << 20, 31);
    size_t one = ref[1].len + sizeof(input_ports);
    test_rewind(one * 3, 30);
    for (int i = 0; i < FRAMES + 8; i++)
        free(ref[i].state);
    return check_report("test_timeshift");
}
