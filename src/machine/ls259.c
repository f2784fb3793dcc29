#include "machine/ls259.h"

#include "emu/machine.h"

/* Sets the outputs to new_q, calling the callback of each one that changed. */
static u8 set_outputs(ls259_t *l, u8 new_q)
{
    u8 changed = l->q ^ new_q;
    l->q = new_q;
    for (int bit = 0; changed && l->p && bit < 8; bit++) {
        devcb_line cb = l->p->q_out[bit];
        if (!(changed >> bit & 1) || !cb)
            continue;
        int counter = cb == ls259_coin_counter_0 ? 0 : cb == ls259_coin_counter_1 ? 1 : cb == ls259_coin_counter_2 ? 2 : -1;
        if (counter < 0)
            cb(l->drv, new_q >> bit & 1);
        else if (l->m)
            machine_coin_counter_w(l->m, counter, new_q >> bit & 1);
    }
    return changed;
}

/* Markers only: set_outputs counts these outputs' pulses on the machine. */
void ls259_coin_counter_0(void *drv, int state)
{
    (void)drv;
    (void)state;
}

void ls259_coin_counter_1(void *drv, int state)
{
    (void)drv;
    (void)state;
}

void ls259_coin_counter_2(void *drv, int state)
{
    (void)drv;
    (void)state;
}

u8 ls259_write_bit(ls259_t *l, unsigned bit, int d)
{
    bit &= 7;
    u8 mask = (u8)(1u << bit);
    if (!l->clear)
        return set_outputs(l, d ? l->q | mask : l->q & (u8)~mask);
    /* demultiplexer: the addressed output follows D while the write lasts,
       then /CLR (still low) pulls it back */
    u8 changed = set_outputs(l, d ? mask : 0);
    return (u8)(changed | set_outputs(l, 0));
}

void ls259_d0_w(void *latch, offs_t offset, u8 data)
{
    ls259_write_d0(latch, offset, data);
}

void ls259_d7_w(void *latch, offs_t offset, u8 data)
{
    ls259_write_d7(latch, offset, data);
}

u8 ls259_clear(ls259_t *l)
{
    return set_outputs(l, 0);
}

void ls259_clear_w(ls259_t *l, int state)
{
    l->clear = !state;
    if (l->clear)
        set_outputs(l, 0);
}

void ls259_serialize(ls259_t *l, state_io *io)
{
    st_u8(io, &l->q);
}

static int ls259_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    ls259_t *l = d->self;
    l->p = d->cfg->params;
    l->drv = d->machine->drv;
    l->m = d->machine;
    l->q = 0xff; /* arbitrary at power-on; reset clears it */
    return 0;
}

static void ls259_reset(device_t *d)
{
    ls259_t *l = d->self;
    set_outputs(l, 0);
}

static void ls259_dev_serialize(device_t *d, state_io *io)
{
    ls259_t *l = d->self;
    st_u8(io, &l->q);
    st_bool(io, &l->clear);
}

const device_type ls259_device = {
    .name = "74LS259 Addressable Latch",
    .shortname = "ls259",
    .state_size = sizeof(ls259_t),
    .start = ls259_start,
    .reset = ls259_reset,
    .serialize = ls259_dev_serialize,
};
