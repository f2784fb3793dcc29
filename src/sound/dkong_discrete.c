#include "sound/dkong_discrete.h"

#include <string.h>

#include "util/f64bits.h"

#define VCC 5.0
#define DIODE_1 0.4 /* 1N5553 at 1 mA */
#define DIODE_2 0.8 /* two of them */
#define CLOCK_2VF (61440000.0 / 5 / 4 / 16 / 12 / 2 / 2) /* the noise clock, 4 kHz */
#define VR2 0.9       /* the DAC volume trimmer, MAME's default */
#define OUT_GAIN (32767.0 / 5.0 * 3.41)

static double par(double a, double b)
{
    return a * b / (a + b);
}

enum { GATE_KEEP = 4, GATE_LOOK = 8, GATE_HOT = 8 };
enum { GATE_SKIP, GATE_FIND, GATE_FIND_KEEP }; /* keep: store the step on a miss */

static inline int gate_open(dkong_gate *g)
{
    if (g->hot)
        return GATE_FIND_KEEP;
    unsigned phase = g->tick++ & 63u;
    return phase < GATE_KEEP ? GATE_FIND_KEEP : phase < GATE_LOOK ? GATE_FIND : GATE_SKIP;
}

static inline void gate_result(dkong_gate *g, bool hit)
{
    if (hit)
        g->hot = GATE_HOT;
    else if (g->hot)
        g->hot--;
}

/* A step already taken from this state (s0, s1) with this input: the
   state it left and its output (*s0, *s1, *out updated), or false. */
static inline bool memo_find(const dkong_memo *m, u64 in, u64 *s0, u64 *s1, double *out)
{
    for (int e = 0; e < DKONG_MEMO_WAYS; e++) {
        const dkong_memo_entry *x = &m->e[e];
        if (x->valid && x->in == in && x->before[0] == *s0 && x->before[1] == *s1) {
            *s0 = x->after[0];
            *s1 = x->after[1];
            *out = x->out;
            return true;
        }
    }
    return false;
}

static inline void memo_store(dkong_memo *m, u64 in, u64 b0, u64 b1, u64 a0, u64 a1, double out)
{
    dkong_memo_entry *x = &m->e[m->next];
    m->next ^= 1;
    x->in = in;
    x->before[0] = b0;
    x->before[1] = b1;
    x->after[0] = a0;
    x->after[1] = a1;
    x->out = out;
    x->valid = true;
}

/* The cheap blocks (one state variable) only skip a step while settled:
   the last step, with these inputs, left the state as it was. */
static inline bool settled_hit(const dkong_settled *m, u64 in, double *out)
{
    if (m->settled && m->in == in) {
        *out = m->out;
        return true;
    }
    return false;
}

static inline void settled_set(dkong_settled *m, u64 in, double before, double after, double out)
{
    m->in = in;
    m->out = out;
    m->settled = f64_bits(before) == f64_bits(after);
}

static double rcdisc_mod_memo(disc_rcdisc_mod *b, dkong_settled *m, double in1, double in2)
{
    u64 key = (u64)(in1 > 0.5) | (u64)(in2 > 0.6) << 1; /* all the step looks at */
    double out;
    if (settled_hit(m, key, &out))
        return out;
    double before = b->v_cap;
    out = disc_rcdisc_mod_step(b, in1, in2);
    settled_set(m, key, before, b->v_cap, out);
    return out;
}

/* (in0 and in1 are the same at every call: the key is sw) */
static double rcdisc2_memo(disc_rcdisc2 *b, dkong_settled *m, int sw, double in0, double in1)
{
    u64 key = sw != 0;
    double out;
    if (settled_hit(m, key, &out))
        return out;
    double before = b->v;
    out = disc_rcdisc2_step(b, sw, in0, in1);
    settled_set(m, key, before, b->v, out);
    return out;
}

static double crfilter_memo(disc_crfilter *b, dkong_settled *m, double in)
{
    u64 key = f64_bits(in);
    double out;
    if (settled_hit(m, key, &out))
        return out;
    double before = b->vc;
    out = disc_crfilter_step(b, in);
    settled_set(m, key, before, b->vc, out);
    return out;
}

/* (this one also meets a two-sample cycle: the jump's output stage with
   its input held swings between two states) */
