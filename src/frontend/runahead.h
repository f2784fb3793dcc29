/* Run-ahead (-runahead N, 1-3): after each real frame the machine's state is
   saved, N more frames are run with the inputs held, their last picture is
   kept as the one to show, and the saved state is put back. The player sees
   N frames further than the machine has really gone, so a key's effect
   shows N frames sooner; the real machine (recordings, NVRAM, states, the
   sound, -framehash, -wavwrite) goes on exactly as without run-ahead. */
#ifndef CABINET_RUNAHEAD_H
#define CABINET_RUNAHEAD_H

#include "emu/machine.h"

#define RUNAHEAD_MAX 3

/* A tilemap's drawn cache (pixels, flags, dirty marks), put back with the
   state rather than redrawn whole: the cache as it was is exactly what a
   run without run-ahead has at that point. */
typedef struct runahead_tilemap {
    u8 *dirty, *tile_kind, *flagsmap;
    u16 *pixmap, *backdrop;       /* backdrop: NULL when the tilemap has none */
    int category_tiles[16], transparent_tiles;
    bool any_dirty;
} runahead_tilemap;

typedef struct runahead {
    int frames;             /* N; 0: off */
    u8 *state;              /* the real machine's state after its last frame */
    size_t state_len;
    u16 *bitmap;            /* its pen bitmap and pens (not part of a state) */
    u32 *pens;
    input_ports inputs;
    u32 coin_count[MACHINE_COIN_COUNTERS];   /* bookkeeping: speculation counts no coins */
    bool coin_line[MACHINE_COIN_COUNTERS];
    runahead_tilemap tilemaps[MAX_TILEMAPS];
    int num_tilemaps;
    bool copy_shown;        /* keep the picture in `shown` (on by default; headless
                               uses it from the callback only) */
    u32 *shown;             /* the picture to show (frame `shown_frame`) */
    u64 shown_frame;        /* 0: none yet */
    u64 speculated;         /* speculative frames run, for the cost report */
} runahead;

/* frames 0 leaves run-ahead off. -1 with err (out of memory, bad N). */
int runahead_init(runahead *ra, const machine_t *m, int frames, char *err, size_t errlen);
void runahead_free(runahead *ra);

/* Call after the real frame and everything that uses it (sound, recording,
   -savestate). Runs the N frames; `shown` (may be NULL) is called while the
   machine holds the last of them, then the real machine is restored. -1
   with err if the state cannot be saved or restored. */
int runahead_speculate(runahead *ra, machine_t *m, void (*shown)(void *ctx, machine_t *m), void *ctx, char *err,
                       size_t errlen);

/* The picture the player should see: the speculated one, or the machine's
   own frame when run-ahead is off or has not run yet. */
const u32 *runahead_picture(const runahead *ra, const machine_t *m);

#endif
