#include "sound/disc_note.h"

void disc_note_init(disc_note *n, double clock_hz, int data, int max1, int max2, double rate)
{
    n->t_clock = 1.0 / clock_hz;
    n->t_sample = 1.0 / rate;
    n->t_left = 0;
    n->max1 = max1;
    n->max2 = max2;
    n->count1 = data;
    n->count2 = 0;
}

int disc_note_step(disc_note *n, int data)
{
    double cycles = (n->t_left + n->t_sample) / n->t_clock;
    int inc = (int)cycles;
    n->t_left = (cycles - inc) * n->t_clock;
    if (data == n->max1)
        return n->count2;
    for (int i = 0; i < inc; i++) {
        if (++n->count1 <= n->max1)
            continue;
        n->count1 = data;
        if (++n->count2 > n->max2)
            n->count2 = 0;
    }
    return n->count2;
}

void disc_note_serialize(disc_note *n, state_io *io)
{
    st_f64(io, &n->t_left);
    st_int(io, &n->count1);
    st_int(io, &n->count2);
    if (!(n->t_left >= 0 && n->t_left < n->t_clock))
        n->t_left = 0;
    if (n->count1 < 0 || n->count1 > n->max1)
        n->count1 = 0;
    if (n->count2 < 0 || n->count2 > n->max2)
        n->count2 = 0;
}
