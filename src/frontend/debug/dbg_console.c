/* The debugger's console: MAME's command names, read line by line from the
   terminal (or a script piped in). Arguments are separated by commas;
   numbers and addresses are expressions (dbg_expr.c). */
#include <ctype.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "video/provenance.h"
#include "frontend/debug/dbg.h"
#include "frontend/runner.h"
#include "frontend/statefile.h"
#include "util/fileio.h"

#define MAX_ARGS 8

typedef struct cmd_args {
    char *v[MAX_ARGS];
    int n;
} cmd_args;

/* 0: stay in the console; 1: resume the machine */
typedef int (*cmd_fn)(debugger *d, cmd_args *a);

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

static void split_args(char *s, cmd_args *a)
{
    a->n = 0;
    s = trim(s);
    if (!*s)
        return;
    for (char *p = s; a->n < MAX_ARGS;) {
        char *comma = strchr(p, ',');
        if (comma)
            *comma = '\0';
        a->v[a->n++] = trim(p);
        if (!comma)
            break;
        p = comma + 1;
    }
}

static cpu_slot *focused(debugger *d)
{
    return &d->m->cpus[d->focus];
}

static bool eval(debugger *d, const char *text, u64 *v)
{
    char err[200];
    if (dbg_eval(d, d->focus, text, v, err, sizeof(err))) {
        fprintf(d->out, "Error: %s\n", err);
        return false;
    }
    return true;
}

/* The line the console and the trace show for an instruction. */
static void print_pc_line(debugger *d, int cpu)
{
    cpu_slot *c = &d->m->cpus[cpu];
    char dasm[64], regs[256], line[600];
    u32 pc = dbg_pc(c);
    dbg_disasm(d->m, cpu, pc, dasm, sizeof(dasm), NULL);
    dbg_regs_format(c, regs, sizeof(regs));
    dbg_trace_line(line, sizeof(line), c->dev->tag, dasm, pc, c->total_cycles, regs);
    fputs(line, d->out);
}

void dbg_print_interrupt(debugger *d, int cpu)
{
    cpu_slot *c = &d->m->cpus[cpu];
    const cpu_base *b = c->core;
    char label[64], regs[256], line[600];
    dbg_interrupt_label(label, sizeof(label), b->int_kind, b->int_bus, b->int_vector);
    dbg_regs_format(c, regs, sizeof(regs));
    dbg_trace_irq_line(line, sizeof(line), c->dev->tag, label, c->total_cycles, regs);
    fputs(line, d->out);
}

void dbg_print_break(debugger *d, const char *why)
{
    if (why)
        fprintf(d->out, "%s\n", why);
    print_pc_line(d, d->focus);
}

static int cmd_go(debugger *d, cmd_args *a)
{
    u64 v;
    if (a->n >= 1 && a->v[0][0]) {
        if (!eval(d, a->v[0], &v))
            return 0;
        d->mode = RUN_OVER; /* go ADDR: a temporary breakpoint */
        d->over_addr = (u32)v;
    } else {
        d->mode = RUN_GO;
    }
    return 1;
}

static int cmd_step(debugger *d, cmd_args *a)
{
    u64 n = 1;
    if (a->n >= 1 && a->v[0][0] && !eval(d, a->v[0], &n))
        return 0;
    d->mode = RUN_STEP;
    d->step_left = n ? (long)n : 1;
    return 1;
}

static bool is_call(const char *dasm)
{
    static const char *const calls[] = { "call", "rst", "jsr", "bsr", "lbsr", "CALL", "RST", "JSR", "BSR", "LBSR" };
    for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
        if (!strncmp(dasm, calls[i], strlen(calls[i])))
            return true;
    return false;
}

static int cmd_over(debugger *d, cmd_args *a)
{
    char dasm[64];
    u32 pc = dbg_pc(focused(d));
    int len = dbg_disasm(d->m, d->focus, pc, dasm, sizeof(dasm), NULL);
    if (!is_call(dasm))
        return cmd_step(d, a);
    d->mode = RUN_OVER;
    d->over_addr = pc + (u32)len;
    return 1;
}

static int cmd_out(debugger *d, cmd_args *a)
{
    (void)a;
    d->mode = RUN_OUT;
    d->out_sp = dbg_sp(focused(d));
    return 1;
}

