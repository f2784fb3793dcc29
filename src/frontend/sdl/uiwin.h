/* A window of text only (the system list, the launch report), before any
   machine exists: a black 4:3 picture under the UI canvas, scaled as the
   game's UI is (video_ui_size), keys from SDL or CABINET_SELECTKEYS. */
#ifndef CABINET_SDL_UIWIN_H
#define CABINET_SDL_UIWIN_H

#include <SDL.h>

#include "frontend/options.h"
#include "frontend/sdl/autokeys.h"
#include "frontend/sdl/video.h"

typedef struct ui_win {
    video_out v;
    const options *o;
    u32 *black;          /* the 320x240 picture */
    u32 *canvas;         /* cw x ch, 0xAARRGGBB */
    int cw, ch;
    size_t cap;
    autokeys ak;
    u64 pass;            /* 1/60 s passes, the autokeys' frames */
    bool owns_sdl;
} ui_win;

/* 0 ok; -1 when no window opens (no display). */
int ui_win_open(ui_win *w, const options *o, const char *title);
/* The canvas cleared for this pass, at the window's current size. */
u32 *ui_win_canvas(ui_win *w);
/* Shows the canvas; waits out the pass. */
void ui_win_present(ui_win *w);
/* The next key pressed (SDL_SCANCODE_UNKNOWN when none); quit is set when
   the window was closed. Print Screen with CABINET_WINDOWSHOT writes the
   window to a PNG (as in the game) and is not returned. */
SDL_Scancode ui_win_key(ui_win *w, bool *quit, bool *shift);
void ui_win_close(ui_win *w);
/* Writes what the window shows to DIR/NNNN.png (the test hook). */
void ui_win_shot(video_out *v, const u32 *picture, const u32 *canvas, int cw, int ch, bool verbose,
                 const char *what);

#endif
