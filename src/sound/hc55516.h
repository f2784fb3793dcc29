/* Harris HC-55516 CVSD speech decoder with a clock driven by the program
   (Sinistar's sound board: PIA CA2 is the data bit, CB2 the clock). On the
   rising clock edge the bit enters a 3-bit shift register and the
   syllabic filter (12 bits) charges when the last three bits agree, else
   decays; on every clock edge the 10-bit integrator steps by the syllabic
   level (falling edge, up or down with the last bit) or leaks (rising
   edge), and freezes at its limits. The output holds the integrator scaled
   to 16 bits between edges. Integer model after MAME 0.251's hc55516.cpp
   (facts; the code is this project's). */
#ifndef CABINET_HC55516_H
#define CABINET_HC55516_H

#include "emu/device.h"

typedef struct hc55516 {
    device_t *dev;
    u8 last_clock, bit, shiftreg;
    s32 sylfilter, intfilter;
    s16 sample;
} hc55516_t;

/* No clock (0): the program clocks it; its stream runs at the output rate. */
extern const device_type hc55516_device;

void hc55516_digit_w(hc55516_t *h, int bit);
void hc55516_clock_w(hc55516_t *h, int state);
/* The decoder alone (unit tests): one clock edge with the buffered bit. */
void hc55516_step(hc55516_t *h, int clock_state);
void hc55516_reset_state(hc55516_t *h);

#endif
