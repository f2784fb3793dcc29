#include "emu/machine.h"
#include "video/tilemap.h"
#include "video/provenance.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cpu_irq_ack_glue(void *ctx, int line)
{
    cpu_slot *c = ctx;
    const cpu_params *p = c->dev->cfg->params;
    return p && p->irq_ack ? p->irq_ack(c->dev->machine->drv, line) : 0xff;
}

static void cpu_output_glue(void *ctx, int line, int state)
{
    cpu_slot *c = ctx;
    const cpu_params *p = c->dev->cfg->params;
    p->output(c->dev->machine->drv, line, state);
}

static void cpu_slice_end_glue(void *ctx)
{
    sched_fire_inside(ctx);
}

/* Map entries may name devices listed after the CPU: their instances are
   allocated before any CPU's map is built. */
static void *map_device(void *ctx, const char *tag)
{
    device_t *d = machine_device(ctx, tag);
    return d && !d->cfg->cpu ? d->self : NULL;
}

static int start_cpu(machine_t *m, device_t *d, char *err, size_t errlen)
{
    const map_env env = { &m->inputs, map_device, m };
    if (m->num_cpus == MAX_CPUS) {
        snprintf(err, errlen, "%s: too many CPUs", d->tag);
        return -1;
    }
    const cpu_params *p = d->cfg->params;
    cpu_slot *c = &m->cpus[m->num_cpus++];
    c->dev = d;
    c->ops = d->cfg->cpu;
    c->rate = d->clock / (c->ops->clock_divider ? c->ops->clock_divider : 1);
    et_clock_init(&c->clock, c->rate);
    c->core = calloc(1, c->ops->size);
    d->self = c->core;
    if (!c->core || c->rate == 0) {
        snprintf(err, errlen, "%s: %s", d->tag, c->core ? "clock is zero" : "out of memory");
        return -1;
    }
    size_t dsz = m->config->drv_state_size;
    if (mem_space_build(&c->program, "program", p->program_bits ? p->program_bits : 16, p->program, m->drv, dsz,
                        &m->regions, &env, err, errlen))
        return -1;
    /* A CPU without an I/O map still gets an (empty) I/O space, so a stray
       IN/OUT reads the unmapped value instead of reaching a NULL space. */
    static const mem_map_entry no_io[] = { MAP_END };
    if (mem_space_build(&c->io, "io", p->io_bits ? p->io_bits : 8, p->io ? p->io : no_io, m->drv, dsz, &m->regions,
                        &env, err, errlen))
        return -1;
    c->has_opcodes = p->opcodes != NULL;
    if (c->has_opcodes && mem_space_build(&c->opcodes, "opcodes", p->program_bits ? p->program_bits : 16,
                                          p->opcodes, m->drv, dsz, &m->regions, &env, err, errlen))
        return -1;
    if (c->has_opcodes && !c->ops->set_opcode_space) {
        snprintf(err, errlen, "%s: %s has no separate opcode space", d->tag, c->ops->name);
        return -1;
    }
    c->program.as.fixed_pages = c->opcodes.as.fixed_pages = p->fixed_pages;
    c->ops->init(c->core, &c->program.as, &c->io.as);
    if (c->has_opcodes)
        c->ops->set_opcode_space(c->core, &c->opcodes.as);
    cpu_base *b = c->core;
    b->irq_ack = cpu_irq_ack_glue;
    b->irq_ctx = c;
    if (p->output) {
        b->output = cpu_output_glue;
        b->output_ctx = c;
    }
    b->slice_end = cpu_slice_end_glue;
    b->slice_end_ctx = m;
    return 0;
}

static int start_device(machine_t *m, device_t *d, char *err, size_t errlen)
{
    d->sound_outputs = d->type->outputs ? d->type->outputs : 1;
    if (d->type->start && d->type->start(d, err, errlen))
        return -1;
    if (d->type->sound_update && d->sound_rate) {
        d->stream = stream_create(d, d->sound_rate, d->sound_outputs);
        if (!d->stream) {
            snprintf(err, errlen, "%s: out of memory or %d outputs", d->tag, d->sound_outputs);
            return -1;
        }
        m->streams[m->num_streams++] = d->stream;
        if (mixer_add_routes(&m->mix, d->stream, d->cfg->routes, err, errlen))
            return -1;
    }
    return 0;
}