static int cmd_frame(debugger *d, cmd_args *a)
{
    u64 n = 1;
    if (a->n >= 1 && a->v[0][0] && !eval(d, a->v[0], &n))
        return 0;
    d->mode = RUN_FRAME;
    d->target_frame = d->m->frame_number + (n ? n : 1);
    return 1;
}

static int cmd_bp(debugger *d, cmd_args *a)
{
    u64 addr;
    if (a->n < 1 || !a->v[0][0]) {
        fprintf(d->out, "Usage: bp ADDR[,condition]\n");
        return 0;
    }
    if (!eval(d, a->v[0], &addr))
        return 0;
    if (d->num_bps == DBG_MAX_BP) {
        fprintf(d->out, "Error: too many breakpoints\n");
        return 0;
    }
    dbg_bp *b = &d->bps[d->num_bps++];
    *b = (dbg_bp){ d->next_bp_id++, d->focus, (u32)addr, "" };
    if (a->n >= 2)
        snprintf(b->cond, sizeof(b->cond), "%s", a->v[1]);
    fprintf(d->out, "Breakpoint %X set\n", b->id);
    return 0;
}

static int parse_mode(const char *s)
{
    return !strcasecmp(s, "r") ? DBG_WP_R : !strcasecmp(s, "w") ? DBG_WP_W
           : !strcasecmp(s, "rw") || !strcasecmp(s, "wr") ? DBG_WP_R | DBG_WP_W : 0;
}

static int add_wp(debugger *d, cmd_args *a, int space, const char *usage)
{
    u64 addr, len = 1;
    int mode = space == DBG_SPACE_IO ? DBG_WP_R | DBG_WP_W : 0;
    if (a->n < 1 || !eval(d, a->v[0], &addr) || (a->n >= 2 && !eval(d, a->v[1], &len)) || len == 0 ||
        (a->n >= 3 && !(mode = parse_mode(a->v[2]))) || !mode) {
        fprintf(d->out, "Usage: %s\n", usage);
        return 0;
    }
    if (d->num_wps == DBG_MAX_WP || !dbg_space(d->m, d->focus, space)) {
        fprintf(d->out, "Error: cannot set more watchpoints here\n");
        return 0;
    }
    dbg_wp *w = &d->wps[d->num_wps++];
    *w = (dbg_wp){ d->next_wp_id++, d->focus, space, (u32)addr, (u32)len, mode, "" };
    if (a->n >= 4)
        snprintf(w->cond, sizeof(w->cond), "%s", a->v[3]);
    dbg_watch_apply(d);
    fprintf(d->out, "Watchpoint %X set\n", w->id);
    return 0;
}

static int cmd_wp(debugger *d, cmd_args *a)
{
    return add_wp(d, a, DBG_SPACE_PROGRAM, "wp ADDR,LENGTH,r|w|rw[,condition]");
}

static int cmd_rp(debugger *d, cmd_args *a)
{
    return add_wp(d, a, DBG_SPACE_IO, "rp PORT[,LENGTH[,r|w|rw[,condition]]]");
}

static int cmd_bpclear(debugger *d, cmd_args *a)
{
    u64 id = 0;
    if (a->n >= 1 && a->v[0][0] && !eval(d, a->v[0], &id))
        return 0;
    int kept = 0;
    for (int i = 0; i < d->num_bps; i++)
        if (id && d->bps[i].id != (int)id)
            d->bps[kept++] = d->bps[i];
    fprintf(d->out, "%d breakpoint(s) cleared\n", d->num_bps - kept);
    d->num_bps = kept;
    return 0;
}

static int cmd_wpclear(debugger *d, cmd_args *a)
{
    u64 id = 0;
    if (a->n >= 1 && a->v[0][0] && !eval(d, a->v[0], &id))
        return 0;
    int kept = 0;
    for (int i = 0; i < d->num_wps; i++)
        if (id && d->wps[i].id != (int)id)
            d->wps[kept++] = d->wps[i];
    fprintf(d->out, "%d watchpoint(s) cleared\n", d->num_wps - kept);
    d->num_wps = kept;
    dbg_watch_apply(d);
    return 0;
}

