/* Namco WSG (waveform sound generator), the PROM-based 3-voice design of
   Pac-Man, Pengo and friends: each voice steps a 20-bit accumulator by its
   frequency once per clock, the device clock being the board's 3.072 MHz
   divided by 32 (96 kHz, the clock MAME's -listxml gives); the top 5
   bits index a 32-sample, 4-bit waveform from the sound PROM, scaled by a
   4-bit volume. Register file as Pac-Man maps it at 5040h-505Fh. */
#ifndef CABINET_NAMCO_WSG_H
#define CABINET_NAMCO_WSG_H

#include "emu/device.h"

#define NAMCO_WSG_VOICES 3

typedef struct namco_wsg_params {
    const char *region; /* sound PROM: 8 waveforms x 32 samples, low nibbles */
} namco_wsg_params;

typedef struct namco_wsg_voice {
    u32 freq;    /* 20 bits */
    u32 counter; /* 20-bit accumulator */
    u8 wave;     /* 0-7 */
    u8 volume;   /* 0-15 */
} namco_wsg_voice;

typedef struct namco_wsg {
    device_t *dev;
    const u8 *prom;
    u8 regs[0x20];
    namco_wsg_voice voice[NAMCO_WSG_VOICES];
    bool enabled;
    s16 level[16][8 * 32]; /* volume x (waveform, sample) -> output */
} namco_wsg;

/* offset 0x00-0x1f = Pac-Man's 5040h-505Fh; only the low nibble is used. */
void namco_wsg_write(namco_wsg *w, offs_t offset, u8 data);
/* The same as a bus handler for MAP_DEVICE entries (ctx: the namco_wsg). */
void namco_wsg_w(void *wsg, offs_t offset, u8 data);
/* Sound enable (Pac-Man latch Q1): off silences and freezes the voices. */
void namco_wsg_enable(namco_wsg *w, bool on);

extern const device_type namco_wsg_device;

#endif
