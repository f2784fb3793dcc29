/* Declarative memory maps: a driver lists its address ranges as static data,
   and the machine turns each list into an address space (bus.h) at start. */
#ifndef CABINET_MEMORY_H
#define CABINET_MEMORY_H

#include "emu/bus.h"
#include "emu/input.h"
#include "emu/region.h"

typedef enum {
    MAP_KIND_END = 0,
    MAP_KIND_ROM,  /* read-only bytes from a region */
    MAP_KIND_RAM,  /* bytes inside the driver's state struct */
    MAP_KIND_RGN_RAM, /* writable bytes inside a region */
    MAP_KIND_IO,   /* handler functions */
    MAP_KIND_NOP,  /* reads give the unmapped value, writes are ignored, silently */
    MAP_KIND_BANK, /* a window whose base the driver selects at run time */
    MAP_KIND_PORT, /* reads an input port (by tag, resolved when the map is built); writes unmapped */
    MAP_KIND_DEVICE, /* handler functions whose ctx is a device's instance (by tag) */
    MAP_KIND_VALUE, /* reads give a fixed byte (a floating bus); writes unmapped */
    MAP_KIND_WRITEONLY, /* writes land in the driver state; reads unmapped */
} map_kind;

/* A side-effect-free read for the debugger (dump, disassembly, traces):
   the byte at offset, or -1 when it can't be known without the access. */
typedef int (*peek8_fn)(void *ctx, offs_t offset);

typedef struct mem_map_entry {
    offs_t start, end, mirror; /* mirror: address bits that are ignored */
    map_kind kind;
    const char *region;        /* ROM, RGN_RAM: region tag; PORT: input port tag; DEVICE: device tag */
    offs_t region_offset;      /* VALUE: the byte reads give */
    size_t drv_offset;         /* RAM: offsetof(driver_state, field) */
    read8_fn r;                /* IO: ctx is the driver state; DEVICE: the device's instance */
    write8_fn w;
    u8 bank;                   /* BANK: bank number */
    const char *rname, *wname; /* C names for the debugger's map: IO, DEVICE handlers; RAM field */
    peek8_fn peek;             /* IO: the byte a read would give, without its side effects (optional) */
    const char *pname;         /* its C name */
} mem_map_entry;

#define MAP_ROM(s, e, mir, rgn, off) { (s), (e), (mir), MAP_KIND_ROM, (rgn), (off), 0, NULL, NULL, 0, NULL, NULL, NULL, NULL }
#define MAP_RAM(s, e, mir, T, field) { (s), (e), (mir), MAP_KIND_RAM, NULL, 0, offsetof(T, field), NULL, NULL, 0, #field, NULL, NULL, NULL }
#define MAP_REGION_RAM(s, e, mir, rgn, off) { (s), (e), (mir), MAP_KIND_RGN_RAM, (rgn), (off), 0, NULL, NULL, 0, NULL, NULL, NULL, NULL }
#define MAP_IO(s, e, mir, rf, wf) { (s), (e), (mir), MAP_KIND_IO, NULL, 0, 0, (rf), (wf), 0, #rf, #wf, NULL, NULL }
/* MAP_IO whose reads the debugger may make through pf (a peek8_fn) */
#define MAP_IO_PEEK(s, e, mir, rf, wf, pf) { (s), (e), (mir), MAP_KIND_IO, NULL, 0, 0, (rf), (wf), 0, #rf, #wf, (pf), #pf }
#define MAP_READ(s, e, mir, rf) MAP_IO(s, e, mir, rf, NULL)
#define MAP_WRITE(s, e, mir, wf) MAP_IO(s, e, mir, NULL, wf)
#define MAP_NOP(s, e, mir) { (s), (e), (mir), MAP_KIND_NOP, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL, NULL }
#define MAP_BANK(s, e, mir, id) { (s), (e), (mir), MAP_KIND_BANK, NULL, 0, 0, NULL, NULL, (id), NULL, NULL, NULL, NULL }
/* MAME's .portr("IN0"): reads give the port's value latched for this frame. */
#define MAP_PORT(s, e, mir, tag) { (s), (e), (mir), MAP_KIND_PORT, (tag), 0, 0, NULL, NULL, 0, NULL, NULL, NULL, NULL }
/* MAME's .rw("soundlatch", ...): handlers called with the device's instance
   (e.g. gen_latch_r, watchdog_reset_w, ls259_d0_w), so a driver needs no
   forwarding handler. */
#define MAP_DEVICE(s, e, mir, tag, rf, wf) { (s), (e), (mir), MAP_KIND_DEVICE, (tag), 0, 0, (rf), (wf), 0, #rf, #wf, NULL, NULL }
#define MAP_DEVICE_READ(s, e, mir, tag, rf) MAP_DEVICE(s, e, mir, tag, rf, NULL)
#define MAP_DEVICE_WRITE(s, e, mir, tag, wf) MAP_DEVICE(s, e, mir, tag, NULL, wf)
/* A range whose reads give a fixed byte, e.g. MAP_VALUE(0x4800, 0x4bff,
   0xa000, 0xbf) for a bus that floats to BFh. */
#define MAP_VALUE(s, e, mir, v) { (s), (e), (mir), MAP_KIND_VALUE, NULL, (v), 0, NULL, NULL, 0, NULL, NULL, NULL, NULL }
/* MAME's .writeonly().share(): a latch or RAM the CPU writes and something
   else reads (sprite coordinates, an interrupt vector). */
#define MAP_WRITEONLY(s, e, mir, T, field) \
    { (s), (e), (mir), MAP_KIND_WRITEONLY, NULL, 0, offsetof(T, field), NULL, NULL, 0, #field, NULL, NULL, NULL }
#define MAP_END { 0, 0, 0, MAP_KIND_END, NULL, 0, 0, NULL, NULL, 0, NULL, NULL, NULL, NULL }

/* Builds `as` from `map`. Later entries override earlier ones where they
   overlap. Ranges that do not cover whole pages are dispatched through a
   per-page table. Errors (unknown region, range past the region end) are
   written to err and return -1. MAP_PORT and MAP_DEVICE entries look their tag up
   through `env` (an unknown tag is an error). */
typedef struct split_page split_page;
typedef struct mem_space {
    address_space_t as;
    split_page *splits;    /* sub-page dispatch, owned */
    struct map_target *targets; /* resolved entries, owned */
    int num_splits;
    void *drv;
    /* banks: each MAP_BANK entry's pages follow the selected base */
    struct bank_window { offs_t start, end, mirror; u8 id; int target; } banks[8];
    int num_banks;
} mem_space;

/* What map entries naming things by tag resolve against (either may be NULL). */
typedef struct map_env {
    const input_ports *inputs;
    void *(*device)(void *ctx, const char *tag); /* a device's instance, or NULL */
    void *device_ctx;
} map_env;

int mem_space_build(mem_space *ms, const char *name, int addr_bits, const mem_map_entry *map, void *drv,
                    size_t drv_size, region_list *regions, const map_env *env, char *err, size_t errlen);
void mem_space_free(mem_space *ms);
/* Points bank `id` at base (read/write if writable, else read-only). */
void mem_space_set_bank(mem_space *ms, u8 id, u8 *base, bool writable);

#endif
