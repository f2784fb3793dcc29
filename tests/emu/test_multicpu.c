/* Three real cores in one machine, talking through generic latches and
   interrupts: a Z80 (4 MHz) sends 11, 22, 33 through latch A; the 6502
   (1 MHz), interrupted by A's pending line, adds 1 and sends the result
   through latch B; the 6809 (1.5 MHz), interrupted by B, doubles it and
   sends it through latch C; the Z80, interrupted by C, logs it. Every byte,
   its order, and the time each one was written, landed and read are
   checked: a value lands exactly when it was written (after the sync) and
   is read only after that. Also: eight CPUs fit in a machine, a ninth does
   not. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/m6502.h"
#include "cpu/m6809.h"
#include "cpu/z80.h"
#include "emu/machine.h"
#include "machine/gen_latch.h"
#include "../check.h"

enum { LA, LB, LC, NLATCH };
#define MAXEV 8

typedef struct event_log {
    emu_time wrote[MAXEV], landed[MAXEV], read[MAXEV];
    u8 value[MAXEV];
    int nw, nl, nr;
} event_log;

typedef struct tri_state {
    u8 z80_ram[0x100];
    u8 ram6502[0x200];
    u8 ram6809[0x100];
    machine_t *m;
    cpu_slot *z80, *c6502, *c6809;
    gen_latch_t *latch[NLATCH];
    event_log ev[NLATCH];
} tri_state;

static void wrote(tri_state *s, int n, u8 d)
{
    event_log *e = &s->ev[n];
    if (e->nw < MAXEV) {
        e->wrote[e->nw] = machine_time(s->m);
        e->value[e->nw++] = d;
    }
    gen_latch_write(s->latch[n], d);
}

static u8 readl(tri_state *s, int n)
{
    event_log *e = &s->ev[n];
    if (e->nr < MAXEV)
        e->read[e->nr++] = machine_time(s->m);
    return gen_latch_read(s->latch[n]);
}

static void landed(tri_state *s, int n, cpu_slot *target, int state)
{
    event_log *e = &s->ev[n];
    if (state && e->nl < MAXEV)
        e->landed[e->nl++] = machine_time(s->m);
    cpu_set_line(target, CPU_LINE_IRQ0, state ? LINE_ASSERT : LINE_CLEAR);
}

static void a_w(void *ctx, offs_t o, u8 d) { (void)o; wrote(ctx, LA, d); }
static void b_w(void *ctx, offs_t o, u8 d) { (void)o; wrote(ctx, LB, d); }
static void c_w(void *ctx, offs_t o, u8 d) { (void)o; wrote(ctx, LC, d); }
static u8 a_r(void *ctx, offs_t o) { (void)o; return readl(ctx, LA); }
static u8 b_r(void *ctx, offs_t o) { (void)o; return readl(ctx, LB); }
static u8 c_r(void *ctx, offs_t o) { (void)o; return readl(ctx, LC); }
static void a_pending(void *drv, int st) { tri_state *s = drv; landed(s, LA, s->c6502, st); }
static void b_pending(void *drv, int st) { tri_state *s = drv; landed(s, LB, s->c6809, st); }
static void c_pending(void *drv, int st) { tri_state *s = drv; landed(s, LC, s->z80, st); }

static const mem_map_entry z80_map[] = {
    MAP_ROM(0x0000, 0x0fff, 0, "maincpu", 0),
    MAP_RAM(0x8000, 0x80ff, 0, tri_state, z80_ram),
    MAP_WRITE(0xa000, 0xa000, 0, a_w),
    MAP_READ(0xb000, 0xb000, 0, c_r),
    MAP_END,
};
static const mem_map_entry m6502_map[] = {
    MAP_RAM(0x0000, 0x01ff, 0, tri_state, ram6502),
    MAP_READ(0x4000, 0x4000, 0, a_r),
    MAP_WRITE(0x5000, 0x5000, 0, b_w),
    MAP_ROM(0xf000, 0xffff, 0, "cpu6502", 0),
    MAP_END,
};
static const mem_map_entry m6809_map[] = {
    MAP_RAM(0x0000, 0x00ff, 0, tri_state, ram6809),
    MAP_READ(0x6000, 0x6000, 0, b_r),
    MAP_WRITE(0x7000, 0x7000, 0, c_w),
    MAP_ROM(0xf000, 0xffff, 0, "cpu6809", 0),
    MAP_END,
};

/* The CPUs run in turn, each up to the end of a slice (100 us here): the
   Z80, first in order, would be up to a slice ahead when the 6809 replies
   and would see the reply that late. So each latch asks for 1 us slices
   for 200 us after a write, as a MAME driver boosts the interleave after a
   command; tri_unboosted shows the difference. */
