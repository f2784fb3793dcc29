#include "sound/stream.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

sound_stream *stream_create(device_t *dev, u32 rate, int outputs)
{
    if (outputs < 1 || outputs > SOUND_MAX_OUTPUTS)
        return NULL;
    sound_stream *st = calloc(1, sizeof(*st));
    if (!st)
        return NULL;
    st->dev = dev;
    st->rate = rate;
    st->outputs = outputs;
    return st;
}

void stream_destroy(sound_stream *st)
{
    if (!st)
        return;
    for (int o = 0; o < st->outputs; o++)
        free(st->buf[o]);
    free(st);
}

bool stream_reserve(sound_stream *st, size_t len)
{
    if (len <= st->cap)
        return true;
    size_t cap = st->cap ? st->cap : 4096;
    while (cap < len)
        cap *= 2;
    for (int o = 0; o < st->outputs; o++) {
        s32 *nb = realloc(st->buf[o], cap * sizeof(s32));
        if (!nb)
            return false;
        st->buf[o] = nb;
    }
    st->cap = cap;
    return true;
}

void stream_update(sound_stream *st, emu_time now)
{
    if (st->worker)
        sound_worker_post(st->worker, st, now, NULL, 0);
    else
        stream_render(st, now);
}

void stream_write(sound_stream *st, emu_time now, stream_write_fn fn, u32 arg)
{
    if (st->worker) {
        sound_worker_post(st->worker, st, now, fn, arg);
        return;
    }
    stream_render(st, now);
    fn(st->dev, arg);
}

void stream_render(sound_stream *st, emu_time now)
{
    u64 target = et_to_cycles(now, st->rate);
    if (target <= st->generated)
        return;
    size_t have = (size_t)(st->generated - st->base);
    size_t n = (size_t)(target - st->generated);
    if (!stream_reserve(st, have + n))
        return;
    s32 *out[SOUND_MAX_OUTPUTS];
    for (int o = 0; o < st->outputs; o++) {
        out[o] = st->buf[o] + have;
        st->tail[o] = 0;
    }
    st->dev->type->sound_update(st->dev, out, (int)n);
    for (int o = 0; o < st->outputs; o++) {
        size_t t = st->tail[o] < n ? st->tail[o] : n;
        s32 last = out[o][n - 1];
        if (t == n && st->flat_from[o] < st->generated && st->flat_val[o] == last)
            continue; /* the flat run goes on */
        st->flat_from[o] = target - t;
        st->flat_val[o] = last;
    }
    st->generated = target;
}

void stream_forget_flat(sound_stream *st)
{
    for (int o = 0; o < st->outputs; o++)
        st->flat_from[o] = st->generated;
}

/* Drops input samples no later output sample needs. */
static void stream_consume(sound_stream *st, u64 upto)
{
    if (upto <= st->base)
        return;
    if (upto > st->generated)
        upto = st->generated;
    size_t drop = (size_t)(upto - st->base), keep = (size_t)(st->generated - upto);
    for (int o = 0; o < st->outputs; o++)
        memmove(st->buf[o], st->buf[o] + drop, keep * sizeof(s32));
    st->base = upto;
}

/* Output sample k covers input samples [k*in/out, (k+1)*in/out): their
   average when downsampling, the nearest earlier one when upsampling (the
   one before when that one is still being rendered at the end of a mix, so
   a frame's last output sample is not left at 0). The bounds step by in/out
   (quotient and remainder) from k0 on. */
static void resample_any(const sound_stream *st, const s32 *buf, u64 a, u32 rem, u32 out_rate, s32 *dst, size_t n)
{
    const u32 q = st->rate / out_rate, r = st->rate % out_rate;
    for (size_t i = 0; i < n; i++) {
        u64 next = a + q;
        rem += r;
        if (rem >= out_rate) {
            rem -= out_rate;
            next++;
        }
        u64 b = next > a ? next : a + 1;
        if (b > st->generated)
            b = st->generated;
        if (a >= b && b > st->base)
            a = b - 1; /* upsampling, the input sample not complete yet: hold the last one */
        if (a < st->base || a >= b) {
            dst[i] = 0;
        } else if (b - a == 1) {
            dst[i] = buf[a - st->base];
        } else {
            s64 sum = 0;
            for (u64 j = a; j < b; j++)
                sum += buf[j - st->base];
            dst[i] = (s32)(sum / (s64)(b - a));
        }
        a = next;
    }
}

