/* The samples device (exact output after resampling, loop, stop, volume,
   save state), the loader (folder, zip, 8-bit stereo, missing files), the
   runner's notice and -listsamples / -verifysamples text and exit codes. */
#include "../emu/romset_fixture.h"
#include "../check.h"

#include <stdlib.h>
#include <string.h>

#include "frontend/options.h"
#include "frontend/samples_cmd.h"
#include "frontend/samples_load.h"

static const char *const names[] = { "a", "b" };
static const samples_params cabs_params = { "cabs", names, 2, 2 };
static const device_config cabs_devices[] = { SOUND_DEVICE("samples", samples_device, 0, &cabs_params,
                                                             ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
                                               DEVICE_END };
static const machine_config cabs_config = { .devices = cabs_devices };
static const machine_config none_config = { .devices = NULL };
static const game_driver drv_cabs = { "cabs", NULL, "2024", "Cabinet", "Samples test", "test", &cabs_config,
                                      NULL, NULL, 0 };
static const game_driver drv_cabsc = { "cabsc", "cabs", "2024", "Cabinet", "Samples test clone", "test",
                                       &cabs_config, NULL, NULL, 0 };
static const game_driver drv_cabn = { "cabn", NULL, "2024", "Cabinet", "No samples", "test", &none_config,
                                      NULL, NULL, 0 };
static const game_driver *const drivers[] = { &drv_cabn, &drv_cabs, &drv_cabsc, NULL };

/* A machine holding just the samples device, started by hand. */
typedef struct rig {
    machine_t *m;
    device_t *d;
    samples_t *s;
} rig;

static rig rig_make(const game_driver *drv)
{
    rig r;
    r.m = calloc(1, sizeof(machine_t));
    r.m->driver = drv;
    r.m->config = drv->config;
    r.m->mix.out_rate = 48000;
    r.d = &r.m->devices[r.m->num_devices++];
    *r.d = (device_t){ .cfg = &cabs_devices[0], .type = &samples_device, .machine = r.m, .tag = "samples",
                       .clock = 48000 };
    r.d->self = calloc(1, samples_device.state_size);
    char err[256];
    CHECK_TRUE(samples_device.start(r.d, err, sizeof(err)) == 0);
    samples_device.reset(r.d);
    r.s = r.d->self;
    return r;
}

static void rig_free(rig *r)
{
    free(r->d->self);
    free(r->m);
}

static void render(rig *r, s32 *out, int n)
{
    samples_device.sound_update(r->d, &out, n);
}

static void check_seq(const s32 *got, const s32 *want, int n, const char *what)
{
    for (int i = 0; i < n; i++)
        CHECK(got[i] == want[i], "%s: sample %d is %d, expected %d", what, i, got[i], want[i]);
}

static void test_device(void)
{
    rig r = rig_make(&drv_cabs);
    CHECK_TRUE(r.d->sound_rate == 48000);
    s16 data[4] = { 0, 1000, 2000, 3000 };
    sample_data sd[2] = { { data, 4, 24000 }, { NULL, 0, 0 } };
    sample_bank bank = { sd, 2 };
    s32 out[12];

    /* no bank: silence, and the channel is not playing */
    samples_start(r.s, 0, 0, false);
    render(&r, out, 4);
    CHECK_TRUE(out[0] == 0 && out[3] == 0 && !samples_playing(r.s, 0));

    samples_attach(r.d, &bank);
    /* 24 kHz to 48 kHz: linear interpolation, then silence at the end */
    samples_start(r.s, 0, 0, false);
    CHECK_TRUE(samples_playing(r.s, 0));
    render(&r, out, 10);
    check_seq(out, (const s32[]){ 0, 500, 1000, 1500, 2000, 2500, 3000, 3000, 0, 0 }, 10, "one-shot");
    CHECK_TRUE(!samples_playing(r.s, 0));

    /* looped: the last frame interpolates towards the first */
    samples_start(r.s, 1, 0, true);
    render(&r, out, 12);
    check_seq(out, (const s32[]){ 0, 500, 1000, 1500, 2000, 2500, 3000, 1500, 0, 500, 1000, 1500 }, 12, "loop");
    CHECK_TRUE(samples_playing(r.s, 1));

    /* save state: positions, not data; restored output continues the same */
    state_io io;
    st_init_save(&io);
    samples_device.serialize(r.d, &io);
    CHECK_TRUE(io.error == 0);
    s32 ref[4], again[4];
    render(&r, ref, 4);
    state_io ld;
    st_init_load(&ld, io.buf, io.pos);
    samples_device.serialize(r.d, &ld);
    CHECK_TRUE(ld.error == 0);
    render(&r, again, 4);
    check_seq(again, ref, 4, "after load");
    st_free(&io);

    /* two channels add; volume; stop */
    samples_start(r.s, 0, 0, false);
    samples_start(r.s, 1, 0, true);
    samples_set_volume(r.s, 1, 128);
    render(&r, out, 3);
    check_seq(out, (const s32[]){ 0, 750, 1500 }, 3, "mixed");
    samples_stop(r.s, 0);
    samples_stop(r.s, 1);
    render(&r, out, 3);
    check_seq(out, (const s32[]){ 0, 0, 0 }, 3, "stopped");
    CHECK_TRUE(!samples_playing(r.s, 0) && !samples_playing(r.s, 1));

    /* a missing sample and bad arguments are silent no-ops */
    samples_start(r.s, 0, 1, false);
    samples_start(r.s, 5, 0, false);
    samples_start(r.s, 0, 7, false);
    render(&r, out, 2);
    CHECK_TRUE(out[0] == 0 && out[1] == 0 && !samples_playing(r.s, 0));
    rig_free(&r);
}

/* A RIFF/WAVE file in memory. */
static u8 *make_wav(int bits, int channels, u32 rate, const void *pcm, u32 bytes, size_t *len)
{
    *len = 44 + bytes;
    u8 *w = calloc(1, *len);
    u32 v[] = { 36 + bytes, 16, (u32)(1 | channels << 16), rate, rate * (u32)channels * (u32)bits / 8,
                (u32)(channels * bits / 8 | bits << 16), bytes };
    memcpy(w, "RIFF", 4);
    memcpy(w + 8, "WAVEfmt ", 8);
    memcpy(w + 36, "data", 4);
    const int at[] = { 4, 16, 20, 24, 28, 32, 40 };
    for (int i = 0; i < 7; i++)
        for (int b = 0; b < 4; b++)
            w[at[i] + b] = (u8)(v[i] >> (8 * b));
    memcpy(w + 44, pcm, bytes);
    return w;
}

typedef struct setup {
    char *root, *path;
} setup;

/* samples/cabs/a.wav (16-bit mono 22050 Hz) and samples/cabs.zip with
   b.wav (8-bit stereo 11025 Hz); `with_b`: false leaves b out. */
static setup make_samples(bool with_a, bool with_b)
{
    setup s = { fx_tempdir(), NULL };
    s.path = fx_path(s.root, "samples");
    fx_mkdir(s.path);
    char *dir = fx_path(s.path, "cabs");
    fx_mkdir(dir);
    size_t len;
    const u8 a16[6] = { 0x10, 0x00, 0xf0, 0xff, 0x00, 0x40 }; /* 16, -16, 16384 */
    u8 *wa = make_wav(16, 1, 22050, a16, 6, &len);
    char *pa = fx_path(dir, "a.wav");
    if (with_a)
        CHECK_TRUE(fx_write_file(pa, wa, len));
    free(wa);
    free(pa);
    const u8 b8[4] = { 0xc0, 0xa0, 0x80, 0x00 }; /* (64, 32) -> 48<<8; (0, -128) -> -64<<8 */
    u8 *wb = make_wav(8, 2, 11025, b8, 4, &len);
    fx_file f[1] = { { "B.WAV", wb, len } };
    char *zip = fx_path(s.path, "cabs.zip");
    if (with_b)
        CHECK_TRUE(fx_write_zip(zip, f, 1));
    free(wb);
    free(zip);
    free(dir);
    return s;
}

static void free_setup(setup *s)
{
    fx_rmtree(s->root);
    free(s->root);
    free(s->path);
}

static void test_loader(void)
{
    setup s = make_samples(true, true);
    sample_bank bank;
    int found, sources;
    const char *sets[2] = { "cabsc", "cabs" };
    CHECK_TRUE(samples_load_set(s.path, sets, 2, &cabs_params, &bank, &found, &sources, stderr) == 0);
    CHECK_TRUE(found == 2 && sources == 2 && bank.count == 2);
    CHECK_TRUE(bank.samples[0].frames == 3 && bank.samples[0].rate == 22050);
    CHECK_TRUE(bank.samples[0].data[0] == 16 && bank.samples[0].data[1] == -16 && bank.samples[0].data[2] == 16384);
    CHECK_TRUE(bank.samples[1].frames == 2 && bank.samples[1].rate == 11025);
    CHECK_TRUE(bank.samples[1].data[0] == 48 * 256 && bank.samples[1].data[1] == -64 * 256);
    sample_bank_free(&bank);

    /* a bad WAV is reported and counts as missing */
    char *bad = fx_path(s.path, "cabs/a.wav");
    CHECK_TRUE(fx_write_file(bad, "RIFFxxxxWAVE", 12));
    fx_capture c;
    CHECK_TRUE(samples_load_set(s.path, sets, 2, &cabs_params, &bank, &found, &sources, fx_capture_begin(&c)) == 0);
    CHECK_CONTAINS(fx_capture_end(&c), "a.wav: no PCM data chunk");
    CHECK_TRUE(found == 1 && bank.samples[0].frames == 0);
    fx_capture_free(&c);
    sample_bank_free(&bank);
    free(bad);
    free_setup(&s);

    /* nothing anywhere: all silent, no error */
    CHECK_TRUE(samples_load_set("/nonexistent;", sets, 2, &cabs_params, &bank, &found, &sources, stderr) == 0);
    CHECK_TRUE(found == 0 && sources == 0 && bank.count == 2 && bank.samples[1].frames == 0);
    sample_bank_free(&bank);
}

static void test_machine_hook(void)
{
    rig r = rig_make(&drv_cabsc);
    fx_capture c;
    machine_samples *ms = samples_load_machine(r.m, "/nonexistent", fx_capture_begin(&c));
    CHECK_TEXT(fx_capture_end(&c), "cabsc: samples not found, sound effects are silent\n");
    fx_capture_free(&c);
    samples_start(r.s, 0, 0, false);
    s32 out[2];
    render(&r, out, 2);
    CHECK_TRUE(out[0] == 0 && out[1] == 0);
    machine_samples_free(ms);

    /* the clone finds the parent's set; one file missing: one notice */
    setup s = make_samples(true, false);
    ms = samples_load_machine(r.m, s.path, fx_capture_begin(&c));
    CHECK_TEXT(fx_capture_end(&c), "cabsc: 1 of 2 samples not found, those sound effects are silent\n");
    fx_capture_free(&c);
    samples_start(r.s, 0, 0, false);
    render(&r, out, 2);
    CHECK_TRUE(out[0] == 16 && samples_playing(r.s, 0));
    machine_samples_free(ms);
    free_setup(&s);
    rig_free(&r);
}

static int run_list(const char *pattern, const char **text, fx_capture *c)
{
    FILE *f = fx_capture_begin(c);
    int rc = samples_list(f, f, drivers, pattern);
    *text = fx_capture_end(c);
    return rc;
}

static int run_verify(const char *pattern, const char *path, const char **text, fx_capture *c)
{
    FILE *f = fx_capture_begin(c);
    int rc = samples_verify(f, f, drivers, pattern, path);
    *text = fx_capture_end(c);
    return rc;
}

static void test_commands(void)
{
    fx_capture c;
    const char *t;
    CHECK_TRUE(run_list("cabs", &t, &c) == EXIT_OK);
    CHECK_TEXT(t, "Samples required for driver \"cabs\".\na\nb\n");
    fx_capture_free(&c);
    CHECK_TRUE(run_list("cab*", &t, &c) == EXIT_OK);
    CHECK_TEXT(t, "Samples required for driver \"cabs\".\na\nb\n\nSamples required for driver \"cabsc\".\na\nb\n");
    fx_capture_free(&c);
    CHECK_TRUE(run_list("cabn", &t, &c) == EXIT_OK);
    CHECK_TEXT(t, "");
    fx_capture_free(&c);
    CHECK_TRUE(run_list("zzz", &t, &c) == EXIT_NO_SUCH_SYSTEM);
    CHECK_TEXT(t, "No matching systems found for 'zzz'\n");
    fx_capture_free(&c);

    setup s = make_samples(true, true);
    CHECK_TRUE(run_verify("cabs", s.path, &t, &c) == EXIT_OK);
    CHECK_TEXT(t, "sampleset cabs is good\n1 samplesets found, 1 were OK.\n");
    fx_capture_free(&c);
    CHECK_TRUE(run_verify(NULL, s.path, &t, &c) == EXIT_OK);
    CHECK_TEXT(t, "sampleset cabs is good\nsampleset cabsc [cabs] is good\n2 samplesets found, 2 were OK.\n");
    fx_capture_free(&c);
    free_setup(&s);

    s = make_samples(true, false);
    CHECK_TRUE(run_verify("cabs", s.path, &t, &c) == EXIT_MISSING_FILES);
    CHECK_TEXT(t, "cabs        : b - NOT FOUND\nsampleset cabs is bad\n1 samplesets found, 0 were OK.\n");
    fx_capture_free(&c);
    free_setup(&s);

    CHECK_TRUE(run_verify("cabs", "/nonexistent", &t, &c) == EXIT_MISSING_FILES);
    CHECK_TEXT(t, "sampleset \"cabs\" not found!\n");
    fx_capture_free(&c);
    CHECK_TRUE(run_verify("cabn", "/nonexistent", &t, &c) == EXIT_MISSING_FILES);
    CHECK_TEXT(t, "sampleset \"cabn\" not required!\n");
    fx_capture_free(&c);
    CHECK_TRUE(run_verify("zzz", "/nonexistent", &t, &c) == EXIT_NO_SUCH_SYSTEM);
    CHECK_TEXT(t, "No matching systems found for 'zzz'\n");
    fx_capture_free(&c);
}

int main(void)
{
    test_device();
    test_loader();
    test_machine_hook();
    test_commands();
    return check_report("test_samples");
}