static int start_devices(machine_t *m, char *err, size_t errlen)
{
    for (const device_config *dc = m->config->devices; dc && dc->tag; dc++) {
        if (m->num_devices == MAX_DEVICES) {
            snprintf(err, errlen, "too many devices");
            return -1;
        }
        device_t *d = &m->devices[m->num_devices++];
        *d = (device_t){ .cfg = dc, .type = dc->type, .machine = m, .tag = dc->tag, .clock = dc->clock };
        if (!dc->cpu && !(d->self = calloc(1, dc->type->state_size ? dc->type->state_size : 1))) {
            snprintf(err, errlen, "%s: out of memory", d->tag);
            return -1;
        }
    }
    for (int i = 0; i < m->num_devices; i++) {
        device_t *d = &m->devices[i];
        if (d->cfg->cpu ? start_cpu(m, d, err, errlen) : start_device(m, d, err, errlen))
            return -1;
    }
    return 0;
}

static void devices_vblank(machine_t *m, int state)
{
    for (int i = 0; i < m->num_devices; i++) {
        device_t *d = &m->devices[i];
        if (d->type && d->type->vblank)
            d->type->vblank(d, state);
    }
}

static void vblank_on(machine_t *m, void *ctx, s32 param)
{
    (void)ctx;
    (void)param;
    const machine_config *cfg = m->config;
    /* the frame is finished before the VBLANK callbacks run, as in MAME */
    screen_update_frame_end(m);
    palette_refresh(&m->palette);
    memcpy(m->frame_pens, m->palette.pen_rgb, (size_t)m->palette.num_pens * sizeof(u32));
    m->frame_stale = true;
    m->frame_ready = true;
    if (cfg->screen.vblank)
        cfg->screen.vblank(m, m->drv, 1);
    devices_vblank(m, 1);
}

const u32 *machine_frame(const machine_t *cm)
{
    machine_t *m = (machine_t *)cm; /* the cache is not part of the machine's observable state */
    if (m->frame_stale) {
        size_t n = (size_t)m->bitmap.width * (size_t)m->bitmap.height;
        u32 pens = (u32)m->palette.num_pens;
        for (size_t i = 0; i < n; i++) {
            u32 pen = m->bitmap.pix[i];
            m->frame_rgb[i] = m->frame_pens[pen < pens ? pen : pen % pens]; /* no division per pixel */
        }
        m->frame_stale = false;
    }
    return m->frame_rgb;
}

static void vblank_off(machine_t *m, void *ctx, s32 param)
{
    (void)ctx;
    (void)param;
    m->frame_number++;
    if (m->config->screen.vblank)
        m->config->screen.vblank(m, m->drv, 0);
    devices_vblank(m, 0);
}

static int start_video(machine_t *m, char *err, size_t errlen)
{
    const screen_config *s = &m->config->screen;
    const video_config *v = &m->config->video;
    if (!s->pixclock || s->hbstart <= s->hbend || s->vbstart <= s->vbend || s->htotal < s->hbstart ||
        s->vtotal < s->vbstart) {
        snprintf(err, errlen, "screen configuration is invalid");
        return -1;
    }
    if (bitmap_alloc(&m->bitmap, s->hbstart - s->hbend, s->vbstart - s->vbend) ||
        palette_alloc(&m->palette, v->colors ? v->colors : 2, v->pens) ||
        !(m->frame_rgb = calloc((size_t)m->bitmap.width * (size_t)m->bitmap.height, sizeof(u32))) ||
        !(m->frame_pens = calloc((size_t)m->palette.num_pens, sizeof(u32)))) {
        snprintf(err, errlen, "video: out of memory");
        return -1;
    }
    if (v->palette_init)
        v->palette_init(m, m->drv, &m->palette);
    for (const gfx_decode_entry *g = v->gfx; g && g->layout; g++) {
        if (m->num_gfx == (int)ARRAY_LEN(m->gfx)) {
            snprintf(err, errlen, "too many gfx decode entries");
            return -1;
        }
        if (gfx_decode(&m->gfx[m->num_gfx], g, &m->regions, err, errlen))
            return -1;
        m->num_gfx++;
    }
    m->frame_period = et_from_ratio((u64)s->htotal * s->vtotal, s->pixclock);
    if (s->mame_frame_period) {
        unsigned __int128 atto = (unsigned __int128)(ATTO_PER_SEC / s->pixclock) * ((u64)s->htotal * s->vtotal);
        m->frame_period = (emu_time){ (u64)(atto / ATTO_PER_SEC), (u64)(atto % ATTO_PER_SEC) };
    }
    m->vblank_on = timer_alloc(m, vblank_on, NULL);
    m->vblank_off = timer_alloc(m, vblank_off, NULL);
    u64 vblank_pix = (u64)s->htotal * s->vbstart, frame_pix = (u64)s->htotal * s->vtotal;
    /* VBLANK ends at line 0; on a screen whose VBLANK starts at line 0
       (vbstart = vtotal: Missile Command) that is the instant it starts, so
       there the end is line vbend, as MAME has it (the frame count must not
       move on before the frame just finished is reported) */
    if (s->vbstart == s->vtotal)
        vblank_pix -= (u64)s->htotal * s->vbend;
    timer_adjust(m, m->vblank_on, m->frame_period, 0, m->frame_period);
    timer_adjust(m, m->vblank_off, et_from_ratio(2 * frame_pix - vblank_pix, s->pixclock), 0, m->frame_period);
    return 0;
}

