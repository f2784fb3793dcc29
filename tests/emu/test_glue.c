/* Glue devices and map/CPU plumbing: the LS259 addressable latch (D0 and
   D7 wiring, callbacks only on change, /CLR), the watchdog device (VBLANK
   count, period, kick, reset), the generic latch (value lands after the
   sync, pending, callback, acknowledge), MAP_PORT and MAP_DEVICE entries
   and CPU output lines (8080 INTE, Z80 HALT, 6809 BA). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/i8080.h"
#include "cpu/m6809.h"
#include "cpu/z80.h"
#include "emu/machine.h"
#include "machine/gen_latch.h"
#include "machine/ls259.h"
#include "machine/watchdog.h"
#include "../check.h"

/* ---- a small test board: one CPU, the three glue devices ---- */

typedef struct calls {
    int line[64], state[64];
    u64 cycle[64];
    int n;
} calls;

typedef struct glue_state {
    u8 ram[0x100];
    calls q;        /* LS259 callbacks: line = output */
    calls pend;     /* gen_latch pending callback */
    calls out;      /* CPU output lines */
    int resets;     /* driver reset() calls */
    machine_t *m;
} glue_state;

static void record(calls *c, machine_t *m, int line, int state)
{
    if (c->n == 64)
        return;
    c->line[c->n] = line;
    c->state[c->n] = state;
    c->cycle[c->n] = m && m->num_cpus ? et_to_cycles(machine_time(m), m->cpus[0].rate) : 0;
    c->n++;
}

#define Q_CB(n) \
    static void q##n(void *drv, int state) \
    { \
        glue_state *s = drv; \
        record(&s->q, s->m, n, state); \
    }
Q_CB(0)
Q_CB(1)
Q_CB(2)
Q_CB(3)
Q_CB(4)
Q_CB(5)
Q_CB(7) /* Q6 deliberately has no callback */

static void pending_cb(void *drv, int state)
{
    glue_state *s = drv;
    record(&s->pend, s->m, 0, state);
}

static void output_cb(void *drv, int line, int state)
{
    glue_state *s = drv;
    record(&s->out, s->m, line, state);
}

/* Q6: a coin counter (counted on the machine, no callback) */
static const ls259_params latch_params = { { q0, q1, q2, q3, q4, q5, ls259_coin_counter_1, q7 } };
static const watchdog_params wd_params = { .vblanks = 4 };
static const watchdog_params wd_time_params = { .time_us = 12500 };
static const gen_latch_params gl_params = { .pending = pending_cb };
static const gen_latch_params gl_ack_params = { .pending = pending_cb, .separate_ack = true };

static int glue_start(machine_t *m, void *drv)
{
    ((glue_state *)drv)->m = m;
    return 0;
}

static void glue_reset(machine_t *m, void *drv)
{
    (void)m;
    ((glue_state *)drv)->resets++;
}

static const mem_map_entry z80_map[] = {
    MAP_ROM(0x0000, 0x0fff, 0, "maincpu", 0),
    MAP_RAM(0x8000, 0x80ff, 0, glue_state, ram),
    MAP_PORT(0x8010, 0x8010, 0x0f00, "IN0"),  /* shares a page with RAM: per-byte dispatch, mirrored */
    MAP_PORT(0xa000, 0xa0ff, 0, "DSW"),       /* a whole page */
    MAP_DEVICE_WRITE(0x9000, 0x9007, 0, "mainlatch", ls259_d0_w),
    MAP_DEVICE_WRITE(0x9008, 0x900f, 0, "mainlatch", ls259_d7_w),
    MAP_DEVICE(0x9010, 0x9010, 0, "watchdog", watchdog_reset_r, watchdog_reset_w),
    MAP_DEVICE(0x9020, 0x9020, 0x0100, "soundlatch", gen_latch_r, gen_latch_w),
    MAP_DEVICE(0x9030, 0x9030, 0, "acklatch", gen_latch_ack_r, gen_latch_ack_w),
    MAP_END,
};

static const input_def glue_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x01, IPT_COIN1),
    PORT_BIT(0x02, 0x00, IPT_START1),
    PORT_BIT(0xfc, 0xfc, IPT_UNUSED),
    PORT_START("DSW"),
    PORT_DIPNAME(0x0f, 0x05, "Lives"),
    PORT_DIPSETTING(0x05, "5"),
    PORT_DIPSETTING(0x03, "3"),
    PORT_BIT(0xf0, 0xa0, IPT_UNUSED),
    INPUT_END,
};

