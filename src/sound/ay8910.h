/* General Instrument AY-3-8910A programmable sound generator: three square
   wave tone channels (12-bit periods), one noise generator (17-bit LFSR,
   5-bit period), one envelope generator (16-bit period, 16 steps, the
   shapes of the hold/alternate/attack/continue bits), a mixer (tone and
   noise enables per channel), a 4-bit logarithmic volume per channel and
   two 8-bit I/O ports.

   As a sound device (SOUND_DEVICE("ay1", ay8910_device, 1789772, &params,
   ROUTES(...))) it has three outputs, one per channel (0 = A, 1 = B,
   2 = C), so a board routes and filters each on its own. The clock is the
   chip's input clock (MAME's -listxml value); the stream runs at clock / 8,
   one sample per tone-counter step, as MAME does.

   MAME 0.251 behaviours matched (facts from its src/devices/sound/ay8910.cpp
   as rewritten for the AY8930's expanded mode in 2020, which 0.251 has;
   the unit test tests/sound/test_ay8910.c asserts each, sample for sample):
   - the tone counter counts up each sample; each time it reaches the
     period (0 behaves as 1) the output flips and the period is subtracted,
     so a period written below the count flips once per period passed: a
     square wave of 2 x period samples, clock / (16 x period) Hz;
   - the noise counter likewise flips a prescaler; each time the prescaler
     returns to 0 (the 2nd, 4th ... period) the LFSR shifts right with
     bit0 ^ bit3 entering at bit 16 (seed 1 at reset); the noise output is
     bit 0;
   - a channel is audible where (tone | tone disabled) & (noise | noise
     disabled): both disabled gives a constant level the volume modulates;
   - the envelope steps every 2 x period samples (period 0 every sample),
     from 15 down; attack xors the step with 15; at the end, continue = 0
     holds at 0 (after an attack: alternate as attack), hold holds (flipped
     when alternate), alternate flips the direction;
   - writing the shape register restarts the envelope, even with the same
     value;
   - volumes: MAME's AY-3-8910A resistor table (Matthew Westcott's
     measurements, RU 800k, RD 8M) into its default 1k load, normalised as
     its default AY8910_LEGACY_OUTPUT does, ((v - min) / (max - min) - 0.25)
     / 2, here x 32768 (MAME 0.251 streams the float; its sound system scales
     1.0 to 32768): -4096 .. 12288. A fixed volume 0 is "off" (no pull-up
     term); the envelope's 0 is not. The tables are computed once at start
     with only + - x / (exact IEEE, the same on every host) and rounded;
   - registers keep the written byte; reads return it masked (0xff 0x0f 0xff
     0x0f 0xff 0x0f 0x1f 0xff 0x1f 0x1f 0x1f 0xff 0xff 0x0f 0xff 0xff);
     reading port A or B (registers 14, 15) calls the read callback whatever
     the direction and stores the value;
   - the address write selects a register only when the upper nibble is 0
     (the AY-3-8910A's mask code); otherwise the chip is deselected: data
     writes are ignored and reads return 0xff;
   - writing register 14/15 calls the port's write callback when the port is
     an output (register 7 bit 6 / 7); changing a direction bit calls it
     with the register (output) or 0xff (input);
   - reset: register latch 0 and deselected, LFSR 1, counters and outputs 0,
     registers 0-13 written with 0 (both port callbacks see 0xff), 14 and 15
     kept.
   - AY8910_RESISTOR_OUTPUT (ay8910_params.resistor_output): MAME's MOSFET
     output model (Vth 1.465385778 V, Vg 4.9 V, Kn per level) gives each
     level as an equivalent resistance to 5 V into the load; rounded to
     ohms, not clamped (0.251 streams floats).
   Not done: the single mixed output (AY8910_SINGLE_OUTPUT); the other
   family members (8912, 8913, 8914, YM2149, AY8930).
   Source versions: the facts come from MAME's source after the AY8930
   expanded-mode rewrite (tone_t/envelope_t). tools/mame_ay8910_probe.sh
   checked MAME 0.251 itself on a Frogger board running our own probe ROMs:
   its save items are that structure's, its LFSR shifts when the noise
   prescaler returns to 0 (older MAME shifted on the 1st, 3rd ... period),
   a tone period lowered below the count flips once per period passed
   (older MAME reset the count to 0: one flip), registers 0-13 read back
   0xff through the masks above, and each of the 16 envelope shapes holds
   (at 0 or 15) or keeps running as listed above. */
