/* Scheduler tests with two fake "counter" CPUs at unrelated clocks: exact
   cycle counts over an emulated second, timers landing at exact times and in
   a fixed order, sched_sync ending a slice early, and identical traces from
   two runs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu/machine.h"
#include "../check.h"

/* A CPU that only burns cycles, 3 per "instruction". */
typedef struct counter_cpu {
    cpu_base base;
    u64 executed;
    u64 slices;   /* execute() calls */
    machine_t *m; /* for the sync test */
    u64 sync_at;
} counter_cpu;

static void cc_init(void *c, address_space_t *p, address_space_t *io)
{
    (void)c;
    (void)p;
    (void)io;
}
static void cc_reset(void *c)
{
    ((counter_cpu *)c)->executed = 0;
}
static int cc_execute(void *cpu, int cycles)
{
    counter_cpu *c = cpu;
    c->slices++;
    c->base.budget = c->base.icount = cycles;
    while (c->base.icount > 0) {
        c->base.icount -= 3;
        c->executed += 3;
        if (c->sync_at && c->executed == c->sync_at && c->m)
            sched_sync(c->m);
    }
    return c->base.budget - c->base.icount;
}
static void cc_set_line(void *c, int l, int s)
{
    (void)c;
    (void)l;
    (void)s;
}
static void cc_serialize(void *c, state_io *io)
{
    st_u64(io, &((counter_cpu *)c)->executed);
}
static u32 cc_pc(const void *c)
{
    (void)c;
    return 0;
}
static int cc_disasm(char *b, size_t n, u32 pc, const u8 *op)
{
    (void)pc;
    (void)op;
    snprintf(b, n, "nop");
    return 1;
}
static const cpu_core_ops counter_core = { "Counter", "counter", sizeof(counter_cpu), 1, cc_init, cc_reset,
                                           cc_execute, cc_set_line, cc_serialize, cc_pc, cc_disasm, NULL };

static const mem_map_entry empty_map[] = { MAP_END };

typedef struct trace_state {
    u64 fired[64];
    u64 cpu_a_at_fire[64];
    int n;
    emu_timer *t1, *t2, *t3;
} trace_state;

static void on_timer(machine_t *m, void *ctx, s32 param)
{
    trace_state *s = m->drv;
    (void)ctx;
    if (s->n < 64) {
        emu_time now = machine_time(m);
        s->fired[s->n] = (u64)param << 48 | et_to_usec(now);
        s->cpu_a_at_fire[s->n] = ((counter_cpu *)m->cpus[0].core)->executed;
        s->n++;
    }
}

static int trace_start(machine_t *m, void *drv)
{
    trace_state *s = drv;
    s->t1 = timer_alloc(m, on_timer, NULL);
    s->t2 = timer_alloc(m, on_timer, NULL);
    s->t3 = timer_alloc(m, on_timer, NULL);
    return 0;
}

static const device_config devices[] = {
    CPU_DEVICE("cpua", counter_core, 1000003, .program = empty_map),
    CPU_DEVICE("cpub", counter_core, 3579545, .program = empty_map),
    DEVICE_END,
};
static const machine_config config = {
    .devices = devices,
    .drv_state_size = sizeof(trace_state),
    .quantum_hz = 1000,
    .screen = { 1000000, 100, 0, 80, 200, 0, 180, NULL }, /* 50 Hz */
    .start = trace_start,
};
static const game_driver drv = { "schedtest", NULL, "2026", "Cabinet", "Scheduler test", "test_sched.c",
                                 &config, NULL, NULL, 0 };

/* Galaxian's screen: 18.432 MHz dots, 1152 x 264, VBLANK lines 240-15;
   its CPU clock (3.072 MHz) is 6 dots, a period of no whole attoseconds. */
