/* The UI's own keys (MAME's "Input (general)" > User Interface): which key
   opens the menu, pauses, resets, saves and loads states... remappable,
   kept in <cfg_directory>/default.ini as "ui.<name> = <key>" lines
   (written through a temp file and rename). Esc, Alt+Enter and the
   fast-forward keys stay fixed. */
#ifndef CABINET_SDL_UIKEYS_H
#define CABINET_SDL_UIKEYS_H

#include <SDL.h>

typedef enum {
    UIK_MENU, UIK_PAUSE, UIK_SERVICE, UIK_RESET, UIK_STATE, UIK_THROTTLE, UIK_SHOWFPS, UIK_SNAPSHOT, UIK_UITOGGLE,
    UIK_COUNT
} ui_action;

typedef struct ui_keymap {
    SDL_Scancode key[UIK_COUNT];
} ui_keymap;

void uikeys_defaults(ui_keymap *u);
/* The action bound to sc, or -1. */
int uikeys_action(const ui_keymap *u, SDL_Scancode sc);
/* MAME's name: "Config Menu", "Pause", ... */
const char *uikeys_name(int action);
/* Applies dir/default.ini (missing: defaults). -1 with err for a file
   that cannot be read; bad lines are reported there and skipped. */
int uikeys_load(ui_keymap *u, const char *dir, char *err, size_t errlen);
int uikeys_save(const ui_keymap *u, const char *dir, char *err, size_t errlen);

#endif
