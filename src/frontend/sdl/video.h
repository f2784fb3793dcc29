/* The game window: SDL2 window, renderer and streaming textures for the
   game picture (already oriented) and the UI overlay. */
#ifndef CABINET_SDL_VIDEO_H
#define CABINET_SDL_VIDEO_H

#include <SDL.h>

#include "frontend/options.h"

/* The overlay canvas the UI draws on, scaled to the window. */
#define OVERLAY_W 320
#define OVERLAY_H 240

typedef struct video_out {
    SDL_Window *window;
    SDL_Renderer *renderer;
    SDL_Texture *game, *overlay;
    int gw, gh;          /* game picture size after orientation */
    bool keepaspect, fullscreen;
} video_out;

/* 0 ok; -1 when no window can be opened (no display). */
int video_open(video_out *v, const char *title, int gw, int gh, const options *o);
/* Shows the frame (gw x gh, 0x00RRGGBB) and, if not NULL, the overlay
   (OVERLAY_W x OVERLAY_H, 0xAARRGGBB). */
void video_present(video_out *v, const u32 *frame, const u32 *overlay);
void video_toggle_fullscreen(video_out *v);
void video_close(video_out *v);

#endif