/* 4 MHz Z80, a 100 x 100 pixel frame at 1 MHz: 100 Hz, VBLANK at line 90. */
#define GLUE_SCREEN { 1000000, 100, 0, 80, 100, 0, 90, NULL }

static const device_config z80_devices[] = {
    CPU_DEVICE("maincpu", z80_core, 4000000, .program = z80_map, .output = output_cb),
    DEVICE("mainlatch", ls259_device, 0, &latch_params),
    DEVICE("watchdog", watchdog_device, 0, &wd_params),
    DEVICE("soundlatch", gen_latch_device, 0, &gl_params),
    DEVICE("acklatch", gen_latch_device, 0, &gl_ack_params),
    DEVICE_END,
};
static const machine_config z80_config = {
    .devices = z80_devices, .drv_state_size = sizeof(glue_state), .screen = GLUE_SCREEN,
    .start = glue_start, .reset = glue_reset,
};
static const game_driver z80_drv = { "gluetest", NULL, "2026", "Cabinet", "Glue test", "test_glue.c",
                                     &z80_config, glue_inputs, NULL, 0 };

static machine_t *make(const game_driver *d, const u8 *prog, size_t len, size_t rom_size)
{
    region_list r = { 0 };
    mem_region *rg = region_add(&r, "maincpu", rom_size, 0);
    if (prog)
        memcpy(rg->data + (rom_size == 0x10000 ? 0xf000 : 0), prog, len);
    char err[256];
    machine_t *m = machine_create(d, &r, 48000, err, sizeof(err));
    if (!m)
        printf("machine_create: %s\n", err);
    return m;
}

static void *dev(machine_t *m, const char *tag)
{
    device_t *d = machine_device(m, tag);
    return d ? d->self : NULL;
}

/* ---- LS259 ---- */

static void test_ls259_bare(void)
{
    /* the helper use, embedded without callbacks */
    ls259_t l = { 0 };
    CHECK_EQ("D0 set Q3", 0x08, ls259_write_d0(&l, 3, 0x01));
    CHECK_EQ("D0 set Q3 again: no change", 0, ls259_write_d0(&l, 3, 0xff));
    CHECK_EQ("D0 wiring ignores D7", 0, ls259_write_d0(&l, 5, 0x80));
    CHECK_EQ("D7 set Q5", 0x20, ls259_write_d7(&l, 5, 0x80));
    CHECK_EQ("D7 wiring ignores D0", 0, ls259_write_d7(&l, 6, 0x01));
    CHECK_EQ("offset bits above A2 ignored", 0x01, ls259_write_d0(&l, 8, 1));
    CHECK_EQ("outputs", 0x29, l.q);
    CHECK_TRUE(ls259_q(&l, 5) && !ls259_q(&l, 6));
    CHECK_EQ("clear", 0x29, ls259_clear(&l));
    CHECK_EQ("outputs after clear", 0, l.q);
}

