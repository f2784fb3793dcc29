/* Intel MCS-48 CPU core: 8035/8039/8048/8049 (Donkey Kong's sound CPU).

   Address spaces:
   - program: 12-bit program memory ($000-$FFF), internal ROM and external
     ROM alike; the board maps what the EA pin selects.
   - io: a 9-bit space. $000-$0FF is external data memory (MOVX A,@Rr and
     MOVX @Rr,A). Ports follow MAME's old MCS48_PORT_* numbering:
       MCS48_PORT_P1  ($101)  IN A,P1 reads the pins, writes send the P1 latch
       MCS48_PORT_P2  ($102)  the same for P2
       MCS48_PORT_BUS ($120)  INS A,BUS reads, OUTL/ANL/ORL BUS write
     IN A,Pp returns pins AND latch (quasi-bidirectional port).
   T0, T1 and /INT are lines (mcs48_set_line); T0/T1 start low.
   The 8243 expander (MOVD/ANLD/ORLD) goes through the expander callback;
   without one, MOVD A,Pp reads the low nibble of P2's pins as MAME does.

   Cycles are machine cycles (15 input clocks each). */
#ifndef CABINET_MCS48_H
#define CABINET_MCS48_H

#include "cpu/cpu.h"

enum { MCS48_PORT_P1 = 0x101, MCS48_PORT_P2 = 0x102, MCS48_PORT_BUS = 0x120 };

/* Lines beyond CPU_LINE_IRQ0 (/INT: asserted = pin low, level triggered)
   and CPU_LINE_RESET: the test inputs, state = pin level (0 or 1). T1 is
   also the event counter input (counts high-to-low transitions). */
enum { MCS48_LINE_T0 = 16, MCS48_LINE_T1 = 17 };

enum { MCS48_I8035, MCS48_I8039, MCS48_I8048, MCS48_I8049 };

/* 8243 operations as the chip encodes them on P23-P22. */
enum { MCS48_EXP_READ = 0, MCS48_EXP_WRITE = 1, MCS48_EXP_OR = 2, MCS48_EXP_AND = 3 };

/* PSW bits as MOV A,PSW reads them; bit 3 always reads 1. */
enum { MCS48_CY = 0x80, MCS48_AC = 0x40, MCS48_F0 = 0x20, MCS48_BS = 0x10, MCS48_SP = 0x07 };

typedef struct mcs48 {
    cpu_base base; /* must stay first */
    address_space_t *program;
    address_space_t *io;
    u16 pc;
    u16 a11;        /* MB flip-flop as an address bit: 0 or $800, used by JMP/CALL */
    u8 a;
    u8 psw;         /* CY AC F0 BS 1 SP, bit 3 kept set */
    u8 rb;          /* 0 or 24: internal RAM address of R0 in the selected bank */
    u8 ram_mask;    /* internal RAM size - 1 */
    u8 p1, p2, bus; /* output latches */
    u8 timer;
    u8 prescaler;   /* 5 bits: the timer counts every 32 machine cycles */
    u8 tc_mode;     /* stopped, timer or counter (mcs48.c) */
    bool f1;
    bool timer_flag;      /* TF, cleared by JTF */
    bool timer_ovf;       /* timer interrupt request */
    bool tirq_en, xirq_en;
    bool irq_in_progress; /* set on entry, cleared by RETR; forces A11 = 0 */
    bool irq_pending;     /* derived: an interrupt is taken before the next fetch */
    bool t0_clk;          /* ENT0 CLK executed (clock output is not modelled) */
    bool t0, t1;
    bool in_reset;
    u8 int_line;          /* LINE_CLEAR / LINE_ASSERT / LINE_HOLD on /INT */
    bool rep_valid;       /* the last slice ended on rep_op, a NOP or MOV A,Rr (not saved) */
    u8 rep_op;
    /* same_op_run's last run within one page (not saved): run_op from
       run_from up to run_to (exclusive; open: the page or bank ended
       there), read through run_base */
    const u8 *run_base;
    u16 run_from, run_to;
    u8 run_op;
    bool run_open;
    u8 ram[256];
    /* 8243 expander: op is MCS48_EXP_*, port 4-7, data the low nibble of A;
       returns the port's nibble for MCS48_EXP_READ. NULL: no expander. */
    u8 (*expander)(void *ctx, int op, int port, u8 data);
    void *expander_ctx;
} mcs48_t;

/* Defaults to the 8035 (64 bytes of RAM); call mcs48_set_variant after init. */
void mcs48_init(mcs48_t *c, address_space_t *program, address_space_t *io);
void mcs48_set_variant(mcs48_t *c, int variant);
void mcs48_reset(mcs48_t *c);
int mcs48_execute(mcs48_t *c, int cycles);
void mcs48_set_line(mcs48_t *c, int line, int state);
void mcs48_serialize(mcs48_t *c, state_io *io);
int mcs48_disasm(char *buf, size_t len, u32 pc, const u8 *op);

extern const cpu_core_ops mcs48_core;

#endif
