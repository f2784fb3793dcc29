/* The Tab menu over the game: DIP switches, input remapping, reset. */
#ifndef CABINET_SDL_MENU_H
#define CABINET_SDL_MENU_H

#include <SDL.h>

#include "emu/machine.h"
#include "frontend/sdl/keymap.h"

typedef enum {
    MENU_CLOSED = 0, MENU_MAIN, MENU_DIPS, MENU_INPUTS, MENU_WAIT_KEY,
    MENU_TEXT,     /* Bookkeeping, Machine Information: text filled by the caller */
    MENU_VOLUME, MENU_VIDEO, MENU_CONF,
    MENU_GENERAL, MENU_WAIT_UI   /* Input (general): the UI's keys */
} menu_page;
typedef enum {
    MENU_NOTHING = 0, MENU_DO_RESET, MENU_DO_CLOSE,
    MENU_DO_BOOKKEEPING, MENU_DO_INFO,   /* the caller fills text and title */
    MENU_DO_SETTINGS,                    /* volume or video options changed */
    MENU_DO_SELECT_NEW                   /* Select New System */
} menu_action;

/* Settings the Volume and Video Options pages change; applied by the
   caller on MENU_DO_SETTINGS. */
typedef struct menu_settings {
    int volume_db;          /* -32..0, as -volume */
    bool keepaspect, unevenstretch, filter;
    int chips;              /* per-chip volume: names and percentages */
    const char *chip_name[8];
    int chip_pct[8];
} menu_settings;

typedef struct menu_state {
    menu_page page;
    int cursor;
    int main_cursor;
    bool dirty;   /* settings changed since the menu opened */
    const char *refused;        /* the UI key last refused while remapping */
    bool alt;                   /* waiting for an alternative key ("or") */
    bool ui_dirty;              /* the UI's keys changed: default.ini to write */
    menu_settings set;
    char title[48];
    char text[2048];
} menu_state;

/* Opens the main page with the current settings. */
void menu_open(menu_state *mn, const menu_settings *set);
/* Handles a key while the menu is open. */
menu_action menu_key(menu_state *mn, machine_t *m, keymap *k, SDL_Scancode sc);
/* A controller's button, axis or hat while the Input menu waits for a
   control (keymap_pad_*_code); ignored otherwise. */
menu_action menu_code(menu_state *mn, machine_t *m, keymap *k, input_code c);
/* Draws the menu, centred, into a cw x ch 0xAARRGGBB canvas. */
void menu_draw(const menu_state *mn, machine_t *m, const keymap *k, u32 *canvas, int cw, int ch);

#endif
