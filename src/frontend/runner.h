/* Running a system: headless (snapshots, WAV, benchmarks, scripted input)
   or in a window (frontend/sdl). */
#ifndef CABINET_RUNNER_H
#define CABINET_RUNNER_H

#include "emu/machine.h"
#include "frontend/options.h"

/* Scripted inputs: "FRAME PORT MASK STATE" lines, applied when FRAME has
   been completed. */
typedef struct input_event {
    u64 frame;
    char port[32];
    u32 mask;
    bool pressed;
    bool analog; /* "+N"/"-N": add delta counts to the analog field(s) under mask */
    s32 delta;
    u32 rewind;  /* "FRAME rewind N": step back N frames (-rewind); fired once */
    bool done;
} input_event;

typedef struct input_script {
    input_event *events;
    size_t count, next;
    u32 rewind_pending; /* set by input_script_apply at a rewind line */
} input_script;

int input_script_load(input_script *s, const char *path, char *err, size_t errlen);
int input_script_parse(input_script *s, const char *text, size_t len, const char *name, char *err, size_t errlen);
/* Applies the events due after `completed` frames; -1 with err on an unknown
   port. Stops at a rewind line not yet done, marking it done and setting
   rewind_pending: the caller rewinds, then calls input_script_seek. */
int input_script_apply(input_script *s, machine_t *m, u64 completed, char *err, size_t errlen);
/* Every event names a port and mask the machine has; -1 with err naming the
   first that does not (checked before the first frame). */
int input_script_check(const input_script *s, const machine_t *m, char *err, size_t errlen);
/* After a rewind to `completed` frames: the events from that frame on apply again. */
void input_script_seek(input_script *s, u64 completed);
void input_script_free(input_script *s);

/* Parses "60,120,300" into a sorted list; -1 on a bad number. */
int parse_frame_list(const char *text, u64 **frames, size_t *count);

/* Set by main to artwork_snapshot (frontend/artwork.h): with -snapview
   artwork, snapshots are composed into the artwork view; 1 = no artwork. */
extern int (*snapshot_artwork_hook)(const game_driver *drv, const char *artpath, const u32 *frame, int w, int h,
                                    const char *path, char *err, size_t errlen);
/* Writes pic as a PNG at -snapsize's size (native when auto). */
int write_sized_png(const char *path, const u32 *pic, int w, int h, const options *o, char *err, size_t errlen);
/* Writes the frame (oriented as the options say) as DIR/<driver>/<frame>.png. */
int write_snapshot(machine_t *m, const options *o, const char *path, char *err, size_t errlen);

int run_headless(machine_t *m, const options *o);
/* Window mode; returns -1 when no display is available (caller falls back). */
int run_window(machine_t *m, const options *o);

#endif
