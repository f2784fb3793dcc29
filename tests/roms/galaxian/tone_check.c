/* Galaxian tone generator against MAME 0.251 (the tone-only phase of
   galaxian_test.asm, from frame 320).
     tone_check analyse FILE.wav FROM TO
       prints the tone's runs and per-window dominant frequencies between FROM
       and TO seconds (channels averaged):
         run START END FREQ   a stretch where the level is above a tenth of
                              the loudest 10 ms window (on/off timing), with
                              the dominant frequency of its middle 16384
                              samples (Hann window, FFT, parabolic peak)
         win T FREQ           dominant frequency of the 2048 samples from T,
                              for each 50 ms step lying inside a run (30 ms
                              margins)
     tone_check check REF.txt FILE.wav FROM TO
       analyses FILE.wav and compares it with REF.txt, as compare does
     tone_check compare REF.txt CAND.txt
       REF and CAND are analyse outputs; passes when both have the same runs,
       starts within 3 ms, ends within 20 ms (MAME's tone rings on for up to
       14 ms after the pitch latch is set to FFh; Cabinet's stops at once),
       run frequencies within 1%, and every
       window time of REF has a CAND window within 3% (windows of one run
       whose neighbours disagree by a frame are skipped).
   Exit 0 pass, 1 fail, 2 usage/read error. */
#include <complex.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/wav.h"

#define MAX_RUNS 64
#define MAX_WINS 1024

typedef struct { double start, end, freq; } run_t;
typedef struct { double t, freq; } win_t;
typedef struct { run_t runs[MAX_RUNS]; int nruns; win_t wins[MAX_WINS]; int nwins; } analysis;

