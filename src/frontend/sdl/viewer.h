/* F4: the hardware viewers over the game (as MAME's F4), drawn on the UI
   canvas while the game is paused. Modes, cycled with Enter: the screen
   (click a pixel: its provenance chain, also printed on stdout), the
   palette (click a pen: where its colour came from), the graphics sets
   ([ ] set, Left/Right colour code), the tilemaps ([ ] map, arrows
   scroll, the visible part outlined) and the sprite list. */
#ifndef CABINET_SDL_VIEWER_H
#define CABINET_SDL_VIEWER_H

#include <SDL.h>

#include "util/types.h"

struct front;

typedef struct gfx_viewer {
    bool open, was_paused;
    int mode, set;
    u32 color[8];          /* colour code shown, per graphics set */
    int sx, sy;            /* scroll of the picture (canvas pixels) */
    int text_scroll;       /* first line of the text panel */
    char *text;            /* the last chain asked for (malloc'd) */
    int cw, ch;            /* the canvas as last drawn */
    int px, py, pw, ph;    /* where the picture was put on it, and its size */
} gfx_viewer;

void viewer_toggle(struct front *f);
/* A key while the viewer is open (always consumed). */
void viewer_key(struct front *f, SDL_Scancode sc);
/* A click at window coordinates (wx, wy). */
void viewer_click(struct front *f, int wx, int wy);
/* Draws the viewer over the whole canvas (0xAARRGGBB, cw x ch). */
void viewer_draw(struct front *f, u32 *canvas, int cw, int ch);
void viewer_free(gfx_viewer *v);

#endif
