#include "sound/disc_squarewave.h"

static void toggle_due(disc_squarewfix *w)
{
    while (w->t_left <= 0) {
        w->high = !w->high;
        w->t_left += w->high ? w->t_on : w->t_off;
    }
}

void disc_squarewfix_init(disc_squarewfix *w, double freq, double duty, double phase, double rate)
{
    double period = 1.0 / freq, frac = phase / 360.0;
    frac -= (int)frac;
    if (frac < 0)
        frac += 1.0;
    w->t_on = period * (duty / 100.0);
    w->t_off = period - w->t_on;
    w->step = 1.0 / rate;
    w->high = true;
    w->t_left = -(frac * period);
    toggle_due(w);
    /* the reset ends with one step, as MAME's node does */
    disc_squarewfix_step(w);
}

bool disc_squarewfix_step(disc_squarewfix *w)
{
    w->t_left -= w->step;
    toggle_due(w);
    return w->high;
}

void disc_squarewfix_serialize(disc_squarewfix *w, state_io *io)
{
    st_f64(io, &w->t_left);
    st_bool(io, &w->high);
    /* a hostile state must not stall the toggling loop */
    if (!(w->t_left > -(w->t_on + w->t_off) && w->t_left <= w->t_on + w->t_off))
        w->t_left = w->t_off;
}