static const gen_latch_params la_params = { .pending = a_pending, .boost_hz = 1000000, .boost_us = 200 };
static const gen_latch_params lb_params = { .pending = b_pending, .boost_hz = 1000000, .boost_us = 200 };
static const gen_latch_params lc_params = { .pending = c_pending, .boost_hz = 1000000, .boost_us = 200 };

static int tri_start(machine_t *m, void *drv)
{
    tri_state *s = drv;
    s->m = m;
    s->z80 = machine_cpu(m, "maincpu");
    s->c6502 = machine_cpu(m, "cpu6502");
    s->c6809 = machine_cpu(m, "cpu6809");
    const char *tags[] = { "latch_a", "latch_b", "latch_c" };
    for (int i = 0; i < NLATCH; i++) {
        device_t *d = machine_device(m, tags[i]);
        if (!d)
            return -1;
        s->latch[i] = d->self;
    }
    return s->z80 && s->c6502 && s->c6809 ? 0 : -1;
}

static void tri_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    tri_state *s = drv;
    st_bytes(io, s->z80_ram, sizeof(s->z80_ram));
    st_bytes(io, s->ram6502, sizeof(s->ram6502));
    st_bytes(io, s->ram6809, sizeof(s->ram6809));
}

static const device_config tri_devices[] = {
    CPU_DEVICE("maincpu", z80_core, 4000000, .program = z80_map),
    CPU_DEVICE("cpu6502", m6502_core, 1000000, .program = m6502_map),
    CPU_DEVICE("cpu6809", m6809_core, 1500000, .program = m6809_map),
    DEVICE("latch_a", gen_latch_device, 0, &la_params),
    DEVICE("latch_b", gen_latch_device, 0, &lb_params),
    DEVICE("latch_c", gen_latch_device, 0, &lc_params),
    DEVICE_END,
};
/* 100 Hz frames; slices of 100 us */
static const machine_config tri_config = {
    .devices = tri_devices, .drv_state_size = sizeof(tri_state), .quantum_hz = 10000,
    .screen = { 1000000, 100, 0, 80, 100, 0, 90, NULL }, .start = tri_start, .serialize = tri_serialize,
};
static const game_driver tri_drv = { "tricpu", NULL, "2026", "Cabinet", "Three CPUs", "test_multicpu.c",
                                     &tri_config, NULL, NULL, 0 };

/* The same board without the boost. */
static const gen_latch_params la_plain = { .pending = a_pending };
static const gen_latch_params lb_plain = { .pending = b_pending };
static const gen_latch_params lc_plain = { .pending = c_pending };
static const device_config tri_unboosted_devices[] = {
    CPU_DEVICE("maincpu", z80_core, 4000000, .program = z80_map),
    CPU_DEVICE("cpu6502", m6502_core, 1000000, .program = m6502_map),
    CPU_DEVICE("cpu6809", m6809_core, 1500000, .program = m6809_map),
    DEVICE("latch_a", gen_latch_device, 0, &la_plain),
    DEVICE("latch_b", gen_latch_device, 0, &lb_plain),
    DEVICE("latch_c", gen_latch_device, 0, &lc_plain),
    DEVICE_END,
};
static const machine_config tri_unboosted_config = {
    .devices = tri_unboosted_devices, .drv_state_size = sizeof(tri_state), .quantum_hz = 10000,
    .screen = { 1000000, 100, 0, 80, 100, 0, 90, NULL }, .start = tri_start,
};
static const game_driver tri_unboosted = { "tricpu0", NULL, "2026", "Cabinet", "Three CPUs, no boost",
                                           "test_multicpu.c", &tri_unboosted_config, NULL, NULL, 0 };

