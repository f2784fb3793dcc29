/* AY-3-8910A unit test: the device driven directly (no board), its three
   outputs rendered sample by sample and compared with exact values: tone
   half-periods, the noise LFSR against its formula, the first 64 steps of
   every envelope shape, the volume tables (MAME's normalised AY-3-8910A
   levels), mixer enables, register masks and readback, the address
   protocol, port callbacks, reset, and a save/load round trip taken
   mid-envelope. */
#include <stdlib.h>
#include <string.h>

#include "emu/machine.h"
#include "sound/ay8910.h"
#include "../check.h"

#define CLOCK 1789772
#define MAXN 4096

typedef struct board {
    u8 port_in[2];
    int writes[2];
    u8 written[2];
    int reads[2];
} board;

static u8 pa_r(void *drv)
{
    board *b = drv;
    b->reads[0]++;
    return b->port_in[0];
}

static u8 pb_r(void *drv)
{
    board *b = drv;
    b->reads[1]++;
    return b->port_in[1];
}

static void pa_w(void *drv, u8 data)
{
    board *b = drv;
    b->writes[0]++;
    b->written[0] = data;
}

static void pb_w(void *drv, u8 data)
{
    board *b = drv;
    b->writes[1]++;
    b->written[1] = data;
}

static const ay8910_params wired = { pa_r, pb_r, pa_w, pb_w, { 0, 0, 0 }, false, 0 };

typedef struct chip {
    machine_t *m;
    device_config cfg;
    device_t d;
    ay8910_t ay;
    board b;
    s32 out[3][MAXN];
} chip;

static chip *chip_new(const ay8910_params *params)
{
    chip *c = calloc(1, sizeof(*c));
    c->m = calloc(1, sizeof(*c->m));
    c->m->drv = &c->b;
    c->cfg = (device_config){ "ay", &ay8910_device, NULL, CLOCK, params, NULL };
    c->d = (device_t){ .cfg = &c->cfg, .type = &ay8910_device, .machine = c->m, .tag = "ay",
                       .clock = CLOCK, .self = &c->ay };
    char err[64];
    CHECK_EQ("start", 0, ay8910_device.start(&c->d, err, sizeof(err)));
    ay8910_device.reset(&c->d);
    return c;
}

static void chip_free(chip *c)
{
    free(c->m);
    free(c);
}

static void wr(chip *c, u8 reg, u8 data)
{
    ay8910_address_w(&c->ay, reg);
    ay8910_data_w(&c->ay, data);
}

static u8 rd(chip *c, u8 reg)
{
    ay8910_address_w(&c->ay, reg);
    return ay8910_data_r(&c->ay);
}

static void render(chip *c, int n)
{
    s32 *out[3] = { c->out[0], c->out[1], c->out[2] };
    ay8910_device.sound_update(&c->d, out, n);
}

static const s32 vol_expected[16] = { -4096, -3874, -3806, -3718, -3581, -3382, -3138, -2537,
                                      -2172, -944, 267, 1698, 3646, 5712, 8888, 12288 };
static const s32 env_expected[16] = { -4096, -3948, -3881, -3792, -3654, -3454, -3209, -2605,
                                      -2239, -1005, 212, 1650, 3606, 5682, 8872, 12288 };

