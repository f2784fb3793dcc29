/* First-order RC filter stages, as sound boards put them after a chip's
   output (MAME's flt_rc facts):
     RC_LOWPASS      in --R1--+-- out        RC_HIGHPASS   in --C--+-- out
                              C                                    R1
                             GND                                  GND
     RC_LOWPASS_3R   in --R1--+--R2--+-- out    (R = R1 || (R2 + R3))
                              C      R3
                             GND    GND
   Each stage is y += (x - y) * k per sample (the high-pass outputs x - y),
   k = 1 - exp(-T / RC), computed in integers: the same bits on every host,
   also when a board changes a capacitor at run time. C = 0 switches a
   stage off (the signal passes unchanged). */
#ifndef CABINET_FILTER_H
#define CABINET_FILTER_H

#include "util/types.h"

enum { RC_NONE, RC_LOWPASS, RC_LOWPASS_3R, RC_HIGHPASS };

typedef struct rc_filter {
    u8 type;
    u32 r1, r2, r3; /* ohms */
    u32 c;          /* picofarads */
} rc_filter;

/* Component values, rounded to whole ohms and picofarads at compile time. */
#define RES_K(x) ((u32)((x) * 1000.0 + 0.5))
#define RES_M(x) ((u32)((x) * 1000000.0 + 0.5))
#define CAP_U(x) ((u32)((x) * 1000000.0 + 0.5))
#define CAP_N(x) ((u32)((x) * 1000.0 + 0.5))

#define RC_LP(r, c) { RC_LOWPASS, (r), 0, 0, (c) }
#define RC_LP3(r1, r2, r3, c) { RC_LOWPASS_3R, (r1), (r2), (r3), (c) }
#define RC_HP(r, c) { RC_HIGHPASS, (r), 0, 0, (c) }
/* AC coupling: 10k and 1 uF, about 16 Hz. */
#define RC_AC RC_HP(10000, CAP_U(1))

#define RC_K_BITS 24    /* coefficient: 1.0 = 1 << 24 */
#define RC_MEM_BITS 12  /* filter memory: samples with 12 fraction bits */
#define RC_IN_LIMIT (1 << 22) /* inputs are clamped to +-this */

typedef struct rc_stage {
    rc_filter cfg;
    s32 k;   /* 0 when the stage is off */
    s64 mem;
} rc_stage;

/* Round(2^24 * (1 - exp(-1 / (R C rate)))). A stage with C = 0 is off:
   2^24 for a low-pass (its memory follows the input: the capacitor stays
   charged for when it is switched in), 0 for a high-pass. */
s32 rc_coefficient(const rc_filter *f, u32 rate);
/* Sets a stage's components (keeping its memory; a high-pass switched off
   forgets it, as MAME's). */
void rc_stage_set(rc_stage *s, const rc_filter *f, u32 rate);
/* Filters n samples in place. */
void rc_stage_run(rc_stage *s, s32 *buf, size_t n);
/* Whether a constant input x leaves the stage as it is (true: it outputs
   *y, constant, for as long as x lasts). */
bool rc_stage_settled(const rc_stage *s, s32 x, s32 *y);
/* rc_stage_run on n samples all equal to x, written to buf. */
void rc_stage_run_const(rc_stage *s, s32 x, s32 *buf, size_t n);
bool rc_filter_valid(const rc_filter *f);

#endif