static inline double rcintegrate_memo(disc_rcintegrate *b, dkong_memo *m, double in)
{
    u64 key = f64_bits(in);
    u64 s0 = f64_bits(b->v_cap), s1 = f64_bits(b->v_ce), b0 = s0, b1 = s1;
    double out;
    int gate = gate_open(&m->gate);
    if (gate != GATE_SKIP) {
        bool hit = memo_find(m, key, &s0, &s1, &out);
        gate_result(&m->gate, hit);
        if (hit) {
            b->v_cap = f64_from_bits(s0);
            b->v_ce = f64_from_bits(s1);
            return out;
        }
    }
    out = disc_rcintegrate_step(b, in);
    if (gate == GATE_FIND_KEEP)
        memo_store(m, key, b0, b1, f64_bits(b->v_cap), f64_bits(b->v_ce), out);
    return out;
}

/* the entry whose key (nk words) matches, or -1 */
static inline int cyc_find(dkong_cyc *m, const u64 *key, int nk)
{
    for (int t = 0; t < DKONG_CYC_WAYS; t++) {
        int e = (m->predict + t) % DKONG_CYC_WAYS;
        if (!(m->valid >> e & 1))
            continue;
        const u64 *k = m->e[e].key;
        int i = 0;
        while (i < nk && k[i] == key[i])
            i++;
        if (i == nk) {
            m->predict = (u8)((e + 1) % DKONG_CYC_WAYS);
            return e;
        }
    }
    return -1;
}

static inline void cyc_store(dkong_cyc *m, const u64 *key, int nk, const u64 *after, int ns, double out)
{
    dkong_cyc_entry *x = &m->e[m->next];
    for (int i = 0; i < nk; i++)
        x->key[i] = key[i];
    for (int i = 0; i < ns; i++)
        x->after[i] = after[i];
    x->out = out;
    m->valid |= (u8)(1u << m->next);
    m->next = (u8)((m->next + 1) % DKONG_CYC_WAYS);
    m->predict = m->next;
}

/* the resistor mixer and the amplifier's transistor stage */
static double mix_amp_step(dkong_discrete *d, const double *in)
{
    double v = disc_rmix_step4(&d->mixer, in[0], in[1], in[2], in[3]);
    /* the amplifier's bias divider (100K / 43K) */
    return disc_rcintegrate_step(&d->amp, v + VCC * 43.0 / (100.0 + 43.0));
}

static double mix_amp_cyc(dkong_discrete *d, const double *in)
{
    int gate = gate_open(&d->m_mix.gate);
    if (gate == GATE_SKIP)
        return mix_amp_step(d, in);
    u64 key[8] = { f64_bits(in[0]),        f64_bits(in[1]),          f64_bits(in[2]),        f64_bits(in[3]),
                   f64_bits(d->mixer.v_f), f64_bits(d->mixer.v_amp), f64_bits(d->amp.v_cap), f64_bits(d->amp.v_ce) };
    int e = cyc_find(&d->m_mix, key, 8);
    gate_result(&d->m_mix.gate, e >= 0);
    if (e >= 0) {
        const u64 *a = d->m_mix.e[e].after;
        d->mixer.v_f = f64_from_bits(a[0]);
        d->mixer.v_amp = f64_from_bits(a[1]);
        d->amp.v_cap = f64_from_bits(a[2]);
        d->amp.v_ce = f64_from_bits(a[3]);
        return d->m_mix.e[e].out;
    }
    double out = mix_amp_step(d, in);
    if (gate == GATE_FIND_KEEP) {
        u64 after[4] = { f64_bits(d->mixer.v_f), f64_bits(d->mixer.v_amp), f64_bits(d->amp.v_cap),
                         f64_bits(d->amp.v_ce) };
        cyc_store(&d->m_mix, key, 8, after, 4, out);
    }
    return out;
}

#define OSC_WARMUP 48000 /* samples before the reference state is taken */

/* the CV network's step, remembered per replayed oscillator entry */
static inline double cv_cycle_step(disc_cv_mix *m, disc_osc_cycle *c, int in1, double osc)
{
    int in = in1 != 0;
    u64 before = f64_bits(m->out);
    const disc_osc_block_memo *e = disc_osc_block_find(c, in, &before, 1);
    if (e) {
        m->out = f64_from_bits(e->after[0]);
        return m->out;
    }
    double out = disc_cv_mix_step(m, in1, osc);
    u64 after = f64_bits(m->out);
    disc_osc_block_store(c, in, &before, &after, 1, out);
    return out;
}

static void stomp_init(dkong_stomp *s, double rate)
{
    disc_lfsr_counter_init(&s->noise, CLOCK_2VF, rate);
    disc_rcdisc_mod_init(&s->pulse, 10e3, 0, 0, 10e3, 1e-6, VCC, rate);      /* R10, R9, C21 */
    disc_rcdisc2_init(&s->env, 110e3, 10e3, 3.3e-6, rate);                   /* R8 + R7, R7, C20 */
    disc_rcintegrate_init(&s->out, 750, par(2e3 + 5.1e3, 4.7e3), 0, 1e-6, VCC, 1, rate); /* R5, R4+R3 // R6, C19 */
}

