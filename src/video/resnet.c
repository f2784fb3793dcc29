#include "video/resnet.h"

#define TTL_VOL 0.05
#define TTL_VOH 4.0
#define VCC 5.0

int resnet_net_level(int inputs, int channel, const resnet_info *info)
{
    const resnet_chan_info *c = &info->rgb[channel];
    double minout = 0.0, cut = 0.0;
    if (c->amp == RESNET_AMP_DARLINGTON)
        minout = 0.7;
    else if (c->amp == RESNET_AMP_EMITTER)
        cut = 0.7;
    double vbias = info->vbias == RESNET_VBIAS_TTL ? TTL_VOH : VCC;
    double vol = 0.0, voh = 0.0, hres = 0.0;
    bool open_col = false;
    switch (info->vin) {
    case RESNET_VIN_OPEN_COL: open_col = true; vol = TTL_VOL; break;
    case RESNET_VIN_VCC: vol = 0.0; voh = VCC; break;
    default: vol = TTL_VOL; voh = TTL_VOH; hres = 50; break; /* the PROM's output resistance, high */
    }
    /* low inputs sink their resistor to VOL */
    double g = 0.0, v = 0.0;
    for (int i = 0; i < c->num; i++)
        if (c->r[i] != 0.0 && !(inputs >> i & 1)) {
            g += 1.0 / c->r[i];
            v += vol / c->r[i];
        }
    if (c->r_bias != 0.0) {
        g += 1.0 / c->r_bias;
        v += vbias / c->r_bias;
    }
    if (c->r_gnd != 0.0)
        g += 1.0 / c->r_gnd;
    /* a node already above VOH leaves the high TTL outputs floating */
    if (info->vin == RESNET_VIN_TTL_OUT && v / g > voh)
        open_col = true;
    for (int i = 0; i < c->num; i++)
        if (c->r[i] != 0.0 && (inputs >> i & 1) && !open_col) {
            g += 1.0 / (c->r[i] + hres);
            v += voh / (c->r[i] + hres);
        }
    v /= g;
    v = v - cut > minout ? v - cut : minout;
    if (info->monitor == RESNET_MONITOR_INVERT) {
        v = VCC - v;
    } else if (info->monitor == RESNET_MONITOR_SANYO_EZV20) {
        v = VCC - v;
        v = v - 0.7 > 0.0 ? v - 0.7 : 0.0;
        v = v < VCC - 1.4 ? v : VCC - 1.4;
        v = v / (VCC - 1.4) * VCC;
    }
    return (int)(v * 255 / VCC + 0.4);
}

static u8 clamp8(s32 v)
{
    return (u8)(v < 0 ? 0 : v > 255 ? 255 : v);
}

void palette_normalize_range(palette_t *pal, int start, int end, int lum_min, int lum_max)
{
    if (end > pal->num_colors - 1)
        end = pal->num_colors - 1;
    s32 ymin = 1000 * 255, ymax = 0;
    for (int i = start; i <= end; i++) {
        u32 c = pal->colors[i];
        s32 y = 299 * (s32)(c >> 16 & 0xff) + 587 * (s32)(c >> 8 & 0xff) + 114 * (s32)(c & 0xff);
        ymin = y < ymin ? y : ymin;
        ymax = y > ymax ? y : ymax;
    }
    if (ymax == ymin)
        return;
    s32 tmin = lum_min < 0 ? (ymin + 500) / 1000 : lum_min;
    s32 tmax = lum_max < 0 ? (ymax + 500) / 1000 : lum_max;
    for (int i = start; i <= end; i++) {
        u32 c = pal->colors[i];
        s32 r = (s32)(c >> 16 & 0xff), gr = (s32)(c >> 8 & 0xff), b = (s32)(c & 0xff);
        s32 y = 299 * r + 587 * gr + 114 * b;
        s32 u = (b - y / 1000) * 492 / 1000;
        s32 v = (r - y / 1000) * 877 / 1000;
        s32 target = tmin + ((y - ymin) * (tmax - tmin + 1)) / (ymax - ymin);
        palette_set_color(pal, i, clamp8(target + 1140 * v / 1000), clamp8(target - 395 * u / 1000 - 581 * v / 1000),
                          clamp8(target + 2032 * u / 1000));
    }
}
