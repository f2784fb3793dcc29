/* Per-chip volume (the Volume menu): each sound device's routes to the
   speakers scaled from their driver gains by a percentage, 0-200 % as
   MAME's per-device volume sliders. The routes' gains are not part of save
   states; the output is mixed up to now before each change. */
#ifndef CABINET_SDL_CHIPVOL_H
#define CABINET_SDL_CHIPVOL_H

#include "emu/machine.h"

#define CHIPVOL_MAX 8

typedef struct chip_volume {
    int count;
    device_t *dev[CHIPVOL_MAX];
    char name[CHIPVOL_MAX][40];   /* "Namco (namco)" */
    int pct[CHIPVOL_MAX];
    u16 base[MIXER_MAX_ROUTES];   /* the driver's gains, by route */
} chip_volume;

void chipvol_init(chip_volume *c, machine_t *m);
/* Sets chip i to pct percent (clamped to 0..200). */
void chipvol_set(chip_volume *c, machine_t *m, int i, int pct);

#endif
