/* The "Average speed" of a -bench run, counted as MAME 0.251 counts it
   (video_manager::recompute_speed): from the end of the first frame, time is
   cut into periods of more than a quarter of an emulated second; the first
   three periods are left out (start-up, caches warming) and so is the part
   of the last period that never completed. Machine creation and ROM loading
   happen before the first frame and never count. */
#ifndef CABINET_SPEEDMETER_H
#define CABINET_SPEEDMETER_H

#include <stdbool.h>

#include "emu/emutime.h"

typedef struct speed_meter {
    bool started;
    int periods;          /* completed periods so far */
    double last_host;     /* host seconds at the start of the current period */
    emu_time last_emu;    /* emulated time at the start of the current period */
    double host_total;    /* counted host seconds */
    emu_time emu_total;   /* counted emulated time */
} speed_meter;

void speed_meter_init(speed_meter *s);
/* After each frame: emulated time now and host seconds now. */
void speed_meter_frame(speed_meter *s, emu_time emu, double host);
/* Percent of real time over the counted periods (0 when none counted). */
double speed_meter_percent(const speed_meter *s);
/* Counted emulated seconds, rounded (MAME prints this in parentheses). */
int speed_meter_seconds(const speed_meter *s);

#endif
