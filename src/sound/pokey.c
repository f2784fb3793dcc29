#include "sound/pokey.h"

#include "emu/machine.h"

/* AUDCx bits */
enum { AUDC_NOTPOLY5 = 0x80, AUDC_POLY4 = 0x40, AUDC_PURE = 0x20, AUDC_VOLONLY = 0x10, AUDC_VOLUME = 0x0f };
/* AUDCTL bits */
enum {
    AUDCTL_POLY9 = 0x80, AUDCTL_CH1_HICLK = 0x40, AUDCTL_CH3_HICLK = 0x20, AUDCTL_LINK12 = 0x10,
    AUDCTL_LINK34 = 0x08, AUDCTL_FILTER13 = 0x04, AUDCTL_FILTER24 = 0x02, AUDCTL_15KHZ = 0x01,
};
/* SKCTL bits */
enum { SK_PADDLE = 0x04, SK_RESET = 0x03 };
/* IRQ bits */
enum { IRQ_SEROC = 0x08, IRQ_TIMR4 = 0x04, IRQ_TIMR2 = 0x02, IRQ_TIMR1 = 0x01 };

#define SAMPLE_CLOCKS 28u
#define POT_MAX 228

/* Polynomial counter outputs, one entry per clock of each counter's cycle
   (4-bit: 15, 5-bit: 31, 9-bit: 511, 17-bit: 131071). The 9- and 17-bit
   entries hold the whole shift register, whose bits feed RANDOM. */
static void make_polys(pokey_polys *t)
{
    /* 4 and 5 bits: XNOR feedback of bit 0 and a tap, shifted in at the top;
       the 5-bit counter's output is taken inverted. */
    u32 r = 0;
    for (int i = 0; i < 15; i++) {
        u32 in = (~r ^ (r >> 1)) & 1;
        r = (r >> 1) | (in << 3);
        t->p4[i] = (u8)r;
    }
    r = 0;
    for (int i = 0; i < 31; i++) {
        u32 in = (~r ^ (r >> 2)) & 1;
        r = (r >> 1) | (in << 4);
        t->p5[i] = (u8)(r ^ 1);
    }
    /* 9 bits: bit 0 XOR bit 5 enters at bit 8, from all ones. */
    r = 0x1ff;
    for (int i = 0; i < 511; i++) {
        u32 in = (r ^ (r >> 5)) & 1;
        r = (r >> 1) | (in << 8);
        t->p9[i] = (u8)r;
    }
    /* 17 bits: the register rotates right by one, and bit 7 is replaced by
       bit 8 XOR bit 13 of the previous value (so RANDOM shifts by one bit per
       clock). */
    r = 0x1ffff;
    for (int i = 0; i < 131071; i++) {
        u32 tap = ((r >> 8) ^ (r >> 13)) & 1;
        u32 in = r & 1;
        r >>= 1;
        r = (r & ~0x80u) | (tap << 7);
        r |= in << 16;
        t->p17[i] = (u16)r;
    }
}

static inline void chan_reload(pokey_channel *c)
{
    c->counter = c->audf ^ 0xff;
    c->borrow = 0;
}

/* One input clock of a channel counter. When it wraps to 0 the borrow
   (reload and output pulse) follows `delay` clocks later, counting this one:
   1 on the prescaled clocks, 4 on the chip clock, 7 for a linked pair on
   the chip clock, so the periods are (AUDF+1)*N, AUDF+4 and AUDF16+7.
   Returns true on the wrap (the timer IRQ condition). */
static inline bool chan_clock(pokey_channel *c, u8 delay)
{
    c->counter++;
    if (c->counter == 0 && c->borrow == 0) {
        c->borrow = delay;
        return true;
    }
    return false;
}

static inline bool chan_borrow_due(pokey_channel *c)
{
    if (c->borrow) {
        c->borrow--;
        return c->borrow == 0;
    }
    return false;
}

