/* The screen: the beam's position from emulated time, and partial updates.

   The driver's video update draws the lines it is given (a clip rect); the
   screen calls it from the line it last drew up to the line a driver names,
   so a write that changes what is on screen can first have the lines above
   the beam drawn with the old contents (MAME's update_partial):
       static void scroll_w(void *ctx, offs_t o, u8 d)
       {   my_state *s = ctx;  screen_update_now(s->machine);  s->scroll = d;  }
   At the start of VBLANK the rest of the frame is drawn, before the driver's
   VBLANK callback runs. A driver that never asks for a partial update is
   drawn once per frame, whole, at VBLANK. */
#ifndef CABINET_SCREEN_H
#define CABINET_SCREEN_H

#include "emu/sched.h"

typedef struct machine machine_t;
struct cpu_slot;

/* Called at the start of a raw line. */
typedef void (*scanline_fn)(machine_t *m, void *ctx, int line);

#define MAX_SCANLINE_TIMERS 4

typedef struct screen_state {
    int last_scan;   /* first raw line not drawn yet in this frame */
    u64 scan_frame;  /* the frame (counted from raw line 0) last_scan belongs to */
    struct scanline_timer {
        emu_timer *timer; /* its param is the line it fires at next */
        scanline_fn fn;
        void *ctx;
        int first, step;
    } scanline[MAX_SCANLINE_TIMERS];
    int num_scanline;
    /* Lines reached by one CPU (screen_follow_cpu): the scheduler ends that
       CPU's execute() calls at each line's start, so its instruction
       boundaries tell which lines a per-line timer would have drawn. */
    struct cpu_slot *beam_cpu;
    u64 beam_goal;       /* the CPU's cycle count at the next line's start */
    u64 beam_step;       /* cycles a line when whole and exact, else 0 */
    u64 beam_frame;      /* that line (frames counted from raw line 0) */
    int beam_line;
    int reached_line;    /* the line before it: the last one reached */
    u64 reached_goal;    /* the CPU's cycle count at its start (UINT64_MAX: unknown) */
    bool beam_vpos;      /* a CPU cycle is a pixel or more: screen_vpos may go by these */
    u64 reached_frame;
    u32 reached_seq;     /* counts lines reached */
    u32 drawn_seq;       /* reached_seq at the last screen_update_reached */
    void (*reached_fn)(void *ctx, int line); /* screen_on_reached */
    void *reached_ctx;
} screen_state;

/* Screen position now, from emulated time (0-based, raw lines/pixels), to
   the nearest pixel: a CPU cycle's time is whole attoseconds, a hair short. */
int screen_vpos(const machine_t *m);
int screen_hpos(const machine_t *m);
/* The beam at emulated time t, in pixels since line 0 of the power-on frame
   (screen_vpos(m) is this at the current time, modulo a frame, over htotal). */
u64 screen_beam_at(const machine_t *m, emu_time t);
/* The frame counter as it stands now (m->frame_number is only brought up to
   date between CPU slices). */
u64 screen_frame_number(const machine_t *m);
/* Time from now until the beam next reaches the start of `line` (a full
   frame when it is there now): for per-scanline timers. */
emu_time screen_time_until_line(const machine_t *m, int line);
/* Duration of one scanline (htotal pixels). */
emu_time screen_line_period(const machine_t *m);

/* Draws the visible lines from the last drawn one through raw line `line`
   (inclusive) by calling the video update with a clip rect of those lines;
   nothing when `line` is above the last drawn one or no visible line is in
   the range. Which lines are drawn starts over at raw line 0 of each frame.
   Returns true when the update was called. */
bool screen_update_partial(machine_t *m, int line);
/* At VBLANK start: the frame just scanned drawn to its last visible line
   (the machine calls it). */
void screen_update_frame_end(machine_t *m);
/* Partial update through the beam's current line (update_partial(vpos())). */
static inline bool screen_update_now(machine_t *m)
{
    return screen_update_partial(m, screen_vpos(m));
}

/* Lazy drawing for a board whose picture MAME draws a line at a time
   (VIDEO_UPDATE_SCANLINE) and which only `cpu` changes: in place of a timer
   a line, the scheduler splits that CPU's execute() calls at line starts
   (no slice for the other CPUs, no timer), and the driver calls
   screen_update_reached before each write that changes the picture: it
   draws through the last line whose start the CPU had reached when the
   instruction making the write began, as the line's timer would have drawn
   it. For a driver's start(). */
void screen_follow_cpu(machine_t *m, struct cpu_slot *cpu);
/* fn(ctx, line) is called at each line the CPU followed reaches, before
   the CPU runs on (not for the line a state load or screen_follow_cpu
   finds it at). */
void screen_on_reached(machine_t *m, void (*fn)(void *ctx, int line), void *ctx);
/* For the scheduler: the CPU followed has run to `total` cycles (at an
   instruction boundary). */
void screen_beam_advance(machine_t *m, u64 total);
bool screen_update_reached_slow(machine_t *m);
/* The raw lines [*top, *bottom] screen_update_reached_slow would draw now
   (update_in_frame's range), for a screen whose visible lines are vbend ..
   vbstart - 1; false when there are none. A write that cannot change what
   those lines show may leave them undrawn: they are drawn at a later
   write, or at VBLANK, with the same contents. */
static inline bool screen_reached_pending(const screen_state *ss, int vbend, int vbstart, int *top, int *bottom)
{
    int first = ss->reached_frame == ss->scan_frame ? ss->last_scan : 0;
    *top = first > vbend ? first : vbend;
    *bottom = ss->reached_line < vbstart - 1 ? ss->reached_line : vbstart - 1;
    return *top <= *bottom;
}
/* The time `line` of `frame` (counted from raw line 0) starts. */
emu_time screen_line_time(const machine_t *m, u64 frame, int line);
static inline void screen_update_reached(machine_t *m, screen_state *ss)
{
    if (ss->reached_seq != ss->drawn_seq)
        screen_update_reached_slow(m);
}

/* A timer that calls fn at the start of lines first, first + step, ...
   (those below vtotal), every frame: MAME's scanline timers, e.g. a partial
   update every 16 lines, or an IRQ on lines 16, 80, 144, 208 (first 16,
   step 64). For a driver's start(); NULL when MAX_SCANLINE_TIMERS are in
   use or step < 1. */
emu_timer *screen_scanline_timer(machine_t *m, int first, int step, scanline_fn fn, void *ctx);

/* After a state load: the lines above the beam count as drawn (they were,
   in the machine the state comes from). */
void screen_post_load(machine_t *m);

#endif
