/* Checks the WSG output of the homebrew `sound` test set against MAME's
   recording: per step, the level at each voice's frequency (Goertzel) and
   the RMS must agree within 1 dB, and the moments sound starts and stops
   (frames 30, 210, 240, 270) within 2 ms. MAME 0.251 changes the sound
   enable without bringing the stream up to date first, so its enable and
   disable act back to its previous stream update (at most 20 ms earlier, at
   its 50 Hz update rate); for those two edges the reference may lead by up to
   20.5 ms. Cabinet applies them at the moment of the write.
   usage: pacman_audio REF.wav CAND.wav */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "util/wav.h"

typedef struct step {
    double t0, t1;   /* seconds, inside one step */
    double f[3];     /* voice frequencies, 0 = unused */
} step;

/* f = register * 96000 / 2^20 (tests/roms/pacman/README.md) */
#define HZ(reg) ((double)(reg) * 96000.0 / 1048576.0)
static const step steps[] = {
    { 0.55, 0.95, { HZ(0x12c6), 0, 0 } },
    { 1.05, 1.45, { HZ(0x1c30), 3 * HZ(0x1c30), 0 } },
    { 1.55, 1.95, { HZ(0x2590), 2 * HZ(0x2590), 0 } },
    { 2.05, 2.45, { HZ(0x0b2e), HZ(0x0e10), HZ(0x10c0) } },
    { 2.55, 2.95, { HZ(0x2aab), 2 * HZ(0x2aab), 0 } },
    { 3.05, 3.45, { 10 * HZ(0x0963), 0, 0 } }, /* the jagged wave has no fundamental to speak of */
    { 4.02, 4.42, { HZ(0x5550), 0, 0 } },
};

static double mono(const wav_data *w, size_t i)
{
    return w->samples[i * w->channels] / 32768.0;
}

static double goertzel_db(const wav_data *w, double t0, double t1, double f)
{
    size_t a = (size_t)(t0 * w->rate), b = (size_t)(t1 * w->rate);
    double k = 2.0 * cos(2.0 * M_PI * f / w->rate), s1 = 0, s2 = 0;
    for (size_t i = a; i < b && i < w->frames; i++) {
        double s0 = mono(w, i) + k * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    double p = s1 * s1 + s2 * s2 - k * s1 * s2;
    return 10.0 * log10(p / (double)(b - a) + 1e-20);
}

static double rms_db(const wav_data *w, double t0, double t1)
{
    size_t a = (size_t)(t0 * w->rate), b = (size_t)(t1 * w->rate);
    double sum = 0;
    for (size_t i = a; i < b && i < w->frames; i++)
        sum += mono(w, i) * mono(w, i);
    return 10.0 * log10(sum / (double)(b - a) + 1e-12);
}

/* First sample at or after t whose silence state differs from `silent`. */
static double edge(const wav_data *w, double t, bool silent)
{
    for (size_t i = (size_t)(t * w->rate); i < w->frames; i++) {
        bool quiet = w->samples[i * w->channels] == 0;
        /* sound starting: any non-zero sample; stopping: 2 ms of zeros */
        if (silent && !quiet)
            return (double)i / w->rate;
        if (!silent && quiet) {
            size_t j = i;
            while (j < w->frames && j < i + w->rate / 500 && w->samples[j * w->channels] == 0)
                j++;
            if (j == i + w->rate / 500)
                return (double)i / w->rate;
        }
    }
    return -1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s REF.wav CAND.wav\n", argv[0]);
        return 2;
    }
    wav_data ref, cand;
    char err[512];
    if (wav_read(argv[1], &ref, err, sizeof(err)) || wav_read(argv[2], &cand, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    int bad = 0;
    for (size_t s = 0; s < sizeof(steps) / sizeof(steps[0]); s++) {
        const step *st = &steps[s];
        double dr = rms_db(&ref, st->t0, st->t1), dc = rms_db(&cand, st->t0, st->t1);
        bool ok = fabs(dr - dc) <= 1.0;
        printf("step %zu (%.2f-%.2fs): rms %.1f / %.1f dB", s + 1, st->t0, st->t1, dc, dr);
        for (int v = 0; v < 3 && st->f[v] > 0; v++) {
            double pr = goertzel_db(&ref, st->t0, st->t1, st->f[v]), pc = goertzel_db(&cand, st->t0, st->t1, st->f[v]);
            printf("; %.1f Hz %.1f / %.1f dB", st->f[v], pc, pr);
            ok = ok && fabs(pr - pc) <= 1.0;
        }
        printf("  %s\n", ok ? "ok" : "MISMATCH");
        bad += !ok;
    }
    static const struct { double t; bool silent, enable; const char *what; } edges[] = {
        { 0.0, true, false, "first note (frame 30)" },
        { 3.2, false, true, "sound disable (frame 210)" },
        { 3.6, true, true, "sound enable (frame 240)" },
        { 4.2, false, false, "last voice off (frame 270)" },
    };
    for (size_t e = 0; e < sizeof(edges) / sizeof(edges[0]); e++) {
        double tr = edge(&ref, edges[e].t, edges[e].silent), tc = edge(&cand, edges[e].t, edges[e].silent);
        double lead = tc - tr;
        bool ok = tr >= 0 && tc >= 0 && (edges[e].enable ? lead >= -0.002 && lead <= 0.0205 : fabs(lead) <= 0.002);
        printf("%s: %.4fs, reference %.4fs  %s\n", edges[e].what, tc, tr, ok ? "ok" : "MISMATCH");
        bad += !ok;
    }
    wav_data_free(&ref);
    wav_data_free(&cand);
    printf("%s\n", bad ? "FAIL" : "PASS");
    return bad ? 1 : 0;
}
