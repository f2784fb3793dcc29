/* A resistor DAC (MAME's DISCRETE_DAC_R1): each set bit drives its
   resistor from the logic-high voltage, the resistors meet at one node
   (Millman), optionally with a bias resistor and a capacitor to ground
   that the node charges through the resistors in parallel. */
#ifndef CABINET_DISC_DAC_H
#define CABINET_DISC_DAC_H

#include "emu/state.h"

#define DISC_DAC_MAX_BITS 8

typedef struct disc_dac_r1_desc {
    int bits;
    double r[DISC_DAC_MAX_BITS]; /* 0: no resistor on that bit */
    double v_bias, r_bias;       /* r_bias 0: none */
    double r_gnd;                /* 0: none */
    double c_filter;             /* 0: none */
} disc_dac_r1_desc;

typedef struct disc_dac_r1 {
    double v_step[1 << DISC_DAC_MAX_BITS];
    double k;                    /* the filter's charge per sample (0: no filter) */
    double out;
    int mask;
} disc_dac_r1;

void disc_dac_r1_init(disc_dac_r1 *d, const disc_dac_r1_desc *desc, double v_on, double rate);
double disc_dac_r1_step(disc_dac_r1 *d, int data);
void disc_dac_r1_serialize(disc_dac_r1 *d, state_io *io);

#endif