/* Z80: sends 11h, 22h, 33h about 0.83 ms apart; IM 1 handler logs latch C
   at 8000h up (HL). */
static const u8 z80_prog[] = {
    0x31, 0x00, 0x81,       /* 0000 ld sp,8100h */
    0xed, 0x56,             /* 0003 im 1 */
    0x21, 0x00, 0x80,       /* 0005 ld hl,8000h */
    0xfb,                   /* 0008 ei */
    0x3e, 0x11,             /* 0009 ld a,11h */
    0x32, 0x00, 0xa0,       /* 000b ld (a000h),a */
    0xcd, 0x30, 0x00,       /* 000e call delay */
    0x3e, 0x22,             /* 0011 ld a,22h */
    0x32, 0x00, 0xa0,       /* 0013 ld (a000h),a */
    0xcd, 0x30, 0x00,       /* 0016 call delay */
    0x3e, 0x33,             /* 0019 ld a,33h */
    0x32, 0x00, 0xa0,       /* 001b ld (a000h),a */
    0x18, 0xfe,             /* 001e jr $ */
};
static const u8 z80_delay[] = { 0x06, 0x00, 0x10, 0xfe, 0xc9 };        /* 0030 ld b,0; djnz $; ret */
static const u8 z80_irq[] = { 0xf5, 0x3a, 0x00, 0xb0, 0x77, 0x23, 0xf1, 0xfb, 0xc9 };
/* 0038 push af; ld a,(b000h); ld (hl),a; inc hl; pop af; ei; ret */

/* 6502 at f000: IRQ handler logs latch A at 0080h,Y and sends it + 1. */
static const u8 m6502_prog[] = {
    0xa2, 0xff,             /* f000 ldx #ff */
    0x9a,                   /* f002 txs */
    0xa0, 0x00,             /* f003 ldy #0 */
    0x58,                   /* f005 cli */
    0x4c, 0x06, 0xf0,       /* f006 jmp f006 */
};
static const u8 m6502_irq[] = {
    0x48,                   /* f010 pha */
    0xad, 0x00, 0x40,       /* f011 lda 4000 */
    0x99, 0x80, 0x00,       /* f014 sta 0080,y */
    0xc8,                   /* f017 iny */
    0x18,                   /* f018 clc */
    0x69, 0x01,             /* f019 adc #1 */
    0x8d, 0x00, 0x50,       /* f01b sta 5000 */
    0x68,                   /* f01e pla */
    0x40,                   /* f01f rti */
};

/* 6809 at f000: IRQ handler logs latch B through the pointer at 00f0 and
   sends it doubled. */
static const u8 m6809_prog[] = {
    0x10, 0xce, 0x01, 0x00, /* f000 lds #0100 */
    0x8e, 0x00, 0x80,       /* f004 ldx #0080 */
    0xbf, 0x00, 0xf0,       /* f007 stx 00f0 */
    0x1c, 0xef,             /* f00a andcc #ef (IRQ on) */
    0x20, 0xfe,             /* f00c bra * */
};
static const u8 m6809_irq[] = {
    0xb6, 0x60, 0x00,       /* f010 lda 6000 */
    0xbe, 0x00, 0xf0,       /* f013 ldx 00f0 */
    0xa7, 0x80,             /* f016 sta ,x+ */
    0xbf, 0x00, 0xf0,       /* f018 stx 00f0 */
    0x48,                   /* f01b asla */
    0xb7, 0x70, 0x00,       /* f01c sta 7000 */
    0x3b,                   /* f01f rti */
};

