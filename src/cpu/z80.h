/* Zilog Z80 (NMOS): every documented and undocumented opcode, the X/Y flag
   bits, MEMPTR (WZ) and the Q latch, cycle counts per instruction. Cycles are
   charged per machine cycle: while a memory or I/O handler runs (opcode
   fetches and interrupt pushes included), cpu_cycles_run() is the T-state
   at which that access's machine cycle starts. */
#ifndef CABINET_Z80_H
#define CABINET_Z80_H

#include "cpu/cpu.h"

/* A register pair; .w is the 16-bit value, .b.h/.b.l its halves. */
typedef union z80_pair {
    u16 w;
    struct {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        u8 h, l;
#else
        u8 l, h;
#endif
    } b;
} z80_pair;

typedef struct z80_t {
    cpu_base base;
    z80_pair af, bc, de, hl, ix, iy, sp, pc, wz;
    z80_pair af2, bc2, de2, hl2; /* the shadow set */
    /* .b.l = Q: F as written by the current instruction, 0 if it left F
       alone; .b.h = Q of the instruction before (SCF/CCF). One shift of .w
       at each instruction moves Q to .b.h and clears it. */
    z80_pair qq;
    u8 i;
    u8 r;      /* bits 0-6 count M1 cycles; bit 7 of this byte is junk */
    u8 r7;     /* bit 7 of R as last loaded by LD R,A */
    u8 iff1, iff2, im;
    u8 halted;
    u8 ei;     /* the previous instruction was EI: no maskable interrupt yet */
    u8 p;      /* the previous instruction was LD A,I or LD A,R */
    u8 irq_line;    /* LINE_CLEAR / LINE_ASSERT / LINE_HOLD */
    u8 nmi_line;
    u8 nmi_pending; /* NMI edge seen, not yet taken */
    u8 check;       /* nonzero: look at interrupts/HALT/EI before the next opcode */
    address_space_t *program, *io, *opcodes;
    int insn_icount; /* base.icount when the instruction in progress began */
    /* z80.c's scratch during execute (not machine state): the wait-loop
       detector's count of events (writes that miss the cached page, handler
       calls, interrupt services), the state after the last backward jump,
       and an IM 0 opcode still to finish (post) */
    struct {
        u32 events, events_at;
        int icount;
        u16 pc, sp, bc, de, hl, ix, iy, wz, af2, bc2, de2, hl2;
        u8 a, f, r, i, im, iff;
        u8 full, skip, post;
    } lp;
} z80_t;

void z80_init(z80_t *c, address_space_t *program, address_space_t *io);
void z80_reset(z80_t *c);
int z80_execute(z80_t *c, int cycles);
/* For a handler: the cycles this execute call had run when the instruction
   making the access began (the scheduler's slice it belongs to; not valid
   after a cpu_abort_slice in the same instruction). */
static inline int z80_insn_start(const z80_t *c)
{
    return c->base.budget - c->insn_icount;
}
void z80_set_line(z80_t *c, int line, int state);
void z80_serialize(z80_t *c, state_io *io);
int z80_disasm(char *buf, size_t len, u32 pc, const u8 *op);
/* M1 (opcode) fetches go to this space; it defaults to program. */
void z80_set_opcode_space(z80_t *c, address_space_t *opcodes);

static inline u8 z80_get_r(const z80_t *c)
{
    return (u8)((c->r & 0x7f) | (c->r7 & 0x80));
}

static inline void z80_set_r(z80_t *c, u8 v)
{
    c->r = v;
    c->r7 = v & 0x80;
}

/* HL as a board's glue logic sees it (Mr. Do!'s protection read returns
   the ROM byte HL points to, as MAME reads the core's Z80_HL state). */
static inline u16 z80_get_hl(const void *core)
{
    return ((const z80_t *)core)->hl.w;
}

/* Call after changing iff1/ei/p/halted/lines directly (tests, state load) so
   the core re-examines them before the next instruction. During execute the
   core holds the registers in host registers and writes them here before
   every handler call; a handler that changes them (z80_reset, a state load)
   sets check, which makes the core reload them. */
static inline void z80_sync(z80_t *c)
{
    c->check = 1;
}

extern const cpu_core_ops z80_core;
extern const cpu_core_ops sega_315_5010_core; /* Pengo's encrypted Z80 */

#endif
