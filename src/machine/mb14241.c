#include "machine/mb14241.h"

void mb14241_reset(mb14241 *s)
{
    s->data = 0;
    s->count = 0;
}

void mb14241_count_w(mb14241 *s, u8 data)
{
    s->count = (u8)(~data & 7);
}

void mb14241_data_w(mb14241 *s, u8 data)
{
    s->data = (u16)((s->data >> 8) | ((u16)data << 7));
}

u8 mb14241_result_r(const mb14241 *s)
{
    return (u8)(s->data >> s->count);
}

void mb14241_serialize(mb14241 *s, state_io *io)
{
    st_u16(io, &s->data);
    st_u8(io, &s->count);
    st_check(io, s->count < 8);
}
