#include "frontend/inp.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "util/fileio.h"

static const char inp_magic[8] = { 'C', 'A', 'B', 'I', 'N', 'P', 'U', 'T' };
#define RECORD_SIZE 17u /* u64 frame, u8 port, u32 mask, u32 state */
#define TRAILER_SIZE 12u /* u64 end frame, u32 CRC-32 */

typedef struct inp_record {
    u64 frame;
    u8 port;
    u32 mask, state;
} inp_record;

struct inp_file {
    bool recording;
    file_out out;
    const machine_t *m;
    u64 start_frame, end_frame;
    inp_record *recs;
    size_t count, cap, next;
    u32 last[MAX_FIELDS];
    bool have_last;
    u8 *nvram;        /* the machine's NVRAM when the recording began */
    u32 nvram_len;
};

/* The machine's NVRAM bytes (none: len 0). */
static u8 *machine_nvram(const machine_t *m, size_t *len)
{
    *len = 0;
    return m->config->nvram ? m->config->nvram((machine_t *)m, m->drv, len) : NULL;
}

static bool is_analog(const input_field *f)
{
    return input_type_is_analog(f->type);
}

/* A field's whole state as one value: DIP setting, the accumulated count of
   a trackball or dial, or pressed/toggled bits. */
static u32 field_state(const input_field *f)
{
    if (f->type == IPT_DIPSWITCH)
        return f->dipvalue;
    if (is_analog(f))
        return (u32)f->analog;
    return (u32)f->pressed | (u32)f->toggled << 1;
}

static void set_field_state(input_field *f, u32 state)
{
    if (f->type == IPT_DIPSWITCH) {
        f->dipvalue = state;
    } else if (is_analog(f)) {
        f->analog = (s32)state;
    } else {
        f->pressed = state & 1;
        f->toggled = (state >> 1) & 1;
    }
}

/* A record names a field by port and mask: the first field with both. */
static int find_field(const input_ports *ip, u8 port, u32 mask)
{
    for (int i = 0; i < ip->num_fields; i++)
        if (ip->fields[i].port == port && ip->fields[i].mask == mask)
            return i;
    return -1;
}

static void put_header(state_io *io, const inp_file *f, u32 count)
{
    const machine_t *m = f->m;
    u64 start = f->start_frame;
    st_bytes(io, (void *)inp_magic, sizeof(inp_magic));
    u32 version = INP_FORMAT_VERSION;
    st_u32(io, &version);
    u8 len = (u8)strlen(m->driver->name);
    st_u8(io, &len);
    st_bytes(io, (void *)m->driver->name, len);
    st_u64(io, &start);
    u8 nreg = (u8)m->regions.count;
    st_u8(io, &nreg);
    for (int i = 0; i < m->regions.count; i++) {
        const mem_region *r = &m->regions.items[i];
        len = (u8)strnlen(r->name, sizeof(r->name));
        st_u8(io, &len);
        st_bytes(io, (void *)r->name, len);
        u32 size = (u32)r->size, crc = (u32)crc32(0L, r->data, (uInt)r->size);
        st_u32(io, &size);
        st_u32(io, &crc);
    }
    u32 nvlen = f->nvram_len;
    st_u32(io, &nvlen);
    if (nvlen)
        st_bytes(io, f->nvram, nvlen);
    u8 nfields = (u8)m->inputs.num_fields;
    st_u8(io, &nfields);
    st_u32(io, &count);
}

inp_file *inp_open_record(const char *path, const machine_t *m, char *err, size_t errlen)
{
    inp_file *f = calloc(1, sizeof(*f));
    if (!f) {
        snprintf(err, errlen, "%s: out of memory", path);
        return NULL;
    }
    if (file_out_open(&f->out, path, err, errlen)) {
        free(f);
        return NULL;
    }
    f->recording = true;
    f->m = m;
    f->start_frame = m->frame_number;
    size_t nvlen;
    const u8 *nv = machine_nvram(m, &nvlen);
    if (nvlen && !(f->nvram = malloc(nvlen))) {
        snprintf(err, errlen, "%s: out of memory", path);
        file_out_commit(&f->out, false, err, errlen);
        free(f);
        return NULL;
    }
    if (nvlen)
        memcpy(f->nvram, nv, nvlen);
    f->nvram_len = (u32)nvlen;
    return f;
}

