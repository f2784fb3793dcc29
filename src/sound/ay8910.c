#include "sound/ay8910.h"

#include <math.h>

#include "emu/machine.h"

/* MAME's AY-3-8910A parameters: pull-up, pull-down and the 16 volume
   resistors (ohms), from Matthew Westcott's measurements. */
#define AY_R_UP 800000.0
#define AY_R_DOWN 8000000.0
static const u16 ay_vol_res[16] = {
    15950, 15350, 15090, 14760, 14275, 13620, 12890, 11370,
    10600, 8590, 7190, 5985, 4820, 3945, 3017, 2345,
};

static const u8 reg_mask[16] = {
    0xff, 0x0f, 0xff, 0x0f, 0xff, 0x0f, 0x1f, 0xff,
    0x1f, 0x1f, 0x1f, 0xff, 0xff, 0x0f, 0xff, 0xff,
};

/* Init time only: the divider voltage of each level into the load rl,
   normalised to -0.25 .. 0.75 of the swing, halved, x 32768. */
static void build_table(double rl, bool zero_is_off, s32 *tab)
{
    double v[16], min = 10.0, max = 0.0;
    for (int j = 0; j < 16; j++) {
        double rt = 1.0 / AY_R_DOWN + 1.0 / rl + 1.0 / ay_vol_res[j];
        double rw = 1.0 / ay_vol_res[j];
        if (!(zero_is_off && j == 0)) {
            rw += 1.0 / AY_R_UP;
            rt += 1.0 / AY_R_UP;
        }
        v[j] = rw / rt;
        min = v[j] < min ? v[j] : min;
        max = v[j] > max ? v[j] : max;
    }
    for (int j = 0; j < 16; j++) {
        double s = ((v[j] - min) / (max - min) - 0.25) * 0.5 * 32768.0;
        tab[j] = (s32)(s < 0 ? s - 0.5 : s + 0.5);
    }
}

/* MAME's MOSFET model of the output stage (AY8910_RESISTOR_OUTPUT): the
   selected transistor (Kn per level, in uA/V^2) in saturation into the load
   rd, re-expressed as the resistance to 5 V that gives the same voltage.
   Init time only; sqrt is exactly rounded IEEE, the same on every host. */
#define AY_MOS_VTH 1.465385778
#define AY_MOS_VG 4.9
static const double ay_mos_kn[16] = {
    0.00076, 0.80536, 1.13106, 1.65952, 2.42261, 3.60536, 5.34893, 8.96871,
    10.97202, 19.32370, 29.01935, 38.82026, 55.50539, 78.44395, 109.49257, 153.72985,
};

static void build_resistor_table(double rd, s32 *tab)
{
    for (int j = 0; j < 16; j++) {
        double vg = AY_MOS_VG - AY_MOS_VTH;
        double kn = ay_mos_kn[j] / 1.0e6;
        double p2 = 1.0 / (2.0 * kn * rd) + vg;
        double vs = p2 - sqrt(p2 * p2 - vg * vg);
        double res = rd * (5.0 / vs - 1.0);
        tab[j] = res > 2.0e9 ? 2000000000 : (s32)(res + 0.5);
    }
}

/* Resistances to 5 V into the load rl: the voltage, 5 V = 16384. */
static void divider_table(u32 rl, s32 *tab)
{
    for (int j = 0; j < 16; j++) {
        double v = 16384.0 * rl / ((double)tab[j] + rl);
        tab[j] = (s32)(v + 0.5);
    }
}

static u16 tone_period(const ay8910_t *ay, int ch)
{
    return (u16)(ay->regs[ch * 2] | (ay->regs[ch * 2 + 1] & 0x0f) << 8);
}

static u32 env_period(const ay8910_t *ay)
{
    return ay->regs[AY_EFINE] | (u32)ay->regs[AY_ECOARSE] << 8;
}

static void port_w(ay8910_t *ay, int port)
{
    void (*w)(void *, u8) = !ay->p ? NULL : port ? ay->p->port_b_w : ay->p->port_a_w;
    u8 out_bit = port ? 0x80 : 0x40;
    if (w)
        w(ay->drv, (ay->regs[AY_ENABLE] & out_bit) ? ay->regs[AY_PORTA + port] : 0xff);
}

static void set_shape(ay8910_t *ay, u8 shape)
{
    ay->attack = (shape & 0x04) ? 0x0f : 0x00;
    if (!(shape & 0x08)) {
        /* continue = 0: the same as continue = 1 with hold, alternating back
           to 0 after an attack */
        ay->hold = 1;
        ay->alternate = ay->attack;
    } else {
        ay->hold = shape & 0x01;
        ay->alternate = shape & 0x02;
    }
    ay->env_step = 0x0f;
    ay->holding = 0;
}

