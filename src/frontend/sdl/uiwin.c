#include "frontend/sdl/uiwin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/fileio.h"
#include "util/png.h"

#define PIC_W 320
#define PIC_H 240

static bool display_available(void)
{
    const char *x = getenv("DISPLAY"), *wl = getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wl && *wl);
}

int ui_win_open(ui_win *w, const options *o, const char *title)
{
    memset(w, 0, sizeof(*w));
    w->o = o;
    if (!display_available() || SDL_Init(SDL_INIT_VIDEO) != 0)
        return -1;
    w->owns_sdl = true;
    w->black = calloc(PIC_W * PIC_H, sizeof(u32));
    if (!w->black || video_open(&w->v, title, PIC_W, PIC_H, 4.0 / 3.0, false, o) || autokeys_init_from(&w->ak, "CABINET_SELECTKEYS")) {
        ui_win_close(w);
        return -1;
    }
    return 0;
}

u32 *ui_win_canvas(ui_win *w)
{
    return video_ui_canvas(&w->v, &w->canvas, &w->cap, &w->cw, &w->ch);
}

void ui_win_present(ui_win *w)
{
    if (w->canvas)
        video_present(&w->v, w->black, w->canvas, w->cw, w->ch);
    SDL_Delay(16);
    w->pass++;
}

void ui_win_shot(video_out *v, const u32 *picture, const u32 *canvas, int cw, int ch, bool verbose,
                 const char *what)
{
    const char *dir = getenv("CABINET_WINDOWSHOT");
    if (!dir || !*dir || make_dirs(dir))
        return;
    video_draw(v, picture, canvas, cw, ch);
    int w, h;
    u32 *out = video_read_output(v, &w, &h);
    char path[4200], err[256];
    for (int i = 0; out && i < 10000; i++) {
        snprintf(path, sizeof(path), "%s/%04d.png", dir, i);
        FILE *probe = fopen(path, "rb");
        if (probe) {
            fclose(probe);
            continue;
        }
        if (png_write_rgb(path, out, w, h, err, sizeof(err)))
            fprintf(stderr, "window shot: %s\n", err);
        else if (verbose)
            fprintf(stderr, "window shot %s: %dx%d, %s\n", path, w, h, what);
        break;
    }
    free(out);
}

SDL_Scancode ui_win_key(ui_win *w, bool *quit, bool *shift)
{
    autokeys_push(&w->ak, w->pass);
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if (e.type == SDL_QUIT) {
            *quit = true;
            return SDL_SCANCODE_UNKNOWN;
        }
        if (e.type != SDL_KEYDOWN)
            continue;
        SDL_Scancode sc = e.key.keysym.scancode;
        if (sc == SDL_SCANCODE_PRINTSCREEN && getenv("CABINET_WINDOWSHOT")) {
            ui_win_shot(&w->v, w->black, w->canvas, w->cw, w->ch, w->o->verbose, "text window");
            continue;
        }
        *shift = (SDL_GetModState() & KMOD_SHIFT) != 0;
        return sc;
    }
    return SDL_SCANCODE_UNKNOWN;
}

void ui_win_close(ui_win *w)
{
    video_close(&w->v);
    autokeys_free(&w->ak);
    free(w->black);
    free(w->canvas);
    if (w->owns_sdl)
        SDL_Quit();
    memset(w, 0, sizeof(*w));
}
