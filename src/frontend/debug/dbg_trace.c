/* Instruction traces: one line per instruction (CPU, PC, disassembly,
   registers after it, the CPU's cycle count after it) and one per interrupt
   acknowledge ("--- IRQ (vector 0038) ---" instead of PC and disassembly),
   or the same facts in a compact binary form that `cabinet -tracedump FILE`
   turns back into the very same lines. Binary layout (little-endian):
     "CABTRACE" u8 version(2) u8 ncpus, per CPU: u8 len, tag, u8 len, core id
     records: u8 cpu, u8 n, n opcode bytes, varint pc, varint cycle delta,
              varint changed-register mask, then a u16 per changed register;
              an interrupt: u8 0x80|cpu, u8 kind (CPU_INT_*), varint bus+1,
              varint vector+1 (0: none), then as an instruction from the
              cycle delta on. Version 1 files (no interrupt records) read too. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/i8080.h"
#include "cpu/m6502.h"
#include "cpu/m6800.h"
#include "cpu/m6809.h"
#include "cpu/mcs48.h"
#include "cpu/z80.h"
#include "frontend/debug/dbg.h"
#include "frontend/options.h"

#define DASM_CACHE 4096 /* entries of the text trace's disassembly cache */
typedef struct dbg_dasm_entry {
    u32 pc;
    s16 cpu; /* -1: empty */
    u8 len;
    u8 bytes[8];
    char text[48];
} dbg_dasm_entry;

static const char magic[8] = { 'C', 'A', 'B', 'T', 'R', 'A', 'C', 'E' };

static const char hexdigits[] = "0123456789ABCDEF";

static size_t put_hex(char *p, u32 v, int digits)
{
    for (int k = digits - 1; k >= 0; k--)
        *p++ = hexdigits[(v >> (4 * k)) & 15];
    return (size_t)digits;
}

static size_t put_padded(char *p, const char *s, size_t width)
{
    size_t n = strlen(s);
    memcpy(p, s, n);
    for (; n < width; n++)
        p[n] = ' ';
    return n;
}

/* "tag      PC: dasm (22 wide) regs cyc=N\n", formatted by hand: the text
   trace writes one per instruction. buf must hold 64 + strlen of the parts. */
int dbg_trace_line(char *buf, size_t n, const char *tag, const char *dasm, u32 pc, u64 cycles, const char *regs)
{
    if (n < 120 + strlen(tag) + strlen(dasm) + strlen(regs)) {
        buf[0] = '\0';
        return 0;
    }
    char *p = buf;
    p += put_padded(p, tag, 8);
    *p++ = ' ';
    p += put_hex(p, pc, pc > 0xffff ? 6 : 4);
    *p++ = ':';
    *p++ = ' ';
    p += put_padded(p, dasm, 22);
    *p++ = ' ';
    size_t rl = strlen(regs);
    memcpy(p, regs, rl);
    p += rl;
    memcpy(p, " cyc=", 5);
    p += 5;
    char digits[24];
    int nd = 0;
    do {
        digits[nd++] = (char)('0' + cycles % 10);
        cycles /= 10;
    } while (cycles);
    while (nd)
        *p++ = digits[--nd];
    *p++ = '\n';
    *p = '\0';
    return (int)(p - buf);
}

int dbg_interrupt_label(char *buf, size_t n, int kind, int bus, s32 vector)
{
    static const char *const names[] = { "interrupt", "IRQ", "NMI", "FIRQ", "TIMER", "RESET" };
    const char *name = kind >= 0 && kind < (int)(sizeof(names) / sizeof(names[0])) ? names[kind] : names[0];
    char bus_s[16] = "", vec_s[24] = "";
    if (bus >= 0)
        snprintf(bus_s, sizeof(bus_s), "bus %02X", bus & 0xff);
    if (vector >= 0)
        snprintf(vec_s, sizeof(vec_s), "vector %0*X", vector > 0xffff ? 6 : 4, (unsigned)vector);
    if (bus < 0 && vector < 0)
        return snprintf(buf, n, "--- %s ---", name);
    return snprintf(buf, n, "--- %s (%s%s%s) ---", name, bus_s, bus >= 0 && vector >= 0 ? ", " : "", vec_s);
}

