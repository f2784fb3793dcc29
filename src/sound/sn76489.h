/* Texas Instruments SN76489 programmable sound generator: three square wave
   tone channels (10-bit periods), one noise channel (15-bit LFSR, white or
   periodic, three fixed rates or tone 2's), a 4-bit attenuation per channel
   in 2 dB steps (15 = off), written through one 8-bit port.

   As a sound device (SOUND_DEVICE("sn1", sn76489_device, 4000000, NULL,
   ROUTES(...))) it has one output, the four channels summed. The clock is
   the chip's input clock (MAME's -listxml value); the stream runs at
   clock / 16, one sample per counter step. MAME 0.251 streams clock / 2
   and steps the counters every 8th sample, so each of our samples is 8 of
   its identical ones (the phase of its divider is lost; it only moves an
   edge by < 4 us).

   MAME 0.251 behaviours matched (facts from its src/devices/sound/sn76496.cpp,
   SN76489 variant; tests/sound/test_sn76489.c asserts each sample for sample):
   - the port: a byte with bit 7 set selects register (bits 6-4) and writes
     its low 4 bits; a byte with bit 7 clear writes to the last register
     selected: a tone period's upper 6 bits, or for the other registers
     the low 4 bits again. The power-up selection is register 3;
   - tone counters count down each step; at 0 (or below) the output flips
     and the counter reloads with the period, so a square wave of 2 x period
     steps, clock / (32 x period) Hz. A period register of 0 gives 400h
     (this variant's constructor sets MAME's "sega style" flag);
   - noise: register 6 bits 0-1 pick a shift period of 32, 64, 128 steps or
     twice tone 2's period (followed when tone 2's period changes); bit 2
     picks white noise. Each shift: feedback = bit 0 XOR (bit 1 AND white),
     shifted right, feedback entering at bit 14; the output is bit 0 after
     the shift. Every write to register 6 reloads the LFSR with 4000h;
   - volumes: 0x7fff / 4 = 8191 for attenuation 0, each step 2 dB down
     (divided by 1.258925412, truncated), 15 is 0; a channel adds its volume
     while its output is 1; the sum is negated (this variant's output is
     inverted). Volumes take effect at the write, whatever register 1/3/5/7
     held before (power-up: all 0, i.e. silent, though the registers read 0);
   - power-up only: there is no reset (MAME's device has no device_reset).
   Not done: the READY line (no board here waits on it), the other family
   members (SN76489A/SN76496, SN94624, NCR8496, Sega PSG), stereo. */
#ifndef CABINET_SN76489_H
#define CABINET_SN76489_H

#include "emu/device.h"

typedef struct sn76489 {
    device_t *dev;
    u16 regs[8];       /* 0, 2, 4 periods (10 bits); 1, 3, 5, 7 attenuation; 6 noise control */
    u8 last_reg;
    s32 volume[4];     /* current level of each channel (from the table) */
    s32 vol_table[16];
    u32 rng;           /* 15-bit LFSR */
    s32 period[4];
    s32 count[4];
    u8 output[4];
} sn76489_t;

extern const device_type sn76489_device;

void sn76489_write(sn76489_t *sn, u8 data);
/* Bus handler for MAP_DEVICE_WRITE entries (ctx: the sn76489_t). */
void sn76489_w(void *sn, offs_t offset, u8 data);

#endif
