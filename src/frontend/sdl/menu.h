/* The Tab menu over the game: DIP switches, input remapping, reset. */
#ifndef CABINET_SDL_MENU_H
#define CABINET_SDL_MENU_H

#include <SDL.h>

#include "emu/machine.h"
#include "frontend/sdl/keymap.h"

typedef enum { MENU_CLOSED = 0, MENU_MAIN, MENU_DIPS, MENU_INPUTS, MENU_WAIT_KEY } menu_page;
typedef enum { MENU_NOTHING = 0, MENU_DO_RESET, MENU_DO_CLOSE } menu_action;

typedef struct menu_state {
    menu_page page;
    int cursor;
    int main_cursor;
    bool dirty;   /* settings changed since the menu opened */
} menu_state;

void menu_open(menu_state *mn);
/* Handles a key while the menu is open. */
menu_action menu_key(menu_state *mn, machine_t *m, keymap *k, SDL_Scancode sc);
/* Draws the menu, centred, into a cw x ch 0xAARRGGBB canvas. */
void menu_draw(const menu_state *mn, machine_t *m, const keymap *k, u32 *canvas, int cw, int ch);

#endif
