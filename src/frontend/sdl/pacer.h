/* Pacing by the host clock, for runs without sound (-sound none). */
#ifndef CABINET_SDL_PACER_H
#define CABINET_SDL_PACER_H

#include <SDL.h>

#include "util/types.h"

typedef struct pacer {
    double next;     /* host time (s) the next frame is due */
    double period;   /* one emulated frame (s) */
} pacer;

double host_now(void);
void pacer_init(pacer *p, double period);
/* Restarts the schedule from now (after a pause). */
void pacer_reset(pacer *p);
/* Waits until the next frame is due; returns true when running behind
   (the caller may skip drawing that frame). */
bool pacer_wait(pacer *p, double speed);

#endif
