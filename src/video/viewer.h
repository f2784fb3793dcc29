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

/* A colour PROM of one byte per colour through resistor networks (MAME's
   compute_resistor_weights), and an optional pen -> colour lookup PROM. */
typedef struct palette_source {
    const char *region;   /* the colour PROM */
    u32 offset;
    int count;
    u8 shift[3];          /* red, green, blue: the channel's first bit in the byte */
    resnet_net nets[3];   /* the channel's resistors, as the driver gives them to resnet_compute */
    const char *lut_region; /* NULL: no lookup PROM */
    u32 lut_offset;
    u8 lut_mask;
    int lut_count;
} palette_source;

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
