#include "emu/screen.h"

#include "emu/machine.h"

/* Beam position at emulated time 0, in pixels from line 0: the start of VBLANK. */
static u64 screen_phase_pix(const screen_config *s)
{
    return (u64)s->htotal * s->vbstart;
}

/* Pixels since line 0 of the power-on frame, to the nearest. */
u64 screen_beam_at(const machine_t *m, emu_time t)
{
    const screen_config *s = &m->config->screen;
    return (et_to_cycles(t, 2ull * s->pixclock) + 1) / 2 + screen_phase_pix(s);
}

static u64 screen_beam_pix(const machine_t *m)
{
    return screen_beam_at(m, machine_time(m));
}

/* On the CPU the screen follows, strictly between the cycle counts at the
   start of the last line reached and of the next line, the beam is on that
   line: a cycle after the first the time is past its first pixel, and a
   cycle (a pixel or more) before the next it is more than half a pixel
   short of the next line. */
static bool vpos_reached(const machine_t *m, int *line)
{
    const screen_state *ss = &m->screen;
    const cpu_slot *c = m->running;
    if (!c || c != ss->beam_cpu || !ss->beam_vpos)
        return false;
    u64 now = c->total_cycles + (u64)cpu_cycles_run((const cpu_base *)c->core);
    *line = ss->reached_line;
    return now > ss->reached_goal && now < ss->beam_goal;
}

int screen_vpos(const machine_t *m)
{
    int line;
    if (vpos_reached(m, &line))
        return line;
    const screen_config *s = &m->config->screen;
    return (int)(screen_beam_pix(m) % ((u64)s->htotal * s->vtotal) / s->htotal);
}

int screen_hpos(const machine_t *m)
{
    const screen_config *s = &m->config->screen;
    return (int)(screen_beam_pix(m) % s->htotal);
}

/* One more at the end of every VBLANK but the one power-on starts in. */
u64 screen_frame_number(const machine_t *m)
{
    const screen_config *s = &m->config->screen;
    u64 ends = (screen_beam_pix(m) - (u64)s->htotal * s->vbend) / ((u64)s->htotal * s->vtotal);
    return ends ? ends - 1 : 0;
}

emu_time screen_line_period(const machine_t *m)
{
    const screen_config *s = &m->config->screen;
    return et_from_ratio(s->htotal, s->pixclock);
}

/* The time the beam next reaches the start of `line` (exact: the time of
   that pixel). */
static emu_time next_line_time(const machine_t *m, int line)
{
    const screen_config *s = &m->config->screen;
    u64 frame_pix = (u64)s->htotal * s->vtotal;
    u64 phase = screen_phase_pix(s);
    u64 now_pix = et_to_cycles(machine_time(m), s->pixclock) + phase;
    u64 target = (now_pix / frame_pix) * frame_pix + (u64)line * s->htotal;
    if (target <= now_pix)
        target += frame_pix;
    return et_from_ratio(target - phase, s->pixclock);
}

emu_time screen_time_until_line(const machine_t *m, int line)
{
    return et_sub(next_line_time(m, line), machine_time(m));
}

static bool update_in_frame(machine_t *m, u64 frame, int line);

bool screen_update_partial(machine_t *m, int line)
{
    const screen_config *s = &m->config->screen;
    /* MAME resets its partial-update state with a timer at line 0; the
       frame the beam is in tells the same without one */
    return update_in_frame(m, screen_beam_pix(m) / ((u64)s->htotal * s->vtotal), line);
}

void screen_update_frame_end(machine_t *m)
{
    const screen_config *s = &m->config->screen;
    u64 frame = screen_beam_pix(m) / ((u64)s->htotal * s->vtotal);
    /* VBLANK starting at line 0 (vbstart = vtotal): the beam is already in
       the next frame; the one to finish is the frame before (MAME ends the
       frame before its line-0 reset) */
    if (s->vbstart == s->vtotal && frame > 0)
        frame--;
    update_in_frame(m, frame, s->vbstart - 1);
}

static bool update_in_frame(machine_t *m, u64 frame, int line)
{
    const screen_config *s = &m->config->screen;
    screen_state *st = &m->screen;
    if (frame != st->scan_frame) {
        st->scan_frame = frame;
        st->last_scan = 0;
    }
    if (line < st->last_scan)
        return false;
    int top = st->last_scan > s->vbend ? st->last_scan : s->vbend;
    int bottom = line < s->vbstart - 1 ? line : s->vbstart - 1;
    if (top > bottom)
        return false; /* as MAME: the line counter stays where it was */
    st->last_scan = line + 1;
    if (m->config->video.update) {
        rect_t clip = { 0, m->bitmap.width - 1, top - s->vbend, bottom - s->vbend };
        m->config->video.update(m, m->drv, &m->bitmap, &clip);
    }
    return true;
}

/* The followed CPU's cycle count at the start of `line` of `frame`: where
   a timer at that line (next_line_time) ends the CPU's slice. */
static u64 line_goal(const machine_t *m, u64 frame, int line)
{
    const screen_config *s = &m->config->screen;
    u64 pix = frame * s->htotal * s->vtotal + (u64)line * s->htotal, phase = screen_phase_pix(s);
    if (pix < phase)
        return 0;
    pix -= phase;
    u64 rate = m->screen.beam_cpu->rate, clk = s->pixclock;
    /* a pixel clock dividing a second into whole attoseconds gives exact
       times, and then the conversion is a plain floor(pix * rate / clk) */
    if (ATTO_PER_SEC % clk == 0)
        return pix / clk * rate + (u64)((unsigned __int128)(pix % clk) * rate / clk);
    return et_to_cycles(et_from_ratio(pix, clk), rate);
}