static int cmd_bplist(debugger *d, cmd_args *a)
{
    (void)a;
    static const char *const modes[] = { "", "r", "w", "rw" };
    if (!d->num_bps && !d->num_wps)
        fprintf(d->out, "No breakpoints or watchpoints\n");
    for (int i = 0; i < d->num_bps; i++) {
        const dbg_bp *b = &d->bps[i];
        fprintf(d->out, "bp %X  %s %04X%s%s\n", b->id, d->m->cpus[b->cpu].dev->tag, (unsigned)b->addr,
                b->cond[0] ? " if " : "", b->cond);
    }
    for (int i = 0; i < d->num_wps; i++) {
        const dbg_wp *w = &d->wps[i];
        fprintf(d->out, "wp %X  %s %s %04X,%X %s%s%s\n", w->id, d->m->cpus[w->cpu].dev->tag,
                w->space == DBG_SPACE_IO ? "io" : "program", (unsigned)w->addr, (unsigned)w->len, modes[w->mode],
                w->cond[0] ? " if " : "", w->cond);
    }
    return 0;
}

static int cmd_regs(debugger *d, cmd_args *a)
{
    (void)a;
    cpu_slot *c = focused(d);
    int n = dbg_reg_count(c);
    for (int i = 0; i < n; i++)
        fprintf(d->out, "%-4s %04X\n", dbg_reg_name(c, i), (unsigned)dbg_reg_get(c, i));
    fprintf(d->out, "cycles %llu\n", (unsigned long long)c->total_cycles);
    return 0;
}

static int cmd_dasm(debugger *d, cmd_args *a)
{
    u64 addr = dbg_pc(focused(d)), n = 10;
    if ((a->n >= 1 && a->v[0][0] && !eval(d, a->v[0], &addr)) || (a->n >= 2 && !eval(d, a->v[1], &n)))
        return 0;
    for (u64 i = 0; i < n && i < 4096; i++) {
        char dasm[64];
        u8 bytes[8];
        int len = dbg_disasm(d->m, d->focus, (u32)addr, dasm, sizeof(dasm), bytes);
        char hex[32] = "";
        for (int k = 0; k < len && k < 8; k++)
            snprintf(hex + 3 * k, sizeof(hex) - 3 * (size_t)k, "%02X ", bytes[k]);
        fprintf(d->out, "%04X: %-15s %s\n", (unsigned)addr, hex, dasm);
        addr += (u64)len;
    }
    return 0;
}

/* [SPACE] ADDR[,n]: the optional first word names the space. */
static int space_arg(cmd_args *a)
{
    if (a->n < 1)
        return DBG_SPACE_PROGRAM;
    char *sp = strchr(a->v[0], ' ');
    if (!sp)
        return DBG_SPACE_PROGRAM;
    *sp = '\0';
    int s = dbg_space_parse(a->v[0]);
    if (s < 0) {
        *sp = ' ';
        return DBG_SPACE_PROGRAM;
    }
    a->v[0] = trim(sp + 1);
    return s;
}

static int memory_lines(debugger *d, cmd_args *a, bool through_handlers)
{
    int space = space_arg(a);
    u64 addr, n = 0x40;
    if (a->n < 1 || !eval(d, a->v[0], &addr) || (a->n >= 2 && !eval(d, a->v[1], &n)))
        return 0;
    address_space_t *as = dbg_space(d->m, d->focus, space);
    if (!as) {
        fprintf(d->out, "Error: %s has no such space\n", focused(d)->dev->tag);
        return 0;
    }
    d->in_console = true;
    for (u64 row = addr & ~(u64)15; row < addr + n && row - (addr & ~(u64)15) < 0x10000; row += 16) {
        fprintf(d->out, "%04X:", (unsigned)row);
        for (u64 k = row; k < row + 16; k++) {
            u8 v;
            if (k < addr || k >= addr + n)
                fputs("   ", d->out);
            else if (through_handlers)
                fprintf(d->out, " %02X", as_read8(as, (offs_t)k));
            else if (dbg_read_nofx(d->m, d->focus, space, (u32)k, &v))
                fprintf(d->out, " %02X", v);
            else
                fputs(" **", d->out); /* a handler's range: not called */
        }
        fputc('\n', d->out);
    }
    d->in_console = false;
    return 0;
}

static int cmd_dump(debugger *d, cmd_args *a)
{
    return memory_lines(d, a, false);
}

static int cmd_peek(debugger *d, cmd_args *a)
{
    return memory_lines(d, a, true);
}

