#include "frontend/sdl/menu.h"

#include <stdio.h>
#include <string.h>

#include "frontend/sdl/dips.h"
#include "frontend/sdl/font.h"
#include "frontend/sdl/video.h"

#define LINE_H 10
#define VISIBLE_LINES 18
#define COLS (OVERLAY_W / FONT_W - 2)

static const char *const main_items[] = { "DIP Switches", "Input (this machine)", "Reset", "Exit menu" };
enum { MAIN_DIPS, MAIN_INPUTS, MAIN_RESET, MAIN_EXIT, MAIN_COUNT };

static int dip_count(const machine_t *m)
{
    int n = 0;
    for (int i = 0; i < m->inputs.num_fields; i++)
        n += m->inputs.fields[i].type == IPT_DIPSWITCH;
    return n;
}

static input_field *nth_dip(machine_t *m, int n)
{
    for (int i = 0; i < m->inputs.num_fields; i++)
        if (m->inputs.fields[i].type == IPT_DIPSWITCH && n-- == 0)
            return &m->inputs.fields[i];
    return NULL;
}

static int page_items(const menu_state *mn, const machine_t *m, const keymap *k)
{
    switch (mn->page) {
    case MENU_MAIN: return MAIN_COUNT;
    case MENU_DIPS: return dip_count(m) + 1;      /* + "Back" */
    case MENU_INPUTS:
    case MENU_WAIT_KEY: return k->count + 1;
    default: return 0;
    }
}

void menu_open(menu_state *mn)
{
    memset(mn, 0, sizeof(*mn));
    mn->page = MENU_MAIN;
}

static menu_action go_back(menu_state *mn)
{
    if (mn->page == MENU_MAIN) {
        mn->page = MENU_CLOSED;
        return MENU_DO_CLOSE;
    }
    mn->page = MENU_MAIN;
    mn->cursor = mn->main_cursor;
    return MENU_NOTHING;
}

static menu_action select_main(menu_state *mn)
{
    mn->main_cursor = mn->cursor;
    switch (mn->cursor) {
    case MAIN_DIPS: mn->page = MENU_DIPS; break;
    case MAIN_INPUTS: mn->page = MENU_INPUTS; break;
    case MAIN_RESET: mn->page = MENU_CLOSED; return MENU_DO_RESET;
    default: mn->page = MENU_CLOSED; return MENU_DO_CLOSE;
    }
    mn->cursor = 0;
    return MENU_NOTHING;
}

static menu_action menu_select(menu_state *mn, machine_t *m, keymap *k, int dir)
{
    int last = page_items(mn, m, k) - 1;
    if (mn->page == MENU_MAIN)
        return dir == 0 ? select_main(mn) : MENU_NOTHING;
    if (mn->cursor == last)
        return dir == 0 ? go_back(mn) : MENU_NOTHING;
    if (mn->page == MENU_DIPS) {
        dip_cycle(nth_dip(m, mn->cursor), dir < 0 ? -1 : 1);
        mn->dirty = true;
    } else if (dir == 0) {
        mn->page = MENU_WAIT_KEY;
    }
    return MENU_NOTHING;
}

menu_action menu_key(menu_state *mn, machine_t *m, keymap *k, SDL_Scancode sc)
{
    if (mn->page == MENU_WAIT_KEY) {
        if (sc != SDL_SCANCODE_ESCAPE) {
            k->b[mn->cursor].key = sc;
            mn->dirty = true;
        }
        mn->page = MENU_INPUTS;
        return MENU_NOTHING;
    }
    int n = page_items(mn, m, k);
    switch (sc) {
    case SDL_SCANCODE_UP: mn->cursor = (mn->cursor + n - 1) % n; break;
    case SDL_SCANCODE_DOWN: mn->cursor = (mn->cursor + 1) % n; break;
    case SDL_SCANCODE_HOME: mn->cursor = 0; break;
    case SDL_SCANCODE_END: mn->cursor = n - 1; break;
    case SDL_SCANCODE_LEFT: return menu_select(mn, m, k, -1);
    case SDL_SCANCODE_RIGHT: return menu_select(mn, m, k, 1);
    case SDL_SCANCODE_RETURN:
    case SDL_SCANCODE_KP_ENTER: return menu_select(mn, m, k, 0);
    case SDL_SCANCODE_ESCAPE: return go_back(mn);
    case SDL_SCANCODE_TAB: mn->page = MENU_CLOSED; return MENU_DO_CLOSE;
    default: break;
    }
    return MENU_NOTHING;
}

static void item_text(const menu_state *mn, machine_t *m, const keymap *k, int i, char *out, size_t len)
{
    if (mn->page == MENU_MAIN) {
        snprintf(out, len, "%s", main_items[i]);
    } else if (i == page_items(mn, m, k) - 1) {
        snprintf(out, len, "Back");
    } else if (mn->page == MENU_DIPS) {
        const input_field *f = nth_dip(m, i);
        const input_def *s[DIP_MAX_SETTINGS];
        int n = dip_settings(f, s, DIP_MAX_SETTINGS), cur = dip_current(f);
        snprintf(out, len, "%-18.18s %.18s", f->def->name, cur >= 0 && cur < n ? s[cur]->name : "(invalid)");
    } else {
        char label[40];
        keymap_label(&k->b[i], label, sizeof(label));
        bool waiting = mn->page == MENU_WAIT_KEY && i == mn->cursor;
        snprintf(out, len, "%-20.20s %.16s", label, waiting ? "press a key" : SDL_GetScancodeName(k->b[i].key));
    }
}

static const char *page_title(menu_page p)
{
    switch (p) {
    case MENU_DIPS: return "DIP Switches";
    case MENU_INPUTS:
    case MENU_WAIT_KEY: return "Input (this machine)";
    default: return "Cabinet";
    }
}

void menu_draw(const menu_state *mn, machine_t *m, const keymap *k, u32 *canvas)
{
    int n = page_items(mn, m, k);
    int first = mn->cursor >= VISIBLE_LINES ? mn->cursor - VISIBLE_LINES + 1 : 0;
    int shown = n - first < VISIBLE_LINES ? n - first : VISIBLE_LINES;
    int h = (shown + 2) * LINE_H + 8, y0 = (OVERLAY_H - h) / 2;
    fill_rect(canvas, OVERLAY_W, OVERLAY_H, 4, y0, OVERLAY_W - 8, h, 0xe0101030);
    font_draw(canvas, OVERLAY_W, OVERLAY_H, 12, y0 + 4, page_title(mn->page), 0xffffff80);
    for (int j = 0; j < shown; j++) {
        int i = first + j, y = y0 + 4 + (j + 2) * LINE_H;
        char text[COLS + 1];
        item_text(mn, m, k, i, text, sizeof(text));
        bool sel = i == mn->cursor;
        if (sel)
            fill_rect(canvas, OVERLAY_W, OVERLAY_H, 8, y - 1, OVERLAY_W - 16, LINE_H, 0xff3050a0);
        font_draw(canvas, OVERLAY_W, OVERLAY_H, 12, y, text, 0xffffffff);
    }
}
