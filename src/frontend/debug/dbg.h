/* The console debugger (-debug) and the instruction trace (-trace): both run
   the CPUs one instruction at a time through the machine's exec_hook, which
   only the frontend sets; the emulation core knows nothing else of them. */
#ifndef CABINET_FRONTEND_DBG_H
#define CABINET_FRONTEND_DBG_H

#include <stdio.h>

#include "cpu/cpu.h"
#include "emu/machine.h"
#include "emu/memory.h"
#include "frontend/options.h"

#define DBG_MAX_BP 64
#define DBG_MAX_WP 32
#define DBG_COND_LEN 160
#define DBG_HISTORY 256
#define DBG_MAX_REGS 20
/* a history entry for an interrupt acknowledge: kind << 24 | vector (24 bits, all ones: none) */
#define DBG_HIST_IRQ 0x80000000u

typedef struct dbg_bp {
    int id;
    int cpu;
    u32 addr;
    char cond[DBG_COND_LEN]; /* empty: always */
} dbg_bp;

enum { DBG_SPACE_PROGRAM = 0, DBG_SPACE_IO = 1, DBG_SPACE_OPCODES = 2 };
enum { DBG_WP_R = 1, DBG_WP_W = 2 };

typedef struct dbg_wp {
    int id;
    int cpu, space;
    u32 addr, len;
    int mode; /* DBG_WP_R | DBG_WP_W */
    char cond[DBG_COND_LEN];
} dbg_wp;

typedef enum { RUN_GO, RUN_STEP, RUN_OVER, RUN_OUT, RUN_FRAME } dbg_run_mode;

typedef struct dbg_trace {
    FILE *f;
    char path[1024];
    int cpu;        /* -1: every CPU */
    bool binary;
    u64 last_cycles[MAX_CPUS];
    u16 last_regs[MAX_CPUS][DBG_MAX_REGS];
    bool started[MAX_CPUS];
    /* binary: each CPU's register layout, and records gathered before fwrite */
    int nregs[MAX_CPUS];
    u16 reg_off[MAX_CPUS][DBG_MAX_REGS];
    u8 reg_size[MAX_CPUS][DBG_MAX_REGS];
    char reg_prefix[MAX_CPUS][DBG_MAX_REGS][10]; /* text: " NAME=" */
    u8 reg_name_len[MAX_CPUS][DBG_MAX_REGS];      /* its length */
    char hex2[256][2];
    u8 buf[1 << 16];
    size_t len;
    struct dbg_dasm_entry *cache; /* text: disassembly by (cpu, pc, bytes) */
} dbg_trace;

/* A page of a space replaced by the watch handler while watchpoints exist. */
typedef struct dbg_watch_page {
    int cpu, space;
    u32 page;
    bus_page orig;
} dbg_watch_page;

struct debugger;
typedef struct dbg_watch_ctx {
    struct debugger *d;
    int cpu, space;
} dbg_watch_ctx;

typedef struct debugger {
    machine_t *m;
    const options *o;
    FILE *in, *out;
    bool interactive;     /* -debug: a console reads commands */
    bool detached;        /* quit, or the console's input ended: run freely */
    int focus;
    dbg_run_mode mode;
    bool break_pending;   /* break before the focused CPU's next instruction */
    long step_left;
    u32 over_addr;
    u32 out_sp;
    u64 target_frame;
    bool resume_skip[MAX_CPUS]; /* the breakpoint at the PC we resume from is not hit again */
    dbg_bp bps[DBG_MAX_BP];
    int num_bps, next_bp_id;
    dbg_wp wps[DBG_MAX_WP];
    int num_wps, next_wp_id;
    dbg_watch_page *wpages;
    int num_wpages;
    int watch_handler[MAX_CPUS][3]; /* handler index of the watch wrapper per space, -1: none yet */
    dbg_watch_ctx wctx[MAX_CPUS][3];
    bool wp_hit;
    bool in_console;      /* accesses the console makes (peek) hit no watchpoint */
    u32 wp_addr, wp_data; /* the access being checked: wpaddr, wpdata in conditions */
    char wp_msg[160];
    u32 history[MAX_CPUS][DBG_HISTORY];
    u32 history_len[MAX_CPUS];
    dbg_trace trace;
    int running_cpu;      /* the CPU in the hook, -1 outside */
    bool sigint_installed;
    u32 step_pc;          /* PC of the instruction running in the step loop */
    /* save/load wait for the start of a time slice, where every CPU has
       reached the same time: 's' or 'l', then the path */
    char pending_state[1100];
} debugger;

