/* Motorola MC6800 / MC6802 / MC6808 CPU core (the 6802 and 6808 run the same
   instruction set; a 6802's internal RAM is mapped by the driver). Cycles
   are E-clock cycles. */
#ifndef CABINET_M6800_H
#define CABINET_M6800_H

#include "cpu/cpu.h"

/* Condition code bits: 1 1 H I N Z V C (the top two always read as 1). */
enum {
    M6800_CC_C = 0x01,
    M6800_CC_V = 0x02,
    M6800_CC_Z = 0x04,
    M6800_CC_N = 0x08,
    M6800_CC_I = 0x10,
    M6800_CC_H = 0x20,
    M6800_CC_ONES = 0xc0
};

typedef struct m6800 {
    cpu_base base; /* must stay first */
    address_space_t *program;
    u16 pc, sp, x;
    u8 a, b, cc;
    /* irq_state, nmi_pending, waiting and int_delay are side by side: the
       core tests them with one load between instructions */
    u8 irq_state;   /* IRQ line: LINE_CLEAR / LINE_ASSERT / LINE_HOLD */
    bool nmi_pending;
    bool waiting;   /* WAI has stacked the registers; waiting for an interrupt */
    bool int_delay; /* CLI/TAP just ran: interrupts are sampled one instruction later */
    u8 nmi_state;   /* NMI line level, to detect the falling edge */
    /* bus page caches (m6800.c), rebuilt at each execute call, not state */
    u32 code_page, rd_page, wr_page;
    const u8 *code_base, *rd_base;
    u8 *wr_base;
    /* idle loops (m6800.c): what the code since the last taken backward
       branch did, and the one before; within one execute call, not state */
    bool spin_clean, spin_prev_clean;
    u8 spin_nw, spin_prev_nw; /* handler writes, each repeat-safe (at most 1) */
    u8 spin_wd, spin_prev_wd;
    u16 spin_wa, spin_prev_wa;
    int spin_run;
    u16 spin_r16[3];
    u8 spin_r8[3];
} m6800_t;

void m6800_init(m6800_t *c, address_space_t *program, address_space_t *io);
void m6800_reset(m6800_t *c);
int m6800_execute(m6800_t *c, int cycles);
/* CPU_LINE_IRQ0 is IRQ (level), CPU_LINE_NMI is NMI (edge). */
void m6800_set_line(m6800_t *c, int line, int state);
void m6800_serialize(m6800_t *c, state_io *io);
int m6800_disasm(char *buf, size_t len, u32 pc, const u8 *op);

extern const cpu_core_ops m6800_core;
extern const cpu_core_ops m6808_core;

#endif