static void write_reg(ay8910_t *ay, int r, u8 v)
{
    ay->regs[r] = v;
    switch (r) {
    case AY_ENABLE:
        for (int port = 0; port < 2; port++) {
            u8 bit = port ? 0x80 : 0x40;
            if ((ay->last_enable ^ v) & bit)
                port_w(ay, port);
        }
        ay->last_enable = v;
        break;
    case AY_ESHAPE:
        set_shape(ay, v);
        break;
    case AY_PORTA:
    case AY_PORTB:
        if (ay->regs[AY_ENABLE] & (r == AY_PORTA ? 0x40 : 0x80))
            port_w(ay, r - AY_PORTA);
        break;
    default:
        break;
    }
}

void ay8910_address_w(ay8910_t *ay, u8 data)
{
    ay->active = (data >> 4) == 0;
    if (ay->active)
        ay->latch = data & 0x0f;
}

void ay8910_data_w(ay8910_t *ay, u8 data)
{
    if (!ay->active)
        return;
    if (ay->latch == AY_ESHAPE || ay->regs[ay->latch] != data)
        device_stream_update(ay->dev);
    write_reg(ay, ay->latch, data);
}

u8 ay8910_data_r(ay8910_t *ay)
{
    if (!ay->active)
        return 0xff;
    int r = ay->latch;
    if (r == AY_PORTA && ay->p && ay->p->port_a_r)
        ay->regs[r] = ay->p->port_a_r(ay->drv);
    else if (r == AY_PORTB && ay->p && ay->p->port_b_r)
        ay->regs[r] = ay->p->port_b_r(ay->drv);
    return ay->regs[r] & reg_mask[r];
}

void ay8910_address_map_w(void *ay, offs_t offset, u8 data)
{
    (void)offset;
    ay8910_address_w(ay, data);
}

void ay8910_data_map_w(void *ay, offs_t offset, u8 data)
{
    (void)offset;
    ay8910_data_w(ay, data);
}

u8 ay8910_data_map_r(void *ay, offs_t offset)
{
    (void)offset;
    return ay8910_data_r(ay);
}

static void step_noise(ay8910_t *ay)
{
    if (++ay->count_noise < (ay->regs[AY_NOISEPER] & 0x1f))
        return;
    ay->count_noise = 0;
    ay->prescale_noise ^= 1;
    if (!ay->prescale_noise)
        ay->rng = (ay->rng >> 1) | ((ay->rng ^ ay->rng >> 3) & 1) << 16;
}

static void step_envelope(ay8910_t *ay)
{
    if (ay->holding || ++ay->count_env < env_period(ay) * 2)
        return;
    ay->count_env = 0;
    if (--ay->env_step >= 0)
        return;
    if (ay->hold) {
        if (ay->alternate)
            ay->attack ^= 0x0f;
        ay->holding = 1;
        ay->env_step = 0;
    } else {
        /* the step wrapped from 0 to -1 (bit 4 set): alternate flips */
        if (ay->alternate)
            ay->attack ^= 0x0f;
        ay->env_step &= 0x0f;
    }
}

/* One sample: every counter steps once (the reference behaviour the bulk
   path below reproduces). */
static void step_sample(ay8910_t *ay)
{
    for (int ch = 0; ch < 3; ch++) {
        /* a period written below the count flips once per period passed */
        u16 period = tone_period(ay, ch) ? tone_period(ay, ch) : 1;
        for (ay->count[ch]++; ay->count[ch] >= period; ay->count[ch] -= period)
            ay->output[ch] ^= 1;
    }
    step_noise(ay);
    step_envelope(ay);
}

static s32 level(const ay8910_t *ay, int ch)
{
    u8 en = ay->regs[AY_ENABLE] >> ch;
    bool on = ((ay->output[ch] | en) & ((ay->rng & 1) | en >> 3)) & 1;
    u8 vol = ay->regs[AY_AVOL + ch];
    return (vol & 0x10) ? ay->env_table[ch][on ? ay8910_env_volume(ay) : 0] : ay->vol_table[ch][on ? vol & 0x0f : 0];
}

static u32 noise_period(const ay8910_t *ay)
{
    u32 p = ay->regs[AY_NOISEPER] & 0x1f;
    return p ? p : 1;
}

static u32 env_steps(const ay8910_t *ay)
{
    u32 p = env_period(ay) * 2;
    return p ? p : 1;
}

