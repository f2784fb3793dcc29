/* Donkey Kong's sound board DAC stage: the 8035's P1 into a DAC08 (0-5 V for
   0-255), multiplied by the decay circuit (Q7, R20 10K, C32 10 uF: while P2
   bit 7 is low the level falls as exp(-t / 0.1 s) from the moment it went
   low; high, the DAC passes unchanged), as MAME's dkong2b_discrete DAC
   task. The Sallen-Key low-pass (1916 Hz, Q 0.74) and the amplifier's
   coupling that follow are the route's RC stages (see the driver). Output:
   the DAC level times the gain, uncentred as MAME's (0-5 V). */
#ifndef CABINET_DKONG_DAC_H
#define CABINET_DKONG_DAC_H

#include "emu/device.h"
#include "sound/discrete.h"

typedef struct dkong_dac {
    device_t *dev;
    u8 value;         /* P1 */
    bool discharge;   /* P2 bit 7 low */
    disc_rcdisc decay;
} dkong_dac;

extern const device_type dkong_dac_device;

void dkong_dac_write(dkong_dac *d, u8 value);
/* P2 bit 7 as the 8035 writes it. */
void dkong_dac_p2_bit7(dkong_dac *d, int state);

#endif
