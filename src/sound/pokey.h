/* Atari C012294 POKEY: four sound channels (8-bit, or linked into 16-bit
   pairs) clocked by the chip clock, or its /28 ("64 kHz") or /114
   ("15 kHz") prescalers; distortion from 4/5/9/17-bit polynomial counters;
   high-pass filters (channel 1 by 3, 2 by 4); volume-only mode; eight POT
   inputs with a scan; the RANDOM register; SKCTL reset and IRQ status bits.

   The chip is emulated clock for clock, exactly, but only the clocks on
   which a counter wraps or a borrow is pending are stepped singly; the
   plain counting between them is done in bulk, and a channel nothing can
   hear or see (volume 0, unlinked, no timer IRQ, no filter role) is left
   out until the next register write, which works out its state. The stream runs at
   clock/28 (54 kHz for 1.512 MHz) and each sample is the average of its 28
   clocks, so every pitch is exact. Register reads and writes first bring
   the chip to the current clock, so RANDOM and POT reads and the timing of
   writes are cycle-exact. */
#ifndef CABINET_POKEY_H
#define CABINET_POKEY_H

#include "emu/device.h"

/* Optional wiring (device_config.params); ctx is the driver state. */
typedef struct pokey_params {
    u8 (*pot_r)(void *drv, int pot);       /* 0..228 (the POT's charge time in scan lines) */
    u8 (*allpot_r)(void *drv);             /* replaces the ALLPOT register (Millipede DIPs) */
    void (*irq_w)(void *drv, int state);   /* IRQ output (IRQST & IRQEN) */
} pokey_params;

typedef struct pokey_channel {
    u8 audf, audc;
    u8 counter;       /* counts up from AUDF ^ 0xff; borrow when it wraps to 0 */
    u8 borrow;        /* borrow delay: the reload comes 3 clocks after the wrap */
    u8 output;        /* distortion flip-flop */
    u8 filter;        /* high-pass sample (channels 1 and 2) */
} pokey_channel;

/* The polynomial counters' outputs at every position, built at start (each
   POKEY holds its own: no tables shared between machines). p17 keeps bits
   0-15 of the 17-bit register: bit 0 is the output, 8-15 RANDOM. */
typedef struct pokey_polys {
    u8 p4[15], p5[31], p9[511];
    u16 p17[131071];
} pokey_polys;

typedef struct pokey {
    device_t *dev;
    const pokey_params *params;
    pokey_channel ch[4];
    u8 audctl, skctl, skstat, irqen, irqst;
    u8 pot[8], allpot, pot_counter;
    u8 div28, div114;       /* prescaler counters */
    u32 p4, p5, p9, p17;    /* polynomial counter positions */
    u32 level;              /* sum of the audible channel volumes now (0..60) */
    u32 acc;                /* level summed over the clocks of the current sample */
    u32 sub;                /* clocks of the current sample already stepped */
    u64 clocks;             /* clocks stepped since start (samples * 28 + sub) */
    bool irq_out;
    /* Silent channels run lazily (pokey.c, detach): not state, rebuilt on demand */
    u64 now;                /* clocks run since start, bulk included */
    u8 detached;            /* bit per channel */
    struct {
        u64 at;             /* clock of the detach */
        u8 counter, div;    /* the channel's counter and the prescaler then */
    } lazy[4];
    pokey_polys polys;      /* constant after start */
} pokey_t;

extern const device_type pokey_device;

u8 pokey_read(pokey_t *p, offs_t offset);
void pokey_write(pokey_t *p, offs_t offset, u8 data);

#endif
