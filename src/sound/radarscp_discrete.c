#include "sound/radarscp_discrete.h"

#include <string.h>

#define VCC 5.0
#define DIODE_1 0.4 /* 1N5553 at 1 mA */
#define DIODE_2 0.8 /* two of them */
#define CLOCK_2VF (61440000.0 / 5 / 4 / 16 / 12 / 2 / 2) /* the noise clock, 4 kHz */
#define VR2 0.35      /* the DAC volume trimmer, MAME's default for this board */
#define OUT_GAIN (32767.0 / 5.0 * 3)
#define R_555 5e3     /* the 555's internal divider resistor */

static double par(double a, double b)
{
    return a * b / (a + b);
}

static void gated_init(radarscp_gated *g, double r_pulse, double c_pulse, double r_env, double c_env, double r_out,
                       double r_top, double r_bot, double r_load, double c_out, double rate)
{
    disc_rcdisc_mod_init(&g->pulse, 10e3, 0, 0, r_pulse, c_pulse, VCC, rate);
    disc_rcdisc2_init(&g->env, 100e3 + r_env, r_env, c_env, rate);
    disc_rcintegrate_init(&g->out, r_out, par(r_top + r_bot, r_load), 0, c_out, VCC, 1, rate);
    g->gain = r_bot / (r_bot + r_top);
}

/* the settled group's output when its inputs are the ones it settled with */
static bool settle_hit(const radarscp_settle *st, const double *in, int n, double *out)
{
    if (!st->ok || memcmp(st->in, in, sizeof(*in) * (size_t)n))
        return false;
    *out = st->out;
    return true;
}

/* after a step: settled when no state bit moved (`before` against `after`) */
static void settle_note(radarscp_settle *st, bool check, const void *before, const void *after, size_t size,
                        const double *in, int n, double out)
{
    st->ok = check && !memcmp(before, after, size);
    if (st->ok) {
        memcpy(st->in, in, sizeof(*in) * (size_t)n);
        st->out = out;
    }
}

/* the trigger's pulse switches the envelope to its fast discharge; the
   envelope above the noise bit masks it in the diode mixer */
static double gated_step(radarscp_gated *g, bool on, double noise, bool check)
{
    const double in[2] = { on, noise };
    double r;
    if (settle_hit(&g->settle, in, 2, &r))
        return r;
    if (!check) {
        double pulse = disc_rcdisc_mod_step(&g->pulse, on ? 0 : 1, 0);
        double env = disc_rcdisc2_step(&g->env, pulse > 0.6, VCC, 0);
        double mix = disc_diode_mix2(env, DIODE_1, noise, DIODE_2);
        return disc_rcintegrate_step(&g->out, mix) * g->gain;
    }
    const double before[4] = { g->pulse.v_cap, g->env.v, g->out.v_cap, g->out.v_ce };
    double pulse = disc_rcdisc_mod_step(&g->pulse, on ? 0 : 1, 0);
    double env = disc_rcdisc2_step(&g->env, pulse > 0.6, VCC, 0);
    double mix = disc_diode_mix2(env, DIODE_1, noise, DIODE_2);
    r = disc_rcintegrate_step(&g->out, mix) * g->gain;
    const double after[4] = { g->pulse.v_cap, g->env.v, g->out.v_cap, g->out.v_ce };
    settle_note(&g->settle, true, before, after, sizeof(before), in, 2, r);
    return r;
}

/* a 555 held in reset (its reset pin low): output low, capacitor empty */
static double vco_step(disc_555_astable *t, bool run, double cv)
{
    if (!run) {
        t->out = 0;
        t->ff = true;
        t->v_cap = 0;
        return 0;
    }
    return disc_555_astable_step(t, cv);
}