/* The same when the input rate is a whole multiple q of the output rate:
   q inputs per output. Inlined with small constant q by resample_whole;
   else a division by a power of two becomes a shift (rounding toward
   zero as the division does). */
static inline __attribute__((always_inline)) void resample_whole_q(const s32 *src, u32 q, s32 *dst, size_t n)
{
    int shift = -1;
    if (!(q & (q - 1)))
        for (shift = 0; (1u << shift) != q; shift++)
            ;
    for (size_t i = 0; i < n; i++, src += q) {
        s64 sum = 0;
        for (u32 j = 0; j < q; j++)
            sum += src[j];
        dst[i] = (s32)(shift >= 0 ? (sum + ((sum >> 63) & (s64)(q - 1))) >> shift : sum / (s64)q);
    }
}

static void resample_whole(const s32 *src, u32 q, s32 *dst, size_t n)
{
    switch (q) {
    case 2: resample_whole_q(src, 2, dst, n); break;
    case 3: resample_whole_q(src, 3, dst, n); break;
    case 4: resample_whole_q(src, 4, dst, n); break;
    default: resample_whole_q(src, q, dst, n); break;
    }
}

/* sum / c rounded toward zero as C's division, by a multiplication with
   m = ceil(2^64 / c) (2^64 / c for a power of two): exact while
   |sum| * c < 2^64, which s32 inputs keep for any c below 2^16. */
typedef unsigned __int128 u128;

static u64 reciprocal(u32 c)
{
    return c > 1 && c < 65536 ? UINT64_MAX / c + 1 : 0;
}

static s32 div_count(s64 sum, u32 c, u64 m)
{
    if (!m)
        return c == 1 ? (s32)sum : (s32)(sum / (s64)c);
    u64 x = sum < 0 ? -(u64)sum : (u64)sum;
    u64 v = (u64)((u128)x * m >> 64);
    return (s32)(sum < 0 ? -(s64)v : (s64)v);
}

/* resample_any's result when every output sample's inputs are complete
   and downsampling (q >= 1): each is the average of its q or q + 1
   inputs, from src on. Inlined for each small constant q by
   resample_down (the sum unrolled, the divisions by constants left to
   the compiler). */
static inline __attribute__((always_inline)) void resample_down_q(const s32 *src, const u32 q, bool const_q, u32 r,
                                                                  u32 rem, u32 out_rate, s32 *dst, size_t n)
{
    const u64 m0 = reciprocal(q), m1 = reciprocal(q + 1);
    for (size_t i = 0; i < n; i++) {
        s64 sum = 0;
        for (u32 j = 0; j < q; j++)
            sum += src[j];
        rem += r;
        if (rem >= out_rate) {
            rem -= out_rate;
            sum += src[q];
            src += q + 1;
            dst[i] = const_q ? (s32)(sum / (s64)(q + 1)) : div_count(sum, q + 1, m1);
        } else {
            src += q;
            dst[i] = const_q ? (s32)(sum / (s64)q) : div_count(sum, q, m0);
        }
    }
}

static void resample_down(const s32 *src, u32 q, u32 r, u32 rem, u32 out_rate, s32 *dst, size_t n)
{
    switch (q) {
    case 1: resample_down_q(src, 1, true, r, rem, out_rate, dst, n); break;
    case 2: resample_down_q(src, 2, true, r, rem, out_rate, dst, n); break;
    case 3: resample_down_q(src, 3, true, r, rem, out_rate, dst, n); break;
    case 4: resample_down_q(src, 4, true, r, rem, out_rate, dst, n); break;
    case 5: resample_down_q(src, 5, true, r, rem, out_rate, dst, n); break;
    case 6: resample_down_q(src, 6, true, r, rem, out_rate, dst, n); break;
    default: resample_down_q(src, q, false, r, rem, out_rate, dst, n); break;
    }
}

/* resample_any's result when upsampling (q = 0, r = the input rate) with
   some input rendered (end > 0) and a at j in buf: output sample i takes
   input j + (rem + i * r) / out_rate, or the last one rendered when that
   is past it. */
