/* The step loop: while a debugger or trace is attached, each CPU's slice runs
   as a series of one-instruction execute() calls (a budget of 1 cycle runs
   exactly one instruction, or one interrupt acknowledge, or one idle step of
   a halted core). The cores carry nothing across execute() calls that a
   longer call would not carry across instructions, so the machine runs the
   same instructions at the same cycles; tests/debug checks that the frames
   and audio are bit-identical. Between two calls the debugger looks at the
   PC: breakpoints, stepping, Ctrl+C. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/debug/dbg.h"

/* Set by SIGINT while the debugger is attached: break at the next instruction. */
static volatile sig_atomic_t break_signal;

static void on_sigint(int sig)
{
    (void)sig;
    break_signal = 1;
}

int dbg_cpu_index(const machine_t *m, const cpu_slot *c)
{
    return (int)(c - m->cpus);
}

static bool bp_hit(debugger *d, int cpu, u32 pc, int *id)
{
    for (int i = 0; i < d->num_bps; i++) {
        const dbg_bp *b = &d->bps[i];
        if (b->cpu != cpu || b->addr != pc)
            continue;
        u64 v = 1;
        char err[160];
        if (b->cond[0] && dbg_eval(d, cpu, b->cond, &v, err, sizeof(err))) {
            fprintf(d->out, "Error in condition of breakpoint %X: %s\n", b->id, err);
            v = 1;
        }
        if (v) {
            *id = b->id;
            return true;
        }
    }
    return false;
}

static void enter(debugger *d, int cpu, const char *why)
{
    d->focus = cpu;
    d->mode = RUN_GO;
    d->break_pending = false;
    d->step_left = 0;
    dbg_print_break(d, why);
    dbg_console(d);
    /* resuming: the breakpoint at this PC is not hit again before it runs */
    for (int i = 0; i < d->m->num_cpus; i++)
        d->resume_skip[i] = false;
    d->resume_skip[d->focus] = true;
}

/* Before an instruction of cpu: does anything stop here? */
static void check_break(debugger *d, int cpu, cpu_slot *c)
{
    if (break_signal) {
        break_signal = 0;
        d->break_pending = true;
    }
    u32 pc = dbg_pc(c);
    bool skip = d->resume_skip[cpu];
    d->resume_skip[cpu] = false;
    int id;
    char why[80];
    if (cpu == d->focus) {
        if (d->break_pending) {
            enter(d, cpu, NULL);
            return;
        }
        if (d->mode == RUN_OVER && pc == d->over_addr) {
            enter(d, cpu, NULL);
            return;
        }
        if (d->mode == RUN_FRAME && d->m->frame_number >= d->target_frame) {
            enter(d, cpu, NULL);
            return;
        }
    }
    if (!skip && d->num_bps && bp_hit(d, cpu, pc, &id)) {
        snprintf(why, sizeof(why), "Stopped at breakpoint %X", id);
        enter(d, cpu, why);
    }
}

static bool is_return(const char *dasm)
{
    return !strncmp(dasm, "ret", 3) || !strncmp(dasm, "rts", 3) || !strncmp(dasm, "rti", 3) ||
           !strncmp(dasm, "RET", 3) || !strncmp(dasm, "RTS", 3) || !strncmp(dasm, "RTI", 3);
}

/* After an instruction of cpu ran (pc, dasm: what it was). */
static void after_step(debugger *d, int cpu, const char *dasm, u32 sp_before)
{
    cpu_slot *c = &d->m->cpus[cpu];
    if (d->wp_hit) {
        d->wp_hit = false;
        enter(d, cpu, d->wp_msg);
        return;
    }
    if (cpu != d->focus)
        return;
    if (d->mode == RUN_STEP && --d->step_left <= 0)
        d->break_pending = true;
    else if (d->mode == RUN_OUT && is_return(dasm) && sp_before >= d->out_sp)
        d->break_pending = true;
    (void)c;
}

/* One instruction of cpu c, with `left` cycles of the scheduler's slice to go. */
static int step_one(debugger *d, int cpu, cpu_slot *c, int left)
{
    u32 pc = dbg_pc(c), sp = 0;
    u8 bytes[8];
    char dasm[64] = "";
    int len = 1;
    bool tracing = d->trace.f && (d->trace.cpu < 0 || d->trace.cpu == cpu);
    if (d->interactive && d->mode == RUN_OUT) {
        len = dbg_disasm(d->m, cpu, pc, dasm, sizeof(dasm), bytes);
    } else if (tracing) {
        /* the binary trace keeps the longest instruction's bytes (its reader
           disassembles); the text trace disassembles through its cache */
        len = d->trace.binary ? dbg_max_insn_len(c) : 8;
        dbg_fetch_bytes(d->m, cpu, pc, bytes, len);
    }
    if (d->interactive && d->mode == RUN_OUT)
        sp = dbg_sp(c);
    d->step_pc = pc;
    cpu_base *b = c->core;
    b->slice_extra = left - 1; /* where the slice ends stays where one call would see it */
    b->int_kind = CPU_INT_NONE;
    int n = c->ops->execute(c->core, 1);
    b->slice_extra = 0;
    c->total_cycles += (u64)(n > 0 ? n : 0);
    u32 *h = d->history[cpu];
    /* an interrupt acknowledge is a step of its own: no instruction ran */
    bool irq = b->int_kind != CPU_INT_NONE;
    h[d->history_len[cpu]++ % DBG_HISTORY] =
        irq ? DBG_HIST_IRQ | (u32)b->int_kind << 24 | ((u32)b->int_vector & 0xffffff) : pc;
    if (tracing) {
        if (irq)
            dbg_trace_interrupt(d, cpu);
        else
            dbg_trace_step(d, cpu, pc, bytes, len);
    }
    if (d->interactive) {
        if (irq && cpu == d->focus && d->mode == RUN_STEP)
            dbg_print_interrupt(d, cpu);
        after_step(d, cpu, irq ? "" : dasm, sp);
    }
    return n > 0 ? n : 0;
}