static int add_record(inp_file *f, u64 frame, u8 port, u32 mask, u32 state)
{
    if (f->count == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 256;
        inp_record *nr = realloc(f->recs, cap * sizeof(*nr));
        if (!nr)
            return -1;
        f->recs = nr;
        f->cap = cap;
    }
    f->recs[f->count++] = (inp_record){ frame, port, mask, state };
    return 0;
}

int inp_record_frame(inp_file *f, const machine_t *m)
{
    const input_ports *ip = &m->inputs;
    for (int i = 0; i < ip->num_fields; i++) {
        const input_field *fl = &ip->fields[i];
        u32 st = field_state(fl);
        if (f->have_last && f->last[i] == st)
            continue;
        f->last[i] = st;
        /* A field that shares port and mask with an earlier one cannot be named. */
        if (find_field(ip, fl->port, fl->mask) != i)
            continue;
        if (add_record(f, m->frame_number, fl->port, fl->mask, st))
            return -1;
    }
    f->have_last = true;
    return 0;
}

void inp_rewind(inp_file *f, u64 completed)
{
    if (!f)
        return;
    size_t keep = 0;
    while (keep < f->count && f->recs[keep].frame < completed)
        keep++;
    if (!f->recording) {
        f->next = keep;
        return;
    }
    f->count = keep;
    /* The fields' states as the recorder last saw them before that frame. */
    const input_ports *ip = &f->m->inputs;
    f->have_last = keep > 0;
    for (size_t r = 0; r < keep; r++) {
        int i = find_field(ip, f->recs[r].port, f->recs[r].mask);
        if (i >= 0)
            f->last[i] = f->recs[r].state;
    }
}

static int write_recording(inp_file *f, char *err, size_t errlen)
{
    state_io io;
    st_init_save(&io);
    put_header(&io, f, (u32)f->count);
    for (size_t i = 0; i < f->count; i++) {
        inp_record *r = &f->recs[i];
        st_u64(&io, &r->frame);
        st_u8(&io, &r->port);
        st_u32(&io, &r->mask);
        st_u32(&io, &r->state);
    }
    /* The frame about to run when the recording stopped has been played. */
    u64 end = f->m->frame_number;
    st_u64(&io, &end);
    u32 crc = io.error ? 0 : (u32)crc32(0L, io.buf, (uInt)io.pos);
    st_u32(&io, &crc);
    if (io.error || f->count > UINT32_MAX) {
        st_free(&io);
        file_out_commit(&f->out, false, err, errlen);
        snprintf(err, errlen, "%s: input recording too large or out of memory", f->out.name);
        return -1;
    }
    errno = 0;
    bool ok = fwrite(io.buf, 1, io.pos, f->out.f) == io.pos;
    int why = errno ? errno : EIO;
    st_free(&io);
    if (!ok) {
        file_out_commit(&f->out, false, err, errlen);
        snprintf(err, errlen, "%s: %s", f->out.name, strerror(why));
        return -1;
    }
    return file_out_commit(&f->out, true, err, errlen);
}

int inp_close(inp_file *f, bool keep, char *err, size_t errlen)
{
    if (!f)
        return 0;
    int rc = 0;
    if (f->recording && keep)
        rc = write_recording(f, err, errlen);
    else if (f->recording)
        file_out_commit(&f->out, false, err, errlen);
    free(f->recs);
    free(f->nvram);
    free(f);
    return rc;
}

