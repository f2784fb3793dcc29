/* "Select New System" in a window: the list of every system with its
   status here, search by typing, favourites (F2), the bundled game first;
   Enter starts the highlighted one, after MAME's report when its files are
   missing or bad. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/drivers.h"
#include "frontend/audit.h"
#include "frontend/launcher.h"
#include "frontend/selectlist.h"
#include "frontend/sdl/font.h"
#include "frontend/sdl/uiwin.h"

#define LINE_H 10
#define LIST_BOX_RGB 0xff101030     /* the menu's box */
#define CURSOR_RGB 0xff3050a0
#define REPORT_BAD_RGB 0xff600000   /* MAME's red: the set cannot run */
#define REPORT_WARN_RGB 0xff605000  /* yellow: it runs, with wrong files */
#define TITLE_RGB 0xffffff80
#define HINT_RGB 0xff80c0ff
#define MAX_REPORT_LINES 64

static u32 status_rgb(sel_status s)
{
    return s == SEL_GOOD ? 0xffffffff : s == SEL_BAD ? 0xffffff40 : 0xffff6060;
}

static void draw_clipped(u32 *c, int cw, int ch, int x, int y, int cols, const char *text, u32 rgb)
{
    char line[256];
    snprintf(line, sizeof(line), "%.*s", cols > 0 ? (cols < 255 ? cols : 255) : 0, text);
    font_draw(c, cw, ch, x, y, line, rgb);
}

static void draw_list(ui_win *w, const sel_list *l, int cursor)
{
    u32 *c = ui_win_canvas(w);
    if (!c)
        return;
    int cw = w->cw, ch = w->ch, cols = (cw - 16) / FONT_W, rows = (ch - 8) / LINE_H - 5;
    rows = rows < 1 ? 1 : rows;
    fill_rect(c, cw, ch, 0, 0, cw, ch, LIST_BOX_RGB);
    draw_clipped(c, cw, ch, 8, 4, cols, "Select New System", TITLE_RGB);
    char line[128];
    snprintf(line, sizeof(line), "Search: %s_", l->search);
    draw_clipped(c, cw, ch, 8, 4 + LINE_H, cols, line, HINT_RGB);
    int first = cursor >= rows ? cursor - rows + 1 : 0;
    for (int j = 0; j < rows && first + j < l->nshown; j++) {
        const sel_entry *e = sel_shown(l, first + j);
        int y = 4 + (j + 3) * LINE_H;
        if (first + j == cursor)
            fill_rect(c, cw, ch, 4, y - 1, cw - 8, LINE_H, CURSOR_RGB);
        const char *st = sel_status_name(e->status);
        int sl = (int)strlen(st);
        snprintf(line, sizeof(line), "%s%s", e->favourite ? "* " : "", e->drv->description);
        draw_clipped(c, cw, ch, 8, y, cols - sl - 1, line, status_rgb(e->status));
        draw_clipped(c, cw, ch, 8 + (cols - sl) * FONT_W, y, sl, st, status_rgb(e->status));
    }
    if (l->nshown == 0)
        draw_clipped(c, cw, ch, 8, 4 + 3 * LINE_H, cols, "No system matches the search", 0xffff6060);
    const sel_entry *e = sel_shown(l, cursor);
    if (e) {
        snprintf(line, sizeof(line), "%s  %s %s", e->drv->name, e->drv->year, e->drv->manufacturer);
        draw_clipped(c, cw, ch, 8, ch - 2 * LINE_H - 2, cols, line, HINT_RGB);
    }
    draw_clipped(c, cw, ch, 8, ch - LINE_H - 2, cols, "Enter: start  F2: favourite  Esc: quit", HINT_RGB);
}

/* The report's lines, as audit_launch printed them, cut to the canvas. */
static int split_lines(const char *text, const char **start, int *len, int max)
{
    int n = 0;
    for (const char *p = text; *p && n < max;) {
        const char *nl = strchr(p, '\n');
        int l = nl ? (int)(nl - p) : (int)strlen(p);
        start[n] = p;
        len[n++] = l;
        p += l + (nl ? 1 : 0);
    }
    return n;
}

/* MAME's launch report: the files, white on red (cannot run) or on yellow
   (runs with wrong files); the title and the hint in other colours. */
