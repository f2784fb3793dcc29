/* HC55516 unit test: the integer decoder stepped by hand from reset (the
   syllabic filter at rest, a 1 stepping the integrator down on the falling
   edge and the rising edge leaking it back, three agreeing bits charging
   the syllabic filter), the 16-bit output, saturation freezing the
   integrator, an alternating stream staying at the smallest step. */
#include "sound/hc55516.h"
#include "../check.h"

static void clock_bit(hc55516_t *h, int bit)
{
    h->bit = (u8)bit;
    hc55516_step(h, 1);
    h->last_clock = 1;
    hc55516_step(h, 0);
    h->last_clock = 0;
}

int main(void)
{
    hc55516_t h = { 0 };
    hc55516_reset_state(&h);
    CHECK_EQ("syllabic filter at reset", 0x3f, h.sylfilter);
    h.bit = 1;
    hc55516_step(&h, 1);
    h.last_clock = 1;
    CHECK_EQ("rising edge, no coincidence: syllabic filter stays at its floor", 0x3f, h.sylfilter);
    CHECK_EQ("rising edge: leak of 0 is 0", 0, h.intfilter);
    CHECK_EQ("output for 0", 0x20, h.sample);
    hc55516_step(&h, 0);
    h.last_clock = 0;
    CHECK_EQ("falling edge after a 1: down by the minimum step 2", -2, h.intfilter);
    CHECK_EQ("output for -2", -97, h.sample);
    clock_bit(&h, 1);
    CHECK_EQ("leak +1 then -2", -3, h.intfilter);
    CHECK_EQ("two 1s: no coincidence yet", 0x3f, h.sylfilter);
    clock_bit(&h, 1);
    CHECK_EQ("three 1s: the syllabic filter charges", 0x7e, h.sylfilter);
    CHECK_EQ("integrator", -4, h.intfilter);
    /* a long run of 1s saturates: the integrator freezes at its limit */
    for (int i = 0; i < 400; i++)
        clock_bit(&h, 1);
    CHECK(h.intfilter <= -0x180 && h.intfilter >= -0x200, "saturated low, got %d", (int)h.intfilter);
    s32 frozen = h.intfilter, syl = h.sylfilter;
    clock_bit(&h, 1);
    CHECK_EQ("frozen integrator", frozen, h.intfilter);
    CHECK_EQ("frozen syllabic filter", syl, h.sylfilter);
    clock_bit(&h, 0);
    CHECK(h.intfilter > frozen, "a 0 moves it up again (%d)", (int)h.intfilter);
    /* alternating bits: the syllabic filter decays back to its floor */
    for (int i = 0; i < 400; i++)
        clock_bit(&h, i & 1);
    CHECK_EQ("alternating: floor", 0x3f, h.sylfilter);
    CHECK(h.intfilter >= -8 && h.intfilter <= 8, "alternating: near 0, got %d", (int)h.intfilter);
    return check_report("test_hc55516");
}
