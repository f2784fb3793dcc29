/* Register access for the debugger and the trace: a table per core of each
   register's place in the core's struct (read from the core headers, so the
   cores themselves need no debugger code). */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "cpu/i8080.h"
#include "cpu/m6502.h"
#include "cpu/m6800.h"
#include "cpu/m6809.h"
#include "cpu/mcs48.h"
#include "cpu/z80.h"
#include "frontend/debug/dbg.h"

typedef struct reg_def {
    const char *name;
    size_t offset;
    u8 size; /* bytes: 1 or 2; 0: computed (special) */
} reg_def;

#define R8(T, n, f) { n, offsetof(T, f), 1 }
#define R16(T, n, f) { n, offsetof(T, f), 2 }

static const reg_def z80_regs[] = {
    R16(z80_t, "PC", pc.w), R16(z80_t, "SP", sp.w), R16(z80_t, "AF", af.w), R16(z80_t, "BC", bc.w),
    R16(z80_t, "DE", de.w), R16(z80_t, "HL", hl.w), R16(z80_t, "IX", ix.w), R16(z80_t, "IY", iy.w),
    R16(z80_t, "AF2", af2.w), R16(z80_t, "BC2", bc2.w), R16(z80_t, "DE2", de2.w), R16(z80_t, "HL2", hl2.w),
    R8(z80_t, "I", i), { "R", 0, 0 }, R8(z80_t, "IM", im), R8(z80_t, "IFF1", iff1),
    { NULL, 0, 0 },
};
static const reg_def i8080_regs[] = {
    R16(i8080_t, "PC", pc), R16(i8080_t, "SP", sp), R8(i8080_t, "A", r[I8080_A]), R8(i8080_t, "F", r[I8080_F]),
    R8(i8080_t, "B", r[I8080_B]), R8(i8080_t, "C", r[I8080_C]), R8(i8080_t, "D", r[I8080_D]),
    R8(i8080_t, "E", r[I8080_E]), R8(i8080_t, "H", r[I8080_H]), R8(i8080_t, "L", r[I8080_L]),
    R8(i8080_t, "INTE", inte), { NULL, 0, 0 },
};
static const reg_def m6502_regs[] = {
    R16(m6502_t, "PC", pc), R8(m6502_t, "A", a), R8(m6502_t, "X", x), R8(m6502_t, "Y", y),
    R8(m6502_t, "S", s), R8(m6502_t, "P", p), { NULL, 0, 0 },
};
static const reg_def m6809_regs[] = {
    R16(m6809_t, "PC", pc), R16(m6809_t, "S", s), R16(m6809_t, "U", u), R16(m6809_t, "X", x),
    R16(m6809_t, "Y", y), R8(m6809_t, "A", a), R8(m6809_t, "B", b), R8(m6809_t, "DP", dp),
    R8(m6809_t, "CC", cc), { NULL, 0, 0 },
};
static const reg_def m6800_regs[] = {
    R16(m6800_t, "PC", pc), R16(m6800_t, "SP", sp), R16(m6800_t, "X", x), R8(m6800_t, "A", a),
    R8(m6800_t, "B", b), R8(m6800_t, "CC", cc), { NULL, 0, 0 },
};
static const reg_def mcs48_regs[] = {
    R16(mcs48_t, "PC", pc), R8(mcs48_t, "A", a), R8(mcs48_t, "PSW", psw), R8(mcs48_t, "P1", p1),
    R8(mcs48_t, "P2", p2), R8(mcs48_t, "BUS", bus), R8(mcs48_t, "T", timer),
    { "R0", 0, 0 }, { "R1", 1, 0 }, { "R2", 2, 0 }, { "R3", 3, 0 },
    { "R4", 4, 0 }, { "R5", 5, 0 }, { "R6", 6, 0 }, { "R7", 7, 0 }, { NULL, 0, 0 },
};

/* By the core's id ("z80", "i8080", "6502", "6809", "6800", "6808", "mcs48"),
   without string compares: this runs for every traced instruction. */
static const reg_def *regs_of(const cpu_slot *c)
{
    const char *id = c->ops->id;
    switch (id[0]) {
    case 'z': return z80_regs;
    case 'i': return i8080_regs;
    case 'm': return mcs48_regs;
    case '6': return id[1] == '5' ? m6502_regs : id[3] == '9' ? m6809_regs : m6800_regs;
    default: return NULL;
    }
}

int dbg_reg_count(const cpu_slot *c)
{
    const reg_def *r = regs_of(c);
    int n = 0;
    while (r && r[n].name)
        n++;
    return n;
}

const char *dbg_reg_name(const cpu_slot *c, int i)
{
    return regs_of(c)[i].name;
}