#ifndef CABINET_AY8910_H
#define CABINET_AY8910_H

#include "emu/device.h"

enum {
    AY_AFINE, AY_ACOARSE, AY_BFINE, AY_BCOARSE, AY_CFINE, AY_CCOARSE,
    AY_NOISEPER, AY_ENABLE, AY_AVOL, AY_BVOL, AY_CVOL,
    AY_EFINE, AY_ECOARSE, AY_ESHAPE, AY_PORTA, AY_PORTB
};

/* Optional wiring (device_config.params; NULL: none). Callbacks get the
   driver state. A port without a read callback reads back its register. */
typedef struct ay8910_params {
    u8 (*port_a_r)(void *drv);
    u8 (*port_b_r)(void *drv);
    void (*port_a_w)(void *drv, u8 data);
    void (*port_b_w)(void *drv, u8 data);
    u32 res_load[3];  /* per-channel load in ohms (0: MAME's default 1000) */
    /* MAME's AY8910_RESISTOR_OUTPUT: each output sample is the channel's
       equivalent resistance to 5 V in ohms (MOSFET model into res_load),
       for a board that models the output circuit itself (Konami's sound
       boards, a netlist in MAME 0.251). Not audio: route it through the
       board's own conversion. */
    bool resistor_output;
    /* With resistor_output: the board's load (ohms) the equivalent
       resistance drives from 5 V; the outputs are then that divider's
       voltage, 0-5 V as 0-16384 (1942's channels into 10K, where MAME 0.251
       runs a netlist). 0: the resistances themselves. */
    u32 divider_load;
} ay8910_params;

typedef struct ay8910 {
    device_t *dev;
    const ay8910_params *p;
    void *drv;
    u8 regs[16];
    u8 latch;          /* selected register */
    bool active;       /* selected by the last address write */
    u8 last_enable;    /* register 7 as the ports last saw it */
    u16 count[3];      /* tone counters */
    u8 output[3];      /* tone flip-flops */
    u8 count_noise, prescale_noise;
    u32 rng;           /* 17-bit LFSR */
    u32 count_env;
    s8 env_step;       /* 15 .. 0 */
    u8 hold, alternate, attack, holding;
    s32 vol_table[3][16]; /* fixed volume (0 = off) */
    s32 env_table[3][16]; /* envelope volume */
} ay8910_t;

extern const device_type ay8910_device;

/* The bus protocol: the address write latches the register, the data write
   and read access it (BDIR/BC1 as the board decodes them). */
void ay8910_address_w(ay8910_t *ay, u8 data);
void ay8910_data_w(ay8910_t *ay, u8 data);
u8 ay8910_data_r(ay8910_t *ay);

/* Bus handlers for MAP_DEVICE entries (ctx: the ay8910_t; offset unused). */
void ay8910_address_map_w(void *ay, offs_t offset, u8 data);
void ay8910_data_map_w(void *ay, offs_t offset, u8 data);
u8 ay8910_data_map_r(void *ay, offs_t offset);

/* For a board part that wires an AY it does not own (sound/konami_sound.c),
   after the chip's start: the callbacks get `ctx` instead of the driver
   state, and each level of the tables (with resistor_output, ohms) becomes
   map(level), once. */
void ay8910_set_callback_context(ay8910_t *ay, void *ctx);
void ay8910_map_levels(ay8910_t *ay, s32 (*map)(s32 level));

/* The envelope's current volume (0-15). */
static inline u8 ay8910_env_volume(const ay8910_t *ay)
{
    return (u8)((ay->env_step ^ ay->attack) & 0x0f);
}

#endif
