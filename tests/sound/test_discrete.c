/* Discrete building blocks against the textbook behaviour of their
   circuits, at 48 kHz: RC step responses after one time constant, a 555's
   astable frequency at the standard thresholds, the Sallen-Key low-pass's
   gain at DC and at its corner, the resistor mixer's divider, the
   trigger pulse of Donkey Kong's jump circuit, the LFSR counter's
   clocking, a 74LS624 against breadboard measurements, the LS123's width,
   the inverter oscillator's type 3 (type 1's circuit, the first
   inverter's output). */
#include <math.h>
#include <stdlib.h>

#include "sound/disc_mix.h"
#include "sound/disc_osc.h"
#include "sound/disc_osc_cycle.h"
#include "sound/disc_rc.h"
#include "util/f64bits.h"
#include "../check.h"

#define RATE 48000.0

static int near(double got, double want, double tol)
{
    return fabs(got - want) <= tol;
}

static void test_rc(void)
{
    disc_rcfilter lp;
    disc_rcfilter_init(&lp, 10e3, 1e-6, RATE); /* 10 ms */
    double v = 0;
    for (int i = 0; i < 480; i++)
        v = disc_rcfilter_step(&lp, 1.0);
    CHECK(near(v, 1.0 - exp(-1.0), 1e-9), "RC low-pass after RC: %f", v);

    disc_crfilter hp;
    disc_crfilter_init(&hp, 10e3, 1e-6, RATE);
    for (int i = 0; i <= 480; i++)
        v = disc_crfilter_step(&hp, 1.0);
    CHECK(near(v, exp(-1.0), 1e-9), "CR high-pass after RC: %f", v);

    disc_rcdisc2 d;
    disc_rcdisc2_init(&d, 100e3, 10e3, 1e-6, RATE); /* 100 ms towards in0, 10 ms towards in1 */
    for (int i = 0; i < 4800; i++)
        v = disc_rcdisc2_step(&d, 0, 5.0, 0.0);
    CHECK(near(v, 5.0 * (1.0 - exp(-1.0)), 1e-9), "RCDISC2 charge through r0: %f", v);
    double start = v;
    for (int i = 0; i < 480; i++)
        v = disc_rcdisc2_step(&d, 1, 5.0, 0.0);
    CHECK(near(v, start * exp(-1.0), 1e-9), "RCDISC2 discharge through r1: %f", v);
}

/* Donkey Kong's jump trigger (R32 10K, R31 10K, C18 1 uF): the output
   starts at half of 5 V and falls as exp(-t / 20 ms), so it crosses the
   transistor's 0.6 V at 20 ms x ln(2.5 / 0.6) = 28.54 ms */
static void test_rcdisc_mod(void)
{
    disc_rcdisc_mod m;
    disc_rcdisc_mod_init(&m, 10e3, 0, 0, 10e3, 1e-6, 5.0, RATE);
    double first = disc_rcdisc_mod_step(&m, 0, 0);
    CHECK(near(first, 2.5 * exp(-1.0 / (RATE * 0.02)), 1e-9), "first sample %f", first);
    int n = 1;
    while (disc_rcdisc_mod_step(&m, 0, 0) > 0.6)
        n++;
    double t = n / RATE;
    CHECK(near(t, 0.02 * log(2.5 / 0.6), 1.0 / RATE), "0.6 V crossed at %f s", t);
    /* trigger released: the diode clamps at -0.6 V */
    CHECK(near(disc_rcdisc_mod_step(&m, 1, 0), -0.6, 1e-12), "clamp");
    /* modulated: in2 above 0.6 V shorts the output */
    CHECK(near(disc_rcdisc_mod_step(&m, 0, 4.5), 0, 0), "in2 high");
}

/* a 555 at CV = 2/3 Vcc: f = 1 / (ln 2 (R1 + 2 R2) C) */
static void test_555(void)
{
    disc_555_astable t;
    disc_555_astable_init(&t, 47e3, 27e3, 47e-9, 5.0, 4.5, RATE);
    double cv = 5.0 * 2.0 / 3.0, prev = 0;
    int rises = 0, first = -1, last = -1;
    for (int i = 0; i < 3 * (int)RATE; i++) {
        double v = disc_555_astable_step(&t, cv);
        if (i > (int)RATE / 10 && prev < 2.25 && v >= 2.25) {
            if (first < 0)
                first = i;
            last = i;
            rises++;
        }
        prev = v;
    }
    double f = (rises - 1) * RATE / (last - first);
    double want = 1.0 / (log(2.0) * (47e3 + 2 * 27e3) * 47e-9);
    CHECK(fabs(f - want) / want < 0.005, "555 at %f Hz, textbook %f Hz", f, want);
    /* the energy output stays within 0..high */
    CHECK(t.out >= 0 && t.out <= 4.5, "energy %f", t.out);
}

/* the Sallen-Key low-pass of the DAC (5.6K, 5.6K, 22 nF, 10 nF): unity at
   DC, Q = 0.7416 at its 1916 Hz corner (the bilinear transform is exact
   there, as the corner is pre-warped) */