u32 dbg_reg_get(const cpu_slot *c, int i)
{
    const reg_def *r = &regs_of(c)[i];
    const u8 *base = c->core;
    if (r->size == 1)
        return base[r->offset];
    if (r->size == 2) {
        u16 v;
        memcpy(&v, base + r->offset, 2);
        return v;
    }
    if (c->ops->id[0] == 'z')
        return z80_get_r(c->core);
    const mcs48_t *m = c->core; /* R0-R7 of the selected bank */
    return m->ram[(m->rb + r->offset) & m->ram_mask];
}

bool dbg_reg_set(cpu_slot *c, int i, u32 v)
{
    const reg_def *r = &regs_of(c)[i];
    u8 *base = c->core;
    if (r->size == 1) {
        base[r->offset] = (u8)v;
    } else if (r->size == 2) {
        u16 w = (u16)v;
        memcpy(base + r->offset, &w, 2);
    } else if (c->ops->id[0] == 'z') {
        z80_set_r(c->core, (u8)v);
    } else {
        mcs48_t *m = c->core;
        m->ram[(m->rb + r->offset) & m->ram_mask] = (u8)v;
    }
    return true;
}

int dbg_reg_find(const cpu_slot *c, const char *name)
{
    int n = dbg_reg_count(c);
    for (int i = 0; i < n; i++)
        if (!strcasecmp(dbg_reg_name(c, i), name))
            return i;
    return -1;
}

u32 dbg_pc(const cpu_slot *c)
{
    return c->ops->get_pc(c->core);
}

/* The stack pointer `out` watches (the 6502's page-one S; MCS-48: PSW's SP bits). */
u32 dbg_sp(const cpu_slot *c)
{
    const char *id = c->ops->id;
    if (!strcmp(id, "mcs48"))
        return ((const mcs48_t *)c->core)->psw & 7;
    int i = dbg_reg_find(c, "SP");
    if (i < 0)
        i = dbg_reg_find(c, "S");
    return i < 0 ? 0 : dbg_reg_get(c, i);
}

/* "SP=4FEA AF=0044 ...": written by hand, not by printf, since the text
   trace formats this for every instruction. */
void dbg_regs_format(const cpu_slot *c, char *buf, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    const reg_def *regs = regs_of(c);
    int count = dbg_reg_count(c);
    size_t pos = 0;
    for (int i = 1; i < count; i++) { /* PC is shown on its own */
        const reg_def *r = &regs[i];
        size_t name_len = strlen(r->name);
        int w = r->size == 2 ? 4 : 2;
        if (pos + name_len + (size_t)w + 3 > n)
            break;
        if (i > 1)
            buf[pos++] = ' ';
        memcpy(buf + pos, r->name, name_len);
        pos += name_len;
        buf[pos++] = '=';
        u32 v = dbg_reg_get(c, i);
        for (int k = w - 1; k >= 0; k--)
            buf[pos++] = hex[(v >> (4 * k)) & 15];
    }
    buf[pos] = '\0';
}

/* The core waits (HALT, SYNC/CWAI, WAI, RDY or RESET held): its execute()
   burns whatever budget it gets until an interrupt, so the step loop hands
   it the rest of the slice at once, exactly as a normal run does. */
bool dbg_cpu_idle(const cpu_slot *c)
{
    const char *id = c->ops->id; /* first letters, as regs_of: this runs per instruction */
    switch (id[0]) {
    case 'z': return ((const z80_t *)c->core)->halted;
    case 'i': return ((const i8080_t *)c->core)->halted;
    case 'm': return ((const mcs48_t *)c->core)->in_reset;
    case '6':
        if (id[1] == '5')
            return ((const m6502_t *)c->core)->halted || ((const m6502_t *)c->core)->in_reset;
        if (id[3] == '9')
            return ((const m6809_t *)c->core)->wait != M6809_RUN;
        return false;
    default: return false;
    }
}

/* Where each register lives in the core's struct (size 0: computed, read it
   with dbg_reg_get): the binary trace reads them directly. */
int dbg_reg_layout(const cpu_slot *c, u16 *offset, u8 *size)
{
    const reg_def *r = regs_of(c);
    int n = 0;
    for (; r && r[n].name && n < DBG_MAX_REGS; n++) {
        offset[n] = (u16)r[n].offset;
        size[n] = r[n].size;
    }
    return n;
}

/* The longest instruction of each core: the binary trace stores this many
   opcode bytes, so tracing needs no disassembly. */
int dbg_max_insn_len(const cpu_slot *c)
{
    const char *id = c->ops->id;
    return id[0] == 'z' ? 4 : id[0] == 'm' ? 2 : !strcmp(id, "6809") ? 5 : 3;
}