static machine_t *make_tri(const game_driver *drv)
{
    region_list r = { 0 };
    u8 *z = region_add(&r, "maincpu", 0x1000, 0)->data;
    memcpy(z, z80_prog, sizeof(z80_prog));
    memcpy(z + 0x30, z80_delay, sizeof(z80_delay));
    memcpy(z + 0x38, z80_irq, sizeof(z80_irq));
    u8 *a = region_add(&r, "cpu6502", 0x1000, 0)->data;
    memcpy(a, m6502_prog, sizeof(m6502_prog));
    memcpy(a + 0x10, m6502_irq, sizeof(m6502_irq));
    a[0xffa] = 0x06, a[0xffb] = 0xf0; /* NMI: unused */
    a[0xffc] = 0x00, a[0xffd] = 0xf0; /* RESET */
    a[0xffe] = 0x10, a[0xfff] = 0xf0; /* IRQ */
    u8 *b = region_add(&r, "cpu6809", 0x1000, 0)->data;
    memcpy(b, m6809_prog, sizeof(m6809_prog));
    memcpy(b + 0x10, m6809_irq, sizeof(m6809_irq));
    b[0xff8] = 0xf0, b[0xff9] = 0x10; /* IRQ */
    b[0xffe] = 0xf0, b[0xfff] = 0x00; /* RESET */
    char err[256];
    machine_t *m = machine_create(drv, &r, 48000, err, sizeof(err));
    if (!m)
        printf("machine_create: %s\n", err);
    return m;
}

/* Time in cycles of `c`'s clock (exact for times the CPU itself made). */
static u64 cyc(const cpu_slot *c, emu_time t)
{
    return et_to_cycles(t, c->rate);
}