/* A channel's output pulse: the 5-bit counter gates it unless NOTPOLY5,
   then the flip-flop toggles (pure) or samples the 4-bit or 9/17-bit
   polynomial. */
static inline void chan_pulse(pokey_t *p, pokey_channel *c)
{
    if ((c->audc & AUDC_NOTPOLY5) || (p->polys.p5[p->p5] & 1)) {
        if (c->audc & AUDC_PURE)
            c->output ^= 1;
        else if (c->audc & AUDC_POLY4)
            c->output = p->polys.p4[p->p4] & 1;
        else if (p->audctl & AUDCTL_POLY9)
            c->output = p->polys.p9[p->p9] & 1;
        else
            c->output = p->polys.p17[p->p17] & 1;
    }
}

static void update_irq(pokey_t *p)
{
    bool state = (p->irqst & p->irqen) != 0;
    if (state != p->irq_out) {
        p->irq_out = state;
        if (p->params && p->params->irq_w)
            p->params->irq_w(p->dev->machine->drv, state);
    }
}

static void timer_irq(pokey_t *p, u8 bit)
{
    if (p->irqen & bit) {
        p->irqst |= bit;
        update_irq(p);
    }
}

static void compute_level(pokey_t *p)
{
    u32 sum = 0;
    for (int i = 0; i < 4; i++) {
        const pokey_channel *c = &p->ch[i];
        if ((c->output ^ c->filter) || (c->audc & AUDC_VOLONLY))
            sum += c->audc & AUDC_VOLUME;
    }
    p->level = sum;
}

static void pot_step(pokey_t *p)
{
    p->pot_counter++;
    for (int i = 0; i < 8; i++)
        if (p->pot[i] < p->pot_counter || p->pot_counter == POT_MAX)
            p->allpot |= (u8)(1u << i);
}

/* One clock of the whole chip. */
static inline void step(pokey_t *p)
{
    bool changed = false;
    p->now++;
    if (p->skctl & SK_RESET) {
        u8 det = p->detached;
        bool t28 = ++p->div28 >= 28, t114 = ++p->div114 >= 114;
        if (t28)
            p->div28 = 0;
        if (t114)
            p->div114 = 0;
        if (++p->p4 == 15)
            p->p4 = 0;
        if (++p->p5 == 31)
            p->p5 = 0;
        if (++p->p9 == 511)
            p->p9 = 0;
        if (++p->p17 == 131071)
            p->p17 = 0;
        u8 ctl = p->audctl;
        bool base = (ctl & AUDCTL_15KHZ) ? t114 : t28;
        if (det & 1) {
        } else if (ctl & AUDCTL_CH1_HICLK) {
            if (chan_clock(&p->ch[0], (ctl & AUDCTL_LINK12) ? 7 : 4))
                timer_irq(p, IRQ_TIMR1);
        } else if (base && chan_clock(&p->ch[0], 1)) {
            timer_irq(p, IRQ_TIMR1);
        }
        if (det & 4) {
        } else if (ctl & AUDCTL_CH3_HICLK)
            chan_clock(&p->ch[2], (ctl & AUDCTL_LINK34) ? 7 : 4);
        else if (base)
            chan_clock(&p->ch[2], 1);
        if (base) {
            if (!(ctl & AUDCTL_LINK12) && !(det & 2) && chan_clock(&p->ch[1], 1))
                timer_irq(p, IRQ_TIMR2);
            if (!(ctl & AUDCTL_LINK34) && !(det & 8) && chan_clock(&p->ch[3], 1))
                timer_irq(p, IRQ_TIMR4);
        }
        if ((t114 || (p->skctl & SK_PADDLE)) && p->pot_counter < POT_MAX)
            pot_step(p);
    }
    /* The low channel of a linked pair clocks the high one on its borrow,
       so 3 comes before 4 and 1 before 2. */
    if (p->ch[2].borrow && chan_borrow_due(&p->ch[2])) {
        if (p->audctl & AUDCTL_LINK34) {
            if (chan_clock(&p->ch[3], 1))
                timer_irq(p, IRQ_TIMR4);
        } else {
            chan_reload(&p->ch[2]);
        }
        chan_pulse(p, &p->ch[2]);
        p->ch[0].filter = (p->audctl & AUDCTL_FILTER13) ? p->ch[0].output : 1;
        changed = true;
    }
    if (p->ch[3].borrow && chan_borrow_due(&p->ch[3])) {
        if (p->audctl & AUDCTL_LINK34)
            chan_reload(&p->ch[2]);
        chan_reload(&p->ch[3]);
        chan_pulse(p, &p->ch[3]);
        p->ch[1].filter = (p->audctl & AUDCTL_FILTER24) ? p->ch[1].output : 1;
        changed = true;
    }
    if (p->ch[0].borrow && chan_borrow_due(&p->ch[0])) {
        if (p->audctl & AUDCTL_LINK12) {
            if (chan_clock(&p->ch[1], 1))
                timer_irq(p, IRQ_TIMR2);
        } else {
            chan_reload(&p->ch[0]);
        }
        chan_pulse(p, &p->ch[0]);
        changed = true;
    }
    if (p->ch[1].borrow && chan_borrow_due(&p->ch[1])) {
        if (p->audctl & AUDCTL_LINK12)
            chan_reload(&p->ch[0]);
        chan_reload(&p->ch[1]);
        chan_pulse(p, &p->ch[1]);
        changed = true;
    }
    if (changed)
        compute_level(p);
    p->acc += p->level;
}