emu_time screen_line_time(const machine_t *m, u64 frame, int line)
{
    const screen_config *s = &m->config->screen;
    u64 pix = frame * s->htotal * s->vtotal + (u64)line * s->htotal, phase = screen_phase_pix(s);
    return et_from_ratio(pix > phase ? pix - phase : 0, s->pixclock);
}

static void beam_next(machine_t *m)
{
    screen_state *ss = &m->screen;
    /* from a line after time 0, a whole number of cycles later */
    bool step = ss->beam_step && ss->beam_frame > 0;
    if (++ss->beam_line == m->config->screen.vtotal) {
        ss->beam_line = 0;
        ss->beam_frame++;
    }
    ss->beam_goal = step ? ss->beam_goal + ss->beam_step : line_goal(m, ss->beam_frame, ss->beam_line);
}

void screen_beam_advance(machine_t *m, u64 total)
{
    screen_state *ss = &m->screen;
    while (total >= ss->beam_goal) {
        ss->reached_line = ss->beam_line;
        ss->reached_frame = ss->beam_frame;
        ss->reached_seq++;
        ss->reached_goal = ss->beam_goal;
        beam_next(m);
        if (ss->reached_fn)
            ss->reached_fn(ss->reached_ctx, ss->reached_line);
    }
}

void screen_on_reached(machine_t *m, void (*fn)(void *ctx, int line), void *ctx)
{
    m->screen.reached_fn = fn;
    m->screen.reached_ctx = ctx;
}

bool screen_update_reached_slow(machine_t *m)
{
    screen_state *ss = &m->screen;
    ss->drawn_seq = ss->reached_seq;
    return update_in_frame(m, ss->reached_frame, ss->reached_line);
}

void screen_follow_cpu(machine_t *m, struct cpu_slot *cpu)
{
    const screen_config *s = &m->config->screen;
    screen_state *ss = &m->screen;
    ss->beam_cpu = cpu;
    /* floor(pix * rate / clk) a line further on is beam_step more when
       htotal * rate / clk is whole (and the times exact: line_goal) */
    unsigned __int128 line_units = (unsigned __int128)s->htotal * cpu->rate;
    ss->beam_step = ATTO_PER_SEC % s->pixclock == 0 && line_units % s->pixclock == 0
                        ? (u64)(line_units / s->pixclock)
                        : 0;
    /* from the next line 0 on, as a per-line timer started now */
    u64 frame_pix = (u64)s->htotal * s->vtotal;
    u64 now_pix = et_to_cycles(machine_time(m), s->pixclock) + screen_phase_pix(s);
    ss->beam_frame = now_pix / frame_pix + 1;
    ss->beam_line = 0;
    ss->beam_goal = line_goal(m, ss->beam_frame, 0);
    ss->reached_goal = UINT64_MAX;
    ss->beam_vpos = s->pixclock >= cpu->rate;
    ss->reached_seq = ss->drawn_seq = 0;
}

void screen_post_load(machine_t *m)
{
    const screen_config *s = &m->config->screen;
    screen_state *ss = &m->screen;
    ss->scan_frame = screen_beam_pix(m) / ((u64)s->htotal * s->vtotal);
    ss->last_scan = screen_vpos(m);
    if (!ss->beam_cpu)
        return;
    /* the followed CPU's last line reached, from its cycle count */
    u64 total = ss->beam_cpu->total_cycles;
    u64 pix = (u64)((unsigned __int128)total * s->pixclock / ss->beam_cpu->rate) + screen_phase_pix(s);
    u64 frame_pix = (u64)s->htotal * s->vtotal;
    ss->beam_frame = pix / frame_pix;
    ss->beam_line = (int)(pix % frame_pix / s->htotal);
    ss->beam_goal = line_goal(m, ss->beam_frame, ss->beam_line);
    while (ss->beam_goal > total && (ss->beam_frame || ss->beam_line)) { /* one line back at most */
        if (ss->beam_line-- == 0) {
            ss->beam_line = s->vtotal - 1;
            ss->beam_frame--;
        }
        ss->beam_goal = line_goal(m, ss->beam_frame, ss->beam_line);
    }
    ss->reached_line = ss->beam_line;
    ss->reached_frame = ss->beam_frame;
    ss->reached_goal = ss->beam_goal;
    beam_next(m);
    screen_beam_advance(m, total);
    ss->drawn_seq = ss->reached_seq - 1; /* the next update draws through it */
}

static void scanline_tick(machine_t *m, void *ctx, s32 param)
{
    struct scanline_timer *st = ctx;
    int next = param + st->step;
    if (next >= m->config->screen.vtotal)
        next = st->first;
    timer_set_at(st->timer, next_line_time(m, next), next);
    st->fn(m, st->ctx, param);
}

emu_timer *screen_scanline_timer(machine_t *m, int first, int step, scanline_fn fn, void *ctx)
{
    screen_state *ss = &m->screen;
    if (ss->num_scanline == MAX_SCANLINE_TIMERS || step < 1 || first < 0 || first >= m->config->screen.vtotal)
        return NULL;
    struct scanline_timer *st = &ss->scanline[ss->num_scanline];
    st->timer = timer_alloc(m, scanline_tick, st);
    if (!st->timer)
        return NULL;
    ss->num_scanline++;
    st->fn = fn;
    st->ctx = ctx;
    st->first = first;
    st->step = step;
    timer_adjust(m, st->timer, screen_time_until_line(m, first), first, ET_ZERO);
    return st->timer;
}
