/* Donkey Kong's sound board DAC stage: the 8035's P1 into a DAC08 (0-5 V for
   0-255), multiplied by the decay circuit (Q7, R20 10K, C32 10 uF: while P2
   bit 7 is low the level falls as exp(-t / 0.1 s) from the moment it went
   low; high, the DAC passes unchanged), as MAME's dkong2b_discrete DAC
   task. The Sallen-Key low-pass (1916 Hz, Q 0.74) and the amplifier's
   coupling that follow, with the discrete circuits and the amplifier, are
   sound/dkong_discrete. Output: MAME's speaker scale. */
#ifndef CABINET_DKONG_DAC_H
#define CABINET_DKONG_DAC_H

#include "emu/device.h"
#include "sound/discrete.h"
#include "sound/dkong_discrete.h"
#include "sound/dkongjr_discrete.h"
#include "sound/radarscp_discrete.h"

/* the device's parameters: the route's gain into the speaker (MAME's
   0.9 for Donkey Kong, 0.5 for Donkey Kong Jr., 0.7 for Radar Scope) and
   which board's circuits follow the DAC */
typedef struct dkong_dac_params {
    double route_gain;
    bool jr;
    bool radarscp;
} dkong_dac_params;

typedef struct dkong_dac {
    device_t *dev;
    double gain;
    u8 value;         /* P1 */
    bool discharge;   /* P2 bit 7 low */
    disc_rcdisc decay;
    bool jr;
    dkong_discrete circuits;     /* the rest of the board, sound/dkong_discrete.h */
    dkongjr_discrete jr_circuits; /* or Donkey Kong Jr.'s, sound/dkongjr_discrete.h */
    bool rs;
    radarscp_discrete rs_circuits; /* or Radar Scope's, sound/radarscp_discrete.h */
    /* The inputs as the board last wrote them. The fields above belong to
       whoever renders the samples, which may be the sound thread
       (sound/sound_worker.h): the writes reach them through stream_write. */
    u8 latch;
    bool latch_discharge, latch_decay_on;
    bool latch_line[8]; /* by circuit input (DKJR_*, RS_*, or walk, jump, stomp) */
} dkong_dac;

extern const device_type dkong_dac_device;

void dkong_dac_write(dkong_dac *d, u8 value);
/* P2 bit 7 as the 8035 writes it. */
void dkong_dac_p2_bit7(dkong_dac *d, int state);
/* the circuits' input lines as the latches write them: Donkey Kong's 6H
   Q0-Q2 (walk, jump, stomp: 0-2), Donkey Kong Jr.'s DKJR_* lines, Radar
   Scope's 6H Q0-Q2, Q6, Q7 (0-2, 6, 7) */
void dkong_dac_sound_line(dkong_dac *d, int line, int state);

#endif
