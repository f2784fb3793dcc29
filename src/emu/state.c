#include "emu/state.h"

#include <stdlib.h>
#include <string.h>

void st_init_save(state_io *io)
{
    memset(io, 0, sizeof(*io));
}

void st_init_load(state_io *io, const u8 *buf, size_t len)
{
    memset(io, 0, sizeof(*io));
    io->loading = true;
    io->buf = (u8 *)buf;
    io->cap = len;
}

void st_free(state_io *io)
{
    if (!io->loading)
        free(io->buf);
    io->buf = NULL;
    io->cap = io->pos = 0;
}

/* Returns the span for the next n bytes, growing the buffer when saving;
   NULL (and io->error set) when loading past the end. */
static u8 *st_span(state_io *io, size_t n)
{
    if (io->error)
        return NULL;
    if (io->pos + n > io->cap) {
        if (io->loading) {
            io->error = ST_ERR_SIZE;
            return NULL;
        }
        size_t cap = io->cap ? io->cap : 4096;
        while (cap < io->pos + n)
            cap *= 2;
        u8 *nb = realloc(io->buf, cap);
        if (!nb) {
            io->error = ST_ERR_SIZE;
            return NULL;
        }
        io->buf = nb;
        io->cap = cap;
    }
    u8 *p = io->buf + io->pos;
    io->pos += n;
    return p;
}

static void st_le(state_io *io, u64 *v, int bytes)
{
    u8 *p = st_span(io, (size_t)bytes);
    if (!p)
        return;
    if (io->loading) {
        u64 x = 0;
        for (int i = bytes - 1; i >= 0; i--)
            x = (x << 8) | p[i];
        *v = x;
    } else {
        for (int i = 0; i < bytes; i++)
            p[i] = (u8)(*v >> (8 * i));
    }
}

void st_u8(state_io *io, u8 *v)
{
    u64 x = *v;
    st_le(io, &x, 1);
    *v = (u8)x;
}

void st_u16(state_io *io, u16 *v)
{
    u64 x = *v;
    st_le(io, &x, 2);
    *v = (u16)x;
}

void st_u32(state_io *io, u32 *v)
{
    u64 x = *v;
    st_le(io, &x, 4);
    *v = (u32)x;
}

void st_u64(state_io *io, u64 *v)
{
    st_le(io, v, 8);
}

void st_s32(state_io *io, s32 *v)
{
    u32 x = (u32)*v;
    st_u32(io, &x);
    *v = (s32)x;
}

void st_s64(state_io *io, s64 *v)
{
    u64 x = (u64)*v;
    st_u64(io, &x);
    *v = (s64)x;
}

void st_int(state_io *io, int *v)
{
    s32 x = (s32)*v;
    st_s32(io, &x);
    *v = (int)x;
}

void st_bool(state_io *io, bool *v)
{
    u8 x = *v ? 1 : 0;
    st_u8(io, &x);
    *v = x != 0;
}

void st_bytes(state_io *io, void *p, size_t n)
{
    u8 *s = st_span(io, n);
    if (!s)
        return;
    if (io->loading)
        memcpy(p, s, n);
    else
        memcpy(s, p, n);
}

void st_f64(state_io *io, double *v)
{
    u64 b;
    memcpy(&b, v, sizeof b);
    st_u64(io, &b);
    memcpy(v, &b, sizeof b);
}
