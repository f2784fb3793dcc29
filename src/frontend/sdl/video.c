#include "frontend/sdl/video.h"

#include <stdio.h>
#include <stdlib.h>
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

/* The picture's size with its scanlines scaled by s, at the display aspect. */
static void size_at(const video_out *v, double s, int *w, int *h)
{
    if (v->lines_x) {
        *w = (int)(v->gw * s + 0.5);
        *h = (int)(v->gw * s / v->aspect + 0.5);
    } else {
        *h = (int)(v->gh * s + 0.5);
        *w = (int)(v->gh * s * v->aspect + 0.5);
    }
}

/* Largest whole scanline factor whose picture fits in w x h (0: none). */
static int whole_scale(const video_out *v, int w, int h, int max)
{
    int s = 0, pw, ph;
    for (;;) {
        size_at(v, s + 1, &pw, &ph);
        if (pw > w || ph > h || s >= max)
            return s;
        s++;
    }
}

/* The window opens at the largest whole factor that fits the desktop. */
static int initial_scale(const video_out *v)
{
    SDL_Rect usable;
    if (SDL_GetDisplayUsableBounds(0, &usable) != 0)
        return 3;
    int s = whole_scale(v, usable.w * 9 / 10, usable.h * 9 / 10, 8);
    return s < 1 ? 1 : s;
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

int video_open(video_out *v, const char *title, int gw, int gh, double aspect, bool lines_x, const options *o)
{
    memset(v, 0, sizeof(*v));
    v->gw = gw;
    v->gh = gh;
    v->aspect = o->keepaspect ? aspect : (double)gw / gh;
    v->lines_x = lines_x;
    v->keepaspect = o->keepaspect;
    v->unevenstretch = o->unevenstretch;
    v->fullscreen = !o->window;
    int ww, wh;
    size_at(v, initial_scale(v), &ww, &wh);
    Uint32 flags = SDL_WINDOW_RESIZABLE | (v->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    if (o->maximize && !v->fullscreen)
        flags |= SDL_WINDOW_MAXIMIZED;
    parse_resolution(o->resolution, &ww, &wh);
    v->window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, ww, wh, flags);
    if (!v->window)
        return -1;
    v->renderer = make_renderer(v->window, o);
    if (v->renderer)
        v->game = SDL_CreateTexture(v->renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING, gw, gh);
    if (!v->game) {
        video_close(v);
        return -1;
    }
    SDL_RendererInfo info;
    SDL_GetWindowSize(v->window, &ww, &wh);
    if (o->verbose && SDL_GetRendererInfo(v->renderer, &info) == 0)
        fprintf(stderr, "SDL %s renderer, %dx%d window, picture %dx%d shown at aspect %.4f%s\n", info.name, ww, wh,
                gw, gh, v->aspect, (info.flags & SDL_RENDERER_PRESENTVSYNC) ? ", vsync" : "");
    return 0;
}

static SDL_Rect centred(int ow, int oh, int w, int h)
{
    SDL_Rect r = { (ow - w) / 2, (oh - h) / 2, w, h };
    return r;
}

/* -keepaspect: the scanlines scaled by the largest whole factor that fits
   (-nounevenstretch), else the largest picture at the display aspect.
   -nokeepaspect: whole factors per axis (-nounevenstretch), else the whole
   output. */
SDL_Rect video_fit(const video_out *v, int ow, int oh)
{
    if (!v->keepaspect) {
        int sx = ow / v->gw, sy = oh / v->gh;
        if (v->unevenstretch || sx < 1 || sy < 1)
            return centred(ow, oh, ow, oh);
        return centred(ow, oh, v->gw * sx, v->gh * sy);
    }
    int w, h, s = v->unevenstretch ? 0 : whole_scale(v, ow, oh, 1 << 12);
    if (s >= 1) {
        size_at(v, s, &w, &h);
    } else if (ow >= oh * v->aspect) {
        h = oh;
        w = (int)(oh * v->aspect + 0.5);
    } else {
        w = ow;
        h = (int)(ow / v->aspect + 0.5);
    }
    return centred(ow, oh, w < ow ? w : ow, h < oh ? h : oh);
}

void video_ui_size(video_out *v, int *cw, int *ch, int *scale)
{
    int ow, oh;
    SDL_GetRendererOutputSize(v->renderer, &ow, &oh);
    int k = (ow < oh ? ow : oh) / UI_MIN;
    *scale = k < 1 ? 1 : k;
    *cw = ow / *scale > 0 ? ow / *scale : 1;
    *ch = oh / *scale > 0 ? oh / *scale : 1;
}

u32 *video_ui_canvas(video_out *v, u32 **buf, size_t *cap, int *cw, int *ch)
{
    int k;
    video_ui_size(v, cw, ch, &k);
    size_t need = (size_t)*cw * (size_t)*ch;
    if (need > *cap) {
        u32 *p = realloc(*buf, need * sizeof(u32));
        if (!p)
            return NULL;
        *buf = p;
        *cap = need;
    }
    memset(*buf, 0, need * sizeof(u32));
    return *buf;
}

/* The overlay texture, made again when the canvas's size changes. */
static bool overlay_texture(video_out *v, int cw, int ch)
{
    if (v->overlay && v->overlay_w == cw && v->overlay_h == ch)
        return true;
    if (v->overlay)
        SDL_DestroyTexture(v->overlay);
    v->overlay = SDL_CreateTexture(v->renderer, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STREAMING, cw, ch);
    v->overlay_w = cw;
    v->overlay_h = ch;
    if (v->overlay) {
        SDL_SetTextureBlendMode(v->overlay, SDL_BLENDMODE_BLEND);
        SDL_SetTextureScaleMode(v->overlay, SDL_ScaleModeNearest);
    }
    return v->overlay != NULL;
}

void video_draw(video_out *v, const u32 *frame, const u32 *overlay, int cw, int ch)
{
    int ow, oh;
    SDL_GetRendererOutputSize(v->renderer, &ow, &oh);
    SDL_UpdateTexture(v->game, NULL, frame, v->gw * (int)sizeof(u32));
    SDL_SetRenderDrawColor(v->renderer, 0, 0, 0, 255);
    SDL_RenderClear(v->renderer);
    v->dst = video_fit(v, ow, oh);
    SDL_RenderCopy(v->renderer, v->game, NULL, &v->dst);
    if (overlay && overlay_texture(v, cw, ch)) {
        SDL_UpdateTexture(v->overlay, NULL, overlay, cw * (int)sizeof(u32));
        int k = ow / cw < oh / ch ? ow / cw : oh / ch;
        SDL_Rect odst = centred(ow, oh, cw * k, ch * k);
        SDL_RenderCopy(v->renderer, v->overlay, NULL, &odst);
    }
}

void video_present(video_out *v, const u32 *frame, const u32 *overlay, int cw, int ch)
{
    video_draw(v, frame, overlay, cw, ch);
    SDL_RenderPresent(v->renderer);
}

u32 *video_read_output(video_out *v, int *w, int *h)
{
    SDL_GetRendererOutputSize(v->renderer, w, h);
    u32 *pix = malloc((size_t)*w * (size_t)*h * sizeof(u32));
    if (pix && SDL_RenderReadPixels(v->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, pix, *w * (int)sizeof(u32))) {
        free(pix);
        return NULL;
    }
    return pix;
}

void video_toggle_fullscreen(video_out *v)
{
    v->fullscreen = !v->fullscreen;
    SDL_SetWindowFullscreen(v->window, v->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

void video_set_filter(video_out *v, bool linear)
{
    if (v->game)
        SDL_SetTextureScaleMode(v->game, linear ? SDL_ScaleModeLinear : SDL_ScaleModeNearest);
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
