/* What every CPU core shares: the slice counters the scheduler reads, the
   interrupt-acknowledge hook, and a small table of entry points so the
   machine (and the conformance runner) can drive any core the same way. */
#ifndef CABINET_CPU_H
#define CABINET_CPU_H

#include "emu/bus.h"
#include "emu/state.h"

/* Interrupt and control line states (MAME semantics). HOLD stays asserted
   until the CPU acknowledges the interrupt, then clears itself. */
enum { LINE_CLEAR = 0, LINE_ASSERT = 1, LINE_HOLD = 2 };

/* Line numbers common to all cores; cores number their maskable lines from 0
   (IRQ0, IRQ1/FIRQ, ...) and use these for the rest. */
enum { CPU_LINE_IRQ0 = 0, CPU_LINE_IRQ1 = 1, CPU_LINE_IRQ2 = 2, CPU_LINE_NMI = 8, CPU_LINE_RESET = 9, CPU_LINE_HALT = 10 };

/* Output lines a core drives, reported through cpu_base.output when they
   change: the 8080's INTE (interrupt enable flip-flop), the 6809's BA (bus
   available: high while waiting in SYNC), the Z80's /HALT (1 = halted), the
   6502's SYNC (pulsed with state 1 as each opcode fetch begins, before the
   core polls its interrupt inputs: a board latching IRQ on SYNC, as Missile
   Command's does, sets the line from this call and the poll sees it). */
enum { CPU_OUT_INTE = 0, CPU_OUT_BA = 1, CPU_OUT_HALT = 2, CPU_OUT_SYNC = 3 };

/* Must be the first member of every core's struct. execute(c, n) sets
   budget = icount = n, runs whole instructions while icount > 0, and returns
   budget - icount (so it may overshoot by part of one instruction). */
typedef struct cpu_base {
    int icount;
    int budget;
    /* Cycles of the scheduler's slice beyond this execute() call's budget:
       0, except while the debugger runs a slice one instruction at a time
       (then icount + slice_extra is what icount would be in one call, and
       logic that depends on where the slice ends uses cpu_slice_left). */
    int slice_extra;
    /* Called when the core takes a maskable interrupt; returns the byte the
       device puts on the data bus (Z80 IM0/IM2, 8080 RST). NULL: 0xff. A line
       held with LINE_HOLD is cleared by the core before this call. */
    int (*irq_ack)(void *ctx, int line);
    void *irq_ctx;
    /* Output-line hook (CPU_OUT_*), NULL when nothing listens. */
    void (*output)(void *ctx, int line, int state);
    void *output_ctx;
    /* Called by a core that can stop between bus accesses (the 6502) before
       an access once icount <= 0: the machine fires the timers due by then
       (sched_fire_inside). NULL when nothing listens. */
    void (*slice_end)(void *ctx);
    void *slice_end_ctx;
    /* The interrupt the core last took (cpu_note_interrupt), for the
       debugger's trace, which clears int_kind before a step and reads it
       after. Not machine state: nothing in the emulation reads it. */
    u8 int_kind;     /* CPU_INT_* */
    s16 int_bus;     /* the byte the device put on the data bus, -1: none */
    s32 int_vector;  /* the vector's address (6502, 6800, 6809), the handler
                        (Z80 IM1 and NMI, MCS-48, 8080 RST), the table entry
                        (Z80 IM2: I << 8 | the bus byte); -1: none */
} cpu_base;

enum { CPU_INT_NONE, CPU_INT_IRQ, CPU_INT_NMI, CPU_INT_FIRQ, CPU_INT_TIMER, CPU_INT_RESET };

static inline void cpu_note_interrupt(cpu_base *b, int kind, int bus, s32 vector)
{
    b->int_kind = (u8)kind;
    b->int_bus = (s16)bus;
    b->int_vector = vector;
}

static inline void cpu_output(const cpu_base *b, int line, int state)
{
    if (b->output)
        b->output(b->output_ctx, line, state);
}

/* Ends the current slice after the instruction in progress (a latch write
   that another CPU must see now). Keeps budget - icount exact. */
static inline void cpu_abort_slice(cpu_base *b)
{
    b->budget -= b->icount;
    b->icount = 0;
}

/* The CPU loses n cycles to the instruction in progress: a DMA controller
   holding the bus (BUSRQ/BUSAK), wait states, a slowed clock. */
static inline void cpu_stall(cpu_base *b, int n)
{
    b->icount -= n;
}

/* Cycles left before the scheduler's slice ends (the next timer): negative
   once an access has overrun it. */
static inline int cpu_slice_left(const cpu_base *b)
{
    return b->icount + b->slice_extra;
}

/* Cycles consumed so far in the current execute() call. */
static inline int cpu_cycles_run(const cpu_base *b)
{
    return b->budget - b->icount;
}

typedef struct cpu_core_ops {
    const char *name;   /* MAME's chip name, e.g. "Zilog Z80" */
    const char *id;     /* short id used by cputest and the config, e.g. "z80" */
    size_t size;        /* sizeof the core struct */
    u32 clock_divider;  /* input clock / divider = cycle rate (MCS-48: 15) */
    void (*init)(void *cpu, address_space_t *program, address_space_t *io);
    void (*reset)(void *cpu);
    int (*execute)(void *cpu, int cycles);
    void (*set_line)(void *cpu, int line, int state);
    void (*serialize)(void *cpu, state_io *io);
    u32 (*get_pc)(const void *cpu);
    /* Disassembles the instruction whose bytes start at op[0] (at least 8
       bytes available) located at pc; returns its length in bytes. */
    int (*disasm)(char *buf, size_t len, u32 pc, const u8 *op);
    /* Optional: opcode fetches from their own space (cpu_params.opcodes,
       MAME's AS_OPCODES: decrypted opcodes); NULL for a core without one. */
    void (*set_opcode_space)(void *cpu, address_space_t *opcodes);
} cpu_core_ops;

/* The void-pointer entry points of a cpu_core_ops, generated from a core's
   typed prefix_init/_reset/_execute/_set_line/_serialize functions and an
   expression for its PC over `const T *c`. */
#define CPU_CORE_ADAPTERS(prefix, T, pc_expr) \
    static void prefix##_op_init(void *c, address_space_t *p, address_space_t *io) { prefix##_init((T *)c, p, io); } \
    static void prefix##_op_reset(void *c) { prefix##_reset((T *)c); } \
    static int prefix##_op_execute(void *c, int n) { return prefix##_execute((T *)c, n); } \
    static void prefix##_op_set_line(void *c, int l, int s) { prefix##_set_line((T *)c, l, s); } \
    static void prefix##_op_serialize(void *c, state_io *io) { prefix##_serialize((T *)c, io); } \
    static u32 prefix##_op_get_pc(const void *cpu) \
    { \
        const T *c = cpu; \
        return (u32)(pc_expr); \
    }

#define CPU_CORE_ENTRY_POINTS(prefix) \
    .init = prefix##_op_init, .reset = prefix##_op_reset, .execute = prefix##_op_execute, \
    .set_line = prefix##_op_set_line, .serialize = prefix##_op_serialize, .get_pc = prefix##_op_get_pc, \
    .disasm = prefix##_disasm

#endif
