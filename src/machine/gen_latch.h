/* Generic 8-bit latch (MAME's generic_latch_8): one CPU writes a byte (a
   sound command), another reads it.

   The write synchronises the CPUs: it ends the writer's slice and the value
   lands at the writer's time, once every CPU has caught up to it, so a CPU
   running behind never sees a command from its future. When params->boost
   is set, the scheduler then interleaves the CPUs at that quantum for
   boost_us microseconds (what MAME drivers ask of the scheduler after a
   command). "Pending" is set by a write and cleared by the read (or only by
   gen_latch_acknowledge when separate_ack is set); the pending callback
   gets every change of it (to drive the reading CPU's IRQ or NMI). A reset
   clears pending but keeps the value, as MAME does. */
#ifndef CABINET_GEN_LATCH_H
#define CABINET_GEN_LATCH_H

#include "emu/device.h"
#include "emu/sched.h"

typedef struct gen_latch_params {
    devcb_line pending;     /* called with 1 on the first write, 0 when read/acknowledged */
    bool separate_ack;      /* a read does not clear pending */
    u32 boost_hz;           /* > 0: interleave at this rate ... */
    u32 boost_us;           /* ... for this long after each write */
} gen_latch_params;

typedef struct gen_latch {
    u8 value;
    bool pending;
    u32 writes;             /* values latched since power-on */
    const gen_latch_params *p;
    machine_t *m;
    void *drv;
    emu_timer *sync;        /* lands a written value; its param holds the byte */
} gen_latch_t;

extern const device_type gen_latch_device;

/* The writing CPU's side: takes effect at the writer's time, after the sync. */
void gen_latch_write(gen_latch_t *l, u8 data);
/* The reading side: the value; clears pending unless separate_ack. */
u8 gen_latch_read(gen_latch_t *l);
/* Pending without side effects (a status bit the other CPU polls). */
static inline bool gen_latch_pending(const gen_latch_t *l)
{
    return l->pending;
}
void gen_latch_acknowledge(gen_latch_t *l);
/* The value without side effects (debugging, tests). */
static inline u8 gen_latch_peek(const gen_latch_t *l)
{
    return l->value;
}
void gen_latch_clear_value(gen_latch_t *l); /* value 0x00 (MAME's clear_w) */
void gen_latch_preset_value(gen_latch_t *l, u8 data); /* MAME's preset_w */

/* Bus handlers for MAP_DEVICE entries (ctx: the gen_latch_t). */
void gen_latch_w(void *latch, offs_t offset, u8 data);
u8 gen_latch_r(void *latch, offs_t offset);
/* Reads FFh, acknowledges (MAME's acknowledge_r / acknowledge_w). */
u8 gen_latch_ack_r(void *latch, offs_t offset);
void gen_latch_ack_w(void *latch, offs_t offset, u8 data);

#endif
