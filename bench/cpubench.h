/* CPU benchmark programs: each core supplies one CPU-heavy program of its
   own (bench/prog_<cpu>.c) that loops forever, e.g. a checksum over memory.
   cpubench.c loads it into a flat 64 KiB RAM space and measures emulated
   cycles per host second. */
#ifndef CABINET_CPUBENCH_H
#define CABINET_CPUBENCH_H

#include "cpu/cpu.h"

typedef struct cb_chunk {
    u16 addr;
    const u8 *data;
    size_t len;
} cb_chunk;

typedef struct cb_program {
    const cpu_core_ops *core;
    const char *what;        /* one line: what the program does */
    const cb_chunk *chunks;  /* loaded before reset (include reset vectors); ends with len 0 */
} cb_program;

#endif
