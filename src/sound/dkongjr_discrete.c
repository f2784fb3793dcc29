#include "sound/dkongjr_discrete.h"

#define VCC 5.0
#define TTL_HIGH 4.0
#define OUT_GAIN (32767.0 / 1.18) /* MAME's output scale */

static double par(double a, double b)
{
    return a * b / (a + b);
}

/* the CRFILTER_VREF stage: out = in - vC, C charging towards out = vref */
static double cr_vref(disc_crfilter *f, double in, double vref)
{
    double out = in - f->vc;
    f->vc += (out - vref) * f->k;
    return out;
}

void dkongjr_discrete_init(dkongjr_discrete *d, double rate)
{
    d->dt = 1.0 / rate;
    for (int i = 0; i < DKJR_LINES; i++)
        d->in[i] = false;
    d->counter = 0;
    d->x11 = 0;
    disc_ls624_init(&d->vco_clk, 4.7e-9, 20e3, 3.3e-6, 1e3, rate);   /* C19, R11, C16, R33 */
    disc_ls624_init(&d->vco_tone, 22e-9, 10e3, 3.3e-6, 1e3, rate);   /* C18, R10, C17, R33 */
    disc_oneshot_init(&d->walk_pulse, 47e3, 4.7e-6, rate);           /* R8, C14 */
    disc_oneshot_init(&d->jump_pulse, 47e3, 22e-6, rate);            /* R9, C15 */
    static const double rj[2] = { 47e3, 10e3 };                      /* R13, R12 */
    disc_rmix_init(&d->jump_cv, 2, rj, 0, 47e-6, 0, rate);           /* C24 */
    disc_ls624_init(&d->vco_jump, 220e-9, par(47e3, 10e3), 0, 1e3, rate); /* C22, R35 */
    disc_rcdisc_mod_init(&d->jump_env, 120, 10e3, 1, 100e3, 10e-6, VCC, rate); /* R27, R28, C28 */
    disc_crfilter_init(&d->jump_hp, 47e3, 0.47e-6, rate);           /* R4, C23 */
    disc_rcfilter_init(&d->jump_lp, 100, 56e-9, rate);              /* R19, C21 */
    disc_lfsr_init(&d->noise, 16, 2, 15, 710.0);                     /* IC 3J, 4J, clocked by 7P */
    disc_oneshot_init(&d->climb_pulse, 47e3, 22e-6, rate);           /* R17, C27 */
    disc_rcdisc_mod_init(&d->climb_env, 120, 4.7e3, 1, 100e3, 10e-6, VCC, rate); /* R24, R18, C29 */
    disc_crfilter_init(&d->climb_hp, 20e3, 0.47e-6, rate);           /* R6, C30 */
    disc_rcfilter_init(&d->climb_lp, 120, 1e-6, rate);               /* R2, C25 */
    disc_ls624_init(&d->vco_fall, 0.12e-6, 30e3, 47e-6, 1e3, rate);  /* C37, R14, C26, R34 */
    disc_sallen_key_lp_init(&d->dac_lp, 5.6e3, 5.6e3, 22e-9, 10e-9, rate);
    static const double r[5] = { 150e3, 100e3, 20e3, 47e3, 47e3 };   /* R5, R3, R6, R4, R25 */
    disc_rmix_init(&d->mixer, 5, r, 0, 0.01e-6, 1e-6, rate);         /* C155, C161 */
    disc_crfilter_init(&d->amp_hp, 1e3, 4.7e-6, rate);               /* C13 */
}

static int bit(u32 v, int n)
{
    return v >> n & 1;
}

/* a gate's output volts averaged over the sample (MAME's x_time energy):
   state after the sample, x the fraction of it since the edge (0: none) */
static double gate_volts(int state, double x, double lo, double hi)
{
    if (x == 0)
        return state ? hi : lo;
    return lo + (hi - lo) * (state ? x : 1.0 - x);
}

/* walk: returns the NAND's output volts (averaged over the sample); also
   leaves the counter for the jump circuit (bit 11). As MAME's description:
   the edge instants ("x_time") travel from the clock VCO through the
   counter and its bit decoders; the inverter 5J turns bit 11/12 into an
   averaged level for the VCO's control; the XOR (6N) passes only the
   counter bit's edge instant (MAME's gate keeps the other input's state
   but not its instant), and the NAND (5N) averages the result. */
