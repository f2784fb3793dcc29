#include "machine/er2055.h"

#include <string.h>

enum { ER_CK = 0x01, ER_C1 = 0x02, ER_C2 = 0x04, ER_CS1 = 0x08, ER_CS2 = 0x10, ER_SELECTED = ER_CS1 | ER_CS2 };

void er2055_init(er2055_t *e)
{
    memset(e, 0, sizeof(*e));
    memset(e->data, 0xff, sizeof(e->data));
}

void er2055_set_address(er2055_t *e, u8 address)
{
    e->address = address & (ER2055_SIZE - 1);
}

void er2055_set_data(er2055_t *e, u8 data)
{
    e->latch = data;
}

/* Write or erase the addressed cell, as the C1/C2 mode says. */
static void program_cell(er2055_t *e)
{
    switch (e->control & (ER_C1 | ER_C2)) {
    case 0:      /* write: cells only lose charge, so bits can only be cleared */
        e->data[e->address] &= e->latch;
        break;
    case ER_C2:  /* erase */
        e->data[e->address] = 0xff;
        break;
    default:     /* read modes act on the clock edge */
        break;
    }
}

void er2055_set_control(er2055_t *e, bool cs1, bool cs2, bool c1, bool c2)
{
    u8 old = e->control;
    u8 now = (u8)((old & ER_CK) | (c1 ? ER_C1 : 0) | (c2 ? ER_C2 : 0) | (cs1 ? ER_CS1 : 0) | (cs2 ? ER_CS2 : 0));
    e->control = now;
    if ((now & ER_SELECTED) == ER_SELECTED && now != old)
        program_cell(e);
}

void er2055_set_clk(er2055_t *e, bool state)
{
    u8 old = e->control;
    e->control = (u8)(state ? (old | ER_CK) : (old & ~ER_CK));
    if ((e->control & ER_SELECTED) == ER_SELECTED && e->control != old && !state) {
        if (e->control & ER_C1)
            e->latch = e->data[e->address];
        program_cell(e);
    }
}

void er2055_serialize(er2055_t *e, state_io *io)
{
    st_bytes(io, e->data, sizeof(e->data));
    st_u8(io, &e->control);
    st_u8(io, &e->address);
    st_u8(io, &e->latch);
    if (io->loading)
        e->address &= ER2055_SIZE - 1;
}
