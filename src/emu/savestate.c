/* Whole-machine save states:
     "CABSTATE" | u32 format version | u8 len + driver name | payload | u32 CRC-32
   The payload is every device's serialize() in configuration order, so a
   state is only meaningful to the same driver and format version. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "emu/machine.h"
#include "video/tilemap.h"

static const char state_magic[8] = { 'C', 'A', 'B', 'S', 'T', 'A', 'T', 'E' };
#define MAX_PENDING_SAMPLES (1u << 22)

static void st_time(state_io *io, emu_time *t)
{
    st_u64(io, &t->sec);
    st_u64(io, &t->atto);
    st_check(io, t->atto < ATTO_PER_SEC);
}

static void serialize_stream(state_io *io, sound_stream *st)
{
    st_u64(io, &st->base);
    st_u64(io, &st->generated);
    u32 pending = (u32)(st->generated - st->base);
    st_u32(io, &pending);
    if (io->loading) {
        st_check(io, pending <= MAX_PENDING_SAMPLES && st->generated - st->base == pending);
        if (io->error)
            return;
        if (!stream_reserve(st, pending)) {
            io->error = ST_ERR_SIZE;
            return;
        }
    }
    for (int o = 0; o < st->outputs; o++)
        for (u32 i = 0; i < pending; i++)
            st_s32(io, &st->buf[o][i]);
    if (io->loading)
        stream_forget_flat(st);
}

/* The filter stages a route declares: components (a board may have changed
   them) and memory. Routes without stages add nothing. */
static void serialize_routes(state_io *io, mixer *mx)
{
    for (int i = 0; i < mx->num_routes; i++) {
        mixer_route *r = &mx->routes[i];
        for (int k = 0; k < r->stages; k++) {
            rc_stage *s = &r->stage[k];
            rc_filter f = s->cfg;
            st_u8(io, &f.type);
            st_u32(io, &f.r1);
            st_u32(io, &f.r2);
            st_u32(io, &f.r3);
            st_u32(io, &f.c);
            s64 mem = s->mem;
            st_s64(io, &mem);
            if (!io->loading)
                continue;
            st_check(io, f.type != RC_NONE && rc_filter_valid(&f) && mem >= -((s64)RC_IN_LIMIT << RC_MEM_BITS) &&
                             mem <= (s64)RC_IN_LIMIT << RC_MEM_BITS);
            if (io->error)
                return;
            rc_stage_set(s, &f, mx->out_rate);
            s->mem = s->k ? mem : 0;
        }
    }
}

static void serialize_machine(machine_t *m, state_io *io)
{
    st_time(io, &m->now);
    st_u64(io, &m->frame_number);
    st_time(io, &m->boost_quantum);
    st_time(io, &m->boost_end);
    for (int i = 0; i < m->num_timers; i++) {
        emu_timer *t = &m->timers[i];
        st_time(io, &t->expire);
        st_time(io, &t->period);
        st_s32(io, &t->param);
        st_bool(io, &t->enabled);
    }
    for (int i = 0; i < m->num_cpus; i++) {
        cpu_slot *c = &m->cpus[i];
        st_u64(io, &c->total_cycles);
        if (c->local_stale)
            c->local = et_clock_time(&c->clock, c->total_cycles);
        c->local_stale = false;
        st_time(io, &c->local);
        st_bool(io, &c->suspended);
        c->ops->serialize(c->core, io);
    }
    for (int i = 0; i < m->num_devices; i++) {
        device_t *d = &m->devices[i];
        if (d->type && d->type->serialize)
            d->type->serialize(d, io);
    }
    for (int i = 0; i < m->num_streams; i++)
        serialize_stream(io, m->streams[i]);
    st_u64(io, &m->mix.out_done);
    serialize_routes(io, &m->mix);
    if (m->config->serialize)
        m->config->serialize(m, m->drv, io);
}

/* A checksummed state can still be hand-made: refuse clocks that would
   make the next frame run for hours (found by fuzzing). */
static bool times_plausible(const machine_t *m)
{
    emu_time slack = et_add(m->frame_period, m->frame_period);
    emu_time latest = et_add(m->now, slack);
    if (!m->vblank_on->enabled || et_cmp(m->vblank_on->expire, latest) > 0)
        return false;
    /* A boost may not outlast two frames nor slice finer than one cycle. */
    if (et_cmp(m->boost_end, m->now) > 0 && et_cmp(m->boost_end, latest) > 0)
        return false;
    /* A periodic timer may not tick faster than the fastest CPU's clock
       (1 MHz without a CPU), nor be due more than two frames ago: either
       would mean millions of callbacks per frame (found by fuzzing). */
    emu_time finest = et_from_ratio(1, 1000000);
    for (int i = 0; i < m->num_cpus; i++)
        finest = et_min(finest, et_from_cycles(1, m->cpus[i].rate));
    for (int i = 0; i < m->num_timers; i++) {
        const emu_timer *t = &m->timers[i];
        if (!t->enabled)
            continue;
        if (et_cmp(et_add(t->expire, slack), m->now) < 0)
            return false;
        if (et_cmp(t->period, ET_ZERO) > 0 && et_cmp(t->period, finest) < 0)
            return false;
    }
    for (int i = 0; i < m->num_cpus; i++) {
        emu_time local = m->cpus[i].local;
        if (et_cmp(m->boost_end, m->now) > 0
            && et_cmp(m->boost_quantum, et_from_cycles(1, m->cpus[i].rate)) < 0)
            return false;
        if (et_cmp(local, latest) > 0 || et_cmp(et_add(local, slack), m->now) < 0)
            return false;
    }
    return true;
}