static int check_regions(state_io *io, const machine_t *m, const char *name, char *err, size_t errlen)
{
    u8 nreg = 0;
    st_u8(io, &nreg);
    if (!io->error && nreg != m->regions.count) {
        snprintf(err, errlen, "%s: recorded with %u ROM regions, this set has %d", name, nreg, m->regions.count);
        return -1;
    }
    for (int i = 0; i < nreg && !io->error; i++) {
        const mem_region *r = &m->regions.items[i];
        u8 len = 0;
        char rname[256] = "";
        u32 size = 0, crc = 0;
        st_u8(io, &len);
        st_bytes(io, rname, len);
        st_u32(io, &size);
        st_u32(io, &crc);
        if (!io->error && (strcmp(rname, r->name) || size != r->size
                           || crc != (u32)crc32(0L, r->data, (uInt)r->size))) {
            snprintf(err, errlen, "%s: recorded with other ROMs (region %s differs)", name, r->name);
            return -1;
        }
    }
    return 0;
}

/* The NVRAM the recording began from: as long as the machine's. */
static int read_nvram(state_io *io, const machine_t *m, const char *name, u8 **nvram, u32 *nvlen, char *err,
                      size_t errlen)
{
    size_t have;
    machine_nvram(m, &have);
    st_u32(io, nvlen);
    if (io->error)
        return 0;
    if (*nvlen != have) {
        snprintf(err, errlen, "%s: recorded with %u bytes of NVRAM, this machine has %zu", name, *nvlen, have);
        return -1;
    }
    if (have && !(*nvram = malloc(have))) {
        snprintf(err, errlen, "%s: out of memory", name);
        return -1;
    }
    if (have)
        st_bytes(io, *nvram, *nvlen);
    return 0;
}

static int check_header(state_io *io, const machine_t *m, const char *name, u64 *start, char *err, size_t errlen)
{
    char magic[8] = "";
    u32 version = 0;
    u8 len = 0;
    char drv[256] = "";
    st_bytes(io, magic, sizeof(magic));
    if (io->error || memcmp(magic, inp_magic, sizeof(magic))) {
        snprintf(err, errlen, "%s: not a Cabinet input recording", name);
        return -1;
    }
    st_u32(io, &version);
    if (!io->error && version != INP_FORMAT_VERSION) {
        snprintf(err, errlen, "%s: input recording format version %u is not supported (this build reads %u)", name,
                 version, INP_FORMAT_VERSION);
        return -1;
    }
    st_u8(io, &len);
    st_bytes(io, drv, len);
    if (!io->error && strcmp(drv, m->driver->name)) {
        snprintf(err, errlen, "%s: input recording belongs to \"%s\", not \"%s\"", name, drv, m->driver->name);
        return -1;
    }
    st_u64(io, start);
    if (check_regions(io, m, name, err, errlen))
        return -1;
    return 0;
}

static int check_fields(state_io *io, const machine_t *m, const char *name, u32 *count, char *err, size_t errlen)
{
    u8 nfields = 0;
    st_u8(io, &nfields);
    st_u32(io, count);
    if (!io->error && nfields != m->inputs.num_fields) {
        snprintf(err, errlen, "%s: recorded with %u input fields, this driver has %d", name, nfields,
                 m->inputs.num_fields);
        return -1;
    }
    if (io->error) {
        snprintf(err, errlen, "%s: input recording is truncated", name);
        return -1;
    }
    return 0;
}

static bool record_valid(const inp_record *r, const machine_t *m, u64 prev)
{
    if (r->frame < prev)
        return false;
    int i = find_field(&m->inputs, r->port, r->mask);
    if (i < 0)
        return false;
    if (m->inputs.fields[i].type == IPT_DIPSWITCH)
        return (r->state & ~r->mask) == 0;
    if (is_analog(&m->inputs.fields[i]))
        return true; /* any accumulated count */
    return r->state <= 3;
}

static int read_records(inp_file *f, state_io *io, const machine_t *m, const char *name, char *err, size_t errlen)
{
    u64 prev = f->start_frame;
    for (size_t i = 0; i < f->count; i++) {
        inp_record *r = &f->recs[i];
        st_u64(io, &r->frame);
        st_u8(io, &r->port);
        st_u32(io, &r->mask);
        st_u32(io, &r->state);
        if (!record_valid(r, m, prev)) {
            snprintf(err, errlen, "%s: record %zu is invalid (frame %llu, port %u, mask 0x%x)", name, i,
                     (unsigned long long)r->frame, r->port, r->mask);
            return -1;
        }
        prev = r->frame;
    }
    st_u64(io, &f->end_frame);
    if (f->end_frame < prev) {
        snprintf(err, errlen, "%s: input recording ends before its last record", name);
        return -1;
    }
    return 0;
}

