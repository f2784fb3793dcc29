/* Resistor networks seen from the monitor (MAME's compute_res_net, its
   "new interface"): each colour channel is a set of resistors driven by
   PROM outputs (TTL, open collector or full swing), with an optional
   pull-up to a bias voltage and pull-down to ground, an amplifier stage
   (complementary Darlington: output never below 0.7 V; emitter follower:
   0.7 V lost) and the monitor's input stage (inverted; the Sanyo EZV20 /
   Nintendo inverter also loses 0.7 V at each end). Used at start only (the
   palette): doubles inside, an integer 0-255 out, rounded as MAME does.
   Also MAME's palette normalize_range (luminance stretched to a range). */
#ifndef CABINET_RESNET_H
#define CABINET_RESNET_H

#include "video/palette.h"

enum { RESNET_AMP_NONE, RESNET_AMP_DARLINGTON, RESNET_AMP_EMITTER };
enum { RESNET_VIN_OPEN_COL, RESNET_VIN_VCC, RESNET_VIN_TTL_OUT }; /* MB7052 PROMs: TTL out */
enum { RESNET_VBIAS_5V, RESNET_VBIAS_TTL };
enum { RESNET_MONITOR_NONE, RESNET_MONITOR_INVERT, RESNET_MONITOR_SANYO_EZV20 };

typedef struct resnet_chan_info {
    u8 amp;         /* RESNET_AMP_* */
    double r_bias;  /* pull-up, ohms (0: none) */
    double r_gnd;   /* pull-down, ohms (0: none) */
    int num;        /* inputs, least significant first */
    double r[8];
} resnet_chan_info;

typedef struct resnet_info {
    u8 vin, vbias, monitor;  /* global options, Vcc 5 V */
    resnet_chan_info rgb[3];
} resnet_info;

/* The level (0-255) of `channel` (0 red, 1 green, 2 blue) for input bits `inputs`. */
int resnet_net_level(int inputs, int channel, const resnet_info *info);

/* MAME's palette normalize_range: the colours start..end keep their hue
   while their luminance is stretched to lum_min..lum_max. */
void palette_normalize_range(palette_t *pal, int start, int end, int lum_min, int lum_max);

#endif
