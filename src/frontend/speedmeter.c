#include "frontend/speedmeter.h"

#include <string.h>

enum { SKIPPED_PERIODS = 3 };

void speed_meter_init(speed_meter *s)
{
    memset(s, 0, sizeof(*s));
}

void speed_meter_frame(speed_meter *s, emu_time emu, double host)
{
    if (!s->started) {
        s->started = true;
        s->last_host = host;
        s->last_emu = emu;
        return;
    }
    emu_time quarter = { 0, ATTO_PER_SEC / 4 };
    emu_time delta = et_sub(emu, s->last_emu);
    if (et_cmp(delta, quarter) <= 0)
        return;
    if (++s->periods > SKIPPED_PERIODS) {
        s->host_total += host - s->last_host;
        s->emu_total = et_add(s->emu_total, delta);
    }
    s->last_host = host;
    s->last_emu = emu;
}

double speed_meter_percent(const speed_meter *s)
{
    double emu = (double)s->emu_total.sec + (double)s->emu_total.atto / (double)ATTO_PER_SEC;
    return s->host_total > 0 ? 100.0 * emu / s->host_total : 0.0;
}

int speed_meter_seconds(const speed_meter *s)
{
    return (int)(s->emu_total.sec + (s->emu_total.atto >= ATTO_PER_SEC / 2));
}
