/* Tornado Baseball's sound board (Midway PCB #605, MAME 0.251's
   tornbase discrete sound): three square waves from the CPU board (240,
   960 and 120 Hz), each gated by a bit of the 74175 latch at G5 through a
   7403 open-collector NAND at G6, the three outputs tied together, then a
   47K / 0.047 uF CR coupling into the amplifier. The siren, cheer and
   whistle circuits are not emulated (MAME 0.251 does not emulate them
   either). Stepped once per output sample, at the machine's output rate. */
#ifndef CABINET_TORNBASE_SND_H
#define CABINET_TORNBASE_SND_H

#include "emu/device.h"
#include "sound/disc_rc.h"
#include "sound/disc_squarewave.h"

typedef struct tornbase_snd {
    device_t *dev;
    u8 enables;                /* latch bits 0-2: 240, 960, 120 Hz */
    disc_squarewfix wave[3];
    disc_crfilter out;
} tornbase_snd;

extern const device_type tornbase_snd_device;

/* The sound latch (A0 of the I/O write decode). */
void tornbase_snd_w(tornbase_snd *s, u8 data);

#endif
