/* 74LS259 8-bit addressable latch: A0-A2 select one output, D0 is its new
   level. The driver reads the outputs and reacts to the bits that changed. */
#ifndef CABINET_LS259_H
#define CABINET_LS259_H

#include "emu/state.h"

typedef struct ls259 {
    u8 q; /* output Q0..Q7 in bits 0..7 */
} ls259_t;

/* Sets output `bit` (0-7) from data bit 0; returns the mask of changed outputs. */
static inline u8 ls259_write_d0(ls259_t *l, unsigned bit, u8 data)
{
    u8 mask = (u8)(1u << (bit & 7));
    u8 old = l->q;
    l->q = (u8)(data & 1 ? old | mask : old & ~mask);
    return (u8)(old ^ l->q);
}

static inline bool ls259_q(const ls259_t *l, unsigned bit)
{
    return (l->q >> (bit & 7)) & 1;
}

/* Clears every output (the chip's /CLR, as at reset); returns the changed mask. */
u8 ls259_clear(ls259_t *l);
void ls259_serialize(ls259_t *l, state_io *io);

#endif