static double walk_step(dkongjr_discrete *d)
{
    bool q7_inv = !d->in[DKJR_Q7];
    /* the counter counts the falling edges of the clock VCO's last sample
       (MAME steps the counter before the VCO); its edge instant is the
       VCO's last edge in that sample */
    u32 old = d->counter;
    d->counter = (d->counter + (u32)d->vco_clk.falls) & 0x3fff;
    double cx = d->vco_clk.falls ? d->vco_clk.x : 0;
    int na = q7_inv ? 3 : 6, nb = q7_inv ? 11 : 12;
    int sel_a = bit(d->counter, na);
    double xa = bit(old ^ d->counter, na) ? cx : 0;
    int sel_b = bit(d->counter, nb);
    double xb = bit(old ^ d->counter, nb) ? cx : 0;
    d->x11 = bit(old ^ d->counter, 11) ? cx : 0;
    bool pulse = disc_oneshot_step(&d->walk_pulse, !d->in[DKJR_WALK]);
    disc_ls624_step(&d->vco_tone, pulse ? 0.151 : 4.14, VCC);
    /* 5J inverts bit 11/12: 0.135 V low, 4.15 V high, averaged over the
       sample when the bit changed in it */
    disc_ls624_step(&d->vco_clk, gate_volts(!sel_b, xb, 0.135, 4.15), VCC);
    if (!pulse)
        return 4.9;
    int tone = q7_inv ? d->vco_tone.ff : 0;
    return gate_volts(!(sel_a ^ tone), xa, 0.2, 4.9);
}

static double jump_step(dkongjr_discrete *d)
{
    bool pulse = disc_oneshot_step(&d->jump_pulse, !d->in[DKJR_JUMP]);
    /* bit 11 through the inverter 7N, averaged over the sample */
    double cv = disc_rmix_step2(&d->jump_cv, pulse ? 4.14 : 0.151, gate_volts(!bit(d->counter, 11), d->x11, 0.151, 4.14));
    disc_ls624_step(&d->vco_jump, cv, VCC);
    double v = disc_rcdisc_mod_step(&d->jump_env, pulse ? 0 : 1, disc_ls624_energy(&d->vco_jump));
    v = cr_vref(&d->jump_hp, v, 2.5);
    return disc_rcfilter_step(&d->jump_lp, v);
}

static double climb_step(dkongjr_discrete *d)
{
    disc_lfsr_counter_step(&d->noise, d->dt);
    double noise = d->noise.out ? 0 : 1; /* the XOR, inverted */
    bool pulse = disc_oneshot_step(&d->climb_pulse, !d->in[DKJR_CLIMB]);
    /* the one-shot's inverted output: 0 V while it runs */
    double v = disc_rcdisc_mod_step(&d->climb_env, pulse ? 0 : TTL_HIGH, noise);
    v = cr_vref(&d->climb_hp, v, 2.5);
    return disc_rcfilter_step(&d->climb_lp, v);
}

static double fall_step(dkongjr_discrete *d)
{
    bool en = d->in[DKJR_FALL];
    disc_ls624_step(&d->vco_fall, en ? 0.134 : 4.16, VCC);
    if (!en)
        return 4.9;
    /* NAND with the VCO: low while it is high, averaged over the sample */
    double high = disc_ls624_energy(&d->vco_fall) / 4.5;
    return 4.9 - (4.9 - 0.2) * high;
}

double dkongjr_discrete_step(dkongjr_discrete *d, double dac_v)
{
    double in[5];
    in[1] = walk_step(d);
    in[3] = jump_step(d);
    in[2] = climb_step(d);
    in[0] = fall_step(d);
    in[4] = disc_sallen_key_step(&d->dac_lp, dac_v);
    double v = disc_rmix_step5(&d->mixer, in[0], in[1], in[2], in[3], in[4]);
    v = disc_crfilter_step(&d->amp_hp, v);
    return v * OUT_GAIN;
}

void dkongjr_discrete_serialize(dkongjr_discrete *d, state_io *io)
{
    for (int i = 0; i < DKJR_LINES; i++)
        st_bool(io, &d->in[i]);
    st_u32(io, &d->counter);
    disc_ls624_serialize(&d->vco_clk, io);
    disc_ls624_serialize(&d->vco_tone, io);
    disc_oneshot_serialize(&d->walk_pulse, io);
    disc_oneshot_serialize(&d->jump_pulse, io);
    disc_rmix_serialize(&d->jump_cv, io);
    disc_ls624_serialize(&d->vco_jump, io);
    disc_rcdisc_mod_serialize(&d->jump_env, io);
    disc_crfilter_serialize(&d->jump_hp, io);
    disc_rcfilter_serialize(&d->jump_lp, io);
    disc_lfsr_counter_serialize(&d->noise, io);
    disc_oneshot_serialize(&d->climb_pulse, io);
    disc_rcdisc_mod_serialize(&d->climb_env, io);
    disc_crfilter_serialize(&d->climb_hp, io);
    disc_rcfilter_serialize(&d->climb_lp, io);
    disc_ls624_serialize(&d->vco_fall, io);
    disc_sallen_key_serialize(&d->dac_lp, io);
    disc_rmix_serialize(&d->mixer, io);
    disc_crfilter_serialize(&d->amp_hp, io);
}
