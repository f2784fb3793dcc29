/* Balloon Bomber's music generator (MAME 0.251's ballbomb discrete sound):
   the byte written to I/O port 1 (with bit 7 forced high) loads a counter
   clocked at 31.9488 kHz that steps a 7492 divide-by-six; its outputs
   (counts 0, 1, 2, 4, 5, 6) drive a two-resistor DAC (47K, 12K) with a
   0.1 uF capacitor, coupled out through 10K / 0.1 uF. A byte of FFh rests.
   Stepped once per output sample, at the machine's output rate. */
#ifndef CABINET_BALLBOMB_SND_H
#define CABINET_BALLBOMB_SND_H

#include "emu/device.h"
#include "sound/disc_dac.h"
#include "sound/disc_note.h"
#include "sound/disc_rc.h"

typedef struct ballbomb_snd {
    device_t *dev;
    u8 data;
    disc_note note;
    disc_dac_r1 dac;
    disc_crfilter out;
} ballbomb_snd;

extern const device_type ballbomb_snd_device;

void ballbomb_snd_w(ballbomb_snd *s, u8 data);

#endif
