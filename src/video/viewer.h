/* What a driver tells the viewers (F4, -dumpgfx) and pixel provenance
   beyond what the gfx, tilemap and palette helpers already know: its
   sprite list, and where its palette came from. Both optional: without a
   descriptor the viewers show the graphics sets, tilemaps and pens, and
   provenance names sprites by their element and position only. */
#ifndef CABINET_VIEWER_H
#define CABINET_VIEWER_H

#include <stddef.h>

#include "video/palette.h"

typedef struct machine machine_t;

/* One entry of the sprite list, as the driver's update draws it. */
typedef struct viewer_sprite {
    int index;            /* the hardware's sprite number */
    u8 gfx;               /* element set (m->gfx[]) */
    u32 code, color;
    bool flipx, flipy;
    int sx, sy;           /* where it is drawn in the bitmap (may be off screen) */
    bool wrap256;         /* also drawn 256 pixels to the left (Pac-Man) */
    u32 addr;             /* the attribute RAM address (CPU space) */
    u8 attr[8];           /* the raw attribute bytes */
    int nattr;
} viewer_sprite;

/* Where a palette came from, for the viewers and pixel provenance, and
   what the driver's palette init computes it from (palette_source_apply):
   one description, shown and used, so the two cannot drift apart.

   Colour i (0..count-1) reads a byte from each of up to three PROMs; each
   channel's inputs (least significant first) are bits of those bytes, each
   through a resistor. The level of a channel is, by `kind`:
     PALSRC_RESNET   resnet_compute over the three channels (MAME's
                     compute_resistor_weights), scaled to 0..max;
     PALSRC_WEIGHTS  the sum of the fixed weight of each input at 1;
     PALSRC_LEVELS   the driver's level() (a network the other two cannot
                     describe; `network` says what it is).
   Pens reach colours directly or through lookup ranges. */
enum { PALSRC_RESNET, PALSRC_WEIGHTS, PALSRC_LEVELS };
#define PALSRC_MAX_BITS 8

/* Colour i reads offset + (i >> shift[0] & mask[0]) + (i >> shift[1] & mask[1]). */
typedef struct palette_prom {
    const char *region;
    u32 offset;
    u8 shift[2];
    u16 mask[2];
} palette_prom;

typedef struct palette_channel {
    int bits;
    u8 prom[PALSRC_MAX_BITS];    /* input k: bit bit[k] of PROM prom[k]'s byte */
    u8 bit[PALSRC_MAX_BITS];
    int ohms[PALSRC_MAX_BITS];
    u8 weight[PALSRC_MAX_BITS];  /* PALSRC_WEIGHTS: what an input at 1 adds */
    int pulldown, pullup;        /* PALSRC_RESNET: ohms, 0 = absent */
} palette_channel;

/* Pens pen..pen+count-1 (only when the palette has at least min_pens):
   pen p reads byte offset + (p - pen) of region; v = byte >> shift & mask;
   colour = v | add | (v & spread_mask) << spread_shift. No region: colour
   = add + (p - pen). */
typedef struct palette_lookup {
    int pen, count;
    const char *region;
    u32 offset;
    u8 shift, mask;
    u16 add;
    u8 spread_mask, spread_shift;
    int min_pens;
} palette_lookup;

/* Pens the PROMs do not make (the driver sets them): what they are. */
typedef struct palette_note {
    int pen, count;
    const char *text;
} palette_note;

typedef struct palette_source palette_source;
struct palette_source {
    int count;                   /* colours from the PROMs */
    int nproms;
    palette_prom proms[3];
    palette_channel ch[3];       /* red, green, blue */
    u8 kind;                     /* PALSRC_* */
    u8 max;                      /* PALSRC_RESNET: the top level (0: 255) */
    int (*level)(const palette_source *ps, int color, int channel, u32 value); /* PALSRC_LEVELS */
    const char *network;         /* PALSRC_LEVELS: the network, in words */
    u32 force_mask, force_match; /* colours with (i & mask) == match read every input as 0 */
    const char *force_why;
    bool normalize;              /* then MAME's normalize_range over all colours to 0..255 */
    const palette_lookup *lut;
    int nlut;
    const palette_note *notes;
    int nnotes;
};

/* The palette init of a driver with a palette_source: colours 0..count-1
   and the lookup ranges, from the regions named. */
void palette_source_apply(machine_t *m, palette_t *pal, const palette_source *ps);
/* Colour `color`'s byte of PROM k and its address (false: no such byte,
   read as 0). */
bool palette_source_byte(const machine_t *m, const palette_source *ps, int k, int color, u32 *addr, u8 *byte);
/* Channel c's input value for colour `color` (0 for forced colours). */
u32 palette_source_value(const machine_t *m, const palette_source *ps, int color, int c);
/* The channel's level for that value; rc: resnet_compute of the source's
   nets (PALSRC_RESNET), from palette_source_nets. */
int palette_source_level(const palette_source *ps, const resnet_channel *rc, int color, int c, u32 value);
void palette_source_nets(const palette_source *ps, resnet_channel rc[3]);
/* The lookup range holding pen (NULL: none) and the colour it gives. */
const palette_lookup *palette_source_lookup(const machine_t *m, const palette_source *ps, int num_pens, int pen,
                                            u32 *addr, u8 *byte, int *color);

typedef struct viewer_desc {
    /* Fills out[0..max-1] with the sprites the next update would draw, in
       draw order; returns their count. Must not change the machine. */
    int (*sprites)(machine_t *m, void *drv, viewer_sprite *out, int max);
    const palette_source *palette;
} viewer_desc;

/* ---- views, drawn as 0x00RRGGBB images (malloc'd; NULL when out of
   memory or the view does not exist). They read the machine and never
   change it: tilemaps are drawn from their tile callbacks, not from the
   cached pixmap. ---- */

#define VIEWER_GFX_COLS 16   /* elements per row of a graphics set's sheet */
#define VIEWER_MAX_SPRITES 256

/* The graphics set gi, every element in colour code `color`, one pixel of
   grid between elements. */
u32 *viewer_render_gfx(const machine_t *m, int gi, u32 color, int *w, int *h);
/* The first colour code of set gi whose pens do not all show one RGB (the
   set's most telling colour for a sheet); 0 when every one is flat. */
u32 viewer_gfx_default_color(const machine_t *m, int gi);
/* The whole tilemap ti as the pixmap (flip applied), with the part the
   screen shows outlined (1-pixel yellow) when `outline`. */
u32 *viewer_render_tilemap(const machine_t *m, int ti, bool outline, int *w, int *h);
/* Every pen as a cell x cell swatch, 16 per row. */
u32 *viewer_render_palette(const machine_t *m, int cell, int *w, int *h);
/* The sprite list drawn alone at screen positions (pixel value 0
   transparent) on dark grey, with each sprite's box outlined. *n gets the
   number of sprites (0 with no descriptor). */
u32 *viewer_render_sprites(machine_t *m, int *w, int *h, int *n);
/* Where the first CPU's program map puts the driver-state RAM field at
   drv_offset (offsetof(state, field)): the sprite list's CPU addresses
   come from the map, not from a second copy in the driver. 0 if unmapped. */
u32 viewer_ram_address(const machine_t *m, size_t drv_offset);
/* The driver's sprite list into out (VIEWER_MAX_SPRITES entries); 0 without one. */
int viewer_sprite_list(machine_t *m, viewer_sprite *out);

#endif
