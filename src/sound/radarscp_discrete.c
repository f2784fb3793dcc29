#include "sound/radarscp_discrete.h"

#include <string.h>

#include "util/f64bits.h"

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

/* whether the memo is looked at on this step: on every step for a few
   steps after a hit, else only in the window after the steps kept (the
   key is built only then) */
static inline bool memo_looks(const radarscp_step_memo *m, bool window)
{
    return m->hot || window;
}

/* a step with this key done before (looked for only when memo_looks): its
   result into val */
static inline bool memo_find(radarscp_step_memo *m, const double *key, int nk, double *val, int nv)
{
    for (int i = 0; i < 2; i++)
        if (m->e[i].valid && f64_same_bits(m->e[i].key, key, nk)) {
            memcpy(val, m->e[i].val, sizeof(*val) * (size_t)nv);
            m->hot = 4;
            return true;
        }
    if (m->hot)
        m->hot--;
    return false;
}

static inline void memo_put(radarscp_step_memo *m, const double *key, int nk, const double *val, int nv)
{
    m->e[m->next].valid = true;
    memcpy(m->e[m->next].key, key, sizeof(*key) * (size_t)nk);
    memcpy(m->e[m->next].val, val, sizeof(*val) * (size_t)nv);
    m->next ^= 1;
}

static void memo_clear(radarscp_step_memo *m)
{
    m->e[0].valid = m->e[1].valid = false;
    m->hot = 0;
}

/* the trigger's pulse switches the envelope to its fast discharge; the
   envelope above the noise bit masks it in the diode mixer */
static double gated_step(radarscp_gated *g, bool on, double noise, bool keep, bool window)
{
    double key[6];
    if (memo_looks(&g->memo, window)) { /* (keep is within the window) */
        key[0] = on;
        key[1] = noise;
        key[2] = g->pulse.v_cap;
        key[3] = g->env.v;
        key[4] = g->out.v_cap;
        key[5] = g->out.v_ce;
        double val[5];
        if (memo_find(&g->memo, key, 6, val, 5)) {
            g->pulse.v_cap = val[0];
            g->env.v = val[1];
            g->out.v_cap = val[2];
            g->out.v_ce = val[3];
            return val[4];
        }
    }
    double pulse = disc_rcdisc_mod_step(&g->pulse, on ? 0 : 1, 0);
    double env = disc_rcdisc2_step(&g->env, pulse > 0.6, VCC, 0);
    double mix = disc_diode_mix2(env, DIODE_1, noise, DIODE_2);
    double r = disc_rcintegrate_step(&g->out, mix) * g->gain;
    if (keep) {
        const double res[5] = { g->pulse.v_cap, g->env.v, g->out.v_cap, g->out.v_ce, r };
        memo_put(&g->memo, key, 6, res, 5);
    }
    return r;
}

/* a CV mixer (inputs: the oscillator, VCC, ground) driven by the
   oscillator of cycle c */
static double cv_step(disc_rmix *m, disc_osc_cycle *c, double osc)
{
    const u64 before[2] = { f64_bits(m->v_f), f64_bits(m->v_amp) };
    const disc_osc_block_memo *e = disc_osc_block_find(c, 0, before, 2);
    if (e) {
        m->v_f = f64_from_bits(e->after[0]);
        m->v_amp = f64_from_bits(e->after[1]);
        return e->out;
    }
    double out = disc_rmix_step3(m, osc, VCC, 0);
    const u64 after[2] = { f64_bits(m->v_f), f64_bits(m->v_amp) };
    disc_osc_block_store(c, 0, before, after, 2, out);
    return out;
}

/* SOUND7's smoothing of the near-sine oscillator */
static double smooth_step(radarscp_discrete *d, double sine)
{
    disc_rcintegrate *r = &d->s7_smooth;
    const u64 before[2] = { f64_bits(r->v_cap), f64_bits(r->v_ce) };
    const disc_osc_block_memo *e = disc_osc_block_find(&d->sine_cycle, 0, before, 2);
    if (e) {
        r->v_cap = f64_from_bits(e->after[0]);
        r->v_ce = f64_from_bits(e->after[1]);
        return e->out;
    }
    double out = disc_rcintegrate_step(r, sine);
    const u64 after[2] = { f64_bits(r->v_cap), f64_bits(r->v_ce) };
    disc_osc_block_store(&d->sine_cycle, 0, before, after, 2, out);
    return out;
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
    /* a second of warm-up before a reference state is taken */
    int warmup = (int)rate;
    disc_osc_cycle_init(&d->s0_cycle, d->s0_tab, d->s0_cv_memo, RADARSCP_S0_CYCLE_MAX, warmup);
    disc_osc_cycle_init(&d->s7_cycle, d->s7_tab, d->s7_cv_memo, RADARSCP_S7_CYCLE_MAX, warmup);
    disc_osc_cycle_init(&d->sine_cycle, d->sine_tab, d->smooth_memo, RADARSCP_SINE_CYCLE_MAX, warmup);
}