/* ---- bulk stepping ----
   Between events the chip only counts: step() is needed only for a clock on
   which a borrow is pending or a channel counter wraps. quiet_clocks() says
   how many clocks from now are plain counting, and skip() advances them all
   at once (prescalers, polynomial positions, counters and the POT scan), so
   the result is the same, clock for clock, as calling step() each time. */

/* Most prescaler ticks a channel can take before its counter wraps: q more
   increments are safe, so the (q+1)th tick of a prescaler of `period` clocks
   now at `div` must not come. */
static inline u32 base_limit(u8 counter, u32 period, u32 div)
{
    return (256u - counter) * period - 1 - div;
}

static inline u32 min_u32(u32 a, u32 b)
{
    return a < b ? a : b;
}

static u32 quiet_clocks(const pokey_t *p)
{
    if (p->ch[0].borrow | p->ch[1].borrow | p->ch[2].borrow | p->ch[3].borrow)
        return 0;
    if (!(p->skctl & SK_RESET))
        return UINT32_MAX; /* held in initialisation: nothing counts */
    u8 ctl = p->audctl, det = p->detached;
    u32 period = (ctl & AUDCTL_15KHZ) ? 114 : 28, div = (ctl & AUDCTL_15KHZ) ? p->div114 : p->div28;
    u32 k = UINT32_MAX;
    if (!(det & 1))
        k = (ctl & AUDCTL_CH1_HICLK) ? 255u - p->ch[0].counter : base_limit(p->ch[0].counter, period, div);
    if (!(det & 4))
        k = min_u32(k, (ctl & AUDCTL_CH3_HICLK) ? 255u - p->ch[2].counter : base_limit(p->ch[2].counter, period, div));
    if (!(ctl & AUDCTL_LINK12) && !(det & 2))
        k = min_u32(k, base_limit(p->ch[1].counter, period, div));
    if (!(ctl & AUDCTL_LINK34) && !(det & 8))
        k = min_u32(k, base_limit(p->ch[3].counter, period, div));
    return k;
}

static inline u32 wrap_add(u32 pos, u32 k, u32 len)
{
    pos += k < len ? k : k % len;
    return pos >= len ? pos - len : pos;
}

/* Advances k clocks, k <= quiet_clocks(p); the level is unchanged (the
   caller accounts for it). */
