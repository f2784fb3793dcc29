/* cputest adapter for the NMOS 6502: SingleStepTests cases with per-cycle
   bus checks, and raw binaries (Klaus Dormann's functional test) run until
   they trap in a "JMP *" loop. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/m6502.h"
#include "cputest.h"

typedef struct ct6502 {
    ct_bus bus;
    m6502_t cpu;
} ct6502;

static void *create(void)
{
    ct6502 *h = calloc(1, sizeof(*h));
    if (!h || ct_bus_init(&h->bus, "program", 16)) {
        free(h);
        return NULL;
    }
    m6502_init(&h->cpu, &h->bus.space, NULL);
    return h;
}

static void destroy(void *p)
{
    ct6502 *h = p;
    if (!h)
        return;
    ct_bus_free(&h->bus);
    free(h);
}

static void load_regs(m6502_t *c, const cJSON *st)
{
    c->pc = (u16)ct_num(st, "pc");
    c->s = (u8)ct_num(st, "s");
    c->a = (u8)ct_num(st, "a");
    c->x = (u8)ct_num(st, "x");
    c->y = (u8)ct_num(st, "y");
    c->p = (u8)ct_num(st, "p");
}

static int check_regs(const m6502_t *c, const cJSON *st, char *why, size_t n)
{
    int bad = ct_expect(why, n, "pc", ct_num(st, "pc"), c->pc);
    bad += ct_expect(why, n, "s", ct_num(st, "s"), c->s);
    bad += ct_expect(why, n, "a", ct_num(st, "a"), c->a);
    bad += ct_expect(why, n, "x", ct_num(st, "x"), c->x);
    bad += ct_expect(why, n, "y", ct_num(st, "y"), c->y);
    bad += ct_expect(why, n, "p", ct_num(st, "p"), c->p);
    return bad;
}

/* Compares the "cycles" array entry by entry with the bus log. */
static int check_cycles(const ct_bus *b, const cJSON *cycles, char *why, size_t n)
{
    int expected = cJSON_GetArraySize(cycles);
    if (ct_expect(why, n, "cycle count", expected, b->nlog))
        return 1;
    int i = 0;
    const cJSON *cy;
    cJSON_ArrayForEach(cy, cycles)
    {
        const ct_access *got = &b->log[i];
        const cJSON *kind = cJSON_GetArrayItem(cy, 2);
        char want_kind = cJSON_IsString(kind) && kind->valuestring[0] == 'w' ? 'w' : 'r';
        char name[32];
        snprintf(name, sizeof(name), "cycle %d addr", i);
        int bad = ct_expect(why, n, name, cJSON_GetArrayItem(cy, 0)->valueint, (long)got->addr);
        snprintf(name, sizeof(name), "cycle %d value", i);
        bad += ct_expect(why, n, name, cJSON_GetArrayItem(cy, 1)->valueint, (long)got->value);
        snprintf(name, sizeof(name), "cycle %d kind", i);
        bad += ct_expect(why, n, name, want_kind, got->kind);
        if (bad)
            return bad;
        i++;
    }
    return 0;
}

/* Zeroes the cells a state names, so the next case starts from clean RAM. */
static void clear_ram(ct_bus *b, const cJSON *state)
{
    const cJSON *cell;
    cJSON_ArrayForEach(cell, cJSON_GetObjectItemCaseSensitive(state, "ram"))
        b->ram[cJSON_GetArrayItem(cell, 0)->valueint & 0xffff] = 0;
}

/* The vectors here come from the 2022 ProcessorTests data, whose bus logs
   for the multi-byte NOPs are a known upstream bug (ProcessorTests issue #46,
   fixed in later data): NOP abs lists no operand read and NOP abs,X lists the
   unfixed address as the last access. The chip reads the operand like LDA
   does, with the extra wrong-page read only on a carry. For those opcodes
   the log is checked against that sequence instead; registers and RAM are
   still checked against the file. */
static bool is_nop_abs(unsigned op)
{
    return op == 0x0c || ((op & 0x1f) == 0x1c && op != 0x9c && op != 0xbc);
}

static int check_nop_abs(const ct_bus *b, const cJSON *init, char *why, size_t n)
{
    unsigned pc = (unsigned)ct_num(init, "pc");
    unsigned op = b->ram[pc & 0xffff];
    unsigned base = b->ram[(pc + 1) & 0xffff] | b->ram[(pc + 2) & 0xffff] << 8;
    unsigned index = op == 0x0c ? 0 : (unsigned)ct_num(init, "x");
    unsigned ea = (base + index) & 0xffff;
    ct_access want[5];
    int count = 0;
    for (unsigned i = 0; i < 3; i++)
        want[count++] = (ct_access){ (pc + i) & 0xffff, b->ram[(pc + i) & 0xffff], 'r', -1 };
    if ((ea ^ base) & 0x100) {
        unsigned wrong = (base & 0xff00) | (ea & 0xff);
        want[count++] = (ct_access){ wrong, b->ram[wrong], 'r', -1 };
    }
    want[count++] = (ct_access){ ea, b->ram[ea], 'r', -1 };
    int bad = ct_expect(why, n, "cycle count (corrected)", count, b->nlog);
    for (int i = 0; i < count && !bad; i++) {
        bad += ct_expect(why, n, "cycle addr (corrected)", want[i].addr, b->log[i].addr);
        bad += ct_expect(why, n, "cycle value (corrected)", want[i].value, b->log[i].value);
        bad += ct_expect(why, n, "cycle kind (corrected)", want[i].kind, b->log[i].kind);
    }
    return bad;
}

