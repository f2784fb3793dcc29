#include "frontend/sdl/menu.h"

#include <stdio.h>
#include <string.h>

#include "frontend/sdl/dips.h"
#include "frontend/sdl/font.h"
#include "frontend/sdl/video.h"

#define LINE_H 10
#define VISIBLE_LINES 18
#define MAX_COLS 44          /* the box's width in characters, at most */
#define BOX_RGB 0xff101030   /* opaque: the text stays exactly white */

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

/* An item's label and, for settings, its value (shown right-aligned). */
static void item_text(const menu_state *mn, machine_t *m, const keymap *k, int i, char *label, char *value,
                      size_t len)
{
    value[0] = '\0';
    if (mn->page == MENU_MAIN) {
        snprintf(label, len, "%s", main_items[i]);
    } else if (i == page_items(mn, m, k) - 1) {
        snprintf(label, len, "Back");
    } else if (mn->page == MENU_DIPS) {
        const input_field *f = nth_dip(m, i);
        const input_def *s[DIP_MAX_SETTINGS];
        int n = dip_settings(f, s, DIP_MAX_SETTINGS), cur = dip_current(f);
        snprintf(label, len, "%s", f->def->name);
        snprintf(value, len, "%s", cur >= 0 && cur < n ? s[cur]->name : "(invalid)");
    } else {
        keymap_label(&k->b[i], label, len);
        bool waiting = mn->page == MENU_WAIT_KEY && i == mn->cursor;
        snprintf(value, len, "%s", waiting ? "press a key" : SDL_GetScancodeName(k->b[i].key));
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

/* One line of the box: the label cut to what the value leaves. */
static void draw_item(u32 *canvas, int cw, int ch, int x, int y, int cols, const char *label, const char *value)
{
    int vl = (int)strlen(value);
    if (vl > cols / 2 && vl > cols - 8)
        vl = cols - 8 > cols / 2 ? cols - 8 : cols / 2;
    int ll = value[0] ? cols - vl - 1 : cols;
    char text[MAX_COLS + 1];
    snprintf(text, sizeof(text), "%.*s", ll > 0 ? ll : 0, label);
    font_draw(canvas, cw, ch, x, y, text, 0xffffffff);
    snprintf(text, sizeof(text), "%.*s", vl, value);
    font_draw(canvas, cw, ch, x + (cols - vl) * FONT_W, y, text, 0xffffffff);
}

/* The box is centred on the canvas, as wide as MAX_COLS allows. */
void menu_draw(const menu_state *mn, machine_t *m, const keymap *k, u32 *canvas, int cw, int ch)
{
    int cols = (cw - 16) / FONT_W < MAX_COLS ? (cw - 16) / FONT_W : MAX_COLS;
    int rows = (ch - 16) / LINE_H - 2, n = page_items(mn, m, k);
    rows = rows < 1 ? 1 : rows > VISIBLE_LINES ? VISIBLE_LINES : rows;
    int first = mn->cursor >= rows ? mn->cursor - rows + 1 : 0;
    int shown = n - first < rows ? n - first : rows;
    int bw = cols * FONT_W + 16, bh = (shown + 2) * LINE_H + 8;
    int x0 = (cw - bw) / 2, y0 = (ch - bh) / 2;
    fill_rect(canvas, cw, ch, x0, y0, bw, bh, BOX_RGB);
    char title[MAX_COLS + 1];
    snprintf(title, sizeof(title), "%.*s", cols, page_title(mn->page));
    font_draw(canvas, cw, ch, x0 + 8, y0 + 4, title, 0xffffff80);
    for (int j = 0; j < shown; j++) {
        int i = first + j, y = y0 + 4 + (j + 2) * LINE_H;
        char label[64], value[64];
        item_text(mn, m, k, i, label, value, sizeof(label));
        if (i == mn->cursor)
            fill_rect(canvas, cw, ch, x0 + 4, y - 1, bw - 8, LINE_H, 0xff3050a0);
        draw_item(canvas, cw, ch, x0 + 8, y, cols, label, value);
    }
}
