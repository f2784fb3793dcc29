/* Fixed-size states for run-ahead, rewind and netplay. A Cabinet state
   varies by a few bytes (sound samples pending in the streams), so the
   core's state is Cabinet's own image (what `cabinet -savestate` writes),
   zero padding, and a trailer at the very end: the relative analog counts
   (trackballs), which live in the input fields rather than the machine,
   the image's length and a magic. A buffer without the trailer (a state
   file of the standalone frontend) is loaded by finding its image. */
#include <stdlib.h>
#include <string.h>

#include "frontend/libretro/lr_core.h"
#include "frontend/statefile.h"

static const char trailer_magic[8] = { 'C', 'A', 'B', 'R', 'E', 'T', 'R', 'O' };
#define TRAILER_SIZE (MAX_FIELDS * 4 + 4 + sizeof(trailer_magic))

static void put_u32(u8 *p, u32 v)
{
    p[0] = (u8)v;
    p[1] = (u8)(v >> 8);
    p[2] = (u8)(v >> 16);
    p[3] = (u8)(v >> 24);
}

static u32 get_u32(const u8 *p)
{
    return (u32)p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
}

/* Room for the samples a stream can hold between frames: those one output
   sample covers, and a margin. */
size_t lr_state_size_for(machine_t *m)
{
    u8 *buf;
    size_t len;
    if (machine_save_state(m, &buf, &len))
        return 0;
    free(buf);
    size_t slack = 256;
    for (int i = 0; i < m->num_streams; i++) {
        const sound_stream *st = m->streams[i];
        slack += (size_t)st->outputs * 4 * (st->rate / m->mix.out_rate + 8);
    }
    return (len + slack + TRAILER_SIZE + 1023) & ~(size_t)1023;
}

bool lr_state_save(lr_core *c, void *data, size_t size)
{
    if (size < c->state_size)
        return false;
    u8 *img;
    size_t len;
    if (machine_save_state(c->m, &img, &len))
        return false;
    bool fits = len + TRAILER_SIZE <= c->state_size;
    if (fits) {
        u8 *out = data;
        memcpy(out, img, len);
        memset(out + len, 0, c->state_size - len);
        u8 *t = out + c->state_size - TRAILER_SIZE;
        for (int i = 0; i < c->m->inputs.num_fields; i++)
            put_u32(t + 4 * i, (u32)c->m->inputs.fields[i].analog);
        put_u32(t + MAX_FIELDS * 4, (u32)len);
        memcpy(t + MAX_FIELDS * 4 + 4, trailer_magic, sizeof(trailer_magic));
    } else {
        lr_message(RETRO_LOG_ERROR, 300, "Cabinet: a state of %zu bytes does not fit the fixed %zu", len,
                   c->state_size);
    }
    free(img);
    return fits;
}

bool lr_state_load(lr_core *c, const void *data, size_t size)
{
    const u8 *in = data;
    const u8 *t = size >= TRAILER_SIZE ? in + size - TRAILER_SIZE : NULL;
    bool ours = t && !memcmp(t + MAX_FIELDS * 4 + 4, trailer_magic, sizeof(trailer_magic));
    size_t len = ours ? get_u32(t + MAX_FIELDS * 4) : state_image_length(in, size);
    char err[256];
    if (!len || len > size || machine_load_state(c->m, in, len, err, sizeof(err))) {
        lr_message(RETRO_LOG_ERROR, 300, "Cabinet: state not loaded: %s", len && len <= size ? err : "no Cabinet state");
        return false;
    }
    for (int i = 0; ours && i < c->m->inputs.num_fields; i++)
        c->m->inputs.fields[i].analog = (s32)get_u32(t + 4 * i);
    return true;
}
