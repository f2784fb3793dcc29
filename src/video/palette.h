/* Palettes: `colors` RGB entries, optionally reached through an indirection
   table of `pens` (MAME's colortable: a PROM that maps each pen of each
   tile colour code to one of the colours). Drivers draw pens. */
#ifndef CABINET_PALETTE_H
#define CABINET_PALETTE_H

#include "util/types.h"

typedef struct palette {
    int num_colors;
    u32 *colors;        /* 0x00RRGGBB */
    int num_pens;       /* == num_colors when there is no indirection */
    u16 *pen_color;     /* pen -> colour index */
    u32 *pen_rgb;       /* pen -> RGB, rebuilt by palette_refresh */
    bool indirect;
    bool dirty;
} palette_t;

int palette_alloc(palette_t *p, int colors, int pens);
void palette_free(palette_t *p);
void palette_set_color(palette_t *p, int index, u8 r, u8 g, u8 b);
void palette_set_pen_color(palette_t *p, int pen, int color);
void palette_refresh(palette_t *p);

static inline u32 rgb_pack(u8 r, u8 g, u8 b)
{
    return (u32)r << 16 | (u32)g << 8 | b;
}

/* Resistor-network weights (as MAME's compute_resistor_weights with no
   pull-up/down): the output level of each bit in 16.16 fixed point, scaled
   so all bits on gives `max`; resnet_combine sums and rounds once. */
void resnet_weights(int bits, const int *ohms, int max, int *weights_out);
u8 resnet_combine(int bits, const int *weights, u32 value);

#endif