int dbg_trace_irq_line(char *buf, size_t n, const char *tag, const char *label, u64 cycles, const char *regs)
{
    return snprintf(buf, n, "%-8s %-28s %s cyc=%llu\n", tag, label, regs, (unsigned long long)cycles);
}

static size_t put_varint(u8 *p, u64 v)
{
    size_t n = 0;
    do {
        u8 b = v & 0x7f;
        v >>= 7;
        p[n++] = v ? b | 0x80 : b;
    } while (v);
    return n;
}

static void flush_buf(dbg_trace *t);

static void write_header(debugger *d)
{
    machine_t *m = d->m;
    fwrite(magic, 1, sizeof(magic), d->trace.f);
    fputc(2, d->trace.f);
    fputc(m->num_cpus, d->trace.f);
    for (int i = 0; i < m->num_cpus; i++) {
        const char *s[2] = { m->cpus[i].dev->tag, m->cpus[i].ops->id };
        for (int k = 0; k < 2; k++) {
            fputc((int)strlen(s[k]), d->trace.f);
            fputs(s[k], d->trace.f);
        }
    }
}

int dbg_trace_open(debugger *d, const char *path, int cpu, bool binary, char *err, size_t errlen)
{
    dbg_trace_close(d);
    dbg_trace *t = &d->trace;
    memset(t, 0, sizeof(*t));
    t->f = fopen(path, binary ? "wb" : "w");
    if (!t->f) {
        snprintf(err, errlen, "%s: cannot create: %s", path, strerror(errno));
        return -1;
    }
    setvbuf(t->f, NULL, _IOFBF, 1 << 16);
    snprintf(t->path, sizeof(t->path), "%s", path);
    t->cpu = cpu;
    t->binary = binary;
    for (int v = 0; v < 256; v++) {
        t->hex2[v][0] = hexdigits[v >> 4];
        t->hex2[v][1] = hexdigits[v & 15];
    }
    if (!binary) {
        t->cache = malloc(DASM_CACHE * sizeof(*t->cache));
        if (!t->cache) {
            fclose(t->f);
            t->f = NULL;
            snprintf(err, errlen, "%s: out of memory", path);
            return -1;
        }
        for (int i = 0; i < DASM_CACHE; i++)
            t->cache[i].cpu = -1;
    }
    for (int i = 0; i < d->m->num_cpus; i++) {
        t->nregs[i] = dbg_reg_layout(&d->m->cpus[i], t->reg_off[i], t->reg_size[i]);
        for (int k = 1; k < t->nregs[i]; k++) {
            /* " NAME=" (no space before the first), at most 8 bytes */
            int n = snprintf(t->reg_prefix[i][k], sizeof(t->reg_prefix[i][k]), "%s%s=", k > 1 ? " " : "",
                             dbg_reg_name(&d->m->cpus[i], k));
            t->reg_name_len[i][k] = (u8)(n < 8 ? n : 8);
        }
    }
    if (binary)
        write_header(d);
    return 0;
}

void dbg_trace_close(debugger *d)
{
    if (d->trace.f && d->trace.len)
        flush_buf(&d->trace);
    if (d->trace.f && (ferror(d->trace.f) | fclose(d->trace.f)))
        fprintf(stderr, "%s: write error: the trace is incomplete\n", d->trace.path);
    d->trace.f = NULL;
    free(d->trace.cache);
    d->trace.cache = NULL;
}

static void flush_buf(dbg_trace *t)
{
    fwrite(t->buf, 1, t->len, t->f);
    t->len = 0;
}

