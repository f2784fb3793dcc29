/* Crazy Climber sound board's sample player (MAME's cclimber_audio): 8K of
   4-bit samples (two per byte, high nibble first) played through a 4-bit
   R-2R DAC into a volume stage. The board's AY-3-8910 (a SOUND_DEVICE of
   its own in the driver) sets the start (port A) and loop (port B) points
   in 64-nibble units; the main CPU writes the rate and the volume, and a
   latch output triggers.

   As MAME 0.251 (src/mame/shared/cclimber_a.cpp): a timer ticks every
   (256 - rate) periods of clock / 2; each tick outputs the nibble at the
   current address, advances the address while the trigger is high, and
   an end marker byte (70h) jumps to the loop point. A rising trigger
   restarts at the start point. The DAC level is (nibble - 8) / 8 of full
   scale (what MAME 0.251's 4-bit R-2R DAC gives, measured on its output);
   the volume stage's gain is (volume & 1Fh) / 31 (the route's own gain,
   set at run time; 0 until the CPU writes a volume, as MAME's).

   As a sound device (SOUND_DEVICE("cclimber_audio", cclimber_snd_device,
   1536000, &params, ROUTES(...))): one output, at the machine's output
   rate. */
#ifndef CABINET_CCLIMBER_SND_H
#define CABINET_CCLIMBER_SND_H

#include "emu/device.h"
#include "emu/sched.h"

typedef struct cclimber_snd_params {
    const char *region; /* the 8K sample ROM */
} cclimber_snd_params;


typedef struct cclimber_snd {
    device_t *dev;
    const u8 *rom;
    emu_timer *timer;
    u16 route_gain;      /* the route's declared gain (DAC into the volume stage) */
    u32 address;         /* nibble address */
    u8 start, loop, rate, trigger;
    u8 volume;           /* 0-31 */
    u8 value;            /* DAC nibble */
} cclimber_snd_t;

extern const device_type cclimber_snd_device;

void cclimber_snd_start_w(cclimber_snd_t *s, u8 data);  /* AY port A */
void cclimber_snd_loop_w(cclimber_snd_t *s, u8 data);   /* AY port B */
void cclimber_snd_trigger(cclimber_snd_t *s, int state);
/* Bus handlers (ctx: the device). */
void cclimber_snd_rate_w(void *s, offs_t offset, u8 data);
void cclimber_snd_volume_w(void *s, offs_t offset, u8 data);

#endif
