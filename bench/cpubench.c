/* cpubench: emulated clock rate of every CPU core on its own CPU-heavy
   program, in a flat 64 KiB RAM space (the page-table fast path), plus a
   baseline of plain host C in the same invocation so figures from noisy
   machines can be compared as ratios.
   Usage: cpubench [emulated-megacycles per core, default 200] [core...] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench/cpubench.h"

#define CB_PROGRAM(x) extern const cb_program x __attribute__((weak));
CB_PROGRAM(cb_prog_z80)
CB_PROGRAM(cb_prog_i8080)
CB_PROGRAM(cb_prog_m6502)
CB_PROGRAM(cb_prog_m6809)
CB_PROGRAM(cb_prog_m6800)
CB_PROGRAM(cb_prog_mcs48)

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Host baseline: the same kind of work in C (rotating checksum over 4 KiB),
   in millions of bytes per second. */
static double baseline_mbps(void)
{
    static const size_t size = 4096;
    unsigned char *buf = malloc(size);
    if (!buf)
        return 0;
    for (size_t i = 0; i < size; i++)
        buf[i] = (unsigned char)(i * 7);
    volatile unsigned sink = 0;
    unsigned acc = 0;
    long passes = 0;
    double start = now_seconds(), t;
    do {
        for (int rep = 0; rep < 1000; rep++) {
            for (size_t i = 0; i < size; i++) {
                acc = ((acc + buf[i]) << 1 | (acc + buf[i]) >> 7) & 0xff;
                buf[i] = (unsigned char)acc;
            }
        }
        passes += 1000;
        t = now_seconds() - start;
    } while (t < 0.5);
    sink = acc;
    (void)sink;
    free(buf);
    return (double)passes * size / t / 1e6;
}

static double run_program(const cb_program *p, long long cycles)
{
    static unsigned char ram[0x10000];
    memset(ram, 0, sizeof(ram));
    for (const cb_chunk *c = p->chunks; c->len; c++)
        memcpy(ram + c->addr, c->data, c->len);
    address_space_t prog, io;
    as_init(&prog, "program", 16, 8, 0xff);
    as_map_ram(&prog, 0, 0xffff, ram);
    as_init(&io, "io", 16, 8, 0xff);
    void *cpu = calloc(1, p->core->size);
    p->core->init(cpu, &prog, &io);
    p->core->reset(cpu);
    long long done = 0;
    double start = now_seconds();
    while (done < cycles)
        done += p->core->execute(cpu, 1000000);
    double t = now_seconds() - start;
    free(cpu);
    as_free(&prog);
    as_free(&io);
    return (double)done / t / 1e6;
}

int main(int argc, char **argv)
{
    long long mcycles = argc > 1 ? atoll(argv[1]) : 200;
    if (mcycles <= 0)
        mcycles = 200;
    const cb_program *all[] = { &cb_prog_z80, &cb_prog_i8080, &cb_prog_m6502,
                                &cb_prog_m6809, &cb_prog_m6800, &cb_prog_mcs48 };
    double base = baseline_mbps();
    printf("baseline (host C checksum): %.0f MB/s\n", base);
    printf("%-8s %10s %14s  %s\n", "core", "MHz", "MHz/(GB/s)", "program");
    for (size_t i = 0; i < ARRAY_LEN(all); i++) {
        const cb_program *p = all[i];
        if (!p)
            continue;
        bool wanted = argc <= 2;
        for (int a = 2; a < argc; a++)
            wanted |= !strcmp(argv[a], p->core->id);
        if (!wanted)
            continue;
        double mhz = run_program(p, mcycles * 1000000);
        printf("%-8s %10.1f %14.1f  %s\n", p->core->id, mhz, mhz / (base / 1000.0), p->what);
    }
    return 0;
}
