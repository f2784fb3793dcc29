#include "sound/disc_osc.h"

#include <math.h>

#include "sound/disc_rc.h"

/* A value loaded from a state file: kept only when finite and within
   [lo, hi] (a hostile file must not stall a loop or overflow a conversion). */
static void sane(double *v, double lo, double hi)
{
    if (!(*v >= lo && *v <= hi))
        *v = lo <= 0 && hi >= 0 ? 0 : lo;
}

/* ---- CD4049 inverter oscillator ---- */

/* the CD40xx transfer curve vb * exp(-a * (x / vb)^b), fitted through
   (1.5 V, 98%) and (3.5 V, 2%) of a 5 V supply, scaled with vb */
static void inverter_table(disc_inverter_osc *o)
{
    double vb = o->vb, lo = vb * 0.02, hi = vb * 0.98, fall = vb / 5.0 * 1.5, rise = vb / 5.0 * 3.5;
    double b = (log(-log(lo / vb)) - log(-log(hi / vb))) / log(rise / fall);
    double a = exp(log(-log(lo / vb)) - b * log(rise / vb));
    for (int i = 0; i < DISC_INV_TAB; i++) {
        double x = (double)i / (double)(DISC_INV_TAB - 1);
        o->tab[i] = x > 0 ? vb * exp(-a * pow(x, b)) : vb;
    }
}

static double inverter_tf(const disc_inverter_osc *o, double x)
{
    if (x < 0.0)
        return o->vb;
    if (x <= o->vb)
        return o->tab[(int)((double)(DISC_INV_TAB - 1) * x / o->vb)];
    return o->tab[DISC_INV_TAB - 1];
}

void disc_inverter_osc_init(disc_inverter_osc *o, int type, double r, double rp, double c, double vb, double rate)
{
    o->type = type;
    o->vb = vb;
    o->clamp = 0.1;
    o->w = disc_keep(r * c, rate);
    o->wc = disc_keep(r * rp / (rp + r) * c, rate);
    o->rp = rp;
    o->r1 = r;
    o->v_cap = 0;
    o->v_g2_old = 0;
    inverter_table(o);
}

double disc_inverter_osc_step(disc_inverter_osc *o)
{
    double vi = o->v_cap + o->v_g2_old, g1 = 0, g2, g3, diff;
    if (o->type == 1 || o->type == 3) {
        g1 = inverter_tf(o, vi);
        g2 = inverter_tf(o, g1);
        g3 = inverter_tf(o, g2);
    } else {
        g3 = inverter_tf(o, vi);
        g2 = inverter_tf(o, g3);
    }
    bool clamped = false;
    if (vi < -o->clamp) {
        vi = -o->clamp;
        clamped = true;
    } else if (vi > o->vb + o->clamp) {
        vi = o->vb + o->clamp;
        clamped = true;
    }
    if (clamped) {
        /* the input protection diode conducts: rp and r divide */
        double ratio = o->rp / (o->rp + o->r1);
        diff = g3 * ratio - (o->v_cap + g2) + vi * (1.0 - ratio);
        diff -= diff * o->wc;
    } else {
        diff = g3 - (o->v_cap + g2);
        diff -= diff * o->w;
    }
    o->v_cap += diff;
    o->v_g2_old = g2;
    return o->type == 3 ? g1 : g3;
}

void disc_inverter_osc_serialize(disc_inverter_osc *o, state_io *io)
{
    st_f64(io, &o->v_cap);
    st_f64(io, &o->v_g2_old);
    if (io->loading) {
        sane(&o->v_cap, -100, 100);
        sane(&o->v_g2_old, -100, 100);
    }
}

/* ---- NE555 astable, CV driven ---- */

void disc_555_astable_init(disc_555_astable *t, double r1, double r2, double c, double v_pos, double v_high,
                           double rate)
{
    t->dt = 1.0 / rate;
    t->v_high = v_high;
    t->v_charge = v_pos;
    t->t_charge = (r1 + r2) * c;
    t->t_discharge = r2 * c;
    t->exp_charge = 1.0 - disc_keep(t->t_charge, rate);
    t->exp_discharge = 1.0 - disc_keep(t->t_discharge, rate);
    t->v_cap = 0;
    t->out = 0;
    t->ff = true;
}

