/* Per-game settings in <cfg_directory>/<driver>.ini: DIP switches, input
   remaps (keys and controller codes, or'ed), per-chip volume, the Video
   Options that differ from the options, coin counters, as "key = value"
   lines:
       dip.DSW0.0x03 = 0x02
       input.P1.JOYSTICK_UP = Keypad 8 or Joy 1 LY Up
       volume.namco = 150
       video.keepaspect = 0
       coins.0 = 12
   Written atomically; read back with every value checked. Lines it does
   not understand (comments, unknown keys, values not valid for the
   machine) are kept as they are on save. A file that exists but cannot be
   read (or is over 64 KiB) is never saved over. */
#ifndef CABINET_SDL_CONFIG_H
#define CABINET_SDL_CONFIG_H

#include "emu/machine.h"
#include "frontend/sdl/chipvol.h"
#include "frontend/sdl/keymap.h"

typedef struct config_file {
    char *kept;        /* lines kept for the next save, '\n'-terminated */
    size_t kept_len;
    bool unusable;     /* existed but could not be read: never saved over */
} config_file;

/* The Video Options menu's choices. */
typedef struct config_video {
    bool keepaspect, unevenstretch, filter;
} config_video;

/* Applies the saved settings (cv, v may be NULL: those lines are then
   kept as unknown); a missing file is not an error. Lines that do not fit
   this machine are reported on stderr and kept. -1: unusable file
   (reported). */
int config_load(machine_t *m, keymap *k, chip_volume *cv, config_video *v, const char *dir, config_file *cf);
/* Writes everything; the video lines only where v differs from base (the
   options), chip volumes other than 100 %, coin counters other than 0.
   0 ok; -1 with err (also when cf is unusable). */
int config_save(machine_t *m, const keymap *k, const chip_volume *cv, const config_video *v, const config_video *base,
                const char *dir, const config_file *cf, char *err, size_t errlen);
void config_free(config_file *cf);

#endif