static int run_case(void *p, const cJSON *tc, char *why, size_t n)
{
    ct6502 *h = p;
    const cJSON *init = cJSON_GetObjectItemCaseSensitive(tc, "initial");
    const cJSON *fin = cJSON_GetObjectItemCaseSensitive(tc, "final");
    const cJSON *cycles = cJSON_GetObjectItemCaseSensitive(tc, "cycles");
    if (!init || !fin) {
        snprintf(why, n, "malformed test case");
        return 1;
    }
    m6502_init(&h->cpu, &h->bus.space, NULL);
    load_regs(&h->cpu, init);
    ct_bus_load(&h->bus, init);
    h->bus.nlog = 0;
    bool nop_abs = is_nop_abs(h->bus.ram[h->cpu.pc]);
    int ran = m6502_execute(&h->cpu, 1);
    int bad = check_regs(&h->cpu, fin, why, n);
    bad += ct_bus_check(&h->bus, fin, why, n);
    if (nop_abs) {
        bad += check_nop_abs(&h->bus, init, why, n);
        bad += ct_expect(why, n, "cycles run", h->bus.nlog, ran);
    } else if (cycles) {
        bad += check_cycles(&h->bus, cycles, why, n);
        bad += ct_expect(why, n, "cycles run", cJSON_GetArraySize(cycles), ran);
    }
    clear_ram(&h->bus, init);
    clear_ram(&h->bus, fin);
    return bad ? 1 : 0;
}

/* ---- raw binaries ----------------------------------------------------- */

static int parse_addr(const char *s, unsigned *out)
{
    char *end;
    unsigned long v = strtoul(s, &end, 16);
    if (!*s || *end || v > 0xffff)
        return -1;
    *out = (unsigned)v;
    return 0;
}

typedef struct bin_args {
    const char *file;
    unsigned load, start, success;
} bin_args;

/* argv: --bin FILE --load ADDR --start ADDR --success ADDR (any order after FILE) */
static int parse_bin_args(int argc, char **argv, bin_args *a)
{
    if (argc != 8)
        return -1;
    a->file = argv[1];
    int have = 0;
    for (int i = 2; i + 1 < argc; i += 2) {
        unsigned *dst = !strcmp(argv[i], "--load")      ? &a->load
                        : !strcmp(argv[i], "--start")   ? &a->start
                        : !strcmp(argv[i], "--success") ? &a->success
                                                        : NULL;
        if (!dst || parse_addr(argv[i + 1], dst))
            return -1;
        have++;
    }
    return have == 3 ? 0 : -1;
}

static long load_file(const char *path, unsigned char *ram, unsigned at)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t got = fread(ram + at, 1, 0x10000 - at, f);
    fclose(f);
    return (long)got;
}

static int run_bin(int argc, char **argv)
{
    bin_args a;
    if (parse_bin_args(argc, argv, &a)) {
        fprintf(stderr, "usage: cputest 6502 --bin FILE --load ADDR --start ADDR --success ADDR\n");
        return 2;
    }
    /* flat RAM, no logging: map the bus memory directly */
    ct_bus *bus = calloc(1, sizeof(*bus));
    if (!bus || ct_bus_init(bus, "program", 16)) {
        free(bus);
        return 2;
    }
    as_map_ram(&bus->space, 0, 0xffff, bus->ram);
    if (load_file(a.file, bus->ram, a.load) < 0) {
        fprintf(stderr, "%s: cannot read\n", a.file);
        ct_bus_free(bus);
        free(bus);
        return 2;
    }
    m6502_t cpu;
    m6502_init(&cpu, &bus->space, NULL);
    cpu.s = 0xfd;
    cpu.pc = (u16)a.start;
    unsigned long long total = 0;
    const unsigned long long limit = 2000000000ull;
    for (;;) {
        u16 before = cpu.pc;
        total += (unsigned)m6502_execute(&cpu, 1);
        if (cpu.pc == before || total > limit)
            break;
    }
    printf("stopped at $%04X after %llu cycles (success address $%04X)\n", cpu.pc, total, a.success);
    int ok = cpu.pc == a.success;
    printf("%s\n", ok ? "PASS" : "FAIL");
    ct_bus_free(bus);
    free(bus);
    return ok ? 0 : 1;
}

const ct_adapter ct_m6502 = { "6502", "m6502", create, destroy, run_case, NULL, run_bin };