static void test_ls259_device(void)
{
    machine_t *m = make(&z80_drv, (const u8[]){ 0x18, 0xfe }, 2, 0x1000); /* jr $ */
    glue_state *s = m->drv;
    ls259_t *l = dev(m, "mainlatch");
    /* power-on: all outputs high; the reset in machine_create cleared them,
       calling every callback that exists (Q6 has none) with 0 */
    CHECK_EQ("q after power-on reset", 0, l->q);
    CHECK_EQ("callbacks at power-on reset", 7, s->q.n);
    for (int i = 0; i < s->q.n; i++)
        CHECK(s->q.state[i] == 0 && s->q.line[i] == (i < 6 ? i : 7), "reset call %d: Q%d=%d", i, s->q.line[i],
              s->q.state[i]);
    s->q.n = 0;
    ls259_write_d0(l, 2, 1);
    ls259_write_d0(l, 2, 3);    /* still 1: no call */
    ls259_write_d7(l, 7, 0x80);
    ls259_write_d7(l, 7, 0x7f); /* D7 low: Q7 falls */
    ls259_write_d0(l, 6, 1);    /* no callback wired: silent */
    ls259_write_d0(l, 2, 0);
    int want_line[] = { 2, 7, 7, 2 }, want_state[] = { 1, 1, 0, 0 };
    CHECK_EQ("callbacks", 4, s->q.n);
    for (int i = 0; i < 4 && i < s->q.n; i++)
        CHECK(s->q.line[i] == want_line[i] && s->q.state[i] == want_state[i], "call %d: Q%d=%d", i, s->q.line[i],
              s->q.state[i]);
    CHECK_EQ("Q6 latched though silent", 0x40, l->q);
    CHECK_EQ("Q6's rising edge counts a coin on counter 1", 1, m->coin_count[1]);
    CHECK_EQ("no other counter", 0, m->coin_count[0] + m->coin_count[2] + m->coin_count[3]);
    ls259_write_d0(l, 6, 1);    /* no edge */
    ls259_write_d0(l, 6, 0);
    ls259_write_d0(l, 6, 1);
    CHECK_EQ("a pulse per rising edge", 2, m->coin_count[1]);
    ls259_write_d0(l, 6, 0);
    machine_reset(m);
    CHECK_EQ("reset keeps the count", 2, m->coin_count[1]);
    ls259_write_d0(l, 6, 1);
    CHECK_EQ("counted after the reset", 3, m->coin_count[1]);
    ls259_write_d0(l, 6, 0);
    s->q.n = 0;
    ls259_write_d0(l, 2, 0);
    ls259_write_d0(l, 6, 1);
    CHECK_EQ("state as before the coin checks", 0x40, l->q);
    /* /CLR held low: demultiplexer, a write only pulses its output */
    s->q.n = 0;
    ls259_write_d0(l, 1, 1);
    ls259_clear_w(l, 0);
    CHECK_EQ("held clear", 0, l->q);
    CHECK_EQ("Q1 set, then cleared (Q6 has no callback)", 2, s->q.n);
    ls259_write_d0(l, 4, 1);
    CHECK_EQ("demux: output back low after the write", 0, l->q);
    CHECK(s->q.n == 4 && s->q.line[2] == 4 && s->q.state[2] == 1 && s->q.line[3] == 4 && s->q.state[3] == 0,
          "demux pulse: %d calls", s->q.n);
    ls259_clear_w(l, 1);
    ls259_write_d0(l, 4, 1);
    CHECK_EQ("released: latches again", 0x10, l->q);
    /* machine reset clears, with callbacks */
    s->q.n = 0;
    machine_reset(m);
    CHECK_EQ("q after reset", 0, l->q);
    CHECK(s->q.n == 1 && s->q.line[0] == 4 && s->q.state[0] == 0, "reset: %d calls", s->q.n);
    /* the state survives a save/load */
    ls259_write_d0(l, 5, 1);
    u8 *buf;
    size_t len;
    char err[128];
    CHECK_TRUE(machine_save_state(m, &buf, &len) == 0);
    ls259_write_d0(l, 5, 0);
    CHECK_TRUE(machine_load_state(m, buf, len, err, sizeof(err)) == 0);
    CHECK_EQ("q after load", 0x20, l->q);
    free(buf);
    machine_destroy(m);
}

/* ---- watchdog ---- */

static void test_watchdog_vblank(void)
{
    machine_t *m = make(&z80_drv, (const u8[]){ 0x18, 0xfe }, 2, 0x1000);
    glue_state *s = m->drv;
    watchdog_t *w = dev(m, "watchdog");
    CHECK_EQ("resets at power-on", 1, s->resets);
    /* kicked after every frame: never fires */
    for (int i = 0; i < 20; i++) {
        machine_run_frame(m);
        watchdog_kick(w);
    }
    CHECK_EQ("fired while kicked", 0, w->fired);
    CHECK_EQ("resets while kicked", 1, s->resets);
    /* left alone: the 4th VBLANK start fires, the machine resets at once */
    for (int i = 0; i < 3; i++)
        machine_run_frame(m);
    CHECK_EQ("fired after 3 VBLANKs", 0, w->fired);
    CHECK_EQ("count after 3 VBLANKs", 3, w->count);
    machine_run_frame(m);
    CHECK_EQ("fired after 4 VBLANKs", 1, w->fired);
    CHECK_EQ("machine reset", 2, s->resets);
    CHECK_EQ("count after the reset", 0, w->count);
    /* 40 more frames unkicked: every 4th */
    for (int i = 0; i < 40; i++)
        machine_run_frame(m);
    CHECK_EQ("fired after 44 VBLANKs", 11, w->fired);
    CHECK_EQ("resets", 12, s->resets);
    /* a disabled watchdog does not count */
    watchdog_enable(w, false);
    for (int i = 0; i < 10; i++)
        machine_run_frame(m);
    CHECK_EQ("fired while disabled", 11, w->fired);
    machine_destroy(m);
}

