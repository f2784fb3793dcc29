/* Loading sample sets for samples devices (sound/samples.h), as MAME looks
   for them: in each folder of -samplepath (';'-separated), a zip
   <dir>/<set>.zip or a folder <dir>/<set>/ holding <name>.wav for each
   sample name. The system's own name is tried first, then the set its
   samples device names (MAME's sampleof), so clones share the parent's
   set. WAVs are 8/16-bit PCM at any rate and any channel count (mixed down
   to mono 16-bit). Missing files are never an error: those samples are
   silent, and the runner prints one notice line. */
#ifndef CABINET_SAMPLES_LOAD_H
#define CABINET_SAMPLES_LOAD_H

#include <stdio.h>

#include "emu/machine.h"
#include "sound/samples.h"
#include "util/wav.h"

#define SAMPLES_MAX_WAV_BYTES (64u << 20)

/* Loads the samples `p` names, searching sets `sets[0..nsets-1]` in order
   (entries may be NULL or repeat). bank->samples has p->count entries,
   frames == 0 for each missing one. *found counts the loaded ones and
   *sources the zips/folders that exist. Unreadable or malformed WAVs count
   as missing, with a line on `warn` (may be NULL). 0 ok, -1 out of memory. */
int samples_load_set(const char *samplepath, const char *const *sets, int nsets, const samples_params *p,
                     sample_bank *bank, int *found, int *sources, FILE *warn);
void sample_bank_free(sample_bank *bank);

/* Converts a parsed WAV (any channel count) to mono 16-bit (the channels
   averaged). 0 ok, -1 out of memory or empty. */
int sample_from_wav(const wav_data *w, sample_data *out);

/* The runner's hook: loads the set of every samples device of `m` and
   attaches it. A set with samples missing prints one notice line on
   `notice`, e.g. "invaders: samples not found, sound effects are silent".
   Returns what must be freed after machine_destroy() (NULL when the
   machine has no samples devices or memory ran out). */
typedef struct machine_samples machine_samples;
machine_samples *samples_load_machine(machine_t *m, const char *samplepath, FILE *notice);
void machine_samples_free(machine_samples *ms);

#endif
