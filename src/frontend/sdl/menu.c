#include "frontend/sdl/menu.h"

#include <stdio.h>
#include <string.h>

#include "frontend/sdl/dips.h"
#include "frontend/sdl/font.h"
#include "frontend/sdl/gameinfo.h"
#include "frontend/sdl/video.h"

#define LINE_H 10
#define VISIBLE_LINES 18
#define MAX_COLS 44          /* the box's width in characters, at most */
#define BOX_RGB 0xff101030   /* opaque: the text stays exactly white */

static const char *const main_items[] = { "DIP Switches", "Input (this Machine)", "Input (general)",
                                          "Machine Configuration", "Bookkeeping", "Machine Information",
                                          "Volume", "Video Options", "Select New System", "Reset", "Exit menu" };
enum { MAIN_DIPS, MAIN_INPUTS, MAIN_GENERAL, MAIN_CONF, MAIN_BOOKKEEPING, MAIN_INFO, MAIN_VOLUME, MAIN_VIDEO, MAIN_SELECT, MAIN_RESET,
       MAIN_EXIT, MAIN_COUNT };
enum { VIDEO_KEEPASPECT, VIDEO_UNEVEN, VIDEO_FILTER, VIDEO_COUNT };

/* Keys the UI keeps whatever the mapping: fast forward, the test hook, the
   viewers (F4). F1 is MAME's Memory Reset, a game key. Backspace, the rewind key, sets None when a key is asked for,
   so it never becomes a game key either. */
static bool ui_fixed(SDL_Scancode sc)
{
    return sc == SDL_SCANCODE_INSERT || sc == SDL_SCANCODE_PAGEDOWN || sc == SDL_SCANCODE_PRINTSCREEN
           || sc == SDL_SCANCODE_F4 /* the viewers */;
}

/* Keys the UI uses are refused as game inputs (the game could never see
   them); the Service Mode key stays a game key for machines without the
   switch, as F2 is by default. */
static bool ui_owned(const keymap *k, SDL_Scancode sc)
{
    int a = uikeys_action(&k->ui, sc);
    return ui_fixed(sc) || (a >= 0 && a != UIK_SERVICE);
}

/* DIP Switches and Machine Configuration (PORT_CONFNAME) share a page. */
static bool on_page(const input_field *f, menu_page p)
{
    return f->type == IPT_DIPSWITCH && (f->def->player == PORT_CONF_MARK) == (p == MENU_CONF);
}

static int dip_count(const machine_t *m, menu_page p)
{
    int n = 0;
    for (int i = 0; i < m->inputs.num_fields; i++)
        n += on_page(&m->inputs.fields[i], p);
    return n;
}

static input_field *nth_dip(machine_t *m, menu_page p, int n)
{
    for (int i = 0; i < m->inputs.num_fields; i++)
        if (on_page(&m->inputs.fields[i], p) && n-- == 0)
            return &m->inputs.fields[i];
    return NULL;
}

static int page_items(const menu_state *mn, const machine_t *m, const keymap *k)
{
    switch (mn->page) {
    case MENU_MAIN: return MAIN_COUNT;
    case MENU_DIPS:
    case MENU_CONF: return dip_count(m, mn->page) + 1;      /* + "Back" */
    case MENU_INPUTS:
    case MENU_WAIT_KEY: return k->count + 2;    /* + "Restore defaults", "Back" */
    case MENU_GENERAL:
    case MENU_WAIT_UI: return UIK_COUNT + 2;
    case MENU_TEXT: return 1;
    case MENU_VOLUME: return 2 + mn->set.chips;
    case MENU_VIDEO: return VIDEO_COUNT + 1;
    default: return 0;
    }
}

void menu_open(menu_state *mn, const menu_settings *set)
{
    memset(mn, 0, sizeof(*mn));
    mn->page = MENU_MAIN;
    mn->set = *set;
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
    menu_action a = MENU_NOTHING;
    switch (mn->cursor) {
    case MAIN_DIPS: mn->page = MENU_DIPS; break;
    case MAIN_CONF: mn->page = MENU_CONF; break;
    case MAIN_GENERAL: mn->page = MENU_GENERAL; break;
    case MAIN_INPUTS: mn->page = MENU_INPUTS; break;
    case MAIN_BOOKKEEPING: mn->page = MENU_TEXT; a = MENU_DO_BOOKKEEPING; break;
    case MAIN_INFO: mn->page = MENU_TEXT; a = MENU_DO_INFO; break;
    case MAIN_VOLUME: mn->page = MENU_VOLUME; break;
    case MAIN_VIDEO: mn->page = MENU_VIDEO; break;
    case MAIN_SELECT: mn->page = MENU_CLOSED; return MENU_DO_SELECT_NEW;
    case MAIN_RESET: mn->page = MENU_CLOSED; return MENU_DO_RESET;
    default: mn->page = MENU_CLOSED; return MENU_DO_CLOSE;
    }
    mn->cursor = 0;
    return a;
}

