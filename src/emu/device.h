/* Devices: CPUs, sound chips and other chips a machine is composed of. A
   driver lists them as static data (device_config); the machine creates an
   instance of each at start, in list order, which is also the order they
   execute, reset and serialise in. */
#ifndef CABINET_DEVICE_H
#define CABINET_DEVICE_H

#include "cpu/cpu.h"
#include "emu/memory.h"
#include "emu/state.h"

typedef struct machine machine_t;
typedef struct device device_t;
typedef struct device_config device_config;

typedef struct device_type {
    const char *name;      /* listxml chip name, e.g. "Namco 3-channel WSG" */
    const char *shortname; /* e.g. "namco" */
    size_t state_size;     /* bytes of the instance struct (device_t.self) */
    int (*start)(device_t *d, char *err, size_t errlen); /* 0 = ok */
    void (*reset)(device_t *d);
    void (*serialize)(device_t *d, state_io *io);
    /* Sound devices: fill n samples at d->sound_rate. NULL otherwise. */
    void (*sound_update)(device_t *d, s32 *out, int n);
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
} cpu_params;

struct device_config {
    const char *tag;           /* "maincpu", "namco" */
    const device_type *type;   /* NULL for a CPU */
    const cpu_core_ops *cpu;   /* non-NULL for a CPU */
    u32 clock;                 /* Hz at the device's input */
    const void *params;        /* cpu_params for CPUs; type-specific otherwise */
    u16 gain;                  /* sound: mixer gain, 256 = 1.0 */
};

#define CPU_DEVICE(tag, core, clk, ...) \
    { (tag), NULL, &(core), (clk), &(const cpu_params){ __VA_ARGS__ }, 0 }
#define SOUND_DEVICE(tag, type, clk, params, gain) { (tag), &(type), NULL, (clk), (params), (gain) }
#define DEVICE(tag, type, clk, params) { (tag), &(type), NULL, (clk), (params), 0 }
#define DEVICE_END { NULL, NULL, NULL, 0, NULL, 0 }

typedef struct sound_stream sound_stream;

struct device {
    const device_config *cfg;
    const device_type *type;
    machine_t *machine;
    const char *tag;
    u32 clock;
    void *self;            /* the typed instance */
    u32 sound_rate;        /* sound devices set this in start() */
    sound_stream *stream;  /* created by the machine after start() */
};

#endif
