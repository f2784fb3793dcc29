/* Memory as the debugger sees it: the driver's map entries (kinds, regions,
   handler names), side-effect-free reads that never call a handler (only
   the driver's peek function of a handler range, when it gives one), and the
   disassembly of any CPU's code. */
#include <string.h>
#include <strings.h>

#include "frontend/debug/dbg.h"

int dbg_space_parse(const char *name)
{
    if (!strcasecmp(name, "program") || !strcasecmp(name, "p") || !strcasecmp(name, "mem"))
        return DBG_SPACE_PROGRAM;
    if (!strcasecmp(name, "io") || !strcasecmp(name, "i") || !strcasecmp(name, "port"))
        return DBG_SPACE_IO;
    if (!strcasecmp(name, "opcodes") || !strcasecmp(name, "o"))
        return DBG_SPACE_OPCODES;
    return -1;
}

static const char *const space_names[] = { "program", "io", "opcodes" };

address_space_t *dbg_space(machine_t *m, int cpu, int space)
{
    cpu_slot *c = &m->cpus[cpu];
    if (space == DBG_SPACE_PROGRAM)
        return &c->program.as;
    if (space == DBG_SPACE_IO)
        return c->io.as.pages ? &c->io.as : NULL;
    return c->has_opcodes ? &c->opcodes.as : NULL;
}

static mem_space *space_of(machine_t *m, int cpu, int space)
{
    cpu_slot *c = &m->cpus[cpu];
    return space == DBG_SPACE_PROGRAM ? &c->program : space == DBG_SPACE_IO ? &c->io : &c->opcodes;
}

const mem_map_entry *dbg_space_map(machine_t *m, int cpu, int space)
{
    const cpu_params *p = m->cpus[cpu].dev->cfg->params;
    if (!p)
        return NULL;
    return space == DBG_SPACE_PROGRAM ? p->program : space == DBG_SPACE_IO ? p->io : p->opcodes;
}

/* The entry that decides address a (later entries override earlier ones). */
static const mem_map_entry *entry_at(const mem_map_entry *map, u32 a)
{
    const mem_map_entry *found = NULL;
    for (const mem_map_entry *e = map; e && e->kind != MAP_KIND_END; e++) {
        u32 s = a & ~e->mirror;
        if (s >= e->start && s <= e->end)
            found = e;
    }
    return found;
}

/* The byte behind a ROM/RAM-like entry, or NULL. */
static u8 *entry_byte(machine_t *m, int cpu, int space, const mem_map_entry *e, u32 a)
{
    u32 off = (a & ~e->mirror) - e->start;
    switch (e->kind) {
    case MAP_KIND_ROM:
    case MAP_KIND_RGN_RAM: {
        mem_region *r = machine_region(m, e->region);
        return r && e->region_offset + off < r->size ? r->data + e->region_offset + off : NULL;
    }
    case MAP_KIND_RAM:
    case MAP_KIND_WRITEONLY:
        return (u8 *)space_of(m, cpu, space)->drv + e->drv_offset + off;
    default:
        return NULL;
    }
}

bool dbg_read_nofx(machine_t *m, int cpu, int space, u32 a, u8 *v)
{
    address_space_t *as = dbg_space(m, cpu, space);
    if (!as)
        return false;
    a &= as->addr_mask;
    const bus_page *pg = &as->pages[a >> as->page_shift];
    if (pg->rbase) { /* plain memory: the quick way */
        *v = pg->rbase[a & as->page_mask];
        return true;
    }
    const mem_map_entry *e = entry_at(dbg_space_map(m, cpu, space), a);
    if (e) {
        u8 *p = entry_byte(m, cpu, space, e, a);
        if (p) {
            *v = *p;
            return true;
        }
        if (e->kind == MAP_KIND_VALUE) {
            *v = (u8)e->region_offset;
            return true;
        }
        if (e->kind == MAP_KIND_IO && e->peek) {
            int b = e->peek(space_of(m, cpu, space)->drv, (a & ~e->mirror) - e->start);
            if (b >= 0) {
                *v = (u8)b;
                return true;
            }
        }
    }
    return false;
}

bool dbg_write_nofx(machine_t *m, int cpu, int space, u32 a, u8 v)
{
    address_space_t *as = dbg_space(m, cpu, space);
    if (!as)
        return false;
    a &= as->addr_mask;
    const mem_map_entry *e = entry_at(dbg_space_map(m, cpu, space), a);
    u8 *p = e ? entry_byte(m, cpu, space, e, a) : NULL;
    if (!p && e && e->kind == MAP_KIND_BANK) {
        bus_page *pg = &as->pages[a >> as->page_shift];
        p = pg->wbase ? pg->wbase + (a & as->page_mask) : NULL;
    }
    if (!p)
        return false;
    *p = v;
    return true;
}

