/* Devices: CPUs, sound chips and other chips a machine is composed of. A
   driver lists them as static data (device_config); the machine creates an
   instance of each at start, in list order, which is also the order they
   execute, reset and serialise in. */
#ifndef CABINET_DEVICE_H
#define CABINET_DEVICE_H

#include "cpu/cpu.h"
#include "emu/memory.h"
#include "emu/state.h"
#include "sound/filter.h"

typedef struct machine machine_t;
typedef struct device device_t;
typedef struct device_config device_config;

typedef struct device_type {
    const char *name;      /* listxml chip name, e.g. "Namco" */
    const char *shortname; /* e.g. "namco" */
    size_t state_size;     /* bytes of the instance struct (device_t.self) */
    int (*start)(device_t *d, char *err, size_t errlen); /* 0 = ok */
    void (*reset)(device_t *d);
    void (*serialize)(device_t *d, state_io *io);
    /* Sound devices: fill n samples at d->sound_rate into each of the
       d->sound_outputs buffers out[0..]. NULL otherwise. */
    void (*sound_update)(device_t *d, s32 *const *out, int n);
    /* The stream may be rendered on a second thread (sound/sound_worker.h):
       sound_update gives the same samples however they are cut into chunks,
       and every change to what it reads goes through stream_write. */
    bool sound_async;
    u8 outputs;            /* sound outputs (0: 1); start() may change d->sound_outputs */
    /* Called at the start (state 1) and end (0) of every VBLANK, after the
       driver's own screen callback (a watchdog counting frames). */
    void (*vblank)(device_t *d, int state);
} device_type;

/* A line a device (or a CPU output) drives into the board: called with the
   driver state and the new level when the line changes. */
typedef void (*devcb_line)(void *drv, int state);

/* Configuration of a CPU: its memory maps and the acknowledge callback
   (ctx = driver state; returns the data-bus byte for IM2/RST vectors). */
typedef struct cpu_params {
    const mem_map_entry *program;
    const mem_map_entry *io;
    const mem_map_entry *opcodes; /* optional separate M1 space (Z80) */
    int program_bits, io_bits;    /* 0: 16 and 8 */
    int (*irq_ack)(void *drv, int line);
    /* Output lines the core drives (CPU_OUT_INTE, CPU_OUT_BA, ...): called
       with the driver state when one changes. */
    void (*output)(void *drv, int line, int state);
    /* No handler this CPU reaches (memory or I/O) re-points a page of its
       program or opcode space (no banking): the core may keep its cached
       pages across handler calls (sets address_space_t.fixed_pages). */
    bool fixed_pages;
} cpu_params;

/* Where a sound device's output goes: a speaker side (a mono board sends
   everything to both), at a gain, through up to ROUTE_MAX_FILTERS RC stages
   (run at the output rate, in order). A driver lists them with the device:
     SOUND_DEVICE("ay1", ay8910_device, 1789772, NULL,
                  ROUTES(ROUTE_RC(0, SPEAKER_MONO, 64, RC_LP3(1000, 5100, 0, 0)),
                         ROUTE(1, SPEAKER_MONO, 64), ROUTE(2, SPEAKER_MONO, 64)))
   A stage declared with C = 0 is off until the board sets it at run time
   (sound_route_set_filter); only declared stages can be set. */
#define ROUTE_MAX_FILTERS 3
#define ALL_OUTPUTS (-1)
enum { SPEAKER_LEFT = 1, SPEAKER_RIGHT = 2, SPEAKER_BOTH = 3, SPEAKER_MONO = SPEAKER_BOTH };

typedef struct sound_route {
    s8 output;       /* 0.., or ALL_OUTPUTS; a route with target 0 ends a list */
    u8 target;       /* SPEAKER_* */
    u16 gain;        /* 256 = 1.0 */
    rc_filter filter[ROUTE_MAX_FILTERS];
} sound_route;

#define ROUTE(out, tgt, gain) { (out), (tgt), (gain), { { 0 } } }
#define ROUTE_RC(out, tgt, gain, ...) { (out), (tgt), (gain), { __VA_ARGS__ } }
#define ROUTES(...) ((const sound_route[]){ __VA_ARGS__, { 0, 0, 0, { { 0 } } } })

struct device_config {
    const char *tag;           /* "maincpu", "namco" */
    const device_type *type;   /* NULL for a CPU */
    const cpu_core_ops *cpu;   /* non-NULL for a CPU */
    u32 clock;                 /* Hz at the device's input */
    const void *params;        /* cpu_params for CPUs; type-specific otherwise */
    const sound_route *routes; /* sound: ROUTES(...), required */
};

#define CPU_DEVICE(tag, core, clk, ...) \
    { (tag), NULL, &(core), (clk), &(const cpu_params){ __VA_ARGS__ }, NULL }
/* clk: the chip's input clock as MAME's -listxml gives it (0: none); the
   device derives its sample rate from it. */
#define SOUND_DEVICE(tag, type, clk, params, routes) { (tag), &(type), NULL, (clk), (params), (routes) }
#define DEVICE(tag, type, clk, params) { (tag), &(type), NULL, (clk), (params), NULL }
#define DEVICE_END { NULL, NULL, NULL, 0, NULL, NULL }

typedef struct sound_stream sound_stream;

struct device {
    const device_config *cfg;
    const device_type *type;
    machine_t *machine;
    const char *tag;
    u32 clock;
    void *self;            /* the typed instance */
    u32 sound_rate;        /* sound devices set this in start() */
    int sound_outputs;     /* type->outputs, or what start() sets */
    sound_stream *stream;  /* created by the machine after start() */
};

#endif
