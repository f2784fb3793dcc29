/* DIP switch settings of a field, read from the driver's input
   definitions (the DIPSETTING records that follow its DIPNAME). */
#ifndef CABINET_SDL_DIPS_H
#define CABINET_SDL_DIPS_H

#include "emu/input.h"

#define DIP_MAX_SETTINGS 32

/* Fills settings with the DIPSETTING records; returns their count. */
int dip_settings(const input_field *f, const input_def **settings, int max);
/* Index of the current setting, or -1 when the value is none of them. */
int dip_current(const input_field *f);
/* Moves to the next (dir 1) or previous (dir -1) setting, wrapping. */
void dip_cycle(input_field *f, int dir);
/* True when value is one of the field's settings. */
bool dip_valid(const input_field *f, u32 value);

#endif
