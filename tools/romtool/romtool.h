/* Shared pieces of the generators that build the project's homebrew ROM
   sets (games/ and tests/roms/): writing ROM files, cutting an assembled
   program into ROM-sized files, and the Pac-Man board's graphics packing. */
#ifndef CABINET_ROMTOOL_H
#define CABINET_ROMTOOL_H

#include <stddef.h>

/* Writes n bytes to path; on failure prints "path: reason" and returns 1. */
int romtool_write(const char *path, const void *data, size_t n);

/* `split IN CHUNK OUT...`: pads IN with 0xFF to CHUNK bytes per output file
   and writes the pieces; refuses an IN larger than all outputs together.
   Returns the process exit status. */
int romtool_split(const char *in, const char *chunk, char *const outs[], int nouts);

/* Pac-Man board graphics, native (unrotated) orientation, 2 bits a pixel.
   A tile is 16 bytes: bytes 8-15 hold x = 0-3 of rows 0-7, bytes 0-7 hold
   x = 4-7; in a byte, pixel k = x & 3 has its high pen bit at bit 7-k and
   its low one at bit 3-k. A sprite is 64 bytes of four such 4-pixel strips
   (x 0-3 at +8, 4-7 at +16, 8-11 at +24, 12-15 at +0) for rows 0-7, and the
   same again at +32 for rows 8-15. Pixels are ORed in: start from zeros. */
void pacgfx_tile_pixel(unsigned char *rom, int code, int x, int y, int pen);
void pacgfx_sprite_pixel(unsigned char *rom, int code, int x, int y, int pen);

/* The command line of a Pac-Man board set generator, `name`:
     gfx OUT_5E OUT_5F                 make_gfx() fills gfx5e and gfx5f (4 KiB each)
     proms OUT_7F OUT_4A OUT_1M OUT_3M make_proms() fills 32, 256, 256, 256 bytes
     split IN CHUNK OUT...             romtool_split
   Returns the process exit status. */
typedef struct pacgfx_generator {
    const char *name;
    unsigned char *gfx5e, *gfx5f;
    void (*make_gfx)(void);
    void (*make_proms)(unsigned char *p7f, unsigned char *p4a, unsigned char *p1m, unsigned char *p3m);
} pacgfx_generator;
int pacgfx_main(const pacgfx_generator *g, int argc, char **argv);

#endif