static inp_file *parse_body(const u8 *buf, size_t len, const char *name, const machine_t *m, char *err,
                            size_t errlen)
{
    state_io io;
    st_init_load(&io, buf, len - 4);
    u64 start = 0;
    u32 count = 0, nvlen = 0;
    u8 *nvram = NULL;
    if (check_header(&io, m, name, &start, err, errlen)
        || read_nvram(&io, m, name, &nvram, &nvlen, err, errlen)
        || check_fields(&io, m, name, &count, err, errlen)) {
        free(nvram);
        return NULL;
    }
    if ((io.cap - io.pos) / RECORD_SIZE < count || io.cap - io.pos != (size_t)count * RECORD_SIZE + 8) {
        snprintf(err, errlen, "%s: input recording is truncated or has trailing data", name);
        free(nvram);
        return NULL;
    }
    inp_file *f = calloc(1, sizeof(*f));
    if (f && count && !(f->recs = malloc(count * sizeof(inp_record)))) {
        free(f);
        f = NULL;
    }
    if (!f) {
        snprintf(err, errlen, "%s: out of memory", name);
        free(nvram);
        return NULL;
    }
    f->m = m;
    f->nvram = nvram;
    f->nvram_len = nvlen;
    f->start_frame = start;
    f->count = f->cap = count;
    if (read_records(f, &io, m, name, err, errlen)) {
        inp_close(f, false, err, 0);
        return NULL;
    }
    return f;
}

inp_file *inp_parse(const u8 *buf, size_t len, const char *name, const machine_t *m, char *err, size_t errlen)
{
    if (len < sizeof(inp_magic) + TRAILER_SIZE) {
        snprintf(err, errlen, "%s: %s", name, len >= sizeof(inp_magic) && !memcmp(buf, inp_magic, sizeof(inp_magic))
                 ? "input recording is truncated" : "not a Cabinet input recording");
        return NULL;
    }
    u32 stored = (u32)buf[len - 4] | (u32)buf[len - 3] << 8 | (u32)buf[len - 2] << 16 | (u32)buf[len - 1] << 24;
    inp_file *f = parse_body(buf, len, name, m, err, errlen);
    if (f && (u32)crc32(0L, buf, (uInt)(len - 4)) != stored) {
        snprintf(err, errlen, "%s: input recording checksum does not match (file damaged)", name);
        inp_close(f, false, err, 0);
        return NULL;
    }
    if (f && f->start_frame != m->frame_number) {
        snprintf(err, errlen, "%s: recording starts at frame %llu but the machine is at frame %llu "
                 "(load the same -state)", name, (unsigned long long)f->start_frame,
                 (unsigned long long)m->frame_number);
        inp_close(f, false, err, 0);
        return NULL;
    }
    return f;
}

inp_file *inp_open_playback(const char *path, machine_t *m, char *err, size_t errlen)
{
    u8 *buf;
    size_t len;
    if (file_read_all(path, &buf, &len, INP_MAX_FILE_SIZE, err, errlen))
        return NULL;
    inp_file *f = inp_parse(buf, len, path, m, err, errlen);
    free(buf);
    size_t nvlen;
    u8 *nv = machine_nvram(m, &nvlen);
    if (f && nvlen == f->nvram_len && nvlen)
        memcpy(nv, f->nvram, nvlen);
    return f;
}

void inp_playback_frame(inp_file *f, machine_t *m)
{
    for (; f->next < f->count && f->recs[f->next].frame <= m->frame_number; f->next++) {
        const inp_record *r = &f->recs[f->next];
        int i = find_field(&m->inputs, r->port, r->mask);
        if (i >= 0)
            set_field_state(&m->inputs.fields[i], r->state);
    }
}

bool inp_playback_done(const inp_file *f, const machine_t *m)
{
    return f->next >= f->count && m->frame_number >= f->end_frame;
}
