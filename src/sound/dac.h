/* An 8-bit DAC: a latch whose value is the output level (0x80 = silence).
   Boards drive it from the CPU to play samples or square waves. */
#ifndef CABINET_DAC_H
#define CABINET_DAC_H

#include "emu/device.h"

#define DAC_QUEUE 256

/* Writes are not rendered one by one (a CPU-driven DAC is written thousands
   of times a second): each is queued with the sample it takes effect from,
   and the stream renders them when it next catches up. */
typedef struct dac_t {
    device_t *dev;
    u8 value;          /* the latch: the last value written */
    u8 out;            /* what the stream's next sample holds, before the queue */
    int queued;
    u64 at[DAC_QUEUE]; /* from sample at[i] on (stream count), val[i] */
    u8 val[DAC_QUEUE];
} dac_t;

/* No clock (0): its stream runs at the machine's output rate. */
extern const device_type dac_device;
extern const device_type mc1408_dac_device; /* the same, named as MAME's MC1408 */

void dac_write(dac_t *d, u8 value);

#endif
