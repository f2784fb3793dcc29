#include "frontend/sdl/viewer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/sdl/font.h"
#include "frontend/sdl/front.h"
#include "video/provenance.h"
#include "video/viewer.h"

enum { MODE_SCREEN, MODE_PALETTE, MODE_GFX, MODE_TILEMAP, MODE_SPRITES, MODE_COUNT };

#define BACK_ARGB 0xff101018u
#define TITLE_ARGB 0xffffff00u
#define TEXT_ARGB 0xffffffffu
#define HELP_ARGB 0xffa0a0a0u
#define PAL_CELL 8

void viewer_free(gfx_viewer *v)
{
    free(v->text);
    v->text = NULL;
}

static void set_text(gfx_viewer *v, char *text)
{
    free(v->text);
    v->text = text;
    v->text_scroll = 0;
}

void viewer_toggle(front *f)
{
    gfx_viewer *v = &f->viewer;
    v->open = !v->open;
    if (v->open) {
        v->was_paused = f->paused;
        f->paused = true;
        for (int i = 0; i < f->m->num_gfx && i < 8; i++)
            if (!v->color[i])
                v->color[i] = viewer_gfx_default_color(f->m, i);
    } else {
        f->paused = v->was_paused;
    }
}

static int sets_in_mode(const front *f, int mode)
{
    return mode == MODE_GFX ? f->m->num_gfx : mode == MODE_TILEMAP ? f->m->num_tilemaps : 1;
}

void viewer_key(front *f, SDL_Scancode sc)
{
    gfx_viewer *v = &f->viewer;
    int step = f->shift ? 64 : 8;
    switch (sc) {
    case SDL_SCANCODE_F4:
    case SDL_SCANCODE_ESCAPE: viewer_toggle(f); return;
    case SDL_SCANCODE_RETURN:
        v->mode = (v->mode + 1) % MODE_COUNT;
        v->set = v->sx = v->sy = 0;
        return;
    case SDL_SCANCODE_LEFTBRACKET:
    case SDL_SCANCODE_RIGHTBRACKET: {
        int n = sets_in_mode(f, v->mode);
        if (n > 0)
            v->set = (v->set + (sc == SDL_SCANCODE_RIGHTBRACKET ? 1 : n - 1)) % n;
        v->sx = v->sy = 0;
        return;
    }
    case SDL_SCANCODE_LEFT:
    case SDL_SCANCODE_RIGHT:
        if (v->mode == MODE_GFX && v->set < f->m->num_gfx && v->set < 8) {
            u32 n = f->m->gfx[v->set].total_colors ? f->m->gfx[v->set].total_colors : 1;
            v->color[v->set] = (v->color[v->set] + (sc == SDL_SCANCODE_RIGHT ? 1 : n - 1)) % n;
        } else {
            v->sx += sc == SDL_SCANCODE_RIGHT ? step : -step;
        }
        return;
    case SDL_SCANCODE_UP: v->sy -= step; return;
    case SDL_SCANCODE_DOWN: v->sy += step; return;
    case SDL_SCANCODE_PAGEUP: v->text_scroll = v->text_scroll > 4 ? v->text_scroll - 4 : 0; return;
    case SDL_SCANCODE_PAGEDOWN: v->text_scroll += 4; return;
    default: return;
    }
}

/* A chain printed into a string, and on stdout for the terminal. */
static char *capture(front *f, int x, int y, int pen)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out)
        return NULL;
    if (pen < 0) {
        provenance_describe(f->m, x, y, out);
    } else {
        fprintf(out, "pen 0x%03x\n", pen);
        provenance_pen(f->m, pen, out);
    }
    fclose(out);
    fputs(text, stdout);
    fflush(stdout);
    return text;
}

void viewer_click(front *f, int wx, int wy)
{
    gfx_viewer *v = &f->viewer;
    int ww, wh, ow, oh, cw, ch, k;
    SDL_GetWindowSize(f->video.window, &ww, &wh);
    SDL_GetRendererOutputSize(f->video.renderer, &ow, &oh);
    video_ui_size(&f->video, &cw, &ch, &k);
    int cx = ww > 0 ? wx * ow / ww / k : wx, cy = wh > 0 ? wy * oh / wh / k : wy;
    int x = cx - v->px, y = cy - v->py;
    if (x < 0 || y < 0 || x >= v->pw || y >= v->ph)
        return;
    if (v->mode == MODE_SCREEN)
        set_text(v, capture(f, x, y, -1));
    else if (v->mode == MODE_PALETTE && y / PAL_CELL * 16 + x / PAL_CELL < f->m->palette.num_pens)
        set_text(v, capture(f, 0, 0, y / PAL_CELL * 16 + x / PAL_CELL));
}

/* The picture at (x, y) of the canvas, scrolled by the viewer's offsets,
   clipped to the area above the text panel. */
