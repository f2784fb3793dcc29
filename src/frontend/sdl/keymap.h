/* Logical inputs (type + player) and the host controls bound to them:
   MAME's default keyboard map, per-game remaps, and game controllers. */
#ifndef CABINET_SDL_KEYMAP_H
#define CABINET_SDL_KEYMAP_H

#include <SDL.h>

#include "emu/input.h"
#include "frontend/sdl/uikeys.h"

#define KEYMAP_MAX 32

typedef struct key_binding {
    u16 type;
    u8 player;
    SDL_Scancode key;
    bool key_down;
    u8 pad_down;   /* bit 0: buttons and d-pad, bit 1: left stick */
    SDL_Scancode key2;   /* MAME's "or": an alternative key (none: UNKNOWN) */
    bool key2_down;
} key_binding;

typedef struct keymap {
    key_binding b[KEYMAP_MAX];
    int count;
    ui_keymap ui;   /* the UI's keys (Input (general)); kept by keymap_init */
} keymap;

/* The defaults, limited to the inputs this machine has. */
void keymap_init(keymap *k, const input_ports *ip);
/* Every binding back to its default key (the Input menu's "Restore defaults"). */
void keymap_restore_defaults(keymap *k, input_ports *ip);
/* Applies a key event; true when the key drives a game input. */
bool keymap_key(keymap *k, input_ports *ip, SDL_Scancode sc, bool down);
/* Applies a controller button or axis state to player 1. */
void keymap_pad_button(keymap *k, input_ports *ip, SDL_GameControllerButton btn, bool down);
void keymap_pad_axis(keymap *k, input_ports *ip, SDL_GameControllerAxis axis, int value);
key_binding *keymap_find(keymap *k, u16 type, u8 player);
/* "Left Ctrl", "Left Ctrl or Keypad 0", "None": MAME's wording, also the
   settings file's value. */
void keymap_keys_text(const key_binding *b, char *out, size_t len);
/* Parses keymap_keys_text's form; false when a name is not a key. */
bool keymap_keys_parse(const char *text, SDL_Scancode *key, SDL_Scancode *key2);
/* "P1 JOYSTICK_UP" */
void keymap_label(const key_binding *b, char *out, size_t len);

#endif
