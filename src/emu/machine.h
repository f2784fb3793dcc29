/* A running machine: the devices of one driver, wired by its static
   configuration, advanced one video frame at a time by the scheduler. */
#ifndef CABINET_MACHINE_H
#define CABINET_MACHINE_H

#include "emu/device.h"
#include "emu/input.h"
#include "emu/region.h"
#include "emu/sched.h"
#include "emu/screen.h"
#include "sound/stream.h"
#include "video/bitmap.h"
#include "video/gfx.h"
#include "video/palette.h"

/* Display orientation of the finished frame (MAME's ROT flags). */
enum {
    ORIENT_FLIP_X = 1, ORIENT_FLIP_Y = 2, ORIENT_SWAP_XY = 4,
    ROT0 = 0, ROT90 = ORIENT_SWAP_XY | ORIENT_FLIP_X, ROT180 = ORIENT_FLIP_X | ORIENT_FLIP_Y,
    ROT270 = ORIENT_SWAP_XY | ORIENT_FLIP_Y, ORIENT_MASK = 7,
};
/* Driver status flags (listxml <driver status>). */
enum { MACHINE_NOT_WORKING = 0x100, MACHINE_IMPERFECT_SOUND = 0x200, MACHINE_NO_SOUND = 0x400,
       MACHINE_IMPERFECT_GRAPHICS = 0x800, MACHINE_SUPPORTS_SAVE = 0x1000 };

typedef struct screen_config {
    u32 pixclock;
    u16 htotal, hbend, hbstart; /* visible columns: hbend .. hbstart-1 */
    u16 vtotal, vbend, vbstart; /* visible lines: vbend .. vbstart-1; VBLANK starts at vbstart */
    void (*vblank)(machine_t *m, void *drv, int state);
    /* The frame period as MAME's raw screen has it: the pixel time truncated
       to whole attoseconds, times htotal * vtotal, a few attoseconds short
       of the exact frame, so each VBLANK comes just before the CPU clock
       edge it would fall on and a CPU slice ending there stops a clock
       earlier (Donkey Kong's NMI is taken an instruction sooner when one
       ends on the clock before VBLANK, as in MAME 0.251). Opt-in: the other
       boards' timing is matched with the exact period. */
    bool mame_frame_period;
} screen_config;
/* The beam's phase, as MAME's screen has it: power-on is at the start of
   VBLANK, so the first VBLANK comes one frame later; frame_number counts
   VBLANK ends, so the image drawn at the N-th VBLANK is frame N-1 (MAME's
   screen:frame_number()), and the first image numbered 1 is drawn two frame
   periods after power-on. */

typedef struct video_config {
    /* Fills the palette (colours, and the pen indirection if pens > 0). */
    void (*palette_init)(machine_t *m, void *drv, palette_t *pal);
    /* Draws the visible area; x/y in the bitmap are relative to hbend/vbend. */
    void (*update)(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip);
    const gfx_decode_entry *gfx;
    u16 colors, pens;
    /* Optional: the sprite list and palette source for the viewers and
       pixel provenance (video/viewer.h). */
    const struct viewer_desc *viewer;
} video_config;

typedef struct machine_config {
    const device_config *devices;
    size_t drv_state_size;
    u32 quantum_hz;       /* slices per second; 0: one per frame */
    screen_config screen;
    video_config video;
    int (*start)(machine_t *m, void *drv); /* resolve devices, allocate timers */
    void (*reset)(machine_t *m, void *drv);
    void (*serialize)(machine_t *m, void *drv, state_io *io);
    void (*post_load)(machine_t *m, void *drv);
    /* Non-volatile memory (EAROM, battery RAM): the frontend restores it from
       <nvram_directory>/<system>/<nvram_name> after start, before the first
       frame, and saves it on exit. nvram() returns the bytes and their count. */
    const char *nvram_name;
    u8 *(*nvram)(machine_t *m, void *drv, size_t *len);
    /* Listing only (-listxml), as MAME's driver declares them: the speaker's
       tag (NULL: no speaker listed) and the joysticks' ways (0: 4). */
    const char *speaker_tag;
    u8 joy_ways;
    struct { u8 sensitivity, keydelta; bool reverse; } trackball; /* PORT_SENSITIVITY etc. */
    /* MAME's names of the board's devices, in MAME's order, NULL-ended
       (<device_ref>; the frontend's listxml_devices.c knows each name). */
    const char *const *device_refs;
} machine_config;

