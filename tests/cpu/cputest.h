/* The conformance runner's adapter interface: one adapter per CPU core
   (tests/cpu/ct_<cpu>.c), driven by cputest.c. */
#ifndef CABINET_CPUTEST_H
#define CABINET_CPUTEST_H

#include <cjson/cJSON.h>
#include <stdio.h>

#include "emu/bus.h"

typedef struct ct_adapter {
    const char *id;      /* name on the command line: "z80", "i8080", "6502", ... */
    const char *aliases; /* space-separated other names ("8080"), or NULL */
    void *(*create)(void);
    void (*destroy)(void *h);
    /* One SingleStepTests case. Returns 0 on pass; on failure writes
       "field: expected X, got Y" into why. */
    int (*run_case)(void *h, const cJSON *tc, char *why, size_t n);
    /* Optional whole-program modes; NULL when the core has none. They get the
       arguments after the CPU name and return the process exit status. */
    int (*run_cpm)(const char *path);
    int (*run_bin)(int argc, char **argv);
} ct_adapter;

/* JSON helpers: a missing key yields -1 from ct_num. */
long ct_num(const cJSON *obj, const char *key);

/* Appends "name: expected X, got Y" when they differ; returns 1 on mismatch. */
int ct_expect(char *why, size_t n, const char *name, long expected, long got);

/* A 64 KiB flat test bus: every access goes through a handler that records
   it (for per-cycle bus checks) and reads/writes ram[]. */
#define CT_MAX_LOG 64
typedef struct ct_access {
    unsigned addr, value;
    char kind; /* 'r' or 'w' */
    int cycle; /* cpu_cycles_run() of the core during the access, -1 without one */
} ct_access;

struct cpu_base;

typedef struct ct_bus {
    address_space_t space;
    unsigned char ram[0x10000];
    ct_access log[CT_MAX_LOG];
    int nlog;
    /* Optional: the running core, so each access records its cycle count. */
    const struct cpu_base *cpu;
} ct_bus;

int ct_bus_init(ct_bus *b, const char *name, int addr_bits);
void ct_bus_free(ct_bus *b);
/* Loads "ram":[[addr,val],...] from a test state object into the bus. */
void ct_bus_load(ct_bus *b, const cJSON *state);
/* Compares "ram" of a final state; returns mismatches (appending to why). */
int ct_bus_check(const ct_bus *b, const cJSON *state, char *why, size_t n);

#endif
