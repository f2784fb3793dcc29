/* Test hook: scripted key events pushed into SDL's queue at given frames,
   so tests drive the real window exactly as a player would. Read from the
   environment variable CABINET_AUTOKEYS as "FRAME:KEY:down|up,..." with
   SDL scancode names ("Up", "F12", "Left Shift", "5"), in order; an event
   for FRAME is seen before frame FRAME+1 runs. "FRAME:MouseX:N" and
   "FRAME:MouseY:N" push a relative mouse motion of N pixels. */
#ifndef CABINET_SDL_AUTOKEYS_H
#define CABINET_SDL_AUTOKEYS_H

#include <SDL.h>

#include "util/types.h"

typedef struct auto_key {
    u64 frame;
    SDL_Scancode key;
    bool down;
    bool mouse;     /* a mouse motion of dx, dy instead of a key */
    int dx, dy;
} auto_key;

typedef struct autokeys {
    auto_key *ev;
    size_t count, next;
} autokeys;

/* 0 ok (also when unset); -1 with a message on stderr. */
int autokeys_init(autokeys *a);
/* The same from another variable (the system list's CABINET_SELECTKEYS,
   where FRAME counts the list's 1/60 s passes). */
int autokeys_init_from(autokeys *a, const char *var);
/* Pushes the next event if due once `completed` frames have run; the
   caller handles it before asking for the next, so an event that loads a
   state (rewinding the frame count) delays the events after it. */
bool autokeys_push(autokeys *a, u64 completed);
void autokeys_free(autokeys *a);

#endif
