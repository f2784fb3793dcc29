/* Studying the hardware from the command line: -dumpgfx DIR writes the
   viewers' pictures (graphics sets, tilemaps, sprites, palette) as PNGs
   with text listings, -why X,Y prints the chain that made a pixel (pixel
   provenance, video/provenance.h), each at a chosen frame. The window's
   F4 viewer (frontend/sdl/viewer.c) draws the same pictures. */
#ifndef CABINET_HWVIEW_H
#define CABINET_HWVIEW_H

#include "emu/machine.h"
#include "frontend/options.h"

typedef struct hwview_run {
    int why_x, why_y;
    bool why_done, dump_done;
} hwview_run;

/* Checks the options and arms the provenance recorder. An exit code (0 ok). */
int hwview_setup(hwview_run *v, machine_t *m, const options *o);
/* After each headless frame: the outputs due at this frame. */
int hwview_frame(hwview_run *v, machine_t *m, const options *o);
/* After the run: outputs for "the last frame" (frame option 0) when ok,
   and a complaint for frames the run never reached. An exit code. */
int hwview_finish(hwview_run *v, machine_t *m, const options *o, bool ok);

/* Writes DIR/<system>/gfxN.png (colour code in the name), tilemapN.png,
   sprites.png, palette.png, sprites.txt and palette.txt. 0 ok; -1 with err. */
int hwview_dump(machine_t *m, const char *dir, char *err, size_t errlen);

#endif
