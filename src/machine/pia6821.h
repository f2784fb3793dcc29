/* Motorola MC6821 PIA: two 8-bit ports with data direction registers, and
   per port a control register driving two control lines: C1 (input, IRQ on
   a chosen edge) and C2 (input with IRQ, or output: set/reset, or a strobe
   cleared by E or by C1). Registers at offsets 0-3: A data/DDR (by CRA
   bit 2), CRA, B data/DDR (by CRB bit 2), CRB. The IRQ outputs go to the
   board through callbacks, as do port writes and the C2 outputs; the ports
   are read through callbacks or from values the board pushes (porta_w /
   portb_w, MAME's set_a_input). Embedded in a driver's state. */
#ifndef CABINET_PIA6821_H
#define CABINET_PIA6821_H

#include "emu/state.h"
#include "util/types.h"

typedef struct pia6821_intf {
    u8 (*in_a)(void *ctx);   /* NULL: port A pins read what was pushed, or high */
    u8 (*in_b)(void *ctx);   /* NULL: port B pins read what was pushed, or 0 */
    void (*out_a)(void *ctx, u8 data);
    void (*out_b)(void *ctx, u8 data);
    void (*ca2)(void *ctx, int state);
    void (*cb2)(void *ctx, int state);
    void (*irq_a)(void *ctx, int state);
    void (*irq_b)(void *ctx, int state);
} pia6821_intf;

typedef struct pia6821 {
    const pia6821_intf *intf;
    void *ctx;
    u8 in_a, in_b, out_a, out_b, ddr_a, ddr_b, ctl_a, ctl_b;
    u8 a_z_mask; /* port A pins nothing drives (read back the latch or high) */
    u8 in_ca1, in_ca2, in_cb1, in_cb2, out_ca2, out_cb2, last_cb2_z;
    u8 irq_a1, irq_a2, irq_b1, irq_b2, irq_a_state, irq_b_state;
    u8 a_pushed, b_pushed;
} pia6821_t;

void pia6821_init(pia6821_t *p, const pia6821_intf *intf, void *ctx);
void pia6821_reset(pia6821_t *p);
u8 pia6821_read(pia6821_t *p, offs_t offset);
void pia6821_write(pia6821_t *p, offs_t offset, u8 data);
/* Input lines and pushed port values (from the board). */
void pia6821_ca1_w(pia6821_t *p, int state);
void pia6821_ca2_w(pia6821_t *p, int state);
void pia6821_cb1_w(pia6821_t *p, int state);
void pia6821_cb2_w(pia6821_t *p, int state);
void pia6821_porta_w(pia6821_t *p, u8 data);
void pia6821_portb_w(pia6821_t *p, u8 data);
/* What the outputs are driving now. */
u8 pia6821_a_output(pia6821_t *p);
u8 pia6821_b_output(const pia6821_t *p);
static inline int pia6821_ca2_output(const pia6821_t *p) { return p->out_ca2; }
static inline int pia6821_cb2_output(const pia6821_t *p) { return p->out_cb2; }
static inline int pia6821_irq_a(const pia6821_t *p) { return p->irq_a_state; }
static inline int pia6821_irq_b(const pia6821_t *p) { return p->irq_b_state; }
void pia6821_serialize(pia6821_t *p, state_io *io);

#endif