static u32 min_u32(u32 a, u32 b)
{
    return a < b ? a : b;
}

/* How many of the next samples keep every output level, at most `limit`:
   the steps before the next tone flip, noise bit change or envelope step
   that some output depends on. 0 when a counter is at or above its period
   (a period was written lower): the next sample takes the one-step path. */
static u32 quiet_samples(const ay8910_t *ay, u32 limit)
{
    u32 q = limit;
    bool noise_used = false, env_used = false;
    for (int ch = 0; ch < 3; ch++) {
        u32 period = tone_period(ay, ch) ? tone_period(ay, ch) : 1;
        if (ay->count[ch] >= period)
            return 0;
        u8 vol = ay->regs[AY_AVOL + ch], en = ay->regs[AY_ENABLE] >> ch;
        /* a channel whose level is the same on and off ignores its gate */
        bool gated = (vol & 0x10) ? !ay->holding || ay->env_table[ch][ay8910_env_volume(ay)] != ay->env_table[ch][0]
                                  : ay->vol_table[ch][vol & 0x0f] != ay->vol_table[ch][0];
        if (!gated)
            continue;
        if (!(en & 0x01))
            q = min_u32(q, period - ay->count[ch] - 1);
        noise_used |= !(en & 0x08);
        env_used |= (vol & 0x10) != 0;
    }
    u32 np = noise_period(ay);
    if (ay->count_noise >= np)
        return 0;
    if (noise_used) {
        /* the output is bit 0: after j shifts it is today's bit j */
        u32 first = np - ay->count_noise + (ay->prescale_noise ? 0 : np);
        u32 j = 1;
        while (j < 16 && ((ay->rng >> j) & 1) == (ay->rng & 1))
            j++;
        q = min_u32(q, first - 1 + (j - 1) * 2 * np);
    }
    if (!ay->holding) {
        u32 ep = env_steps(ay);
        if (ay->count_env >= ep)
            return 0;
        if (env_used)
            q = min_u32(q, ep - ay->count_env - 1);
    }
    return q;
}

/* Advances every counter k samples at once, as k one-sample steps would. */
static void skip(ay8910_t *ay, u32 k)
{
    for (int ch = 0; ch < 3; ch++) {
        u32 period = tone_period(ay, ch) ? tone_period(ay, ch) : 1;
        u32 t = ay->count[ch] + k;
        if (t >= period) {
            ay->output[ch] ^= (t / period) & 1;
            t %= period;
        }
        ay->count[ch] = (u16)t;
    }
    u32 np = noise_period(ay);
    u32 t = ay->count_noise + k;
    u32 events = ay->prescale_noise + t / np;
    ay->count_noise = (u8)(t % np);
    ay->prescale_noise = events & 1;
    u32 rng = ay->rng;
    for (u32 shifts = events / 2; shifts;) {
        if (shifts >= 14) {
            /* 14 shifts at once: each bit entering is bit s ^ bit s+3 of
               today's register */
            rng = rng >> 14 | ((rng ^ rng >> 3) & 0x3fff) << 3;
            shifts -= 14;
        } else {
            rng = (rng >> 1) | ((rng ^ rng >> 3) & 1) << 16;
            shifts--;
        }
    }
    ay->rng = rng;
    if (ay->holding)
        return;
    u32 ep = env_steps(ay);
    t = ay->count_env + k;
    u32 steps = t / ep;
    ay->count_env = t % ep;
    while (steps) {
        if ((u32)ay->env_step >= steps) {
            ay->env_step -= (s8)steps;
            break;
        }
        steps -= (u32)ay->env_step + 1;
        if (ay->alternate)
            ay->attack ^= 0x0f;
        if (ay->hold) {
            ay->holding = 1;
            ay->env_step = 0;
            ay->count_env = 0;
            break;
        }
        ay->env_step = 15;
    }
}

/* Between events the levels are constant: runs of equal samples are
   written at once and the counters advanced in bulk; the sample at each
   event takes the one-step path. */
