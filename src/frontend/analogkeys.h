/* Keyboard control of analog inputs, as MAME's default decrement/increment
   keys for paddles, analog sticks, trackballs and dials: while a key is
   held the input moves by its PORT_KEYDELTA times its sensitivity (percent)
   each frame; a paddle or stick moved by keys drifts back to its centre at
   the same rate once they are released (MAME's autocentre, PORT_CENTERDELTA
   being PORT_KEYDELTA unless a driver sets it). Kept free of SDL so the
   rule is testable alone; the window maps its keys in sdl/events.c.
   Positional controls (MAME's IPT_POSITIONAL) move by PORT_KEYDELTA x
   sensitivity hundredths of a position a frame, stop at their ends, and do
   not recentre (PORT_CENTERDELTA(0) on every board that has one here). */
#ifndef CABINET_FRONTEND_ANALOGKEYS_H
#define CABINET_FRONTEND_ANALOGKEYS_H

#include "emu/input.h"

#define ANALOG_KEY_PLAYERS 3  /* MAME binds keys for players 1-3 only */

typedef struct analog_keys {
    bool held[ANALOG_KEY_PLAYERS][2][2]; /* [player-1][axis: 0 X/paddle, 1 Y][0 decrement, 1 increment] */
    s32 resid[MAX_FIELDS];               /* movement remainders, hundredths of a unit */
    bool by_keys[MAX_FIELDS];            /* last moved by keys: autocentre applies */
    bool field_held[MAX_FIELDS][2];      /* keys a field names itself (PORT_CODE_DEC/INC) */
    s32 pos_acc[MAX_FIELDS];             /* positional controls: position x 100 from the default */
} analog_keys;

/* Records a key of (player 1-3, axis, direction); false if out of range. */
bool analog_keys_set(analog_keys *a, int player, int axis, int increment, bool down);
/* Once per frame before the inputs latch: moves every analog field of
   `ip` its keys drive. trackball_{sens,kd}: the machine's relative-input
   PORT_SENSITIVITY and PORT_KEYDELTA; global_sens: -sensitivity (percent). */
void analog_keys_frame(analog_keys *a, input_ports *ip, int trackball_sens, int trackball_kd, int global_sens);
/* The field was moved by something else (mouse, controller): no autocentre. */
void analog_keys_moved(analog_keys *a, int field);
/* A positional control moved by `hundredths` of a position (mouse motion
   times its sensitivity), rounded as MAME reads its accumulator. */
void analog_keys_positional_add(analog_keys *a, input_field *f, int field, s32 hundredths);

#endif
