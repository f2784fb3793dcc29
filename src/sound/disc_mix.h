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
double disc_rmix_step(disc_rmix *m, const double *in);
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
