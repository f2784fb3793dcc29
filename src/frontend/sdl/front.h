/* State of a window run, shared by the SDL frontend's parts. */
#ifndef CABINET_SDL_FRONT_H
#define CABINET_SDL_FRONT_H

#include <SDL.h>

#include "frontend/analogkeys.h"
#include "frontend/artwork.h"
#include "frontend/framehash.h"
#include "frontend/inp.h"
#include "frontend/options.h"
#include "frontend/rewind.h"
#include "frontend/runahead.h"
#include "frontend/sdl/audio.h"
#include "frontend/sdl/autokeys.h"
#include "frontend/sdl/chipvol.h"
#include "frontend/sdl/config.h"
#include "frontend/sdl/keymap.h"
#include "frontend/sdl/latency.h"
#include "frontend/sdl/menu.h"
#include "frontend/sdl/pacer.h"
#include "frontend/sdl/stats.h"
#include "frontend/sdl/video.h"
#include "frontend/sdl/viewer.h"

#define MAX_PADS 8

typedef enum { SLOT_NONE = 0, SLOT_SAVE, SLOT_LOAD } slot_mode;

typedef struct front {
    machine_t *m;
    const options *o;
    video_out video;
    audio_out audio;
    bool have_audio;
    pacer clock;
    keymap keys;
    config_file cfg;               /* cfg/<system>.ini: lines kept, or unusable */
    menu_state menu;
    autokeys ak;
    latency_probe probe;
    run_stats stats;
    run_stats osd_stats;           /* F11's line, over the last second */
    bool show_speed;               /* F11 */
    bool ui_focus;                 /* Scroll Lock: the mouse pointer is the player's, not the game's */
    char speed_text[96];
    u32 orient;
    u32 *frame, *overlay;   /* oriented game picture; UI canvas */
    int fw, fh;
    int uw, uh;             /* the UI canvas's size (video_ui_size) */
    size_t ui_cap;          /* pixels allocated for it */
    bool quit, paused, step, throttle, ffwd_insert, ffwd_pgdn, shift, alt;
    bool idle;              /* paused or in the menu on the last pass */
    slot_mode slot;
    char message[96];
    Uint64 message_until;
    Uint64 last_present;
    int skipped;
    SDL_GameController *pads[MAX_PADS];
    inp_file *record, *playback;   /* -record, -playback */
    int nvram;                     /* nvram_load's result */
    framehash hash;
    artwork *art;                  /* shown unless -noartwork */
    int view;
    u32 *composed;                 /* the view, vw x vh */
    int vw, vh;
    double compose_s;              /* time spent composing, for -verbose */
    u64 composed_n;
    bool analog;                   /* the game has an analog input (trackball, paddle, stick, positional) */
    bool mouse;                    /* ... and the mouse drives it (not -nomouse) */
    int mouse_dx, mouse_dy;        /* relative motion gathered since the last frame */
    int resid_x, resid_y;          /* sensitivity remainders (counts x 100) */
    long long resid_abs[MAX_FIELDS]; /* paddle/stick remainders (units x 2560000) */
    analog_keys akeys;             /* analog inputs driven by keys (MAME's decrement/increment keys) */
    runahead ra;                   /* -runahead */
    rewind_buf rw;                 /* -rewind */
    bool rewind_held;              /* Backspace held: rewinding */
    bool rewind_single;            /* Shift+` (MAME's Rewind - Single Step) pressed */
    gfx_viewer viewer;             /* F4 (viewer.h) */
    bool gameinfo;                 /* the start-up information is up (a key dismisses it) */
    bool select_new;               /* "Select New System" chosen: the run ends for the list */
    bool filter;                   /* Video Options: bilinear filtering */
    config_video video_base;       /* the options' Video Options: cfg keeps what differs */
    int volume_db;                 /* Volume: -volume, then the menu's */
    chip_volume chips;             /* Volume: per-chip percentages */
} front;

/* The picture as the window shows it: the oriented frame, composed into
   the artwork view when there is one. */
const u32 *front_picture(front *f, int *w, int *h);

/* CABINET_WINDOWSHOT test hook: the window's output to a PNG. */
void front_window_shot(front *f);
/* Writes cfg/<system>.ini (DIPs, inputs, volumes, video, counters); -1 with err. */
int front_config_save(front *f, char *err, size_t errlen);
/* Shows a one-line message for a few seconds. */
void front_message(front *f, const char *text);
/* A controller's left stick moved: places the paddle or analog stick of
   player pad + 1. */
void front_pad_axis(front *f, int pad, SDL_GameControllerAxis axis, int value);
/* Run-ahead and rewind in the window (timeshift.c). open: after the
   recordings are open (an exit code on a bad option); after_frame: once
   the real frame's sound and recording are done (-1 on failure); pass:
   one frame back while Backspace is held or after Shift+` (-1 on failure). */
int window_rewind_open(front *f);
void window_rewind_close(front *f);
int window_after_frame(front *f);
int window_rewind_pass(front *f);
/* Backspace (held: rewind) or Shift+` (one frame back per press). */
void front_rewind_key(front *f, SDL_Scancode sc, bool down, bool repeat);
/* Handles every pending SDL event (keys, controllers, window). */
void front_poll(front *f);

#endif
