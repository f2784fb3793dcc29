#include "machine/pia6821.h"

#include <string.h>

/* control register bits */
#define C1_IRQ_ENABLE(c) ((c) & 0x01)
#define C1_RISING(c) ((c) >> 1 & 1)
#define DATA_SELECTED(c) ((c) >> 2 & 1)  /* else the DDR */
#define C2_BIT3(c) ((c) >> 3 & 1)        /* input: IRQ enable; output: set level / E restore */
#define C2_BIT4(c) ((c) >> 4 & 1)        /* input: rising edge; output: set/reset mode (else strobe) */
#define C2_IS_OUTPUT(c) ((c) >> 5 & 1)
#define IRQ1_FLAG 0x80
#define IRQ2_FLAG 0x40

void pia6821_init(pia6821_t *p, const pia6821_intf *intf, void *ctx)
{
    memset(p, 0, sizeof(*p));
    p->intf = intf;
    p->ctx = ctx;
}

static void update_irqs(pia6821_t *p)
{
    u8 a = (p->irq_a1 && C1_IRQ_ENABLE(p->ctl_a)) || (p->irq_a2 && C2_BIT3(p->ctl_a));
    u8 b = (p->irq_b1 && C1_IRQ_ENABLE(p->ctl_b)) || (p->irq_b2 && C2_BIT3(p->ctl_b));
    if (a != p->irq_a_state) {
        p->irq_a_state = a;
        if (p->intf->irq_a)
            p->intf->irq_a(p->ctx, a);
    }
    if (b != p->irq_b_state) {
        p->irq_b_state = b;
        if (p->intf->irq_b)
            p->intf->irq_b(p->ctx, b);
    }
}

void pia6821_reset(pia6821_t *p)
{
    const pia6821_intf *intf = p->intf;
    void *ctx = p->ctx;
    int was_a = p->irq_a_state, was_b = p->irq_b_state;
    memset(p, 0, sizeof(*p));
    p->intf = intf;
    p->ctx = ctx;
    /* port A and CA1/CA2 have pull-ups; port B and CB1/CB2 float (read 0) */
    p->in_a = 0xff;
    p->in_ca1 = p->in_ca2 = 1;
    if (intf->irq_a && was_a)
        intf->irq_a(ctx, 0);
    if (intf->irq_b && was_b)
        intf->irq_b(ctx, 0);
}

static u8 in_a_value(pia6821_t *p)
{
    u8 pins = 0;
    if (p->intf->in_a)
        pins = p->intf->in_a(p->ctx);
    else if (p->a_pushed)
        pins = p->in_a;
    else
        p->a_z_mask = 0xff;
    /* undriven pins read the output latch when outputs, high when inputs */
    return (u8)((~p->a_z_mask & pins) | (p->a_z_mask & p->ddr_a & p->out_a) | (p->a_z_mask & ~p->ddr_a));
}

static u8 in_b_value(pia6821_t *p)
{
    if (p->ddr_b == 0xff)
        return p->out_b;
    u8 pins = 0;
    if (p->intf->in_b)
        pins = p->intf->in_b(p->ctx);
    else if (p->b_pushed)
        pins = p->in_b;
    return (u8)((p->out_b & p->ddr_b) | (pins & ~p->ddr_b));
}

u8 pia6821_a_output(pia6821_t *p)
{
    if (p->ddr_a == 0xff)
        return p->out_a;
    return (u8)((p->out_a & p->ddr_a) | (in_a_value(p) & ~p->ddr_a));
}

u8 pia6821_b_output(const pia6821_t *p)
{
    return p->out_b & p->ddr_b; /* inputs float: sent as 0, as MAME */
}

static void set_ca2(pia6821_t *p, int v)
{
    if (v == p->out_ca2)
        return;
    p->out_ca2 = (u8)v;
    if (p->intf->ca2)
        p->intf->ca2(p->ctx, v);
}

static void set_cb2(pia6821_t *p, int v)
{
    int z = !C2_IS_OUTPUT(p->ctl_b);
    if (v == p->out_cb2 && z == p->last_cb2_z)
        return;
    p->out_cb2 = (u8)v;
    p->last_cb2_z = (u8)z;
    if (p->intf->cb2)
        p->intf->cb2(p->ctx, v);
}

static void send_a(pia6821_t *p)
{
    if (p->intf->out_a)
        p->intf->out_a(p->ctx, pia6821_a_output(p));
}

static void send_b(pia6821_t *p)
{
    if (p->intf->out_b)
        p->intf->out_b(p->ctx, pia6821_b_output(p));
}

static u8 port_a_read(pia6821_t *p)
{
    u8 v = in_a_value(p);
    p->irq_a1 = p->irq_a2 = 0;
    update_irqs(p);
    /* CA2 read strobe: low, back high at once when restored by E */
    if (C2_IS_OUTPUT(p->ctl_a) && !C2_BIT4(p->ctl_a)) {
        set_ca2(p, 0);
        if (C2_BIT3(p->ctl_a))
            set_ca2(p, 1);
    }
    return v;
}

static u8 port_b_read(pia6821_t *p)
{
    u8 v = in_b_value(p);
    /* CB2 write strobe restored by CB1: clearing the flag raises it again */
    if (p->irq_b1 && !C2_BIT4(p->ctl_b) && !C2_BIT3(p->ctl_b))
        set_cb2(p, 1);
    p->irq_b1 = p->irq_b2 = 0;
    update_irqs(p);
    return v;
}

