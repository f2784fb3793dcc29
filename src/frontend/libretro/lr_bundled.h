/* The bundled game's ROM files, built into the core by cmake/libretro.cmake
   (generated lr_bundled.c) so that it runs with no content. */
#ifndef CABINET_LR_BUNDLED_H
#define CABINET_LR_BUNDLED_H

#include <stddef.h>

#define LR_BUNDLED_SYSTEM "cabpac"

typedef struct lr_bundled_file {
    const char *name;
    const unsigned char *data;
    size_t size;
} lr_bundled_file;

extern const lr_bundled_file lr_bundled_files[];
extern const size_t lr_bundled_count;

#endif