static void blit(gfx_viewer *v, u32 *canvas, int cw, int bottom, const u32 *img, int w, int h, int x, int y)
{
    if (v->sx > w - 8)
        v->sx = w - 8;
    if (v->sx < 0)
        v->sx = 0;
    if (v->sy > h - 8)
        v->sy = h - 8;
    if (v->sy < 0)
        v->sy = 0;
    v->px = x - v->sx;
    v->py = y - v->sy;
    v->pw = w;
    v->ph = h;
    for (int row = y; row < bottom; row++) {
        int iy = row - v->py;
        if (iy < 0 || iy >= h)
            continue;
        for (int col = x; col < cw; col++) {
            int ix = col - v->px;
            if (ix >= 0 && ix < w)
                canvas[(size_t)row * (size_t)cw + col] = 0xff000000u | img[(size_t)iy * (size_t)w + ix];
        }
    }
}

static void draw_text(gfx_viewer *v, u32 *canvas, int cw, int ch, int top)
{
    if (!v->text)
        return;
    int cols = cw / FONT_W, line = 0;
    for (const char *p = v->text; *p && top + FONT_H <= ch;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char buf[1024];
        snprintf(buf, sizeof(buf), "%.*s", (int)(n < sizeof(buf) - 1 ? n : sizeof(buf) - 1), p);
        int start[32], len[32];
        int lines = font_wrap(buf, cols, start, len, 32);
        for (int i = 0; i < lines && top + FONT_H <= ch; i++, line++) {
            if (line < v->text_scroll)
                continue;
            char part[1024];
            snprintf(part, sizeof(part), "%.*s", len[i], buf + start[i]);
            font_draw(canvas, cw, ch, 0, top, part, TEXT_ARGB);
            top += FONT_H + 1;
        }
        p = nl ? nl + 1 : p + n;
    }
}


void viewer_draw(front *f, u32 *canvas, int cw, int ch)
{
    gfx_viewer *v = &f->viewer;
    machine_t *m = f->m;
    for (size_t i = 0; i < (size_t)cw * (size_t)ch; i++)
        canvas[i] = BACK_ARGB;
    v->cw = cw;
    v->ch = ch;
    char title[160], help[160];
    int w = 0, h = 0, n = 0;
    u32 *img = NULL;
    snprintf(help, sizeof(help), "Enter: mode  F4: close");
    switch (v->mode) {
    case MODE_SCREEN:
        snprintf(title, sizeof(title), "Screen, frame %llu (native)", (unsigned long long)m->frame_number);
        snprintf(help, sizeof(help), "click a pixel: why  PgUp/PgDn: text");
        w = machine_width(m);
        h = machine_height(m);
        img = malloc((size_t)w * (size_t)h * sizeof(u32));
        if (img)
            memcpy(img, machine_frame(m), (size_t)w * (size_t)h * sizeof(u32));
        break;
    case MODE_PALETTE:
        snprintf(title, sizeof(title), "Palette: %d pens, %d colours", m->palette.num_pens, m->palette.num_colors);
        snprintf(help, sizeof(help), "click a pen: its source");
        img = viewer_render_palette(m, PAL_CELL, &w, &h);
        break;
    case MODE_GFX:
        if (v->set < m->num_gfx) {
            u32 c = v->set < 8 ? v->color[v->set] : 0;
            snprintf(title, sizeof(title), "Gfx %d/%d: %d x %dx%d, colour %u/%u", v->set, m->num_gfx,
                     m->gfx[v->set].total, m->gfx[v->set].width, m->gfx[v->set].height, c,
                     m->gfx[v->set].total_colors);
            snprintf(help, sizeof(help), "[ ]: set  Left/Right: colour");
            img = viewer_render_gfx(m, v->set, c, &w, &h);
        } else {
            snprintf(title, sizeof(title), "No graphics sets");
        }
        break;
    case MODE_TILEMAP:
        if (v->set < m->num_tilemaps) {
            img = viewer_render_tilemap(m, v->set, true, &w, &h);
            snprintf(title, sizeof(title), "Tilemap %d/%d: %dx%d", v->set, m->num_tilemaps, w, h);
            snprintf(help, sizeof(help), "[ ]: map  arrows: scroll");
        } else {
            snprintf(title, sizeof(title), "No tilemaps");
        }
        break;
    default:
        img = viewer_render_sprites(m, &w, &h, &n);
        snprintf(title, sizeof(title), "Sprites: %d%s", n,
                 m->config->video.viewer ? "" : " (the driver gives no list)");
        break;
    }
    font_draw(canvas, cw, ch, 0, 0, title, TITLE_ARGB);
    font_draw(canvas, cw, ch, 0, FONT_H + 1, help, HELP_ARGB);
    int top = 2 * (FONT_H + 1) + 2, text_lines = v->text && v->mode <= MODE_PALETTE ? 8 : 0;
    int bottom = ch - text_lines * (FONT_H + 1);
    if (img)
        blit(v, canvas, cw, bottom, img, w, h, 0, top);
    else
        v->pw = v->ph = 0;
    free(img);
    if (text_lines)
        draw_text(v, canvas, cw, ch, bottom);
}