static void resample_up(const s32 *buf, size_t j, size_t end, u32 r, u32 rem, u32 out_rate, s32 *dst, size_t n)
{
    size_t m = 0; /* the outputs before end: (rem + m * r) / out_rate < end - j */
    if (j < end) {
        u64 span = (u64)(end - j) * out_rate - rem;
        m = (size_t)((span + r - 1) / r);
        m = m < n ? m : n;
    }
    const s32 *p = buf + j;
    for (size_t i = 0; i < m; i++) {
        dst[i] = *p;
        rem += r;
        if (rem >= out_rate) {
            rem -= out_rate;
            p++;
        }
    }
    const s32 last = buf[end - 1];
    for (size_t i = m; i < n; i++)
        dst[i] = last;
}

/* The n output samples from k0 on: in dst, or straight from the stream's
   buffer at its own rate; NULL when they all equal *flat. */
static const s32 *resample(const sound_stream *st, int output, u64 k0, u32 out_rate, s32 *dst, size_t n, s32 *flat)
{
    const u32 q = st->rate / out_rate, r = st->rate % out_rate;
    const u64 pos = k0 * st->rate;
    const u64 a = pos / out_rate;
    const bool rendered = q ? (k0 + n) * st->rate / out_rate <= st->generated : st->generated > st->base;
    /* every input is the same value: so is every average (upsampling: the
       last one rendered is in the run too) */
    if (n && a >= st->base && rendered && a >= st->flat_from[output] && st->flat_from[output] < st->generated) {
        *flat = st->flat_val[output];
        return NULL;
    }
    if (a < st->base || !rendered) {
        resample_any(st, st->buf[output], a, (u32)(pos % out_rate), out_rate, dst, n);
        return dst;
    }
    const s32 *src = st->buf[output] + (a - st->base);
    if (q == 1 && r == 0)
        return src;
    if (r == 0)
        resample_whole(src, q, dst, n);
    else if (q)
        resample_down(src, q, r, (u32)(pos % out_rate), out_rate, dst, n);
    else
        resample_up(st->buf[output], (size_t)(a - st->base), (size_t)(st->generated - st->base), r,
                    (u32)(pos % out_rate), out_rate, dst, n);
    return dst;
}

static int route_stages(const sound_route *r)
{
    int n = 0;
    while (n < ROUTE_MAX_FILTERS && r->filter[n].type != RC_NONE)
        n++;
    return n;
}

static int add_route(mixer *mx, sound_stream *st, int output, const sound_route *r, char *err, size_t errlen)
{
    if (mx->num_routes == MIXER_MAX_ROUTES) {
        snprintf(err, errlen, "%s: too many sound routes", st->dev->tag);
        return -1;
    }
    /* keep the routes of one stream output together: it is resampled once */
    int at = mx->num_routes;
    while (at > 0 && mx->routes[at - 1].stream == st && mx->routes[at - 1].output > output)
        at--;
    memmove(&mx->routes[at + 1], &mx->routes[at], (size_t)(mx->num_routes - at) * sizeof(mixer_route));
    mx->num_routes++;
    mixer_route *mr = &mx->routes[at];
    *mr = (mixer_route){ .stream = st, .output = output, .target = r->target, .gain = r->gain,
                         .stages = route_stages(r) };
    for (int i = 0; i < mr->stages; i++)
        rc_stage_set(&mr->stage[i], &r->filter[i], mx->out_rate);
    mx->mono = true;
    for (int i = 0; i < mx->num_routes; i++)
        mx->mono &= mx->routes[i].target == SPEAKER_BOTH;
    return 0;
}

int mixer_add_routes(mixer *mx, sound_stream *st, const sound_route *routes, char *err, size_t errlen)
{
    if (!routes || !routes->target) {
        snprintf(err, errlen, "%s: sound device without a route", st->dev->tag);
        return -1;
    }
    for (const sound_route *r = routes; r->target; r++) {
        if (r->target > SPEAKER_BOTH || r->output < ALL_OUTPUTS || r->output >= st->outputs) {
            snprintf(err, errlen, "%s: route to output %d or speaker %d does not exist", st->dev->tag, r->output,
                     r->target);
            return -1;
        }
        for (int i = 0; i < ROUTE_MAX_FILTERS; i++)
            if (!rc_filter_valid(&r->filter[i]) || (i > route_stages(r) && r->filter[i].type != RC_NONE)) {
                snprintf(err, errlen, "%s: invalid filter stage %d on a route", st->dev->tag, i);
                return -1;
            }
        int first = r->output == ALL_OUTPUTS ? 0 : r->output;
        int last = r->output == ALL_OUTPUTS ? st->outputs - 1 : r->output;
        for (int o = first; o <= last; o++)
            if (add_route(mx, st, o, r, err, errlen))
                return -1;
    }
    return 0;
}

