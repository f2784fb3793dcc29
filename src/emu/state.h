/* Save-state serialiser: one visitor walks a device's fields for both saving
   and loading, in explicit little-endian order, with bounds checks. */
#ifndef CABINET_STATE_H
#define CABINET_STATE_H

#include "util/types.h"

enum { ST_OK = 0, ST_ERR_SIZE = 1, ST_ERR_VALUE = 2 };

typedef struct state_io {
    bool loading;   /* true: fields are filled from buf; false: written to buf */
    u8 *buf;        /* saving: grown with realloc; loading: caller's buffer */
    size_t pos, cap;
    int error;      /* ST_ERR_* after an overrun, allocation failure or a refused value */
} state_io;

void st_init_save(state_io *io);
void st_init_load(state_io *io, const u8 *buf, size_t len);
void st_free(state_io *io);

void st_u8(state_io *io, u8 *v);
void st_u16(state_io *io, u16 *v);
void st_u32(state_io *io, u32 *v);
void st_u64(state_io *io, u64 *v);
void st_s32(state_io *io, s32 *v);
void st_s64(state_io *io, s64 *v);
void st_int(state_io *io, int *v);
void st_bool(state_io *io, bool *v);
void st_bytes(state_io *io, void *p, size_t n);
/* a double as its 64 bits */
void st_f64(state_io *io, double *v);

/* Loading: refuses the state unless `ok`. Serialisers call it for values a
   device uses as an index, a shift or a bounded count, which a checksummed
   but hand-made state could otherwise set out of range. */
static inline void st_check(state_io *io, bool ok)
{
    if (io->loading && !ok && !io->error)
        io->error = ST_ERR_VALUE;
}

#endif
