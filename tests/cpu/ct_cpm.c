#include "ct_cpm.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The BIOS/BDOS are a few bytes of 8080 code that trap into the harness via
   OUT instructions (valid on both the 8080 and the Z80):
     0000: OUT (FEh),A ; JP 0100h     first pass starts the program, later = warm boot
     0005: JP FE00h                   (0006h also tells programs the top of the TPA)
     FE00: OUT (FFh),A ; RET          BDOS call */
enum { PORT_BOOT = 0xfe, PORT_BDOS = 0xff };

typedef struct cpm_env {
    u8 ram[0x10000];
    const ct_cpm_ops *ops;
    void *cpu;
    int boots;
    bool done;
    char *out;
    size_t out_len, out_cap;
} cpm_env;

static void cpm_putc(cpm_env *e, char ch)
{
    putchar(ch);
    if (e->out_len + 1 >= e->out_cap) {
        size_t cap = e->out_cap ? e->out_cap * 2 : 4096;
        char *n = realloc(e->out, cap);
        if (!n)
            return;
        e->out = n;
        e->out_cap = cap;
    }
    e->out[e->out_len++] = ch;
    e->out[e->out_len] = '\0';
}

static u8 cpm_in(void *ctx, offs_t port)
{
    (void)ctx;
    (void)port;
    return 0xff;
}

static void cpm_out(void *ctx, offs_t port, u8 data)
{
    (void)data;
    cpm_env *e = ctx;
    switch (port & 0xff) {
    case PORT_BOOT:
        if (e->boots++ > 0) {
            e->done = true;
            cpu_abort_slice((cpu_base *)e->cpu);
        }
        break;
    case PORT_BDOS: {
        unsigned fn = e->ops->reg_c(e->cpu) & 0xff;
        unsigned de = e->ops->reg_de(e->cpu) & 0xffff;
        if (fn == 2) {
            cpm_putc(e, (char)(de & 0xff));
        } else if (fn == 9) {
            for (unsigned a = de, n = 0; e->ram[a & 0xffff] != '$' && n < 0x10000; a++, n++)
                cpm_putc(e, (char)e->ram[a & 0xffff]);
        }
        fflush(stdout);
        break;
    }
    }
}

static bool output_reports_failure(const char *s)
{
    for (; s && *s; s++) {
        if (!strncasecmp(s, "error", 5) || !strncasecmp(s, "fail", 4))
            return true;
    }
    return false;
}

int ct_cpm_run(const char *path, const ct_cpm_ops *ops)
{
    cpm_env *e = calloc(1, sizeof(*e));
    void *cpu = calloc(1, ops->core->size);
    FILE *f = fopen(path, "rb");
    if (!e || !cpu || !f) {
        fprintf(stderr, "%s: cannot open\n", path);
        free(e);
        free(cpu);
        if (f)
            fclose(f);
        return 2;
    }
    size_t n = fread(e->ram + 0x100, 1, 0x10000 - 0x200, f);
    bool too_big = fgetc(f) != EOF;
    fclose(f);
    if (n == 0 || too_big) {
        fprintf(stderr, "%s: %s\n", path, n == 0 ? "empty file" : "too large for the CP/M TPA");
        free(e);
        free(cpu);
        return 2;
    }
    static const u8 boot[] = { 0xd3, PORT_BOOT, 0xc3, 0x00, 0x01, 0xc3, 0x00, 0xfe };
    static const u8 bdos[] = { 0xd3, PORT_BDOS, 0xc9 };
    memcpy(e->ram, boot, sizeof(boot));
    memcpy(e->ram + 0xfe00, bdos, sizeof(bdos));
    e->ops = ops;
    e->cpu = cpu;

    address_space_t prog, io;
    as_init(&prog, "program", 16, 8, 0xff);
    as_map_ram(&prog, 0, 0xffff, e->ram);
    as_init(&io, "io", 16, 8, 0xff);
    int h = as_add_handler(&io, cpm_in, cpm_out, e, 0, 0xffff);
    as_map_handler(&io, 0, 0xffff, h, h);

    ops->core->init(cpu, &prog, &io);
    ops->core->reset(cpu);
    unsigned long long cycles = 0;
    while (!e->done)
        cycles += (unsigned)ops->core->execute(cpu, 1 << 24);

    bool failed = output_reports_failure(e->out);
    printf("\ncputest: CP/M program ended after %llu cycles%s\n", cycles,
           failed ? " (it reported a failure)" : "");
    as_free(&prog);
    as_free(&io);
    free(e->out);
    free(e);
    free(cpu);
    return failed ? 1 : 0;
}
