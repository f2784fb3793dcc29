#include "machine/i8255.h"

#include "emu/machine.h"

#define CTRL_PC_LOWER_IN 0x01
#define CTRL_PB_IN 0x02
#define CTRL_GROUP_B_MODE_1 0x04
#define CTRL_PC_UPPER_IN 0x08
#define CTRL_PA_IN 0x10
#define CTRL_MODE_SET 0x80

enum { PA = I8255_PORT_A, PB = I8255_PORT_B, PC = I8255_PORT_C };

/* Mode of group A (port A, PC4-7) or B (port B, PC0-3): 0, 1 or 2. */
static int group_mode(const i8255_t *ppi, int group)
{
    if (group == PB)
        return (ppi->control & CTRL_GROUP_B_MODE_1) ? 1 : 0;
    int m = ppi->control >> 5 & 3;
    return m > 2 ? 2 : m;
}

static bool port_in(const i8255_t *ppi, int port)
{
    return ppi->control & (port == PA ? CTRL_PA_IN : CTRL_PB_IN);
}

u8 i8255_input_mask(const i8255_t *ppi, int port)
{
    if (port != PC)
        return port_in(ppi, port) ? 0xff : 0x00;
    return (u8)(((ppi->control & CTRL_PC_UPPER_IN) ? 0xf0 : 0) | ((ppi->control & CTRL_PC_LOWER_IN) ? 0x0f : 0));
}

static void out_port(i8255_t *ppi, int port, u8 data)
{
    if (ppi->p && ppi->p->out[port])
        ppi->p->out[port](ppi->drv, data);
}

static u8 in_port(i8255_t *ppi, int port)
{
    return ppi->p && ppi->p->in[port] ? ppi->p->in[port](ppi->drv) : 0;
}

/* What port C drives: handshake lines of groups in mode 1/2, the latch on
   output bits, 0xff on floating inputs (MAME's output_pc). */
static u8 pc_out_value(const i8255_t *ppi)
{
    u8 data = 0, mask = 0, b_mask = 0x0f;
    switch (group_mode(ppi, PA)) {
    case 0:
        if (ppi->control & CTRL_PC_UPPER_IN)
            data |= 0xf0;
        else
            mask |= 0xf0;
        break;
    case 1:
        data |= ppi->intr[PA] ? 0x08 : 0;
        if (!port_in(ppi, PA)) {
            data |= ppi->obf[PA] ? 0x80 : 0;
            mask |= 0x30;
        } else {
            data |= ppi->ibf[PA] ? 0x20 : 0;
            mask |= 0xc0;
        }
        break;
    default:
        b_mask = 0x07;
        data |= ppi->intr[PA] ? 0x08 : 0;
        data |= ppi->ibf[PA] ? 0x20 : 0;
        data |= ppi->obf[PA] ? 0x80 : 0;
        break;
    }
    if (group_mode(ppi, PB) == 0) {
        if (ppi->control & CTRL_PC_LOWER_IN)
            data |= b_mask;
        else
            mask |= b_mask;
    } else {
        data |= ppi->intr[PB] ? 0x01 : 0;
        data |= (port_in(ppi, PB) ? ppi->ibf[PB] : ppi->obf[PB]) ? 0x02 : 0;
    }
    return (u8)(data | (ppi->output[PC] & mask));
}

static void output_pc(i8255_t *ppi)
{
    out_port(ppi, PC, pc_out_value(ppi));
}

static void set_intr(i8255_t *ppi, int port, bool state)
{
    ppi->intr[port] = state;
    output_pc(ppi);
}

static void check_interrupt(i8255_t *ppi, int port)
{
    switch (group_mode(ppi, port)) {
    case 1:
        set_intr(ppi, port, ppi->inte[port] && (port_in(ppi, port) ? ppi->ibf[port] : ppi->obf[port]));
        break;
    case 2:
        set_intr(ppi, port, (ppi->inte1 && ppi->obf[port]) || (ppi->inte2 && ppi->ibf[port]));
        break;
    default:
        break;
    }
}

