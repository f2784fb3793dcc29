/* cputest adapter for the Intel 8080 core: SingleStepTests-format cases
   (registers, RAM, cycles, bus order, port traffic) and CP/M exercisers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/i8080.h"
#include "cputest.h"
#include "ct_cpm.h"

#define MAX_PORTS 8

typedef struct port_event {
    unsigned port, value;
    char kind; /* 'r' or 'w' */
} port_event;

typedef struct ct_8080 {
    ct_bus bus;
    address_space_t io;
    i8080_t cpu;
    u8 in_values[MAX_PORTS]; /* what IN returns, in order, from "ports" */
    int n_in, in_pos;
    port_event log[MAX_PORTS];
    int nlog;
} ct_8080;

static u8 io_r(void *ctx, offs_t port)
{
    ct_8080 *t = ctx;
    u8 v = t->in_pos < t->n_in ? t->in_values[t->in_pos++] : 0xff;
    if (t->nlog < MAX_PORTS)
        t->log[t->nlog++] = (port_event){ port, v, 'r' };
    return v;
}

static void io_w(void *ctx, offs_t port, u8 data)
{
    ct_8080 *t = ctx;
    if (t->nlog < MAX_PORTS)
        t->log[t->nlog++] = (port_event){ port, data, 'w' };
}

static void *create(void)
{
    ct_8080 *t = calloc(1, sizeof(*t));
    if (!t)
        return NULL;
    if (ct_bus_init(&t->bus, "program", 16) || as_init(&t->io, "io", 8, 8, 0xff)) {
        free(t);
        return NULL;
    }
    int h = as_add_handler(&t->io, io_r, io_w, t, 0, 0xff);
    as_map_handler(&t->io, 0, 0xff, h, h);
    i8080_init(&t->cpu, &t->bus.space, &t->io);
    return t;
}

static void destroy(void *h)
{
    ct_8080 *t = h;
    ct_bus_free(&t->bus);
    as_free(&t->io);
    free(t);
}

static const char *const reg_keys[8] = { "b", "c", "d", "e", "h", "l", "f", "a" };

static void load_state(ct_8080 *t, const cJSON *s)
{
    i8080_t *c = &t->cpu;
    i8080_reset(c);
    c->pc = (u16)ct_num(s, "pc");
    c->sp = (u16)ct_num(s, "sp");
    for (int i = 0; i < 8; i++)
        c->r[i] = (u8)ct_num(s, reg_keys[i]);
    c->inte = ct_num(s, "inte") != 0;
    c->int_line = LINE_CLEAR;
    ct_bus_load(&t->bus, s);
}

static void load_ports(ct_8080 *t, const cJSON *ports)
{
    t->n_in = t->in_pos = t->nlog = 0;
    const cJSON *p;
    cJSON_ArrayForEach(p, ports)
    {
        const cJSON *kind = cJSON_GetArrayItem(p, 2);
        if (t->n_in < MAX_PORTS && cJSON_IsString(kind) && kind->valuestring[0] == 'r')
            t->in_values[t->n_in++] = (u8)cJSON_GetArrayItem(p, 1)->valueint;
    }
}

static int check_regs(const ct_8080 *t, const cJSON *s, char *why, size_t n)
{
    const i8080_t *c = &t->cpu;
    int bad = ct_expect(why, n, "pc", ct_num(s, "pc"), c->pc);
    bad += ct_expect(why, n, "sp", ct_num(s, "sp"), c->sp);
    for (int i = 0; i < 8; i++)
        bad += ct_expect(why, n, reg_keys[i], ct_num(s, reg_keys[i]), c->r[i]);
    bad += ct_expect(why, n, "inte", ct_num(s, "inte"), c->inte);
    return bad;
}

/* Compares a list of [addr, value, kind] with a log; kind is matched on its
   first letter ("read"/"r", "write"/"w"). */
static int check_list(const cJSON *list, const char *what, int count, const unsigned *addr,
                      const unsigned *val, const char *kind, char *why, size_t n)
{
    char name[48];
    int bad = 0, i = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, list)
    {
        if (i >= count)
            break;
        const cJSON *k = cJSON_GetArrayItem(e, 2);
        long want_kind = cJSON_IsString(k) ? k->valuestring[0] : '?';
        snprintf(name, sizeof(name), "%s[%d].addr", what, i);
        bad += ct_expect(why, n, name, cJSON_GetArrayItem(e, 0)->valueint, addr[i]);
        snprintf(name, sizeof(name), "%s[%d].value", what, i);
        bad += ct_expect(why, n, name, cJSON_GetArrayItem(e, 1)->valueint, val[i]);
        snprintf(name, sizeof(name), "%s[%d].kind", what, i);
        bad += ct_expect(why, n, name, want_kind, kind[i]);
        i++;
    }
    snprintf(name, sizeof(name), "%s.count", what);
    return bad + ct_expect(why, n, name, cJSON_GetArraySize(list), count);
}

static int check_bus(const ct_8080 *t, const cJSON *bus, char *why, size_t n)
{
    unsigned addr[CT_MAX_LOG], val[CT_MAX_LOG];
    char kind[CT_MAX_LOG];
    for (int i = 0; i < t->bus.nlog; i++) {
        addr[i] = t->bus.log[i].addr;
        val[i] = t->bus.log[i].value;
        kind[i] = t->bus.log[i].kind;
    }
    return check_list(bus, "bus", t->bus.nlog, addr, val, kind, why, n);
}

static int check_ports(const ct_8080 *t, const cJSON *ports, char *why, size_t n)
{
    unsigned addr[MAX_PORTS], val[MAX_PORTS];
    char kind[MAX_PORTS];
    for (int i = 0; i < t->nlog; i++) {
        addr[i] = t->log[i].port;
        val[i] = t->log[i].value;
        kind[i] = t->log[i].kind;
    }
    return check_list(ports, "ports", t->nlog, addr, val, kind, why, n);
}

static int run_case(void *h, const cJSON *tc, char *why, size_t n)
{
    ct_8080 *t = h;
    const cJSON *init = cJSON_GetObjectItemCaseSensitive(tc, "initial");
    const cJSON *fin = cJSON_GetObjectItemCaseSensitive(tc, "final");
    if (!init || !fin) {
        snprintf(why, n, "test case lacks initial/final");
        return 1;
    }
    load_state(t, init);
    load_ports(t, cJSON_GetObjectItemCaseSensitive(tc, "ports"));
    t->bus.nlog = 0;
    int cycles = i8080_execute(&t->cpu, 1);

    int bad = check_regs(t, fin, why, n);
    bad += ct_bus_check(&t->bus, fin, why, n);
    bad += ct_expect(why, n, "cycles", ct_num(tc, "cycles"), cycles);
    bad += check_bus(t, cJSON_GetObjectItemCaseSensitive(tc, "bus"), why, n);
    bad += check_ports(t, cJSON_GetObjectItemCaseSensitive(tc, "ports"), why, n);
    return bad != 0;
}

static unsigned get_c(const void *cpu)
{
    return ((const i8080_t *)cpu)->r[I8080_C];
}

static unsigned get_de(const void *cpu)
{
    const i8080_t *c = cpu;
    return (unsigned)(c->r[I8080_D] << 8 | c->r[I8080_E]);
}

static int run_cpm(const char *path)
{
    static const ct_cpm_ops ops = { &i8080_core, get_c, get_de };
    return ct_cpm_run(path, &ops);
}

const ct_adapter ct_i8080 = { "i8080", "8080", create, destroy, run_case, run_cpm, NULL };
