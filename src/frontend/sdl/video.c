#include "frontend/sdl/video.h"

#include <stdio.h>
#include <string.h>

static SDL_Renderer *make_renderer(SDL_Window *w, const options *o)
{
    if (!strcmp(o->video, "soft"))
        SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    Uint32 flags = o->waitvsync ? SDL_RENDERER_PRESENTVSYNC : 0;
    SDL_Renderer *r = SDL_CreateRenderer(w, -1, flags | SDL_RENDERER_ACCELERATED);
    if (!r)
        r = SDL_CreateRenderer(w, -1, flags);
    if (!r)
        r = SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE);
    return r;
}

/* Largest whole multiple of the picture that fits, so pixels stay square. */
static int initial_scale(int gw, int gh)
{
    SDL_Rect usable;
    if (SDL_GetDisplayUsableBounds(0, &usable) != 0)
        return 3;
    int s = 1;
    while ((s + 1) * gw <= usable.w * 9 / 10 && (s + 1) * gh <= usable.h * 9 / 10 && s < 8)
        s++;
    return s;
}

/* MAME's -resolution "WxH[@refresh]"; "auto" (or 0x0) keeps the default size. */
static void parse_resolution(const char *text, int *w, int *h)
{
    int rw, rh;
    char tail;
    if (text && sscanf(text, "%dx%d%c", &rw, &rh, &tail) >= 2 && (sscanf(text, "%*dx%*d%c", &tail) < 1 || tail == '@')
        && rw > 0 && rh > 0 && rw <= 16384 && rh <= 16384) {
        *w = rw;
        *h = rh;
    }
}

int video_open(video_out *v, const char *title, int gw, int gh, const options *o)
{
    memset(v, 0, sizeof(*v));
    v->gw = gw;
    v->gh = gh;
    v->keepaspect = o->keepaspect;
    v->fullscreen = !o->window;
    int s = initial_scale(gw, gh), ww = gw * s, wh = gh * s;
    Uint32 flags = SDL_WINDOW_RESIZABLE | (v->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    if (o->maximize && !v->fullscreen)
        flags |= SDL_WINDOW_MAXIMIZED;
    parse_resolution(o->resolution, &ww, &wh);
    v->window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, ww, wh, flags);
    if (!v->window)
        return -1;
    v->renderer = make_renderer(v->window, o);
    if (v->renderer) {
        v->game = SDL_CreateTexture(v->renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING, gw, gh);
        v->overlay = SDL_CreateTexture(v->renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING,
                                       OVERLAY_W, OVERLAY_H);
    }
    if (!v->game || !v->overlay) {
        video_close(v);
        return -1;
    }
    SDL_SetTextureBlendMode(v->overlay, SDL_BLENDMODE_BLEND);
    SDL_RendererInfo info;
    if (o->verbose && SDL_GetRendererInfo(v->renderer, &info) == 0)
        fprintf(stderr, "SDL %s renderer, %dx%d window%s\n", info.name, gw * s, gh * s,
                (info.flags & SDL_RENDERER_PRESENTVSYNC) ? ", vsync" : "");
    return 0;
}

/* Where a w x h picture goes in the output: whole multiples when they fit,
   else the largest size keeping aspect (or stretched without -keepaspect). */
static SDL_Rect fit_rect(int ow, int oh, int w, int h, bool keepaspect)
{
    SDL_Rect r = { 0, 0, ow, oh };
    if (!keepaspect)
        return r;
    int s = ow / w < oh / h ? ow / w : oh / h;
    if (s >= 1) {
        r.w = w * s;
        r.h = h * s;
    } else if ((long)ow * h < (long)oh * w) {
        r.h = (int)((long)ow * h / w);
    } else {
        r.w = (int)((long)oh * w / h);
    }
    r.x = (ow - r.w) / 2;
    r.y = (oh - r.h) / 2;
    return r;
}

void video_present(video_out *v, const u32 *frame, const u32 *overlay)
{
    int ow, oh;
    SDL_GetRendererOutputSize(v->renderer, &ow, &oh);
    SDL_UpdateTexture(v->game, NULL, frame, v->gw * (int)sizeof(u32));
    SDL_SetRenderDrawColor(v->renderer, 0, 0, 0, 255);
    SDL_RenderClear(v->renderer);
    SDL_Rect dst = fit_rect(ow, oh, v->gw, v->gh, v->keepaspect);
    SDL_RenderCopy(v->renderer, v->game, NULL, &dst);
    if (overlay) {
        SDL_UpdateTexture(v->overlay, NULL, overlay, OVERLAY_W * (int)sizeof(u32));
        SDL_Rect odst = fit_rect(ow, oh, OVERLAY_W, OVERLAY_H, true);
        SDL_RenderCopy(v->renderer, v->overlay, NULL, &odst);
    }
    SDL_RenderPresent(v->renderer);
}

void video_toggle_fullscreen(video_out *v)
{
    v->fullscreen = !v->fullscreen;
    SDL_SetWindowFullscreen(v->window, v->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

void video_close(video_out *v)
{
    if (v->game)
        SDL_DestroyTexture(v->game);
    if (v->overlay)
        SDL_DestroyTexture(v->overlay);
    if (v->renderer)
        SDL_DestroyRenderer(v->renderer);
    if (v->window)
        SDL_DestroyWindow(v->window);
    memset(v, 0, sizeof(*v));
}