int machine_save_state(machine_t *m, u8 **buf, size_t *len)
{
    machine_sound_sync(m);
    state_io io;
    st_init_save(&io);
    st_bytes(&io, (void *)state_magic, sizeof(state_magic));
    u32 version = STATE_FORMAT_VERSION;
    st_u32(&io, &version);
    u8 name_len = (u8)strlen(m->driver->name);
    st_u8(&io, &name_len);
    st_bytes(&io, (void *)m->driver->name, name_len);
    serialize_machine(m, &io);
    u32 crc = (u32)crc32(0L, io.buf, (uInt)io.pos);
    st_u32(&io, &crc);
    if (io.error) {
        st_free(&io);
        return -1;
    }
    *buf = io.buf;
    *len = io.pos;
    return 0;
}

static int check_header(machine_t *m, state_io *io, char *err, size_t errlen)
{
    char magic[8];
    u32 version = 0;
    u8 name_len = 0;
    char name[256] = "";
    st_bytes(io, magic, sizeof(magic));
    if (io->error || memcmp(magic, state_magic, sizeof(magic))) {
        snprintf(err, errlen, "not a Cabinet save state");
        return -1;
    }
    st_u32(io, &version);
    if (version != STATE_FORMAT_VERSION) {
        snprintf(err, errlen, "save state format version %u is not supported (this build writes %u)", version,
                 STATE_FORMAT_VERSION);
        return -1;
    }
    st_u8(io, &name_len);
    st_bytes(io, name, name_len);
    if (io->error || strcmp(name, m->driver->name)) {
        snprintf(err, errlen, "save state belongs to \"%s\", not \"%s\"", io->error ? "?" : name, m->driver->name);
        return -1;
    }
    return 0;
}

int machine_load_state(machine_t *m, const u8 *buf, size_t len, char *err, size_t errlen)
{
    machine_sound_sync(m);
    if (len < sizeof(state_magic) + 9) {
        snprintf(err, errlen, "save state is truncated");
        return -1;
    }
    u32 stored = (u32)buf[len - 4] | (u32)buf[len - 3] << 8 | (u32)buf[len - 2] << 16 | (u32)buf[len - 1] << 24;
    state_io io;
    st_init_load(&io, buf, len - 4);
    if (check_header(m, &io, err, errlen))
        return -1;
    if ((u32)crc32(0L, buf, (uInt)(len - 4)) != stored) {
        snprintf(err, errlen, "save state checksum does not match (file damaged)");
        return -1;
    }
    /* The checksum passed, so a payload of the wrong length comes from
       another build of this driver: refuse it, and undo what the partial
       read overwrote from a snapshot taken first. */
    u8 *backup = NULL;
    size_t backup_len = 0;
    if (machine_save_state(m, &backup, &backup_len))
        backup = NULL;
    m->loading_state = true;
    serialize_machine(m, &io);
    m->loading_state = false;
    bool plausible = io.error || times_plausible(m);
    if (io.error || io.pos != io.cap || !plausible) {
        if (!plausible)
            snprintf(err, errlen, "save state holds impossible emulated times (file damaged)");
        else if (io.error == ST_ERR_VALUE)
            snprintf(err, errlen, "save state holds a value this machine cannot have (file damaged)");
        else
            snprintf(err, errlen, "save state does not match this driver's layout (%s)",
                     io.error ? "too short" : "too long");
        if (backup) {
            state_io undo;
            st_init_load(&undo, backup, backup_len - 4);
            char e2[64];
            check_header(m, &undo, e2, sizeof(e2));
            m->loading_state = true;
            serialize_machine(m, &undo);
            m->loading_state = false;
        }
        free(backup);
        return -1;
    }
    free(backup);
    m->sound_progress_at = m->now;
    m->palette.dirty = true;
    screen_post_load(m);
    for (int i = 0; i < m->num_tilemaps; i++)
        tilemap_mark_all_dirty(m->tilemaps[i]);
    if (m->config->post_load)
        m->config->post_load(m, m->drv);
    return 0;
}
