/* The Namco Pac-Man board, shared with other games on the same hardware
   (such as the bundled cabpac). */
#ifndef CABINET_DRIVERS_PACMAN_H
#define CABINET_DRIVERS_PACMAN_H

#include "emu/machine.h"

extern const machine_config pacman_config;

#endif