static void jump_init(dkong_jump *j, double rate)
{
    disc_inverter_osc_init(&j->osc, 1, 18e3, 3.3e6, 3.3e-6, VCC, rate);     /* R38, R39, C26 */
    disc_cv_mix_init(&j->cv, 10e3, 10e3, 10e3, 1.2e3, 10e-6, VCC, rate);    /* R32, R50, R51, R49, C24 */
    disc_555_astable_init(&j->vco, 47e3, 27e3, 47e-9, VCC, VCC - 0.5, rate);
    disc_rcdisc_mod_init(&j->pulse, 10e3, 0, 0, 10e3, 1e-6, VCC, rate);     /* R32, R31, C18 */
    disc_rcdisc2_init(&j->env, 110e3, 10e3, 4.7e-6, rate);                  /* R30 + R29, R29, C17 */
    disc_rcintegrate_init(&j->out, 150, par(4.7e3, 2e3 + 5.1e3), 0, 1e-6, VCC, 1, rate); /* R27, R28 // R26+R25, C16 */
    disc_osc_cycle_init(&j->osc_cycle, j->osc_tab, j->cv_memo, DKONG_OSC_CYCLE_MAX, OSC_WARMUP);
}

static void walk_init(dkong_walk *w, double rate)
{
    disc_inverter_osc_init(&w->osc, 2, 4.3e3, 43e3, 10e-6, VCC, rate);      /* R47, R48, C30 */
    disc_cv_mix_init(&w->cv, 1e3, 10e3, 12e3, 1.2e3, 3.3e-6, VCC, rate);    /* R36, R45, R46, R44, C29 */
    disc_555_astable_init(&w->vco, 47e3, 27e3, 33e-9, VCC, VCC - 0.5, rate);
    disc_rcdisc_mod_init(&w->env, 1e3, 4.7e3, 1e3, 10e3, 3.3e-6, VCC, rate); /* R36, R18, R35, R17, C25 */
    disc_crfilter_init(&w->hp, 5.6e3 + 5.6e3, 4.7e-6, rate);                /* R15 + R16, C23 */
    disc_osc_cycle_init(&w->osc_cycle, w->osc_tab, w->cv_memo, DKONG_OSC_CYCLE_MAX, OSC_WARMUP);
}

void dkong_discrete_init(dkong_discrete *d, double rate, bool circuits)
{
    memset(d, 0, sizeof(*d));
    d->dt = 1.0 / rate;
    d->circuits = circuits;
    for (int i = 0; i < 3; i++)
        d->on[i] = false;
    stomp_init(&d->stomp, rate);
    jump_init(&d->jump, rate);
    walk_init(&d->walk, rate);
    disc_sallen_key_lp_init(&d->dac_lp, 5.6e3, 5.6e3, 22e-9, 10e-9, rate);
    static const double r[4] = { 47e3, 47e3, 47e3, 47e3 }; /* R2, R24, R1, R14 */
    disc_rmix_init(&d->mixer, 4, r, 10e3, 100e-9, 1e-6, rate);
    disc_rcintegrate_init(&d->amp, 0, 150, 1000, 33e-6, VCC, 3, rate);
    disc_crfilter_init(&d->amp_hp1, 50e3, 33e-6, rate);
    disc_crfilter_init(&d->amp_hp2, 1e3, 4.7e-6, rate);
}

/* The trigger's pulse (the capacitor charging through the base of the
   transistor) switches the envelope capacitor to its fast discharge while
   it lasts; the envelope above the oscillator masks it in the diode mixer. */
double dkong_stomp_step(dkong_stomp *s, bool on, double dt)
{
    double count = disc_lfsr_counter_step(&s->noise, dt);
    double square = count > 3 ? VCC : 0;
    double pulse = rcdisc_mod_memo(&s->pulse, &s->m_pulse, on ? 0 : 1, 0);
    double env = rcdisc2_memo(&s->env, &s->m_env, pulse > 0.6, VCC, 0);
    double mix = disc_diode_mix2(env, DIODE_1, square, DIODE_2);
    return rcintegrate_memo(&s->out, &s->m_out, mix) * (5.1e3 / (5.1e3 + 2e3));
}