static void test_three_cores(void)
{
    machine_t *m = make_tri(&tri_drv);
    if (!m)
        return;
    tri_state *s = m->drv;
    for (int f = 0; f < 5; f++)
        machine_run_frame(m);
    /* the bytes, in order, at each stage */
    const u8 want_a[] = { 0x11, 0x22, 0x33 }, want_b[] = { 0x12, 0x23, 0x34 }, want_c[] = { 0x24, 0x46, 0x68 };
    CHECK_TRUE(!memcmp(s->ram6502 + 0x80, want_a, 3));
    CHECK_TRUE(!memcmp(s->ram6809 + 0x80, want_b, 3));
    CHECK_TRUE(!memcmp(s->z80_ram, want_c, 3));
    CHECK_EQ("6809 log pointer", 0x83, s->ram6809[0xf0] << 8 | s->ram6809[0xf1]);
    CHECK_EQ("6502 log index", 3, ((m6502_t *)s->c6502->core)->y);
    CHECK_EQ("z80 received nothing more", 0, s->z80_ram[3]);
    for (int n = 0; n < NLATCH; n++) {
        event_log *e = &s->ev[n];
        CHECK(e->nw == 3 && e->nl == 3 && e->nr == 3, "latch %d: %d writes, %d landed, %d reads", n, e->nw, e->nl,
              e->nr);
        const u8 *want = n == LA ? want_a : n == LB ? want_b : want_c;
        for (int i = 0; i < 3; i++) {
            CHECK(e->value[i] == want[i], "latch %d write %d: %02x", n, i, e->value[i]);
            /* the value lands when the writer's instruction ends (the sync
               cut its slice there): never before the write, at most part
               of one instruction after it; it is read after that */
            const cpu_slot *w = n == LA ? s->z80 : n == LB ? s->c6502 : s->c6809;
            u64 wc = cyc(w, e->wrote[i]), lc = cyc(w, e->landed[i]);
            CHECK(et_cmp(e->landed[i], e->wrote[i]) >= 0 && lc - wc < 4, "latch %d value %d: written at %llu, "
                  "landed at %llu", n, i, (unsigned long long)wc, (unsigned long long)lc);
            CHECK(et_cmp(e->read[i], e->landed[i]) > 0, "latch %d value %d read before it landed", n, i);
        }
    }
    /* Exact times, in each CPU's own cycles (a bus access is counted at the
       start of its machine cycle).
       Z80 writes: ld sp (10) + im 1 (8) + ld hl (10) + ei (4) + ld a (7),
       then LD (nn),A writes in its 4th machine cycle: T49. The next round
       comes after the rest of that LD (3), call (17), ld b (7), 256 djnz
       (3323), ret (10), ld a (7) and 10 T of the LD, plus the 74 T of the
       IM 1 handler that took C's reply meanwhile: T3500, then T6951.
       6502: starts after its 7-cycle reset sequence; A lands (13 us)
       during its CLI, so the IRQ waits for the JMP after it (CLI's
       one-instruction delay): 7-cycle entry at cycle 18, PHA, LDA abs
       reads at 32; writes B 15 cycles later (STA abs,Y 5, INY, CLC, ADC 2
       each, STA abs's 4th). Later rounds: the JMP loop's phase.
       6809: 19-cycle IRQ entry and LDA ext after B lands; writes C 25
       cycles after its read (LDX 6, STA ,X+ 6, STX 6, ASLA 2, STA 5).
       Z80: takes C's reply about 45 T after it lands (end of JR, 13-T IM 1
       acknowledge, PUSH AF, LD A,(nn)): with the 1 us boost no slice lets
       it run ahead of the 6809. */
    const u64 want_times[3][6] = {
        { 49, 32, 47, 93, 118, 357 },
        { 3500, 890, 905, 1381, 1407, 3795 },
        { 6951, 1754, 1769, 2679, 2703, 7252 },
    };
    for (int i = 0; i < 3; i++) {
        u64 got[6] = { cyc(s->z80, s->ev[LA].wrote[i]), cyc(s->c6502, s->ev[LA].read[i]),
                       cyc(s->c6502, s->ev[LB].wrote[i]), cyc(s->c6809, s->ev[LB].read[i]),
                       cyc(s->c6809, s->ev[LC].wrote[i]), cyc(s->z80, s->ev[LC].read[i]) };
        for (int k = 0; k < 6; k++)
            CHECK(got[k] == want_times[i][k], "round %d step %d: cycle %llu, expected %llu", i, k,
                  (unsigned long long)got[k], (unsigned long long)want_times[i][k]);
    }
    /* the same run again gives the same state, byte for byte */
    u8 *st1, *st2;
    size_t n1, n2;
    machine_t *m2 = make_tri(&tri_drv);
    for (int f = 0; f < 5 && m2; f++)
        machine_run_frame(m2);
    CHECK_TRUE(m2 && !machine_save_state(m, &st1, &n1) && !machine_save_state(m2, &st2, &n2) && n1 == n2 &&
               !memcmp(st1, st2, n1));
    if (m2) {
        free(st1);
        free(st2);
    }
    machine_destroy(m2);
    machine_destroy(m);
}

/* Without the boost the Z80, first in order, has already run to the end of
   the 100 us slice in which the 6809 replies: it takes the reply only in
   the next slice, 68 us late (T630 instead of T357); the 6502 and 6809,
   which run after their writers, are unaffected. */
static void test_three_cores_unboosted(void)
{
    machine_t *m = make_tri(&tri_unboosted);
    if (!m)
        return;
    tri_state *s = m->drv;
    machine_run_frame(m);
    CHECK_EQ("z80 gets the first reply", 0x24, s->z80_ram[0]);
    CHECK_EQ("6502 reads A", 32, cyc(s->c6502, s->ev[LA].read[0]));
    CHECK_EQ("6809 writes C", 118, cyc(s->c6809, s->ev[LC].wrote[0]));
    CHECK_EQ("z80 reads C a slice late", 630, cyc(s->z80, s->ev[LC].read[0]));
    machine_destroy(m);
}

/* A state saved in the middle of the exchange (the second command landed
   in latch A, its IRQ on the 6502 asserted, not yet read) and loaded into a fresh machine
   carries on exactly as the original: same bytes, same final state. */
