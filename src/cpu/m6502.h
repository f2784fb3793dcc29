/* MOS Technology 6502 (NMOS), cycle-exact at the bus: every clock is one
   read or write on the program space, dummy accesses included. */
#ifndef CABINET_M6502_H
#define CABINET_M6502_H

#include "cpu/cpu.h"

/* Status register bits. U reads back as 1; B exists only on the stack. */
enum {
    M6502_C = 0x01,
    M6502_Z = 0x02,
    M6502_I = 0x04,
    M6502_D = 0x08,
    M6502_B = 0x10,
    M6502_U = 0x20,
    M6502_V = 0x40,
    M6502_N = 0x80,
};

typedef struct m6502 {
    cpu_base base;
    address_space_t *program;
    u16 pc;
    u8 a, x, y, s, p;
    int irq_state;   /* CPU_LINE_IRQ0: LINE_CLEAR / ASSERT / HOLD (level) */
    int nmi_state;   /* last level seen on NMI, for edge detection */
    bool nmi_pending;
    /* CLI/SEI/PLP change I after the interrupt poll: the next boundary uses
       this value of I instead (valid when i_override_set). */
    bool i_override_set;
    u8 i_override;
    /* The chip polls its interrupt inputs before an instruction's last
       cycle, so a line that a memory handler changes during that cycle is
       seen one instruction later. set_line notes when (in cycles run) the
       change came; *_late carries the verdict across execute() calls. */
    bool running;
    bool irq_stamped, nmi_stamped;
    int irq_stamp, nmi_stamp;
    bool irq_late, nmi_late;
    bool jammed;     /* a JAM opcode stopped the core; only reset recovers */
    bool halted;     /* CPU_LINE_HALT (RDY) asserted */
    bool in_reset;   /* CPU_LINE_RESET asserted */
    /* The reset sequence's seven clocks are still to be spent (m6502_reset
       sets the registers at once; the clocks come before the first fetch). */
    bool reset_clocks;
    u16 reset_pc;    /* PC before the reset: the sequence's first reads */
    bool attention;  /* any of the above needs a look between instructions */
    bool in_sync;    /* inside the CPU_OUT_SYNC call: line changes come before the poll */
    /* SYNC output filter, set by a board whose SYNC handler does nothing for
       most opcodes: with sync_ops non-NULL the handler runs only for opcodes
       with a non-zero entry, near a slice end, after an interrupt sequence
       and while sync_all is set (m6502.c, sync_wanted). */
    const u8 *sync_ops;
    bool sync_all;
    /* Plain memory accesses through this space take a second clock, after
       the slice-end check of a board handler's first (Missile Command's
       slowed lines): when the slice is used up on the first clock, the
       slice_end hook runs before the second (m6502.c, slow_clock). */
    const address_space_t *slow_space;
} m6502_t;

void m6502_init(m6502_t *c, address_space_t *program, address_space_t *io);
void m6502_reset(m6502_t *c);
int m6502_execute(m6502_t *c, int cycles);
void m6502_set_line(m6502_t *c, int line, int state);
void m6502_serialize(m6502_t *c, state_io *io);
int m6502_disasm(char *buf, size_t len, u32 pc, const u8 *op);

extern const cpu_core_ops m6502_core;

#endif
