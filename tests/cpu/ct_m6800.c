/* cputest adapter for the MC6800 core: one instruction per case, checking
   registers, memory, E-cycle count and the order of bus accesses. */
#include <stdlib.h>
#include <string.h>

#include "cpu/m6800.h"
#include "cputest.h"

typedef struct m6800_harness {
    ct_bus bus;
    m6800_t cpu;
} m6800_harness;

static void *create(void)
{
    m6800_harness *h = calloc(1, sizeof(*h));
    if (!h || ct_bus_init(&h->bus, "program", 16)) {
        free(h);
        return NULL;
    }
    m6800_init(&h->cpu, &h->bus.space, NULL);
    return h;
}

static void destroy(void *p)
{
    m6800_harness *h = p;
    if (!h)
        return;
    ct_bus_free(&h->bus);
    free(h);
}

static void load_regs(m6800_t *c, const cJSON *s)
{
    c->pc = (u16)ct_num(s, "pc");
    c->sp = (u16)ct_num(s, "sp");
    c->x = (u16)ct_num(s, "x");
    c->a = (u8)ct_num(s, "a");
    c->b = (u8)ct_num(s, "b");
    c->cc = (u8)(ct_num(s, "cc") | M6800_CC_ONES);
    c->irq_state = LINE_CLEAR;
    c->nmi_state = LINE_CLEAR;
    c->nmi_pending = false;
    c->waiting = false;
    c->int_delay = false;
}

static int check_regs(const m6800_t *c, const cJSON *s, char *why, size_t n)
{
    int bad = 0;
    bad += ct_expect(why, n, "pc", ct_num(s, "pc"), c->pc);
    bad += ct_expect(why, n, "sp", ct_num(s, "sp"), c->sp);
    bad += ct_expect(why, n, "x", ct_num(s, "x"), c->x);
    bad += ct_expect(why, n, "a", ct_num(s, "a"), c->a);
    bad += ct_expect(why, n, "b", ct_num(s, "b"), c->b);
    bad += ct_expect(why, n, "cc", ct_num(s, "cc"), c->cc);
    return bad;
}

/* "bus": [[addr, value, "read"|"write"], ...] against the logged accesses. */
static int check_bus(const ct_bus *b, const cJSON *bus, char *why, size_t n)
{
    if (!cJSON_IsArray(bus))
        return 0;
    if (ct_expect(why, n, "bus accesses", cJSON_GetArraySize(bus), b->nlog))
        return 1;
    int bad = 0;
    int i = 0;
    const cJSON *e;
    cJSON_ArrayForEach(e, bus)
    {
        if (i >= b->nlog)
            break;
        const cJSON *kind = cJSON_GetArrayItem(e, 2);
        char k = cJSON_IsString(kind) ? kind->valuestring[0] : '?';
        char name[32];
        snprintf(name, sizeof(name), "bus[%d].addr", i);
        bad += ct_expect(why, n, name, cJSON_GetArrayItem(e, 0)->valueint, b->log[i].addr);
        snprintf(name, sizeof(name), "bus[%d].value", i);
        bad += ct_expect(why, n, name, cJSON_GetArrayItem(e, 1)->valueint, b->log[i].value);
        snprintf(name, sizeof(name), "bus[%d].kind", i);
        bad += ct_expect(why, n, name, k, b->log[i].kind);
        if (bad)
            break; /* the first difference is enough */
        i++;
    }
    return bad;
}

static int run_case(void *p, const cJSON *tc, char *why, size_t n)
{
    m6800_harness *h = p;
    const cJSON *init = cJSON_GetObjectItemCaseSensitive(tc, "initial");
    const cJSON *fin = cJSON_GetObjectItemCaseSensitive(tc, "final");
    if (!h || !init || !fin) {
        snprintf(why, n, "malformed test case");
        return 1;
    }
    ct_bus_load(&h->bus, init);
    load_regs(&h->cpu, init);
    h->bus.nlog = 0;
    int cycles = m6800_execute(&h->cpu, 1);
    int bad = check_regs(&h->cpu, fin, why, n);
    bad += ct_bus_check(&h->bus, fin, why, n);
    bad += ct_expect(why, n, "cycles", ct_num(tc, "cycles"), cycles);
    bad += check_bus(&h->bus, cJSON_GetObjectItemCaseSensitive(tc, "bus"), why, n);
    return bad != 0;
}

const ct_adapter ct_m6800 = { "6800", "m6800 6808 m6808", create, destroy, run_case, NULL, NULL };
