#include "sound/discrete.h"

#include <math.h>

void disc_rcdisc_init(disc_rcdisc *d, u32 r, u32 c, u32 rate)
{
    double rc = (double)r * (double)c * 1e-12;
    double k = rc > 0 && rate ? exp(-1.0 / (rc * (double)rate)) : 0.0;
    d->k = (u32)(k * 4294967296.0 >= 4294967295.0 ? 4294967295.0 : k * 4294967296.0 + 0.5);
    d->level = 0;
    d->enable = false;
}

void disc_rcdisc_enable(disc_rcdisc *d, bool on)
{
    if (on && !d->enable)
        d->level = 1u << 31;
    d->enable = on;
}

void disc_rcdisc_serialize(disc_rcdisc *d, state_io *io)
{
    st_u32(io, &d->level);
    st_bool(io, &d->enable);
}
