/* Oscillator building blocks of discrete sound circuits, stepped once per
   output sample in doubles, as MAME 0.251's discrete nodes of the same
   names describe them (volts; ohms; farads).

   disc_inverter_osc: three CD4049 inverters with an RC (CD40xx transfer
   curve: 2%/98% outputs, inputs switching at 1.5/3.5 V of 5, a 0.1 V input
   clamp). Type 1 takes the output after three inverters, type 2 after one
   (the other two form the feedback), type 3 is type 1's circuit with the
   output after the first inverter (Radar Scope's near-sine oscillator).
   disc_555_astable: an NE555 astable with a voltage on CV (thresholds CV and
   CV / 2), output as the "energy" of the sample: the high level times the
   fraction of the sample spent high.
   disc_lfsr_counter: Donkey Kong's noise: three LS164s (24 bits, bit 10 XOR
   bit 23, inverted, shifted in) clocked at a fixed rate, the XOR counted by
   an LS161 (rising edges, 0-7). */
#ifndef CABINET_DISC_OSC_H
#define CABINET_DISC_OSC_H

#include "emu/state.h"
#include "util/types.h"

#define DISC_INV_TAB 500

typedef struct disc_inverter_osc {
    int type;
    double vb, clamp, w, wc, rp, r1;
    double v_cap, v_g2_old;
    double tab[DISC_INV_TAB];
} disc_inverter_osc;
/* r: the charging resistor, rp: the one at the input, c the capacitor */
void disc_inverter_osc_init(disc_inverter_osc *o, int type, double r, double rp, double c, double vb, double rate);
double disc_inverter_osc_step(disc_inverter_osc *o);
void disc_inverter_osc_serialize(disc_inverter_osc *o, state_io *io);

typedef struct disc_555_astable {
    double dt, v_high, v_charge;
    double t_charge, t_discharge, exp_charge, exp_discharge;
    double v_cap, out;
    bool ff;
} disc_555_astable;
/* v_pos the supply (also the charging voltage), v_high the output high */
void disc_555_astable_init(disc_555_astable *t, double r1, double r2, double c, double v_pos, double v_high,
                           double rate);
/* the whole step, switching inside the sample included */
double disc_555_astable_step_full(disc_555_astable *t, double cv);
/* The usual sample, the capacitor staying between the thresholds, done
   here; a switch goes to the full step, which takes the same path to it. */
static inline double disc_555_astable_step(disc_555_astable *t, double cv)
{
    double v = t->v_cap, next;
    bool ff = t->ff;
    if (cv < 0.25) /* below 0.25 V the 555 would run far out of range: hold (MAME) */
        return t->out;
    if (v >= cv)
        ff = false;
    else if (v <= cv / 2.0)
        ff = true;
    if (ff) {
        next = v + (t->v_charge - v) * t->exp_charge;
        if (next >= cv)
            return disc_555_astable_step_full(t, cv);
    } else {
        next = v - v * t->exp_discharge;
        if (next <= cv / 2.0)
            return disc_555_astable_step_full(t, cv);
    }
    /* no switch: high or low for the whole sample */
    t->v_cap = next;
    t->ff = ff;
    t->out = t->v_high * (ff ? 1.0 : 0.0);
    return t->out;
}
void disc_555_astable_serialize(disc_555_astable *t, state_io *io);

typedef struct disc_lfsr_counter {
    int bits, tap0, tap1;
    double t_clock, t_left;
    u32 reg;
    u8 count;
    bool last_out;
    bool out; /* the XOR */
} disc_lfsr_counter;
void disc_lfsr_counter_init(disc_lfsr_counter *n, double clock_hz, double rate);
/* another register: bits long, the XOR of bits tap0 and tap1 inverted
   shifted in (Donkey Kong Jr.'s: 16, 2, 15) */
void disc_lfsr_init(disc_lfsr_counter *n, int bits, int tap0, int tap1, double clock_hz);
/* the LS161's count after this sample */
int disc_lfsr_counter_step(disc_lfsr_counter *n, double dt);
void disc_lfsr_counter_serialize(disc_lfsr_counter *n, state_io *io);

/* A 74LS624 VCO (MAME's fit of the chip's frequency to the control and
   range voltages for 0.1 uF, scaled by 0.1 uF / C; the control input
   divided by its 90K input resistance against r_freq_in, optionally
   filtered by c_freq_in; the range input likewise). One step returns the
   state after the sample; falls / rises count the edges in it and x the
   fraction of the sample since the last edge (0 if none). */
typedef struct disc_ls624 {
    double c, v_freq_scale, v_rng_scale, k_freq_in, v_cap_freq_in, t_used, dt;
    bool has_freq_in_cap;
    bool ff;
    int falls, rises;
    double x;
} disc_ls624;
void disc_ls624_init(disc_ls624 *v, double c, double r_freq_in, double c_freq_in, double r_rng_in, double rate);
void disc_ls624_step(disc_ls624 *v, double v_mod, double v_rng);
/* the output's average over the sample (high 4.5 V), MAME's "energy" */
double disc_ls624_energy(const disc_ls624 *v);
void disc_ls624_serialize(disc_ls624 *v, state_io *io);

/* A retriggerable one-shot started by rising edges (74LS123 as MAME
   describes it: width 0.25 R C (1 + 700 / R)); returns whether it runs. */
typedef struct disc_oneshot {
    double width, left, dt;
    bool last_in, running;
} disc_oneshot;
void disc_oneshot_init(disc_oneshot *o, double r, double c, double rate);
bool disc_oneshot_step(disc_oneshot *o, bool in);
void disc_oneshot_serialize(disc_oneshot *o, state_io *io);

#endif
