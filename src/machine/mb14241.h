/* Fujitsu MB14241 data shifter: a 15-bit register that takes a new byte into
   its top half on every data write (the previous byte moves down), and reads
   back 8 bits from it at a 3-bit offset. Space Invaders and most Midway/Taito
   8080 boards use it (or an equivalent of TTL parts) to draw sprites at any
   horizontal pixel position into a 1-bit bitmap. Not a device: a board embeds
   one in its state and serialises it with mb14241_serialize. */
#ifndef CABINET_MB14241_H
#define CABINET_MB14241_H

#include "emu/state.h"
#include "util/types.h"

typedef struct mb14241 {
    u16 data;  /* 15 bits: newest byte in bits 14-7 */
    u8 count;  /* shift amount as latched: the complement of the written value */
} mb14241;

void mb14241_reset(mb14241 *s);
/* Shift amount: bits 0-2 of data (the chip latches their complement). */
void mb14241_count_w(mb14241 *s, u8 data);
/* New byte in; the previous byte becomes the low half. */
void mb14241_data_w(mb14241 *s, u8 data);
/* The byte (new << 8 | old) shifted left by the amount, top 8 bits. */
u8 mb14241_result_r(const mb14241 *s);
void mb14241_serialize(mb14241 *s, state_io *io);

#endif
