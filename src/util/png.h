/* PNG snapshots (libpng): 24-bit RGB from 0x00RRGGBB pixels. */
#ifndef CABINET_PNG_H
#define CABINET_PNG_H

#include "util/types.h"

/* Writes atomically (temp file + rename). 0 ok; -1 with err. */
int png_write_rgb(const char *path, const u32 *pix, int width, int height, char *err, size_t errlen);
/* Reads an 8-bit RGB/RGBA/grey/palette PNG into *pix (0xAARRGGBB, malloc'd).
   Refuses images over max_pixels. 0 ok; -1 with err. */
int png_read_argb(const char *path, u32 **pix, int *width, int *height, size_t max_pixels, char *err,
                  size_t errlen);
/* The same from size bytes in memory; name stands for the file in err. */
int png_read_argb_mem(const void *data, size_t size, const char *name, u32 **pix, int *width, int *height,
                      size_t max_pixels, char *err, size_t errlen);

#endif
