/* SN76489 unit test: the device driven directly (no board) with fixed
   register sequences, its output compared sample by sample (one sample per
   chip step, i.e. each of MAME 0.251's eight identical clock / 2 samples)
   with the values MAME's SN76489 produces for the same writes: the
   attenuation table, tone half-periods (period 0 = 400h), the latched
   second byte, the white and periodic LFSR sequences at each rate and at
   tone 2's rate, the LFSR reload on a register 6 write, the sum of the
   channels with the inverted output, and a save/load round trip. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "emu/machine.h"
#include "sound/sn76489.h"
#include "../check.h"

#define CLOCK 4000000
#define MAXN 8192

typedef struct chip {
    machine_t *m;
    device_config cfg;
    device_t d;
    sn76489_t sn;
    s32 out[MAXN];
} chip;

static chip *chip_new(void)
{
    chip *c = calloc(1, sizeof(*c));
    c->m = calloc(1, sizeof(*c->m));
    c->cfg = (device_config){ "sn", &sn76489_device, NULL, CLOCK, NULL, NULL };
    c->d = (device_t){ .cfg = &c->cfg, .type = &sn76489_device, .machine = c->m, .tag = "sn",
                       .clock = CLOCK, .self = &c->sn };
    char err[64];
    CHECK_EQ("start", 0, sn76489_device.start(&c->d, err, sizeof(err)));
    return c;
}

static void chip_free(chip *c)
{
    free(c->m);
    free(c);
}

static void render(chip *c, int n)
{
    s32 *out[1] = { c->out };
    sn76489_device.sound_update(&c->d, out, n);
}

static void wr(chip *c, int n, ...)
{
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        sn76489_write(&c->sn, (u8)va_arg(ap, int));
    va_end(ap);
}

/* MAME: 0x7fff / 4 (integer), divided by 10^(2/20) per step, truncated */
static const s32 vol_expected[16] = { 8191, 6506, 5168, 4105, 3260, 2590, 2057, 1634,
                                      1298, 1031, 819, 650, 516, 410, 326, 0 };

static void test_power_up(void)
{
    chip *c = chip_new();
    CHECK_EQ("rate = clock / 16", CLOCK / 16, c->d.sound_rate);
    for (int i = 0; i < 16; i++)
        CHECK_EQ("volume table", vol_expected[i], c->sn.vol_table[i]);
    /* silent at power-up although the attenuation registers read 0 */
    render(c, 100);
    int nonzero = 0;
    for (int i = 0; i < 100; i++)
        nonzero += c->out[i] != 0;
    CHECK_EQ("silent at power-up", 0, nonzero);
    CHECK_EQ("register 3 selected", 3, c->sn.last_reg);
    /* a data byte at power-up goes to register 3: tone 1's attenuation */
    wr(c, 1, 0x04);
    CHECK_EQ("data byte to register 3", vol_expected[4], c->sn.volume[1]);
    chip_free(c);
}

/* Each attenuation as the level of a constant-high channel. */
static void test_levels(void)
{
    for (int a = 0; a < 16; a++) {
        chip *c = chip_new();
        wr(c, 2, 0x80 | 0x0f, 0x3f);       /* tone 0 period 3ff */
        wr(c, 1, 0x90 | a);
        render(c, 1);                      /* first step: count 0 -> flip to 1 */
        CHECK_EQ("level (inverted)", -vol_expected[a], c->out[0]);
        chip_free(c);
    }
}

/* Half period = period steps; output starts high at the first step. */
static void check_square(chip *c, int period, int level, int n)
{
    render(c, n);
    for (int i = 0; i < n; i++) {
        int phase = i / period; /* step 0 flips high, then every `period` steps */
        s32 want = (phase & 1) ? 0 : -level;
        if (c->out[i] != want) {
            CHECK(0, "tone period %d sample %d: expected %d got %d", period, i, want, c->out[i]);
            return;
        }
    }
    CHECK_TRUE(1);
}

static void test_tone(void)
{
    chip *c = chip_new();
    wr(c, 3, 0xa0 | 0x05, 0x02, 0xb0);     /* tone 1: 025h, full volume */
    check_square(c, 0x25, 8191, 600);
    chip_free(c);

    c = chip_new();
    wr(c, 3, 0xc0, 0x00, 0xd3);            /* tone 2: period 0 = 400h, attenuation 3 */
    CHECK_EQ("period 0 acts as 400h", 0x400, c->sn.period[2]);
    check_square(c, 0x400, vol_expected[3], 4096);
    chip_free(c);

    /* the second byte updates the upper six bits only; the first the low four */
    c = chip_new();
    wr(c, 3, 0x8a, 0x12, 0x83);
    CHECK_EQ("latched period", 0x123, c->sn.period[0]);
    /* a data byte after a volume select sets the volume again */
    wr(c, 2, 0x92, 0x07);
    CHECK_EQ("volume by data byte", vol_expected[7], c->sn.volume[0]);
    chip_free(c);
}

static const char white_bits[] = "0000000000000100000000000001100000000000"; /* after each shift */
static const char periodic_bits[] = "00000000000001000000000000001000";

static void check_noise(int ctrl, int shift_period, const char *bits)
{
    chip *c = chip_new();
    wr(c, 2, 0xe0 | ctrl, 0xf0);
    int n = (int)strlen(bits);
    render(c, shift_period * n);
    /* count[3] starts at 0: the first shift is at step 0, then every period */
    for (int k = 0; k < n; k++) {
        s32 want = bits[k] == '1' ? -8191 : 0;
        for (int j = 0; j < shift_period; j++) {
            s32 got = c->out[k * shift_period + j];
            if (got != want) {
                CHECK(0, "noise %02x shift %d step %d: expected %d got %d", ctrl, k, j, want, got);
                chip_free(c);
                return;
            }
        }
    }
    CHECK_TRUE(1);
    chip_free(c);
}

