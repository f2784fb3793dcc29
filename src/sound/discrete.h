/* Small building blocks of discrete sound circuits, in integers at a fixed
   sample rate (the coefficients come from doubles at start only, rounded
   once, so every host produces the same bits). Each block is a struct the
   board's sound device embeds and steps once per output sample.

   disc_rcdisc: MAME's DISCRETE_RCDISC, a capacitor discharged through R
   while the enable input is high: when enable rises, the output (a gain,
   1.0 = 1 << 16) starts at 1.0 and falls as exp(-t / RC); while enable is
   low it is 0. Donkey Kong's DAC decay (Q7, R20, C32: P2 bit 7 of the
   sound CPU) is gain = enable ? rcdisc : 1. */
#ifndef CABINET_DISCRETE_H
#define CABINET_DISCRETE_H

#include "emu/state.h"
#include "util/types.h"

#define DISC_ONE (1 << 16)

typedef struct disc_rcdisc {
    u32 k;      /* per-sample factor exp(-1 / (RC rate)), 0.32 fixed point */
    u32 level;  /* 1.31: the capacitor's voltage relative to its start (the
                   precision keeps the rounding of 0.1 s of steps below 0.1%) */
    bool enable;
} disc_rcdisc;

/* r in ohms, c in picofarads (filter.h's RES_K / CAP_U), rate in Hz. */
void disc_rcdisc_init(disc_rcdisc *d, u32 r, u32 c, u32 rate);
/* A rising edge of enable restarts the discharge at 1.0. */
void disc_rcdisc_enable(disc_rcdisc *d, bool on);
/* The output for this sample, then one sample of discharge. */
static inline u32 disc_rcdisc_step(disc_rcdisc *d)
{
    if (!d->enable)
        return 0;
    u32 out = d->level >> 15;
    d->level = (u32)(((u64)d->level * d->k + 0x80000000u) >> 32);
    return out;
}
void disc_rcdisc_serialize(disc_rcdisc *d, state_io *io);

#endif
