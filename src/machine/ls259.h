/* 74LS259 8-bit addressable latch: A0-A2 select one output Q0-Q7, a data
   line (D0 or D7 of the bus, as the board wires it) is its new level.

   As a device (DEVICE("mainlatch", ls259_device, 0, &params)), each output
   has an optional callback, called with the driver state only when that
   output changes; the outputs are cleared at machine reset (MAME's 74259
   assumes /CLR is pulsed at reset: callbacks run for outputs that were
   high, and the power-on state is all high). /CLR held low (ls259_clear_w)
   turns the chip into a 1-of-8 demultiplexer: a write sets only its output
   for the duration of the write. Loading a save state restores the
   outputs without calling the callbacks: a driver whose own state follows
   an output recomputes it in post_load from ls259_q().

   The bare struct can also be embedded in a driver's state without
   callbacks (the older helper use): then the return values tell what
   changed. */
#ifndef CABINET_LS259_H
#define CABINET_LS259_H

#include "emu/device.h"

typedef struct ls259_params {
    devcb_line q_out[8]; /* Q0..Q7; NULL: nobody listens */
} ls259_params;

/* As a q_out: the output is the board's coin counter n (MAME's
   bookkeeping): the latch counts its pulses on the machine
   (machine_coin_counter_w). */
void ls259_coin_counter_0(void *drv, int state);
void ls259_coin_counter_1(void *drv, int state);
void ls259_coin_counter_2(void *drv, int state);

typedef struct ls259 {
    u8 q;                /* output Q0..Q7 in bits 0..7 */
    bool clear;          /* /CLR held low */
    const ls259_params *p;
    void *drv;
    machine_t *m;        /* for the coin counters; NULL when bare */
} ls259_t;

extern const device_type ls259_device;

/* Sets output `bit` (0-7) to d; returns the mask of changed outputs. */
u8 ls259_write_bit(ls259_t *l, unsigned bit, int d);
/* Bus handlers: offset selects the output, data bit 0 (D0 wiring) or
   bit 7 (D7 wiring) is its level. Return the changed mask. */
static inline u8 ls259_write_d0(ls259_t *l, offs_t offset, u8 data)
{
    return ls259_write_bit(l, offset & 7, data & 1);
}

static inline u8 ls259_write_d7(ls259_t *l, offs_t offset, u8 data)
{
    return ls259_write_bit(l, offset & 7, data >> 7 & 1);
}

/* Bus handlers for MAP_DEVICE entries (ctx: the ls259_t), D0 or D7 wiring. */
void ls259_d0_w(void *latch, offs_t offset, u8 data);
void ls259_d7_w(void *latch, offs_t offset, u8 data);

static inline bool ls259_q(const ls259_t *l, unsigned bit)
{
    return (l->q >> (bit & 7)) & 1;
}

/* Pulses /CLR: every output low (what reset does); returns the changed mask. */
u8 ls259_clear(ls259_t *l);
/* Drives /CLR: state 0 (low) clears and holds the chip in demultiplexer
   mode, 1 releases it. */
void ls259_clear_w(ls259_t *l, int state);
void ls259_serialize(ls259_t *l, state_io *io);

#endif
