/* Konami sound board unit test: the pure parts checked against MAME 0.251's
   formulas worked by hand: the 74LS393/93/90 timer byte at chosen sound
   CPU cycle counts (both boards' bit orders, the 40960-clock period), the
   filter capacitors for each pair of latch bits, and the output stage's
   level for a few AY resistances. */
#include "sound/konami_sound.h"
#include "../check.h"

static void test_timer(void)
{
    /* n = 8 x cycles mod 40960 */
    CHECK_EQ("timer at 0", 0x0e, konami_sound_timer_value(0, false));
    CHECK_EQ("bit 4: n bit 11", 0x1e, konami_sound_timer_value(256, false));
    CHECK_EQ("bit 5: n bit 13", 0x2e, konami_sound_timer_value(1024, false));
    CHECK_EQ("bit 6: n bit 14", 0x4e, konami_sound_timer_value(2048, false));
    CHECK_EQ("bit 7: second half", 0x8e, konami_sound_timer_value(2560, false));
    CHECK_EQ("second half, n - 20480 = 18432", 0xde, konami_sound_timer_value(2560 + 2304, false));
    CHECK_EQ("last cycle", 0xde, konami_sound_timer_value(5119, false));
    CHECK_EQ("period 5120 cycles", konami_sound_timer_value(1234, false), konami_sound_timer_value(1234 + 5120 * 77, false));
    /* Frogger: bits 3 and 5 swapped (MAME's bitswap 7,6,3,4,5,2,1,0) */
    CHECK_EQ("frogger at 0", 0x26, konami_sound_timer_value(0, true));
    CHECK_EQ("frogger: bits 5 and 3 both set", 0x2e, konami_sound_timer_value(1024, true));
    CHECK_EQ("frogger: bit 6, bit 3 -> 5", 0x66, konami_sound_timer_value(2048, true));
    CHECK_EQ("frogger bit 4 kept", 0x36, konami_sound_timer_value(256, true));
}

static void test_filters(void)
{
    rc_filter f = konami_sound_filter(0);
    CHECK_EQ("off: no capacitor", 0, f.c);
    CHECK_EQ("low-pass", RC_LOWPASS, f.type);
    CHECK_EQ("R fitted to MAME's netlist", 3700, f.r1);
    CHECK_EQ("bit 0: 0.22 uF", 220000, konami_sound_filter(1).c);
    CHECK_EQ("bit 1: 0.047 uF", 47000, konami_sound_filter(2).c);
    CHECK_EQ("both in parallel", 267000, konami_sound_filter(3).c);
}

static void test_levels(void)
{
    /* -1792.53 x 5 x 32768 / (R + 6000) */
    CHECK_EQ("R = 0", -48947, konami_sound_level(0));
    CHECK_EQ("R = 1000", -41954, konami_sound_level(1000));
    CHECK_EQ("R = 2e9 (off)", 0, konami_sound_level(2000000000));
}

/* Time Pilot's board: /512 then the LS90's bi-quinary count (MAME 0.251
   timeplt_a.cpp), and MAME's LOWPASS_3R of 1k and 5.1k with the capacitors */
static void test_timeplt(void)
{
    static const u8 steps[10] = { 0x00, 0x10, 0x20, 0x30, 0x40, 0x90, 0xa0, 0xb0, 0xa0, 0xd0 };
    for (int i = 0; i < 10; i++) {
        CHECK_EQ("timeplt timer step start", steps[i], konami_sound_timeplt_timer((u64)i * 512));
        CHECK_EQ("timeplt timer step end", steps[i], konami_sound_timeplt_timer((u64)i * 512 + 511));
    }
    CHECK_EQ("timeplt timer period 5120", 0x00, konami_sound_timeplt_timer(5120ull * 1000003));
    rc_filter f = konami_sound_timeplt_filter(0);
    CHECK_EQ("timeplt off", 0, f.c);
    CHECK_EQ("timeplt 3R", RC_LOWPASS_3R, f.type);
    CHECK_EQ("timeplt R1", 1000, f.r1);
    CHECK_EQ("timeplt R2", 5100, f.r2);
    CHECK_EQ("timeplt R3", 0, f.r3);
    CHECK_EQ("timeplt bit 0: 0.22 uF", 220000, konami_sound_timeplt_filter(1).c);
    CHECK_EQ("timeplt bit 1: 0.047 uF", 47000, konami_sound_timeplt_filter(2).c);
    CHECK_EQ("timeplt both", 267000, konami_sound_timeplt_filter(3).c);
}

int main(void)
{
    test_timer();
    test_timeplt();
    test_filters();
    test_levels();
    return check_report("test_konami_sound");
}
