/* Invaders samples test helper.
     sample_check gen DIR [SET NAME...]
       writes DIR/invaders/0.wav .. 9.wav (or DIR/SET/NAME.wav for the given
       names, at most 10, the i-th standing for sample i): synthetic sine
       bursts, sample i at sample_freq(i) Hz, 22050 Hz mono 16-bit (so the
       device resamples), 0.1 s long (0.05 s for the looped sample 0).
     sample_check check OUT.wav EXPECTED.txt
       splits OUT.wav into 10 ms windows and names the sample whose frequency
       dominates each (Goertzel power), or '-' for silence; then checks the
       lines of EXPECTED.txt:
         on  T I    sample I starts within [T - 12 ms, T + 5 ms] (window starts) (seconds)
         off T1 T2  no sample is heard anywhere in [T1, T2]
         hold T1 T2 I  sample I is heard in every window of [T1, T2]
       Exit 0 when all hold; 1 with the failures and the window list. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/wav.h"

#define NSAMPLES 10
#define WIN_MS 10
#define GEN_RATE 22050

static double sample_freq(int i)
{
    return 500.0 + 250.0 * i; /* 500 .. 2750 Hz, 250 Hz apart */
}

static int gen(const char *dir, const char *set, char **names, int count)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s", dir, set);
    mkdir(dir, 0777);
    mkdir(path, 0777);
    for (int i = 0; i < count; i++) {
        size_t n = (size_t)(GEN_RATE * (i == 0 ? 0.05 : 0.1));
        s16 *buf = malloc(n * sizeof(*buf));
        if (!buf)
            return 2;
        for (size_t k = 0; k < n; k++)
            buf[k] = (s16)lrint(12000.0 * sin(2 * M_PI * sample_freq(i) * (double)k / GEN_RATE));
        wav_writer w;
        if (names)
            snprintf(path, sizeof(path), "%s/%s/%s.wav", dir, set, names[i]);
        else
            snprintf(path, sizeof(path), "%s/%s/%d.wav", dir, set, i);
        char err[512];
        if (wav_open(&w, path, GEN_RATE, 1, err, sizeof(err))) {
            free(buf);
            fprintf(stderr, "%s\n", err);
            return 2;
        }
        wav_write(&w, buf, n);
        free(buf);
        if (wav_close(&w, true, err, sizeof(err))) {
            fprintf(stderr, "%s\n", err);
            return 2;
        }
    }
    return 0;
}

static double goertzel(const double *x, size_t n, double freq, u32 rate)
{
    double c = 2 * cos(2 * M_PI * freq / rate), s1 = 0, s2 = 0;
    for (size_t k = 0; k < n; k++) {
        double s0 = x[k] + c * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return (s1 * s1 + s2 * s2 - c * s1 * s2) / ((double)n * n);
}

static int check(const char *wavpath, const char *expected)
{
    wav_data w;
    char err[256];
    if (wav_read(wavpath, &w, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    size_t win = (size_t)w.rate * WIN_MS / 1000, nwin = w.frames / win;
    int *heard = calloc(nwin ? nwin : 1, sizeof(*heard));
    double *x = malloc(win * sizeof(*x));
    if (!heard || !x)
        return 2;
    for (size_t k = 0; k < nwin; k++) {
        for (size_t j = 0; j < win; j++) {
            double v = 0;
            for (int c = 0; c < w.channels; c++)
                v += w.samples[((k * win) + j) * w.channels + c];
            x[j] = v / w.channels;
        }
        int best = -1;
        double bp = 0, total = 0;
        for (int i = 0; i < NSAMPLES; i++) {
            double p = goertzel(x, win, sample_freq(i), w.rate);
            total += p;
            if (p > bp) {
                bp = p;
                best = i;
            }
        }
        /* a burst at a tenth of full scale gives about 1e5 here */
        heard[k] = bp > 1e4 && bp > 0.6 * total ? best : -1;
    }
    FILE *f = fopen(expected, "r");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", expected);
        return 2;
    }
    char line[256];
    int fails = 0, checks = 0;
    while (fgets(line, sizeof(line), f)) {
        char kind[8];
        double a, b;
        int hold = -1;
        if (line[0] == '#' || sscanf(line, "%7s %lf %lf %d", kind, &a, &b, &hold) < 3)
            continue;
        checks++;
        long lo, hi;
        if (!strcmp(kind, "on")) {
            int want = (int)b;
            lo = lround((a - 0.012) * 1000 / WIN_MS);
            hi = lround((a + 0.005) * 1000 / WIN_MS);
            long found = -1;
            for (long k = lo < 1 ? 1 : lo; k <= hi && k < (long)nwin; k++)
                if (heard[k] == want && heard[k - 1] != want) {
                    found = k;
                    break;
                }
            if (found < 0) {
                printf("FAIL: sample %d does not start near %.3f s\n", want, a);
                fails++;
            } else {
                printf("ok: sample %d starts at %.3f s (expected %.3f s)\n", want, found * WIN_MS / 1000.0, a);
            }
        } else if (!strcmp(kind, "hold")) {
            lo = lround(a * 1000 / WIN_MS);
            hi = lround(b * 1000 / WIN_MS);
            for (long k = lo < 0 ? 0 : lo; k <= hi; k++)
                if (k >= (long)nwin || heard[k] != hold) {
                    printf("FAIL: sample %d not heard at %.3f s (held in %.3f-%.3f s expected)\n", hold,
                           k * WIN_MS / 1000.0, a, b);
                    fails++;
                    break;
                }
        } else {
            lo = lround(a * 1000 / WIN_MS);
            hi = lround(b * 1000 / WIN_MS);
            for (long k = lo < 0 ? 0 : lo; k <= hi && k < (long)nwin; k++)
                if (heard[k] >= 0) {
                    printf("FAIL: sample %d heard at %.3f s, silence expected in %.3f-%.3f s\n", heard[k],
                           k * WIN_MS / 1000.0, a, b);
                    fails++;
                    break;
                }
        }
    }
    fclose(f);
    if (fails || !checks) {
        printf("windows of %d ms (sample number, '-' silence):\n", WIN_MS);
        for (size_t k = 0; k < nwin; k++)
            printf("%c%s", heard[k] < 0 ? '-' : '0' + heard[k], (k + 1) % 100 ? "" : "\n");
        printf("\n");
    }
    free(heard);
    free(x);
    wav_data_free(&w);
    return fails || !checks ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "gen"))
        return gen(argv[2], "invaders", NULL, NSAMPLES);
    if (argc >= 5 && argc - 4 <= NSAMPLES && !strcmp(argv[1], "gen"))
        return gen(argv[2], argv[3], argv + 4, argc - 4);
    if (argc == 4 && !strcmp(argv[1], "check"))
        return check(argv[2], argv[3]);
    fprintf(stderr, "usage: %s gen DIR [SET NAME...] | check OUT.wav EXPECTED.txt\n", argv[0]);
    return 2;
}