static const machine_config beam_config = {
    .devices = devices,
    .drv_state_size = sizeof(trace_state),
    .quantum_hz = 1000,
    .screen = { 18432000, 1152, 0, 768, 264, 16, 240, NULL },
    .start = trace_start,
};
static const game_driver beam_drv = { "beamtest", NULL, "2026", "Cabinet", "Beam test", "test_sched.c",
                                      &beam_config, NULL, NULL, 0 };

static machine_t *make_driver(const game_driver *d)
{
    region_list r = { 0 };
    char err[256];
    machine_t *m = machine_create(d, &r, 48000, err, sizeof(err));
    if (!m)
        printf("machine_create: %s\n", err);
    return m;
}

static machine_t *make(void)
{
    return make_driver(&drv);
}

static void test_cycles_per_second(void)
{
    machine_t *m = make();
    sched_run_until(m, et_from_ratio(1, 1));
    counter_cpu *a = m->cpus[0].core, *b = m->cpus[1].core;
    /* each CPU reaches its clock's cycle count within one instruction */
    CHECK(a->executed >= 1000003 && a->executed < 1000003 + 3, "cpu a ran %llu", (unsigned long long)a->executed);
    CHECK(b->executed >= 3579545 && b->executed < 3579545 + 3, "cpu b ran %llu", (unsigned long long)b->executed);
    CHECK(m->cpus[0].total_cycles == a->executed, "slot total %llu", (unsigned long long)m->cpus[0].total_cycles);
    /* power-on is at VBLANK start; frames are counted at VBLANK end, the
       50th of which falls just after 1 s */
    CHECK(m->frame_number == 49, "frames after 1 s at 50 Hz: %llu", (unsigned long long)m->frame_number);
    machine_destroy(m);
}

static void run_trace(trace_state *out)
{
    machine_t *m = make();
    trace_state *s = m->drv;
    timer_adjust(m, s->t1, et_from_usec(250), 1, et_from_usec(250000));
    timer_adjust(m, s->t2, et_from_usec(250), 2, ET_ZERO); /* same instant: lower index first */
    timer_adjust(m, s->t3, et_from_usec(333333), 3, ET_ZERO);
    sched_run_until(m, et_from_ratio(1, 1));
    *out = *s;
    machine_destroy(m);
}

static void test_timers(void)
{
    trace_state s;
    run_trace(&s);
    CHECK(s.n == 6, "fired %d timers", s.n);
    u64 expect[] = { 1ull << 48 | 250, 2ull << 48 | 250, 1ull << 48 | 250250, 3ull << 48 | 333333,
                     1ull << 48 | 500250, 1ull << 48 | 750250 };
    for (int i = 0; i < 6 && i < s.n; i++)
        CHECK(s.fired[i] == expect[i], "timer %d: param %llu at %llu us", i, (unsigned long long)(s.fired[i] >> 48),
              (unsigned long long)(s.fired[i] & 0xffffffffffffull));
    /* the CPUs have been brought up to the timer's time when it fires */
    CHECK(s.cpu_a_at_fire[0] >= 250 && s.cpu_a_at_fire[0] <= 253, "cpu a at first timer: %llu",
          (unsigned long long)s.cpu_a_at_fire[0]);
    trace_state again;
    run_trace(&again);
    CHECK(!memcmp(&s.fired, &again.fired, sizeof(s.fired)) && !memcmp(s.cpu_a_at_fire, again.cpu_a_at_fire,
                                                                       sizeof(s.cpu_a_at_fire)),
          "two runs gave different traces");
}