void mixer_begin_frame(mixer *mx)
{
    mx->out_len = 0;
}

static bool mixer_reserve(mixer *mx, size_t frames)
{
    if (mx->out_len + frames > mx->out_cap) {
        size_t cap = (mx->out_len + frames) * 2;
        s16 *nb = realloc(mx->out, cap * 2 * sizeof(s16));
        if (!nb)
            return false;
        mx->out = nb;
        mx->out_cap = cap;
    }
    if (frames > mx->tmp_cap) {
        s32 *t = realloc(mx->tmp, frames * sizeof(s32));
        if (t)
            mx->tmp = t;
        s32 *f = realloc(mx->filtered, frames * sizeof(s32));
        if (f)
            mx->filtered = f;
        s64 *a = realloc(mx->acc, frames * 2 * sizeof(s64));
        if (a)
            mx->acc = a;
        s32 *a32 = realloc(mx->acc32, frames * sizeof(s32));
        if (a32)
            mx->acc32 = a32;
        if (!t || !f || !a || !a32)
            return false;
        mx->tmp_cap = frames;
    }
    return true;
}

static s64 scaled(s32 x, s64 gain)
{
    return (s64)x * gain >> 8;
}

static s16 clamp16(s64 v)
{
    return (s16)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
}

/* acc[i] (+)= src[i] at gain; inlined with gain 256 a constant. */
static inline __attribute__((always_inline)) void acc_add(s64 *restrict acc, const s32 *restrict src, s64 gain,
                                                          size_t n, bool store)
{
    if (store)
        for (size_t i = 0; i < n; i++)
            acc[i] = scaled(src[i], gain);
    else
        for (size_t i = 0; i < n; i++)
            acc[i] += scaled(src[i], gain);
}

static void acc_mono(s64 *acc, const s32 *src, s64 gain, size_t n, bool store)
{
    if (gain == 256 && store)
        acc_add(acc, src, 256, n, true);
    else if (gain == 256)
        acc_add(acc, src, 256, n, false);
    else if (store)
        acc_add(acc, src, gain, n, true);
    else
        acc_add(acc, src, gain, n, false);
}

/* scaled() in 32 bits, wrapping: exact while |x| * gain < 2^31. */
static inline s32 scaled32(s32 x, s32 gain)
{
    return gain == 256 ? x : (s32)((u32)x * (u32)gain) >> 8;
}

/* The same as acc_add with 32-bit sums, wrapping; returns the OR of every
   x ^ (x >> 31): below 2^30 / gain, each input is within +-2^30 / gain,
   so each term was exact and within +-2^22, and a sum of
   MIXER_MAX_ROUTES of them cannot overflow. */
static inline __attribute__((always_inline)) u32 acc32_add(s32 *restrict acc, const s32 *restrict src, s32 gain,
                                                           size_t n, bool store)
{
    u32 bits = 0;
    for (size_t i = 0; i < n; i++) {
        s32 x = src[i];
        bits |= (u32)(x ^ (x >> 31));
        s32 y = scaled32(x, gain);
        acc[i] = store ? y : (s32)((u32)acc[i] + (u32)y);
    }
    return bits;
}

static u32 acc32_mono(s32 *acc, const s32 *src, s32 gain, size_t n, bool store)
{
    if (gain == 256 && store)
        return acc32_add(acc, src, 256, n, true);
    if (gain == 256)
        return acc32_add(acc, src, 256, n, false);
    if (store)
        return acc32_add(acc, src, gain, n, true);
    return acc32_add(acc, src, gain, n, false);
}

/* Adds n samples at gain to the left and/or right side of stereo acc. */
static void acc_stereo(s64 *acc, u8 target, const s32 *src, s64 gain, size_t n)
{
    if (target == SPEAKER_BOTH) {
        for (size_t i = 0; i < n; i++) {
            s64 v = scaled(src[i], gain);
            acc[2 * i] += v;
            acc[2 * i + 1] += v;
        }
        return;
    }
    acc += target == SPEAKER_RIGHT;
    for (size_t i = 0; i < n; i++)
        acc[2 * i] += scaled(src[i], gain);
}

