/* cputest adapter for the MCS-48 core: the MAME-generated single-step
   vectors in cputests/mcs48 (see the README there). The board values the
   vectors assume: T0 = T1 = 1, /INT inactive, P1/P2 pins read $FF, BUS $0F. */
#include <stdlib.h>
#include <string.h>

#include "cpu/mcs48.h"
#include "cputest.h"

typedef struct ct_mcs48 {
    mcs48_t cpu;
    ct_bus prog;
    ct_bus io;
} ct_mcs48_h;

static void *create(void)
{
    ct_mcs48_h *h = calloc(1, sizeof(*h));
    if (!h)
        return NULL;
    if (ct_bus_init(&h->prog, "program", 12) || ct_bus_init(&h->io, "io", 9)) {
        free(h);
        return NULL;
    }
    mcs48_init(&h->cpu, &h->prog.space, &h->io.space);
    mcs48_set_variant(&h->cpu, MCS48_I8035);
    return h;
}

static void destroy(void *p)
{
    ct_mcs48_h *h = p;
    ct_bus_free(&h->prog);
    ct_bus_free(&h->io);
    free(h);
}

static const cJSON *item(const cJSON *o, const char *k)
{
    return cJSON_GetObjectItemCaseSensitive(o, k);
}

/* Pins the board drives; "input" overrides them where a test records one. */
static void load_io(ct_mcs48_h *h, const cJSON *tc)
{
    memset(h->io.ram, 0, 0x200);
    h->io.ram[MCS48_PORT_P1] = 0xff;
    h->io.ram[MCS48_PORT_P2] = 0xff;
    h->io.ram[MCS48_PORT_BUS] = 0x0f;
    const cJSON *in = item(tc, "input");
    if (ct_num(in, "p1") >= 0)
        h->io.ram[MCS48_PORT_P1] = (u8)ct_num(in, "p1");
    if (ct_num(in, "p2") >= 0)
        h->io.ram[MCS48_PORT_P2] = (u8)ct_num(in, "p2");
    if (ct_num(in, "bus") >= 0)
        h->io.ram[MCS48_PORT_BUS] = (u8)ct_num(in, "bus");
    const cJSON *x;
    cJSON_ArrayForEach(x, item(tc, "xdata"))
    {
        const cJSON *kind = cJSON_GetArrayItem(x, 2);
        if (cJSON_IsString(kind) && kind->valuestring[0] == 'r')
            h->io.ram[cJSON_GetArrayItem(x, 0)->valueint & 0xff] = (u8)cJSON_GetArrayItem(x, 1)->valueint;
    }
}

static void load_state(ct_mcs48_h *h, const cJSON *in)
{
    mcs48_t *c = &h->cpu;
    memset(h->prog.ram, 0, 0x1000);
    const cJSON *cell;
    cJSON_ArrayForEach(cell, item(in, "rom"))
    {
        int a = cJSON_GetArrayItem(cell, 0)->valueint;
        h->prog.ram[a & 0xfff] = (u8)cJSON_GetArrayItem(cell, 1)->valueint;
    }
    mcs48_reset(c);
    mcs48_set_line(c, MCS48_LINE_T0, 1);
    mcs48_set_line(c, MCS48_LINE_T1, 1);
    mcs48_set_line(c, CPU_LINE_IRQ0, LINE_CLEAR);
    int i = 0;
    cJSON_ArrayForEach(cell, item(in, "iram"))
    {
        if (i < 64)
            c->ram[i++] = (u8)cell->valueint;
    }
    c->pc = (u16)ct_num(in, "pc");
    c->a = (u8)ct_num(in, "a");
    u8 psw = (u8)ct_num(in, "psw");
    c->psw = psw | 0x08;
    c->rb = (psw & MCS48_BS) ? 24 : 0;
    c->timer = (u8)ct_num(in, "tc");
    c->prescaler = (u8)ct_num(in, "tpre");
    c->p1 = (u8)ct_num(in, "p1");
    c->p2 = (u8)ct_num(in, "p2");
    c->f1 = ct_num(in, "f1") != 0;
    c->a11 = ct_num(in, "mb") ? 0x800 : 0;
}

/* MAME's handler for unassigned opcodes reads program memory at its
   previous-PC register for a log message. The generator set the PC from the
   debugger, so that register still held its scratch address $FF1 and every
   undocumented vector lists a read of $FF1 that no chip performs. Only that
   exact entry is skipped, only after an unassigned opcode. */
