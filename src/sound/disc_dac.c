#include "sound/disc_dac.h"

#include "sound/disc_rc.h"

void disc_dac_r1_init(disc_dac_r1 *d, const disc_dac_r1_desc *desc, double v_on, double rate)
{
    double g = 0, i_bias = desc->r_bias > 0 ? desc->v_bias / desc->r_bias : 0;
    for (int b = 0; b < desc->bits; b++)
        if (desc->r[b] > 0)
            g += 1.0 / desc->r[b];
    if (desc->r_bias > 0)
        g += 1.0 / desc->r_bias;
    if (desc->r_gnd > 0)
        g += 1.0 / desc->r_gnd;
    double r_total = 1.0 / g;
    d->mask = (1 << desc->bits) - 1;
    for (int v = 0; v <= d->mask; v++) {
        double i = i_bias;
        for (int b = 0; b < desc->bits; b++)
            if (desc->r[b] > 0 && (v >> b & 1))
                i += v_on / desc->r[b];
        d->v_step[v] = i * r_total;
    }
    d->k = desc->c_filter > 0 ? 1.0 - disc_keep(r_total * desc->c_filter, rate) : 0;
    d->out = 0;
}

double disc_dac_r1_step(disc_dac_r1 *d, int data)
{
    double v = d->v_step[data & d->mask];
    if (d->k == 0)
        return d->out = v;
    double diff = v - d->out;
    /* close enough counts as charged, as MAME's node does */
    d->out = diff > -0.000001 && diff < 0.000001 ? v : d->out + diff * d->k;
    return d->out;
}

void disc_dac_r1_serialize(disc_dac_r1 *d, state_io *io)
{
    st_f64(io, &d->out);
    if (!(d->out >= -50 && d->out <= 50))
        d->out = 0;
}