double dkong_jump_step(dkong_jump *j, bool on)
{
    int inv = on ? 0 : 1;
    double osc = disc_osc_cycle_step(&j->osc, &j->osc_cycle);
    double cv = cv_cycle_step(&j->cv, &j->osc_cycle, inv, osc);
    double vco = disc_555_astable_step(&j->vco, cv);
    double pulse = rcdisc_mod_memo(&j->pulse, &j->m_pulse, inv, 0);
    double env = rcdisc2_memo(&j->env, &j->m_env, pulse > 0.6, VCC, 0);
    double mix = disc_diode_mix2(env, DIODE_1, vco, DIODE_2);
    return rcintegrate_memo(&j->out, &j->m_out, mix) * (5.1e3 / (5.1e3 + 2e3));
}

double dkong_walk_step(dkong_walk *w, bool on)
{
    int inv = on ? 0 : 1;
    double osc = disc_osc_cycle_step(&w->osc, &w->osc_cycle);
    double cv = cv_cycle_step(&w->cv, &w->osc_cycle, inv, osc);
    double vco = disc_555_astable_step(&w->vco, cv);
    double env = rcdisc_mod_memo(&w->env, &w->m_env, inv, vco);
    return crfilter_memo(&w->hp, &w->m_hp, env) * 0.5; /* R15 / (R15 + R16) */
}

double dkong_discrete_step(dkong_discrete *d, double dac_v)
{
    double in[4] = { 0, 0, 0, 0 };
    if (d->circuits) {
        in[0] = dkong_stomp_step(&d->stomp, d->on[2], d->dt);
        in[1] = dkong_jump_step(&d->jump, d->on[1]);
        in[3] = dkong_walk_step(&d->walk, d->on[0]);
    }
    in[2] = disc_sallen_key_step(&d->dac_lp, dac_v) * VR2; /* cheaper than a memo */
    double v = mix_amp_cyc(d, in);
    v = disc_crfilter_step(&d->amp_hp1, v);
    v = disc_crfilter_step(&d->amp_hp2, v);
    return v * OUT_GAIN;
}

static void stomp_serialize(dkong_stomp *s, state_io *io)
{
    disc_lfsr_counter_serialize(&s->noise, io);
    disc_rcdisc_mod_serialize(&s->pulse, io);
    disc_rcdisc2_serialize(&s->env, io);
    disc_rcintegrate_serialize(&s->out, io);
}

static void jump_serialize(dkong_jump *j, state_io *io)
{
    disc_inverter_osc_serialize(&j->osc, io);
    disc_cv_mix_serialize(&j->cv, io);
    disc_555_astable_serialize(&j->vco, io);
    disc_rcdisc_mod_serialize(&j->pulse, io);
    disc_rcdisc2_serialize(&j->env, io);
    disc_rcintegrate_serialize(&j->out, io);
}

static void walk_serialize(dkong_walk *w, state_io *io)
{
    disc_inverter_osc_serialize(&w->osc, io);
    disc_cv_mix_serialize(&w->cv, io);
    disc_555_astable_serialize(&w->vco, io);
    disc_rcdisc_mod_serialize(&w->env, io);
    disc_crfilter_serialize(&w->hp, io);
}

void dkong_discrete_serialize(dkong_discrete *d, state_io *io)
{
    if (io->loading) {
        /* the state may be anywhere: forget the memos and the cycles */
        dkong_settled *settled[] = { &d->stomp.m_pulse, &d->stomp.m_env, &d->jump.m_pulse,
                                     &d->jump.m_env,    &d->walk.m_env,  &d->walk.m_hp };
        for (size_t i = 0; i < sizeof(settled) / sizeof(settled[0]); i++)
            settled[i]->settled = false;
        memset(&d->stomp.m_out, 0, sizeof(d->stomp.m_out));
        memset(&d->jump.m_out, 0, sizeof(d->jump.m_out));
        memset(&d->m_mix, 0, sizeof(d->m_mix));
        disc_osc_cycle_restart(&d->jump.osc_cycle);
        disc_osc_cycle_restart(&d->walk.osc_cycle);
    }
    for (int i = 0; i < 3; i++)
        st_bool(io, &d->on[i]);
    stomp_serialize(&d->stomp, io);
    jump_serialize(&d->jump, io);
    walk_serialize(&d->walk, io);
    disc_sallen_key_serialize(&d->dac_lp, io);
    disc_rmix_serialize(&d->mixer, io);
    disc_rcintegrate_serialize(&d->amp, io);
    disc_crfilter_serialize(&d->amp_hp1, io);
    disc_crfilter_serialize(&d->amp_hp2, io);
}