/* the output stage's memo key: its inputs, then its state */
static inline void out_key(const radarscp_discrete *d, const double *in, double dac_v, double *key)
{
    for (int i = 0; i < 4; i++)
        key[i] = in[i];
    key[4] = dac_v;
    key[5] = d->dac_lp.x1;
    key[6] = d->dac_lp.x2;
    key[7] = d->dac_lp.y1;
    key[8] = d->dac_lp.y2;
    key[9] = d->mixer.v_f;
    key[10] = d->mixer.v_amp;
    key[11] = d->amp.v_cap;
    key[12] = d->amp.v_ce;
    key[13] = d->amp_hp.vc;
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
    /* steps are kept two in a row every 32 samples: enough to find a
       fixed point or a two-step cycle, cheap while there is none */
    int phase = ++d->tick & 31;
    bool keep = phase < 2, window = phase < 4;
    in[2] = gated_step(&d->s2, d->on[RS_SOUND2], d->count & 4 ? VCC : 0, keep, window);
    in[1] = gated_step(&d->s1, d->on[RS_SOUND1], d->count & 2 ? VCC : 0, keep, window);

    double osc0 = disc_osc_cycle_step(&d->s0_osc, &d->s0_cycle);
    double cv0 = cv_step(&d->s0_cv, &d->s0_cycle, osc0);
    double vco0 = vco_step(&d->s0_vco, d->on[RS_SOUND6], cv0);
    double key0[4], val0[3];
    bool look0 = memo_looks(&d->s0_memo, window);
    if (look0) {
        key0[0] = d->on[RS_SOUND0];
        key0[1] = vco0;
        key0[2] = d->s0_env.v_cap;
        key0[3] = d->s0_hp.vc;
    }
    if (look0 && memo_find(&d->s0_memo, key0, 4, val0, 3)) {
        d->s0_env.v_cap = val0[0];
        d->s0_hp.vc = val0[1];
        in[0] = val0[2];
    } else {
        double env0 = disc_rcdisc_mod_step(&d->s0_env, d->on[RS_SOUND0] ? 0 : 1, vco0);
        in[0] = disc_crfilter_step(&d->s0_hp, env0) * 0.5; /* R15 / (R15 + R16) */
        if (keep) {
            const double res[3] = { d->s0_env.v_cap, d->s0_hp.vc, in[0] };
            memo_put(&d->s0_memo, key0, 4, res, 3);
        }
    }

    double osc7 = disc_osc_cycle_step(&d->s7_osc, &d->s7_cycle);
    double sine = disc_osc_cycle_step(&d->s7_sine, &d->sine_cycle);
    double cv7 = cv_step(&d->s7_cv, &d->s7_cycle, osc7);
    double vco7 = vco_step(&d->s7_vco, d->on[RS_SOUND7], cv7);
    double smooth = smooth_step(d, sine);
    double gated = d->on[RS_SOUND7] && vco7 < 2.5 ? smooth : 0;
    in[3] = disc_crfilter_step(&d->s7_hp, gated) * (3.9e3 / (5.1e3 + 3.9e3)); /* R44 / (R43 + R44) */

    /* the DAC's filter, the mixer and the amplifier */
    double key[14], val[10];
    bool look = memo_looks(&d->out_memo, window);
    if (look)
        out_key(d, in, dac_v, key);
    if (look && memo_find(&d->out_memo, key, 14, val, 10)) {
        d->dac_lp.x1 = val[0];
        d->dac_lp.x2 = val[1];
        d->dac_lp.y1 = val[2];
        d->dac_lp.y2 = val[3];
        d->mixer.v_f = val[4];
        d->mixer.v_amp = val[5];
        d->amp.v_cap = val[6];
        d->amp.v_ce = val[7];
        d->amp_hp.vc = val[8];
        return val[9];
    }
    in[4] = disc_sallen_key_step(&d->dac_lp, dac_v) * VR2;
    double v = disc_rmix_step5(&d->mixer, in[0], in[1], in[2], in[3], in[4]);
    /* the amplifier's bias divider (100K / 43K) */
    v = disc_rcintegrate_step(&d->amp, v + VCC * 43.0 / (100.0 + 43.0));
    v = disc_crfilter_step(&d->amp_hp, v) * OUT_GAIN;
    if (keep) {
        const double res[10] = { d->dac_lp.x1, d->dac_lp.x2, d->dac_lp.y1, d->dac_lp.y2, d->mixer.v_f,
                                 d->mixer.v_amp, d->amp.v_cap, d->amp.v_ce, d->amp_hp.vc, v };
        memo_put(&d->out_memo, key, 14, res, 10);
    }
    return v;
}

static void gated_serialize(radarscp_gated *g, state_io *io)
{
    memo_clear(&g->memo);
    disc_rcdisc_mod_serialize(&g->pulse, io);
    disc_rcdisc2_serialize(&g->env, io);
    disc_rcintegrate_serialize(&g->out, io);
}

void radarscp_discrete_serialize(radarscp_discrete *d, state_io *io)
{
    memo_clear(&d->s0_memo);
    memo_clear(&d->out_memo);
    disc_osc_cycle_restart(&d->s0_cycle);
    disc_osc_cycle_restart(&d->s7_cycle);
    disc_osc_cycle_restart(&d->sine_cycle);
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