void radarscp_discrete_init(radarscp_discrete *d, double rate)
{
    memset(d, 0, sizeof(*d));
    d->dt = 1.0 / rate;
    disc_lfsr_counter_init(&d->noise, CLOCK_2VF, rate);
    /* SOUND2: R_NN01, 2 x R9, C20; R8 + R7, R7, C19; R5, R4 + R3 // R6, C18 */
    gated_init(&d->s2, 20e3, 1e-6, 10e3, 22e-6, 750, 2e3, 5.1e3, 4.7e3, 1e-6, rate);
    /* SOUND1: R_NN02, R32, C31; R31 + R30, R30, C30; R28, R27 + R26 // R29, C29 */
    gated_init(&d->s1, 10e3, 1e-6, 10e3, 10e-6, 150, 2e3, 5.1e3, 4.7e3, 1e-6, rate);
    /* SOUND0 */
    disc_inverter_osc_init(&d->s0_osc, 2, 4.3e3, 43e3, 3.3e-6, VCC, rate);      /* R57, R58, C53 */
    const double r_cv0[3] = { 12e3 + 1.2e3, R_555, par(2 * R_555, 10e3) };     /* R56 + R54; R55 */
    disc_rmix_init(&d->s0_cv, 3, r_cv0, 0, 3.3e-6, 0, rate);                    /* C51 */
    disc_555_astable_init(&d->s0_vco, 47e3, 27e3, 10e-9, VCC, VCC - 0.5, rate); /* C49 */
    disc_rcdisc_mod_init(&d->s0_env, 1e3, 4.7e3, 1e3, 1e3, 47e-6, VCC, rate);  /* R39, R18, R37, R38, C22 */
    disc_crfilter_init(&d->s0_hp, 5.6e3 + 5.6e3, 4.7e-6, rate);                 /* R15 + R16, C33 */
    /* SOUND7 */
    disc_inverter_osc_init(&d->s7_osc, 2, 2e3, 20e3, 1e-6, VCC, rate);         /* R62, R61, C54 */
    disc_inverter_osc_init(&d->s7_sine, 3, 18e3, 3.3e6, 22e-6, VCC, rate);     /* R48, R49, C47 */
    const double r_cv7[3] = { 130 + 1.2e3, R_555, par(2 * R_555, 10e3) };      /* R63 + R59; R60 */
    disc_rmix_init(&d->s7_cv, 3, r_cv7, 0, 3.3e-6, 0, rate);                    /* C50 */
    disc_555_astable_init(&d->s7_vco, 47e3, 27e3, 33e-9, VCC, VCC - 0.5, rate); /* C48 */
    disc_rcintegrate_init(&d->s7_smooth, 1e3, 1e3, 0, 22e-6, VCC, 1, rate);    /* R46, R46, C45 */
    disc_crfilter_init(&d->s7_hp, 5.1e3 + 3.9e3, 1e-6, rate);                   /* R43 + R44, C46 */
    /* the DAC's filter, the mixer (R14, R25, R2, R42, R1; VR2; C2), the amplifier */
    disc_sallen_key_lp_init(&d->dac_lp, 5.6e3, 5.6e3, 22e-9, 10e-9, rate);
    static const double r[5] = { 10e3, 10e3, 10e3, 10e3, 10e3 };
    disc_rmix_init(&d->mixer, 5, r, 10e3, 0, 1e-6, rate);
    disc_rcintegrate_init(&d->amp, 0, 150, 1000, 33e-6, VCC, 3, rate);
    disc_crfilter_init(&d->amp_hp, 1e3, 33e-6, rate);
}

