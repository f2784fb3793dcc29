#include "frontend/sdl/latency.h"

#include <string.h>

static size_t probe_pixels(const machine_t *m)
{
    int w = machine_width(m), h = machine_height(m);
    int lines = h < PROBE_LINES ? h : PROBE_LINES;
    return w > PROBE_MAX_W ? 0 : (size_t)w * (size_t)lines;
}

static const u32 *probe_picture(const latency_probe *p, const machine_t *m)
{
    return p->shown ? p->shown : machine_frame(m);
}

void latency_arm(latency_probe *p, const machine_t *m)
{
    if (p->armed)
        return;
    size_t n = probe_pixels(m);
    memcpy(p->top, probe_picture(p, m), n * sizeof(u32));
    p->press_frame = m->frame_number;
    p->armed = n > 0;
}

int latency_check(latency_probe *p, const machine_t *m)
{
    if (!p->armed)
        return 0;
    if (m->frame_number - p->press_frame > 60) {
        p->armed = false;
        return 0;
    }
    if (!memcmp(p->top, probe_picture(p, m), probe_pixels(m) * sizeof(u32)))
        return 0;
    p->armed = false;
    return (int)(m->frame_number - p->press_frame);
}