machine_t *machine_create(const game_driver *drv, region_list *regions, u32 sample_rate, char *err, size_t errlen)
{
    machine_t *m = calloc(1, sizeof(*m));
    if (!m) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    m->driver = drv;
    m->config = drv->config;
    m->regions = *regions;
    memset(regions, 0, sizeof(*regions));
    m->mix.out_rate = sample_rate ? sample_rate : 48000;
    m->drv = calloc(1, m->config->drv_state_size ? m->config->drv_state_size : 1);
    if (!m->drv) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    if (drv->init && drv->init(m, &m->regions)) {
        snprintf(err, errlen, "%s: ROM initialisation failed", drv->name);
        goto fail;
    }
    if (input_ports_init(&m->inputs, drv->inputs, err, errlen) || start_devices(m, err, errlen) ||
        start_video(m, err, errlen))
        goto fail;
    m->quantum = m->config->quantum_hz ? et_from_ratio(1, m->config->quantum_hz) : m->frame_period;
    if (m->config->start && m->config->start(m, m->drv)) {
        snprintf(err, errlen, "%s: machine start failed", drv->name);
        goto fail;
    }
    m->started = true;
    machine_reset(m);
    return m;
fail:
    machine_destroy(m);
    return NULL;
}

void machine_destroy(machine_t *m)
{
    if (!m)
        return;
    machine_set_sound_thread(m, false);
    for (int i = 0; i < m->num_cpus; i++) {
        mem_space_free(&m->cpus[i].program);
        mem_space_free(&m->cpus[i].io);
        if (m->cpus[i].has_opcodes)
            mem_space_free(&m->cpus[i].opcodes);
    }
    for (int i = 0; i < m->num_devices; i++) {
        stream_destroy(m->devices[i].stream);
        free(m->devices[i].self);
    }
    for (int i = 0; i < m->num_gfx; i++)
        gfx_free(&m->gfx[i]);
    for (int i = 0; i < m->num_tilemaps; i++)
        tilemap_free(m->tilemaps[i]);
    bitmap_free(&m->bitmap);
    palette_free(&m->palette);
    mixer_free(&m->mix);
    free(m->frame_rgb);
    free(m->frame_pens);
    free(m->drv);
    region_list_free(&m->regions);
    free(m);
}

void machine_reset(machine_t *m)
{
    for (int i = 0; i < m->num_devices; i++) {
        device_t *d = &m->devices[i];
        if (d->type && d->type->reset)
            d->type->reset(d);
    }
    for (int i = 0; i < m->num_cpus; i++) {
        m->cpus[i].ops->reset(m->cpus[i].core);
        m->cpus[i].suspended = false;
    }
    if (m->config->reset)
        m->config->reset(m, m->drv);
}

void machine_schedule_reset(machine_t *m)
{
    m->reset_pending = true;
    sched_sync(m);
}

void machine_coin_counter_w(machine_t *m, int n, int state)
{
    if (n < 0 || n >= MACHINE_COIN_COUNTERS)
        return;
    if (state && !m->coin_line[n])
        m->coin_count[n]++;
    m->coin_line[n] = state != 0;
}

void machine_run_frame(machine_t *m)
{
    input_ports_latch(&m->inputs);
    m->frame_ready = false;
    if (m->bitmap.prov)
        provenance_frame_start(m);
    mixer_begin_frame(&m->mix);
    sched_run_until(m, m->vblank_on->expire);
    mixer_update(&m->mix, m->streams, m->num_streams, m->now);
}

int machine_width(const machine_t *m)
{
    return m->bitmap.width;
}

int machine_height(const machine_t *m)
{
    return m->bitmap.height;
}

device_t *machine_device(machine_t *m, const char *tag)
{
    for (int i = 0; i < m->num_devices; i++)
        if (!strcmp(m->devices[i].tag, tag))
            return &m->devices[i];
    return NULL;
}

