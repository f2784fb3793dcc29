/* cputest adapter for the Z80 core: SingleStepTests-format cases (all
   registers including WZ, Q, P, EI, RAM, 16-bit port traffic, T-state
   count, the T-state at which each bus access starts) and CP/M exercisers
   (zexdoc/zexall). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/z80.h"
#include "cputest.h"
#include "ct_cpm.h"

#define MAX_PORTS 8

typedef struct port_event {
    unsigned port, value;
    char kind;
    int cycle; /* cpu_cycles_run() during the access */
} port_event;

typedef struct z80_harness {
    ct_bus bus;
    address_space_t io;
    z80_t cpu;
    port_event want[MAX_PORTS]; /* "ports" of the case */
    int nwant;
    port_event log[MAX_PORTS];  /* what the core did */
    int nlog;
} ct_z80_t;

/* IN gets the value listed for that port (the first unused read entry). */
static u8 io_r(void *ctx, offs_t port)
{
    ct_z80_t *t = ctx;
    u8 v = 0xff;
    for (int i = 0; i < t->nwant; i++) {
        if (t->want[i].kind == 'r' && t->want[i].port == port) {
            v = (u8)t->want[i].value;
            t->want[i].kind = 'R'; /* used */
            break;
        }
    }
    if (t->nlog < MAX_PORTS)
        t->log[t->nlog++] = (port_event){ port, v, 'r', cpu_cycles_run(&t->cpu.base) };
    return v;
}

static void io_w(void *ctx, offs_t port, u8 data)
{
    ct_z80_t *t = ctx;
    if (t->nlog < MAX_PORTS)
        t->log[t->nlog++] = (port_event){ port, data, 'w', cpu_cycles_run(&t->cpu.base) };
}

static void *create(void)
{
    ct_z80_t *t = calloc(1, sizeof(*t));
    if (!t)
        return NULL;
    if (ct_bus_init(&t->bus, "program", 16) || as_init(&t->io, "io", 16, 8, 0xff)) {
        free(t);
        return NULL;
    }
    int h = as_add_handler(&t->io, io_r, io_w, t, 0, 0xffff);
    as_map_handler(&t->io, 0, 0xffff, h, h);
    z80_init(&t->cpu, &t->bus.space, &t->io);
    t->bus.cpu = &t->cpu.base;
    return t;
}

static void destroy(void *h)
{
    ct_z80_t *t = h;
    ct_bus_free(&t->bus);
    as_free(&t->io);
    free(t);
}

/* 8-bit registers by JSON key. */
typedef struct reg8 {
    const char *key;
    size_t off;
} reg8;

#define R8(k, field) { k, offsetof(z80_t, field) }
static const reg8 regs8[] = {
    R8("a", af.b.h), R8("f", af.b.l), R8("b", bc.b.h), R8("c", bc.b.l), R8("d", de.b.h),
    R8("e", de.b.l), R8("h", hl.b.h), R8("l", hl.b.l), R8("i", i), R8("iff1", iff1),
    R8("iff2", iff2), R8("im", im), R8("ei", ei), R8("p", p), R8("q", qq.b.l),
};
#define R16(k, field) { k, offsetof(z80_t, field) }
static const reg8 regs16[] = {
    R16("pc", pc.w), R16("sp", sp.w), R16("ix", ix.w), R16("iy", iy.w), R16("wz", wz.w),
    R16("af_", af2.w), R16("bc_", bc2.w), R16("de_", de2.w), R16("hl_", hl2.w),
};

static void load_state(ct_z80_t *t, const cJSON *s)
{
    z80_t *c = &t->cpu;
    z80_reset(c);
    for (size_t k = 0; k < ARRAY_LEN(regs8); k++)
        *((u8 *)c + regs8[k].off) = (u8)ct_num(s, regs8[k].key);
    for (size_t k = 0; k < ARRAY_LEN(regs16); k++)
        memcpy((u8 *)c + regs16[k].off, &(u16){ (u16)ct_num(s, regs16[k].key) }, sizeof(u16));
    z80_set_r(c, (u8)ct_num(s, "r"));
    c->halted = 0;
    z80_sync(c);
    ct_bus_load(&t->bus, s);
}

static void load_ports(ct_z80_t *t, const cJSON *ports)
{
    t->nwant = t->nlog = 0;
    const cJSON *p;
    cJSON_ArrayForEach(p, ports)
    {
        const cJSON *kind = cJSON_GetArrayItem(p, 2);
        if (t->nwant < MAX_PORTS && cJSON_IsString(kind))
            t->want[t->nwant++] = (port_event){ (unsigned)cJSON_GetArrayItem(p, 0)->valueint,
                                                (unsigned)cJSON_GetArrayItem(p, 1)->valueint,
                                                kind->valuestring[0], -1 };
    }
}

static int check_regs(const ct_z80_t *t, const cJSON *s, char *why, size_t n)
{
    const z80_t *c = &t->cpu;
    int bad = 0;
    for (size_t k = 0; k < ARRAY_LEN(regs8); k++)
        bad += ct_expect(why, n, regs8[k].key, ct_num(s, regs8[k].key), *((const u8 *)c + regs8[k].off));
    for (size_t k = 0; k < ARRAY_LEN(regs16); k++) {
        u16 v;
        memcpy(&v, (const u8 *)c + regs16[k].off, sizeof(v));
        bad += ct_expect(why, n, regs16[k].key, ct_num(s, regs16[k].key), v);
    }
    return bad + ct_expect(why, n, "r", ct_num(s, "r"), z80_get_r(c));
}

