/* Mixing blocks of discrete sound circuits (volts; ohms; farads), stepped
   once per output sample, as MAME 0.251's discrete nodes describe them.

   disc_rmix: a resistor mixer (MAME's DISC_MIXER_IS_RESISTOR): the inputs
   through their resistors into a node with rf to ground, the node's
   capacitor cf (a low-pass through the parallel resistance) and the output
   coupling capacitor c_amp (a high-pass into MAME's assumed 100K).
   disc_cv_mix: the network driving a 555's CV pin from an open-collector
   logic input and an oscillator (Donkey Kong's walk and jump): V+ through
   r1, r2 and r4 against the 555's internal 5K/10K divider, the oscillator
   through r3 to the r2/r4 junction, the capacitor c on CV. The logic
   input high grounds the r1/r2 junction. */
#ifndef CABINET_DISC_MIX_H
#define CABINET_DISC_MIX_H

#include "emu/state.h"
#include "util/types.h"

#define DISC_RMIX_MAX 8

typedef struct disc_rmix {
    int n;
    double g[DISC_RMIX_MAX]; /* 1 / r */
    double g_total;
    double k_f, k_amp, v_f, v_amp;
} disc_rmix;
void disc_rmix_init(disc_rmix *m, int n, const double *r, double rf, double cf, double c_amp, double rate);
/* the node from the summed input currents */
static inline double disc_rmix_out(disc_rmix *m, double i)
{
    double v = i / m->g_total;
    if (m->k_f != 0) {
        m->v_f += (v - m->v_f) * m->k_f;
        v = m->v_f;
    }
    if (m->k_amp != 0) {
        m->v_amp += (v - m->v_amp) * m->k_amp;
        v -= m->v_amp;
    }
    return v;
}

/* One step of a mixer of 2 to 5 inputs (the step's arity = the n given at
   init): the input voltages are arguments rather than an array, as fresh
   stores read back with vector loads wait for the stores (a store-
   forwarding stall, 10% of Radar Scope's time). */
static inline double disc_rmix_step2(disc_rmix *m, double a, double b)
{
    double i = 0;
    i += a * m->g[0];
    i += b * m->g[1];
    return disc_rmix_out(m, i);
}

static inline double disc_rmix_step3(disc_rmix *m, double a, double b, double c)
{
    double i = 0;
    i += a * m->g[0];
    i += b * m->g[1];
    i += c * m->g[2];
    return disc_rmix_out(m, i);
}

static inline double disc_rmix_step4(disc_rmix *m, double a, double b, double c, double d)
{
    double i = 0;
    i += a * m->g[0];
    i += b * m->g[1];
    i += c * m->g[2];
    i += d * m->g[3];
    return disc_rmix_out(m, i);
}

static inline double disc_rmix_step5(disc_rmix *m, double a, double b, double c, double d, double e)
{
    double i = 0;
    i += a * m->g[0];
    i += b * m->g[1];
    i += c * m->g[2];
    i += d * m->g[3];
    i += e * m->g[4];
    return disc_rmix_out(m, i);
}
void disc_rmix_serialize(disc_rmix *m, state_io *io);

typedef struct disc_cv_mix {
    double v, r3;
    double i_in1[2], r_total[2], k[2];
    double out;
} disc_cv_mix;
void disc_cv_mix_init(disc_cv_mix *m, double r1, double r2, double r3, double r4, double c, double v, double rate);
/* in1: the logic input (0 or 1), osc: the oscillator's voltage */
static inline double disc_cv_mix_step(disc_cv_mix *m, int in1, double osc)
{
    int s = in1 != 0;
    double i = m->v / 5000.0 + m->i_in1[s] + osc / m->r3;
    m->out += (i * m->r_total[s] - m->out) * m->k[s];
    return m->out;
}
void disc_cv_mix_serialize(disc_cv_mix *m, state_io *io);

#endif
