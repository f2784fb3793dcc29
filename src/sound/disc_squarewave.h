/* A square wave of fixed frequency and duty cycle (MAME's DISCRETE_SQUAREWFIX):
   the time left in the current half-period is counted down one output
   sample at a time, so the edges fall on sample boundaries exactly as MAME
   0.251 places them. The wave keeps running while its output is disabled. */
#ifndef CABINET_DISC_SQUAREWAVE_H
#define CABINET_DISC_SQUAREWAVE_H

#include <stdbool.h>

#include "emu/state.h"

typedef struct disc_squarewfix {
    double t_on, t_off, step, t_left;
    bool high;
} disc_squarewfix;

/* freq in Hz, duty in percent, phase in degrees; rate: samples per second. */
void disc_squarewfix_init(disc_squarewfix *w, double freq, double duty, double phase, double rate);
/* Advances one sample; true while the wave is high. */
bool disc_squarewfix_step(disc_squarewfix *w);
void disc_squarewfix_serialize(disc_squarewfix *w, state_io *io);

#endif