static void draw_report(ui_win *w, const char *system, const char *report, bool fatal)
{
    u32 *c = ui_win_canvas(w);
    if (!c)
        return;
    int cw = w->cw, ch = w->ch, cols = (cw - 16) / FONT_W;
    const char *start[MAX_REPORT_LINES];
    int len[MAX_REPORT_LINES], n = split_lines(report, start, len, MAX_REPORT_LINES);
    fill_rect(c, cw, ch, 0, 0, cw, ch, fatal ? REPORT_BAD_RGB : REPORT_WARN_RGB);
    char line[256];
    snprintf(line, sizeof(line), "%s: %s", system, fatal ? "required files are missing" : "files with wrong checksums");
    draw_clipped(c, cw, ch, 8, 4, cols, line, TITLE_RGB);
    for (int i = 0; i < n && 4 + (i + 2) * LINE_H < ch - 2 * LINE_H; i++) {
        snprintf(line, sizeof(line), "%.*s", len[i] < 255 ? len[i] : 255, start[i]);
        draw_clipped(c, cw, ch, 8, 4 + (i + 2) * LINE_H, cols, line, 0xffffffff);
    }
    draw_clipped(c, cw, ch, 8, ch - LINE_H - 2, cols,
                 fatal ? "Press any key to go back" : "Enter: start anyway  Esc: go back", HINT_RGB);
}

/* Shows the report until a key: true when the player chose to start. */
static bool report_page(ui_win *w, const char *system, const char *report, bool fatal, bool *quit)
{
    if (w->o->verbose)
        fprintf(stderr, "select: %s report for %s shown\n", fatal ? "missing-files" : "bad-checksum", system);
    for (;;) {
        draw_report(w, system, report, fatal);
        bool shift = false;
        SDL_Scancode sc = ui_win_key(w, quit, &shift);
        if (*quit)
            return false;
        if (sc != SDL_SCANCODE_UNKNOWN)
            return !fatal && (sc == SDL_SCANCODE_RETURN || sc == SDL_SCANCODE_KP_ENTER);
        ui_win_present(w);
    }
}

/* audit_launch's text for the set and whether it can run. */
static char *launch_text(const hashdb_t *db, const char *name, const char *rompath, bool *fatal)
{
    char *text = NULL;
    size_t n = 0;
    FILE *mem = open_memstream(&text, &n);
    if (!mem)
        return NULL;
    region_list regions = { 0 };
    int rc = audit_launch(mem, db, name, rompath, &regions);
    region_list_free(&regions);
    fclose(mem);
    *fatal = rc != 0;
    return text;
}

static char key_char(SDL_Scancode sc)
{
    if (sc >= SDL_SCANCODE_A && sc <= SDL_SCANCODE_Z)
        return (char)('a' + (sc - SDL_SCANCODE_A));
    if (sc >= SDL_SCANCODE_1 && sc <= SDL_SCANCODE_9)
        return (char)('1' + (sc - SDL_SCANCODE_1));
    if (sc == SDL_SCANCODE_0)
        return '0';
    if (sc == SDL_SCANCODE_SPACE)
        return ' ';
    if (sc == SDL_SCANCODE_MINUS)
        return '-';
    if (sc == SDL_SCANCODE_PERIOD)
        return '.';
    return 0;
}

static void favourites_path(const options *o, char *path, size_t n)
{
    snprintf(path, n, "%s/favorites.ini", o->cfg_directory);
}

static void toggle_favourite(const options *o, sel_list *l, int *cursor)
{
    const sel_entry *e = sel_shown(l, *cursor);
    if (!e)
        return;
    const char *name = e->drv->name;
    sel_toggle_favourite(l, name);
    for (int i = 0; i < l->nshown; i++)
        if (!strcmp(sel_shown(l, i)->drv->name, name))
            *cursor = i;
    char path[4200], err[4400];
    favourites_path(o, path, sizeof(path));
    if (sel_favourites_save(l, path, err, sizeof(err)))
        fprintf(stderr, "%s\n", err);
}

