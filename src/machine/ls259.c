#include "machine/ls259.h"

u8 ls259_clear(ls259_t *l)
{
    u8 changed = l->q;
    l->q = 0;
    return changed;
}

void ls259_serialize(ls259_t *l, state_io *io)
{
    st_u8(io, &l->q);
}
