/* Input latency probe: after a game key press, counts the frames until
   the top of the picture changes (the cabz80 test board shows IN0 there)
   and, with -verbose, prints the count. */
#ifndef CABINET_SDL_LATENCY_H
#define CABINET_SDL_LATENCY_H

#include "emu/machine.h"

#define PROBE_LINES 4
#define PROBE_MAX_W 1024

typedef struct latency_probe {
    bool armed;
    u64 press_frame;      /* frames completed when the key went down */
    int w;
    u32 top[PROBE_LINES * PROBE_MAX_W];
    const u32 *shown;     /* the picture the player sees, if not the machine's (-runahead) */
} latency_probe;

void latency_arm(latency_probe *p, const machine_t *m);
/* Call after each frame; returns the latency in frames once seen, else 0. */
int latency_check(latency_probe *p, const machine_t *m);

#endif