static menu_action change_setting(menu_state *mn, int dir)
{
    menu_settings *st = &mn->set;
    mn->dirty = true;   /* chip volumes and Video Options are kept in the cfg */
    if (mn->page == MENU_VOLUME && mn->cursor > 0) {
        int *p = &st->chip_pct[mn->cursor - 1], v = *p + 5 * (dir ? dir : 1);
        *p = v < 0 ? 0 : v > 200 ? 200 : v;
    } else if (mn->page == MENU_VOLUME) {
        int v = st->volume_db + (dir ? dir : 1);
        st->volume_db = v > 0 ? 0 : v < -32 ? -32 : v;
    } else if (mn->cursor == VIDEO_KEEPASPECT) {
        st->keepaspect = !st->keepaspect;
    } else if (mn->cursor == VIDEO_UNEVEN) {
        st->unevenstretch = !st->unevenstretch;
    } else {
        st->filter = !st->filter;
    }
    return MENU_DO_SETTINGS;
}

static menu_action menu_select(menu_state *mn, machine_t *m, keymap *k, int dir)
{
    int last = page_items(mn, m, k) - 1;
    if (mn->page == MENU_MAIN)
        return dir == 0 ? select_main(mn) : MENU_NOTHING;
    if (mn->cursor == last)
        return dir == 0 ? go_back(mn) : MENU_NOTHING;
    if (mn->page == MENU_VOLUME || mn->page == MENU_VIDEO)
        return change_setting(mn, dir);
    if (mn->page == MENU_GENERAL) {
        if (dir == 0 && mn->cursor == last - 1) {
            uikeys_defaults(&k->ui);
            mn->ui_dirty = true;
        } else if (dir == 0) {
            mn->page = MENU_WAIT_UI;
        }
        return MENU_NOTHING;
    }
    if ((mn->page == MENU_INPUTS) && mn->cursor == last - 1) {
        if (dir == 0) {
            keymap_restore_defaults(k, &m->inputs);
            mn->dirty = true;
        }
        return MENU_NOTHING;
    }
    if (mn->page == MENU_DIPS || mn->page == MENU_CONF) {
        dip_cycle(nth_dip(m, mn->page, mn->cursor), dir < 0 ? -1 : 1);
        mn->dirty = true;
    } else if (dir >= 0) {
        mn->alt = dir > 0;   /* Right: an alternative key, MAME's "or" */
        mn->page = MENU_WAIT_KEY;
    }
    return MENU_NOTHING;
}

static menu_action menu_cancel_wait(menu_state *mn)
{
    mn->refused = NULL;
    mn->page = MENU_INPUTS;
    return MENU_NOTHING;
}

menu_action menu_code(menu_state *mn, machine_t *m, keymap *k, input_code c)
{
    if (mn->page != MENU_WAIT_KEY || mn->cursor >= k->count)
        return MENU_NOTHING;
    mn->refused = NULL;
    /* Enter: the new control replaces the sequence; Right: or'ed to it */
    keymap_assign(k, &m->inputs, &k->b[mn->cursor], c, mn->alt && c.kind != CODE_NONE);
    mn->dirty = true;
    mn->page = MENU_INPUTS;
    return MENU_NOTHING;
}