/* One register's value, straight from the core's struct. */
static u16 reg_value(const dbg_trace *t, const cpu_slot *c, int cpu, int i)
{
    const u8 *p = (const u8 *)c->core + t->reg_off[cpu][i];
    switch (t->reg_size[cpu][i]) {
    case 1: return *p;
    case 2: {
        u16 v;
        memcpy(&v, p, 2);
        return v;
    }
    default: return (u16)dbg_reg_get(c, i);
    }
}

/* The cycle delta and the changed registers, from rec + n on; the record's length. */
static size_t binary_tail(dbg_trace *t, const cpu_slot *c, int cpu, u8 *rec, size_t n)
{
    n += put_varint(rec + n, c->total_cycles - t->last_cycles[cpu]);
    t->last_cycles[cpu] = c->total_cycles;
    int count = t->nregs[cpu];
    u16 *last = t->last_regs[cpu];
    u32 mask = 0;
    u8 vals[DBG_MAX_REGS * 2];
    size_t nv = 0;
    for (int i = 0; i < count; i++) {
        u16 v = reg_value(t, c, cpu, i);
        if (v != last[i] || !t->started[cpu]) {
            mask |= 1u << i;
            last[i] = v;
            vals[nv++] = v & 0xff;
            vals[nv++] = (u8)(v >> 8);
        }
    }
    t->started[cpu] = true;
    n += put_varint(rec + n, mask);
    memcpy(rec + n, vals, nv);
    return n + nv;
}

static void trace_binary(debugger *d, int cpu, u32 pc, const u8 *bytes, int len)
{
    dbg_trace *t = &d->trace;
    cpu_slot *c = &d->m->cpus[cpu];
    if (t->len > sizeof(t->buf) - 128)
        flush_buf(t);
    u8 *rec = t->buf + t->len;
    size_t n = 0;
    rec[n++] = (u8)cpu;
    rec[n++] = (u8)len;
    memcpy(rec + n, bytes, (size_t)len);
    n += (size_t)len;
    n += put_varint(rec + n, pc);
    t->len += binary_tail(t, c, cpu, rec, n);
}

/* Code runs in loops: the text trace keeps each instruction's disassembly,
   checked against its bytes (code in RAM may change). */

static const char *cached_dasm(dbg_trace *t, const cpu_slot *c, int cpu, u32 pc, const u8 *bytes)
{
    dbg_dasm_entry *e = &t->cache[(pc ^ ((u32)cpu << 10)) & (DASM_CACHE - 1)];
    if (e->cpu == cpu && e->pc == pc && !memcmp(e->bytes, bytes, e->len))
        return e->text;
    int len = c->ops->disasm(e->text, sizeof(e->text), pc, bytes);
    e->len = (u8)(len < 1 ? 1 : len > 8 ? 8 : len);
    memcpy(e->bytes, bytes, e->len);
    e->pc = pc;
    e->cpu = (s16)cpu;
    return e->text;
}

/* The registers as dbg_regs_format writes them, from the layout noted at
   open (a computed register through dbg_reg_get). */
static size_t format_regs(const dbg_trace *t, const cpu_slot *c, int cpu, char *p)
{
    char *start = p;
    for (int i = 1; i < t->nregs[cpu]; i++) {
        /* " NAME=" was prepared at open */
        memcpy(p, t->reg_prefix[cpu][i], 8);
        p += t->reg_name_len[cpu][i];
        u16 v = reg_value(t, c, cpu, i);
        if (t->reg_size[cpu][i] == 2) {
            memcpy(p, t->hex2[v >> 8], 2);
            p += 2;
        }
        memcpy(p, t->hex2[v & 0xff], 2);
        p += 2;
    }
    *p = '\0';
    return (size_t)(p - start);
}

