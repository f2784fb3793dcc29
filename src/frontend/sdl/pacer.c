#include "frontend/sdl/pacer.h"

double host_now(void)
{
    return (double)SDL_GetPerformanceCounter() / (double)SDL_GetPerformanceFrequency();
}

void pacer_init(pacer *p, double period)
{
    p->period = period;
    pacer_reset(p);
}

void pacer_reset(pacer *p)
{
    p->next = host_now();
}

bool pacer_wait(pacer *p, double speed)
{
    p->next += p->period / speed;
    double now = host_now();
    /* More than a quarter second late: start over rather than race. */
    if (now > p->next + 0.25) {
        p->next = now;
        return false;
    }
    if (now > p->next)
        return now > p->next + p->period;
    /* Sleep most of the wait, then spin the last millisecond for accuracy. */
    double wait = p->next - now;
    if (wait > 0.002)
        SDL_Delay((Uint32)((wait - 0.001) * 1000.0));
    while (host_now() < p->next)
        ;
    return false;
}