double disc_555_astable_step_full(disc_555_astable *t, double cv)
{
    double thr = cv, trig = cv / 2.0, v = t->v_cap, next, dt = 0, x_time = 0;
    bool ff = t->ff, again = false;
    /* below 0.25 V the 555 would run far out of range: hold (MAME) */
    if (cv < 0.25)
        return t->out;
    if (v >= thr)
        ff = false;
    else if (v <= trig)
        ff = true;
    do {
        /* after a switch inside the sample, the rest of it */
        double rest = again ? dt : t->dt;
        dt = 0;
        if (ff) {
            double e = again ? 1.0 - exp(-rest / t->t_charge) : t->exp_charge;
            next = v + (t->v_charge - v) * e;
            if (next >= thr) {
                dt = t->t_charge * log(1.0 / (1.0 - (next - thr) / (t->v_charge - v)));
                x_time = dt;
                next = thr;
                ff = false;
                again = true;
            }
        } else {
            double e = again ? 1.0 - exp(-rest / t->t_discharge) : t->exp_discharge;
            next = v - v * e;
            if (next <= trig) {
                if (next < trig)
                    dt = t->t_discharge * log(1.0 / (1.0 - (trig - next) / v));
                x_time = dt;
                next = trig;
                ff = true;
                again = true;
            }
        }
        v = next;
    } while (dt != 0);
    t->v_cap = v;
    t->ff = ff;
    x_time /= t->dt;
    if (x_time == 0)
        x_time = 1.0;
    t->out = t->v_high * (ff ? x_time : 1.0 - x_time);
    return t->out;
}

void disc_555_astable_serialize(disc_555_astable *t, state_io *io)
{
    st_f64(io, &t->v_cap);
    st_f64(io, &t->out);
    st_bool(io, &t->ff);
    if (io->loading) {
        sane(&t->v_cap, -100, 100);
        sane(&t->out, -100, 100);
    }
}

/* ---- LFSR noise into an LS161 ---- */

void disc_lfsr_counter_init(disc_lfsr_counter *n, double clock_hz, double rate)
{
    (void)rate;
    disc_lfsr_init(n, 24, 10, 23, clock_hz);
}

void disc_lfsr_init(disc_lfsr_counter *n, int bits, int tap0, int tap1, double clock_hz)
{
    n->bits = bits;
    n->tap0 = tap0;
    n->tap1 = tap1;
    n->t_clock = 1.0 / clock_hz;
    n->t_left = 0;
    n->reg = 0; /* bit `bits` holds the last XOR, 0 from 0 */
    n->count = 0;
    n->last_out = false;
    n->out = false;
}

int disc_lfsr_counter_step(disc_lfsr_counter *n, double dt)
{
    double cycles = (n->t_left + dt) / n->t_clock;
    int inc = (int)cycles;
    n->t_left = (cycles - inc) * n->t_clock;
    for (int i = 0; i < inc; i++) {
        u32 in = (n->reg >> n->bits & 1) ^ 1;
        n->reg = ((n->reg << 1) | in) & ((1u << n->bits) - 1);
        u32 x = (n->reg >> n->tap0 & 1) ^ (n->reg >> n->tap1 & 1);
        n->reg |= x << n->bits;
        n->out = x;
    }
    if (n->out && !n->last_out)
        n->count = (n->count + 1) & 7;
    n->last_out = n->out;
    return n->count;
}

void disc_lfsr_counter_serialize(disc_lfsr_counter *n, state_io *io)
{
    st_f64(io, &n->t_left);
    st_u32(io, &n->reg);
    st_u8(io, &n->count);
    st_bool(io, &n->last_out);
    st_bool(io, &n->out);
    if (io->loading) {
        sane(&n->t_left, 0, n->t_clock);
        n->count &= 7;
    }
}

/* ---- 74LS624 ---- */

#define LS624_IN_R 90000.0
#define LS624_OUT_HIGH 4.5