typedef struct game_driver {
    const char *name, *parent;
    const char *year, *manufacturer, *description;
    const char *source_file;   /* e.g. "pacman.c" */
    const machine_config *config;
    const input_def *inputs;
    /* ROM post-processing after loading (decryption, patches); 0 = ok */
    int (*init)(machine_t *m, region_list *regions);
    u32 flags;                 /* orientation | MACHINE_* */
} game_driver;

/* One line per system, as MAME's GAME(): the source file is the one the
   line is in (GCC 12 and Clang name it without its directory). */
#ifdef __FILE_NAME__
#define DRIVER_SOURCE_FILE __FILE_NAME__
#else
#define DRIVER_SOURCE_FILE __FILE__
#endif
#define GAME(year, name, parent, config, inputs, init, flags, company, fullname)                                  \
    const game_driver driver_##name = { #name, parent, #year, company, fullname, DRIVER_SOURCE_FILE, &(config), \
                                        inputs, init, flags }

typedef struct cpu_slot {
    device_t *dev;
    const cpu_core_ops *ops;
    void *core;
    mem_space program, io, opcodes;
    bool has_opcodes;
    u64 rate;           /* cycles per second */
    et_clock clock;     /* rate, for machine_time's conversion */
    u64 total_cycles;
    emu_time local;     /* time reached by this CPU (when local_stale: */
    bool local_stale;   /* total_cycles' time, worked out when needed) */
    bool suspended;
} cpu_slot;

#define MAX_DEVICES 32
#define SOUND_PROGRESS_HZ 2000
#define MACHINE_COIN_COUNTERS 4
#define MAX_CPUS 8
#define MAX_TILEMAPS 8

struct machine {
    const game_driver *driver;
    const machine_config *config;
    void *drv;
    region_list regions;
    device_t devices[MAX_DEVICES];
    int num_devices;
    cpu_slot cpus[MAX_CPUS];
    int num_cpus;
    sound_stream *streams[MAX_DEVICES];
    int num_streams;

    /* scheduler */
    emu_time now;
    cpu_slot *running;
    emu_time quantum, boost_quantum, boost_end;
    emu_timer timers[MAX_TIMERS];
    int num_timers;
    bool started;

    /* screen and video */
    emu_time frame_period;
    emu_timer *vblank_on, *vblank_off;
    u64 frame_number;     /* completed frames; the first is 1 */
    screen_state screen;  /* partial updates (screen.h) */
    bool frame_ready;
    bitmap_ind16 bitmap;
    palette_t palette;
    gfx_element gfx[8];
    int num_gfx;
    struct tilemap *tilemaps[MAX_TILEMAPS]; /* owned (tilemap_create) */
    int num_tilemaps;
    u32 *frame_rgb;       /* width * height, native orientation */
    u32 *frame_pens;      /* pen -> RGB as of the last VBLANK */
    bool frame_stale;     /* frame_rgb not yet converted from bitmap (done on demand) */

    input_ports inputs;
    /* MAME's bookkeeping: pulses on the board's coin counter outputs
       (machine_coin_counter_w), for the frontend to show and keep; not
       in save states. */
    u32 coin_count[MACHINE_COIN_COUNTERS];
    bool coin_line[MACHINE_COIN_COUNTERS];
    mixer mix;
    /* renders the sound_async devices' streams (machine_set_sound_thread);
       told how far the machine has run every SOUND_PROGRESS_HZ-th second */
    sound_worker *sound_worker;
    emu_time sound_progress_at;
    bool async_jobs; /* the driver posts jobs (machine_async_job): start() sets it */
    bool loading_state; /* inside machine_load_state: times are not yet consistent */
    bool reset_pending;
    /* Debugger/trace hook (NULL: none, the normal path): runs a CPU's slice
       in place of ops->execute, with the same contract (cycles run, >= want
       unless a sched_sync cut the slice short). sync_count counts
       sched_sync calls, so the hook can tell a cut slice apart. */
    int (*exec_hook)(void *ctx, cpu_slot *c, int want);
    void *exec_hook_ctx;
    u32 sync_count;
    void (*log)(void *ctx, const char *msg);
    void *log_ctx;
};