/* Enter on a system: true when it may start (after the report, if any). */
static bool try_start(ui_win *w, const hashdb_t *db, const sel_entry *e, bool *quit)
{
    bool fatal = false;
    char *text = launch_text(db, e->drv->name, w->o->rompath, &fatal);
    bool go = !fatal && (!text || !text[0]);
    if (!go && text)
        go = report_page(w, e->drv->name, text, fatal, quit);
    free(text);
    return go;
}

static int list_key(ui_win *w, sel_list *l, const hashdb_t *db, int *cursor, SDL_Scancode sc, bool *quit)
{
    int n = l->nshown, page = (w->ch - 8) / LINE_H - 5;
    page = page < 1 ? 1 : page;
    char ch = key_char(sc);
    switch (sc) {
    case SDL_SCANCODE_UP: *cursor = *cursor > 0 ? *cursor - 1 : 0; break;
    case SDL_SCANCODE_DOWN: *cursor = *cursor + 1 < n ? *cursor + 1 : *cursor; break;
    case SDL_SCANCODE_PAGEUP: *cursor = *cursor > page ? *cursor - page : 0; break;
    case SDL_SCANCODE_PAGEDOWN: *cursor = *cursor + page < n ? *cursor + page : (n ? n - 1 : 0); break;
    case SDL_SCANCODE_HOME: *cursor = 0; break;
    case SDL_SCANCODE_END: *cursor = n ? n - 1 : 0; break;
    case SDL_SCANCODE_BACKSPACE: sel_search_backspace(l); *cursor = 0; break;
    case SDL_SCANCODE_F2: toggle_favourite(w->o, l, cursor); break;
    case SDL_SCANCODE_ESCAPE:
        if (!l->search[0])
            return 1;
        sel_search_set(l, "");
        *cursor = 0;
        break;
    case SDL_SCANCODE_RETURN:
    case SDL_SCANCODE_KP_ENTER:
        return sel_shown(l, *cursor) && try_start(w, db, sel_shown(l, *cursor), quit) ? 0 : -1;
    default:
        if (ch) {
            sel_search_type(l, ch);
            *cursor = 0;
        }
        break;
    }
    return -1;
}

int select_system_window(const options *o, const hashdb_t *db, const char *bundled, char *name, size_t len)
{
    sel_list l;
    if (sel_build(&l, driver_list, bundled))
        return -1;
    sel_audit(&l, db, o->rompath);
    char path[4200], err[4400];
    favourites_path(o, path, sizeof(path));
    if (sel_favourites_load(&l, path, err, sizeof(err)))
        fprintf(stderr, "%s; no favourites marked\n", err);
    ui_win w;
    if (ui_win_open(&w, o, "Select New System - Cabinet")) {
        sel_free(&l);
        return -1;
    }
    if (o->verbose) {
        int found = 0;
        for (int i = 0; i < l.count; i++)
            found += l.e[i].status != SEL_MISSING;
        fprintf(stderr, "select: %d systems, %d with files here\n", l.count, found);
    }
    int cursor = 0, rc = -1;
    bool quit = false;
    while (rc < 0 && !quit) {
        draw_list(&w, &l, cursor);
        bool shift = false;
        SDL_Scancode sc = ui_win_key(&w, &quit, &shift);
        if (sc != SDL_SCANCODE_UNKNOWN) {
            rc = list_key(&w, &l, db, &cursor, sc, &quit);
            if (o->verbose && sc != SDL_SCANCODE_RETURN && sel_shown(&l, cursor))
                fprintf(stderr, "select: search \"%s\", %d shown, cursor on %s\n", l.search, l.nshown,
                        sel_shown(&l, cursor)->drv->name);
            continue;
        }
        ui_win_present(&w);
    }
    if (rc == 0)
        snprintf(name, len, "%s", sel_shown(&l, cursor)->drv->name);
    if (quit)
        rc = 1;
    if (rc == 0 && o->verbose)
        fprintf(stderr, "select: starting %s\n", name);
    ui_win_close(&w);
    sel_free(&l);
    return rc;
}

int launch_report_window(const options *o, const char *system, const char *report)
{
    ui_win w;
    if (ui_win_open(&w, o, "Cabinet"))
        return -1;
    bool quit = false;
    report_page(&w, system, report, true, &quit);
    ui_win_close(&w);
    return 0;
}