static void set_ibf(i8255_t *ppi, int port, bool state)
{
    ppi->ibf[port] = state;
    check_interrupt(ppi, port);
}

/* obf holds the /OBF pin: 1 = buffer empty */
static void set_obf(i8255_t *ppi, int port, bool state)
{
    ppi->obf[port] = state;
    check_interrupt(ppi, port);
}

static void set_mode(i8255_t *ppi, u8 data)
{
    ppi->control = data;
    for (int port = PA; port <= PB; port++) {
        ppi->output[port] = 0;
        ppi->input[port] = 0;
        ppi->ibf[port] = false;
        ppi->obf[port] = true;
        ppi->inte[port] = false;
        if (port == PA)
            ppi->inte1 = ppi->inte2 = false;
        out_port(ppi, port, port_in(ppi, port) ? 0xff : ppi->output[port]);
    }
    ppi->output[PC] = 0;
    ppi->input[PC] = 0;
    output_pc(ppi);
}

/* Port C bit set/reset; in modes 1 and 2 some bits are the handshake
   flip-flops (INTE, and as MAME also INTR, IBF, OBF). */
static void set_pc_bit(i8255_t *ppi, int bit, bool state)
{
    ppi->output[PC] = (u8)((ppi->output[PC] & ~(1u << bit)) | (unsigned)state << bit);
    int ga = group_mode(ppi, PA);
    if (ga == 1 && !port_in(ppi, PA)) {
        if (bit == 3)
            set_intr(ppi, PA, state);
        else if (bit == 6) {
            ppi->inte[PA] = state;
            check_interrupt(ppi, PA);
        } else if (bit == 7)
            set_obf(ppi, PA, state);
    } else if (ga == 1) {
        if (bit == 3)
            set_intr(ppi, PA, state);
        else if (bit == 4) {
            ppi->inte[PA] = state;
            check_interrupt(ppi, PA);
        } else if (bit == 5)
            set_ibf(ppi, PA, state);
    } else if (ga == 2) {
        if (bit == 3)
            set_intr(ppi, PA, state);
        else if (bit == 4 || bit == 6) {
            *(bit == 4 ? &ppi->inte2 : &ppi->inte1) = state;
            check_interrupt(ppi, PA);
        } else if (bit == 5)
            set_ibf(ppi, PA, state);
        else if (bit == 7)
            set_obf(ppi, PA, state);
    }
    if (group_mode(ppi, PB) == 1) {
        if (bit == 0)
            set_intr(ppi, PB, state);
        else if (bit == 1 && port_in(ppi, PB))
            set_ibf(ppi, PB, state);
        else if (bit == 1)
            set_obf(ppi, PB, state);
        else if (bit == 2) {
            ppi->inte[PB] = state;
            check_interrupt(ppi, PB);
        }
    }
    output_pc(ppi);
}

static u8 read_pc(i8255_t *ppi)
{
    u8 data = 0, mask = 0, b_mask = 0x0f;
    switch (group_mode(ppi, PA)) {
    case 0:
        if (ppi->control & CTRL_PC_UPPER_IN)
            mask |= 0xf0;
        else
            data |= ppi->output[PC] & 0xf0;
        break;
    case 1:
        data |= ppi->intr[PA] ? 0x08 : 0;
        if (!port_in(ppi, PA)) {
            data |= ppi->obf[PA] ? 0x80 : 0;
            data |= ppi->inte[PA] ? 0x40 : 0;
            mask |= 0x30;
        } else {
            data |= ppi->ibf[PA] ? 0x20 : 0;
            data |= ppi->inte[PA] ? 0x10 : 0;
            mask |= 0xc0;
        }
        if (!(ppi->control & CTRL_PC_UPPER_IN)) {
            data |= ppi->output[PC] & mask;
            mask = 0;
        }
        break;
    default:
        b_mask = 0x07;
        data |= ppi->intr[PA] ? 0x08 : 0;
        data |= ppi->inte2 ? 0x10 : 0;
        data |= ppi->ibf[PA] ? 0x20 : 0;
        data |= ppi->inte1 ? 0x40 : 0;
        data |= ppi->obf[PA] ? 0x80 : 0;
        break;
    }
    if (group_mode(ppi, PB) == 0) {
        if (ppi->control & CTRL_PC_LOWER_IN)
            mask |= b_mask;
        else
            data |= ppi->output[PC] & b_mask;
    } else {
        data |= ppi->inte[PB] ? 0x04 : 0;
        data |= ppi->intr[PB] ? 0x01 : 0;
        data |= (port_in(ppi, PB) ? ppi->ibf[PB] : ppi->obf[PB]) ? 0x02 : 0;
    }
    if (mask)
        data |= in_port(ppi, PC) & mask;
    return data;
}