/* A watchdog on a period: 12.5 ms without a kick (frames are 10 ms). */
static const mem_map_entry rom_map[] = { MAP_ROM(0x0000, 0x0fff, 0, "maincpu", 0), MAP_END };
static const device_config wdt_devices[] = {
    CPU_DEVICE("maincpu", z80_core, 4000000, .program = rom_map),
    DEVICE("watchdog", watchdog_device, 0, &wd_time_params),
    DEVICE_END,
};
static const machine_config wdt_config = {
    .devices = wdt_devices, .drv_state_size = sizeof(glue_state), .screen = GLUE_SCREEN,
    .start = glue_start, .reset = glue_reset,
};
static const game_driver wdt_drv = { "wdttest", NULL, "2026", "Cabinet", "Watchdog test", "test_glue.c",
                                     &wdt_config, glue_inputs, NULL, 0 };

static void test_watchdog_time(void)
{
    machine_t *m = make(&wdt_drv, (const u8[]){ 0x18, 0xfe }, 2, 0x1000);
    glue_state *s = m->drv;
    watchdog_t *w = dev(m, "watchdog");
    /* 1 s unkicked: fires at 12.5, 25, ... 1000 ms: 80 times */
    sched_run_until(m, et_from_ratio(1, 1));
    CHECK_EQ("fired in 1 s", 80, w->fired);
    CHECK_EQ("resets", 81, s->resets);
    /* kicked every 10 ms from the test: the period restarts, never fires */
    for (int i = 0; i < 50; i++) {
        sched_run_until(m, et_add(m->now, et_from_usec(10000)));
        watchdog_kick(w);
    }
    CHECK_EQ("fired while kicked", 80, w->fired);
    /* then 12.5 ms after the last kick */
    sched_run_until(m, et_add(m->now, et_from_usec(12499)));
    CHECK_EQ("not yet", 80, w->fired);
    sched_run_until(m, et_add(m->now, et_from_usec(2)));
    CHECK_EQ("fired 12.5 ms after the last kick", 81, w->fired);
    machine_destroy(m);
}

/* ---- generic latch ---- */