/* Creates a machine on already loaded regions (taken over by the machine).
   NULL with a message in err on failure. */
machine_t *machine_create(const game_driver *drv, region_list *regions, u32 sample_rate, char *err, size_t errlen);
void machine_destroy(machine_t *m);
void machine_reset(machine_t *m);
/* Runs to the start of the next VBLANK, draws the frame and mixes its audio. */
void machine_run_frame(machine_t *m);
void machine_schedule_reset(machine_t *m);
/* Renders the streams of devices that allow it (device_type.sound_async),
   and runs the driver's jobs (machine_async_job), on a second thread, or
   again on the machine's own; the results are the same either way.
   Returns whether a thread now renders them. */
bool machine_set_sound_thread(machine_t *m, bool on);
/* Waits for the sound thread (if any) to render everything posted. */
void machine_sound_sync(machine_t *m);
/* job(ctx, arg) on the sound thread, after what was posted before it, or
   now when there is no thread. What the job touches is the driver's to
   read only after machine_sound_sync (save states sync first). */
void machine_async_job(machine_t *m, sound_job_fn job, void *ctx, u32 arg);
/* A driver's coin counter output n (0-3) driven to state: each rising
   edge counts one coin, as MAME's machine().bookkeeping().coin_counter_w. */
void machine_coin_counter_w(machine_t *m, int n, int state);

/* Visible frame in native orientation; audio of the last frame. */
int machine_width(const machine_t *m);
int machine_height(const machine_t *m);
/* The RGB frame is converted from the pen bitmap on the first call after a
   VBLANK, with the palette as it was then: runs nobody looks at skip it. */
const u32 *machine_frame(const machine_t *m);
/* The frame's audio: *frames stereo frames (left, right) at the output rate. */
static inline const s16 *machine_audio(const machine_t *m, size_t *frames)
{
    *frames = m->mix.out_len;
    return m->mix.out;
}

/* Lookups for a driver's start(); tags are resolved once, never at run time. */
device_t *machine_device(machine_t *m, const char *tag);
/* A device's instance (its self: ls259_t, namco_wsg, a CPU core), or NULL. */
void *machine_device_self(machine_t *m, const char *tag);
cpu_slot *machine_cpu(machine_t *m, const char *tag);
mem_region *machine_region(machine_t *m, const char *tag);
void cpu_set_line(cpu_slot *c, int line, int state);
/* Routes log messages (including the first unmapped access of each address
   space) to fn; NULL turns logging off. */
void machine_set_log(machine_t *m, void (*fn)(void *ctx, const char *msg), void *ctx);
void machine_logf(machine_t *m, const char *fmt, ...);

/* Save states: a versioned, checksummed byte image of the whole machine. */
#define STATE_FORMAT_VERSION 2
int machine_save_state(machine_t *m, u8 **buf, size_t *len);
/* 0 ok; otherwise err says why (other driver, version, size, checksum). */
int machine_load_state(machine_t *m, const u8 *buf, size_t len, char *err, size_t errlen);

/* Sound devices call this before changing anything audible. */
void device_stream_update(device_t *d);
/* Or, for a device whose stream may be rendered on the sound thread: the
   stream brought to `at`, then fn(d, arg) changes what it plays (stream_write;
   at once when the device has no stream). */
void device_stream_write(device_t *d, emu_time at, stream_write_fn fn, u32 arg);
/* The first route of a sound device's output, resolved in the driver's
   start(); NULL when there is none. */
mixer_route *machine_sound_route(machine_t *m, const char *tag, int output);
/* Run-time changes of a route (Frogger's filter latch switching capacitors):
   the output is mixed up to now with the old setting first. A stage must be
   declared in the route (with C = 0 for "off"); -1 otherwise. */
int sound_route_set_filter(machine_t *m, mixer_route *r, int stage, rc_filter f);
void sound_route_set_gain(machine_t *m, mixer_route *r, u16 gain);

#endif