static u8 read_ab(i8255_t *ppi, int port)
{
    int mode = group_mode(ppi, port);
    if (mode != 2 && !port_in(ppi, port))
        return ppi->output[port];
    if (mode == 0)
        return in_port(ppi, port);
    /* strobed input (mode 1 input, mode 2): the latch, emptied */
    u8 data = ppi->input[port];
    set_ibf(ppi, port, false);
    set_intr(ppi, port, false);
    ppi->input[port] = 0;
    return data;
}

static void write_ab(i8255_t *ppi, int port, u8 data)
{
    int mode = group_mode(ppi, port);
    if (mode != 2 && port_in(ppi, port))
        return;
    ppi->output[port] = data;
    out_port(ppi, port, data);
    if (mode != 0) {
        set_obf(ppi, port, false);
        set_intr(ppi, port, false);
    }
}

u8 i8255_read(i8255_t *ppi, offs_t offset)
{
    switch (offset & 3) {
    case PA:
        return read_ab(ppi, PA);
    case PB:
        return read_ab(ppi, PB);
    case PC:
        return read_pc(ppi);
    default:
        return ppi->control;
    }
}

void i8255_write(i8255_t *ppi, offs_t offset, u8 data)
{
    switch (offset & 3) {
    case PA:
    case PB:
        write_ab(ppi, offset & 3, data);
        break;
    case PC:
        ppi->output[PC] = data;
        output_pc(ppi);
        break;
    default:
        if (data & CTRL_MODE_SET)
            set_mode(ppi, data);
        else
            set_pc_bit(ppi, data >> 1 & 7, data & 1);
        break;
    }
}

/* Strobe (input) and acknowledge (output) lines, active low. */
static void strobe(i8255_t *ppi, int port, int state)
{
    if (!ppi->ibf[port] && !state) {
        ppi->input[port] = in_port(ppi, port);
        set_ibf(ppi, port, true);
    }
}

static void acknowledge(i8255_t *ppi, int port, int state)
{
    if (!ppi->obf[port] && !state)
        set_obf(ppi, port, true);
}

void i8255_pc2_w(i8255_t *ppi, int state)
{
    if (group_mode(ppi, PB) != 1)
        return;
    if (port_in(ppi, PB))
        strobe(ppi, PB, state);
    else
        acknowledge(ppi, PB, state);
}

void i8255_pc4_w(i8255_t *ppi, int state)
{
    int mode = group_mode(ppi, PA);
    if (mode == 2 || (mode == 1 && port_in(ppi, PA)))
        strobe(ppi, PA, state);
}

void i8255_pc6_w(i8255_t *ppi, int state)
{
    int mode = group_mode(ppi, PA);
    if (mode == 2 || (mode == 1 && !port_in(ppi, PA)))
        acknowledge(ppi, PA, state);
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
    st_bytes(io, ppi->input, sizeof(ppi->input));
    for (int port = PA; port <= PB; port++) {
        st_bool(io, &ppi->ibf[port]);
        st_bool(io, &ppi->obf[port]);
        st_bool(io, &ppi->inte[port]);
        st_bool(io, &ppi->intr[port]);
    }
    st_bool(io, &ppi->inte1);
    st_bool(io, &ppi->inte2);
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
