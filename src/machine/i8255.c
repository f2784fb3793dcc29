#include "machine/i8255.h"

#include "emu/machine.h"

#define CTRL_PC_LOWER_IN 0x01
#define CTRL_PB_IN 0x02
#define CTRL_PC_UPPER_IN 0x08
#define CTRL_PA_IN 0x10
#define CTRL_MODE_SET 0x80

u8 i8255_input_mask(const i8255_t *ppi, int port)
{
    switch (port) {
    case I8255_PORT_A:
        return (ppi->control & CTRL_PA_IN) ? 0xff : 0x00;
    case I8255_PORT_B:
        return (ppi->control & CTRL_PB_IN) ? 0xff : 0x00;
    default:
        return (u8)(((ppi->control & CTRL_PC_UPPER_IN) ? 0xf0 : 0) | ((ppi->control & CTRL_PC_LOWER_IN) ? 0x0f : 0));
    }
}

/* Sends what the port drives: the latch on output bits, 0xff (floating
   inputs) on the others. */
static void send(i8255_t *ppi, int port)
{
    if (ppi->p && ppi->p->out[port])
        ppi->p->out[port](ppi->drv, (u8)(ppi->output[port] | i8255_input_mask(ppi, port)));
}

static u8 receive(i8255_t *ppi, int port)
{
    return ppi->p && ppi->p->in[port] ? ppi->p->in[port](ppi->drv) : 0;
}

static void set_mode(i8255_t *ppi, u8 data)
{
    ppi->control = data;
    for (int port = 0; port < 3; port++) {
        ppi->output[port] = 0;
        send(ppi, port);
    }
}

u8 i8255_read(i8255_t *ppi, offs_t offset)
{
    int port = offset & 3;
    if (port == I8255_CONTROL)
        return ppi->control;
    u8 in = i8255_input_mask(ppi, port);
    u8 data = ppi->output[port] & (u8)~in;
    if (in)
        data |= receive(ppi, port) & in;
    return data;
}

void i8255_write(i8255_t *ppi, offs_t offset, u8 data)
{
    int port = offset & 3;
    if (port == I8255_CONTROL) {
        if (data & CTRL_MODE_SET) {
            set_mode(ppi, data);
        } else {
            u8 mask = (u8)(1u << (data >> 1 & 7));
            ppi->output[I8255_PORT_C] = (data & 1) ? ppi->output[I8255_PORT_C] | mask
                                                  : ppi->output[I8255_PORT_C] & (u8)~mask;
            send(ppi, I8255_PORT_C);
        }
        return;
    }
    if (port != I8255_PORT_C && i8255_input_mask(ppi, port))
        return;
    ppi->output[port] = data;
    send(ppi, port);
}

u8 i8255_map_r(void *ppi, offs_t offset)
{
    return i8255_read(ppi, offset);
}

void i8255_map_w(void *ppi, offs_t offset, u8 data)
{
    i8255_write(ppi, offset, data);
}

static int i8255_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    i8255_t *ppi = d->self;
    ppi->p = d->cfg ? d->cfg->params : NULL;
    ppi->drv = d->machine ? d->machine->drv : NULL;
    return 0;
}

static void i8255_reset(device_t *d)
{
    set_mode(d->self, 0x9b);
}

static void i8255_serialize(device_t *d, state_io *io)
{
    i8255_t *ppi = d->self;
    st_u8(io, &ppi->control);
    st_bytes(io, ppi->output, sizeof(ppi->output));
    st_check(io, (ppi->control & CTRL_MODE_SET) != 0);
}

const device_type i8255_device = {
    .name = "Intel 8255 PPI",
    .shortname = "i8255",
    .state_size = sizeof(i8255_t),
    .start = i8255_start,
    .reset = i8255_reset,
    .serialize = i8255_serialize,
};
