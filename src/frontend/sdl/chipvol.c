#include "frontend/sdl/chipvol.h"

#include <stdio.h>
#include <string.h>

void chipvol_init(chip_volume *c, machine_t *m)
{
    memset(c, 0, sizeof(*c));
    for (int i = 0; i < m->mix.num_routes; i++)
        c->base[i] = m->mix.routes[i].gain;
    for (int i = 0; i < m->num_devices && c->count < CHIPVOL_MAX; i++) {
        device_t *d = &m->devices[i];
        if (!d->stream || !d->type)
            continue;
        c->dev[c->count] = d;
        snprintf(c->name[c->count], sizeof(c->name[0]), "%s (%s)", d->type->name, d->tag);
        c->pct[c->count++] = 100;
    }
}

void chipvol_set(chip_volume *c, machine_t *m, int i, int pct)
{
    if (i < 0 || i >= c->count)
        return;
    pct = pct < 0 ? 0 : pct > 200 ? 200 : pct;
    c->pct[i] = pct;
    for (int r = 0; r < m->mix.num_routes; r++)
        if (m->mix.routes[r].stream == c->dev[i]->stream) {
            long g = (long)c->base[r] * pct / 100;
            sound_route_set_gain(m, &m->mix.routes[r], (u16)(g > 65535 ? 65535 : g));
        }
}
