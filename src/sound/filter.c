#include "sound/filter.h"

typedef unsigned __int128 u128;
typedef __int128 s128;

#define ONE_Q62 ((u64)1 << 62)
#define MAX_OHMS 100000000u /* 100 MOhm keeps R*C*rate well inside 128 bits */

/* exp(-f) for 0 <= f <= 1 (Q62 in and out): the alternating Taylor series,
   whose terms shrink below one unit by the 25th. */
static u64 exp_neg_unit(u64 f)
{
    u128 term = ONE_Q62;
    s128 sum = (s128)term;
    for (unsigned i = 1; i < 40 && term; i++) {
        term = term * f >> 62;
        term /= i;
        sum += i & 1 ? -(s128)term : (s128)term;
    }
    return sum < 0 ? 0 : (u64)sum;
}

/* exp(-x), x in Q32 (below 64), result in Q62. */
static u64 exp_neg(u64 x)
{
    u64 e = exp_neg_unit((x & 0xffffffffu) << 30);
    u64 e1 = exp_neg_unit(ONE_Q62);
    for (u64 n = x >> 32; n; n--)
        e = (u64)((u128)e * e1 >> 62);
    return e;
}

bool rc_filter_valid(const rc_filter *f)
{
    return f->type <= RC_HIGHPASS && f->r1 <= MAX_OHMS && f->r2 <= MAX_OHMS && f->r3 <= MAX_OHMS;
}

s32 rc_coefficient(const rc_filter *f, u32 rate)
{
    const s32 one = 1 << RC_K_BITS;
    if (f->type == RC_NONE || !rc_filter_valid(f))
        return 0;
    if (f->c == 0 || rate == 0)
        return f->type == RC_HIGHPASS ? 0 : one; /* off: the output is the input */
    /* R = num_r / den_r ohms; 1 / (R C rate) with C in pF = 1e12 den_r / (num_r C rate) */
    u64 num_r = f->r1, den_r = 1;
    if (f->type == RC_LOWPASS_3R) {
        num_r = (u64)f->r1 * ((u64)f->r2 + f->r3);
        den_r = (u64)f->r1 + f->r2 + f->r3;
    }
    if (num_r == 0)
        return one; /* no resistance: the capacitor follows at once */
    u128 den = (u128)num_r * f->c * rate;
    u128 x = ((u128)1000000000000u * den_r << 32) / den;
    if (x >= (u128)64 << 32)
        return one; /* exp(-64) is far below the coefficient's resolution */
    u64 e = exp_neg((u64)x);
    const int drop = 62 - RC_K_BITS;
    s32 k = (s32)((ONE_Q62 - e + ((u64)1 << (drop - 1))) >> drop);
    return k < 1 ? 1 : k;
}

void rc_stage_set(rc_stage *s, const rc_filter *f, u32 rate)
{
    s->cfg = *f;
    s->k = rc_coefficient(f, rate);
    if (!s->k)
        s->mem = 0;
}

static s64 clamp_in(s32 v)
{
    return v > RC_IN_LIMIT ? RC_IN_LIMIT : v < -RC_IN_LIMIT ? -RC_IN_LIMIT : v;
}

enum { BUF_CONST, BUF_WITHIN, BUF_OVER };

/* Whether the buffer (n > 0) holds one value, or else is within the input
   limit (over: some x ^ (x >> 31) >= the limit, which also counts the
   limit itself as over: that only picks the clamping loop) */
static int buf_kind(const s32 *buf, size_t n)
{
    const s32 b0 = buf[0];
    u32 diff = 0, mag = 0;
    for (size_t i = 0; i < n; i++) {
        diff |= (u32)(buf[i] ^ b0);
        mag |= (u32)(buf[i] ^ (buf[i] >> 31));
    }
    return !diff ? BUF_CONST : mag >= RC_IN_LIMIT ? BUF_OVER : BUF_WITHIN;
}

/* Memory in Q12 and k in Q24 keep (x - y) * k within 60 bits; rounding
   (not truncation) lets y settle within a fraction of a sample of x. The
   loops are inlined with and without the input clamp (a buffer within the
   limit, the usual case, skips it per sample). */