static void test_gen_latch(void)
{
    machine_t *m = make(&z80_drv, (const u8[]){ 0x18, 0xfe }, 2, 0x1000);
    glue_state *s = m->drv;
    gen_latch_t *l = dev(m, "soundlatch");
    CHECK_EQ("no pending change at power-on", 0, s->pend.n);
    gen_latch_write(l, 0x42);
    /* not yet: the value lands when the scheduler reaches the write's time */
    CHECK_EQ("value before the sync", 0, gen_latch_peek(l));
    CHECK_TRUE(!gen_latch_pending(l));
    sched_run_until(m, et_add(m->now, et_from_usec(1)));
    CHECK_EQ("value after the sync", 0x42, gen_latch_peek(l));
    CHECK_TRUE(gen_latch_pending(l));
    CHECK(s->pend.n == 1 && s->pend.state[0] == 1, "pending callback: %d calls", s->pend.n);
    CHECK_EQ("landed at the write's time (cycle 0)", 0, s->pend.cycle[0]);
    /* two writes in the same instant: the second wins, one callback */
    gen_latch_write(l, 0x43);
    gen_latch_write(l, 0x44);
    sched_run_until(m, et_add(m->now, et_from_usec(1)));
    CHECK_EQ("second write wins", 0x44, gen_latch_peek(l));
    CHECK_EQ("writes landed", 3, l->writes);
    CHECK_EQ("no new callback while pending", 1, s->pend.n);
    CHECK_EQ("read", 0x44, gen_latch_read(l));
    CHECK_TRUE(!gen_latch_pending(l));
    CHECK(s->pend.n == 2 && s->pend.state[1] == 0, "read clears pending: %d calls", s->pend.n);
    CHECK_EQ("read again keeps the value", 0x44, gen_latch_read(l));
    CHECK_EQ("no call for a read while not pending", 2, s->pend.n);
    /* separate acknowledge: reading leaves pending set */
    gen_latch_t *a = dev(m, "acklatch");
    s->pend.n = 0;
    gen_latch_write(a, 0x99);
    sched_run_until(m, et_add(m->now, et_from_usec(1)));
    CHECK_EQ("ack latch read", 0x99, gen_latch_read(a));
    CHECK_TRUE(gen_latch_pending(a));
    gen_latch_acknowledge(a);
    CHECK_TRUE(!gen_latch_pending(a));
    CHECK(s->pend.n == 2 && s->pend.state[0] == 1 && s->pend.state[1] == 0, "ack latch calls: %d", s->pend.n);
    /* reset clears pending, keeps the value (MAME) */
    gen_latch_write(l, 0x55);
    sched_run_until(m, et_add(m->now, et_from_usec(1)));
    machine_reset(m);
    CHECK_TRUE(!gen_latch_pending(l));
    CHECK_EQ("value kept over reset", 0x55, gen_latch_peek(l));
    /* a write still in flight survives a save state (the timer's param) */
    gen_latch_write(l, 0x66);
    u8 *buf;
    size_t len;
    char err[128];
    CHECK_TRUE(machine_save_state(m, &buf, &len) == 0);
    sched_run_until(m, et_add(m->now, et_from_usec(1)));
    gen_latch_read(l);
    CHECK_TRUE(machine_load_state(m, buf, len, err, sizeof(err)) == 0);
    CHECK_TRUE(!gen_latch_pending(l));
    sched_run_until(m, et_add(m->now, et_from_usec(1)));
    CHECK_EQ("in-flight value after load", 0x66, gen_latch_peek(l));
    CHECK_TRUE(gen_latch_pending(l));
    free(buf);
    machine_destroy(m);
}

/* ---- MAP_PORT ---- */

static const mem_map_entry bad_map[] = { MAP_PORT(0x0000, 0x0000, 0, "NOPE"), MAP_END };
static const mem_map_entry bad_dev_map[] = { MAP_DEVICE_READ(0x0000, 0x0000, 0, "nodev", gen_latch_r), MAP_END };
static const device_config bad_dev_devices[] = {
    CPU_DEVICE("maincpu", z80_core, 4000000, .program = bad_dev_map), DEVICE_END };
static const machine_config bad_dev_config = { .devices = bad_dev_devices, .drv_state_size = sizeof(glue_state),
                                               .screen = GLUE_SCREEN };
static const game_driver bad_dev_drv = { "baddev", NULL, "2026", "Cabinet", "Bad device", "test_glue.c",
                                         &bad_dev_config, glue_inputs, NULL, 0 };
static const device_config bad_devices[] = { CPU_DEVICE("maincpu", z80_core, 4000000, .program = bad_map),
                                             DEVICE_END };
static const machine_config bad_config = { .devices = bad_devices, .drv_state_size = sizeof(glue_state),
                                           .screen = GLUE_SCREEN };
static const game_driver bad_drv = { "badport", NULL, "2026", "Cabinet", "Bad port", "test_glue.c",
                                     &bad_config, glue_inputs, NULL, 0 };