static void skip(pokey_t *p, u32 k)
{
    p->now += k;
    if (!(p->skctl & SK_RESET) || k == 0)
        return;
    u32 t28 = (p->div28 + k) / 28, t114 = (p->div114 + k) / 114;
    p->div28 = (u8)((p->div28 + k) % 28);
    p->div114 = (u8)((p->div114 + k) % 114);
    p->p4 = wrap_add(p->p4, k, 15);
    p->p5 = wrap_add(p->p5, k, 31);
    p->p9 = wrap_add(p->p9, k, 511);
    p->p17 = wrap_add(p->p17, k, 131071);
    u8 ctl = p->audctl;
    u32 base = (ctl & AUDCTL_15KHZ) ? t114 : t28;
    u8 det = p->detached; /* detached counters are worked out when they come back */
    if (!(det & 1))
        p->ch[0].counter = (u8)(p->ch[0].counter + ((ctl & AUDCTL_CH1_HICLK) ? k : base));
    if (!(det & 4))
        p->ch[2].counter = (u8)(p->ch[2].counter + ((ctl & AUDCTL_CH3_HICLK) ? k : base));
    if (!(ctl & AUDCTL_LINK12) && !(det & 2))
        p->ch[1].counter = (u8)(p->ch[1].counter + base);
    if (!(ctl & AUDCTL_LINK34) && !(det & 8))
        p->ch[3].counter = (u8)(p->ch[3].counter + base);
    u32 pots = (p->skctl & SK_PADDLE) ? k : t114;
    if (pots && p->pot_counter < POT_MAX) {
        /* ALLPOT only gains bits as the count rises: setting them at the end is the same */
        p->pot_counter = (u8)min_u32(POT_MAX, p->pot_counter + pots);
        for (int i = 0; i < 8; i++)
            if (p->pot[i] < p->pot_counter || p->pot_counter == POT_MAX)
                p->allpot |= (u8)(1u << i);
    }
}

/* ---- silent channels ----
   A channel that nothing can hear or see (volume 0, not linked, its timer
   IRQ disabled, no high-pass filter using it or changed by it) still counts
   and pulses, and its output flip-flop and counter must be right when a
   register write makes it matter again. Such a channel is detached: bulk
   stepping ignores it, so its pulses no longer cut the quiet stretches,
   and before any register write its state is worked out from the clock of
   the detach. Between the two nothing about it may change (every register
   write reattaches first), so its pulses fall at fixed intervals and the
   polynomial positions at each are known (they move one per clock). */

static const u8 chan_irq_bit[4] = { IRQ_TIMR1, IRQ_TIMR2, 0, IRQ_TIMR4 };

static bool chan_hiclk(const pokey_t *p, int i)
{
    return (i == 0 && (p->audctl & AUDCTL_CH1_HICLK)) || (i == 2 && (p->audctl & AUDCTL_CH3_HICLK));
}

static bool can_detach(const pokey_t *p, int i)
{
    const pokey_channel *c = &p->ch[i];
    u8 ctl = p->audctl;
    if (!(p->skctl & SK_RESET) || c->borrow || (c->audc & AUDC_VOLUME) || (p->irqen & chan_irq_bit[i]))
        return false;
    if (ctl & (i < 2 ? AUDCTL_LINK12 : AUDCTL_LINK34))
        return false;
    if (ctl & ((i & 1) ? AUDCTL_FILTER24 : AUDCTL_FILTER13))
        return false;
    /* channel 3's pulse sets channel 1's filter to 1 (4's, 2's): no change if already 1 */
    return i < 2 || p->ch[i - 2].filter == 1;
}

static void try_detach(pokey_t *p)
{
    for (int i = 0; i < 4; i++)
        if (!(p->detached >> i & 1) && can_detach(p, i)) {
            p->lazy[i].at = p->now;
            p->lazy[i].counter = p->ch[i].counter;
            p->lazy[i].div = (p->audctl & AUDCTL_15KHZ) ? p->div114 : p->div28;
            p->detached |= (u8)(1u << i);
        }
}