static bool mame_log_artifact(const cJSON *b, int index, u8 opcode)
{
    char text[32];
    mcs48_disasm(text, sizeof(text), 0, (const u8[8]){ opcode });
    return index > 0 && !strncmp(text, "DB ", 3) && cJSON_GetArrayItem(b, 0)->valueint == 0xff1 &&
           cJSON_GetArrayItem(b, 3)->valuestring[0] == 'p';
}

/* Program reads and MOVX traffic, each in order, against "bus". */
static int check_bus(const ct_mcs48_h *h, const cJSON *tc, char *why, size_t n)
{
    int bad = 0, pi = 0, xi = 0;
    int xlog[CT_MAX_LOG], nx = 0;
    for (int i = 0; i < h->io.nlog; i++)
        if (h->io.log[i].addr < 0x100)
            xlog[nx++] = i;
    const cJSON *b;
    int index = 0;
    u8 opcode = h->prog.nlog ? (u8)h->prog.log[0].value : 0;
    cJSON_ArrayForEach(b, item(tc, "bus"))
    {
        if (mame_log_artifact(b, index++, opcode))
            continue;
        unsigned addr = (unsigned)cJSON_GetArrayItem(b, 0)->valueint;
        unsigned val = (unsigned)cJSON_GetArrayItem(b, 1)->valueint;
        char kind = cJSON_GetArrayItem(b, 2)->valuestring[0];
        bool prog = cJSON_GetArrayItem(b, 3)->valuestring[0] == 'p';
        const ct_access *got = NULL;
        if (prog && pi < h->prog.nlog)
            got = &h->prog.log[pi++];
        else if (!prog && xi < nx)
            got = &h->io.log[xlog[xi++]];
        if (!got) {
            bad += ct_expect(why, n, prog ? "missing prog access" : "missing xdata access", (long)addr, -1);
            continue;
        }
        bad += ct_expect(why, n, prog ? "prog addr" : "xdata addr", (long)addr, (long)got->addr);
        bad += ct_expect(why, n, prog ? "prog value" : "xdata value", (long)val, (long)got->value);
        bad += ct_expect(why, n, "access kind", kind, got->kind);
    }
    bad += ct_expect(why, n, "prog accesses", pi, h->prog.nlog);
    bad += ct_expect(why, n, "xdata accesses", xi, nx);
    return bad;
}

static int check_state(const ct_mcs48_h *h, const cJSON *fin, char *why, size_t n)
{
    const mcs48_t *c = &h->cpu;
    int bad = 0;
    bad += ct_expect(why, n, "pc", ct_num(fin, "pc"), c->pc);
    bad += ct_expect(why, n, "a", ct_num(fin, "a"), c->a);
    bad += ct_expect(why, n, "psw", ct_num(fin, "psw"), c->psw | 0x08);
    bad += ct_expect(why, n, "tc", ct_num(fin, "tc"), c->timer);
    bad += ct_expect(why, n, "tpre", ct_num(fin, "tpre"), c->prescaler);
    bad += ct_expect(why, n, "p1", ct_num(fin, "p1"), c->p1);
    bad += ct_expect(why, n, "p2", ct_num(fin, "p2"), c->p2);
    bad += ct_expect(why, n, "f1", ct_num(fin, "f1"), c->f1);
    bad += ct_expect(why, n, "mb", ct_num(fin, "mb"), c->a11 >> 11);
    bad += ct_expect(why, n, "tf", ct_num(fin, "tf"), c->timer_flag);
    int i = 0;
    const cJSON *cell;
    cJSON_ArrayForEach(cell, item(fin, "iram"))
    {
        char name[16];
        snprintf(name, sizeof(name), "iram[%02x]", i);
        bad += ct_expect(why, n, name, cell->valueint, c->ram[i]);
        if (++i == 64)
            break;
    }
    return bad;
}

static int run_case(void *p, const cJSON *tc, char *why, size_t n)
{
    ct_mcs48_h *h = p;
    load_state(h, item(tc, "initial")); /* resets, which writes the ports */
    load_io(h, tc);
    h->prog.nlog = 0;
    h->io.nlog = 0;
    int cycles = mcs48_execute(&h->cpu, 1);
    int bad = ct_expect(why, n, "cycles", ct_num(tc, "cycles"), cycles);
    bad += check_state(h, item(tc, "final"), why, n);
    bad += check_bus(h, tc, why, n);
    return bad != 0;
}

const ct_adapter ct_mcs48 = { "mcs48", "8035 8039 8048 i8035 i8039", create, destroy, run_case, NULL, NULL };
