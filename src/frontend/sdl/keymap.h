/* Logical inputs (type + player) and the host controls bound to them:
   MAME's default map (keyboard, or'ed with joystick n for player n),
   per-game remaps, and game controllers' buttons, axes and d-pad (hat).
   The controller functions take the controller's number (0: "Joy 1") and
   SDL's button/axis values, so tests feed them synthetic events. */
#ifndef CABINET_SDL_KEYMAP_H
#define CABINET_SDL_KEYMAP_H

#include <SDL.h>

#include "emu/input.h"
#include "frontend/sdl/uikeys.h"

#define KEYMAP_MAX 32
#define SEQ_MAX 4      /* codes or'ed in one binding (MAME's "or") */

typedef enum { CODE_NONE = 0, CODE_KEY, CODE_JOY_BUTTON, CODE_JOY_AXIS, CODE_JOY_HAT } code_kind;

/* One host control. CODE_KEY: id is an SDL_Scancode. CODE_JOY_BUTTON: an
   SDL_GameControllerButton other than the d-pad. CODE_JOY_AXIS: id =
   axis * 2 + 1 for the positive half (right, down, trigger pressed), + 0
   for the negative half. CODE_JOY_HAT: id 0-3 = up, down, left, right. */
typedef struct input_code {
    u8 kind;
    u8 joy;        /* controller 0.. ("Joy 1") */
    u16 id;
} input_code;

typedef struct key_binding {
    u16 type;
    u8 player;
    u8 n;                          /* codes in use; 0 = None */
    input_code code[SEQ_MAX];
    bool down[SEQ_MAX];
} key_binding;

typedef struct keymap {
    key_binding b[KEYMAP_MAX];
    int count;
    ui_keymap ui;   /* the UI's keys (Input (general)); kept by keymap_init */
} keymap;

/* The defaults, limited to the inputs this machine has. */
void keymap_init(keymap *k, const input_ports *ip);
/* Every binding back to its default codes (the Input menu's "Restore defaults"). */
void keymap_restore_defaults(keymap *k, input_ports *ip);
/* Applies a key event; true when the key drives a game input. */
bool keymap_key(keymap *k, input_ports *ip, SDL_Scancode sc, bool down);
/* A controller's button (the d-pad as its hat) or axis: drives whatever
   input has the code in its sequence; true when one did. */
bool keymap_pad_button(keymap *k, input_ports *ip, int joy, SDL_GameControllerButton btn, bool down);
bool keymap_pad_axis(keymap *k, input_ports *ip, int joy, SDL_GameControllerAxis axis, int value);
/* The code a controller event would assign in the Input menu: a button
   press, or an axis pushed past half way. false for releases and small
   axis motion. */
bool keymap_pad_button_code(int joy, SDL_GameControllerButton btn, bool down, input_code *out);
bool keymap_pad_axis_code(int joy, SDL_GameControllerAxis axis, int value, input_code *out);
/* Releases everything held on the keyboard (the menu or the viewer opened). */
void keymap_release_keys(keymap *k, input_ports *ip);
/* The Input menu: alt false replaces the sequence by c, true adds c as an
   alternative (MAME's "or"; the last one is replaced when full); a NONE
   code clears it. The binding's held state is released. */
void keymap_assign(keymap *k, input_ports *ip, key_binding *b, input_code c, bool alt);
key_binding *keymap_find(keymap *k, u16 type, u8 player);
/* The binding has its default sequence (the cfg keeps only the others, as
   MAME does). */
bool keymap_is_default(const key_binding *b);
/* The binding is its default key alone: what settings files written before
   controllers were part of the sequences hold for an unchanged input. */
bool keymap_is_default_key_only(const key_binding *b);
/* "Left Ctrl", "Left Ctrl or Joy 1 Button 1", "None": MAME's wording,
   also the settings file's value. */
void keymap_keys_text(const key_binding *b, char *out, size_t len);
/* "Left Ctrl", "Joy 2 LY Up", "Joy 1 Hat 1 Left". */
void keymap_code_name(input_code c, char *out, size_t len);
/* Parses keymap_keys_text's form; false when a name is not a control. */
bool keymap_keys_parse(const char *text, input_code *codes, u8 *n);
/* "P1 JOYSTICK_UP" */
void keymap_label(const key_binding *b, char *out, size_t len);

#endif
