/* Motorola MC6809 / MC6809E CPU core. Cycles are E-clock cycles; while the
   CPU runs, every cycle is one bus access (real or dummy, e.g. the $FFFF
   "VMA" cycles), made in the order MAME's m6809 core makes them. SYNC and
   CWAI waits consume the rest of the slice without bus traffic. */
#ifndef CABINET_M6809_H
#define CABINET_M6809_H

#include "cpu/cpu.h"

/* Condition code bits: E F H I N Z V C. */
enum {
    M6809_CC_C = 0x01,
    M6809_CC_V = 0x02,
    M6809_CC_Z = 0x04,
    M6809_CC_N = 0x08,
    M6809_CC_I = 0x10,
    M6809_CC_H = 0x20,
    M6809_CC_F = 0x40,
    M6809_CC_E = 0x80
};

/* What the core is doing between instructions. */
enum { M6809_RUN = 0, M6809_SYNC = 1, M6809_CWAI = 2 };

typedef struct m6809 {
    cpu_base base; /* must stay first */
    address_space_t *program;
    u16 pc;
    /* X, Y, U, S, also as an array indexed by the indexed postbyte's
       register field (bits 6-5) */
    union {
        struct {
            u16 x, y, u, s;
        };
        u16 xyus[4];
    };
    u8 a, b, dp, cc;
    /* The internal effective-address latch. Undefined opcodes such as $4E
       (JMP with a register operand) and $87 (STA immediate) use whatever an
       earlier instruction left in it, so it is state like any register. */
    u16 ea;
    /* irq_state, nmi_pending and wait are side by side: the core tests
       them with one load between instructions */
    u8 irq_state[2];  /* IRQ, FIRQ: LINE_CLEAR / LINE_ASSERT / LINE_HOLD */
    bool nmi_pending;
    u8 wait;          /* M6809_RUN, M6809_SYNC or M6809_CWAI */
    bool nmi_line;    /* NMI level, to detect the asserting edge */
    bool nmi_armed;   /* NMI is ignored until S is first loaded */
    /* bus page caches (m6809.c), rebuilt at each execute call, not state */
    u32 code_page, rd_page, wr_page;
    const u8 *code_base, *rd_base;
    u8 *wr_base;
    bool vma_direct;
    /* idle-loop skipping (m6809.c): registers and cycles run at the last
       recorded backward branch, and whether nothing but reads of memory
       happened since */
    u8 spin_state; /* SPIN_DIRTY, SPIN_CLEAN or SPIN_RECORDED (m6809.c) */
    int spin_run;
    u16 spin_r16[6];
    u8 spin_r8[4];
} m6809_t;

void m6809_init(m6809_t *c, address_space_t *program, address_space_t *io);
void m6809_reset(m6809_t *c);
int m6809_execute(m6809_t *c, int cycles);
/* CPU_LINE_IRQ0 = IRQ, CPU_LINE_IRQ1 = FIRQ (both level), CPU_LINE_NMI (edge). */
void m6809_set_line(m6809_t *c, int line, int state);
void m6809_serialize(m6809_t *c, state_io *io);
int m6809_disasm(char *buf, size_t len, u32 pc, const u8 *op);

extern const cpu_core_ops m6809_core;
extern const cpu_core_ops m6809e_core; /* MC6809E: the same core, MAME's name */

#endif
