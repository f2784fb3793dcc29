#include "emu/machine.h"

emu_timer *timer_alloc(machine_t *m, timer_fn fn, void *ctx)
{
    if (m->started || m->num_timers == MAX_TIMERS)
        return NULL;
    emu_timer *t = &m->timers[m->num_timers++];
    *t = (emu_timer){ ET_NEVER, ET_ZERO, fn, ctx, 0, false };
    return t;
}

void timer_adjust(machine_t *m, emu_timer *t, emu_time delay, s32 param, emu_time period)
{
    t->expire = et_add(machine_time(m), delay);
    t->param = param;
    t->period = period;
    t->enabled = true;
}

void timer_set_at(emu_timer *t, emu_time at, s32 param)
{
    t->expire = at;
    t->param = param;
    t->period = ET_ZERO;
    t->enabled = true;
}

void timer_disable(emu_timer *t)
{
    t->enabled = false;
}

emu_time machine_time(const machine_t *m)
{
    const cpu_slot *c = m->running;
    if (!c)
        return m->now;
    return et_clock_time(&c->clock, c->total_cycles + (u64)cpu_cycles_run((const cpu_base *)c->core));
}

void sched_sync(machine_t *m)
{
    if (m->running) {
        cpu_abort_slice((cpu_base *)m->running->core);
        m->sync_count++;
    }
}

void sched_boost(machine_t *m, emu_time quantum, emu_time duration)
{
    m->boost_quantum = quantum;
    m->boost_end = et_add(machine_time(m), duration);
}

/* Earliest enabled timer; ties go to the lower index, so order is fixed. */
static emu_timer *next_timer(machine_t *m)
{
    emu_timer *best = NULL;
    for (int i = 0; i < m->num_timers; i++) {
        emu_timer *t = &m->timers[i];
        if (t->enabled && (!best || et_cmp(t->expire, best->expire) < 0))
            best = t;
    }
    return best;
}

/* Fires the timers due; returns the earliest one left (NULL: none), which
   stays right until a timer is adjusted or code runs. */
static emu_timer *fire_due_timers(machine_t *m)
{
    emu_timer *t;
    while ((t = next_timer(m)) != NULL && et_cmp(t->expire, m->now) <= 0) {
        if (et_cmp(t->period, ET_ZERO) > 0)
            t->expire = et_add(t->expire, t->period);
        else
            t->enabled = false;
        t->fn(m, t->ctx, t->param);
    }
    return t;
}

/* A core that can stop between bus accesses (MAME's 6502 does) calls this
   before an access once its slice is used up: the timers due by that cycle
   fire now, at their own time, so the access lands after what they do (a
   partial update, an IRQ, a clock change), as in MAME. Single-CPU machines
   only: with more, the others have not reached that time yet. */
void sched_fire_inside(machine_t *m)
{
    cpu_slot *c = m->running;
    if (!c || m->num_cpus != 1)
        return;
    u64 at = c->total_cycles + (u64)cpu_cycles_run((const cpu_base *)c->core);
    emu_timer *t;
    while ((t = next_timer(m)) != NULL && et_to_cycles(t->expire, c->rate) <= at) {
        m->now = et_max(m->now, t->expire);
        m->running = NULL;
        if (et_cmp(t->period, ET_ZERO) > 0)
            t->expire = et_add(t->expire, t->period);
        else
            t->enabled = false;
        t->fn(m, t->ctx, t->param);
        m->running = c;
    }
}

/* Runs one CPU up to `target`; returns false when it stopped early
   (sched_sync from inside the slice), with the time the other CPUs are to
   reach in *stop_at. */
static bool run_cpu(machine_t *m, cpu_slot *c, emu_time target, emu_time *stop_at)
{
    bool follow = m->screen.beam_cpu == c;
    if (c->suspended) {
        c->total_cycles = et_to_cycles(target, c->rate);
        c->local = target;
        c->local_stale = false;
        if (follow)
            screen_beam_advance(m, c->total_cycles);
        return true;
    }
    u64 goal = et_to_cycles(target, c->rate);
    if (goal <= c->total_cycles)
        return true;
    do {
        /* the CPU the screen follows stops at each line's start too, where
           a timer a line would have ended its slice */
        bool at_line = follow && m->screen.beam_goal < goal && m->screen.beam_goal > c->total_cycles;
        u64 stop = at_line ? m->screen.beam_goal : goal;
        u64 line_frame = m->screen.beam_frame;
        int line = m->screen.beam_line;
        u32 syncs = m->sync_count;
        int want = stop - c->total_cycles > 0x40000000 ? 0x40000000 : (int)(stop - c->total_cycles);
        m->running = c;
        int ran = m->exec_hook ? m->exec_hook(m->exec_hook_ctx, c, want) : c->ops->execute(c->core, want);
        m->running = NULL;
        c->total_cycles += (u64)(ran > 0 ? ran : 0);
        if (follow)
            screen_beam_advance(m, c->total_cycles);
        if (ran < want) {
            c->local = et_clock_time(&c->clock, c->total_cycles);
            c->local_stale = false;
            *stop_at = c->local;
            return false;
        }
        if (at_line && m->sync_count != syncs) {
            /* a sync in the instruction that crossed the line: the slice
               ends at the line, as that timer's slice did */
            c->local_stale = true;
            *stop_at = screen_line_time(m, line_frame, line);
            return false;
        }
    } while (goal > c->total_cycles);
    c->local_stale = true; /* read only after an early stop and by save states */
    return true;
}

/* Lets the sound thread render up to now: nothing that happens later can
   change those samples. At every slice in the last stretch before `end`,
   so that little is left to render when the mixer waits for it there. */
static void sound_progress(machine_t *m, emu_time end)
{
    for (int i = 0; i < m->num_streams; i++)
        if (m->streams[i]->worker)
            sound_worker_post(m->streams[i]->worker, m->streams[i], m->now, NULL, 0);
    emu_time next = et_add(m->now, et_from_ratio(1, SOUND_PROGRESS_HZ));
    m->sound_progress_at = et_cmp(next, end) < 0 ? next : m->now;
}

/* t: the earliest timer when known (nothing ran since fire_due_timers
   found it). Returns the earliest timer after the slice, NULL if unknown. */
static emu_timer *timeslice(machine_t *m, emu_time end, emu_timer *t, bool known)
{
    bool boosted = et_cmp(m->now, m->boost_end) < 0;
    emu_time target = et_add(m->now, boosted ? m->boost_quantum : m->quantum);
    if (!known)
        t = next_timer(m);
    if (t)
        target = et_min(target, t->expire);
    target = et_min(target, end);
    /* a timer already overdue (only a loaded state holds one) fires now:
       time never runs backwards (found by fuzzing) */
    target = et_max(target, m->now);
    for (int i = 0; i < m->num_cpus; i++) {
        /* a CPU that stopped early (sched_sync) pulls the slice end back so
           the CPUs after it do not run past the moment it wanted seen */
        emu_time stop_at;
        if (!run_cpu(m, &m->cpus[i], target, &stop_at))
            target = et_max(stop_at, m->now);
    }
    m->now = target;
    if (m->sound_worker && et_cmp(m->now, m->sound_progress_at) >= 0)
        sound_progress(m, end);
    t = fire_due_timers(m);
    if (m->reset_pending) {
        m->reset_pending = false;
        machine_reset(m);
        return NULL;
    }
    return t;
}

void sched_run_until(machine_t *m, emu_time end)
{
    emu_timer *next = NULL;
    bool known = false;
    while (et_cmp(m->now, end) < 0) {
        next = timeslice(m, end, next, known);
        known = next != NULL;
    }
}