static u8 control_read(const pia6821_t *p, u8 ctl, u8 irq1, u8 irq2)
{
    u8 v = ctl;
    if (irq1)
        v |= IRQ1_FLAG;
    if (irq2 && !C2_IS_OUTPUT(ctl))
        v |= IRQ2_FLAG;
    (void)p;
    return v;
}

u8 pia6821_read(pia6821_t *p, offs_t offset)
{
    switch (offset & 3) {
    case 0:
        return DATA_SELECTED(p->ctl_a) ? port_a_read(p) : p->ddr_a;
    case 1:
        return control_read(p, p->ctl_a, p->irq_a1, p->irq_a2);
    case 2:
        return DATA_SELECTED(p->ctl_b) ? port_b_read(p) : p->ddr_b;
    default:
        return control_read(p, p->ctl_b, p->irq_b1, p->irq_b2);
    }
}

static void control_a_write(pia6821_t *p, u8 data)
{
    p->ctl_a = data & 0x3f; /* the flags are read-only */
    if (C2_IS_OUTPUT(p->ctl_a))
        set_ca2(p, C2_BIT4(p->ctl_a) ? C2_BIT3(p->ctl_a) : 1);
    update_irqs(p);
}

static void control_b_write(pia6821_t *p, u8 data)
{
    p->ctl_b = data & 0x3f;
    if (C2_IS_OUTPUT(p->ctl_b))
        set_cb2(p, C2_BIT4(p->ctl_b) ? C2_BIT3(p->ctl_b) : 1);
    update_irqs(p);
}

static void port_b_write(pia6821_t *p, u8 data)
{
    p->out_b = data;
    send_b(p);
    /* CB2 write strobe: low, back high at once when restored by E */
    if (C2_IS_OUTPUT(p->ctl_b) && !C2_BIT4(p->ctl_b)) {
        set_cb2(p, 0);
        if (C2_BIT3(p->ctl_b))
            set_cb2(p, 1);
    }
}

void pia6821_write(pia6821_t *p, offs_t offset, u8 data)
{
    switch (offset & 3) {
    case 0:
        if (DATA_SELECTED(p->ctl_a)) {
            p->out_a = data;
            send_a(p);
        } else if (p->ddr_a != data) {
            p->ddr_a = data;
            send_a(p);
        }
        break;
    case 1:
        control_a_write(p, data);
        break;
    case 2:
        if (DATA_SELECTED(p->ctl_b))
            port_b_write(p, data);
        else if (p->ddr_b != data) {
            p->ddr_b = data;
            send_b(p);
        }
        break;
    default:
        control_b_write(p, data);
        break;
    }
}

static bool active_edge(u8 old, int state, int rising)
{
    return old != (u8)state && (state ? rising : !rising);
}

void pia6821_ca1_w(pia6821_t *p, int state)
{
    state = state ? 1 : 0;
    if (active_edge(p->in_ca1, state, C1_RISING(p->ctl_a))) {
        p->irq_a1 = 1;
        update_irqs(p);
        /* CA2 read strobe restored by CA1 */
        if (C2_IS_OUTPUT(p->ctl_a) && !C2_BIT4(p->ctl_a) && !C2_BIT3(p->ctl_a))
            set_ca2(p, 1);
    }
    p->in_ca1 = (u8)state;
}

void pia6821_ca2_w(pia6821_t *p, int state)
{
    state = state ? 1 : 0;
    if (!C2_IS_OUTPUT(p->ctl_a) && active_edge(p->in_ca2, state, C2_BIT4(p->ctl_a))) {
        p->irq_a2 = 1;
        update_irqs(p);
    }
    p->in_ca2 = (u8)state;
}

void pia6821_cb1_w(pia6821_t *p, int state)
{
    state = state ? 1 : 0;
    if (active_edge(p->in_cb1, state, C1_RISING(p->ctl_b))) {
        p->irq_b1 = 1;
        update_irqs(p);
    }
    p->in_cb1 = (u8)state;
}

void pia6821_cb2_w(pia6821_t *p, int state)
{
    state = state ? 1 : 0;
    if (!C2_IS_OUTPUT(p->ctl_b) && active_edge(p->in_cb2, state, C2_BIT4(p->ctl_b))) {
        p->irq_b2 = 1;
        update_irqs(p);
    }
    p->in_cb2 = (u8)state;
}

void pia6821_porta_w(pia6821_t *p, u8 data)
{
    p->in_a = data;
    p->a_z_mask = 0;
    p->a_pushed = 1;
}

void pia6821_portb_w(pia6821_t *p, u8 data)
{
    p->in_b = data;
    p->b_pushed = 1;
}

void pia6821_serialize(pia6821_t *p, state_io *io)
{
    u8 *f[] = { &p->in_a, &p->in_b, &p->out_a, &p->out_b, &p->ddr_a, &p->ddr_b, &p->ctl_a, &p->ctl_b,
                &p->a_z_mask, &p->in_ca1, &p->in_ca2, &p->in_cb1, &p->in_cb2, &p->out_ca2, &p->out_cb2,
                &p->last_cb2_z, &p->irq_a1, &p->irq_a2, &p->irq_b1, &p->irq_b2, &p->irq_a_state,
                &p->irq_b_state, &p->a_pushed, &p->b_pushed };
    for (size_t i = 0; i < sizeof(f) / sizeof(f[0]); i++)
        st_u8(io, f[i]);
}
