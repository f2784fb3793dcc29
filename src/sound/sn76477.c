#include "sound/sn76477.h"

#include <math.h>
#include <stdio.h>

#include "emu/machine.h"

/* Thresholds and levels in volts, measured on a chip (MAME 0.251's figures). */
#define ONE_SHOT_MAX 2.5
#define SLF_MIN 0.33
#define SLF_MAX 2.37
#define VCO_SLF_DIFF 0.35
#define VCO_MIN SLF_MIN
#define VCO_MAX (SLF_MAX + VCO_SLF_DIFF)
#define VCO_DUTY_50 5.0
#define VCO_MIN_DUTY 0.18
#define NOISE_MIN_RES 10e3
#define NOISE_MAX_RES 3.3e6
#define NOISE_CAP_MAX 5.0
#define NOISE_HIGH 3.35
#define NOISE_LOW 0.74
#define AD_MAX 4.44
#define OUT_CENTER 2.57
#define OUT_HIGH_CLIP 3.51
#define OUT_LOW_CLIP 0.715

/* OUT gain against the attack/decay voltage, per 0.1 V (measured). */
static const double gain_high[45] = {
    0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, 0.01, 0.03, 0.11, 0.15, 0.19, 0.21,
    0.23, 0.26, 0.29, 0.31, 0.33, 0.36, 0.38, 0.41, 0.43, 0.46, 0.49, 0.52, 0.54, 0.57, 0.60,
    0.62, 0.65, 0.68, 0.70, 0.73, 0.76, 0.80, 0.82, 0.84, 0.87, 0.90, 0.93, 0.96, 0.98, 1.00,
};
static const double gain_low[45] = {
    0.00,  0.00,  0.00,  0.00,  0.00,  0.00,  0.00,  0.00,  0.00,  -0.01, -0.02, -0.09, -0.13, -0.15, -0.17,
    -0.19, -0.22, -0.24, -0.26, -0.28, -0.30, -0.32, -0.34, -0.37, -0.39, -0.41, -0.44, -0.46, -0.48, -0.51,
    -0.53, -0.56, -0.58, -0.60, -0.62, -0.65, -0.67, -0.69, -0.72, -0.74, -0.76, -0.78, -0.81, -0.84, -0.85,
};

/* Charge rates in V/s, fitted to measurements of R, C and time. A pin with
   a capacitor but no resistor barely moves; one with a resistor but no
   capacitor jumps at once. */
static double rate_rc(double r, double c, double range, double k, double k0, double r_alone)
{
    if (r > 0 && c > 0)
        return range / (k * r * c + k0);
    if (c > 0)
        return 1e-30;
    return r_alone > 0 ? 1e30 : 0;
}

typedef struct steps {
    double one_shot_up, one_shot_down, slf_up, slf_down, vco_up, vco_down;
    double noise_up, noise_down, ad_up, ad_down, peak;
    u32 noise_freq;
} steps;

static double vco_duty(const sn76477_params *p)
{
    if (p->vco_voltage <= 0 || p->pitch_voltage == VCO_DUTY_50)
        return 0.5;
    double d = 0.5 * (p->pitch_voltage / p->vco_voltage);
    d = d > VCO_MIN_DUTY ? d : VCO_MIN_DUTY;
    return d < 1 ? d : 1;
}

static void compute_steps(const sn76477_params *p, double rate, steps *st)
{
    double r = p->one_shot_res, c = p->one_shot_cap;
    st->one_shot_up = rate_rc(r, c, ONE_SHOT_MAX, 0.8024, 0.002079, r) / rate;
    /* the one-shot discharges through the chip, whatever the resistor */
    st->one_shot_down = (r > 0 && c > 0 ? ONE_SHOT_MAX / (854.7 * c + 0.00001795) : r > 0 ? 1e30 : 0) / rate;
    r = p->slf_res, c = p->slf_cap;
    st->slf_up = (r > 0 && c > 0 ? (SLF_MAX - SLF_MIN) / (0.5885 * r * c + 0.001300) : 0) / rate;
    st->slf_down = (r > 0 && c > 0 ? (SLF_MAX - SLF_MIN) / (0.5413 * r * c + 0.001343) : 0) / rate;
    double vco = p->vco_res > 0 && p->vco_cap > 0 ? 0.64 * 2 * (VCO_MAX - VCO_MIN) / (p->vco_res * p->vco_cap) : 0;
    double duty = (1 - vco_duty(p)) * 2;
    st->vco_up = vco / duty / rate;
    st->vco_down = vco * duty / rate;
    r = p->noise_filter_res, c = p->noise_filter_cap;
    st->noise_up = rate_rc(r, c, NOISE_CAP_MAX, 0.1571, 0.00001430, r) / rate;
    st->noise_down = rate_rc(r, c, NOISE_CAP_MAX, 0.1331, 0.00001734, r) / rate;
    r = p->noise_clock_res;
    st->noise_freq = r >= NOISE_MIN_RES && r <= NOISE_MAX_RES ? (u32)(339100000 * pow(r, -0.8849)) : 0;
    c = p->attack_decay_cap;
    st->ad_up = rate_rc(p->attack_res, c, AD_MAX, 1, 0, p->attack_res) / rate;
    /* (the decay pin alone counts as fitted only when the attack one is) */
    st->ad_down = rate_rc(p->decay_res, c, AD_MAX, 1, 0, p->attack_res) / rate;
    st->peak = p->amplitude_res > 0 ? 3.818 * (p->feedback_res / p->amplitude_res) + 0.03 : 0;
}

