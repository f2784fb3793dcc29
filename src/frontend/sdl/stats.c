#include "frontend/sdl/stats.h"

#include <stdio.h>

#define STATS_PERIOD 5.0

void stats_reset(run_stats *s, double host, double emu)
{
    s->start_host = host;
    s->start_emu = emu;
    s->drawn = s->skipped = 0;
    s->queue_min = 1e9;
    s->queue_max = 0;
}

void stats_frame(run_stats *s, bool drawn, double queue)
{
    if (drawn)
        s->drawn++;
    else
        s->skipped++;
    if (queue < s->queue_min)
        s->queue_min = queue;
    if (queue > s->queue_max)
        s->queue_max = queue;
}

void stats_report(run_stats *s, double host, double emu, double ratio, bool audio)
{
    double dh = host - s->start_host;
    if (dh < STATS_PERIOD)
        return;
    double speed = 100.0 * (emu - s->start_emu) / dh;
    fprintf(stderr, "speed %.2f%%, %.2f frames drawn/s, %llu skipped", speed, (double)s->drawn / dh,
            (unsigned long long)s->skipped);
    if (audio)
        fprintf(stderr, ", audio queue %.1f-%.1f ms, rate x%.5f", s->queue_min * 1e3, s->queue_max * 1e3, ratio);
    fputc('\n', stderr);
    stats_reset(s, host, emu);
}

bool stats_text(run_stats *s, double host, double emu, double period, u64 underruns, char *out, size_t len)
{
    double dh = host - s->start_host;
    if (dh < period)
        return false;
    snprintf(out, len, "Speed %.1f%%  %.1f fps  skipped %llu  underruns %llu", 100.0 * (emu - s->start_emu) / dh,
             (double)s->drawn / dh, (unsigned long long)s->skipped, (unsigned long long)underruns);
    stats_reset(s, host, emu);
    return true;
}