/* Position of a polynomial counter `back` clocks ago. */
static u32 pos_back(u32 pos, u64 back, u32 len)
{
    u32 b = (u32)(back % len);
    return pos >= b ? pos - b : pos + len - b;
}

static bool pulse_gated(const pokey_t *p, const pokey_channel *c, u64 back)
{
    return (c->audc & AUDC_NOTPOLY5) || (p->polys.p5[pos_back(p->p5, back, 31)] & 1);
}

/* The output after n pulses, the last `last` clocks ago, q clocks apart. */
static void lazy_pulses(pokey_t *p, pokey_channel *c, u64 last, u64 q, u64 n)
{
    u32 q31 = (u32)(q % 31);
    if (c->audc & AUDC_PURE) {
        u64 count;
        if (c->audc & AUDC_NOTPOLY5) {
            count = n;
        } else if (q31 == 0) {
            count = pulse_gated(p, c, last) ? n : 0;
        } else {
            /* 31 pulses in a row meet every 5-bit position once */
            u32 ones = 0;
            for (int j = 0; j < 31; j++)
                ones += p->polys.p5[j] & 1;
            count = n / 31 * ones;
            for (u64 j = 0; j < n % 31; j++)
                count += pulse_gated(p, c, last + j * q);
        }
        c->output ^= (u8)(count & 1);
        return;
    }
    u64 look = n < 31 ? n : 31;
    for (u64 j = 0; j < look; j++) {
        u64 back = last + j * q;
        if (!pulse_gated(p, c, back))
            continue;
        if (c->audc & AUDC_POLY4)
            c->output = p->polys.p4[pos_back(p->p4, back, 15)] & 1;
        else if (p->audctl & AUDCTL_POLY9)
            c->output = p->polys.p9[pos_back(p->p9, back, 511)] & 1;
        else
            c->output = p->polys.p17[pos_back(p->p17, back, 131071)] & 1;
        return;
    }
}

/* Channel i as step() would have left it at clock p->now. A base-clocked
   counter takes its ticks from the prescaler and borrows on the tick of its
   wrap; a chip-clocked one borrows 3 clocks after the wrap (chan_clock). */
static void reattach(pokey_t *p, int i)
{
    pokey_channel *c = &p->ch[i];
    u64 t = p->now, d = p->lazy[i].at;
    u32 c0 = p->lazy[i].counter;
    bool hi = chan_hiclk(p, i);
    u64 per = hi ? 1 : (p->audctl & AUDCTL_15KHZ) ? 114 : 28;
    u64 q = hi ? c->audf + 4u : (c->audf + 1u) * per;
    u64 first = hi ? d + (256 - c0) + 3 : d + (per - p->lazy[i].div) + (255 - c0) * per;
    p->detached &= (u8)~(1u << i);
    u64 from = d, next = first; /* the last reload (or the detach) and the next pulse */
    u32 start = c0;
    if (t >= first) {
        u64 n = (t - first) / q + 1;
        from = first + (n - 1) * q;
        next = from + q;
        start = c->audf ^ 0xffu;
        lazy_pulses(p, c, t - from, q, n);
    } else if (!hi) {
        c->counter = (u8)(c0 + (t - d + p->lazy[i].div) / per);
        return;
    }
    if (!hi) {
        c->counter = (u8)(start + (t - from) / per); /* from is a tick */
        return;
    }
    c->counter = (u8)(start + (t - from));
    c->borrow = t + 3 >= next ? (u8)(next - t) : 0;
}

static void reattach_all(pokey_t *p)
{
    for (int i = 0; i < 4; i++)
        if (p->detached >> i & 1)
            reattach(p, i);
}

/* Runs n clocks of the current sample, adding the level of each to acc. */
static void advance(pokey_t *p, u32 n)
{
    while (n) {
        u32 q = quiet_clocks(p);
        if (q == 0) {
            step(p);
            n--;
            continue;
        }
        u32 k = min_u32(q, n);
        skip(p, k);
        p->acc += p->level * k;
        n -= k;
    }
}