static double rise(double v, double step, double top)
{
    v += step;
    return v < top ? v : top;
}

static double fall(double v, double step, double bottom)
{
    v -= step;
    return v > bottom ? v : bottom;
}

/* The noise register: 31 bits, taps 0 and 28, never stuck at zero. */
static bool next_noise_bit(sn76477_t *s)
{
    u32 out = ((s->rng >> 28) ^ s->rng) & 1;
    if ((s->rng & 0x1000001f) == 0)
        out = 1;
    s->rng = s->rng >> 1 | out << 30;
    return out;
}

static void step_oscillators(sn76477_t *s, const steps *st, u32 rate)
{
    if (s->one_shot_running)
        s->one_shot_v = rise(s->one_shot_v, st->one_shot_up, ONE_SHOT_MAX);
    else
        s->one_shot_v = fall(s->one_shot_v, st->one_shot_down, 0);
    if (s->one_shot_v >= ONE_SHOT_MAX)
        s->one_shot_running = false;

    s->slf_v = s->slf_out ? fall(s->slf_v, st->slf_down, SLF_MIN) : rise(s->slf_v, st->slf_up, SLF_MAX);
    if (s->slf_v >= SLF_MAX)
        s->slf_out = true;
    else if (s->slf_v <= SLF_MIN)
        s->slf_out = false;

    double vco_top = (s->vco_mode ? s->slf_v : s->p->vco_voltage) + VCO_SLF_DIFF;
    s->vco_v = s->vco_out ? fall(s->vco_v, st->vco_down, VCO_MIN) : rise(s->vco_v, st->vco_up, vco_top);
    if (s->vco_v >= vco_top) {
        if (!s->vco_out)
            s->vco_alt_edge = !s->vco_alt_edge;
        s->vco_out = true;
    } else if (s->vco_v <= VCO_MIN) {
        s->vco_out = false;
    }

    while (s->noise_count <= st->noise_freq) {
        s->noise_count += rate;
        s->noise_bit = next_noise_bit(s);
    }
    s->noise_count -= st->noise_freq;
    s->noise_filter_v = s->noise_bit ? rise(s->noise_filter_v, st->noise_up, NOISE_CAP_MAX)
                                     : fall(s->noise_filter_v, st->noise_down, 0);
    if (s->noise_filter_v >= NOISE_HIGH)
        s->filtered_noise_bit = false;
    else if (s->noise_filter_v <= NOISE_LOW)
        s->filtered_noise_bit = true;
}

static bool attack_phase(const sn76477_t *s)
{
    switch (s->envelope) {
    case 0: return s->vco_out;
    case 1: return s->one_shot_running;
    case 3: return s->vco_out && s->vco_alt_edge;
    default: return true; /* mixer only: no decay */
    }
}

static bool mixer_out(const sn76477_t *s)
{
    bool v = s->vco_out, l = s->slf_out, n = s->filtered_noise_bit;
    switch (s->mixer) {
    case 0: return v;
    case 1: return l;
    case 2: return n;
    case 3: return v && n;
    case 4: return l && n;
    case 5: return v && l && n;
    case 6: return v && l;
    default: return false;
    }
}

static double out_voltage(const sn76477_t *s, const steps *st)
{
    /* inhibited, or the VCO pushed past its range (no output) */
    if (s->enable || s->vco_v > VCO_MAX)
        return OUT_CENTER;
    int i = (int)(s->ad_v * 10);
    i = i < 0 ? 0 : i > 44 ? 44 : i;
    if (mixer_out(s)) {
        double v = OUT_CENTER + st->peak * gain_high[i];
        return v < OUT_HIGH_CLIP ? v : OUT_HIGH_CLIP;
    }
    double v = OUT_CENTER + st->peak * gain_low[i];
    return v > OUT_LOW_CLIP ? v : OUT_LOW_CLIP;
}

