/* et_clock (emu/emutime.h): the multiply-only conversion from a clock's
   cycles to emulated time gives exactly et_from_cycles, and its division
   exactly n / hz, for the boards' clocks, powers of two, the range's ends
   and pseudo-random clocks, on cycle counts at and around whole seconds,
   the 64-bit limits and pseudo-random ones; et_to_cycles (multiply-only
   for clocks up to 2^33) against the 128-bit division, at times on and
   next to cycle edges and pseudo-random ones. */
#include <stdio.h>

#include "emu/emutime.h"
#include "../check.h"

static u64 next(u64 *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

static int check_clock(u64 hz, u64 *seed)
{
    et_clock c;
    et_clock_init(&c, hz);
    int bad = 0;
    u64 fixed[] = { 0, 1, hz - 1, hz, hz + 1, 2 * hz - 1, 1000 * hz, 1000 * hz - 1, UINT64_MAX, UINT64_MAX - 1,
                    UINT64_MAX / hz * hz, UINT64_MAX / hz * hz - 1, (u64)1 << 63, ((u64)1 << 63) - 1 };
    for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]) + 20000; i++) {
        u64 n = i < sizeof(fixed) / sizeof(fixed[0]) ? fixed[i] : next(seed) >> (next(seed) % 64);
        emu_time want = et_from_cycles(n, hz), got = et_clock_time(&c, n);
        if (et_cmp(want, got) != 0) {
            if (bad++ < 3)
                printf("hz %llu cycles %llu: %llu.%018llu, et_from_cycles %llu.%018llu\n", (unsigned long long)hz,
                       (unsigned long long)n, (unsigned long long)got.sec, (unsigned long long)got.atto,
                       (unsigned long long)want.sec, (unsigned long long)want.atto);
        }
        if (c.fast && et_clock_div(&c, n) != n / hz && bad++ < 3)
            printf("hz %llu: %llu / hz wrong\n", (unsigned long long)hz, (unsigned long long)n);
    }
    return bad;
}

/* floor(t * hz) the long way */
static u64 ref_to_cycles(emu_time t, u64 hz)
{
    return t.sec * hz + (u64)(((unsigned __int128)t.atto * hz) / ATTO_PER_SEC);
}

static int check_to_cycles(u64 hz, u64 *seed)
{
    int bad = 0;
    for (int i = 0; i < 20000; i++) {
        emu_time t;
        if (i < 3) {
            t = (emu_time){ (u64)i, i == 2 ? ATTO_PER_SEC - 1 : 0 };
        } else if (i % 2) {
            /* on a cycle's edge, and an attosecond either side */
            u64 n = next(seed) % (hz * 1000 + 1);
            t = et_add(et_from_cycles(n, hz), (emu_time){ 0, (u64)(i % 3) });
            if (i % 4 == 1 && (t.sec || t.atto))
                t = et_sub(t, (emu_time){ 0, 1 });
        } else {
            t = (emu_time){ next(seed) % 100000, next(seed) % ATTO_PER_SEC };
        }
        u64 want = ref_to_cycles(t, hz), got = et_to_cycles(t, hz);
        if (want != got && bad++ < 3)
            printf("hz %llu at %llu.%018llu: %llu cycles, want %llu\n", (unsigned long long)hz,
                   (unsigned long long)t.sec, (unsigned long long)t.atto, (unsigned long long)got,
                   (unsigned long long)want);
    }
    return bad;
}

int main(void)
{
    static const u64 clocks[] = { 3072000, 1789772, 3579545, 894886, 1512000, 6000000, 1250000, 6144000, 4000000,
                                  60000, 48000, 2, 3, 5, 7, 1024, (u64)1 << 31, ((u64)1 << 32) - 1, (u64)1 << 32,
                                  ((u64)1 << 31) + 1, 1, ((u64)1 << 32) + 1, 1000000007ull * 1000 };
    u64 seed = 0x9e3779b97f4a7c15ull;
    for (size_t i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++)
        CHECK(check_clock(clocks[i], &seed) == 0, "clock %llu Hz", (unsigned long long)clocks[i]);
    for (int i = 0; i < 300; i++) {
        u64 hz = 2 + next(&seed) % (((u64)1 << (1 + i % 32)) - 1);
        CHECK(check_clock(hz, &seed) == 0, "clock %llu Hz", (unsigned long long)hz);
    }
    static const u64 to_clocks[] = { 3072000, 6144000, 1789772, 1000000, 48000, 1, 2, 3, 999999937, (u64)1 << 32,
                                     ((u64)1 << 33) - 1, (u64)1 << 33, ((u64)1 << 33) + 1 };
    for (size_t i = 0; i < sizeof(to_clocks) / sizeof(to_clocks[0]); i++)
        CHECK(check_to_cycles(to_clocks[i], &seed) == 0, "to_cycles %llu Hz", (unsigned long long)to_clocks[i]);
    for (int i = 0; i < 300; i++) {
        u64 hz = 1 + next(&seed) % (((u64)1 << (1 + i % 33)));
        CHECK(check_to_cycles(hz, &seed) == 0, "to_cycles %llu Hz", (unsigned long long)hz);
    }
    et_clock c;
    et_clock_init(&c, 3072000);
    CHECK(c.fast, "3.072 MHz takes the multiply path");
    et_clock_init(&c, 1);
    CHECK(!c.fast, "1 Hz falls back");
    return check_report("test_emutime");
}
