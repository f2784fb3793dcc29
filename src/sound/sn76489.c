#include "sound/sn76489.h"

#include "emu/machine.h"

#define SN_FEEDBACK 0x4000u /* the 15-bit LFSR's top bit */
#define SN_TAP_WHITE 0x02u

/* 2 dB per attenuation step from a quarter of full scale; at start only. */
static void build_vol_table(s32 *table)
{
    double out = 0x7fff / 4;
    for (int i = 0; i < 15; i++) {
        table[i] = (s32)out;
        out /= 1.258925412;
    }
    table[15] = 0;
}

static int sn_start(device_t *d, char *err, size_t errlen)
{
    (void)err, (void)errlen;
    sn76489_t *sn = d->self;
    sn->dev = d;
    build_vol_table(sn->vol_table);
    for (int i = 0; i < 8; i++)
        sn->regs[i] = 0;
    for (int i = 0; i < 4; i++)
        sn->volume[i] = sn->period[i] = sn->count[i] = sn->output[i] = 0;
    sn->last_reg = 3;
    sn->rng = SN_FEEDBACK;
    sn->output[3] = sn->rng & 1;
    d->sound_rate = d->clock / 16; /* MAME: a clock / 2 stream, counters stepped every 8th sample */
    d->sound_outputs = 1;
    return 0;
}

static s32 noise_period(const sn76489_t *sn)
{
    u16 n = sn->regs[6];
    return (n & 3) == 3 ? sn->period[2] << 1 : 1 << (5 + (n & 3));
}

void sn76489_write(sn76489_t *sn, u8 data)
{
    device_stream_update(sn->dev);
    int r;
    if (data & 0x80) {
        r = (data >> 4) & 7;
        sn->last_reg = (u8)r;
        sn->regs[r] = (u16)((sn->regs[r] & 0x3f0) | (data & 0x0f));
    } else {
        r = sn->last_reg;
    }
    int c = r >> 1;
    switch (r) {
    case 0: case 2: case 4:
        if (!(data & 0x80))
            sn->regs[r] = (u16)((sn->regs[r] & 0x0f) | ((data & 0x3f) << 4));
        sn->period[c] = sn->regs[r] ? sn->regs[r] : 0x400;
        if (r == 4 && (sn->regs[6] & 3) == 3)
            sn->period[3] = sn->period[2] << 1;
        break;
    case 1: case 3: case 5: case 7:
        sn->volume[c] = sn->vol_table[data & 0x0f];
        if (!(data & 0x80))
            sn->regs[r] = (u16)((sn->regs[r] & 0x3f0) | (data & 0x0f));
        break;
    case 6:
        if (!(data & 0x80))
            sn->regs[r] = (u16)((sn->regs[r] & 0x3f0) | (data & 0x0f));
        sn->period[3] = noise_period(sn);
        sn->rng = SN_FEEDBACK;
        break;
    }
}

void sn76489_w(void *sn, offs_t offset, u8 data)
{
    (void)offset;
    sn76489_write(sn, data);
}

static void sn_step_noise(sn76489_t *sn)
{
    bool white = sn->regs[6] & 4;
    bool fb = (sn->rng & 1) != ((sn->rng & SN_TAP_WHITE) && white);
    sn->rng >>= 1;
    if (fb)
        sn->rng |= SN_FEEDBACK;
    sn->output[3] = sn->rng & 1;
    sn->count[3] = sn->period[3];
}

static void sn_step(sn76489_t *sn)
{
    for (int i = 0; i < 3; i++) {
        if (--sn->count[i] <= 0) {
            sn->output[i] ^= 1;
            sn->count[i] = sn->period[i];
        }
    }
    if (--sn->count[3] <= 0)
        sn_step_noise(sn);
}

static s32 sn_level(const sn76489_t *sn)
{
    s32 v = 0;
    for (int i = 0; i < 4; i++)
        if (sn->output[i])
            v += sn->volume[i];
    return -v;
}