static int cmd_fill(debugger *d, cmd_args *a)
{
    int space = space_arg(a);
    u64 addr, len, v;
    if (a->n < 3 || !eval(d, a->v[0], &addr) || !eval(d, a->v[1], &len) || !eval(d, a->v[2], &v)) {
        fprintf(d->out, "Usage: fill [SPACE] ADDR,LENGTH,VALUE\n");
        return 0;
    }
    u64 skipped = 0;
    for (u64 i = 0; i < len && i < 0x10000; i++)
        skipped += !dbg_write_nofx(d->m, d->focus, space, (u32)(addr + i), (u8)v);
    if (skipped)
        fprintf(d->out, "%llu byte(s) not written: ROM-less handler ranges are not filled\n",
                (unsigned long long)skipped);
    return 0;
}

static int cmd_cpu(debugger *d, cmd_args *a)
{
    if (a->n < 1) {
        for (int i = 0; i < d->m->num_cpus; i++)
            fprintf(d->out, "%c%d %s (%s)\n", i == d->focus ? '*' : ' ', i, d->m->cpus[i].dev->tag,
                    d->m->cpus[i].ops->name);
        return 0;
    }
    for (int i = 0; i < d->m->num_cpus; i++) {
        char num[12];
        snprintf(num, sizeof(num), "%d", i);
        if (!strcmp(a->v[0], d->m->cpus[i].dev->tag) || !strcmp(a->v[0], num)) {
            d->focus = i;
            print_pc_line(d, i);
            return 0;
        }
    }
    fprintf(d->out, "Error: no CPU %s\n", a->v[0]);
    return 0;
}

static int cmd_history(debugger *d, cmd_args *a)
{
    u64 n = 16;
    if (a->n >= 1 && a->v[0][0] && !eval(d, a->v[0], &n))
        return 0;
    u32 len = d->history_len[d->focus];
    u32 have = len < DBG_HISTORY ? len : DBG_HISTORY;
    if (n > have)
        n = have;
    for (u32 i = len - (u32)n; i != len; i++) {
        u32 pc = d->history[d->focus][i % DBG_HISTORY];
        if (pc & DBG_HIST_IRQ) {
            char label[64];
            u32 vec = pc & 0xffffff;
            dbg_interrupt_label(label, sizeof(label), (int)(pc >> 24 & 0x7f), -1, vec == 0xffffff ? -1 : (s32)vec);
            fprintf(d->out, "%s\n", label);
            continue;
        }
        char dasm[64];
        dbg_disasm(d->m, d->focus, pc, dasm, sizeof(dasm), NULL);
        fprintf(d->out, "%04X: %s\n", (unsigned)pc, dasm);
    }
    return 0;
}

static int cmd_map(debugger *d, cmd_args *a)
{
    int space = a->n >= 1 ? dbg_space_parse(a->v[0]) : DBG_SPACE_PROGRAM;
    if (space < 0) {
        fprintf(d->out, "Error: unknown space %s (program, io, opcodes)\n", a->v[0]);
        return 0;
    }
    dbg_map_print(d->out, d->m, d->focus, space);
    return 0;
}

static int cmd_trace(debugger *d, cmd_args *a)
{
    if (a->n < 1 || !a->v[0][0]) {
        fprintf(d->out, "Usage: trace FILE[,cpu]\n");
        return 0;
    }
    int cpu = d->focus;
    if (a->n >= 2) {
        cpu = -1;
        for (int i = 0; i < d->m->num_cpus; i++)
            if (!strcmp(a->v[1], d->m->cpus[i].dev->tag) || (isdigit((unsigned char)a->v[1][0]) && atoi(a->v[1]) == i))
                cpu = i;
        if (cpu < 0) {
            fprintf(d->out, "Error: no CPU %s\n", a->v[1]);
            return 0;
        }
    }
    char err[1200];
    if (dbg_trace_open(d, a->v[0], cpu, false, err, sizeof(err)))
        fprintf(d->out, "Error: %s\n", err);
    else
        fprintf(d->out, "Tracing %s to %s\n", d->m->cpus[cpu].dev->tag, a->v[0]);
    return 0;
}

static int cmd_traceoff(debugger *d, cmd_args *a)
{
    (void)a;
    dbg_trace_close(d);
    fprintf(d->out, "Trace off\n");
    return 0;
}