/* Every listed port access must have happened, in order, and no other. */
static int check_ports(const ct_z80_t *t, char *why, size_t n)
{
    int bad = ct_expect(why, n, "ports.count", t->nwant, t->nlog);
    for (int i = 0; i < t->nwant && i < t->nlog; i++) {
        char name[32];
        char want_kind = t->want[i].kind == 'R' ? 'r' : t->want[i].kind;
        snprintf(name, sizeof(name), "ports[%d].port", i);
        bad += ct_expect(why, n, name, t->want[i].port, t->log[i].port);
        snprintf(name, sizeof(name), "ports[%d].value", i);
        bad += ct_expect(why, n, name, t->want[i].value, t->log[i].value);
        snprintf(name, sizeof(name), "ports[%d].kind", i);
        bad += ct_expect(why, n, name, want_kind, t->log[i].kind);
    }
    return bad;
}

/* A bus cycle as the vector shows it: the T-state its machine cycle starts
   at, the address (~0u when the vector has none) and the direction. */
typedef struct bus_slot {
    int start;
    unsigned addr;
    char kind;
} bus_slot;

/* The vectors have one entry per T-state; a memory access has MREQ active
   one T-state after its machine cycle starts, an I/O access has IORQ active
   two T-states after. Lists the accesses with `pin` active, in order. */
static int bus_slots(const cJSON *cycles, char pin, int lag, bus_slot *out, int max)
{
    int count = 0, t = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, cycles)
    {
        const cJSON *pins = cJSON_GetArrayItem(e, 2), *a = cJSON_GetArrayItem(e, 0);
        if (cJSON_IsString(pins) && strlen(pins->valuestring) == 4 && strchr(pins->valuestring, pin)) {
            if (count < max)
                out[count] = (bus_slot){ t - lag, cJSON_IsNumber(a) ? (unsigned)a->valueint : ~0u,
                                         pins->valuestring[0] == 'r' ? 'r' : 'w' };
            count++;
        }
        t++;
    }
    return count;
}

/* Each memory access (fetches included) happens at the T-state its machine
   cycle starts, at the address and in the direction the vector shows. */
static int check_mem_timing(const ct_z80_t *t, const cJSON *cycles, char *why, size_t n)
{
    bus_slot want[CT_MAX_LOG];
    int count = bus_slots(cycles, 'm', 1, want, CT_MAX_LOG);
    int bad = ct_expect(why, n, "access.count", count, t->bus.nlog);
    for (int i = 0; i < count && i < t->bus.nlog && i < CT_MAX_LOG; i++) {
        const ct_access *got = &t->bus.log[i];
        char name[32];
        snprintf(name, sizeof(name), "access[%d] cycle", i);
        bad += ct_expect(why, n, name, want[i].start, got->cycle);
        snprintf(name, sizeof(name), "access[%d] addr", i);
        if (want[i].addr != ~0u)
            bad += ct_expect(why, n, name, want[i].addr, got->addr);
        snprintf(name, sizeof(name), "access[%d] kind", i);
        bad += ct_expect(why, n, name, want[i].kind, got->kind);
    }
    return bad;
}

/* The same for port accesses (check_ports has compared what they carry). */
static int check_port_timing(const ct_z80_t *t, const cJSON *cycles, char *why, size_t n)
{
    bus_slot want[MAX_PORTS];
    int count = bus_slots(cycles, 'i', 2, want, MAX_PORTS);
    int bad = ct_expect(why, n, "port access.count", count, t->nlog);
    for (int i = 0; i < count && i < t->nlog && i < MAX_PORTS; i++) {
        char name[32];
        snprintf(name, sizeof(name), "port access[%d] cycle", i);
        bad += ct_expect(why, n, name, want[i].start, t->log[i].cycle);
    }
    return bad;
}

static int run_case(void *h, const cJSON *tc, char *why, size_t n)
{
    ct_z80_t *t = h;
    const cJSON *init = cJSON_GetObjectItemCaseSensitive(tc, "initial");
    const cJSON *fin = cJSON_GetObjectItemCaseSensitive(tc, "final");
    const cJSON *cycles = cJSON_GetObjectItemCaseSensitive(tc, "cycles");
    if (!init || !fin || !cJSON_IsArray(cycles)) {
        snprintf(why, n, "malformed test case");
        return 1;
    }
    load_state(t, init);
    load_ports(t, cJSON_GetObjectItemCaseSensitive(tc, "ports"));
    t->bus.nlog = 0;
    int used = z80_execute(&t->cpu, 1);
    int bad = check_regs(t, fin, why, n);
    bad += ct_bus_check(&t->bus, fin, why, n);
    bad += check_ports(t, why, n);
    bad += ct_expect(why, n, "cycles", cJSON_GetArraySize(cycles), used);
    bad += check_mem_timing(t, cycles, why, n);
    bad += check_port_timing(t, cycles, why, n);
    return bad != 0;
}

static unsigned reg_c(const void *cpu)
{
    return ((const z80_t *)cpu)->bc.b.l;
}

static unsigned reg_de(const void *cpu)
{
    return ((const z80_t *)cpu)->de.w;
}

static int run_cpm(const char *path)
{
    static const ct_cpm_ops ops = { &z80_core, reg_c, reg_de };
    return ct_cpm_run(path, &ops);
}

const ct_adapter ct_z80 = { "z80", NULL, create, destroy, run_case, run_cpm, NULL };