/* Output scale: 60 (all four channels at volume 15) maps to 30720. */
static inline s32 sample_out(u32 acc)
{
    return (s32)(acc * 512u / SAMPLE_CLOCKS);
}

static void pokey_update(device_t *d, s32 *const *outs, int n)
{
    s32 *out = outs[0];
    pokey_t *p = d->self;
    if (p->detached != 0x0f)
        try_detach(p);
    for (int i = 0; i < n;) {
        if (p->sub == 0 && p->acc == 0) {
            /* whole samples with nothing but counting: the level throughout */
            u32 m = quiet_clocks(p) / SAMPLE_CLOCKS;
            if (m > (u32)(n - i))
                m = (u32)(n - i);
            if (m) {
                skip(p, m * SAMPLE_CLOCKS);
                p->clocks += (u64)m * SAMPLE_CLOCKS;
                s32 v = sample_out(p->level * SAMPLE_CLOCKS);
                for (u32 j = 0; j < m; j++)
                    out[i++] = v;
                continue;
            }
        }
        advance(p, SAMPLE_CLOCKS - p->sub);
        p->clocks += SAMPLE_CLOCKS - p->sub;
        out[i++] = sample_out(p->acc);
        p->acc = 0;
        p->sub = 0;
    }
}

/* Brings the chip to the current clock: whole samples through the stream,
   then the clocks of the sample in progress. */
static void catch_up(pokey_t *p)
{
    device_stream_update(p->dev);
    u64 target = et_to_cycles(machine_time(p->dev->machine), p->dev->clock);
    if (p->clocks < target && p->sub < SAMPLE_CLOCKS - 1) {
        u32 n = (u32)min_u32(SAMPLE_CLOCKS - 1 - p->sub, target - p->clocks < SAMPLE_CLOCKS ? (u32)(target - p->clocks) : SAMPLE_CLOCKS);
        advance(p, n);
        p->sub += n;
        p->clocks += n;
    }
}

static int pokey_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    pokey_t *p = d->self;
    make_polys(&p->polys);
    p->dev = d;
    p->params = d->cfg->params;
    d->sound_rate = d->clock / SAMPLE_CLOCKS;
    /* power-on state (the chip has no reset line) */
    p->skctl = SK_RESET;
    p->irqst = IRQ_SEROC;
    for (int i = 0; i < 8; i++)
        p->pot[i] = 0;
    return 0;
}

static void pokey_reset(device_t *d)
{
    device_stream_update(d);
}

static void pokey_serialize(device_t *d, state_io *io)
{
    pokey_t *p = d->self;
    reattach_all(p); /* the whole state, as stepped; a load starts with none detached */
    for (int i = 0; i < 4; i++) {
        pokey_channel *c = &p->ch[i];
        st_u8(io, &c->audf);
        st_u8(io, &c->audc);
        st_u8(io, &c->counter);
        st_u8(io, &c->borrow);
        st_u8(io, &c->output);
        st_u8(io, &c->filter);
    }
    st_u8(io, &p->audctl);
    st_u8(io, &p->skctl);
    st_u8(io, &p->skstat);
    st_u8(io, &p->irqen);
    st_u8(io, &p->irqst);
    st_bytes(io, p->pot, sizeof(p->pot));
    st_u8(io, &p->allpot);
    st_u8(io, &p->pot_counter);
    st_u8(io, &p->div28);
    st_u8(io, &p->div114);
    st_u32(io, &p->p4);
    st_u32(io, &p->p5);
    st_u32(io, &p->p9);
    st_u32(io, &p->p17);
    st_u32(io, &p->level);
    st_u32(io, &p->acc);
    st_u32(io, &p->sub);
    st_u64(io, &p->clocks);
    st_bool(io, &p->irq_out);
    st_check(io, p->p4 < 15 && p->p5 < 31 && p->p9 < 511 && p->p17 < 131071);
    st_check(io, p->div28 < 28 && p->div114 < 114 && p->sub < SAMPLE_CLOCKS && p->pot_counter <= POT_MAX);
    st_check(io, p->level <= 60 && p->acc <= 60 * SAMPLE_CLOCKS);
}