static int cmd_snap(debugger *d, cmd_args *a)
{
    char path[1200], err[4400];
    if (a->n >= 1 && a->v[0][0])
        snprintf(path, sizeof(path), "%s", a->v[0]);
    else
        snprintf(path, sizeof(path), "%s/%s/debug-%llu.png", d->o->snapshot_directory, d->m->driver->name,
                 (unsigned long long)d->m->frame_number);
    if (!a->n || !a->v[0][0]) {
        char dir[1200];
        snprintf(dir, sizeof(dir), "%s/%s", d->o->snapshot_directory, d->m->driver->name);
        make_dirs(dir);
    }
    if (write_snapshot(d->m, d->o, path, err, sizeof(err)))
        fprintf(d->out, "Error: %s\n", err);
    else
        fprintf(d->out, "Saved %s (frame %llu)\n", path, (unsigned long long)d->m->frame_number);
    return 0;
}

static int state_cmd(debugger *d, cmd_args *a, char kind)
{
    if (a->n < 1 || !a->v[0][0]) {
        fprintf(d->out, "Usage: %s FILE\n", kind == 's' ? "save" : "load");
        return 0;
    }
    snprintf(d->pending_state, sizeof(d->pending_state), "%c%s", kind, a->v[0]);
    fprintf(d->out, "%s %s at the start of the next time slice (run on: go, step, frame)\n",
            kind == 's' ? "Saving" : "Loading", a->v[0]);
    return 0;
}

static int cmd_save(debugger *d, cmd_args *a)
{
    return state_cmd(d, a, 's');
}

static int cmd_load(debugger *d, cmd_args *a)
{
    return state_cmd(d, a, 'l');
}

void dbg_state_pending(debugger *d)
{
    char err[1400];
    const char *path = d->pending_state + 1;
    cpu_slot *running = d->m->running;
    d->m->running = NULL; /* every CPU is at the slice start: machine time is m->now */
    int rc = d->pending_state[0] == 's' ? state_file_save(d->m, path, err, sizeof(err))
                                        : state_file_load(d->m, path, err, sizeof(err));
    d->m->running = running;
    if (rc)
        fprintf(d->out, "Error: %s\n", err);
    else
        fprintf(d->out, "State %s %s\n", d->pending_state[0] == 's' ? "saved to" : "loaded from", path);
    d->pending_state[0] = '\0';
}

static int cmd_print(debugger *d, cmd_args *a)
{
    for (int i = 0; i < a->n; i++) {
        u64 v;
        if (!eval(d, a->v[i], &v))
            return 0;
        fprintf(d->out, "%s%llX", i ? " " : "", (unsigned long long)v);
    }
    fputc('\n', d->out);
    return 0;
}

/* The chain that made pixel X,Y of the current frame (video/provenance.h:
   the frame is redrawn with the helpers noting who drew the pixel, then
   the machine is put back as it was). */
static int cmd_why(debugger *d, cmd_args *a)
{
    u64 x, y;
    char *sp = a->n == 1 ? strchr(a->v[0], ' ') : NULL;
    if (sp) { /* "why X Y": the arguments are split at commas only */
        *sp = '\0';
        a->v[a->n++] = trim(sp + 1);
    }
    if (a->n < 2) {
        fprintf(d->out, "usage: why X Y\n");
        return 0;
    }
    if (!eval(d, a->v[0], &x) || !eval(d, a->v[1], &y))
        return 0;
    provenance_describe(d->m, (int)x, (int)y, d->out);
    return 0;
}

static int cmd_quit(debugger *d, cmd_args *a)
{
    (void)a;
    d->detached = true;
    d->num_bps = 0;
    d->num_wps = 0;
    dbg_watch_apply(d);
    raise(SIGTERM); /* the runner ends after this frame, as on any stop signal */
    return 1;
}

static int cmd_help(debugger *d, cmd_args *a);

typedef struct command_def {
    const char *name, *alias;
    cmd_fn fn;
    const char *help;
} command_def;

