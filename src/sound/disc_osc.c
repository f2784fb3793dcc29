#include "sound/disc_osc.h"

#include <math.h>

#include "sound/disc_rc.h"

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
    double vi = o->v_cap + o->v_g2_old, g2, g3, diff;
    if (o->type == 1) {
        g2 = inverter_tf(o, inverter_tf(o, vi));
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
    return g3;
}

void disc_inverter_osc_serialize(disc_inverter_osc *o, state_io *io)
{
    st_f64(io, &o->v_cap);
    st_f64(io, &o->v_g2_old);
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

double disc_555_astable_step(disc_555_astable *t, double cv)
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
}

/* ---- LFSR noise into an LS161 ---- */

#define LFSR_BITS 24

void disc_lfsr_counter_init(disc_lfsr_counter *n, double clock_hz, double rate)
{
    (void)rate;
    n->t_clock = 1.0 / clock_hz;
    n->t_left = 0;
    n->reg = 0; /* bit 24 holds the last XOR, 0 from 0 */
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
        u32 in = (n->reg >> LFSR_BITS & 1) ^ 1;
        n->reg = ((n->reg << 1) | in) & ((1u << LFSR_BITS) - 1);
        u32 x = (n->reg >> 10 & 1) ^ (n->reg >> 23 & 1);
        n->reg |= x << LFSR_BITS;
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
}