static void test_map_port(void)
{
    machine_t *m = make(&z80_drv, (const u8[]){ 0x18, 0xfe }, 2, 0x1000);
    glue_state *s = m->drv;
    address_space_t *as = &m->cpus[0].program.as;
    input_ports_latch(&m->inputs);
    CHECK_EQ("IN0 defaults", 0xfd, as_read8(as, 0x8010));
    CHECK_EQ("IN0 mirror", 0xfd, as_read8(as, 0x8f10));
    CHECK_EQ("DSW default", 0xa5, as_read8(as, 0xa000));
    CHECK_EQ("DSW whole page", 0xa5, as_read8(as, 0xa0ff));
    input_press(&m->inputs, IPT_START1, 1, true);
    input_set_dip(&m->inputs, "DSW", 0x0f, 0x03);
    CHECK_EQ("latched once a frame", 0xfd, as_read8(as, 0x8010));
    input_ports_latch(&m->inputs);
    CHECK_EQ("IN0 start pressed", 0xff, as_read8(as, 0x8010));
    CHECK_EQ("DSW changed", 0xa3, as_read8(as, 0xa080));
    /* RAM around the port on the same page still works; the port entry
       only takes reads, so a write there reaches the RAM beneath */
    as_write8(as, 0x800f, 0x12);
    as_write8(as, 0x8010, 0x34);
    as_write8(as, 0x8011, 0x56);
    CHECK(s->ram[0x0f] == 0x12 && s->ram[0x10] == 0x34 && s->ram[0x11] == 0x56, "RAM %02x %02x %02x", s->ram[0x0f],
          s->ram[0x10], s->ram[0x11]);
    CHECK_EQ("port read after a write", 0xff, as_read8(as, 0x8010));
    machine_destroy(m);
    /* an unknown tag fails when the map is built */
    region_list r = { 0 };
    char err[256] = "";
    machine_t *bad = machine_create(&bad_drv, &r, 48000, err, sizeof(err));
    CHECK_TRUE(bad == NULL);
    CHECK_CONTAINS(err, "input port \"NOPE\" does not exist");
    machine_destroy(bad);
    region_list r2 = { 0 };
    bad = machine_create(&bad_dev_drv, &r2, 48000, err, sizeof(err));
    CHECK_TRUE(bad == NULL);
    CHECK_CONTAINS(err, "device \"nodev\" does not exist");
    machine_destroy(bad);
}

/* ---- MAP_DEVICE: a CPU reaching the devices with no driver handler ---- */

static void test_map_device(void)
{
    machine_t *m = make(&z80_drv, (const u8[]){ 0x18, 0xfe }, 2, 0x1000);
    glue_state *s = m->drv;
    address_space_t *as = &m->cpus[0].program.as;
    ls259_t *l = dev(m, "mainlatch");
    watchdog_t *w = dev(m, "watchdog");
    gen_latch_t *g = dev(m, "soundlatch"), *a = dev(m, "acklatch");
    s->q.n = 0;
    as_write8(as, 0x9003, 0x01);   /* D0 wiring: Q3 */
    as_write8(as, 0x900d, 0x80);   /* D7 wiring: Q5 */
    as_write8(as, 0x900d, 0x01);   /* D7 low: Q5 off again */
    CHECK_EQ("latch through the map", 0x08, l->q);
    CHECK_EQ("callbacks through the map", 3, s->q.n);
    machine_run_frame(m);
    machine_run_frame(m);
    CHECK_EQ("watchdog count", 2, w->count);
    as_write8(as, 0x9010, 0);
    CHECK_EQ("kicked by a write", 0, w->count);
    machine_run_frame(m);
    CHECK_EQ("kick read gives FF", 0xff, as_read8(as, 0x9010));
    CHECK_EQ("kicked by a read", 0, w->count);
    as_write8(as, 0x9120, 0x5a);   /* mirror */
    sched_run_until(m, et_add(m->now, et_from_usec(1)));
    CHECK_TRUE(gen_latch_pending(g));
    CHECK_EQ("latch read through the map", 0x5a, as_read8(as, 0x9020));
    CHECK_TRUE(!gen_latch_pending(g));
    gen_latch_write(a, 1);
    sched_run_until(m, et_add(m->now, et_from_usec(1)));
    CHECK_TRUE(gen_latch_pending(a));
    as_write8(as, 0x9030, 0);
    CHECK_TRUE(!gen_latch_pending(a));
    machine_destroy(m);
}

/* ---- CPU output lines ---- */

static void test_z80_halt_output(void)
{
    /* nop; halt: /HALT goes active after 4 + 4 T-states; an NMI ends it */
    machine_t *m = make(&z80_drv, (const u8[]){ 0x00, 0x76 }, 2, 0x1000);
    glue_state *s = m->drv;
    sched_run_until(m, et_from_usec(100));
    CHECK(s->out.n == 1 && s->out.line[0] == CPU_OUT_HALT && s->out.state[0] == 1, "halt: %d calls", s->out.n);
    CHECK_EQ("halt at cycle", 8, s->out.cycle[0]);
    cpu_set_line(&m->cpus[0], CPU_LINE_NMI, LINE_ASSERT);
    sched_run_until(m, et_from_usec(200));
    CHECK(s->out.n == 2 && s->out.line[1] == CPU_OUT_HALT && s->out.state[1] == 0, "nmi: %d calls", s->out.n);
    machine_destroy(m);
}

