#include "frontend/rewind.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int rewind_init(rewind_buf *rw, size_t capacity, char *err, size_t errlen)
{
    memset(rw, 0, sizeof(*rw));
    rw->capacity = capacity;
    if (!capacity)
        return 0;
    rw->ring_cap = 64;
    rw->ring = calloc(rw->ring_cap, sizeof(*rw->ring));
    if (!rw->ring) {
        snprintf(err, errlen, "-rewind: out of memory");
        return -1;
    }
    return 0;
}

void rewind_free(rewind_buf *rw)
{
    for (size_t i = 0; i < rw->count; i++)
        free(rw->ring[(rw->head + i) % rw->ring_cap].delta);
    free(rw->ring);
    free(rw->cur);
    memset(rw, 0, sizeof(*rw));
}

bool rewind_on(const rewind_buf *rw)
{
    return rw->capacity > 0;
}

size_t rewind_depth(const rewind_buf *rw)
{
    return rw->count > 0 ? rw->count - 1 : 0;
}

/* The machine's state followed by its input ports (not part of a state). */
static u8 *make_blob(machine_t *m, size_t *len)
{
    u8 *st;
    size_t n;
    if (machine_save_state(m, &st, &n))
        return NULL;
    u8 *blob = realloc(st, n + sizeof(input_ports));
    if (!blob) {
        free(st);
        return NULL;
    }
    memcpy(blob + n, &m->inputs, sizeof(input_ports));
    *len = n + sizeof(input_ports);
    return blob;
}

/* a XOR b over the longer length, the shorter read as zero-extended. */
static u8 *xor_blobs(const u8 *a, size_t alen, const u8 *b, size_t blen, size_t *out_len)
{
    size_t n = alen > blen ? alen : blen;
    u8 *x = calloc(n ? n : 1, 1);
    if (!x)
        return NULL;
    memcpy(x, a, alen);
    for (size_t i = 0; i < blen; i++)
        x[i] ^= b[i];
    *out_len = n;
    return x;
}

static void drop_oldest(rewind_buf *rw)
{
    rewind_entry *e = &rw->ring[rw->head];
    rw->used -= e->zlen;
    free(e->delta);
    e->delta = NULL;
    rw->head = (rw->head + 1) % rw->ring_cap;
    rw->count--;
    rw->dropped++;
}

static int grow_ring(rewind_buf *rw)
{
    size_t ncap = rw->ring_cap * 2;
    rewind_entry *n = calloc(ncap, sizeof(*n));
    if (!n)
        return -1;
    for (size_t i = 0; i < rw->count; i++)
        n[i] = rw->ring[(rw->head + i) % rw->ring_cap];
    free(rw->ring);
    rw->ring = n;
    rw->ring_cap = ncap;
    rw->head = 0;
    return 0;
}

/* Stores the entry that turns `blob` (the new newest) back into cur. */
static int store_delta(rewind_buf *rw, const u8 *blob, size_t len)
{
    size_t xlen = 0;
    u8 *x = xor_blobs(rw->cur, rw->cur_len, blob, len, &xlen);
    uLongf zlen = compressBound((uLong)xlen);
    u8 *z = x ? malloc(zlen) : NULL;
    if (!z || compress2(z, &zlen, x, (uLong)xlen, 1) != Z_OK) {
        free(x);
        free(z);
        return -1;
    }
    free(x);
    u8 *shrunk = realloc(z, zlen ? zlen : 1);
    z = shrunk ? shrunk : z;
    if (rw->count == rw->ring_cap && grow_ring(rw)) {
        free(z);
        return -1;
    }
    rewind_entry *e = &rw->ring[(rw->head + rw->count) % rw->ring_cap];
    e->delta = z;
    e->zlen = zlen;
    e->len = rw->cur_len;
    rw->count++;
    rw->used += zlen;
    return 0;
}

int rewind_push(rewind_buf *rw, machine_t *m, char *err, size_t errlen)
{
    if (!rewind_on(rw))
        return 0;
    size_t len;
    u8 *blob = make_blob(m, &len);
    if (!blob || (rw->have_cur && store_delta(rw, blob, len))) {
        free(blob);
        snprintf(err, errlen, "-rewind: out of memory");
        return -1;
    }
    rw->used = rw->used - (rw->have_cur ? rw->cur_len : 0) + len;
    free(rw->cur);
    rw->cur = blob;
    rw->cur_len = len;
    rw->have_cur = true;
    rw->pushed++;
    while (rw->used > rw->capacity && rw->count > 0)
        drop_oldest(rw);
    return 0;
}

/* The blob of the newest entry: cur XOR its delta, cut to its length. */
static u8 *older_blob(const rewind_buf *rw, size_t *len)
{
    const rewind_entry *e = &rw->ring[(rw->head + rw->count - 1) % rw->ring_cap];
    size_t n = e->len > rw->cur_len ? e->len : rw->cur_len;
    uLongf xlen = (uLongf)n;
    u8 *x = malloc(n ? n : 1);
    if (!x || uncompress(x, &xlen, e->delta, (uLong)e->zlen) != Z_OK || xlen != n) {
        free(x);
        return NULL;
    }
    for (size_t i = 0; i < rw->cur_len; i++)
        x[i] ^= rw->cur[i];
    *len = e->len;
    return x;
}

/* Pops the newest entry: cur becomes the frame before. */
static int pop_newest(rewind_buf *rw)
{
    size_t len;
    u8 *b = older_blob(rw, &len);
    if (!b)
        return -1;
    rewind_entry *e = &rw->ring[(rw->head + rw->count - 1) % rw->ring_cap];
    rw->used = rw->used - e->zlen - rw->cur_len + len;
    free(e->delta);
    e->delta = NULL;
    rw->count--;
    free(rw->cur);
    rw->cur = b;
    rw->cur_len = len;
    return 0;
}

static int load_blob(machine_t *m, const u8 *blob, size_t len, char *err, size_t errlen)
{
    char why[256];
    if (len < sizeof(input_ports) || machine_load_state(m, blob, len - sizeof(input_ports), why, sizeof(why))) {
        snprintf(err, errlen, "-rewind: a kept state could not be restored: %s", len < sizeof(input_ports) ? "short" : why);
        return -1;
    }
    return 0;
}

int rewind_step(rewind_buf *rw, machine_t *m, bool restore_inputs, char *err, size_t errlen)
{
    if (!rewind_on(rw) || rw->count < 2)
        return 0;
    if (pop_newest(rw)) {
        snprintf(err, errlen, "-rewind: out of memory");
        return -1;
    }
    /* cur is now the target frame; rerun it from the one before so the
       machine also holds its picture. */
    size_t plen;
    u8 *prev = older_blob(rw, &plen);
    if (!prev) {
        snprintf(err, errlen, "-rewind: out of memory");
        return -1;
    }
    input_ports host = m->inputs;
    int rc = load_blob(m, prev, plen, err, errlen);
    free(prev);
    if (rc)
        return -1;
    memcpy(&m->inputs, rw->cur + rw->cur_len - sizeof(input_ports), sizeof(input_ports));
    machine_run_frame(m);
    if (!restore_inputs)
        m->inputs = host;
    rw->stepped++;
    return 1;
}
