/* Applies a display orientation (ROT90, flips, ...) to a finished frame. */
#ifndef CABINET_ORIENT_H
#define CABINET_ORIENT_H

#include "util/types.h"

/* Writes src (w x h) into dst transformed; *dw, *dh receive the new size.
   Swap first, then flips, as MAME composes them. */
void orient_apply(u32 *dst, int *dw, int *dh, const u32 *src, int w, int h, u32 orient);
/* Composes a user's rotation options with the game's orientation. */
u32 orient_compose(u32 game, bool rotate, bool ror, bool rol, bool flipx, bool flipy);

#endif