/* -debug / -trace: attaches to the machine (NULL when neither is asked for,
   or on error, with *rc set to an exit code). */
debugger *dbg_attach(machine_t *m, const options *o, int *rc);
void dbg_detach(debugger *d);
/* The window's break key (MAME's ` with -debug): break into the console
   before the focused CPU's next instruction, as Ctrl+C does. false when no
   console is attached (no -debug, or its input has ended). */
bool dbg_break_request(machine_t *m);

/* cpu register access (dbg_regs.c): every register as a u16-sized value. */
int dbg_reg_count(const cpu_slot *c);
const char *dbg_reg_name(const cpu_slot *c, int i);
u32 dbg_reg_get(const cpu_slot *c, int i);
bool dbg_reg_set(cpu_slot *c, int i, u32 v);
int dbg_reg_find(const cpu_slot *c, const char *name);
u32 dbg_pc(const cpu_slot *c);
u32 dbg_sp(const cpu_slot *c);
bool dbg_cpu_idle(const cpu_slot *c);
int dbg_max_insn_len(const cpu_slot *c);
int dbg_reg_layout(const cpu_slot *c, u16 *offset, u8 *size);
/* "AF=0044 BC=0000 ..." */
void dbg_regs_format(const cpu_slot *c, char *buf, size_t n);

/* memory (dbg_mem.c) */
address_space_t *dbg_space(machine_t *m, int cpu, int space);
const mem_map_entry *dbg_space_map(machine_t *m, int cpu, int space);
/* A byte without side effects: false when a handler owns the address. */
bool dbg_read_nofx(machine_t *m, int cpu, int space, u32 a, u8 *v);
/* Writes RAM bytes (not through handlers); false when a handler owns it. */
bool dbg_write_nofx(machine_t *m, int cpu, int space, u32 a, u8 v);
void dbg_fetch_bytes(machine_t *m, int cpu, u32 pc, u8 *op, int n);
int dbg_disasm(machine_t *m, int cpu, u32 pc, char *buf, size_t n, u8 *bytes);
void dbg_map_print(FILE *out, machine_t *m, int cpu, int space);
int dbg_space_parse(const char *name);

/* watchpoints (dbg_watch.c): re-routes the watched pages (none: all restored) */
void dbg_watch_apply(debugger *d);

/* expressions (dbg_expr.c): 0 ok, -1 with a message in err */
int dbg_eval(debugger *d, int cpu, const char *text, u64 *v, char *err, size_t errlen);

/* trace (dbg_trace.c) */
int dbg_trace_open(debugger *d, const char *path, int cpu, bool binary, char *err, size_t errlen);
void dbg_trace_close(debugger *d);
/* After an instruction at pc (bytes: its opcode bytes) ran on cpu. */
void dbg_trace_step(debugger *d, int cpu, u32 pc, const u8 *bytes, int len);
/* After a step that was an interrupt acknowledge (the core's int_kind set):
   its own line, "--- IRQ (vector 0038) ---" with the registers after it. */
void dbg_trace_interrupt(debugger *d, int cpu);
/* "--- IRQ (bus FF, vector 0038) ---" (CPU_INT_* kind; bus, vector -1: none) */
int dbg_interrupt_label(char *buf, size_t n, int kind, int bus, s32 vector);
/* The trace line of an interrupt: the label where PC and disassembly go. */
int dbg_trace_irq_line(char *buf, size_t n, const char *tag, const char *label, u64 cycles, const char *regs);
/* -tracedump FILE: the binary trace as text, on out. Exit code. */
int dbg_tracedump(const char *path, FILE *out, FILE *err);
/* The text line for one instruction: shared by the trace and its reader. */
int dbg_trace_line(char *buf, size_t n, const char *tag, const char *dasm, u32 pc, u64 cycles, const char *regs);

/* the console (dbg_console.c): reads and runs commands until one resumes */
void dbg_console(debugger *d);
void dbg_print_break(debugger *d, const char *why);
/* The trace's interrupt line for the acknowledge cpu just made. */
void dbg_print_interrupt(debugger *d, int cpu);
void dbg_state_pending(debugger *d);

/* the step loop (dbg_core.c) */
int dbg_cpu_index(const machine_t *m, const cpu_slot *c);
void dbg_resume(debugger *d);

#endif