static void test_tables(void)
{
    chip *c = chip_new(NULL);
    CHECK_EQ("sample rate = clock / 8", 223721, c->d.sound_rate);
    CHECK_EQ("outputs", 3, c->d.sound_outputs);
    for (int ch = 0; ch < 3; ch++)
        for (int v = 0; v < 16; v++) {
            CHECK_EQ("volume table", vol_expected[v], c->ay.vol_table[ch][v]);
            CHECK_EQ("envelope table", env_expected[v], c->ay.env_table[ch][v]);
        }
    /* each fixed level on the output: both generators disabled = always on */
    wr(c, AY_ENABLE, 0x3f);
    for (int v = 0; v < 16; v++) {
        wr(c, AY_AVOL, (u8)v);
        wr(c, AY_BVOL, (u8)(15 - v));
        wr(c, AY_CVOL, (u8)(0xe0 | v)); /* bits 5-7 ignored */
        render(c, 3);
        CHECK_EQ("level A", vol_expected[v], c->out[0][2]);
        CHECK_EQ("level B", vol_expected[15 - v], c->out[1][2]);
        CHECK_EQ("level C", vol_expected[v], c->out[2][2]);
    }
    chip_free(c);
    /* a heavier load changes the curve, not the normalised range */
    static const ay8910_params loaded = { .res_load = { 0, 10000, 0 } };
    c = chip_new(&loaded);
    CHECK_EQ("1k default", vol_expected[9], c->ay.vol_table[0][9]);
    CHECK_EQ("10k min", -4096, c->ay.vol_table[1][0]);
    CHECK_EQ("10k max", 12288, c->ay.vol_table[1][15]);
    CHECK_TRUE(c->ay.vol_table[1][9] != vol_expected[9]);
    chip_free(c);
}

/* AY8910_RESISTOR_OUTPUT: MAME's MOSFET model into 1k, in ohms */
static void test_resistor_output(void)
{
    static const s32 ohms[16] = { 557700046, 528196, 376645, 257310, 176856, 119456, 81126, 49128,
                                  40491, 23760, 16396, 12675, 9343, 7052, 5454, 4266 };
    static const ay8910_params res = { .resistor_output = true };
    chip *c = chip_new(&res);
    for (int v = 0; v < 16; v++) {
        CHECK_EQ("resistor table", ohms[v], c->ay.vol_table[1][v]);
        CHECK_EQ("resistor table (envelope)", ohms[v], c->ay.env_table[2][v]);
    }
    wr(c, AY_AFINE, 2);
    wr(c, AY_ENABLE, 0x3e);
    wr(c, AY_AVOL, 15);
    render(c, 4);
    CHECK_EQ("off half: open", ohms[0], c->out[0][0]);
    CHECK_EQ("on half: level 15", ohms[15], c->out[0][1]);
    chip_free(c);
    /* into a divider load (1942): the node voltage, 5 V = 16384, rounded */
    static const ay8910_params div = { .resistor_output = true, .divider_load = 1000 };
    c = chip_new(&div);
    for (int v = 0; v < 16; v++) {
        s32 want = (s32)((16384LL * 1000 * 2 + (ohms[v] + 1000LL)) / (2 * (ohms[v] + 1000LL)));
        CHECK_EQ("divider table", want, c->ay.vol_table[0][v]);
    }
    CHECK_EQ("divider: off is 0", 0, c->ay.vol_table[0][0]);
    chip_free(c);
}

/* Tone A alone at volume 15: the output is high after sample i when
   floor((i + 1) / P) is odd (the counter counts up, flips on reaching P). */
static void test_tone(void)
{
    static const u16 periods[] = { 1, 2, 3, 5, 100, 0x123, 0xfff, 0 };
    for (size_t k = 0; k < sizeof(periods) / sizeof(periods[0]); k++) {
        chip *c = chip_new(NULL);
        u16 p = periods[k];
        wr(c, AY_AFINE, p & 0xff);
        wr(c, AY_ACOARSE, (u8)(0xf0 | p >> 8)); /* upper nibble ignored */
        wr(c, AY_ENABLE, 0x3e);
        wr(c, AY_AVOL, 15);
        int eff = p ? p : 1;
        int n = eff * 6 < MAXN ? eff * 6 : MAXN;
        render(c, n);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            s32 want = ((i + 1) / eff) & 1 ? vol_expected[15] : vol_expected[0];
            bad += c->out[0][i] != want;
        }
        CHECK(bad == 0, "tone period %u: %d samples differ", p, bad);
        /* measured: distance between rising edges = 2 x period samples,
           i.e. clock / 16 / period Hz */
        int first = -1, second = -1;
        for (int i = 1; i < n && second < 0; i++)
            if (c->out[0][i] > c->out[0][i - 1]) {
                if (first < 0)
                    first = i;
                else
                    second = i;
            }
        if (eff <= MAXN / 6)
            CHECK_EQ("tone cycle in samples", 2 * eff, second - first);
        /* B and C are silent (tone disabled, volume 0) */
        CHECK_EQ("B silent", vol_expected[0], c->out[1][n - 1]);
        CHECK_EQ("C silent", vol_expected[0], c->out[2][n - 1]);
        chip_free(c);
    }
}

