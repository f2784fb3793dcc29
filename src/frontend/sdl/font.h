/* Cabinet's own 8x8 bitmap font (printable ASCII) and text drawing into
   0xAARRGGBB buffers, for the menu and messages drawn over the game. */
#ifndef CABINET_SDL_FONT_H
#define CABINET_SDL_FONT_H

#include "util/types.h"

#define FONT_W 8
#define FONT_H 8

/* Rows of one glyph, bit 7 = leftmost pixel; '?' for non-printable. */
const u8 *font_glyph(char c);
/* Draws text at (x, y), clipped to the buffer. */
void font_draw(u32 *buf, int w, int h, int x, int y, const char *text, u32 argb);
/* Splits text into lines of at most cols characters, at spaces where it
   can (a longer word is cut): line i is text + start[i], len[i] long.
   Returns the number of lines (at most max). */
int font_wrap(const char *text, int cols, int *start, int *len, int max);
void fill_rect(u32 *buf, int w, int h, int x, int y, int rw, int rh, u32 argb);

#endif
