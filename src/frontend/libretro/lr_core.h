/* The libretro core: Cabinet's machine behind the libretro API
   (cabinet_libretro.so). One game is loaded at a time, so the core's state
   is one lr_core, owned by core.c; the other files work on it. */
#ifndef CABINET_LR_CORE_H
#define CABINET_LR_CORE_H

#include "emu/hashdb.h"
#include "emu/machine.h"
#include "frontend/artwork.h"
#include "frontend/libretro/libretro.h"
#include "frontend/samples_load.h"

#define LR_SAMPLE_RATE 48000
#define LR_MAX_DIP_OPTIONS 48
#define LR_MAX_PADS 4

typedef struct lr_callbacks {
    retro_environment_t env;
    retro_video_refresh_t video;
    retro_audio_sample_t sample;
    retro_audio_sample_batch_t audio_batch;
    retro_input_poll_t poll;
    retro_input_state_t input;
    retro_log_printf_t log;
} lr_callbacks;

typedef struct lr_core {
    machine_t *m;
    const game_driver *drv;
    machine_samples *samples;
    u32 *frame;            /* the oriented frame (pre-rotated mode) */
    int frame_w, frame_h;  /* what video_cb gets */
    bool prerotate;        /* option: rotate in the core, not SET_ROTATION */
    unsigned retro_rotation;
    int sample_volume;     /* percent */
    u16 sample_gain[MIXER_MAX_ROUTES]; /* the driver's gains, before the option */
    bool gains_saved;
    size_t state_size;     /* fixed for the loaded system */
    artwork *art;          /* NULL: none found */
    int art_view, art_w, art_h;
    u32 *art_buf;
    bool art_on;           /* option: show it (forces the core's rotation) */
} lr_core;

extern lr_callbacks lr_cb;

/* Messages on screen (and in the log); level is a retro_log_level. */
void lr_message(int level, unsigned frames, const char *fmt, ...);

/* lr_load.c: finds the set named by `path` (a zip or folder; its parents
   beside it), verifies it against the hash files and creates the machine.
   path NULL: the bundled game. false with a message on failure. */
bool lr_load(lr_core *c, const char *path, const char *system_dir);

/* lr_input.c */
void lr_input_descriptors(const lr_core *c);
void lr_input_apply(lr_core *c);

/* lr_options.c: the core options of the loaded system (DIP switches,
   configuration switches, rotation, sample volume) and applying them. */
void lr_options_declare(lr_core *c);
void lr_options_apply(lr_core *c);
void lr_options_free(void);

/* lr_state.c: fixed-size states around Cabinet's own image. */
size_t lr_state_size_for(machine_t *m);
bool lr_state_save(lr_core *c, void *data, size_t size);
bool lr_state_load(lr_core *c, const void *data, size_t size);

/* lr_memmap.c: SET_MEMORY_MAPS from the main CPU's program map; the largest
   RAM block for RETRO_MEMORY_SYSTEM_RAM. */
void lr_memmap_declare(lr_core *c);
void *lr_memmap_system_ram(lr_core *c, size_t *len);

/* lr_artwork.c */
void lr_artwork_load(lr_core *c, const char *content_dir, const char *system_dir);
/* The oriented frame composed into the artwork (art_w x art_h); NULL on failure. */
const u32 *lr_artwork_compose(lr_core *c, const u32 *frame, int w, int h);
void lr_artwork_free(lr_core *c);

/* core.c: the frame's geometry after an orientation change. */
void lr_update_geometry(lr_core *c, bool announce);

#endif
