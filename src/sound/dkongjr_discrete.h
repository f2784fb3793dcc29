/* Donkey Kong Jr.'s discrete sound circuits (MAME 0.251's dkongjr
   description), from the blocks in disc_rc, disc_osc and disc_mix:
   - walk (6H Q0; Q7 selects the variant): a 74LS624 (5K pin 10) clocking a
     14-bit counter (6L) whose bits 3/6 and 11/12 (picked by Q7 through
     the LS157 6K) feed back into its control input and into an XOR with a
     second 74LS624 (5K pin 7) switched by an LS123 (4K) pulse, gated by
     that pulse through a NAND (5N);
   - jump (6H Q1): an LS123 pulse and the counter's bit 11 mixed (47 uF)
     into a 74LS624's control (8L), through Q3's RC (C28) modulated by it;
   - climb (6H Q2): 710 Hz noise (16-bit LFSR) through Q2's RC (C29) while
     an LS123 pulse (8N) lasts;
   - fall (5H Q1): a 74LS624 (7P) gated by the line through a NAND;
   - the DAC stage (Sallen-Key) and all into the resistor mixer (10 nF,
     1 uF) and the amplifier's coupling (1K / 4.7 uF).
   Approximation: MAME carries the sub-sample switching instant ("x_time")
   through the counter, the bit decoders, the inverters, the XOR and the
   NANDs; here the logic between them is sampled (the LS624s' own outputs
   keep their sub-sample energy where MAME uses it directly). Measured by
   the dkongjr_discrete_sounds test: the walk's pitch 7-15% below MAME's
   (its tones sit at 3-14 kHz, near the 48 kHz rate), its level within 7%;
   jump, climb and fall within 2% in level and pitch, their timing exact. Inputs: the latch lines
   as written (1 = high). */
#ifndef CABINET_DKONGJR_DISCRETE_H
#define CABINET_DKONGJR_DISCRETE_H

#include "sound/disc_mix.h"
#include "sound/disc_osc.h"
#include "sound/disc_rc.h"

enum { DKJR_WALK, DKJR_JUMP, DKJR_CLIMB, DKJR_FALL, DKJR_Q7, DKJR_LINES };

typedef struct dkongjr_discrete {
    double dt;
    bool in[DKJR_LINES];
    /* walk */
    u32 counter;        /* 6L */
    disc_ls624 vco_clk; /* 5K pin 10: the counter's clock */
    disc_ls624 vco_tone; /* 5K pin 7 */
    disc_oneshot walk_pulse;
    /* jump */
    disc_oneshot jump_pulse;
    disc_rmix jump_cv;
    disc_ls624 vco_jump;
    disc_rcdisc_mod jump_env;
    disc_crfilter jump_hp;
    disc_rcfilter jump_lp;
    /* climb */
    disc_lfsr_counter noise;
    disc_oneshot climb_pulse;
    disc_rcdisc_mod climb_env;
    disc_crfilter climb_hp;
    disc_rcfilter climb_lp;
    /* fall */
    disc_ls624 vco_fall;
    /* out */
    disc_sallen_key dac_lp;
    disc_rmix mixer;
    disc_crfilter amp_hp;
} dkongjr_discrete;

void dkongjr_discrete_init(dkongjr_discrete *d, double rate);
/* one sample; dac_v the DAC stage's volts after its decay; returns the
   sample in MAME's output scale */
double dkongjr_discrete_step(dkongjr_discrete *d, double dac_v);
void dkongjr_discrete_serialize(dkongjr_discrete *d, state_io *io);

#endif