/* A period written below the count: the counter passes it several times at
   once (61 = 3 x 20 + 1: three flips, then 19 more samples to the next). */
static void test_tone_period_change(void)
{
    chip *c = chip_new(NULL);
    wr(c, AY_AFINE, 100);
    wr(c, AY_ENABLE, 0x3e);
    wr(c, AY_AVOL, 15);
    render(c, 60);
    CHECK_EQ("count", 60, c->ay.count[0]);
    CHECK_EQ("still low", vol_expected[0], c->out[0][59]);
    wr(c, AY_AFINE, 20);
    render(c, 41);
    CHECK_EQ("three flips at once", vol_expected[15], c->out[0][0]);
    CHECK_EQ("count keeps the remainder", vol_expected[15], c->out[0][18]);
    CHECK_EQ("next flip", vol_expected[0], c->out[0][19]);
    CHECK_EQ("then every 20", vol_expected[15], c->out[0][39]);
    CHECK_EQ("then every 20 (before)", vol_expected[0], c->out[0][38]);
    chip_free(c);
}

static u32 lfsr_next(u32 x)
{
    return (x >> 1) | (((x ^ (x >> 3)) & 1) << 16);
}

/* Noise on A only: the LFSR shifts on the 2nd, 4th, 6th ... time the noise
   counter reaches its period; the output follows bit 0. */
static void test_noise(void)
{
    static const u8 periods[] = { 1, 3, 31, 0 };
    for (size_t k = 0; k < sizeof(periods) / sizeof(periods[0]); k++) {
        chip *c = chip_new(NULL);
        u8 np = periods[k];
        wr(c, AY_NOISEPER, (u8)(0xe0 | np)); /* bits 5-7 ignored */
        wr(c, AY_ENABLE, 0x37);
        wr(c, AY_AVOL, 15);
        int eff = np ? np : 1;
        render(c, MAXN);
        u32 x = 1;
        int shifts = 0, bad = 0;
        for (int i = 0; i < MAXN; i++) {
            int want_shifts = ((i + 1) / eff) / 2;
            while (shifts < want_shifts) {
                x = lfsr_next(x);
                shifts++;
            }
            s32 want = (x & 1) ? vol_expected[15] : vol_expected[0];
            bad += c->out[0][i] != want;
        }
        CHECK(bad == 0, "noise period %u: %d samples differ", np, bad);
        CHECK_EQ("LFSR state", x, c->ay.rng);
        chip_free(c);
    }
    /* the first 40 output bits from seed 1, spelled out */
    u32 x = 1, bits = 0, hi = 0;
    for (int i = 0; i < 40; i++) {
        x = lfsr_next(x);
        if (i < 32)
            bits |= (x & 1) << i;
        else
            hi |= (x & 1) << (i - 32);
    }
    CHECK_EQ("LFSR output bits 1-32", 0x40010000u, bits);
    CHECK_EQ("LFSR output bits 33-40", 0x02, hi);
    /* the sequence is maximal: 131071 shifts back to the seed */
    chip *c = chip_new(NULL);
    wr(c, AY_NOISEPER, 1);
    u32 period = 0;
    s32 *out[3] = { c->out[0], c->out[1], c->out[2] };
    do {
        ay8910_device.sound_update(&c->d, out, 2);
        period++;
    } while (c->ay.rng != 1 && period < 200000);
    CHECK_EQ("LFSR period", 131071, period);
    chip_free(c);
}

/* A one-sample-at-a-time model of the counters (the rules in ay8910.h),
   independent of the device's bulk path, to compare whole runs with. */
typedef struct ref_ay {
    u8 regs[16];
    u16 count[3];
    u8 output[3];
    u8 count_noise, prescale_noise;
    u32 rng, count_env;
    int env_step;
    u8 hold, alternate, attack, holding;
} ref_ay;

