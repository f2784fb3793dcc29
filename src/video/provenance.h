/* Pixel provenance: which draw made a pixel of the frame, and from what.

   A recorder watches one pixel of the screen bitmap (coordinates relative
   to the visible area, as drivers draw). While it is attached to the
   bitmap (bitmap_ind16.prov), gfx_draw, gfx_draw_ex and tilemap_draw note
   every draw that covers the pixel, drawn or transparent there, in draw
   order. With no recorder attached each helper tests one pointer per call
   and nothing else: frames and speed are unchanged.

   provenance_describe turns the notes into the chain a reader wants:
   layer or sprite that won, tile/sprite code, the ROM bytes and bits of
   its graphics row, the pixel value, the pen, the colour lookup entry, the
   palette PROM byte with its resistor weights, and the RGB. */
#ifndef CABINET_PROVENANCE_H
#define CABINET_PROVENANCE_H

#include <stdio.h>

#include "video/bitmap.h"
#include "video/gfx.h"

typedef struct machine machine_t;
struct tilemap;

enum { PROV_TILE = 1, PROV_SPRITE = 2 };
#define PROV_MAX_EVENTS 64

typedef struct prov_event {
    u8 kind;                    /* PROV_TILE or PROV_SPRITE (any gfx_draw) */
    bool drawn;                 /* false: transparent (or behind priority) here */
    const gfx_element *gfx;
    const struct tilemap *tm;   /* tiles: the tilemap */
    int col, row;               /* tiles: logical column and row */
    u32 mem_index;              /* tiles: the driver's memory index */
    u32 code, color;            /* as given (code not yet wrapped) */
    bool flipx, flipy;          /* as drawn (tiles: the tile's flags with the map's flip) */
    int sx, sy;                 /* sprites: where the element was placed */
    int ex, ey;                 /* the pixel inside the stored element (after flips; unwidened) */
    u8 value;                   /* the pixel value, 0 .. granularity-1 */
    u16 pen;
    int pmx, pmy;               /* tiles: the pixmap pixel */
} prov_event;

typedef struct prov_recorder {
    int x, y;                   /* the watched pixel */
    int count;
    bool overflow;
    u64 frame;                  /* the frame number the notes belong to (set by whoever arms it) */
    prov_event ev[PROV_MAX_EVENTS];
} prov_recorder;

/* Notes from the helpers (only called when dst->prov is set). */
void prov_note_gfx(bitmap_ind16 *dst, const rect_t *clip, const gfx_element *g, u32 code, u32 color, bool flipx,
                   bool flipy, int sx, int sy, u32 transmask, int xscale, const bitmap_ind8 *pri, u32 pmask);
void prov_note_tile(bitmap_ind16 *dst, const struct tilemap *tm, int pmx, int pmy, bool drawn);

/* Arms (or re-arms) the machine's recorder for pixel (x, y) of the frames
   drawn from now on: each frame starts a new set of notes. */
void provenance_watch(machine_t *m, int x, int y);
/* Detaches and frees the recorder. */
void provenance_stop(machine_t *m);
/* Called by the machine at the start of each frame (clears old notes). */
void provenance_frame_start(machine_t *m);

/* Prints the chain that made pixel (x, y) of the last frame. When the
   recorder watched that pixel during the frame, its notes are used;
   otherwise the frame is redrawn from the machine's current state into a
   scratch bitmap (the machine is saved before and restored after, so the
   emulation is unchanged). 0 ok, -1 with a line on `out` (outside the
   screen, no memory). For the debugger's `why X Y` too. */
int provenance_describe(machine_t *m, int x, int y, FILE *out);

/* The lines from a pen to its RGB: lookup PROM byte, colour PROM byte,
   each channel's bits and resistor weights (from the driver's
   viewer_desc palette source, when it has one). */
void provenance_pen(machine_t *m, int pen, FILE *out);

#endif
