/* Galaxian custom sound (Namco/Midway Galaxian board): a programmable tone
   generator (pitch latch at 7800h, 8-bit down counter clocking a 4-bit
   counter whose outputs are mixed through resistors switched by VOL1/VOL2),
   three 555 "background" oscillators (FS1-FS3) swept by a fourth 555 whose
   speed comes from a 4-bit latch (LFO, 6004h-6007h), the HIT noise and the
   FIRE noise-modulated 555 burst. See galaxian_snd.c for what is
   approximated. Rendered in integers at the device clock's sample rate. */
#ifndef CABINET_GALAXIAN_SND_H
#define CABINET_GALAXIAN_SND_H

#include "emu/device.h"

typedef struct galaxian_snd {
    device_t *dev;
    /* latches */
    u8 pitch;        /* 7800h */
    u8 lfo;          /* 6004h-6007h bits 0-3 */
    u8 ctl;          /* 6800h-6807h: FS1 FS2 FS3 HIT - FIRE VOL1 VOL2 */
    /* tone: 1.536 MHz / (256 - pitch) clocks a 4-bit counter */
    u32 tone_acc;    /* phase in 1.536 MHz ticks, scaled by the sample rate */
    u8 tone_div;     /* ticks left before the next counter step */
    u8 tone_cnt;     /* 4-bit counter */
    /* background: three square waves, swept by a sawtooth LFO */
    u32 bg_phase[3]; /* 16.16 cycles */
    u32 lfo_phase;   /* 0.32 cycles */
    /* noise: 17-bit LFSR sampled at the 2V rate (7920 Hz) */
    u32 lfsr;
    u32 noise_acc;
    u8 noise_bit;
    s32 hit_env;     /* 0..65536 */
    s32 hit_lp1, hit_lp2;
    /* fire */
    s32 fire_env;    /* amplitude, 0..65536 */
    s32 fire_sweep;  /* the RC-filtered inverted FIRE level, 0..65536 */
    u32 fire_phase;  /* 16.16 */
    s32 out_lp;      /* final low-pass */
} galaxian_snd;

/* No clock (0, as MAME's); rendered at 48 kHz whatever the output rate. */
extern const device_type galaxian_snd_device;

void galaxian_snd_pitch_w(galaxian_snd *s, u8 data);
void galaxian_snd_lfo_w(galaxian_snd *s, unsigned offset, u8 data);   /* offset 0-3 */
void galaxian_snd_sound_w(galaxian_snd *s, unsigned offset, u8 data); /* offset 0-7 */

#endif
