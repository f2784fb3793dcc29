/* The exact cycle of a free-running CD4049 oscillator (disc_inverter_osc).

   With no input, an oscillator's state settles into an exact cycle of
   doubles (Donkey Kong's walk: 4046 samples; Radar Scope's: 395, 1345 and
   35256). After a warm-up one state is taken as the reference and each step
   is recorded (the state before it and its output) until the reference
   comes back; from then on the table is replayed: bit for bit the steps the
   oscillator would take. A table too short for the cycle gives up and tries
   again from a later reference.

   While replaying, the block the oscillator drives (a CV network, a filter)
   can remember its step per table entry: its input bit and state before,
   its state after and output (a pure function of those and the entry's
   oscillator output), so it also replays once it has settled into the
   oscillator's cycle.

   The tables are the owner's arrays (sized for its oscillators). A cache,
   not saved: disc_osc_cycle_restart after a load. */
#ifndef CABINET_DISC_OSC_CYCLE_H
#define CABINET_DISC_OSC_CYCLE_H

#include "sound/disc_osc.h"
#include "util/types.h"

typedef struct disc_osc_entry {
    double v_cap, v_g2_old; /* the state before the step */
    double out;
} disc_osc_entry;

/* the driven block's step at one entry: up to two state words */
typedef struct disc_osc_block_memo {
    u64 before[2], after[2];
    double out;
    u8 in, valid;
} disc_osc_block_memo;

typedef struct disc_osc_cycle {
    u8 mode; /* 0: stepping (warming up), 1: recording, 2: replaying */
    int n, len, pos;
    int cur; /* the entry replayed for this sample, -1: none */
    int cap, warmup;
    u64 ref[2];
    disc_osc_entry *tab;       /* cap entries */
    disc_osc_block_memo *memo; /* cap entries, or NULL */
} disc_osc_cycle;

void disc_osc_cycle_init(disc_osc_cycle *c, disc_osc_entry *tab, disc_osc_block_memo *memo, int cap, int warmup);
/* after a load: the state may be anywhere, warm up again */
void disc_osc_cycle_restart(disc_osc_cycle *c);
double disc_osc_cycle_record(disc_inverter_osc *o, disc_osc_cycle *c);
void disc_osc_cycle_begin(disc_inverter_osc *o, disc_osc_cycle *c);

/* one step of the oscillator */
static inline double disc_osc_cycle_step(disc_inverter_osc *o, disc_osc_cycle *c)
{
    if (c->mode == 2) {
        c->cur = c->pos;
        double out = c->tab[c->pos].out;
        if (++c->pos == c->len)
            c->pos = 0;
        o->v_cap = c->tab[c->pos].v_cap;
        o->v_g2_old = c->tab[c->pos].v_g2_old;
        return out;
    }
    c->cur = -1;
    if (c->mode == 0) {
        if (++c->n < c->warmup)
            return disc_inverter_osc_step(o);
        disc_osc_cycle_begin(o, c);
    }
    return disc_osc_cycle_record(o, c);
}

/* The driven block's remembered step for this sample's entry with input
   bit `in` from state `before` (n words), or NULL; on NULL, the caller
   steps the block and gives the result to disc_osc_block_store. */
static inline disc_osc_block_memo *disc_osc_block_find(disc_osc_cycle *c, int in, const u64 *before, int n)
{
    if (c->cur < 0 || !c->memo)
        return NULL;
    disc_osc_block_memo *m = &c->memo[c->cur];
    if (!m->valid || m->in != in || m->before[0] != before[0] || (n > 1 && m->before[1] != before[1]))
        return NULL;
    return m;
}

static inline void disc_osc_block_store(disc_osc_cycle *c, int in, const u64 *before, const u64 *after, int n,
                                        double out)
{
    if (c->cur < 0 || !c->memo)
        return;
    disc_osc_block_memo *m = &c->memo[c->cur];
    m->in = (u8)in;
    for (int i = 0; i < 2; i++) {
        m->before[i] = i < n ? before[i] : 0;
        m->after[i] = i < n ? after[i] : 0;
    }
    m->out = out;
    m->valid = 1;
}

#endif
