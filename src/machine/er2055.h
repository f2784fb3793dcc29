/* General Instrument ER2055 EAROM: 64 bytes of electrically alterable ROM
   (Atari part 137161-001), kept across power cycles. The board latches an
   address and a data byte, then drives the control lines: C1 selects read,
   C2 (with C1 low) erase, neither write (which can only clear bits, as the
   cell must be erased first); reads and repeated writes/erases happen on
   the falling edge of CK while both chip selects are active. */
#ifndef CABINET_ER2055_H
#define CABINET_ER2055_H

#include "emu/state.h"

#define ER2055_SIZE 64

typedef struct er2055 {
    u8 data[ER2055_SIZE];  /* the cells (the NVRAM image) */
    u8 control;            /* CK, C1, C2, CS1, CS2 */
    u8 address, latch;     /* latched address and data */
} er2055_t;

/* Erased contents: all 0xff. */
void er2055_init(er2055_t *e);
void er2055_set_address(er2055_t *e, u8 address);
void er2055_set_data(er2055_t *e, u8 data);
/* Sets CS1, CS2, C1 and C2 together (the chip reacts to combinations). */
void er2055_set_control(er2055_t *e, bool cs1, bool cs2, bool c1, bool c2);
void er2055_set_clk(er2055_t *e, bool state);
/* The data output latch (valid after a read cycle). */
static inline u8 er2055_data(const er2055_t *e)
{
    return e->latch;
}
/* Saves the control state and latches (not the cells, which are NVRAM, but
   they are included so a save state restores the exact machine). */
void er2055_serialize(er2055_t *e, state_io *io);

#endif
