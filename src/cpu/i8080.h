/* Intel 8080 CPU core. */
#ifndef CABINET_I8080_H
#define CABINET_I8080_H

#include "cpu/cpu.h"

/* Flag bits as PUSH PSW stores them: S Z 0 AC 0 P 1 CY. */
enum {
    I8080_CF = 0x01,
    I8080_ONE = 0x02, /* always reads as 1 */
    I8080_PF = 0x04,
    I8080_HF = 0x10, /* auxiliary carry */
    I8080_ZF = 0x40,
    I8080_SF = 0x80
};

/* Register numbers as the opcodes encode them; 6 (memory) holds F here. */
enum { I8080_B, I8080_C, I8080_D, I8080_E, I8080_H, I8080_L, I8080_F, I8080_A };

typedef struct i8080 {
    cpu_base base; /* must stay first */
    address_space_t *program;
    address_space_t *io;
    u16 pc, sp;
    u8 r[8]; /* indexed by I8080_B..I8080_A: the instruction encoding, F in M's slot */
    bool inte;     /* interrupt enable flip-flop */
    bool ei_delay; /* EI was the last instruction: INT is not sampled yet */
    bool halted;
    u8 int_line;   /* LINE_CLEAR / LINE_ASSERT / LINE_HOLD on INT */
    /* one-page caches of direct pointers (i8080.c): opcode and operand
       fetches, data reads, data writes; not machine state */
    const u8 *op_base, *rd_base;
    u8 *wr_base;
    u32 op_page, rd_page, wr_page;
} i8080_t;

void i8080_init(i8080_t *c, address_space_t *program, address_space_t *io);
void i8080_reset(i8080_t *c);
int i8080_execute(i8080_t *c, int cycles);
/* CPU_LINE_IRQ0 is INT; other lines are ignored. */
void i8080_set_line(i8080_t *c, int line, int state);
void i8080_serialize(i8080_t *c, state_io *io);
int i8080_disasm(char *buf, size_t len, u32 pc, const u8 *op);

extern const cpu_core_ops i8080_core;

#endif
