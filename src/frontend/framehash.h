/* -framehash: SHA-1 of the audio mixed after frame -hash_after and of the
   last frame's RGB pixels, printed as "frames N", "frame_sha1 X" and
   "audio_sha1 Y" when the run ends; what the determinism tests compare. */
#ifndef CABINET_FRAMEHASH_H
#define CABINET_FRAMEHASH_H

#include "emu/machine.h"
#include "frontend/options.h"
#include "util/hash.h"

typedef struct framehash {
    hash_ctx audio;
    u64 after; /* -hash_after */
    bool on;
} framehash;

/* Off unless -framehash; -1 when the hash cannot be set up. */
int framehash_begin(framehash *h, const options *o);
/* The stereo frames of the frame just completed (hashed as interleaved
   little-endian s16, left first). */
void framehash_audio(framehash *h, const machine_t *m, const s16 *samples, size_t frames);
/* Prints the three lines when `print`, and frees the hash either way. */
void framehash_end(framehash *h, const machine_t *m, bool print);

#endif