static const command_def commands[] = {
    { "go", "g", cmd_go, "go [ADDR]            run (to ADDR)" },
    { "step", "s", cmd_step, "step [N]             run N instructions of the focused CPU" },
    { "over", "o", cmd_over, "over                 step over a call" },
    { "out", NULL, cmd_out, "out                  run until the current routine returns" },
    { "frame", NULL, cmd_frame, "frame [N]            run to the start of the N-th next frame" },
    { "bp", "bpset", cmd_bp, "bp ADDR[,COND]       breakpoint" },
    { "wp", "wpset", cmd_wp, "wp ADDR,LEN,r|w|rw[,COND]  memory watchpoint (wpaddr, wpdata in COND)" },
    { "rp", "wpiset", cmd_rp, "rp PORT[,LEN[,r|w|rw[,COND]]]  I/O port watchpoint" },
    { "bpclear", "bc", cmd_bpclear, "bpclear [ID]         clear one or all breakpoints" },
    { "wpclear", "wc", cmd_wpclear, "wpclear [ID]         clear one or all watchpoints" },
    { "bplist", "bpl", cmd_bplist, "bplist               breakpoints and watchpoints" },
    { "wplist", "wpl", cmd_bplist, NULL },
    { "regs", "r", cmd_regs, "regs                 registers (REG=EXPR sets one)" },
    { "dasm", "d", cmd_dasm, "dasm [ADDR[,N]]      disassemble" },
    { "dump", "dm", cmd_dump, "dump [SPACE] ADDR[,N]  bytes; ** = a handler's range, not called" },
    { "peek", NULL, cmd_peek, "peek [SPACE] ADDR[,N]  bytes read through the handlers (side effects!)" },
    { "fill", NULL, cmd_fill, "fill [SPACE] ADDR,LEN,VALUE  write RAM" },
    { "cpu", NULL, cmd_cpu, "cpu [N|TAG]          focus on a CPU (none: list them)" },
    { "history", "hist", cmd_history, "history [N]          the last N PCs of the focused CPU" },
    { "map", NULL, cmd_map, "map [SPACE]          the memory map as the driver declares it" },
    { "trace", NULL, cmd_trace, "trace FILE[,CPU]     trace instructions to FILE" },
    { "traceoff", NULL, cmd_traceoff, "traceoff             stop tracing" },
    { "snap", NULL, cmd_snap, "snap [FILE]          PNG of the last frame" },
    { "save", "ss", cmd_save, "save FILE            save state" },
    { "load", "sl", cmd_load, "load FILE            load state" },
    { "print", "?", cmd_print, "print EXPR[,EXPR...]  values, in hexadecimal" },
    { "why", NULL, cmd_why, "why X Y              the chain that made pixel X,Y (docs/viewers.md)" },
    { "quit", "exit", cmd_quit, "quit                 end the run" },
    { "help", "h", cmd_help, "help                 this list" },
};

static int cmd_help(debugger *d, cmd_args *a)
{
    (void)a;
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        if (commands[i].help)
            fprintf(d->out, "  %s\n", commands[i].help);
    fprintf(d->out, "Numbers are hexadecimal (#10 is decimal); conditions use registers, b@ADDR, w@ADDR, "
                    "cycles, frame and C operators.\n");
    return 0;
}

/* "PC = 100": sets a register of the focused CPU. */
static bool assignment(debugger *d, char *line)
{
    char *eq = strchr(line, '=');
    if (!eq || eq[1] == '=' || eq == line || strchr("!<>=", eq[-1]))
        return false;
    *eq = '\0';
    char *name = trim(line);
    int r = dbg_reg_find(focused(d), name);
    if (r < 0) {
        *eq = '=';
        return false;
    }
    u64 v;
    if (eval(d, eq + 1, &v))
        dbg_reg_set(focused(d), r, (u32)v);
    return true;
}

static int run_line(debugger *d, char *line)
{
    char *s = trim(line);
    if (!*s || *s == '#')
        return 0;
    if (assignment(d, s))
        return 0;
    char *rest = s;
    while (*rest && !isspace((unsigned char)*rest))
        rest++;
    if (*rest)
        *rest++ = '\0';
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
        const command_def *c = &commands[i];
        if (strcasecmp(s, c->name) && (!c->alias || strcasecmp(s, c->alias)))
            continue;
        cmd_args a;
        /* why takes "X Y" with a space; everything else commas */
        split_args(rest, &a);
        return c->fn(d, &a);
    }
    fprintf(d->out, "Error: unknown command %s (help lists them)\n", s);
    return 0;
}

void dbg_console(debugger *d)
{
    char line[1024];
    for (;;) {
        fputs(">", d->out);
        fflush(d->out);
        if (!fgets(line, sizeof(line), d->in)) {
            fputc('\n', d->out);
            cmd_args none = { { NULL }, 0 };
            cmd_quit(d, &none); /* the end of the console's input ends the run */
            return;
        }
        if (d->in != stdin || !isatty(0))
            fputs(line, d->out); /* echo a script's commands into the output */
        if (run_line(d, line))
            return;
    }
}