static void ref_write(ref_ay *r, u8 reg, u8 v)
{
    r->regs[reg] = v;
    if (reg != AY_ESHAPE)
        return;
    r->attack = (v & 4) ? 15 : 0;
    if (!(v & 8)) {
        r->hold = 1;
        r->alternate = r->attack;
    } else {
        r->hold = v & 1;
        r->alternate = v & 2;
    }
    r->env_step = 15;
    r->holding = 0;
}

static void ref_render(ref_ay *r, const ay8910_t *ay, s32 (*out)[MAXN], int n)
{
    for (int i = 0; i < n; i++) {
        for (int ch = 0; ch < 3; ch++) {
            int p = r->regs[2 * ch] | (r->regs[2 * ch + 1] & 15) << 8;
            p = p ? p : 1;
            r->count[ch]++;
            while (r->count[ch] >= p) {
                r->count[ch] -= (u16)p;
                r->output[ch] ^= 1;
            }
        }
        if (++r->count_noise >= (r->regs[AY_NOISEPER] & 0x1f)) {
            r->count_noise = 0;
            r->prescale_noise ^= 1;
            if (!r->prescale_noise)
                r->rng = lfsr_next(r->rng);
        }
        u32 ep = (r->regs[AY_EFINE] | (u32)r->regs[AY_ECOARSE] << 8) * 2;
        if (!r->holding && ++r->count_env >= ep) {
            r->count_env = 0;
            if (--r->env_step < 0) {
                if (r->alternate)
                    r->attack ^= 15;
                if (r->hold) {
                    r->holding = 1;
                    r->env_step = 0;
                } else {
                    r->env_step = 15;
                }
            }
        }
        for (int ch = 0; ch < 3; ch++) {
            int en = r->regs[AY_ENABLE] >> ch;
            int on = (r->output[ch] | en) & ((r->rng & 1) | en >> 3) & 1;
            int vol = r->regs[AY_AVOL + ch];
            out[ch][i] = (vol & 0x10) ? ay->env_table[ch][on ? (r->env_step ^ r->attack) & 15 : 0]
                                      : ay->vol_table[ch][on ? vol & 15 : 0];
        }
    }
}