void disc_ls624_init(disc_ls624 *v, double c, double r_freq_in, double c_freq_in, double r_rng_in, double rate)
{
    v->c = c;
    v->dt = 1.0 / rate;
    v->v_freq_scale = LS624_IN_R / (r_freq_in + LS624_IN_R);
    v->v_rng_scale = LS624_IN_R / (r_rng_in + LS624_IN_R);
    v->has_freq_in_cap = c_freq_in > 0;
    v->k_freq_in = v->has_freq_in_cap
                       ? 1.0 - disc_keep(r_freq_in * LS624_IN_R / (r_freq_in + LS624_IN_R) * c_freq_in, rate)
                       : 0;
    v->v_cap_freq_in = 0;
    v->t_used = 0;
    v->ff = false;
    v->falls = v->rises = 0;
    v->x = 0;
}

/* MAME's surface fit (frequency for 0.1 uF against control and range) */
static double ls624_freq(double f, double r)
{
    static const double k[10] = { 1.9904769024796283E+03,  1.2070059213983407E+03, 1.3266985579561108E+03,
                                  -1.5500979825922698E+02, 2.8184536266938172E+00,  -2.3503421582744556E+02,
                                  -3.3836786704527788E+02, -1.3569136703258670E+02, 2.9914575453819188E+00,
                                  1.6855569086173170E+00 };
    double f2 = f * f, f3 = f2 * f, f4 = f3 * f;
    double y = k[0];
    y += k[1] * f;
    y += k[2] * f2;
    y += k[3] * f3;
    y += k[4] * f4;
    y += k[5] * r;
    y += k[6] * r * f;
    y += k[7] * r * f2;
    y += k[8] * r * f3;
    y += k[9] * r * f4;
    return y;
}

void disc_ls624_step(disc_ls624 *v, double v_mod, double v_rng)
{
    double vf = v_mod * v->v_freq_scale, vr = v_rng * v->v_rng_scale;
    if (v->has_freq_in_cap) {
        v->v_cap_freq_in += (vf - v->v_cap_freq_in) * v->k_freq_in;
        vf = v->v_cap_freq_in;
    }
    double freq = ls624_freq(vf, vr) * (0.1e-6 / v->c);
    double half = 0.5 / freq, t = v->t_used + v->dt, x = 0;
    v->falls = v->rises = 0;
    if (!(half > 1e-7 && half < 1e9)) /* 5 MHz and up: beyond any circuit here */
        return; /* outside the fit's range: no edges this sample */
    while (t > half) {
        t -= half;
        v->ff = !v->ff;
        if (v->ff)
            v->rises++;
        else
            v->falls++;
        while (t > v->dt)
            t -= v->dt;
        x = t;
    }
    v->t_used = t;
    v->x = x / v->dt;
}

double disc_ls624_energy(const disc_ls624 *v)
{
    double x = v->x == 0 ? 1.0 : v->x;
    return LS624_OUT_HIGH * (v->ff ? x : 1.0 - x);
}

void disc_ls624_serialize(disc_ls624 *v, state_io *io)
{
    st_f64(io, &v->v_cap_freq_in);
    st_f64(io, &v->t_used);
    st_bool(io, &v->ff);
    st_int(io, &v->falls);
    st_int(io, &v->rises);
    st_f64(io, &v->x);
    if (io->loading) {
        sane(&v->v_cap_freq_in, -100, 100);
        sane(&v->t_used, 0, 1.0); /* below half a period: under a second here */
        sane(&v->x, 0, 1);
    }
}

/* ---- 74LS123 ---- */

void disc_oneshot_init(disc_oneshot *o, double r, double c, double rate)
{
    o->width = 0.25 * r * c * (1.0 + 700.0 / r);
    o->dt = 1.0 / rate;
    o->left = 0;
    o->last_in = false;
    o->running = false;
}

bool disc_oneshot_step(disc_oneshot *o, bool in)
{
    bool count = o->running;
    if (in != o->last_in) {
        o->last_in = in;
        if (in) {
            /* a rising edge starts it, or restarts its time */
            if (count)
                count = false;
            o->running = true;
            o->left = o->width;
        }
    }
    if (count) {
        o->left -= o->dt;
        if (o->left <= 0) {
            o->left = 0;
            o->running = false;
        }
    }
    return o->running;
}

void disc_oneshot_serialize(disc_oneshot *o, state_io *io)
{
    st_f64(io, &o->left);
    st_bool(io, &o->last_in);
    st_bool(io, &o->running);
    if (io->loading)
        sane(&o->left, 0, o->width);
}