static u32 min_u32(u32 a, u32 b)
{
    return a < b ? a : b;
}

/* Steps before the next reload of a counter (a counter at 0 or below
   reloads at the next step). */
static u32 steps_to_reload(s32 count)
{
    return count >= 1 ? (u32)count : 1;
}

/* How many of the next samples keep the level, at most `limit`: the steps
   before the next flip of an audible channel, or the next noise shift that
   changes the noise output (after j shifts, it is today's bit j). */
static u32 sn_quiet(const sn76489_t *sn, u32 limit)
{
    u32 q = limit;
    for (int i = 0; i < 3; i++)
        if (sn->volume[i])
            q = min_u32(q, steps_to_reload(sn->count[i]) - 1);
    if (sn->volume[3]) {
        u32 first = steps_to_reload(sn->count[3]);
        u32 j = 1;
        if (sn->period[3] >= 1)
            while (j < 14 && ((sn->rng >> j) & 1) == sn->output[3])
                j++;
        q = min_u32(q, first - 1 + (j - 1) * (u32)(sn->period[3] >= 1 ? sn->period[3] : 1));
    }
    return q;
}

/* k steps of one counter at once; returns its reloads. */
static u32 counter_skip(s32 *count, s32 period, u32 k)
{
    u32 first = steps_to_reload(*count);
    if (k < first) {
        *count -= (s32)k;
        return 0;
    }
    u32 rest = k - first;
    if (period < 1) {
        *count = period;
        return 1 + rest;
    }
    *count = period - (s32)(rest % (u32)period);
    return 1 + rest / (u32)period;
}

static void sn_skip(sn76489_t *sn, u32 k)
{
    for (int i = 0; i < 3; i++)
        sn->output[i] ^= counter_skip(&sn->count[i], sn->period[i], k) & 1;
    u32 shifts = counter_skip(&sn->count[3], sn->period[3], k);
    s32 count = sn->count[3];
    for (; shifts; shifts--)
        sn_step_noise(sn);
    sn->count[3] = count; /* sn_step_noise reloads it: the bulk count stands */
}

/* Between flips the level is constant: runs of equal samples are written
   at once and the counters advanced in bulk; each event sample takes the
   one-step path. */
static void sn_update(device_t *d, s32 *const *outs, int n)
{
    sn76489_t *sn = d->self;
    s32 *out = outs[0];
    u32 i = 0, end = (u32)(n > 0 ? n : 0);
    while (i < end) {
        u32 q = sn_quiet(sn, end - i);
        if (q) {
            s32 v = sn_level(sn);
            for (u32 j = 0; j < q; j++)
                out[i + j] = v;
            sn_skip(sn, q);
            i += q;
            if (i == end)
                break;
        }
        sn_step(sn);
        out[i++] = sn_level(sn);
    }
}

static void sn_serialize(device_t *d, state_io *io)
{
    sn76489_t *sn = d->self;
    for (int i = 0; i < 8; i++)
        st_u16(io, &sn->regs[i]);
    st_u8(io, &sn->last_reg);
    st_u32(io, &sn->rng);
    for (int i = 0; i < 4; i++) {
        st_s32(io, &sn->volume[i]);
        st_s32(io, &sn->period[i]);
        st_s32(io, &sn->count[i]);
        st_u8(io, &sn->output[i]);
        st_check(io, sn->output[i] <= 1 && sn->period[i] >= 0 && sn->period[i] <= 0x800);
        st_check(io, sn->volume[i] >= 0 && sn->volume[i] <= sn->vol_table[0]);
    }
    st_check(io, sn->last_reg < 8 && sn->rng < 0x8000u);
}

const device_type sn76489_device = {
    .name = "SN76489",
    .shortname = "sn76489",
    .state_size = sizeof(sn76489_t),
    .start = sn_start,
    .reset = NULL,
    .serialize = sn_serialize,
    .sound_update = sn_update,
    .outputs = 1,
};
