/* -bench's Average speed counted as MAME 0.251 counts it: periods of more
   than 1/4 emulated second from the first frame, the first three left out. */
#include <math.h>

#include "check.h"
#include "frontend/speedmeter.h"

/* 60 Hz frames; frames 1-49 take 1 s of host time each (a slow start),
   later ones 5 ms. Returns the meter after `frames` frames. */
static speed_meter run(int frames)
{
    speed_meter s;
    speed_meter_init(&s);
    double host = 0;
    for (int n = 1; n <= frames; n++) {
        host += n <= 49 ? 1.0 : 0.005;
        speed_meter_frame(&s, et_from_ratio((u64)n, 60), host);
    }
    return s;
}

int main(void)
{
    /* periods end at frames 17, 33, 49 (left out), then 65 ... 1793:
       109 counted periods of 16 frames at 1/60 s per 5 ms = 333.33% */
    speed_meter s = run(1800);
    CHECK(fabs(speed_meter_percent(&s) - 100.0 / 60 / 0.005) < 1e-6, "percent %.6f", speed_meter_percent(&s));
    CHECK_EQ("counted seconds (1744/60 rounded)", 29, speed_meter_seconds(&s));
    CHECK_EQ("periods", 112, s.periods);
    /* three periods or fewer: nothing counted */
    s = run(49);
    CHECK_EQ("periods of a short run", 3, s.periods);
    CHECK(speed_meter_percent(&s) == 0.0, "short run percent %.3f", speed_meter_percent(&s));
    CHECK_EQ("short run seconds", 0, speed_meter_seconds(&s));
    /* the first counted period: frames 50-65 */
    s = run(65);
    CHECK(fabs(speed_meter_percent(&s) - 100.0 / 60 / 0.005) < 1e-6, "one period %.6f", speed_meter_percent(&s));
    return check_report("test_speedmeter");
}