static void ay8910_update(device_t *d, s32 *const *out, int n)
{
    ay8910_t *ay = d->self;
    u32 i = 0, end = (u32)(n > 0 ? n : 0);
    /* per channel: the value of its last run and where that run began */
    s32 cur[3] = { 0, 0, 0 };
    u32 from[3] = { 0, 0, 0 };
    while (i < end) {
        u32 q = quiet_samples(ay, end - i);
        if (q) {
            for (int ch = 0; ch < 3; ch++) {
                s32 v = level(ay, ch), *o = out[ch] + i;
                for (u32 j = 0; j < q; j++)
                    o[j] = v;
                if (!i || v != cur[ch]) {
                    cur[ch] = v;
                    from[ch] = i;
                }
            }
            skip(ay, q);
            i += q;
            if (i == end)
                break;
        }
        step_sample(ay);
        for (int ch = 0; ch < 3; ch++) {
            s32 v = level(ay, ch);
            out[ch][i] = v;
            if (!i || v != cur[ch]) {
                cur[ch] = v;
                from[ch] = i;
            }
        }
        i++;
    }
    if (d->stream && end)
        for (int ch = 0; ch < 3; ch++)
            d->stream->tail[ch] = end - from[ch];
}

static int ay8910_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    ay8910_t *ay = d->self;
    ay->dev = d;
    ay->p = d->cfg ? d->cfg->params : NULL;
    ay->drv = d->machine ? d->machine->drv : NULL;
    for (int ch = 0; ch < 3; ch++) {
        u32 rl = ay->p && ay->p->res_load[ch] ? ay->p->res_load[ch] : 1000;
        if (ay->p && ay->p->resistor_output) {
            build_resistor_table(rl, ay->vol_table[ch]);
            build_resistor_table(rl, ay->env_table[ch]);
            if (ay->p->divider_load) {
                divider_table(ay->p->divider_load, ay->vol_table[ch]);
                divider_table(ay->p->divider_load, ay->env_table[ch]);
            }
        } else {
            build_table(rl, true, ay->vol_table[ch]);
            build_table(rl, false, ay->env_table[ch]);
        }
    }
    d->sound_rate = d->clock / 8;
    d->sound_outputs = 3;
    return 0;
}

void ay8910_set_callback_context(ay8910_t *ay, void *ctx)
{
    ay->drv = ctx;
}

void ay8910_map_levels(ay8910_t *ay, s32 (*map)(s32 level))
{
    for (int ch = 0; ch < 3; ch++)
        for (int j = 0; j < 16; j++) {
            ay->vol_table[ch][j] = map(ay->vol_table[ch][j]);
            ay->env_table[ch][j] = map(ay->env_table[ch][j]);
        }
}

static void ay8910_reset(device_t *d)
{
    ay8910_t *ay = d->self;
    device_stream_update(d);
    ay->latch = 0;
    ay->active = false;
    ay->rng = 1;
    for (int ch = 0; ch < 3; ch++) {
        ay->output[ch] = 0;
        ay->count[ch] = 0;
    }
    ay->count_noise = 0;
    ay->count_env = 0;
    ay->prescale_noise = 0;
    ay->last_enable = 0xc0; /* both ports report at the register 7 write below */
    for (int r = 0; r < AY_PORTA; r++)
        write_reg(ay, r, 0);
}

static void ay8910_serialize(device_t *d, state_io *io)
{
    ay8910_t *ay = d->self;
    st_bytes(io, ay->regs, sizeof(ay->regs));
    st_u8(io, &ay->latch);
    st_bool(io, &ay->active);
    st_u8(io, &ay->last_enable);
    for (int ch = 0; ch < 3; ch++) {
        st_u16(io, &ay->count[ch]);
        st_u8(io, &ay->output[ch]);
    }
    st_u8(io, &ay->count_noise);
    st_u8(io, &ay->prescale_noise);
    st_u32(io, &ay->rng);
    st_u32(io, &ay->count_env);
    u8 step = (u8)ay->env_step;
    st_u8(io, &step);
    ay->env_step = (s8)step;
    st_u8(io, &ay->hold);
    st_u8(io, &ay->alternate);
    st_u8(io, &ay->attack);
    st_u8(io, &ay->holding);
    st_check(io, ay->latch < 16 && ay->rng < (1u << 17) && ay->env_step >= 0 && ay->env_step <= 15);
    st_check(io, ay->attack == 0 || ay->attack == 0x0f);
    st_check(io, ay->output[0] <= 1 && ay->output[1] <= 1 && ay->output[2] <= 1 && ay->prescale_noise <= 1);
    st_check(io, ay->hold <= 1 && ay->alternate <= 0x0f && ay->holding <= 1);
}

const device_type ay8910_device = {
    .name = "AY-3-8910A PSG",
    .shortname = "ay8910",
    .state_size = sizeof(ay8910_t),
    .start = ay8910_start,
    .reset = ay8910_reset,
    .serialize = ay8910_serialize,
    .sound_update = ay8910_update,
    .outputs = 3,
};