static u32 rnd_state = 12345;
static u32 rnd(u32 n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

/* The device's bulk rendering (runs of equal levels, counters advanced at
   once) against the one-step model: random register writes (short and long
   periods, the envelope shapes and periods 0-3, noise on and off, volumes
   0 and envelope mode, periods lowered below the counts) at random points,
   rendered in random chunk sizes, sample for sample. */
static void test_bulk_matches_steps(void)
{
    static s32 want[3][MAXN];
    int bad = 0, total = 0;
    for (int round = 0; round < 300 && bad == 0; round++) {
        chip *c = chip_new(NULL);
        ref_ay r = { .rng = 1, .env_step = 15, .hold = 1 };
        for (int reg = 0; reg < AY_PORTA; reg++)
            ref_write(&r, (u8)reg, 0);
        for (int w = 0; w < 40 && bad == 0; w++) {
            int writes = 1 + (int)rnd(3);
            for (int k = 0; k < writes; k++) {
                u8 reg = (u8)rnd(14), v;
                switch (reg) {
                case AY_AFINE: case AY_BFINE: case AY_CFINE:
                    v = (u8)(rnd(4) ? rnd(256) : rnd(4));
                    break;
                case AY_ACOARSE: case AY_BCOARSE: case AY_CCOARSE:
                    v = (u8)(rnd(3) ? 0 : rnd(16));
                    break;
                case AY_EFINE:
                    v = (u8)(rnd(2) ? rnd(4) : rnd(256));
                    break;
                case AY_ECOARSE:
                    v = (u8)(rnd(4) ? 0 : rnd(3));
                    break;
                case AY_AVOL: case AY_BVOL: case AY_CVOL:
                    v = (u8)(rnd(3) ? rnd(32) : rnd(2) ? 0x10 : 0);
                    break;
                default:
                    v = (u8)rnd(256);
                    break;
                }
                wr(c, reg, v);
                ref_write(&r, reg, v);
            }
            int len = (int)rnd(rnd(4) ? 600 : MAXN) + 1;
            for (int done = 0; done < len;) {
                int chunk = (int)rnd((u32)(len - done)) + 1;
                render(c, chunk);
                ref_render(&r, &c->ay, want, chunk);
                for (int ch = 0; ch < 3; ch++)
                    for (int i = 0; i < chunk; i++)
                        bad += c->out[ch][i] != want[ch][i];
                total += chunk;
                done += chunk;
            }
            bad += c->ay.rng != r.rng || c->ay.count_env != r.count_env || c->ay.env_step != r.env_step ||
                   c->ay.count_noise != r.count_noise || c->ay.prescale_noise != r.prescale_noise ||
                   c->ay.holding != r.holding || c->ay.attack != r.attack;
            for (int ch = 0; ch < 3; ch++)
                bad += c->ay.count[ch] != r.count[ch] || c->ay.output[ch] != r.output[ch];
            CHECK(bad == 0, "bulk path: round %d write %d differs from the one-step model", round, w);
        }
        chip_free(c);
    }
    CHECK(total > 1000000, "bulk path compared over %d samples", total);
}

/* Position k (0-63) of each shape's envelope, from the datasheet's
   pictures: the first ramp, then hold low, hold high, repeat or reverse. */
static int shape_level(int shape, int k)
{
    bool attack = shape & 4;
    int ramp = k % 16, cycle = k / 16;
    int first = attack ? ramp : 15 - ramp;
    if (cycle == 0)
        return first;
    if (!(shape & 8))
        return 0;
    switch (shape & 3) {
    case 0: /* repeat */
        return first;
    case 1: /* hold at the end of the ramp */
        return attack ? 15 : 0;
    case 2: /* alternate */
        return (cycle & 1) ? 15 - first : first;
    default: /* alternate and hold: hold at the other end */
        return attack ? 0 : 15;
    }
}

static void test_envelope(void)
{
    for (int shape = 0; shape < 16; shape++) {
        chip *c = chip_new(NULL);
        wr(c, AY_ENABLE, 0x3f);
        wr(c, AY_AVOL, 0x10);
        wr(c, AY_EFINE, 1);
        wr(c, AY_ESHAPE, (u8)(0xf0 | shape)); /* bits 4-7 ignored */
        render(c, 128);
        int bad = 0;
        for (int k = 0; k < 64; k++) {
            s32 want = env_expected[shape_level(shape, k)];
            /* period 1: a step every 2 samples, after samples 1, 3, 5 ... */
            bad += c->out[0][2 * k] != want;
            if (k)
                bad += c->out[0][2 * k - 1] != want;
        }
        CHECK(bad == 0, "envelope shape %d: %d samples differ", shape, bad);
        chip_free(c);
    }
    /* writing the same shape again restarts it; period 0 steps every sample;
       a 16-bit period (0x0100) steps every 512 samples */
    chip *c = chip_new(NULL);
    wr(c, AY_ENABLE, 0x3f);
    wr(c, AY_BVOL, 0x1f);
    wr(c, AY_ESHAPE, 12);
    render(c, 5);
    CHECK_EQ("period 0: sample 0 at step 1", env_expected[1], c->out[1][0]);
    CHECK_EQ("period 0: sample 4 at step 5", env_expected[5], c->out[1][4]);
    wr(c, AY_ECOARSE, 0x01);
    wr(c, AY_ESHAPE, 12);
    render(c, 1024);
    CHECK_EQ("restart", env_expected[0], c->out[1][0]);
    CHECK_EQ("step held 511 samples", env_expected[0], c->out[1][510]);
    CHECK_EQ("step 1 at sample 511", env_expected[1], c->out[1][511]);
    CHECK_EQ("step 2 at sample 1023", env_expected[2], c->out[1][1023]);
    CHECK_EQ("envelope volume", 2, ay8910_env_volume(&c->ay));
    /* the envelope gated by tone: off half-cycles read the envelope's 0 */
    wr(c, AY_ENABLE, 0x3d);
    wr(c, AY_BFINE, 4);
    render(c, 16);
    s32 lo = c->out[1][0], hi = lo;
    for (int i = 0; i < 16; i++) {
        lo = c->out[1][i] < lo ? c->out[1][i] : lo;
        hi = c->out[1][i] > hi ? c->out[1][i] : hi;
        if (i >= 4)
            CHECK_TRUE(c->out[1][i] != c->out[1][i - 4]); /* 4-sample half cycles */
    }
    CHECK_EQ("gated off", env_expected[0], lo);
    CHECK_EQ("gated on", env_expected[2], hi);
    chip_free(c);
}

static void test_mixer(void)
{
    chip *c = chip_new(NULL);
    wr(c, AY_AFINE, 3);
    wr(c, AY_BFINE, 3);
    wr(c, AY_CFINE, 3);
    wr(c, AY_NOISEPER, 2);
    wr(c, AY_AVOL, 15);
    wr(c, AY_BVOL, 15);
    wr(c, AY_CVOL, 15);
    /* A: tone and noise; B: tone only; C: noise only */
    wr(c, AY_ENABLE, 0x14);
    CHECK_EQ("enable readback", 0x14, rd(c, AY_ENABLE));
    u32 x = 1;
    int shifts = 0, bad = 0;
    render(c, 600);
    for (int i = 0; i < 600; i++) {
        int want_shifts = ((i + 1) / 2) / 2;
        while (shifts < want_shifts) {
            x = lfsr_next(x);
            shifts++;
        }
        int tone = ((i + 1) / 3) & 1, noise = x & 1;
        bad += c->out[0][i] != vol_expected[(tone & noise) ? 15 : 0];
        bad += c->out[1][i] != vol_expected[tone ? 15 : 0];
        bad += c->out[2][i] != vol_expected[noise ? 15 : 0];
    }
    CHECK(bad == 0, "mixer: %d samples differ", bad);
    /* volume 0 is silent whatever the enables */
    wr(c, AY_AVOL, 0);
    wr(c, AY_ENABLE, 0x3f);
    render(c, 4);
    CHECK_EQ("volume 0", vol_expected[0], c->out[0][3]);
    chip_free(c);
}

static void test_registers(void)
{
    static const u8 masks[16] = { 0xff, 0x0f, 0xff, 0x0f, 0xff, 0x0f, 0x1f, 0xff,
                                  0x1f, 0x1f, 0x1f, 0xff, 0xff, 0x0f, 0xff, 0xff };
    chip *c = chip_new(NULL);
    for (int r = 0; r < 16; r++)
        CHECK_EQ("reset value", r < 14 ? 0 : c->ay.regs[r] & masks[r], rd(c, (u8)r));
    for (int r = 0; r < 16; r++) {
        wr(c, (u8)r, 0xff);
        CHECK_EQ("masked readback 0xff", masks[r], rd(c, (u8)r));
        wr(c, (u8)r, 0x5a);
        CHECK_EQ("masked readback 0x5a", 0x5a & masks[r], rd(c, (u8)r));
        CHECK_EQ("stored unmasked", 0x5a, c->ay.regs[r]);
    }
    /* the upper nibble of the address deselects the chip */
    wr(c, AY_AFINE, 0x11);
    ay8910_address_w(&c->ay, 0x10);
    CHECK_EQ("deselected read", 0xff, ay8910_data_r(&c->ay));
    ay8910_data_w(&c->ay, 0x77);
    CHECK_EQ("deselected write ignored", 0x11, rd(c, AY_AFINE));
    ay8910_address_w(&c->ay, 0xf2);
    ay8910_data_w(&c->ay, 0x77);
    CHECK_EQ("0xf2 does not select 2", 0x5a, rd(c, AY_BFINE));
    /* the bus handlers */
    ay8910_address_map_w(&c->ay, 0, AY_CFINE);
    ay8910_data_map_w(&c->ay, 1, 0x42);
    CHECK_EQ("map handlers", 0x42, ay8910_data_map_r(&c->ay, 0));
    /* reset: registers 0-13 cleared, 14/15 kept, LFSR reseeded */
    c->ay.rng = 0x1234;
    ay8910_device.reset(&c->d);
    CHECK_EQ("reset deselects", 0xff, ay8910_data_r(&c->ay));
    CHECK_EQ("reset clears", 0, rd(c, AY_CFINE));
    CHECK_EQ("reset keeps port A", 0x5a, rd(c, AY_PORTA));
    CHECK_EQ("reset reseeds", 1, c->ay.rng);
    CHECK_EQ("reset envelope step", 15, c->ay.env_step);
    chip_free(c);
}

static void test_ports(void)
{
    chip *c = chip_new(&wired);
    board *b = &c->b;
    CHECK_EQ("reset: port A told input", 1, b->writes[0]);
    CHECK_EQ("reset: port A floats", 0xff, b->written[0]);
    CHECK_EQ("reset: port B told input", 1, b->writes[1]);
    CHECK_EQ("reset: port B floats", 0xff, b->written[1]);
    /* writes to an input port store the register, nobody is told */
    wr(c, AY_PORTA, 0x12);
    CHECK_EQ("input port write", 1, b->writes[0]);
    /* port A becomes an output: its register is sent */
    wr(c, AY_ENABLE, 0x40);
    CHECK_EQ("direction change", 2, b->writes[0]);
    CHECK_EQ("direction change value", 0x12, b->written[0]);
    CHECK_EQ("port B untouched", 1, b->writes[1]);
    wr(c, AY_ENABLE, 0x47); /* only bit 6/7 changes count */
    CHECK_EQ("no change", 2, b->writes[0]);
    wr(c, AY_PORTA, 0x34);
    CHECK_EQ("output write", 3, b->writes[0]);
    CHECK_EQ("output value", 0x34, b->written[0]);
    wr(c, AY_PORTB, 0x56);
    CHECK_EQ("B input write", 1, b->writes[1]);
    wr(c, AY_ENABLE, 0x87);
    CHECK_EQ("A back to input", 0xff, b->written[0]);
    CHECK_EQ("B output", 0x56, b->written[1]);
    /* reads call the callback whatever the direction and keep the value */
    b->port_in[0] = 0xa5;
    b->port_in[1] = 0x3c;
    CHECK_EQ("port A read", 0xa5, rd(c, AY_PORTA));
    CHECK_EQ("port B read (output)", 0x3c, rd(c, AY_PORTB));
    CHECK_EQ("reads", 1, b->reads[0]);
    CHECK_EQ("reads", 1, b->reads[1]);
    CHECK_EQ("stored", 0xa5, c->ay.regs[AY_PORTA]);
    /* reset tells both ports again */
    ay8910_device.reset(&c->d);
    CHECK_EQ("reset again A", 0xff, b->written[0]);
    CHECK_EQ("reset again B", 0xff, b->written[1]);
    chip_free(c);
}

static size_t save(chip *c, u8 **buf)
{
    state_io io;
    st_init_save(&io);
    ay8910_device.serialize(&c->d, &io);
    *buf = io.buf;
    return io.pos;
}

static int load(chip *c, const u8 *buf, size_t len)
{
    state_io io;
    st_init_load(&io, buf, len);
    ay8910_device.serialize(&c->d, &io);
    return io.error;
}

static void test_save_state(void)
{
    chip *c = chip_new(NULL);
    wr(c, AY_AFINE, 7);
    wr(c, AY_BFINE, 11);
    wr(c, AY_NOISEPER, 5);
    wr(c, AY_ENABLE, 0x2c); /* C tone off, C noise on ... */
    wr(c, AY_AVOL, 0x10);
    wr(c, AY_BVOL, 9);
    wr(c, AY_CVOL, 0x10);
    wr(c, AY_EFINE, 3);
    wr(c, AY_ESHAPE, 14);
    render(c, 301); /* mid-envelope, mid-tone, mid-noise */
    u8 *buf;
    size_t len = save(c, &buf);
    render(c, 2000);
    static s32 ref[3][2000];
    for (int ch = 0; ch < 3; ch++)
        memcpy(ref[ch], c->out[ch], sizeof(ref[ch]));
    CHECK_EQ("load", ST_OK, load(c, buf, len));
    render(c, 2000);
    int bad = 0;
    for (int ch = 0; ch < 3; ch++)
        bad += memcmp(ref[ch], c->out[ch], sizeof(ref[ch])) != 0;
    CHECK(bad == 0, "round trip differs on %d outputs", bad);
    chip *d = chip_new(NULL);
    CHECK_EQ("load into a fresh chip", ST_OK, load(d, buf, len));
    render(d, 2000);
    bad = 0;
    for (int ch = 0; ch < 3; ch++)
        bad += memcmp(ref[ch], d->out[ch], sizeof(ref[ch])) != 0;
    CHECK(bad == 0, "fresh chip differs on %d outputs", bad);
    /* out-of-range values are refused */
    d->ay.env_step = 20;
    u8 *bad_buf;
    size_t bad_len = save(d, &bad_buf);
    CHECK_EQ("bad envelope step refused", ST_ERR_VALUE, load(c, bad_buf, bad_len));
    free(bad_buf);
    d->ay.env_step = 3;
    d->ay.latch = 16;
    bad_len = save(d, &bad_buf);
    CHECK_EQ("bad latch refused", ST_ERR_VALUE, load(c, bad_buf, bad_len));
    free(bad_buf);
    CHECK_EQ("truncated", ST_ERR_SIZE, load(c, buf, len - 1));
    free(buf);
    chip_free(c);
    chip_free(d);
}

/* In a machine: the three outputs routed on their own (A and C left, B
   right). 1.536 MHz gives 192 kHz, 4 samples per 48 kHz output sample
   (averaged): A at volume 15 (12288) plus C at volume 0 (-4096) on the
   left; B, a tone of period 2, averages to (12288 - 4096) / 2 on the
   right. */
static const device_config routed_devices[] = {
    SOUND_DEVICE("ay", ay8910_device, 1536000, NULL,
                 ROUTES(ROUTE(0, SPEAKER_LEFT, 256), ROUTE(1, SPEAKER_RIGHT, 256), ROUTE(2, SPEAKER_LEFT, 256))),
    DEVICE_END,
};
static const machine_config routed_config = {
    .devices = routed_devices, .screen = { 4800000, 400, 0, 320, 200, 0, 180, NULL },
};

static void test_in_machine(void)
{
    static const game_driver drv = { "aytest", NULL, "2026", "Cabinet", "AY test", "test_ay8910.c",
                                     &routed_config, NULL, NULL, 0 };
    char err[256] = "";
    region_list r = { 0 };
    machine_t *m = machine_create(&drv, &r, 48000, err, sizeof(err));
    CHECK(m != NULL, "machine: %s", err);
    if (!m)
        return;
    device_t *d = machine_device(m, "ay");
    CHECK_EQ("stream rate", 192000, d->sound_rate);
    ay8910_t *ay = d->self;
    static const u8 writes[][2] = { { AY_ENABLE, 0x3d }, { AY_AVOL, 15 }, { AY_BVOL, 15 }, { AY_BFINE, 2 } };
    for (size_t i = 0; i < sizeof(writes) / sizeof(writes[0]); i++) {
        ay8910_address_w(ay, writes[i][0]);
        ay8910_data_w(ay, writes[i][1]);
    }
    machine_run_frame(m);
    size_t n;
    const s16 *a = machine_audio(m, &n);
    CHECK(n == 799 || n == 800, "%zu frames in a 60 Hz frame", n);
    int bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += a[2 * i] != 12288 - 4096 || a[2 * i + 1] != (12288 - 4096) / 2;
    CHECK(bad == 0, "routed outputs: %d frames differ (first: %d %d)", bad, a[0], a[1]);
    machine_destroy(m);
}

int main(void)
{
    test_tables();
    test_resistor_output();
    test_tone();
    test_tone_period_change();
    test_noise();
    test_envelope();
    test_mixer();
    test_registers();
    test_ports();
    test_save_state();
    test_in_machine();
    test_bulk_matches_steps();
    return check_report("test_ay8910");
}
