/* A note generator (MAME's DISCRETE_NOTE with a frequency clock): a
   counter loaded with the data value counts clock pulses up to max1, then
   reloads and steps a second counter 0..max2, whose value is the output.
   Data equal to max1 stops the counting (a rest). The clock keeps its
   fractional phase from one output sample to the next. */
#ifndef CABINET_DISC_NOTE_H
#define CABINET_DISC_NOTE_H

#include "emu/state.h"

typedef struct disc_note {
    double t_clock, t_sample, t_left;
    int max1, max2;
    int count1, count2;
} disc_note;

void disc_note_init(disc_note *n, double clock_hz, int data, int max1, int max2, double rate);
/* One output sample with the data input `data`; returns count2. */
int disc_note_step(disc_note *n, int data);
void disc_note_serialize(disc_note *n, state_io *io);

#endif
