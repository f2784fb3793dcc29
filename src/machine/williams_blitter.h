/* Williams "special chip" blitter (VTI VL2001 SC1, VL2001A SC2), CA00-CA07:
   0 control (a write starts the blit), 1 solid colour, 2-3 source, 4-5
   destination, 6 width, 7 height (SC1: both XORed with 4 by a bug of the
   chip, fixed in SC2; 0 counts as 1). Control bits: 0 source and 1
   destination stride 256 (screen layout) instead of 1, 2 slow (one access
   per 1 MHz cycle), 3 foreground only (source pixels of 0 kept from the
   destination), 4 solid colour instead of the source, 5 shift the source
   one pixel right, 6 no odd (low-nibble) pixel, 7 no even (high-nibble)
   pixel. Sources are read through the CPU's address space (ROM when it is
   banked in), destinations below C000 read back from video RAM. Sinistar
   clips destinations at or above a window address when the window is on.
   The CPU is halted for the transfer: williams_blitter_w returns the 1 MHz
   cycles it takes, as MAME 0.251 charges them. */
#ifndef CABINET_WILLIAMS_BLITTER_H
#define CABINET_WILLIAMS_BLITTER_H

#include "emu/bus.h"
#include "emu/state.h"

enum {
    WMS_BLIT_SRC_STRIDE_256 = 0x01,
    WMS_BLIT_DST_STRIDE_256 = 0x02,
    WMS_BLIT_SLOW = 0x04,
    WMS_BLIT_FOREGROUND_ONLY = 0x08,
    WMS_BLIT_SOLID = 0x10,
    WMS_BLIT_SHIFT = 0x20,
    WMS_BLIT_NO_ODD = 0x40,
    WMS_BLIT_NO_EVEN = 0x80,
};

typedef struct williams_blitter {
    u8 regs[8];
    u8 xor_size;      /* 4 on SC1, 0 on SC2 */
    u8 window_enable; /* Sinistar's clip window */
    u16 clip_address;
    bool busy;        /* inside a blit: a blit writing its own start register only latches it */
} williams_blitter_t;

/* sc1: the chip with the size bug; clip: the window's limit (0xc000: none) */
void williams_blitter_init(williams_blitter_t *b, bool sc1, u16 clip);
void williams_blitter_reset(williams_blitter_t *b);
/* A register write; returns the CPU cycles the blit halts it for (0 when
   the write starts nothing). */
int williams_blitter_w(williams_blitter_t *b, address_space_t *space, const u8 *vram, offs_t offset, u8 data);
void williams_blitter_serialize(williams_blitter_t *b, state_io *io);

#endif
