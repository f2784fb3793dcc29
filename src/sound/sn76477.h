/* Texas Instruments SN76477 Complex Sound Generator: a super-low-frequency
   oscillator (SLF), a voltage-controlled oscillator (VCO), a noise source
   with its RC filter, a one-shot, an attack/decay envelope and a mixer,
   each a capacitor charged and discharged between thresholds. The board
   sets the pins with resistors and capacitors (the params) and drives the
   logic inputs from latches.

   The model is MAME 0.251's: capacitor voltages stepped once per output
   sample with the charge rates and thresholds measured on a real chip, so
   the tone depends on the output rate exactly as MAME's does. A value of 0
   for a resistor or capacitor means the pin is not fitted, as in MAME's
   machine configurations. No clock: the stream runs at the machine's output
   rate. */
#ifndef CABINET_SN76477_H
#define CABINET_SN76477_H

#include "emu/device.h"

typedef struct sn76477_params {
    double noise_clock_res, noise_filter_res, noise_filter_cap;
    double decay_res, attack_decay_cap, attack_res;
    double amplitude_res, feedback_res;
    double vco_voltage, vco_cap, vco_res;
    double pitch_voltage;
    double slf_res, slf_cap;
    double one_shot_cap, one_shot_res;
    u8 vco_mode;       /* 0: pin 16 voltage, 1: the SLF */
    u8 mixer;          /* pins A | B << 1 | C << 2 */
    u8 envelope;       /* pins 1 | 2 << 1 */
    u8 enable;         /* pin 9 at reset: 1 = inhibited */
} sn76477_params;

typedef struct sn76477_t {
    device_t *dev;
    const sn76477_params *p;
    u8 enable, mixer, envelope, vco_mode;
    double one_shot_v, slf_v, vco_v, noise_filter_v, ad_v;
    bool one_shot_running, slf_out, vco_out, vco_alt_edge;
    bool noise_bit, filtered_noise_bit;
    u32 noise_count, rng;
} sn76477_t;

extern const device_type sn76477_device;

/* Pin 9: 0 enables the output and starts the attack and the one-shot. */
void sn76477_enable_w(sn76477_t *s, int state);
void sn76477_mixer_w(sn76477_t *s, u8 abc);
void sn76477_envelope_w(sn76477_t *s, u8 modes);
void sn76477_vco_w(sn76477_t *s, int state);

#endif