static void sn76477_update(device_t *d, s32 *const *outs, int n)
{
    sn76477_t *s = d->self;
    steps st;
    compute_steps(s->p, d->sound_rate, &st);
    s32 *out = outs[0];
    for (int i = 0; i < n; i++) {
        step_oscillators(s, &st, d->sound_rate);
        if (attack_phase(s))
            s->ad_v = st.ad_up > 0 ? rise(s->ad_v, st.ad_up, AD_MAX) : AD_MAX;
        else
            s->ad_v = st.ad_down > 0 ? fall(s->ad_v, st.ad_down, 0) : 0;
        /* OUT_LOW_CLIP maps to -32767, the centre to 0 */
        double v = out_voltage(s, &st);
        out[i] = (s32)(((v - OUT_LOW_CLIP) / (OUT_CENTER - OUT_LOW_CLIP) - 1) * 32767);
    }
}

void sn76477_enable_w(sn76477_t *s, int state)
{
    u8 e = state ? 1 : 0;
    if (e == s->enable)
        return;
    device_stream_update(s->dev);
    s->enable = e;
    if (!e) {
        s->ad_v = 0;
        s->one_shot_running = true;
    }
}

void sn76477_mixer_w(sn76477_t *s, u8 abc)
{
    if ((abc & 7) == s->mixer)
        return;
    device_stream_update(s->dev);
    s->mixer = abc & 7;
}

void sn76477_envelope_w(sn76477_t *s, u8 modes)
{
    if ((modes & 3) == s->envelope)
        return;
    device_stream_update(s->dev);
    s->envelope = modes & 3;
}

void sn76477_vco_w(sn76477_t *s, int state)
{
    u8 v = state ? 1 : 0;
    if (v == s->vco_mode)
        return;
    device_stream_update(s->dev);
    s->vco_mode = v;
}

static int sn76477_start(device_t *d, char *err, size_t errlen)
{
    sn76477_t *s = d->self;
    if (!d->cfg->params) {
        snprintf(err, errlen, "%s: SN76477 without its resistor and capacitor values", d->tag);
        return -1;
    }
    s->dev = d;
    s->p = d->cfg->params;
    d->sound_rate = d->machine->mix.out_rate;
    return 0;
}

/* The chip has no reset pin: the board's values at power-on. */
static void sn76477_reset(device_t *d)
{
    sn76477_t *s = d->self;
    const sn76477_params *p = s->p;
    device_stream_update(d);
    s->enable = p->enable & 1;
    s->mixer = p->mixer & 7;
    s->envelope = p->envelope & 3;
    s->vco_mode = p->vco_mode & 1;
    s->one_shot_v = 0;
    s->slf_v = SLF_MIN;
    s->vco_v = VCO_MIN;
    s->noise_filter_v = 0;
    s->ad_v = 0;
    s->one_shot_running = s->slf_out = s->vco_out = s->vco_alt_edge = false;
    s->noise_bit = s->filtered_noise_bit = false;
    s->noise_count = s->rng = 0;
}

/* A voltage from a state file: NaN or out of the chip's 0-5 V becomes 0. */
static void st_volts(state_io *io, double *v)
{
    st_f64(io, v);
    if (!(*v >= 0 && *v <= 5))
        *v = 0;
}

static void sn76477_serialize(device_t *d, state_io *io)
{
    sn76477_t *s = d->self;
    st_u8(io, &s->enable);
    st_u8(io, &s->mixer);
    st_u8(io, &s->envelope);
    st_u8(io, &s->vco_mode);
    s->enable &= 1, s->mixer &= 7, s->envelope &= 3, s->vco_mode &= 1;
    st_volts(io, &s->one_shot_v);
    st_volts(io, &s->slf_v);
    st_volts(io, &s->vco_v);
    st_volts(io, &s->noise_filter_v);
    st_volts(io, &s->ad_v);
    st_bool(io, &s->one_shot_running);
    st_bool(io, &s->slf_out);
    st_bool(io, &s->vco_out);
    st_bool(io, &s->vco_alt_edge);
    st_bool(io, &s->noise_bit);
    st_bool(io, &s->filtered_noise_bit);
    st_u32(io, &s->noise_count);
    st_u32(io, &s->rng);
    s->rng &= 0x7fffffff;
}

const device_type sn76477_device = {
    .name = "TI SN76477 CSG",
    .shortname = "sn76477",
    .state_size = sizeof(sn76477_t),
    .start = sn76477_start,
    .reset = sn76477_reset,
    .serialize = sn76477_serialize,
    .sound_update = sn76477_update,
};
