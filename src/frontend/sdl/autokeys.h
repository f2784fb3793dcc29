/* Test hook: scripted key events pushed into SDL's queue at given frames,
   so tests drive the real window exactly as a player would. Read from the
   environment variable CABINET_AUTOKEYS as "FRAME:KEY:down|up,..." with
   SDL scancode names ("Up", "F12", "Left Shift", "5"), in order; an event
   for FRAME is seen before frame FRAME+1 runs. "FRAME:MouseX:N" and
   "FRAME:MouseY:N" push a relative mouse motion of N pixels.
   "FRAME:Joy 1 Button 1:down" (any controller name the Input menu shows)
   presses a control of a virtual game controller (SDL's virtual joystick,
   attached by autokeys_attach_pads), so SDL itself sends the controller
   events; a stick half "down" is full deflection, "up" the centre. */
#ifndef CABINET_SDL_AUTOKEYS_H
#define CABINET_SDL_AUTOKEYS_H

#include <SDL.h>

#include "frontend/sdl/keymap.h"
#include "util/types.h"

#define AUTOKEYS_MAX_PADS 4

typedef struct auto_key {
    u64 frame;
    SDL_Scancode key;
    bool down;
    bool mouse;     /* a mouse motion of dx, dy instead of a key */
    int dx, dy;
    bool pad;       /* a virtual controller's control instead of a key */
    input_code code;
} auto_key;

typedef struct autokeys {
    auto_key *ev;
    size_t count, next;
    SDL_Joystick *vpad[AUTOKEYS_MAX_PADS];   /* the virtual controllers */
    int num_vpads;
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
/* Attaches as many virtual controllers as the events name (after SDL's
   game controller subsystem is up); 0, or -1 with a message on stderr. */
int autokeys_attach_pads(autokeys *a);
void autokeys_free(autokeys *a);

#endif