static void test_sync(void)
{
    machine_t *m = make();
    counter_cpu *a = m->cpus[0].core, *b = m->cpus[1].core;
    a->m = m;
    a->sync_at = 300; /* cpu a ends its first slice early at cycle 300 */
    sched_run_until(m, et_from_usec(1000));
    /* cpu b, after a in order, was only allowed up to a's time in that slice;
       by the end both reached 1 ms */
    CHECK(a->executed >= 1000 && a->executed < 1003, "cpu a %llu", (unsigned long long)a->executed);
    CHECK(b->executed >= 3579 && b->executed < 3582, "cpu b %llu", (unsigned long long)b->executed);
    machine_destroy(m);
    m = make();
    a = m->cpus[0].core;
    b = m->cpus[1].core;
    a->m = m;
    a->sync_at = 300;
    sched_run_until(m, et_from_usec(100)); /* stop inside the shortened slice */
    CHECK(b->executed <= 1077, "cpu b ran past the sync point: %llu", (unsigned long long)b->executed);
    machine_destroy(m);
}

static void test_boost(void)
{
    machine_t *m = make();
    counter_cpu *a = m->cpus[0].core;
    sched_run_until(m, et_from_usec(10000)); /* 10 slices of 1 ms */
    u64 plain = a->slices;
    sched_boost(m, et_from_usec(10), et_from_usec(1000)); /* 10 us slices for 1 ms */
    sched_run_until(m, et_from_usec(20000));
    u64 boosted = a->slices - plain;
    CHECK(plain >= 10 && plain <= 12, "slices without boost: %llu", (unsigned long long)plain);
    /* 100 slices while boosted, then about 9 more of the normal quantum */
    CHECK(boosted >= 100 && boosted <= 112, "slices with boost: %llu", (unsigned long long)boosted);
    CHECK(a->executed >= 20000 && a->executed < 20003, "cycles unchanged by the boost: %llu",
          (unsigned long long)a->executed);
    machine_destroy(m);
}

/* The beam at times made of 3.072 MHz cycles: whole dots (6 per cycle) from
   line 240 at power-on, and the frame counter stepping at line 16 (not at
   the end of the VBLANK power-on starts in). */
static void test_beam(void)
{
    machine_t *m = make_driver(&beam_drv);
    const u64 line = 1152, frame = line * 264;
    const u64 cycles[] = { 1, 7, 191, 192, 4031, 4032, 4033, 50687, 50688, 50689, 100000, 1234567 };
    for (size_t i = 0; i < ARRAY_LEN(cycles); i++) {
        sched_run_until(m, et_from_cycles(cycles[i], 3072000));
        u64 pix = cycles[i] * 6 + 240 * line;
        CHECK((u64)screen_vpos(m) == pix % frame / line, "vpos after %llu cycles: %d", (unsigned long long)cycles[i],
              screen_vpos(m));
        CHECK((u64)screen_hpos(m) == pix % line, "hpos after %llu cycles: %d", (unsigned long long)cycles[i],
              screen_hpos(m));
        u64 ends = (pix - 16 * line) / frame, want = ends ? ends - 1 : 0;
        CHECK(screen_frame_number(m) == want, "frame after %llu cycles: %llu, want %llu",
              (unsigned long long)cycles[i], (unsigned long long)screen_frame_number(m), (unsigned long long)want);
        CHECK(m->frame_number == want, "counted frames after %llu cycles: %llu", (unsigned long long)cycles[i],
              (unsigned long long)m->frame_number);
    }
    machine_destroy(m);
}

static void test_time_math(void)
{
    emu_time t = et_from_cycles(3, 3);
    CHECK(t.sec == 1 && t.atto == 0, "3 cycles at 3 Hz");
    CHECK(et_to_cycles(et_from_cycles(123456789, 3072000), 3072000) == 123456789, "round trip of cycles");
    emu_time a = { 1, ATTO_PER_SEC - 1 }, b = { 0, 1 };
    emu_time c = et_add(a, b);
    CHECK(c.sec == 2 && c.atto == 0, "carry into seconds");
    CHECK(et_cmp(et_sub(c, b), a) == 0, "subtract with borrow");
}

int main(void)
{
    test_time_math();
    test_cycles_per_second();
    test_timers();
    test_sync();
    test_boost();
    test_beam();
    return check_report("test_sched");
}
