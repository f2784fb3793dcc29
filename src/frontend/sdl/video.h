/* The game window: SDL2 window, renderer and streaming textures for the
   game picture (already oriented) and the UI overlay. */
#ifndef CABINET_SDL_VIDEO_H
#define CABINET_SDL_VIDEO_H

#include <SDL.h>

#include "frontend/options.h"

/* The UI canvas covers the whole output, scaled by the largest whole
   factor that leaves it at least UI_MIN pixels each way (sharp glyphs,
   readable on any window, independent of the game picture). */
#define UI_MIN 224

typedef struct video_out {
    SDL_Window *window;
    SDL_Renderer *renderer;
    SDL_Texture *game, *overlay;
    int overlay_w, overlay_h;   /* the overlay texture's size */
    int gw, gh;          /* game picture size after orientation */
    double aspect;       /* displayed width / height (MAME's 4:3 monitor, 3:4 vertical) */
    bool lines_x;        /* the scanlines run vertically (a rotated monitor) */
    bool keepaspect, unevenstretch, fullscreen;
    SDL_Rect dst;        /* where the picture was last drawn */
} video_out;

/* 0 ok; -1 when no window can be opened (no display). The picture is
   shown at `aspect` (width / height) with -keepaspect; lines_x says the
   scanlines are its columns, the axis scaled by whole factors. */
int video_open(video_out *v, const char *title, int gw, int gh, double aspect, bool lines_x, const options *o);
/* Where a gw x gh picture goes in an ow x oh output. */
SDL_Rect video_fit(const video_out *v, int ow, int oh);
/* The UI canvas's size for the output as it is now, and its scale. */
void video_ui_size(video_out *v, int *cw, int *ch, int *scale);
/* The UI canvas at that size, cleared: *buf grown (realloc) when it holds
   fewer than cw x ch pixels; NULL when memory runs out. */
u32 *video_ui_canvas(video_out *v, u32 **buf, size_t *cap, int *cw, int *ch);
/* Shows the frame (gw x gh, 0x00RRGGBB) and, if not NULL, the UI canvas
   (cw x ch as video_ui_size gave, 0xAARRGGBB). */
void video_present(video_out *v, const u32 *frame, const u32 *overlay, int cw, int ch);
/* video_present without presenting: the output stays readable. */
void video_draw(video_out *v, const u32 *frame, const u32 *overlay, int cw, int ch);
/* The output as drawn (0xAARRGGBB, w x h, malloc'd); NULL on failure. */
u32 *video_read_output(video_out *v, int *w, int *h);
void video_toggle_fullscreen(video_out *v);
/* Video Options' filter: bilinear (true) or nearest pixels. */
void video_set_filter(video_out *v, bool linear);
void video_close(video_out *v);

#endif
