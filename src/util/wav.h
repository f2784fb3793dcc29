/* 16-bit PCM WAV files: streamed writer (header patched on close) and a
   bounds-checked reader for tests and samples. */
#ifndef CABINET_WAV_H
#define CABINET_WAV_H

#include <stdio.h>

#include "util/types.h"

typedef struct wav_writer {
    FILE *f;
    char path[4096], tmp[4200];
    u32 rate;
    u16 channels;
    u64 frames;
    bool failed;
} wav_writer;

int wav_open(wav_writer *w, const char *path, u32 rate, u16 channels);
/* Interleaved samples, frames * channels values. */
void wav_write(wav_writer *w, const s16 *samples, size_t frames);
/* Finishes the header and renames into place; 0 ok. */
int wav_close(wav_writer *w);

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
