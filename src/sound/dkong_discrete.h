/* Donkey Kong's discrete sound circuits (the TKG-04 sound board, MAME
   0.251's dkong2b description), built from the blocks in disc_rc, disc_osc
   and disc_mix:
   - stomp (6H Q2): 4 kHz LFSR noise (2VF) counted by an LS161 (3J), its
     Q2 gated through a diode mixer by the trigger's envelope (C21 pulse
     into Q5, C20), smoothed by the transistor stage and C19;
   - jump (6H Q1): a 555 (47K, 27K, 47 nF) whose CV is swept by the trigger
     and a slow CD4049 oscillator (18K, 3.3M, 3.3 uF), gated the same way
     (C18 pulse, C17 envelope, C16);
   - walk (6H Q0): a 555 (47K, 27K, 33 nF) with CV from the trigger and a
     CD4049 oscillator (4.3K, 43K, 10 uF), through the trigger's RC (C25)
     modulated by the 555, high-passed by C23;
   - the DAC stage (sound/dkong_dac) and the three into the 47K resistor
     mixer (10K, 100 nF, 1 uF), the amplifier (its transistor model, 150
     / 1K, 33 uF) and its two coupling stages (50K / 33 uF, 1K / 4.7 uF).
   Inputs are the latch lines as written (1 = the sound on; MAME's
   DS_SOUNDn_INV is their inverse). */
#ifndef CABINET_DKONG_DISCRETE_H
#define CABINET_DKONG_DISCRETE_H

#include "sound/disc_mix.h"
#include "sound/disc_osc.h"
#include "sound/disc_osc_cycle.h"
#include "sound/disc_rc.h"

/* A block's last steps: the inputs and the state before (as bits), the
   state after and the output. The step is a pure function of state and
   inputs, so meeting the same pair again (a settled block, or one in a
   two-sample cycle) gives its result without computing it: bit for bit the
   same. Not saved: cleared on load. */
#define DKONG_MEMO_WAYS 2

/* When the memos below are looked at: on every step for a few steps after
   a hit, else only in a window of steps every 64 (the first of which are
   kept), enough to find a fixed point or a short cycle, cheap while there
   is none. A hit replays the step bit for bit, so when they are looked at
   changes nothing but the cost. */
typedef struct dkong_gate {
    u8 tick, hot;
} dkong_gate;
typedef struct dkong_memo_entry {
    u64 in, before[2], after[2];
    double out;
    bool valid;
} dkong_memo_entry;

typedef struct dkong_memo {
    dkong_memo_entry e[DKONG_MEMO_WAYS];
    u8 next;
    dkong_gate gate;
} dkong_memo;

/* For the cheap blocks: the last step's input and output, and whether it
   left the state unchanged (then the same input gives the same again). */
typedef struct dkong_settled {
    u64 in;
    double out;
    bool settled;
} dkong_settled;

/* The same for a bigger block (up to 4 state variables and 8 input and
   state words), remembering 4 steps: the mixer and the amplifier's stage,
   which cycle every 2 samples once the circuits are idle (the DAC filter
   before them, with the DAC held, every 4 in its last bits). The entry
   after the last one hit is tried first. */
#define DKONG_CYC_WAYS 4
typedef struct dkong_cyc_entry {
    u64 key[8];   /* inputs, then the state before */
    u64 after[4];
    double out;
} dkong_cyc_entry;

typedef struct dkong_cyc {
    dkong_cyc_entry e[DKONG_CYC_WAYS];
    u8 valid; /* bit per entry */
    u8 next, predict;
    dkong_gate gate;
} dkong_cyc;

/* the CD4049 oscillators' cycles (sound/disc_osc_cycle; the walk's is 4046
   samples), with the CV network each drives */
#define DKONG_OSC_CYCLE_MAX 8192

typedef struct dkong_stomp {
    disc_lfsr_counter noise;
    disc_rcdisc_mod pulse;
    disc_rcdisc2 env;
    disc_rcintegrate out;
    dkong_settled m_pulse, m_env;
    dkong_memo m_out;
} dkong_stomp;

typedef struct dkong_jump {
    disc_inverter_osc osc;
    disc_cv_mix cv;
    disc_555_astable vco;
    disc_rcdisc_mod pulse;
    disc_rcdisc2 env;
    disc_rcintegrate out;
    dkong_settled m_pulse, m_env;
    dkong_memo m_out;
    disc_osc_cycle osc_cycle;
    disc_osc_entry osc_tab[DKONG_OSC_CYCLE_MAX];
    disc_osc_block_memo cv_memo[DKONG_OSC_CYCLE_MAX];
} dkong_jump;

typedef struct dkong_walk {
    disc_inverter_osc osc;
    disc_cv_mix cv;
    disc_555_astable vco;
    disc_rcdisc_mod env;
    disc_crfilter hp;
    dkong_settled m_env, m_hp;
    disc_osc_cycle osc_cycle;
    disc_osc_entry osc_tab[DKONG_OSC_CYCLE_MAX];
    disc_osc_block_memo cv_memo[DKONG_OSC_CYCLE_MAX];
} dkong_walk;

typedef struct dkong_discrete {
    double dt;
    bool circuits; /* false: the mixer's three circuit inputs stay at 0 V */
    bool on[3]; /* walk, jump, stomp as the latch holds them */
    dkong_stomp stomp;
    dkong_jump jump;
    dkong_walk walk;
    disc_sallen_key dac_lp;
    disc_rmix mixer;
    disc_rcintegrate amp;
    disc_crfilter amp_hp1, amp_hp2;
    dkong_cyc m_mix;
} dkong_discrete;

void dkong_discrete_init(dkong_discrete *d, double rate, bool circuits);
/* one sample: dac_v the DAC stage's volts (0-5, after its decay); returns
   the speaker sample (MAME's output scale, 16-bit) */
double dkong_discrete_step(dkong_discrete *d, double dac_v);
/* the channels alone (volts at the mixer's inputs), for the unit test */
double dkong_stomp_step(dkong_stomp *s, bool on, double dt);
double dkong_jump_step(dkong_jump *j, bool on);
double dkong_walk_step(dkong_walk *w, bool on);
void dkong_discrete_serialize(dkong_discrete *d, state_io *io);

#endif