/* The text line of dbg_trace_line, written straight into the buffer. */
static void trace_text(dbg_trace *t, const cpu_slot *c, int cpu, u32 pc, const u8 *bytes)
{
    if (t->len > sizeof(t->buf) - 600)
        flush_buf(t);
    char *start = (char *)t->buf + t->len, *p = start;
    p += put_padded(p, c->dev->tag, 8);
    *p++ = ' ';
    p += put_hex(p, pc, pc > 0xffff ? 6 : 4);
    *p++ = ':';
    *p++ = ' ';
    p += put_padded(p, cached_dasm(t, c, cpu, pc, bytes), 22);
    *p++ = ' ';
    p += format_regs(t, c, cpu, p);
    memcpy(p, " cyc=", 5);
    p += 5;
    char digits[24];
    int nd = 0;
    u64 cycles = c->total_cycles;
    do {
        digits[nd++] = (char)('0' + cycles % 10);
        cycles /= 10;
    } while (cycles);
    while (nd)
        *p++ = digits[--nd];
    *p++ = '\n';
    t->len += (size_t)(p - start);
}

void dbg_trace_step(debugger *d, int cpu, u32 pc, const u8 *bytes, int len)
{
    dbg_trace *t = &d->trace;
    if (!t->f || (t->cpu >= 0 && t->cpu != cpu))
        return;
    if (t->binary)
        trace_binary(d, cpu, pc, bytes, len);
    else
        trace_text(t, &d->m->cpus[cpu], cpu, pc, bytes);
}

void dbg_trace_interrupt(debugger *d, int cpu)
{
    dbg_trace *t = &d->trace;
    if (!t->f || (t->cpu >= 0 && t->cpu != cpu))
        return;
    cpu_slot *c = &d->m->cpus[cpu];
    const cpu_base *b = c->core;
    if (t->len > sizeof(t->buf) - 600)
        flush_buf(t);
    if (t->binary) {
        u8 *rec = t->buf + t->len;
        size_t n = 0;
        rec[n++] = (u8)(0x80 | cpu);
        rec[n++] = b->int_kind;
        n += put_varint(rec + n, (u64)(b->int_bus + 1));
        n += put_varint(rec + n, (u64)((s64)b->int_vector + 1));
        t->len += binary_tail(t, c, cpu, rec, n);
        return;
    }
    char label[64], regs[320];
    dbg_interrupt_label(label, sizeof(label), b->int_kind, b->int_bus, b->int_vector);
    format_regs(t, c, cpu, regs);
    t->len += (size_t)dbg_trace_irq_line((char *)t->buf + t->len, sizeof(t->buf) - t->len, c->dev->tag, label,
                                         c->total_cycles, regs);
}

/* ---- the reader ---- */

static const cpu_core_ops *const known_cores[] = { &z80_core, &i8080_core, &m6502_core, &m6809_core,
                                                   &m6800_core, &m6808_core, &mcs48_core };

static const cpu_core_ops *core_by_id(const char *id)
{
    for (size_t i = 0; i < sizeof(known_cores) / sizeof(known_cores[0]); i++)
        if (!strcmp(known_cores[i]->id, id))
            return known_cores[i];
    return NULL;
}

typedef struct reader_cpu {
    char tag[256];
    cpu_slot slot; /* ops, and a scratch core holding the registers */
    u64 cycles;
} reader_cpu;

static int get_varint(FILE *f, u64 *v)
{
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        int b = fgetc(f);
        if (b == EOF)
            return -1;
        *v |= (u64)(b & 0x7f) << shift;
        if (!(b & 0x80))
            return 0;
    }
    return -1;
}

static int read_str(FILE *f, char *buf, size_t n)
{
    int len = fgetc(f);
    if (len == EOF || (size_t)len >= n || fread(buf, 1, (size_t)len, f) != (size_t)len)
        return -1;
    buf[len] = '\0';
    return 0;
}

static int read_header(FILE *f, reader_cpu *cpus, int *ncpus)
{
    char m[8], id[256];
    if (fread(m, 1, 8, f) != 8 || memcmp(m, magic, 8))
        return -1;
    int version = fgetc(f);
    if (version != 1 && version != 2)
        return -1;
    *ncpus = fgetc(f);
    if (*ncpus < 1 || *ncpus > MAX_CPUS)
        return -1;
    for (int i = 0; i < *ncpus; i++) {
        if (read_str(f, cpus[i].tag, sizeof(cpus[i].tag)) || read_str(f, id, sizeof(id)))
            return -1;
        cpus[i].slot.ops = core_by_id(id);
        if (!cpus[i].slot.ops || !(cpus[i].slot.core = calloc(1, cpus[i].slot.ops->size)))
            return -1;
    }
    return 0;
}

