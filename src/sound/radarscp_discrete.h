/* Radar Scope's discrete sound circuits (the TRS-02 sound board, MAME
   0.251's radarscp description), from the blocks in disc_rc, disc_osc and
   disc_mix, after the DAC stage of sound/dkong_dac:
   - noise: the 4 kHz LFSR (2VF) counted by an LS161 (0-15) held clear
     while the 6H latch's Q6 is low; its QC feeds SOUND2, its QB SOUND1;
   - SOUND2 (6H Q2) and SOUND1 (Q1): the noise bit gated through a diode
     mixer by the trigger's envelope (a 1 uF pulse into a transistor, 22 uF
     / 10 uF envelopes), smoothed by the transistor stage;
   - SOUND0 (Q0, with Q6 running its 555): a 555 (47K, 27K, 10 nF) whose
     CV a CD4049 oscillator (4.3K, 43K, 3.3 uF) sweeps through a resistor
     network, through the trigger's RC (47 uF) modulated by the 555,
     high-passed by 4.7 uF;
   - SOUND7 (Q7): a 555 (47K, 27K, 33 nF) swept by a fast CD4049 oscillator
     (2K, 20K, 1 uF) gating a slow near-sine CD4049 oscillator (18K, 3.3M,
     22 uF) smoothed by 1K / 22 uF, high-passed by 1 uF;
   - the five into the 10K resistor mixer (10K to ground, 1 uF coupling),
     the DAC at VR2's default 35 %, the amplifier (its transistor model,
     150 / 1K, 33 uF) and one coupling stage (1K / 33 uF).
   Inputs are the latch lines as written (1 = on; MAME's DS_SOUNDn_INV is
   their inverse). */
#ifndef CABINET_RADARSCP_DISCRETE_H
#define CABINET_RADARSCP_DISCRETE_H

#include "sound/disc_mix.h"
#include "sound/disc_osc.h"
#include "sound/disc_osc_cycle.h"
#include "sound/disc_rc.h"

/* the latch lines the circuits read, as indices of `on` */
enum { RS_SOUND0, RS_SOUND1, RS_SOUND2, RS_SOUND6, RS_SOUND7, RS_LINES };

/* The last steps of a group of blocks, each by its exact key (inputs and
   state before) and result (state after, output): the steps are pure
   functions of these, so a step whose key matches one of them has its
   result. A group at a fixed point or in a two-step cycle (inputs held)
   hits on every step. A cache, not saved: cleared by serialize. */
#define RADARSCP_STEP_KEY_MAX 14
typedef struct radarscp_step_memo {
    struct {
        bool valid;
        double key[RADARSCP_STEP_KEY_MAX], val[RADARSCP_STEP_KEY_MAX];
    } e[2];
    u8 next;
    u8 hot; /* looks left on every step since the last hit */
} radarscp_step_memo;

typedef struct radarscp_gated {   /* SOUND1 and SOUND2 */
    disc_rcdisc_mod pulse;
    disc_rcdisc2 env;
    disc_rcintegrate out;
    double gain;
    radarscp_step_memo memo;
} radarscp_gated;

/* the CD4049 oscillators' cycles (sound/disc_osc_cycle: 1345, 395 and
   35256 samples), each with the block it drives (SOUND0's and SOUND7's CV
   mixers, SOUND7's smoothing) */
#define RADARSCP_S0_CYCLE_MAX 4096
#define RADARSCP_S7_CYCLE_MAX 2048
#define RADARSCP_SINE_CYCLE_MAX 49152

typedef struct radarscp_discrete {
    double dt;
    bool on[RS_LINES];
    disc_lfsr_counter noise;
    u8 count;
    bool last_noise;
    radarscp_gated s1, s2;
    disc_inverter_osc s0_osc;
    disc_rmix s0_cv;
    disc_555_astable s0_vco;
    disc_rcdisc_mod s0_env;
    disc_crfilter s0_hp;
    disc_inverter_osc s7_osc, s7_sine;
    disc_rmix s7_cv;
    disc_555_astable s7_vco;
    disc_rcintegrate s7_smooth;
    disc_crfilter s7_hp;
    disc_sallen_key dac_lp;
    disc_rmix mixer;
    disc_rcintegrate amp;
    disc_crfilter amp_hp;
    radarscp_step_memo s0_memo, out_memo;
    disc_osc_cycle s0_cycle, s7_cycle, sine_cycle;
    disc_osc_entry s0_tab[RADARSCP_S0_CYCLE_MAX], s7_tab[RADARSCP_S7_CYCLE_MAX];
    disc_osc_entry sine_tab[RADARSCP_SINE_CYCLE_MAX];
    disc_osc_block_memo s0_cv_memo[RADARSCP_S0_CYCLE_MAX], s7_cv_memo[RADARSCP_S7_CYCLE_MAX];
    disc_osc_block_memo smooth_memo[RADARSCP_SINE_CYCLE_MAX];
    u8 tick; /* when steps are kept in the memos (not saved: output the same) */
} radarscp_discrete;

void radarscp_discrete_init(radarscp_discrete *d, double rate);
/* one sample: dac_v the DAC stage's volts (0-5, after its decay); returns
   the speaker sample (MAME's output scale, 16-bit) */
double radarscp_discrete_step(radarscp_discrete *d, double dac_v);
void radarscp_discrete_serialize(radarscp_discrete *d, state_io *io);

#endif
