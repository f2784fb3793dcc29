/* Partial screen updates on a machine with no CPU: timers at chosen lines
   ask for updates, the video update records the clip rects it is given,
   and the VBLANK callback records when it runs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu/machine.h"
#include "../check.h"

/* 100 x 50 raw, visible columns 10-89 and lines 5-44 (bitmap 80 x 40) */
#define VBEND 5
#define VBSTART 45

enum { EV_CLIP, EV_VBLANK };
typedef struct event {
    int kind, vpos;
    rect_t clip;
} event;

typedef struct test_state {
    event ev[64];
    int n;
    bool partials;
} test_state;

static void record(test_state *s, int kind, int vpos, rect_t clip)
{
    if (s->n < 64)
        s->ev[s->n++] = (event){ kind, vpos, clip };
}

static void fake_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)bm;
    record(drv, EV_CLIP, screen_vpos(m), *clip);
}

static void fake_vblank(machine_t *m, void *drv, int state)
{
    if (state)
        record(drv, EV_VBLANK, screen_vpos(m), (rect_t){ 0, 0, 0, 0 });
}

/* param = the line the timer sits on; line 20 also asks for line 15 again */
static void line_timer(machine_t *m, void *ctx, s32 param)
{
    test_state *s = ctx;
    if (!s->partials)
        return;
    screen_update_partial(m, param);
    if (param == 20)
        CHECK(!screen_update_partial(m, 15), "a line above the last drawn one draws nothing");
}

static int fake_start(machine_t *m, void *drv)
{
    static const int lines[] = { 2, 10, 20, 47 };
    for (size_t i = 0; i < ARRAY_LEN(lines); i++) {
        emu_timer *t = timer_alloc(m, line_timer, drv);
        timer_adjust(m, t, screen_time_until_line(m, lines[i]), lines[i], m->frame_period);
    }
    ((test_state *)drv)->partials = true;
    return 0;
}

static const machine_config config = {
    .drv_state_size = sizeof(test_state),
    .screen = { 5000, 100, 10, 90, 50, VBEND, VBSTART, fake_vblank },
    .video = { NULL, fake_update, NULL, 2, 0 },
    .start = fake_start,
};
static const game_driver drv = { "screentest", NULL, "2026", "Cabinet", "Screen test", "test_screen.c",
                                 &config, NULL, NULL, ROT0 };

/* Second machine: a scanline timer on lines 3, 19, 35 asks for a partial
   update through the line above (MAME's Centipede does this every 16). */
static void every_16(machine_t *m, void *ctx, int line)
{
    (void)ctx;
    CHECK_EQ("scanline timer: the beam is on its line", line, screen_vpos(m));
    CHECK_EQ("scanline timer: at the line's start", 0, screen_hpos(m));
    screen_update_partial(m, line - 1);
}

static int scanline_start(machine_t *m, void *drv)
{
    CHECK_TRUE(screen_scanline_timer(m, 3, 16, every_16, drv) != NULL);
    CHECK_TRUE(screen_scanline_timer(m, 0, 0, every_16, drv) == NULL); /* step 0 refused */
    return 0;
}

static const machine_config scan_config = {
    .drv_state_size = sizeof(test_state),
    .screen = { 5000, 100, 10, 90, 50, VBEND, VBSTART, fake_vblank },
    .video = { NULL, fake_update, NULL, 2, 0 },
    .start = scanline_start,
};
static const game_driver scan_drv = { "scantest", NULL, "2026", "Cabinet", "Scanline timer test", "test_screen.c",
                                      &scan_config, NULL, NULL, ROT0 };

static void expect_clip(const test_state *s, int i, int vpos, int top, int bottom)
{
    if (!CHECK_EQ("event exists", 1, i < s->n))
        return;
    CHECK_EQ("event kind", EV_CLIP, s->ev[i].kind);
    CHECK_EQ("beam line at the update", vpos, s->ev[i].vpos);
    CHECK_EQ("clip min_y", top, s->ev[i].clip.min_y);
    CHECK_EQ("clip max_y", bottom, s->ev[i].clip.max_y);
    CHECK_EQ("clip min_x", 0, s->ev[i].clip.min_x);
    CHECK_EQ("clip max_x", 79, s->ev[i].clip.max_x);
}

int main(void)
{
    region_list r = { 0 };
    char err[256];
    machine_t *m = machine_create(&drv, &r, 48000, err, sizeof(err));
    if (!m) {
        printf("machine_create: %s\n", err);
        return 1;
    }
    test_state *s = m->drv;

    /* Frame 1 starts at line 45 of the power-on frame, where nothing was
       drawn yet: the update at line 47 draws every visible line (as MAME's
       would). Then line 0 starts over; line 2 is above the visible area. */
    machine_run_frame(m);
    CHECK_EQ("events in frame 1", 5, s->n);
    expect_clip(s, 0, 47, 0, 39);
    expect_clip(s, 1, 10, 0, 10 - VBEND);
    expect_clip(s, 2, 20, 11 - VBEND, 20 - VBEND);
    expect_clip(s, 3, VBSTART, 21 - VBEND, VBSTART - 1 - VBEND); /* finished at VBLANK ... */
    CHECK_EQ("then the VBLANK callback", EV_VBLANK, s->ev[4].kind);

    /* Frame 2: line 47 comes after the finished frame: nothing. */
    s->n = 0;
    machine_run_frame(m);
    CHECK_EQ("events in frame 2", 4, s->n);
    expect_clip(s, 0, 10, 0, 10 - VBEND);
    expect_clip(s, 1, 20, 11 - VBEND, 20 - VBEND);
    expect_clip(s, 2, VBSTART, 21 - VBEND, VBSTART - 1 - VBEND);
    CHECK_EQ("then the VBLANK callback", EV_VBLANK, s->ev[3].kind);

    /* Without partial updates, the whole frame at once at VBLANK. */
    s->partials = false;
    s->n = 0;
    machine_run_frame(m);
    CHECK_EQ("events in frame 3", 2, s->n);
    expect_clip(s, 0, VBSTART, 0, 39);
    CHECK_EQ("then the VBLANK callback", EV_VBLANK, s->ev[1].kind);

    /* A state saved at VBLANK and loaded: the next frame is drawn the same. */
    s->partials = true;
    u8 *buf;
    size_t len;
    CHECK_EQ("save", 0, machine_save_state(m, &buf, &len));
    CHECK_EQ("load", 0, machine_load_state(m, buf, len, err, sizeof(err)));
    free(buf);
    s->n = 0;
    machine_run_frame(m);
    CHECK_EQ("events after a load", 4, s->n);
    expect_clip(s, 0, 10, 0, 10 - VBEND);

    machine_destroy(m);

    m = machine_create(&scan_drv, &r, 48000, err, sizeof(err));
    if (!m) {
        printf("machine_create: %s\n", err);
        return 1;
    }
    s = m->drv;
    for (int f = 0; f < 3; f++) {
        s->n = 0;
        machine_run_frame(m);
        /* line 3 is above the visible area: nothing; 19 draws 5-18, 35 draws 19-34 */
        CHECK_EQ("scanline frame: events", 4, s->n);
        expect_clip(s, 0, 19, 0, 18 - VBEND);
        expect_clip(s, 1, 35, 19 - VBEND, 34 - VBEND);
        expect_clip(s, 2, VBSTART, 35 - VBEND, VBSTART - 1 - VBEND);
    }
    machine_destroy(m);
    return check_report("test_screen");
}