static void test_sallen_key(void)
{
    disc_sallen_key f;
    disc_sallen_key_lp_init(&f, 5.6e3, 5.6e3, 22e-9, 10e-9, RATE);
    double v = 0;
    for (int i = 0; i < 4800; i++)
        v = disc_sallen_key_step(&f, 1.0);
    CHECK(near(v, 1.0, 1e-9), "DC gain %f", v);
    double fc = 1.0 / (2.0 * 3.14159265358979323846 * 5.6e3 * sqrt(22e-9 * 10e-9));
    double q = sqrt(22e-9 * 10e-9) * 5.6e3 / (10e-9 * 11.2e3);
    disc_sallen_key_lp_init(&f, 5.6e3, 5.6e3, 22e-9, 10e-9, RATE);
    double peak = 0;
    for (int i = 0; i < (int)RATE; i++) {
        v = disc_sallen_key_step(&f, sin(2.0 * 3.14159265358979323846 * fc * i / RATE));
        if (i > (int)RATE / 2 && fabs(v) > peak)
            peak = fabs(v);
    }
    CHECK(fabs(peak - q) < 0.005, "gain at %f Hz: %f, Q %f", fc, peak, q);
}

/* four 47K inputs, 10K to ground: one input at 5 V gives
   5 / 47K / (4 / 47K + 1 / 10K) */
static void test_rmix(void)
{
    disc_rmix m;
    static const double r[4] = { 47e3, 47e3, 47e3, 47e3 };
    disc_rmix_init(&m, 4, r, 10e3, 0, 0, RATE);
    double v = disc_rmix_step4(&m, 0, 0, 5.0, 0);
    CHECK(near(v, 5.0 / 47e3 / (4.0 / 47e3 + 1.0 / 10e3), 1e-12), "mixer %f", v);
}

/* the noise clock: 4000 shifts a second, the LS161 counting the XOR's
   rising edges modulo 8 */
static void test_lfsr(void)
{
    disc_lfsr_counter n;
    disc_lfsr_counter_init(&n, 4000.0, RATE);
    int counts = 0, prev = 0;
    for (int i = 0; i < (int)RATE; i++) {
        int c = disc_lfsr_counter_step(&n, 1.0 / RATE);
        if (c != prev)
            counts++;
        CHECK(c == prev || c == ((prev + 1) & 7), "count steps by one: %d -> %d", prev, c);
        prev = c;
    }
    CHECK(counts > 100 && counts < 2000, "%d rising edges of the noise in 1 s", counts);
    /* the first shift from the cleared register feeds a 1 (the XOR inverted) */
    disc_lfsr_counter_init(&n, 4000.0, RATE);
    for (int i = 0; i < 12; i++)
        disc_lfsr_counter_step(&n, 1.0 / RATE); /* 12 samples = 1 shift */
    CHECK_EQ("one shift", 1, n.reg & 0xffffff);
}

/* the 74LS624 of Donkey Kong Jr.'s fall (C37 0.12 uF, R14 30K, R34 1K,
   range at 5 V; the input capacitor left out): MAME's fitted surface
   against the breadboard measurements quoted in its description (1003 Hz
   at 2 V, 2111 Hz at 4.16 V), within 8%. (At the bottom of the range the
   fit is MAME's own approximation: 657 Hz at 0.134 V, measured 570 Hz.) */
static double ls624_hz(double vmod)
{
    disc_ls624 v;
    disc_ls624_init(&v, 0.12e-6, 30e3, 0, 1e3, RATE);
    int rises = 0;
    for (int i = 0; i < (int)RATE; i++) {
        disc_ls624_step(&v, vmod, 5.0);
        rises += v.rises;
    }
    return rises;
}

static void test_ls624(void)
{
    static const double meas[2][2] = { { 2.0, 1003 }, { 4.16, 2111 } };
    for (int i = 0; i < 2; i++) {
        double f = ls624_hz(meas[i][0]);
        CHECK(fabs(f - meas[i][1]) / meas[i][1] < 0.08, "74LS624 at %.3f V: %.0f Hz, measured %.0f Hz", meas[i][0], f,
              meas[i][1]);
    }
}

/* the LS123 of Donkey Kong Jr.'s climb (47K, 22 uF): 0.25 R C (1 + 700 / R)
   = 262.4 ms from the rising edge, restarted by another edge */
static void test_oneshot(void)
{
    disc_oneshot o;
    disc_oneshot_init(&o, 47e3, 22e-6, RATE);
    double want = 0.25 * 47e3 * 22e-6 * (1.0 + 700.0 / 47e3);
    CHECK(!disc_oneshot_step(&o, false), "idle");
    int n = 0;
    while (disc_oneshot_step(&o, true) && n < 100000)
        n++;
    CHECK(fabs(n / RATE - want) <= 1.0 / RATE, "pulse %f s, want %f s", n / RATE, want);
    /* retrigger half-way: the pulse lasts from the second edge */
    disc_oneshot_init(&o, 47e3, 22e-6, RATE);
    for (int i = 0; i < 6000; i++)
        disc_oneshot_step(&o, i < 10);
    n = 0;
    disc_oneshot_step(&o, false);
    while (disc_oneshot_step(&o, true) && n < 100000)
        n++;
    CHECK(fabs((n + 6001) / RATE - (6000 + 1) / RATE - want) <= 2.0 / RATE, "retriggered pulse %d samples", n);
}