void *machine_device_self(machine_t *m, const char *tag)
{
    device_t *d = machine_device(m, tag);
    return d ? d->self : NULL;
}

cpu_slot *machine_cpu(machine_t *m, const char *tag)
{
    for (int i = 0; i < m->num_cpus; i++)
        if (!strcmp(m->cpus[i].dev->tag, tag))
            return &m->cpus[i];
    return NULL;
}

mem_region *machine_region(machine_t *m, const char *tag)
{
    return region_find(&m->regions, tag);
}

void cpu_set_line(cpu_slot *c, int line, int state)
{
    if (line == CPU_LINE_RESET) {
        if (state != LINE_CLEAR)
            c->ops->reset(c->core);
        c->suspended = state != LINE_CLEAR;
        return;
    }
    c->ops->set_line(c->core, line, state);
}

static void log_unmapped(void *ctx, const address_space_t *as, offs_t a, bool write)
{
    machine_t *m = ctx;
    machine_logf(m, "%s: unmapped %s space %s at %0*X (further unmapped accesses of this space are not logged)",
                 m->running ? m->running->dev->tag : "machine", as->name, write ? "write" : "read",
                 as->addr_mask > 0xffff ? 6 : as->addr_mask > 0xff ? 4 : 2, (unsigned)a);
}

void machine_set_log(machine_t *m, void (*fn)(void *ctx, const char *msg), void *ctx)
{
    m->log = fn;
    m->log_ctx = ctx;
    for (int i = 0; i < m->num_cpus; i++) {
        mem_space *spaces[] = { &m->cpus[i].program, &m->cpus[i].io, &m->cpus[i].opcodes };
        for (size_t k = 0; k < ARRAY_LEN(spaces); k++) {
            if (!spaces[k]->as.pages)
                continue;
            spaces[k]->as.log_unmapped = fn ? log_unmapped : NULL;
            spaces[k]->as.log_ctx = m;
        }
    }
}

void machine_logf(machine_t *m, const char *fmt, ...)
{
    if (!m->log)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    m->log(m->log_ctx, msg);
}

bool machine_set_sound_thread(machine_t *m, bool on)
{
    bool any = m->async_jobs;
    for (int i = 0; i < m->num_streams; i++)
        any |= m->streams[i]->dev->type->sound_async;
    on = on && any;
    if (on == (m->sound_worker != NULL))
        return on;
    sound_worker *w = m->sound_worker;
    if (on) {
        w = sound_worker_start();
        if (!w)
            return false;
        m->sound_progress_at = m->now;
    } else {
        sound_worker_stop(w); /* finishes what was posted */
        w = NULL;
    }
    m->sound_worker = w;
    for (int i = 0; i < m->num_streams; i++)
        if (m->streams[i]->dev->type->sound_async)
            m->streams[i]->worker = w;
    return on;
}

void machine_sound_sync(machine_t *m)
{
    if (m->sound_worker)
        sound_worker_sync(m->sound_worker);
}

void machine_async_job(machine_t *m, sound_job_fn job, void *ctx, u32 arg)
{
    if (m->sound_worker)
        sound_worker_job(m->sound_worker, job, ctx, arg);
    else
        job(ctx, arg);
}

void device_stream_update(device_t *d)
{
    if (d->stream)
        stream_update(d->stream, machine_time(d->machine));
}

void device_stream_write(device_t *d, emu_time at, stream_write_fn fn, u32 arg)
{
    if (d->stream)
        stream_write(d->stream, at, fn, arg);
    else
        fn(d, arg);
}

mixer_route *machine_sound_route(machine_t *m, const char *tag, int output)
{
    device_t *d = machine_device(m, tag);
    for (int i = 0; d && d->stream && i < m->mix.num_routes; i++)
        if (m->mix.routes[i].stream == d->stream && m->mix.routes[i].output == output)
            return &m->mix.routes[i];
    return NULL;
}

/* A route changed while a state loads takes the loaded settings as they
   are: the mixer's own state comes later in the file, and the machine's
   times are not consistent yet (a damaged file could hold any). */
static void route_catch_up(machine_t *m)
{
    if (!m->loading_state)
        mixer_update(&m->mix, m->streams, m->num_streams, machine_time(m));
}

int sound_route_set_filter(machine_t *m, mixer_route *r, int stage, rc_filter f)
{
    route_catch_up(m);
    return mixer_route_set_filter(&m->mix, r, stage, &f);
}

void sound_route_set_gain(machine_t *m, mixer_route *r, u16 gain)
{
    if (r->gain == gain)
        return;
    route_catch_up(m);
    r->gain = gain;
}
