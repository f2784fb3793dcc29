/* RC building blocks of discrete sound circuits, stepped once per output
   sample in doubles (the arithmetic of the steps is + - * / only, except
   the transistor model of disc_rcintegrate, so the same binary gives the
   same bits; -ffp-contract=off keeps the compiler from fusing). Each models
   the circuit MAME 0.251's discrete node of the same name describes;
   volts in, volts out. Resistors in ohms, capacitors in farads. */
#ifndef CABINET_DISC_RC_H
#define CABINET_DISC_RC_H

#include <string.h>

#include "emu/state.h"
#include "util/types.h"

/* exp(-dt / rc): what is left of a difference after one sample */
double disc_keep(double rc, double rate);

/* RC low-pass: v += (in - v) * (1 - keep) */
typedef struct disc_rcfilter {
    double k, v;
} disc_rcfilter;
void disc_rcfilter_init(disc_rcfilter *f, double r, double c, double rate);
static inline double disc_rcfilter_step(disc_rcfilter *f, double in)
{
    f->v += (in - f->v) * f->k;
    return f->v;
}

/* CR high-pass (series C, R to ground): out = in - vC, then C charges */
typedef struct disc_crfilter {
    double k, vc;
} disc_crfilter;
void disc_crfilter_init(disc_crfilter *f, double r, double c, double rate);
static inline double disc_crfilter_step(disc_crfilter *f, double in)
{
    double out = in - f->vc;
    f->vc += out * f->k;
    return out;
}

/* A capacitor charged towards in0 through r0 while sw is 0, towards in1
   through r1 while it is 1 (MAME's RCDISC2). */
typedef struct disc_rcdisc2 {
    double keep[2], v;
} disc_rcdisc2;
void disc_rcdisc2_init(disc_rcdisc2 *d, double r0, double r1, double c, double rate);
static inline double disc_rcdisc2_step(disc_rcdisc2 *d, int sw, double in0, double in1)
{
    double diff = (sw ? in1 : in0) - d->v;
    d->v += diff - diff * d->keep[sw != 0];
    return d->v;
}

/* A trigger input (logic, through r1 + r2) charging C against r4 to
   ground, the tap modulated by in2 (> 0.6 V shorts the output and puts r3
   beside r4), the diode clamp at -0.6 V (MAME's RCDISC_MODULATED). */
typedef struct disc_rcdisc_mod {
    double exp_low[2], exp_high[4], vd_gain[4], gain[2];
    double vp, v_cap;
} disc_rcdisc_mod;
void disc_rcdisc_mod_init(disc_rcdisc_mod *d, double r1, double r2, double r3, double r4, double c, double vp,
                          double rate);
static inline double disc_rcdisc_mod_step(disc_rcdisc_mod *d, double in1, double in2)
{
    int m1 = in1 > 0.5, m2 = in2 > 0.6, s = m2 << 1 | m1;
    double u = m1 ? 0 : d->vp;
    double diff = u - d->v_cap, out;
    if (diff * d->vd_gain[s] < -0.6) {
        /* the diode conducts: the capacitor follows u + 0.6 */
        diff = u + 0.6 - d->v_cap;
        d->v_cap += diff - diff * d->exp_low[m1];
        out = m2 ? 0 : -0.6;
    } else {
        d->v_cap += diff - diff * d->exp_high[s];
        out = m2 ? 0 : (u - d->v_cap) * d->gain[m1];
    }
    return out;
}

/* The transistor and RC network after a diode input (MAME's RCINTEGRATE,
   its Ebers-Moll estimate): type 1 outputs the capacitor, 3 the
   collector. */
typedef struct disc_rcintegrate {
    double r1, r2, r3, vp;
    double gain_r1_r2, f, exp0, exp1, c_exp0, c_exp1, em_ic_07;
    double v_cap, v_ce;
    int type;
} disc_rcintegrate;
void disc_rcintegrate_init(disc_rcintegrate *d, double r1, double r2, double r3, double c, double vp, int type,
                           double rate);
/* the transistor's collector current at base-emitter voltage vbe */
double disc_em_ic(double vbe);
static inline double disc_rcintegrate_step(disc_rcintegrate *d, double u)
{
    double vp = d->vp, diff, iq, ic, rg, ve, iqc;
    if (u - 0.7 < d->v_cap * d->gain_r1_r2) {
        /* the transistor is off: C discharges through r1 + r2 */
        diff = 0.0 - d->v_cap;
        ic = d->c_exp1 * diff;
        d->v_cap += diff - diff * d->exp1;
        iq = 0;
        ve = d->v_cap * d->gain_r1_r2;
        rg = ve / ic;
    } else {
        diff = (vp - d->v_ce) * d->f - d->v_cap;
        ic = 0.0 - d->c_exp0 * diff;
        d->v_cap += diff - diff * d->exp0;
        iq = ic + (ic * d->r1 + d->v_cap) / d->r2;
        rg = (vp - d->v_ce) / iq;
        ve = (rg - d->r3) / rg * (vp - d->v_ce);
    }
    if (u > 0.7 + ve) {
        ve = u - 0.7;
        iqc = d->em_ic_07;
    } else {
        iqc = disc_em_ic(u - ve);
    }
    /* the estimate overshoots: damp it (a NaN from 0/0 keeps vp - 0.1) */
    double vce = vp - rg * iqc;
    vce = vce < vp - 0.1 ? vce : vp - 0.1;
    vce = vce < 0.1 ? 0.1 : vce;
    d->v_ce = 0.1 * vce + 0.9 * (vp - ve - iq * d->r3);
    if (d->type == 3) {
        double o = vp - iq * d->r3;
        return o > 0 ? o : 0;
    }
    return d->v_cap;
}

/* Second-order low-pass (Sallen-Key, unity gain): bilinear with the
   cut-off pre-warped, direct form I */
typedef struct disc_sallen_key {
    double a1, a2, b0, b1, b2;
    double x1, x2, y1, y2;
} disc_sallen_key;
void disc_sallen_key_lp_init(disc_sallen_key *f, double r1, double r2, double c1, double c2, double rate);
static inline double disc_sallen_key_step(disc_sallen_key *f, double in)
{
    double out = -f->a1 * f->y1 - f->a2 * f->y2 + f->b0 * in + f->b1 * f->x1 + f->b2 * f->x2;
    f->x2 = f->x1;
    f->x1 = in;
    f->y2 = f->y1;
    f->y1 = out;
    return out;
}

/* The larger of the inputs less their diode drops, not below 0 */
static inline double disc_diode_mix2(double a, double va, double b, double vb)
{
    double x = a - va, y = b - vb;
    double m = x > y ? x : y;
    return m > 0 ? m : 0;
}

void disc_rcfilter_serialize(disc_rcfilter *f, state_io *io);
void disc_crfilter_serialize(disc_crfilter *f, state_io *io);
void disc_rcdisc2_serialize(disc_rcdisc2 *d, state_io *io);
void disc_rcdisc_mod_serialize(disc_rcdisc_mod *d, state_io *io);
void disc_rcintegrate_serialize(disc_rcintegrate *d, state_io *io);
void disc_sallen_key_serialize(disc_sallen_key *f, state_io *io);

#endif