/* type 3 steps as type 1 and shows the first inverter: the same
   capacitor every sample, and its output on the same side as type 1's
   (two more inversions), at Radar Scope's SOUND7 values */
static void test_inverter_type3(void)
{
    disc_inverter_osc a, b;
    disc_inverter_osc_init(&a, 1, 18e3, 3.3e6, 22e-6, 5.0, RATE);
    disc_inverter_osc_init(&b, 3, 18e3, 3.3e6, 22e-6, 5.0, RATE);
    int same = 1, agree = 0, n = 0, low = 0;
    for (int i = 0; i < 4 * 48000; i++) {
        double o1 = disc_inverter_osc_step(&a), o3 = disc_inverter_osc_step(&b);
        same &= a.v_cap == b.v_cap;
        if (o1 < 1.0 || o1 > 4.0) {
            n++;
            agree += (o1 < 1.0) == (o3 < 2.5);
            low += o1 < 1.0;
        }
    }
    CHECK(same, "type 3's capacitor follows type 1's");
    CHECK(n > 0 && agree == n, "type 3's output on type 1's side: %d of %d", agree, n);
    CHECK(low > 0 && low < n, "it oscillates: %d low of %d", low, n);
}

/* The cycle replay of Radar Scope's fast oscillator (2K, 20K, 1 uF) and the
   CV mixer it drives: bit for bit the plain steps, and replaying after the
   warm-up; a table too short for the cycle gives up and keeps stepping. */
static void test_osc_cycle(void)
{
    enum { CAP = 1024, WARM = 4800, N = 60000 };
    disc_inverter_osc plain, fast, tiny_osc;
    disc_osc_cycle cyc, tiny;
    disc_osc_entry *tab = calloc(CAP, sizeof(*tab)), tiny_tab[16];
    disc_osc_block_memo *memo = calloc(CAP, sizeof(*memo));
    disc_rmix mp, mf;
    static const double r[3] = { 1.33e3, 5e3, 3.33e3 };
    if (!tab || !memo) {
        printf("out of memory\n");
        exit(1);
    }
    disc_inverter_osc_init(&plain, 2, 2e3, 20e3, 1e-6, 5.0, RATE);
    disc_inverter_osc_init(&fast, 2, 2e3, 20e3, 1e-6, 5.0, RATE);
    disc_inverter_osc_init(&tiny_osc, 2, 2e3, 20e3, 1e-6, 5.0, RATE);
    disc_rmix_init(&mp, 3, r, 0, 3.3e-6, 0, RATE);
    disc_rmix_init(&mf, 3, r, 0, 3.3e-6, 0, RATE);
    disc_osc_cycle_init(&cyc, tab, memo, CAP, WARM);
    disc_osc_cycle_init(&tiny, tiny_tab, NULL, 16, WARM);
    int differ = 0, hits = 0;
    for (int i = 0; i < N; i++) {
        double a = disc_inverter_osc_step(&plain);
        double b = disc_osc_cycle_step(&fast, &cyc);
        double t = disc_osc_cycle_step(&tiny_osc, &tiny);
        double ca = disc_rmix_step3(&mp, a, 5.0, 0);
        u64 before = f64_bits(mf.v_f);
        const disc_osc_block_memo *e = disc_osc_block_find(&cyc, 0, &before, 1);
        double cb;
        if (e) {
            mf.v_f = f64_from_bits(e->after[0]);
            cb = e->out;
            hits++;
        } else {
            cb = disc_rmix_step3(&mf, b, 5.0, 0);
            u64 after = f64_bits(mf.v_f);
            disc_osc_block_store(&cyc, 0, &before, &after, 1, cb);
        }
        differ += f64_bits(a) != f64_bits(b) || f64_bits(a) != f64_bits(t) || f64_bits(ca) != f64_bits(cb);
    }
    CHECK(differ == 0, "%d samples differ from the plain steps", differ);
    CHECK(cyc.mode == 2, "replaying (mode %d)", cyc.mode);
    CHECK(cyc.len == 395, "cycle of %d samples", cyc.len);
    CHECK(hits > N / 2, "CV mixer replayed %d times", hits);
    CHECK(tiny.mode != 2, "a 16-entry table cannot replay (mode %d)", tiny.mode);
    free(tab);
    free(memo);
}

int main(void)
{
    test_inverter_type3();
    test_ls624();
    test_oneshot();
    test_rc();
    test_rcdisc_mod();
    test_555();
    test_sallen_key();
    test_rmix();
    test_lfsr();
    test_osc_cycle();
    return check_report("test_discrete");
}
