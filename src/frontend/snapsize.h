/* MAME's -snapsize: "auto" keeps the snapshot at the game's own pixels
   (oriented); "WxH" scales it to exactly W x H, nearest pixel. */
#ifndef CABINET_SNAPSIZE_H
#define CABINET_SNAPSIZE_H

#include <stddef.h>

#include "util/types.h"

/* 0 with *w = *h = 0 for auto; 0 with the size for "WxH" (1..16384 each);
   -1 when the text is neither. */
int snapsize_parse(const char *text, int *w, int *h);
/* A tw x th copy of the w x h picture (malloc'd), nearest pixel; NULL when
   out of memory. */
u32 *snapsize_scale(const u32 *pic, int w, int h, int tw, int th);

#endif