static void out_fill(s16 *out, s16 l, s16 r, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = l;
        out[2 * i + 1] = r;
    }
}

static void out_mono_acc(s16 *restrict out, const s64 *restrict acc, s64 off, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[2 * i] = out[2 * i + 1] = clamp16(acc[i] + off);
}

/* out[2i] = out[2i + 1] = v[i] saturated to 16 bits (clamp16). */
static void out_pack(s16 *restrict out, const s32 *restrict v, size_t n)
{
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 8 <= n; i += 8) {
        __m128i p = _mm_packs_epi32(_mm_loadu_si128((const __m128i *)(v + i)),
                                    _mm_loadu_si128((const __m128i *)(v + i + 4)));
        _mm_storeu_si128((__m128i *)(out + 2 * i), _mm_unpacklo_epi16(p, p));
        _mm_storeu_si128((__m128i *)(out + 2 * i + 8), _mm_unpackhi_epi16(p, p));
    }
#endif
    for (; i < n; i++)
        out[2 * i] = out[2 * i + 1] = clamp16(v[i]);
}

#define MIX_OFF_LIMIT (1 << 20) /* the constant part, for the 32-bit paths */

static bool route_filtered(const mixer_route *r)
{
    for (int i = 0; i < r->stages; i++)
        if (r->stage[i].k)
            return true;
    return false;
}

/* The route's filter stages run over its n samples (src, or *flat when
   NULL), into mx->filtered; NULL, with *flat the output, while constant
   samples leave the stages as they are. */
static const s32 *route_filter(mixer *mx, mixer_route *r, const s32 *src, s32 *flat, size_t n)
{
    int i = 0;
    if (src) {
        memcpy(mx->filtered, src, n * sizeof(s32));
    } else {
        while (i < r->stages && rc_stage_settled(&r->stage[i], *flat, flat))
            i++;
        if (i == r->stages)
            return NULL;
        rc_stage_run_const(&r->stage[i++], *flat, mx->filtered, n);
    }
    for (; i < r->stages; i++)
        rc_stage_run(&r->stage[i], mx->filtered, n);
    return mx->filtered;
}

/* One frame's routes summed: routes whose samples all equal one value add
   a constant (off). With one side (mono), the first route with samples
   waits in pend, to go straight to the output if it is the only one, at
   gain 1 and with nothing constant; the sums are kept in 32 bits
   (mx->acc32) while they fit. */
enum { HELD_NONE, HELD_32, HELD_64 };

typedef struct mix_sum {
    s64 off[2];
    int held;           /* what mx->acc32 or mx->acc holds */
    const s32 *pend;
    s64 pend_gain;
} mix_sum;

static void widen(mixer *mx, mix_sum *ms, size_t n)
{
    if (ms->held == HELD_32)
        for (size_t i = 0; i < n; i++)
            mx->acc[i] = mx->acc32[i];
    if (ms->held != HELD_NONE)
        ms->held = HELD_64;
}

static void add_mono(mixer *mx, mix_sum *ms, const s32 *src, s64 gain, size_t n)
{
    if (ms->held != HELD_64) {
        const bool store = ms->held == HELD_NONE;
        if (acc32_mono(mx->acc32, src, (s32)gain, n, store) < (1u << 30) / (u32)gain) {
            ms->held = HELD_32;
            return;
        }
        if (!store) /* too loud for 32 bits: taken back, added in 64 */
            for (size_t i = 0; i < n; i++)
                mx->acc32[i] = (s32)((u32)mx->acc32[i] - (u32)scaled32(src[i], (s32)gain));
        widen(mx, ms, n);
        acc_mono(mx->acc, src, gain, n, store);
        ms->held = HELD_64;
        return;
    }
    acc_mono(mx->acc, src, gain, n, false);
}

static void flush_pending(mixer *mx, mix_sum *ms, size_t n)
{
    if (!ms->pend)
        return;
    add_mono(mx, ms, ms->pend, ms->pend_gain, n);
    ms->pend = NULL;
}

