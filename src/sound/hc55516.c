#include "sound/hc55516.h"

#include "emu/machine.h"

enum { SYL_MASK = 0xfc0, SYL_SHIFT = 6, SYL_ADD = 0xfc1, INT_SHIFT = 4, SHIFT_MASK = 7 };

/* sign-extends a 10-bit value */
static s32 sext10(s32 v)
{
    return ((v & 0x3ff) ^ 0x200) - 0x200;
}

void hc55516_reset_state(hc55516_t *h)
{
    h->last_clock = 0;
    h->sylfilter = 0x3f; /* as after /FZ held for a while */
    h->intfilter = 0;
}

void hc55516_step(hc55516_t *h, int clock_state)
{
    bool bit = h->bit;
    bool frozen = (h->intfilter >= 0x180 && !bit) || (h->intfilter <= -0x180 && bit);
    s32 sum;
    if (clock_state && !h->last_clock) {
        h->shiftreg = (u8)((h->shiftreg << 1 | bit) & 0xff);
        u8 last = h->shiftreg & SHIFT_MASK;
        if (!frozen) {
            h->sylfilter += (~h->sylfilter & SYL_MASK) >> SYL_SHIFT;
            if (last != 0 && last != SHIFT_MASK)
                h->sylfilter += SYL_ADD; /* no coincidence: decays (wraps below) */
        }
        h->sylfilter &= 0xfff;
        sum = sext10((~h->intfilter >> INT_SHIFT) + 1);
    } else {
        s32 step = h->sylfilter >> 6 > 2 ? h->sylfilter >> 6 : 2;
        sum = sext10(h->shiftreg & 1 ? ~step + 1 : step);
    }
    if (!frozen)
        h->intfilter = sext10(h->intfilter + sum);
    /* -512..511 to 16 bits: the value, then its top bits repeated below */
    h->sample = (s16)(h->intfilter * 64 | (((h->intfilter & 0x3ff) ^ 0x200) >> 4));
}

void hc55516_digit_w(hc55516_t *h, int bit)
{
    device_stream_update(h->dev);
    h->bit = bit ? 1 : 0;
}

void hc55516_clock_w(hc55516_t *h, int state)
{
    device_stream_update(h->dev);
    state = state ? 1 : 0;
    if (state != h->last_clock)
        hc55516_step(h, state);
    h->last_clock = (u8)state;
}

static int hc55516_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    hc55516_t *h = d->self;
    h->dev = d;
    d->sound_rate = d->machine->mix.out_rate;
    return 0;
}

static void hc55516_reset(device_t *d)
{
    hc55516_t *h = d->self;
    device_stream_update(d);
    hc55516_reset_state(h);
}

static void hc55516_serialize(device_t *d, state_io *io)
{
    hc55516_t *h = d->self;
    st_u8(io, &h->last_clock);
    st_u8(io, &h->bit);
    st_u8(io, &h->shiftreg);
    st_s32(io, &h->sylfilter);
    st_s32(io, &h->intfilter);
    u16 s = (u16)h->sample;
    st_u16(io, &s);
    h->sample = (s16)s;
}

static void hc55516_update(device_t *d, s32 *const *outs, int n)
{
    const hc55516_t *h = d->self;
    for (int i = 0; i < n; i++)
        outs[0][i] = h->sample;
}

const device_type hc55516_device = {
    .name = "HC-55516",
    .shortname = "hc55516",
    .state_size = sizeof(hc55516_t),
    .start = hc55516_start,
    .reset = hc55516_reset,
    .serialize = hc55516_serialize,
    .sound_update = hc55516_update,
};