u8 pokey_read(pokey_t *p, offs_t offset)
{
    catch_up(p);
    switch (offset & 0x0f) {
    case 0x00: case 0x01: case 0x02: case 0x03: case 0x04: case 0x05: case 0x06: case 0x07: {
        int pot = offset & 7;
        return (p->allpot & (1u << pot)) ? p->pot[pot] : p->pot_counter;
    }
    case 0x08: /* ALLPOT */
        if (!(p->skctl & SK_RESET))
            return p->allpot;
        if (p->params && p->params->allpot_r)
            return p->params->allpot_r(p->dev->machine->drv);
        return p->allpot ^ 0xff;
    case 0x09: /* KBCODE: no keyboard on arcade boards */
        return 0x09;
    case 0x0a: /* RANDOM */
        if (p->audctl & AUDCTL_POLY9)
            return p->polys.p9[p->p9];
        return (u8)(p->polys.p17[p->p17] >> 8);
    case 0x0d: /* SERIN */
        return 0;
    case 0x0e: /* IRQST, active low */
        return p->irqst ^ 0xff;
    case 0x0f: /* SKSTAT, active low */
        return p->skstat ^ 0xff;
    default:
        return 0xff;
    }
}

static void potgo(pokey_t *p)
{
    p->allpot = 0;
    p->pot_counter = 0;
    for (int i = 0; i < 8; i++) {
        p->pot[i] = POT_MAX;
        if (p->params && p->params->pot_r) {
            u8 v = p->params->pot_r(p->dev->machine->drv, i);
            if (v > POT_MAX)
                v = POT_MAX;
            if (v == 0)
                p->allpot |= (u8)(1u << i); /* no capacitor: ready at once */
            p->pot[i] = v;
        }
    }
}

void pokey_write(pokey_t *p, offs_t offset, u8 data)
{
    catch_up(p);
    reattach_all(p);
    offset &= 0x0f;
    if (offset < 8) {
        pokey_channel *c = &p->ch[offset >> 1];
        if (offset & 1)
            c->audc = data;
        else
            c->audf = data;
        compute_level(p);
        try_detach(p);
        return;
    }
    switch (offset) {
    case 0x08: /* AUDCTL */
        p->audctl = data;
        break;
    case 0x09: /* STIMER: restart all counters */
        for (int i = 0; i < 4; i++) {
            chan_reload(&p->ch[i]);
            p->ch[i].output = 0;
            p->ch[i].filter = i < 2;
        }
        compute_level(p);
        break;
    case 0x0a: /* SKREST */
        p->skstat &= (u8)~0xe0;
        break;
    case 0x0b: /* POTGO */
        if (p->skctl & SK_RESET)
            potgo(p);
        break;
    case 0x0d: /* SEROUT: no serial port on arcade boards */
        break;
    case 0x0e: /* IRQEN: disabling a source clears its status */
        p->irqst &= (u8)(IRQ_SEROC | data);
        p->irqen = data;
        update_irq(p);
        break;
    case 0x0f: /* SKCTL */
        p->skctl = data;
        if (!(data & SK_RESET)) {
            /* initialisation: counters and prescalers held at zero */
            p->irqen = 0;
            p->irqst &= IRQ_SEROC;
            p->skstat &= (u8)~0xe0;
            p->p4 = p->p5 = p->p9 = p->p17 = 0;
            p->div28 = p->div114 = 0;
            update_irq(p);
        }
        break;
    default:
        break;
    }
    try_detach(p);
}

const device_type pokey_device = {
    .name = "Atari C012294 POKEY",
    .shortname = "pokey",
    .state_size = sizeof(pokey_t),
    .start = pokey_start,
    .reset = pokey_reset,
    .serialize = pokey_serialize,
    .sound_update = pokey_update,
};
