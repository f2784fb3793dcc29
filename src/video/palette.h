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

/* Resistor networks (MAME's compute_resistor_weights): each of up to three
   channels is a set of resistors, one per input bit, joined at the output
   node, optionally with a pull-down and a pull-up resistor (0 = none). A bit
   at 1 drives its resistor high, the others and the pull-down go to ground;
   the node's voltage maps minval..maxval. With scaler < 0, one scale shared
   by all channels makes the channel with the largest output reach maxval.
   Doubles are used here, at start only; the results are integers: each
   channel's output for every input value, rounded once from the exact sum
   of its bits' weights as MAME's combine_weights does. */
#define RESNET_MAX_BITS 8
#define RESNET_MAX_NETS 3

typedef struct resnet_net {
    int bits;
    const int *ohms;      /* ohms[i]: the resistor of input bit i */
    int pulldown, pullup; /* ohms, 0 = absent */
} resnet_net;

typedef struct resnet_channel {
    int bits;
    s32 weight[RESNET_MAX_BITS];    /* each bit alone, 16.16 fixed point, rounded */
    u8 level[1 << RESNET_MAX_BITS]; /* output for each input value, 0..255 */
} resnet_channel;

/* Fills out[0..count-1]; returns the scale used, in 16.16 fixed point. */
s32 resnet_compute(int minval, int maxval, double scaler, int count, const resnet_net *nets, resnet_channel *out);

/* The channel's output for the low `bits` bits of value. */
static inline u8 resnet_level(const resnet_channel *c, u32 value)
{
    return c->level[value & ((1u << c->bits) - 1)];
}

#endif