static void test_noise(void)
{
    check_noise(4, 32, white_bits);
    check_noise(5, 64, white_bits);
    check_noise(6, 128, white_bits);
    check_noise(0, 32, periodic_bits);
    check_noise(2, 128, periodic_bits);

    /* rate 3: twice tone 2's period, following later tone 2 writes */
    chip *c = chip_new();
    wr(c, 2, 0xc0 | 0x0a, 0x00);           /* tone 2 period 10 */
    wr(c, 1, 0xe7);
    CHECK_EQ("noise follows tone 2", 20, c->sn.period[3]);
    wr(c, 2, 0xc0 | 0x04, 0x01);           /* tone 2 period 014h */
    CHECK_EQ("noise follows tone 2 again", 0x28, c->sn.period[3]);
    /* a register 6 write reloads the LFSR */
    render(c, 2000);
    CHECK_TRUE(c->sn.rng != 0x4000);
    wr(c, 1, 0xe7);
    CHECK_EQ("LFSR reload", 0x4000, c->sn.rng);
    chip_free(c);
}

/* Channels add; the output is the negated sum. */
static void test_mix(void)
{
    chip *c = chip_new();
    wr(c, 8, 0x80 | 0x0f, 0x3f, 0x90, 0xa0 | 0x0f, 0x3f, 0xb2, 0xdf, 0xff);
    render(c, 1);
    CHECK_EQ("two channels", -(8191 + 5168), c->out[0]);
    chip_free(c);
}

static void test_savestate(void)
{
    chip *a = chip_new(), *b = chip_new();
    wr(a, 10, 0x85, 0x03, 0x91, 0xa9, 0x01, 0xb4, 0xc7, 0x07, 0xe5, 0xf2);
    render(a, 1234);
    state_io io;
    st_init_save(&io);
    sn76489_device.serialize(&a->d, &io);
    state_io ld;
    st_init_load(&ld, io.buf, io.pos);
    sn76489_device.serialize(&b->d, &ld);
    CHECK_EQ("load ok", ST_OK, ld.error);
    render(a, 4000);
    s32 ref[4000];
    memcpy(ref, a->out, sizeof(ref));
    render(b, 4000);
    CHECK_TRUE(memcmp(ref, b->out, sizeof(ref)) == 0);
    st_free(&io);
    chip_free(a);
    chip_free(b);
}

/* The per-step rules (the header's), independent of the device's bulk
   path: one step, then the sum of the channels whose output is 1. */
static void ref_render(sn76489_t *r, s32 *out, int n)
{
    for (int s = 0; s < n; s++) {
        for (int i = 0; i < 3; i++)
            if (--r->count[i] <= 0) {
                r->output[i] ^= 1;
                r->count[i] = r->period[i];
            }
        if (--r->count[3] <= 0) {
            bool fb = (r->rng & 1) != ((r->rng & 2) && (r->regs[6] & 4));
            r->rng = r->rng >> 1 | (fb ? 0x4000u : 0);
            r->output[3] = r->rng & 1;
            r->count[3] = r->period[3];
        }
        s32 v = 0;
        for (int i = 0; i < 4; i++)
            v += r->output[i] ? r->volume[i] : 0;
        out[s] = -v;
    }
}

static u32 rnd_state = 777;
static u32 rnd(u32 n)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % n;
}

/* The device's bulk rendering (runs of equal levels, counters advanced at
   once) against the step rules over random writes (short and long periods,
   noise modes, silent channels) rendered in random chunks. The model takes
   the device's state after each write (the write's effects are not what
   this checks), then both run on their own. */
static void test_bulk_matches_steps(void)
{
    static s32 want[MAXN];
    int bad = 0, total = 0;
    for (int round = 0; round < 200 && bad == 0; round++) {
        chip *c = chip_new();
        sn76489_t r = c->sn;
        for (int w = 0; w < 40 && bad == 0; w++) {
            int writes = (int)rnd(4);
            for (int k = 0; k < writes; k++) {
                int reg = (int)rnd(8);
                u8 v = (u8)(0x80 | reg << 4 | rnd(16));
                if (reg == 7 || (reg & 1 && rnd(2)))
                    v |= rnd(3) ? 0 : 0x0f; /* often silent */
                sn76489_write(&c->sn, v);
                if (!(reg & 1) && reg != 6 && rnd(2))
                    sn76489_write(&c->sn, (u8)(rnd(3) ? 0 : rnd(64)));
            }
            r = c->sn;
            int len = (int)rnd(rnd(4) ? 700 : MAXN) + 1;
            for (int done = 0; done < len;) {
                int chunk = (int)rnd((u32)(len - done)) + 1;
                render(c, chunk);
                ref_render(&r, want, chunk);
                for (int i = 0; i < chunk; i++)
                    bad += c->out[i] != want[i];
                total += chunk;
                done += chunk;
            }
            bad += c->sn.rng != r.rng;
            for (int i = 0; i < 4; i++)
                bad += c->sn.count[i] != r.count[i] || c->sn.output[i] != r.output[i];
            CHECK(bad == 0, "bulk path: round %d write %d differs from the step rules", round, w);
        }
        chip_free(c);
    }
    CHECK(total > 1000000, "bulk path compared over %d samples", total);
}

int main(void)
{
    test_power_up();
    test_levels();
    test_tone();
    test_noise();
    test_mix();
    test_savestate();
    test_bulk_matches_steps();
    return check_report("test_sn76489");
}