static void fft(double complex *a, size_t n)
{
    for (size_t i = 1, j = 0; i < n; i++) {
        size_t bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j) {
            double complex t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
    for (size_t len = 2; len <= n; len <<= 1) {
        double complex w = cexp(-2 * M_PI * I / (double)len);
        for (size_t i = 0; i < n; i += len) {
            double complex wk = 1;
            for (size_t k = 0; k < len / 2; k++) {
                double complex u = a[i + k], v = a[i + k + len / 2] * wk;
                a[i + k] = u + v;
                a[i + k + len / 2] = u - v;
                wk *= w;
            }
        }
    }
}

/* Dominant frequency of x[0..n) (n a power of two), 100 Hz and up. */
static double dominant(const double *x, size_t n, u32 rate)
{
    double complex *a = malloc(n * sizeof(*a));
    double *mag = malloc(n / 2 * sizeof(*mag));
    if (!a || !mag)
        exit(2);
    double mean = 0;
    for (size_t i = 0; i < n; i++)
        mean += x[i];
    mean /= (double)n;
    for (size_t i = 0; i < n; i++)
        a[i] = (x[i] - mean) * (0.5 - 0.5 * cos(2 * M_PI * (double)i / (double)(n - 1)));
    fft(a, n);
    size_t lo = (size_t)(100.0 * (double)n / rate) + 1, best = lo;
    for (size_t k = 0; k < n / 2; k++)
        mag[k] = cabs(a[k]);
    for (size_t k = lo; k < n / 2 - 1; k++)
        if (mag[k] > mag[best])
            best = k;
    double al = mag[best - 1], b = mag[best], c = mag[best + 1], d = al - 2 * b + c;
    double off = d != 0 ? 0.5 * (al - c) / d : 0;
    free(a);
    free(mag);
    return ((double)best + off) * rate / (double)n;
}

static double mean_of(const double *x, size_t n)
{
    double m = 0;
    for (size_t i = 0; i < n; i++)
        m += x[i];
    return m / (double)n;
}

static int analyse(const char *path, double from, double to, FILE *out)
{
    wav_data w;
    char err[256];
    if (wav_read(path, &w, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    size_t n = w.frames;
    double *x = malloc((n ? n : 1) * sizeof(*x));
    if (!x)
        return 2;
    for (size_t i = 0; i < n; i++) {
        double v = 0;
        for (int c = 0; c < w.channels; c++)
            v += w.samples[i * w.channels + c];
        x[i] = v / w.channels;
    }
    size_t a = (size_t)(from * w.rate), b = (size_t)(to * w.rate), win = w.rate / 100;
    if (b > n)
        b = n;
    size_t nw = b > a ? (b - a) / win : 0;
    double *rms = calloc(nw ? nw : 1, sizeof(*rms)), peak = 0;
    for (size_t k = 0; k < nw; k++) {
        double s = 0, mean = 0;
        for (size_t j = 0; j < win; j++)
            mean += x[a + k * win + j];
        mean /= (double)win;
        for (size_t j = 0; j < win; j++) {
            double v = x[a + k * win + j] - mean;
            s += v * v;
        }
        rms[k] = sqrt(s / (double)win);
        if (rms[k] > peak)
            peak = rms[k];
    }
    fprintf(out, "# %s %.2f-%.2f s, %u Hz\n", path, from, to, (unsigned)w.rate);
    for (size_t k = 0; k < nw;) {
        if (rms[k] <= peak / 10) {
            k++;
            continue;
        }
        size_t e = k;
        while (e < nw && rms[e] > peak / 10)
            e++;
        /* edges to the sample: the first and last samples further than half the peak RMS from
           the level of the silent window before / after the run */
        double thr = peak / 2;
        size_t s0 = a + k * win, s1 = a + e * win;
        double dc0 = k > 0 ? mean_of(x + s0 - win, win) : x[s0], dc1 = e < nw ? mean_of(x + s1, win) : 0;
        for (size_t i = s0; i < s0 + win; i++)
            if (fabs(x[i] - dc0) > thr) {
                s0 = i;
                break;
            }
        for (size_t i = s1; i-- > s1 - win;)
            if (fabs(x[i] - dc1) > thr) {
                s1 = i + 1;
                break;
            }
        double start = (double)s0 / w.rate, end = (double)s1 / w.rate;
        size_t len = 16384;
        while (len > 256 && len > s1 - s0)
            len >>= 1;
        double f = dominant(x + (s0 + s1) / 2 - len / 2, len, w.rate);
        fprintf(out, "run %.4f %.4f %.1f\n", start, end, f);
        for (double t = ceil((start + 0.03) / 0.05) * 0.05; t + 2048.0 / w.rate <= end - 0.03; t += 0.05)
            fprintf(out, "win %.3f %.1f\n", t, dominant(x + (size_t)(t * w.rate), 2048, w.rate));
        k = e;
    }
    free(rms);
    free(x);
    wav_data_free(&w);
    return 0;
}

static void load_file(FILE *f, analysis *an)
{
    char line[256];
    memset(an, 0, sizeof(*an));
    while (fgets(line, sizeof(line), f)) {
        run_t r;
        win_t wi;
        if (sscanf(line, "run %lf %lf %lf", &r.start, &r.end, &r.freq) == 3 && an->nruns < MAX_RUNS)
            an->runs[an->nruns++] = r;
        else if (sscanf(line, "win %lf %lf", &wi.t, &wi.freq) == 2 && an->nwins < MAX_WINS)
            an->wins[an->nwins++] = wi;
    }
}

static int load(const char *path, analysis *an)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", path);
        return -1;
    }
    load_file(f, an);
    fclose(f);
    return 0;
}

static analysis ref, cand;

static int compare(void)
{
    int fails = 0;
    if (ref.nruns != cand.nruns || !ref.nruns) {
        printf("FAIL: %d tone runs, reference %d\n", cand.nruns, ref.nruns);
        return 1;
    }
    for (int i = 0; i < ref.nruns; i++) {
        const run_t *r = &ref.runs[i], *c = &cand.runs[i];
        bool ok = fabs(r->start - c->start) <= 0.003 && fabs(r->end - c->end) <= 0.020 &&
                  fabs(c->freq - r->freq) <= 0.01 * r->freq;
        printf("%s: run %d: %.4f-%.4f s %.1f Hz, reference %.4f-%.4f s %.1f Hz\n", ok ? "ok" : "FAIL", i,
               c->start, c->end, c->freq, r->start, r->end, r->freq);
        fails += !ok;
    }
    int wfails = 0;
    for (int i = 0; i < ref.nwins; i++) {
        const win_t *r = &ref.wins[i];
        const win_t *c = NULL;
        for (int j = 0; j < cand.nwins; j++)
            if (fabs(cand.wins[j].t - r->t) < 0.001)
                c = &cand.wins[j];
        if (!c) /* window at a run edge that moved by a few ms */
            continue;
        if (fabs(c->freq - r->freq) > 0.03 * r->freq) {
            if (wfails++ < 10)
                printf("FAIL: window %.3f s: %.1f Hz, reference %.1f Hz\n", r->t, c->freq, r->freq);
        }
    }
    printf("%d runs, %d windows compared, %d run and %d window failures\n", ref.nruns, ref.nwins, fails, wfails);
    return fails || wfails ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc == 5 && !strcmp(argv[1], "analyse"))
        return analyse(argv[2], atof(argv[3]), atof(argv[4]), stdout);
    if (argc == 4 && !strcmp(argv[1], "compare"))
        return load(argv[2], &ref) || load(argv[3], &cand) ? 2 : compare();
    if (argc == 6 && !strcmp(argv[1], "check")) {
        FILE *t = tmpfile();
        if (!t || load(argv[2], &ref) || analyse(argv[3], atof(argv[4]), atof(argv[5]), t)) {
            if (t)
                fclose(t);
            return 2;
        }
        rewind(t);
        load_file(t, &cand);
        fclose(t);
        return compare();
    }
    fprintf(stderr, "usage: %s analyse FILE.wav FROM TO | compare REF.txt CAND.txt | check REF.txt FILE.wav FROM TO\n",
            argv[0]);
    return 2;
}
