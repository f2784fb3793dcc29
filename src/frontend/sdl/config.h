/* Per-game settings in <cfg_directory>/<driver>.ini: DIP switches and
   input remaps, as "key = value" lines:
       dip.DSW0.0x03 = 0x02
       input.P1.JOYSTICK_UP = Keypad 8
   Written atomically; read back with every value checked. */
#ifndef CABINET_SDL_CONFIG_H
#define CABINET_SDL_CONFIG_H

#include "emu/machine.h"
#include "frontend/sdl/keymap.h"

/* Applies the saved settings; a missing file is not an error. Lines that
   do not fit this machine are reported on stderr and skipped. */
void config_load(machine_t *m, keymap *k, const char *dir);
/* 0 ok; -1 with err. */
int config_save(machine_t *m, const keymap *k, const char *dir, char *err, size_t errlen);

#endif
