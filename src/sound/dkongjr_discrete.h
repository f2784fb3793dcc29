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
   As MAME, the switching instants ("x_time": where in a sample a logic
   signal changed) travel from the walk's clock VCO through the counter,
   its bit decoders and the inverters, XOR and NAND, which average the
   sample from them; MAME's XOR keeps only the counter bit's instant (the
   tone's state, not its instant), and so does this. The latch lines act
   from the sample after the one they change in (MAME brings its stream
   to the end of that sample first): the walk's tones sit at 3-14 kHz, so
   its waveform follows these sample-level details. Against MAME 0.251's
   WAV of the dkongjr_discrete test set, each of the walk (both
   variants), jump, climb and fall is the same waveform within 2 LSB
   (MAME's WAV one sample later), and the test's measures within 1%. Inputs: the latch lines as written (1 = high). */
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
    double x11;         /* bit 11's instant in this sample (0: none), for the jump */
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