menu_action menu_key(menu_state *mn, machine_t *m, keymap *k, SDL_Scancode sc)
{
    if (mn->page == MENU_WAIT_UI) {
        int other = uikeys_action(&k->ui, sc);
        if (ui_fixed(sc) || (other >= 0 && other != mn->cursor)) {
            mn->refused = SDL_GetScancodeName(sc);
            return MENU_NOTHING;
        }
        mn->refused = NULL;
        if (sc != SDL_SCANCODE_ESCAPE && sc != SDL_SCANCODE_BACKSPACE) {
            k->ui.key[mn->cursor] = sc;
            mn->ui_dirty = true;
        }
        mn->page = MENU_GENERAL;
        return MENU_NOTHING;
    }
    if (mn->page == MENU_WAIT_KEY) {
        if (ui_owned(k, sc)) {
            mn->refused = SDL_GetScancodeName(sc);
            return MENU_NOTHING;   /* still waiting: press another key */
        }
        input_code c = { CODE_KEY, 0, (u16)sc };
        if (sc == SDL_SCANCODE_BACKSPACE)
            c.kind = CODE_NONE;    /* MAME's Delete: None */
        return sc == SDL_SCANCODE_ESCAPE ? menu_cancel_wait(mn) : menu_code(mn, m, k, c);
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
    } else if (mn->page == MENU_VOLUME && i > 0) {
        snprintf(label, len, "%s", mn->set.chip_name[i - 1]);
        snprintf(value, len, "%d%%", mn->set.chip_pct[i - 1]);
    } else if (mn->page == MENU_VOLUME) {
        snprintf(label, len, "Master Volume");
        snprintf(value, len, "%ddB", mn->set.volume_db);
    } else if (mn->page == MENU_VIDEO) {
        static const char *const names[] = { "Keep Aspect", "Uneven Stretch", "Bilinear Filter" };
        bool on = i == VIDEO_KEEPASPECT ? mn->set.keepaspect : i == VIDEO_UNEVEN ? mn->set.unevenstretch : mn->set.filter;
        snprintf(label, len, "%s", names[i]);
        snprintf(value, len, "%s", on ? "On" : "Off");
    } else if ((mn->page == MENU_INPUTS || mn->page == MENU_WAIT_KEY || mn->page == MENU_GENERAL
                || mn->page == MENU_WAIT_UI) && i == page_items(mn, m, k) - 2) {
        snprintf(label, len, "Restore defaults");
    } else if (mn->page == MENU_GENERAL || mn->page == MENU_WAIT_UI) {
        bool waiting = mn->page == MENU_WAIT_UI && i == mn->cursor;
        snprintf(label, len, "%s", uikeys_name(i));
        if (waiting && mn->refused)
            snprintf(value, len, "%s is taken", mn->refused);
        else
            snprintf(value, len, "%s", waiting ? "press a key" : SDL_GetScancodeName(k->ui.key[i]));
    } else if (mn->page == MENU_DIPS || mn->page == MENU_CONF) {
        const input_field *f = nth_dip(m, mn->page, i);
        const input_def *s[DIP_MAX_SETTINGS];
        int n = dip_settings(f, s, DIP_MAX_SETTINGS), cur = dip_current(f);
        snprintf(label, len, "%s", f->def->name);
        snprintf(value, len, "%s", cur >= 0 && cur < n ? s[cur]->name : "(invalid)");
    } else {
        keymap_label(&k->b[i], label, len);
        bool waiting = mn->page == MENU_WAIT_KEY && i == mn->cursor;
        char kn[256];
        keymap_keys_text(&k->b[i], kn, sizeof(kn));
        if (waiting && mn->refused)
            snprintf(value, len, "%s is the UI's", mn->refused);
        else
            snprintf(value, len, "%.63s", waiting ? (mn->alt ? "press a key (or)" : "press a key") : kn);
    }
}

static const char *page_title(const menu_state *mn)
{
    switch (mn->page) {
    case MENU_TEXT: return mn->title;
    case MENU_VOLUME: return "Volume";
    case MENU_VIDEO: return "Video Options";
    case MENU_CONF: return "Machine Configuration";
    case MENU_GENERAL:
    case MENU_WAIT_UI: return "Input (general)";
    case MENU_DIPS: return "DIP Switches";
    case MENU_INPUTS:
    case MENU_WAIT_KEY: return "Input (this Machine)";
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
    if (mn->page == MENU_TEXT) {
        char all[sizeof(mn->text) + 64];
        snprintf(all, sizeof(all), "%s\n\n%s", mn->title, mn->text);
        textbox_draw(all, "Esc or Enter: back", BOX_RGB, canvas, cw, ch);
        return;
    }
    int cols = (cw - 16) / FONT_W < MAX_COLS ? (cw - 16) / FONT_W : MAX_COLS;
    int rows = (ch - 16) / LINE_H - 2, n = page_items(mn, m, k);
    rows = rows < 1 ? 1 : rows > VISIBLE_LINES ? VISIBLE_LINES : rows;
    int first = mn->cursor >= rows ? mn->cursor - rows + 1 : 0;
    int shown = n - first < rows ? n - first : rows;
    int bw = cols * FONT_W + 16, bh = (shown + 2) * LINE_H + 8;
    int x0 = (cw - bw) / 2, y0 = (ch - bh) / 2;
    fill_rect(canvas, cw, ch, x0, y0, bw, bh, BOX_RGB);
    char title[MAX_COLS + 1];
    snprintf(title, sizeof(title), "%.*s", cols, page_title(mn));
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