/* The cycle delta and changed registers of a record into r; -1: damaged. */
static int read_tail(FILE *f, reader_cpu *r)
{
    u64 delta, mask;
    if (get_varint(f, &delta) || get_varint(f, &mask))
        return -1;
    int n = dbg_reg_count(&r->slot);
    for (int i = 0; i < n; i++) {
        if (!(mask & (1u << i)))
            continue;
        int lo = fgetc(f), hi = fgetc(f);
        if (hi == EOF)
            return -1;
        dbg_reg_set(&r->slot, i, (u32)(lo | hi << 8));
    }
    r->cycles += delta;
    return 0;
}

static int dump_interrupt(FILE *f, FILE *out, reader_cpu *r)
{
    int kind = fgetc(f);
    u64 bus, vector;
    if (kind == EOF || get_varint(f, &bus) || get_varint(f, &vector) || bus > 0x100 || vector > 0x1000000 ||
        read_tail(f, r))
        return -1;
    char label[64], regs[256], line[600];
    dbg_interrupt_label(label, sizeof(label), kind, (int)bus - 1, (s32)vector - 1);
    dbg_regs_format(&r->slot, regs, sizeof(regs));
    dbg_trace_irq_line(line, sizeof(line), r->tag, label, r->cycles, regs);
    fputs(line, out);
    return 0;
}

/* One record; 1: clean end of file, -1: damaged. */
static int dump_record(FILE *f, FILE *out, reader_cpu *cpus, int ncpus)
{
    int cpu = fgetc(f);
    if (cpu == EOF)
        return 1;
    if (cpu & 0x80)
        return (cpu & 0x7f) < ncpus ? dump_interrupt(f, out, &cpus[cpu & 0x7f]) : -1;
    int len = fgetc(f);
    u8 op[8];
    memset(op, 0xff, sizeof(op));
    if (cpu >= ncpus || len < 1 || len > 8 || fread(op, 1, (size_t)len, f) != (size_t)len)
        return -1;
    u64 pc;
    if (get_varint(f, &pc))
        return -1;
    reader_cpu *r = &cpus[cpu];
    if (read_tail(f, r))
        return -1;
    char dasm[64], regs[256], line[600];
    r->slot.ops->disasm(dasm, sizeof(dasm), (u32)pc, op);
    dbg_regs_format(&r->slot, regs, sizeof(regs));
    dbg_trace_line(line, sizeof(line), r->tag, dasm, (u32)pc, r->cycles, regs);
    fputs(line, out);
    return 0;
}

int dbg_tracedump(const char *path, FILE *out, FILE *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(err, "%s: cannot open: %s\n", path, strerror(errno));
        return EXIT_FATAL;
    }
    reader_cpu *cpus = calloc(MAX_CPUS, sizeof(*cpus));
    int ncpus = 0, rc = EXIT_OK;
    long records = 0;
    if (!cpus || read_header(f, cpus, &ncpus)) {
        fprintf(err, "%s: not a Cabinet binary trace (bad header)\n", path);
        rc = EXIT_INVALID_CONFIG;
    }
    int r = 0;
    while (rc == EXIT_OK && (r = dump_record(f, out, cpus, ncpus)) == 0)
        records++;
    if (rc == EXIT_OK && r < 0) {
        fprintf(err, "%s: damaged record after %ld records\n", path, records);
        rc = EXIT_INVALID_CONFIG;
    }
    for (int i = 0; cpus && i < MAX_CPUS; i++)
        free(cpus[i].slot.core);
    free(cpus);
    fclose(f);
    return rc;
}
