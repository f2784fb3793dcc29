/* With -verbose, a line every few seconds: emulation speed, frames drawn
   and skipped, audio queue level and the dynamic rate factor. */
#ifndef CABINET_SDL_STATS_H
#define CABINET_SDL_STATS_H

#include "util/types.h"

typedef struct run_stats {
    double start_host, start_emu;
    u64 drawn, skipped;
    double queue_min, queue_max;
} run_stats;

void stats_reset(run_stats *s, double host, double emu);
void stats_frame(run_stats *s, bool drawn, double queue);
/* F11's line ("Speed 100.0%  60.6 fps  skipped 0  underruns 0") over the
   last period seconds: written to out, and the counts restarted, once the
   period is over; false before. */
bool stats_text(run_stats *s, double host, double emu, double period, u64 underruns, char *out, size_t len);
/* Prints and restarts when the period is over. */
void stats_report(run_stats *s, double host, double emu, double ratio, bool audio);

#endif