double radarscp_discrete_step(radarscp_discrete *d, double dac_v)
{
    /* the LS161 counts the noise's rising edges while Q6 is high (held
       clear, it does not follow the clock: MAME's counter) */
    disc_lfsr_counter_step(&d->noise, d->dt);
    bool n = d->noise.out;
    if (!d->on[RS_SOUND6]) {
        d->count = 0;
    } else {
        if (n && !d->last_noise)
            d->count = (d->count + 1) & 15;
        d->last_noise = n;
    }
    double in[5];
    /* the fixed points are looked for on every 32nd sample only */
    bool check = (++d->tick & 31) == 0;
    in[2] = gated_step(&d->s2, d->on[RS_SOUND2], d->count & 4 ? VCC : 0, check);
    in[1] = gated_step(&d->s1, d->on[RS_SOUND1], d->count & 2 ? VCC : 0, check);

    double osc0 = disc_inverter_osc_step(&d->s0_osc);
    const double cv0_in[3] = { osc0, VCC, 0 };
    double cv0 = disc_rmix_step(&d->s0_cv, cv0_in);
    double vco0 = vco_step(&d->s0_vco, d->on[RS_SOUND6], cv0);
    const double in0[2] = { d->on[RS_SOUND0], vco0 };
    if (!settle_hit(&d->s0_settle, in0, 2, &in[0])) {
        const double before[2] = { d->s0_env.v_cap, d->s0_hp.vc };
        double env0 = disc_rcdisc_mod_step(&d->s0_env, d->on[RS_SOUND0] ? 0 : 1, vco0);
        in[0] = disc_crfilter_step(&d->s0_hp, env0) * 0.5; /* R15 / (R15 + R16) */
        const double after[2] = { d->s0_env.v_cap, d->s0_hp.vc };
        settle_note(&d->s0_settle, check, before, after, sizeof(before), in0, 2, in[0]);
    }

    double osc7 = disc_inverter_osc_step(&d->s7_osc);
    double sine = disc_inverter_osc_step(&d->s7_sine);
    const double cv7_in[3] = { osc7, VCC, 0 };
    double cv7 = disc_rmix_step(&d->s7_cv, cv7_in);
    double vco7 = vco_step(&d->s7_vco, d->on[RS_SOUND7], cv7);
    double smooth = disc_rcintegrate_step(&d->s7_smooth, sine);
    double gated = d->on[RS_SOUND7] && vco7 < 2.5 ? smooth : 0;
    if (!settle_hit(&d->s7_settle, &gated, 1, &in[3])) {
        double before = d->s7_hp.vc;
        in[3] = disc_crfilter_step(&d->s7_hp, gated) * (3.9e3 / (5.1e3 + 3.9e3)); /* R44 / (R43 + R44) */
        settle_note(&d->s7_settle, check, &before, &d->s7_hp.vc, sizeof(before), &gated, 1, in[3]);
    }

    /* the DAC's filter, the mixer and the amplifier */
    const double out_in[5] = { in[0], in[1], in[2], in[3], dac_v };
    double v;
    if (settle_hit(&d->out_settle, out_in, 5, &v))
        return v;
    const double before[9] = { d->dac_lp.x1, d->dac_lp.x2, d->dac_lp.y1, d->dac_lp.y2, d->mixer.v_f,
                                d->mixer.v_amp, d->amp.v_cap, d->amp.v_ce, d->amp_hp.vc };
    in[4] = disc_sallen_key_step(&d->dac_lp, dac_v) * VR2;
    v = disc_rmix_step(&d->mixer, in);
    /* the amplifier's bias divider (100K / 43K) */
    v = disc_rcintegrate_step(&d->amp, v + VCC * 43.0 / (100.0 + 43.0));
    v = disc_crfilter_step(&d->amp_hp, v) * OUT_GAIN;
    const double after[9] = { d->dac_lp.x1, d->dac_lp.x2, d->dac_lp.y1, d->dac_lp.y2, d->mixer.v_f,
                               d->mixer.v_amp, d->amp.v_cap, d->amp.v_ce, d->amp_hp.vc };
    settle_note(&d->out_settle, check, before, after, sizeof(before), out_in, 5, v);
    return v;
}

static void gated_serialize(radarscp_gated *g, state_io *io)
{
    g->settle.ok = false;
    disc_rcdisc_mod_serialize(&g->pulse, io);
    disc_rcdisc2_serialize(&g->env, io);
    disc_rcintegrate_serialize(&g->out, io);
}

void radarscp_discrete_serialize(radarscp_discrete *d, state_io *io)
{
    d->s0_settle.ok = d->s7_settle.ok = d->out_settle.ok = false;
    for (int i = 0; i < RS_LINES; i++)
        st_bool(io, &d->on[i]);
    disc_lfsr_counter_serialize(&d->noise, io);
    st_u8(io, &d->count);
    st_bool(io, &d->last_noise);
    d->count &= 15;
    gated_serialize(&d->s2, io);
    gated_serialize(&d->s1, io);
    disc_inverter_osc_serialize(&d->s0_osc, io);
    disc_rmix_serialize(&d->s0_cv, io);
    disc_555_astable_serialize(&d->s0_vco, io);
    disc_rcdisc_mod_serialize(&d->s0_env, io);
    disc_crfilter_serialize(&d->s0_hp, io);
    disc_inverter_osc_serialize(&d->s7_osc, io);
    disc_inverter_osc_serialize(&d->s7_sine, io);
    disc_rmix_serialize(&d->s7_cv, io);
    disc_555_astable_serialize(&d->s7_vco, io);
    disc_rcintegrate_serialize(&d->s7_smooth, io);
    disc_crfilter_serialize(&d->s7_hp, io);
    disc_sallen_key_serialize(&d->dac_lp, io);
    disc_rmix_serialize(&d->mixer, io);
    disc_rcintegrate_serialize(&d->amp, io);
    disc_crfilter_serialize(&d->amp_hp, io);
}