static const mem_map_entry i8080_map[] = { MAP_ROM(0x0000, 0x0fff, 0, "maincpu", 0), MAP_END };
static const device_config i8080_devices[] = {
    CPU_DEVICE("maincpu", i8080_core, 2000000, .program = i8080_map, .output = output_cb),
    DEVICE_END,
};
static const machine_config i8080_config = {
    .devices = i8080_devices, .drv_state_size = sizeof(glue_state), .screen = GLUE_SCREEN,
    .start = glue_start,
};
static const game_driver i8080_drv = { "inte", NULL, "2026", "Cabinet", "INTE test", "test_glue.c",
                                       &i8080_config, NULL, NULL, 0 };

static void test_i8080_inte_output(void)
{
    /* ei; ei; di; nop; ei; hlt (4 cycles each, 7 for HLT) */
    machine_t *m = make(&i8080_drv, (const u8[]){ 0xfb, 0xfb, 0xf3, 0x00, 0xfb, 0x76 }, 6, 0x1000);
    glue_state *s = m->drv;
    CHECK_EQ("no INTE change at power-on", 0, s->out.n);
    sched_run_until(m, et_from_usec(100));
    CHECK_EQ("INTE changes (the second EI changes nothing)", 3, s->out.n);
    int want_state[] = { 1, 0, 1 };
    u64 want_cycle[] = { 4, 12, 20 };
    for (int i = 0; i < 3 && i < s->out.n; i++)
        CHECK(s->out.line[i] == CPU_OUT_INTE && s->out.state[i] == want_state[i] && s->out.cycle[i] == want_cycle[i],
              "call %d: line %d state %d at cycle %llu", i, s->out.line[i], s->out.state[i],
              (unsigned long long)s->out.cycle[i]);
    /* an interrupt acknowledge drops INTE (RST 7 from the default 0xff) */
    cpu_set_line(&m->cpus[0], CPU_LINE_IRQ0, LINE_HOLD);
    sched_run_until(m, et_from_usec(200));
    CHECK(s->out.n == 4 && s->out.state[3] == 0, "acknowledge: %d calls", s->out.n);
    /* reset with INTE low: no call */
    machine_reset(m);
    CHECK_EQ("reset with INTE low", 4, s->out.n);
    machine_destroy(m);
}

static const mem_map_entry m6809_map[] = { MAP_ROM(0x0000, 0xffff, 0, "maincpu", 0), MAP_END };
static const device_config m6809_devices[] = {
    CPU_DEVICE("maincpu", m6809_core, 1000000, .program = m6809_map, .output = output_cb),
    DEVICE_END,
};
static const machine_config m6809_config = {
    .devices = m6809_devices, .drv_state_size = sizeof(glue_state), .screen = GLUE_SCREEN,
    .start = glue_start,
};
static const game_driver m6809_drv = { "ba", NULL, "2026", "Cabinet", "BA test", "test_glue.c",
                                       &m6809_config, NULL, NULL, 0 };

static void test_m6809_ba_output(void)
{
    /* at f000: sync; bra * ; reset vector f000 */
    u8 prog[0x1000] = { 0x13, 0x20, 0xfe };
    prog[0xffe] = 0xf0;
    prog[0xfff] = 0x00;
    machine_t *m = make(&m6809_drv, prog, sizeof(prog), 0x10000);
    glue_state *s = m->drv;
    sched_run_until(m, et_from_usec(100));
    CHECK(s->out.n == 1 && s->out.line[0] == CPU_OUT_BA && s->out.state[0] == 1, "sync: %d calls", s->out.n);
    /* a masked IRQ still ends SYNC */
    cpu_set_line(&m->cpus[0], CPU_LINE_IRQ0, LINE_ASSERT);
    sched_run_until(m, et_from_usec(200));
    CHECK(s->out.n == 2 && s->out.line[1] == CPU_OUT_BA && s->out.state[1] == 0, "wake: %d calls", s->out.n);
    machine_destroy(m);
}

int main(void)
{
    test_ls259_bare();
    test_ls259_device();
    test_watchdog_vblank();
    test_watchdog_time();
    test_gen_latch();
    test_map_port();
    test_map_device();
    test_z80_halt_output();
    test_i8080_inte_output();
    test_m6809_ba_output();
    return check_report("test_glue");
}
