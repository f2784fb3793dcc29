/* 16-bit PCM WAV files: streamed writer (header patched on close) and a
   bounds-checked reader for tests and samples. */
#ifndef CABINET_WAV_H
#define CABINET_WAV_H

#include <stdio.h>

#include "util/fileio.h"
#include "util/types.h"

/* A RIFF header counts data bytes in 32 bits: the writer stops at
   WAV_MAX_DATA bytes instead of writing a header that lies. */
#define WAV_MAX_DATA 0xffffffd8u /* 4 GiB less the header, a multiple of 8 */

typedef struct wav_writer {
    file_out out;
    u32 rate;
    u16 channels;
    u64 frames;
    u64 max_data;  /* WAV_MAX_DATA; tests lower it */
    bool failed, full;
    int why;       /* errno of the first write failure */
} wav_writer;

/* 0 ok; -1 with err naming the file and the reason. */
int wav_open(wav_writer *w, const char *path, u32 rate, u16 channels, char *err, size_t errlen);
/* Interleaved samples, frames * channels values. 0 ok; 1 the file is full
   (max_data reached: later samples are dropped); -1 write error. */
int wav_write(wav_writer *w, const s16 *samples, size_t frames);
/* keep: finish the header and rename into place (0 ok, -1 with err);
   !keep: discard, the old file stays. */
int wav_close(wav_writer *w, bool keep, char *err, size_t errlen);

typedef struct wav_data {
    u32 rate;
    u16 channels;
    s16 *samples; /* interleaved */
    size_t frames;
} wav_data;

/* Reads 8/16-bit PCM; 0 ok, -1 with err naming the problem. */
int wav_read(const char *path, wav_data *out, char *err, size_t errlen);
int wav_parse(const u8 *buf, size_t len, wav_data *out, char *err, size_t errlen);
void wav_data_free(wav_data *d);

#endif
