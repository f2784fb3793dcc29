#include "sound/disc_osc_cycle.h"

#include "util/f64bits.h"

void disc_osc_cycle_init(disc_osc_cycle *c, disc_osc_entry *tab, disc_osc_block_memo *memo, int cap, int warmup)
{
    c->tab = tab;
    c->memo = memo;
    c->cap = cap;
    c->warmup = warmup;
    disc_osc_cycle_restart(c);
}

void disc_osc_cycle_restart(disc_osc_cycle *c)
{
    c->mode = 0;
    c->n = 0;
    c->len = c->pos = 0;
    c->cur = -1;
}

/* warmed up: the state now is the reference, the recording starts */
void disc_osc_cycle_begin(disc_inverter_osc *o, disc_osc_cycle *c)
{
    c->mode = 1;
    c->len = 0;
    if (c->memo) /* a new table: the block steps remembered for the old one go */
        for (int i = 0; i < c->cap; i++)
            c->memo[i].valid = 0;
    c->ref[0] = f64_bits(o->v_cap);
    c->ref[1] = f64_bits(o->v_g2_old);
}

/* the step while recording, or the first replayed one (back at the
   reference) */
double disc_osc_cycle_record(disc_inverter_osc *o, disc_osc_cycle *c)
{
    if (c->len > 0 && f64_bits(o->v_cap) == c->ref[0] && f64_bits(o->v_g2_old) == c->ref[1]) {
        /* back at the reference: the state of entry 0 */
        c->mode = 2;
        c->cur = 0;
        double out = c->tab[0].out;
        c->pos = c->len > 1 ? 1 : 0;
        o->v_cap = c->tab[c->pos].v_cap;
        o->v_g2_old = c->tab[c->pos].v_g2_old;
        return out;
    }
    if (c->len == c->cap) {
        /* no cycle this long from that reference: try again later */
        c->mode = 0;
        c->n = 0;
        return disc_inverter_osc_step(o);
    }
    disc_osc_entry *e = &c->tab[c->len++];
    e->v_cap = o->v_cap;
    e->v_g2_old = o->v_g2_old;
    e->out = disc_inverter_osc_step(o);
    return e->out;
}