/* The machine's exec_hook: one slice of cpu c, instruction by instruction. */
static int dbg_exec(void *ctx, cpu_slot *c, int want)
{
    debugger *d = ctx;
    machine_t *m = d->m;
    int cpu = dbg_cpu_index(m, c);
    if (cpu == 0 && d->pending_state[0])
        dbg_state_pending(d); /* before `start`: a load replaces the cycle count */
    u64 start = c->total_cycles;
    int ran = 0;
    if (d->interactive && !d->sigint_installed) {
        /* here, not at attach: the runner installs its stop handlers first
           (and puts the originals back when it ends) */
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_sigint;
        sigaction(SIGINT, &sa, NULL);
        d->sigint_installed = true;
    }
    d->running_cpu = cpu;
    while (ran < want) {
        if (d->interactive && !d->detached)
            check_break(d, cpu, c);
        u32 syncs = m->sync_count;
        bool idle = dbg_cpu_idle(c);
        ran += step_one(d, cpu, c, want - ran);
        if (m->sync_count != syncs)
            break; /* sched_sync: the slice ends here, as execute() would end it */
        if (idle && dbg_cpu_idle(c) && ran < want) {
            /* it waited and still waits (no interrupt was pending): nothing
               can wake it before the slice ends (timers fire between slices,
               other CPUs run in theirs), so it gets the rest at once */
            int n = c->ops->execute(c->core, want - ran);
            ran += n > 0 ? n : 0;
            c->total_cycles += (u64)(n > 0 ? n : 0);
            break;
        }
    }
    d->running_cpu = -1;
    c->total_cycles = start; /* the scheduler adds what ran */
    return ran;
}

static int cpu_by_tag(machine_t *m, const char *tag)
{
    for (int i = 0; i < m->num_cpus; i++)
        if (!strcmp(m->cpus[i].dev->tag, tag))
            return i;
    char *end;
    long n = strtol(tag, &end, 10);
    return *tag && !*end && n >= 0 && n < m->num_cpus ? (int)n : -1;
}

static debugger *dbg_new(machine_t *m, const options *o)
{
    debugger *d = calloc(1, sizeof(*d));
    if (!d)
        return NULL;
    d->m = m;
    d->o = o;
    d->in = stdin;
    d->out = stdout;
    d->running_cpu = -1;
    d->next_bp_id = d->next_wp_id = 1;
    memset(d->watch_handler, -1, sizeof(d->watch_handler));
    return d;
}

bool dbg_break_request(machine_t *m)
{
    if (m->exec_hook != dbg_exec)
        return false;
    debugger *d = m->exec_hook_ctx;
    if (!d->interactive || d->detached)
        return false;
    d->break_pending = true;
    return true;
}

debugger *dbg_attach(machine_t *m, const options *o, int *rc)
{
    *rc = 0;
    if ((o->trace_cpu || o->trace_binary) && !o->trace) {
        fprintf(stderr, "%s needs -trace FILE\n", o->trace_cpu ? "-trace_cpu" : "-trace_binary");
        *rc = EXIT_INVALID_CONFIG;
        return NULL;
    }
    if (!o->debug && !o->trace)
        return NULL;
    debugger *d = dbg_new(m, o);
    if (!d) {
        fprintf(stderr, "debugger: out of memory\n");
        *rc = EXIT_FATAL;
        return NULL;
    }
    int cpu = -1;
    if (o->trace_cpu && (cpu = cpu_by_tag(m, o->trace_cpu)) < 0) {
        fprintf(stderr, "-trace_cpu: %s has no CPU %s\n", m->driver->name, o->trace_cpu);
        free(d);
        *rc = EXIT_INVALID_CONFIG;
        return NULL;
    }
    char err[1200];
    if (o->trace && dbg_trace_open(d, o->trace, cpu, o->trace_binary, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        free(d);
        *rc = EXIT_FATAL;
        return NULL;
    }
    d->interactive = o->debug;
    d->break_pending = o->debug; /* MAME's debugger starts stopped at the first instruction */
    if (d->interactive)
        setvbuf(stdout, NULL, _IOLBF, 0);
    m->exec_hook = dbg_exec;
    m->exec_hook_ctx = d;
    return d;
}

void dbg_detach(debugger *d)
{
    if (!d)
        return;
    d->num_wps = 0;
    dbg_watch_apply(d);
    dbg_trace_close(d);
    d->m->exec_hook = NULL;
    d->m->exec_hook_ctx = NULL;
    free(d->wpages);
    free(d);
}
