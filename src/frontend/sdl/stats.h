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
/* Prints and restarts when the period is over. */
void stats_report(run_stats *s, double host, double emu, double ratio, bool audio);

#endif