/* An instruction's bytes as the CPU fetches them: the opcode from the
   opcodes space of a CPU with one (decrypted), operands from the program. */
void dbg_fetch_bytes(machine_t *m, int cpu, u32 pc, u8 *op, int n)
{
    cpu_slot *c = &m->cpus[cpu];
    const address_space_t *as = &c->program.as;
    u32 a = pc & as->addr_mask;
    const bus_page *pg = &as->pages[a >> as->page_shift];
    if (!c->has_opcodes && pg->rbase && (a & as->page_mask) + (u32)n <= as->page_mask) {
        memcpy(op, pg->rbase + (a & as->page_mask), (size_t)n); /* within one plain page */
        return;
    }
    for (int i = 0; i < n; i++) {
        int space = c->has_opcodes && i == 0 ? DBG_SPACE_OPCODES : DBG_SPACE_PROGRAM;
        if (!dbg_read_nofx(m, cpu, space, pc + (u32)i, &op[i]))
            op[i] = 0xff;
    }
}

int dbg_disasm(machine_t *m, int cpu, u32 pc, char *buf, size_t n, u8 *bytes)
{
    u8 op[8];
    dbg_fetch_bytes(m, cpu, pc, op, 8);
    int len = m->cpus[cpu].ops->disasm(buf, n, pc, op);
    if (len < 1)
        len = 1;
    if (bytes)
        memcpy(bytes, op, (size_t)(len < 8 ? len : 8));
    return len;
}

static const char *kind_name(map_kind k)
{
    static const char *const names[] = { "end", "ROM", "RAM", "RGN_RAM", "IO", "NOP", "BANK",
                                         "PORT", "DEVICE", "VALUE", "WRITEONLY" };
    return (unsigned)k < sizeof(names) / sizeof(names[0]) ? names[k] : "?";
}

static void handler_names(FILE *out, const mem_map_entry *e)
{
    if (e->r)
        fprintf(out, " r=%s", e->rname ? e->rname : "?");
    if (e->w)
        fprintf(out, " w=%s", e->wname ? e->wname : "?");
    if (e->peek)
        fprintf(out, " peek=%s", e->pname ? e->pname : "?");
}

static void print_entry(FILE *out, const mem_map_entry *e, int digits)
{
    fprintf(out, "%0*X-%0*X", digits, (unsigned)e->start, digits, (unsigned)e->end);
    if (e->mirror)
        fprintf(out, " mirror %0*X", digits, (unsigned)e->mirror);
    else
        fprintf(out, "%*s", digits + 8, "");
    fprintf(out, "  %-9s", kind_name(e->kind));
    switch (e->kind) {
    case MAP_KIND_ROM:
    case MAP_KIND_RGN_RAM:
        fprintf(out, " region %s+%X", e->region, (unsigned)e->region_offset);
        break;
    case MAP_KIND_RAM:
    case MAP_KIND_WRITEONLY:
        fprintf(out, " field %s", e->rname ? e->rname : "?");
        break;
    case MAP_KIND_IO:
        handler_names(out, e);
        break;
    case MAP_KIND_DEVICE:
        fprintf(out, " device %s", e->region);
        handler_names(out, e);
        break;
    case MAP_KIND_PORT:
        fprintf(out, " port %s", e->region);
        break;
    case MAP_KIND_BANK:
        fprintf(out, " bank %u", (unsigned)e->bank);
        break;
    case MAP_KIND_VALUE:
        fprintf(out, " value %02X", (unsigned)e->region_offset);
        break;
    default:
        break;
    }
    fputc('\n', out);
}

void dbg_map_print(FILE *out, machine_t *m, int cpu, int space)
{
    const mem_map_entry *map = dbg_space_map(m, cpu, space);
    address_space_t *as = dbg_space(m, cpu, space);
    if (!map || !as) {
        fprintf(out, "%s has no %s space\n", m->cpus[cpu].dev->tag, space_names[space]);
        return;
    }
    int digits = as->addr_mask > 0xffff ? 6 : as->addr_mask > 0xff ? 4 : 2;
    fprintf(out, "%s space of %s (%s), later lines override earlier ones:\n", space_names[space],
            m->cpus[cpu].dev->tag, m->cpus[cpu].ops->name);
    for (const mem_map_entry *e = map; e->kind != MAP_KIND_END; e++)
        print_entry(out, e, digits);
}