static void test_three_cores_state(void)
{
    machine_t *m = make_tri(&tri_drv), *m2 = make_tri(&tri_drv);
    if (!m || !m2) {
        machine_destroy(m);
        machine_destroy(m2);
        return;
    }
    sched_run_until(m, et_from_usec(880)); /* A lands at 875.75 us, the 6502 reads it at 889 */
    tri_state *s = m->drv;
    CHECK_EQ("second command landed", 2, s->ev[LA].nl);
    CHECK_EQ("second command not read", 1, s->ev[LA].nr);
    CHECK_TRUE(gen_latch_pending(s->latch[LA]));
    u8 *st, *a, *b;
    size_t n, na, nb;
    char err[128];
    CHECK_TRUE(machine_save_state(m, &st, &n) == 0);
    CHECK(machine_load_state(m2, st, n, err, sizeof(err)) == 0, "load: %s", err);
    for (int f = 0; f < 5; f++) {
        machine_run_frame(m);
        machine_run_frame(m2);
    }
    tri_state *s2 = m2->drv;
    CHECK_TRUE(!memcmp(s2->z80_ram, (const u8[]){ 0x24, 0x46, 0x68 }, 3));
    CHECK_TRUE(machine_save_state(m, &a, &na) == 0 && machine_save_state(m2, &b, &nb) == 0);
    CHECK_TRUE(na == nb && !memcmp(a, b, na));
    free(st);
    free(a);
    free(b);
    machine_destroy(m);
    machine_destroy(m2);
}

/* ---- eight CPUs fit, a ninth does not ---- */

static const mem_map_entry idle_map[] = { MAP_END };
#define IDLE(tag) CPU_DEVICE(tag, z80_core, 1000000, .program = idle_map)
static const device_config eight_devices[] = {
    IDLE("c1"), IDLE("c2"), IDLE("c3"), IDLE("c4"), IDLE("c5"), IDLE("c6"), IDLE("c7"), IDLE("c8"), DEVICE_END,
};
static const device_config nine_devices[] = {
    IDLE("c1"), IDLE("c2"), IDLE("c3"), IDLE("c4"), IDLE("c5"), IDLE("c6"), IDLE("c7"), IDLE("c8"), IDLE("c9"),
    DEVICE_END,
};
static const machine_config eight_config = { .devices = eight_devices, .drv_state_size = 1,
                                             .screen = { 1000000, 100, 0, 80, 100, 0, 90, NULL } };
static const machine_config nine_config = { .devices = nine_devices, .drv_state_size = 1,
                                            .screen = { 1000000, 100, 0, 80, 100, 0, 90, NULL } };
static const game_driver eight_drv = { "eight", NULL, "2026", "Cabinet", "Eight", "test_multicpu.c", &eight_config,
                                       NULL, NULL, 0 };
static const game_driver nine_drv = { "nine", NULL, "2026", "Cabinet", "Nine", "test_multicpu.c", &nine_config,
                                      NULL, NULL, 0 };

static void test_cpu_limit(void)
{
    region_list r = { 0 };
    char err[256] = "";
    machine_t *m = machine_create(&eight_drv, &r, 48000, err, sizeof(err));
    CHECK(m != NULL, "eight CPUs: %s", err);
    if (m) {
        CHECK_EQ("cpus", 8, m->num_cpus);
        machine_run_frame(m);
        /* each idle Z80 (RST 38h over unmapped FFh) ran the whole 10 ms frame at 1 MHz */
        for (int i = 0; i < 8; i++)
            CHECK(m->cpus[i].total_cycles >= 10000 && m->cpus[i].total_cycles < 10012, "cpu %d ran %llu", i,
                  (unsigned long long)m->cpus[i].total_cycles);
        machine_destroy(m);
    }
    region_list r2 = { 0 };
    m = machine_create(&nine_drv, &r2, 48000, err, sizeof(err));
    CHECK_TRUE(m == NULL);
    CHECK_CONTAINS(err, "c9: too many CPUs");
    machine_destroy(m);
}

int main(void)
{
    test_three_cores();
    test_three_cores_unboosted();
    test_three_cores_state();
    test_cpu_limit();
    return check_report("test_multicpu");
}
