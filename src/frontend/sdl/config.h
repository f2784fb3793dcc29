/* Per-game settings in <cfg_directory>/<driver>.ini: DIP switches and
   input remaps, as "key = value" lines:
       dip.DSW0.0x03 = 0x02
       input.P1.JOYSTICK_UP = Keypad 8
   Written atomically; read back with every value checked. Lines it does
   not understand (comments, unknown keys, values not valid for the
   machine) are kept as they are on save. A file that exists but cannot be
   read (or is over 64 KiB) is never saved over. */
#ifndef CABINET_SDL_CONFIG_H
#define CABINET_SDL_CONFIG_H

#include "emu/machine.h"
#include "frontend/sdl/keymap.h"

typedef struct config_file {
    char *kept;        /* lines kept for the next save, '\n'-terminated */
    size_t kept_len;
    bool unusable;     /* existed but could not be read: never saved over */
} config_file;

/* Applies the saved settings; a missing file is not an error. Lines that
   do not fit this machine are reported on stderr and kept. -1: unusable
   file (reported). */
int config_load(machine_t *m, keymap *k, const char *dir, config_file *cf);
/* 0 ok; -1 with err (also when cf is unusable). */
int config_save(machine_t *m, const keymap *k, const char *dir, const config_file *cf, char *err, size_t errlen);
void config_free(config_file *cf);

#endif