static inline __attribute__((always_inline)) s64 run_loop(s32 *buf, size_t n, s64 k, s64 mem, bool highpass,
                                                          bool clamp)
{
    const s64 half_k = (s64)1 << (RC_K_BITS - 1), half_m = (s64)1 << (RC_MEM_BITS - 1);
    for (size_t i = 0; i < n; i++) {
        s64 x = (clamp ? clamp_in(buf[i]) : buf[i]) * ((s64)1 << RC_MEM_BITS);
        if (highpass) {
            buf[i] = (s32)((x - mem + half_m) >> RC_MEM_BITS);
            mem += ((x - mem) * k + half_k) >> RC_K_BITS;
        } else {
            mem += ((x - mem) * k + half_k) >> RC_K_BITS;
            buf[i] = (s32)((mem + half_m) >> RC_MEM_BITS);
        }
    }
    return mem;
}

#define RC_HALF_K ((s64)1 << (RC_K_BITS - 1))
#define RC_HALF_M ((s64)1 << (RC_MEM_BITS - 1))

/* floor(a / b), b > 0 */
static s64 floor_div(s64 a, s64 b)
{
    s64 q = a / b;
    return q - (a % b < 0);
}

/* How many steps from e = x - mem (stepping by -d) keep the step d: while
   e * k + 1/2 stays within [d, d + 1) in Q24. */
static s64 steps_alike(s64 e, s64 d, s64 k)
{
    const s64 one = (s64)1 << RC_K_BITS;
    if (d > 0)
        return floor_div(e + floor_div(RC_HALF_K - d * one, k), d) + 1; /* e >= ceil((d one - 1/2) / k) */
    return floor_div(floor_div(d * one + one - 1 - RC_HALF_K, k) - e, -d) + 1;
}

/* A constant input x: the same recursion, until a step leaves the memory
   unchanged; from there every sample is the same (a silent or held
   channel costs nothing once its filters have settled). While the step
   is small against 1 / k, it stays the same for many samples: those are
   written as a straight line. buf holds x already when filled. */
static s64 run_const(s32 *buf, size_t n, s64 k, s64 mem, bool highpass, s32 xin, bool filled)
{
    const s64 x = clamp_in(xin) * ((s64)1 << RC_MEM_BITS);
    size_t i = 0;
    while (i < n) {
        s64 d = ((x - mem) * k + RC_HALF_K) >> RC_K_BITS;
        if (!d)
            break;
        size_t m = 1;
        if ((u64)(d < 0 ? -d : d) * (u64)k < ((u64)1 << RC_K_BITS) / 8) {
            s64 steps = steps_alike(x - mem, d, k);
            m = steps < (s64)(n - i) ? (size_t)steps : n - i;
        }
        s64 v = (highpass ? x - mem : mem + d) + RC_HALF_M;
        const s64 dv = highpass ? -d : d;
        for (size_t j = 0; j < m; j++, v += dv)
            buf[i + j] = (s32)(v >> RC_MEM_BITS);
        mem += (s64)m * d;
        i += m;
    }
    if (i < n) {
        s32 y = (s32)((highpass ? x - mem + RC_HALF_M : mem + RC_HALF_M) >> RC_MEM_BITS);
        if (y != xin || !filled)
            for (; i < n; i++)
                buf[i] = y;
    }
    return mem;
}

bool rc_stage_settled(const rc_stage *s, s32 x, s32 *y)
{
    if (!s->k) {
        *y = x;
        return true;
    }
    const s64 xm = clamp_in(x) * ((s64)1 << RC_MEM_BITS);
    if (((xm - s->mem) * s->k + RC_HALF_K) >> RC_K_BITS)
        return false;
    *y = (s32)(((s->cfg.type == RC_HIGHPASS ? xm - s->mem : s->mem) + RC_HALF_M) >> RC_MEM_BITS);
    return true;
}

void rc_stage_run_const(rc_stage *s, s32 x, s32 *buf, size_t n)
{
    if (!s->k) {
        for (size_t i = 0; i < n; i++)
            buf[i] = x;
        return;
    }
    s->mem = run_const(buf, n, s->k, s->mem, s->cfg.type == RC_HIGHPASS, x, false);
}

void rc_stage_run(rc_stage *s, s32 *buf, size_t n)
{
    const s64 k = s->k;
    if (!k || !n)
        return;
    bool hp = s->cfg.type == RC_HIGHPASS;
    int kind = buf_kind(buf, n);
    if (kind == BUF_CONST)
        s->mem = run_const(buf, n, k, s->mem, hp, buf[0], true);
    else if (kind == BUF_WITHIN)
        s->mem = hp ? run_loop(buf, n, k, s->mem, true, false) : run_loop(buf, n, k, s->mem, false, false);
    else
        s->mem = hp ? run_loop(buf, n, k, s->mem, true, true) : run_loop(buf, n, k, s->mem, false, true);
}