static void sum_route(mixer *mx, mix_sum *ms, const mixer_route *r, const s32 *src, s32 flat, size_t n)
{
    const s64 gain = r->gain;
    if (!src || !gain) {
        s64 v = src ? 0 : scaled(flat, gain);
        ms->off[0] += r->target != SPEAKER_RIGHT || mx->mono ? v : 0;
        ms->off[1] += r->target != SPEAKER_LEFT && !mx->mono ? v : 0;
    } else if (!mx->mono) {
        acc_stereo(mx->acc, r->target, src, gain, n);
    } else if (ms->held == HELD_NONE && !ms->pend) {
        ms->pend = src;
        ms->pend_gain = gain;
    } else {
        flush_pending(mx, ms, n);
        add_mono(mx, ms, src, gain, n);
    }
}

static void mix_out(mixer *mx, mix_sum *ms, size_t n)
{
    s16 *out = mx->out + 2 * mx->out_len;
    const s64 off = ms->off[0];
    if (!mx->mono) {
        for (size_t i = 0; i < n; i++) {
            out[2 * i] = clamp16(mx->acc[2 * i] + off);
            out[2 * i + 1] = clamp16(mx->acc[2 * i + 1] + ms->off[1]);
        }
        return;
    }
    if (ms->pend && ms->pend_gain == 256 && !off) {
        out_pack(out, ms->pend, n);
        return;
    }
    flush_pending(mx, ms, n);
    if (ms->held == HELD_NONE) {
        out_fill(out, clamp16(off), clamp16(off), n);
    } else if (ms->held == HELD_32 && off >= -MIX_OFF_LIMIT && off <= MIX_OFF_LIMIT) {
        if (off)
            for (size_t i = 0; i < n; i++)
                mx->acc32[i] += (s32)off;
        out_pack(out, mx->acc32, n);
    } else {
        widen(mx, ms, n);
        out_mono_acc(out, mx->acc, off, n);
    }
}

static void mix_routes(mixer *mx, size_t n)
{
    mix_sum ms = { { 0, 0 }, HELD_NONE, NULL, 0 };
    if (!mx->mono)
        memset(mx->acc, 0, n * 2 * sizeof(s64));
    const s32 *src = NULL;
    s32 flat = 0;
    for (int i = 0; i < mx->num_routes; i++) {
        mixer_route *r = &mx->routes[i];
        bool same = i > 0 && mx->routes[i - 1].stream == r->stream && mx->routes[i - 1].output == r->output;
        bool filtered = route_filtered(r);
        if ((!same || filtered) && (ms.pend == mx->tmp || ms.pend == mx->filtered))
            flush_pending(mx, &ms, n); /* about to be overwritten */
        if (!same)
            src = resample(r->stream, r->output, mx->out_done, mx->out_rate, mx->tmp, n, &flat);
        s32 route_flat = flat;
        const s32 *in = filtered ? route_filter(mx, r, src, &route_flat, n) : src;
        sum_route(mx, &ms, r, in, route_flat, n);
    }
    mix_out(mx, &ms, n);
}

int mixer_update(mixer *mx, sound_stream *const *streams, int count, emu_time now)
{
    u64 target = et_to_cycles(now, mx->out_rate);
    size_t n = target > mx->out_done ? (size_t)(target - mx->out_done) : 0;
    if (!mixer_reserve(mx, n))
        return -1;
    for (int s = 0; s < count; s++)
        stream_update(streams[s], now);
    for (int s = 0; s < count; s++)
        if (streams[s]->worker)
            sound_worker_sync(streams[s]->worker);
    if (n)
        mix_routes(mx, n);
    mx->out_done = target;
    mx->out_len += n;
    for (int s = 0; s < count; s++)
        stream_consume(streams[s], target * streams[s]->rate / mx->out_rate);
    return (int)n;
}

int mixer_route_set_filter(mixer *mx, mixer_route *r, int stage, const rc_filter *f)
{
    if (stage < 0 || stage >= r->stages || f->type == RC_NONE || !rc_filter_valid(f))
        return -1;
    rc_stage_set(&r->stage[stage], f, mx->out_rate);
    return 0;
}

void mixer_free(mixer *mx)
{
    free(mx->out);
    free(mx->tmp);
    free(mx->filtered);
    free(mx->acc);
    free(mx->acc32);
    memset(mx, 0, sizeof(*mx));
}
