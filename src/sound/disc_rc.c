#include "sound/disc_rc.h"

#include <math.h>

#define DISC_PI 3.14159265358979323846

double disc_keep(double rc, double rate)
{
    return rc > 0 ? exp(-1.0 / (rc * rate)) : 0.0;
}

void disc_rcfilter_init(disc_rcfilter *f, double r, double c, double rate)
{
    f->k = 1.0 - disc_keep(r * c, rate);
    f->v = 0;
}

void disc_crfilter_init(disc_crfilter *f, double r, double c, double rate)
{
    f->k = 1.0 - disc_keep(r * c, rate);
    f->vc = 0;
}

void disc_rcdisc2_init(disc_rcdisc2 *d, double r0, double r1, double c, double rate)
{
    d->keep[0] = disc_keep(r0 * c, rate);
    d->keep[1] = disc_keep(r1 * c, rate);
    d->v = 0;
}

static double divider(double r_top, double r_bottom)
{
    return r_bottom / (r_top + r_bottom);
}

static double parallel(double a, double b)
{
    return a * b / (a + b);
}

/* index bit 0: in1 high (the trigger side at 0 V), bit 1: in2 high */
void disc_rcdisc_mod_init(disc_rcdisc_mod *d, double r1, double r2, double r3, double r4, double c, double vp,
                          double rate)
{
    double rc[2] = { r1 + r2, r2 }, rc2[2] = { r4, parallel(r3, r4) };
    for (int i = 0; i < 2; i++) {
        if (rc[i] < 1)
            rc[i] = 1;
        d->exp_low[i] = disc_keep(c * rc[i], rate);
        d->gain[i] = divider(rc[i], r4);
    }
    for (int s = 0; s < 4; s++) {
        double a = rc[s & 1], b = rc2[s >> 1];
        d->exp_high[s] = disc_keep(c * (a + b), rate);
        d->vd_gain[s] = divider(a, b);
    }
    d->vp = vp;
    d->v_cap = 0;
}

/* collector current for a base-emitter voltage (Ebers-Moll, alpha 0.99,
   Ies 7e-15 A, kT/q 26 mV) */
double disc_em_ic(double vbe)
{
    return 0.99 * 7e-15 * exp(vbe / 0.026 - 1.0);
}

void disc_rcintegrate_init(disc_rcintegrate *d, double r1, double r2, double r3, double c, double vp, int type,
                           double rate)
{
    double dt = 1.0 / rate;
    d->r1 = r1;
    d->r2 = r2;
    d->r3 = r3;
    d->vp = vp;
    d->type = type;
    d->gain_r1_r2 = divider(r1, r2);
    double r = r1 / r2 * r3 + r1 + r3;
    d->f = divider(r3, r2);
    double e0 = -r * d->f * c, e1 = -(r1 + r2) * c;
    d->exp0 = exp(dt / e0);
    d->exp1 = exp(dt / e1);
    d->c_exp0 = c / e0 * d->exp0;
    d->c_exp1 = c / e1 * d->exp1;
    d->em_ic_07 = disc_em_ic(0.7);
    d->v_cap = 0;
    d->v_ce = 0;
}

void disc_sallen_key_lp_init(disc_sallen_key *f, double r1, double r2, double c1, double c2, double rate)
{
    double fc = 1.0 / (2.0 * DISC_PI * sqrt(c1 * c2 * r1 * r2));
    double q = sqrt(c1 * c2 * r1 * r2) / (c2 * (r1 + r2));
    double d = 1.0 / q;
    double t2 = 2.0 * rate, t2s = t2 * t2;
    double w = rate * 2.0 * tan(DISC_PI * fc / rate), ws = w * w;
    double den = t2s + d * w * t2 + ws;
    f->a1 = 2.0 * (-t2s + ws) / den;
    f->a2 = (t2s - t2 * d * w + ws) / den;
    f->b0 = f->b2 = ws / den;
    f->b1 = 2.0 * f->b0;
    f->x1 = f->x2 = f->y1 = f->y2 = 0;
}

void disc_rcfilter_serialize(disc_rcfilter *f, state_io *io)
{
    st_f64(io, &f->v);
}

void disc_crfilter_serialize(disc_crfilter *f, state_io *io)
{
    st_f64(io, &f->vc);
}

void disc_rcdisc2_serialize(disc_rcdisc2 *d, state_io *io)
{
    st_f64(io, &d->v);
}

void disc_rcdisc_mod_serialize(disc_rcdisc_mod *d, state_io *io)
{
    st_f64(io, &d->v_cap);
}

void disc_rcintegrate_serialize(disc_rcintegrate *d, state_io *io)
{
    st_f64(io, &d->v_cap);
    st_f64(io, &d->v_ce);
}

void disc_sallen_key_serialize(disc_sallen_key *f, state_io *io)
{
    st_f64(io, &f->x1);
    st_f64(io, &f->x2);
    st_f64(io, &f->y1);
    st_f64(io, &f->y2);
}
