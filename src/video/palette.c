#include "video/palette.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int palette_alloc(palette_t *p, int colors, int pens)
{
    memset(p, 0, sizeof(*p));
    p->indirect = pens > 0;
    p->num_colors = colors;
    p->num_pens = pens > 0 ? pens : colors;
    p->colors = calloc((size_t)colors, sizeof(u32));
    p->pen_color = calloc((size_t)p->num_pens, sizeof(u16));
    p->pen_rgb = calloc((size_t)p->num_pens, sizeof(u32));
    if (!p->colors || !p->pen_color || !p->pen_rgb) {
        palette_free(p);
        return -1;
    }
    for (int i = 0; i < p->num_pens; i++)
        p->pen_color[i] = (u16)(p->indirect ? 0 : i);
    p->dirty = true;
    return 0;
}

void palette_free(palette_t *p)
{
    free(p->colors);
    free(p->pen_color);
    free(p->pen_rgb);
    memset(p, 0, sizeof(*p));
}

void palette_set_color(palette_t *p, int index, u8 r, u8 g, u8 b)
{
    if (index >= 0 && index < p->num_colors) {
        p->colors[index] = rgb_pack(r, g, b);
        p->dirty = true;
    }
}

void palette_set_pen_color(palette_t *p, int pen, int color)
{
    if (pen >= 0 && pen < p->num_pens && color >= 0 && color < p->num_colors) {
        p->pen_color[pen] = (u16)color;
        p->dirty = true;
    }
}

void palette_refresh(palette_t *p)
{
    if (!p->dirty)
        return;
    for (int i = 0; i < p->num_pens; i++)
        p->pen_rgb[i] = p->colors[p->pen_color[i]];
    p->dirty = false;
}

/* Output of one network with only bit n high, unscaled: the node divides
   between the conductance to the high side (bit n's resistor, pull-up) and
   to ground (the other bits, pull-down); an absent resistor counts as 1e-12
   siemens, as MAME counts it. */
static double resnet_bit_output(const resnet_net *net, int n, int minval, int maxval)
{
    double g_low = net->pulldown ? 1.0 / net->pulldown : 1e-12;
    double g_high = net->pullup ? 1.0 / net->pullup : 1e-12;
    for (int j = 0; j < net->bits; j++) {
        if (!net->ohms[j])
            continue;
        if (j == n)
            g_high += 1.0 / net->ohms[j];
        else
            g_low += 1.0 / net->ohms[j];
    }
    double r_low = 1.0 / g_low, r_high = 1.0 / g_high;
    double v = (maxval - minval) * r_low / (r_high + r_low) + minval;
    return v < minval ? minval : v > maxval ? maxval : v;
}

s32 resnet_compute(int minval, int maxval, double scaler, int count, const resnet_net *nets, resnet_channel *out)
{
    double w[RESNET_MAX_NETS][RESNET_MAX_BITS] = { { 0 } };
    double max = 0; /* the largest channel's full output */
    if (count > RESNET_MAX_NETS)
        count = RESNET_MAX_NETS;
    for (int i = 0; i < count; i++) {
        double sum = 0;
        int bits = nets[i].bits > RESNET_MAX_BITS ? RESNET_MAX_BITS : nets[i].bits;
        for (int n = 0; n < bits; n++)
            sum += w[i][n] = resnet_bit_output(&nets[i], n, minval, maxval);
        if (max < sum)
            max = sum;
    }
    double scale = scaler >= 0 ? scaler : max > 0 ? maxval / max : 0;
    for (int i = 0; i < count; i++) {
        resnet_channel *c = &out[i];
        memset(c, 0, sizeof(*c));
        c->bits = nets[i].bits > RESNET_MAX_BITS ? RESNET_MAX_BITS : nets[i].bits;
        for (int n = 0; n < c->bits; n++) {
            w[i][n] *= scale;
            c->weight[n] = (s32)floor(w[i][n] * 65536.0 + 0.5);
        }
        for (u32 v = 0; v < (1u << c->bits); v++) {
            double sum = 0;
            for (int n = 0; n < c->bits; n++)
                if (v >> n & 1)
                    sum += w[i][n];
            int level = (int)(sum + 0.5);
            c->level[v] = (u8)(level < 0 ? 0 : level > 255 ? 255 : level);
        }
    }
    return (s32)floor(scale * 65536.0 + 0.5);
}
