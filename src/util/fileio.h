/* Host file helpers: whole-file reads with a size cap, atomic writes. */
#ifndef CABINET_FILEIO_H
#define CABINET_FILEIO_H

#include <stdio.h>

#include "util/types.h"

/* Reads at most `max` bytes; a larger file is an error. 0 ok; -1 with err. */
int file_read_all(const char *path, u8 **buf, size_t *len, size_t max, char *err, size_t errlen);
/* Writes buf to path via "path.tmp" and rename, so a crash never leaves a
   half-written file. 0 ok; -1 with err. */
int file_write_atomic(const char *path, const void *buf, size_t len, char *err, size_t errlen);
/* Opens "path.tmp" for writing; file_commit closes it and renames into place
   (or removes it when ok is false). */
FILE *file_begin_atomic(const char *path, char *tmp, size_t tmplen);
int file_commit_atomic(FILE *f, const char *tmp, const char *path, bool ok);
/* mkdir -p; 0 ok. */
int make_dirs(const char *path);

#endif
