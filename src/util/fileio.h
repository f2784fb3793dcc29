/* Host file helpers: whole-file reads with a size cap, and the one output
   layer every file Cabinet writes goes through (NVRAM, cfg, ini, states,
   recordings, snapshots, WAV).

   An output is written to a fresh temporary file in the target's folder
   (".NAME.XXXXXX", created with O_EXCL, so a planted symlink or another
   writer's temp file is never opened), synced, renamed over the target and
   the folder synced. A target that is a symlink is written through to the
   file it names (the link stays); a target that exists but is not a
   regular file (folder, FIFO, device) is refused. Until the commit the old
   file is untouched; a discarded or failed output leaves it as it was. */
#ifndef CABINET_FILEIO_H
#define CABINET_FILEIO_H

#include <stdio.h>

#include "util/types.h"

/* Reads at most `max` bytes of a regular file (a FIFO, folder or device is
   refused without blocking); a larger file is an error. 0 ok; -1 with err
   ("PATH: reason"). */
int file_read_all(const char *path, u8 **buf, size_t *len, size_t max, char *err, size_t errlen);

typedef struct file_out {
    FILE *f;
    char path[4096];   /* the file replaced: the target, symlinks resolved */
    char tmp[4200];
    const char *name;  /* as the user gave it, for messages */
} file_out;

/* Creates the temporary file; 0 ok, -1 with err naming path and reason. */
int file_out_open(file_out *o, const char *path, char *err, size_t errlen);
/* ok: flush, fsync, rename into place, fsync the folder; !ok or any failure:
   remove the temporary file, keep the old one. 0 committed; -1 with err
   (unless the caller passed ok false: then err is left alone). */
int file_out_commit(file_out *o, bool ok, char *err, size_t errlen);
/* Whole buffer through file_out. 0 ok; -1 with err. */
int file_write_atomic(const char *path, const void *buf, size_t len, char *err, size_t errlen);
/* mkdir -p; 0 ok, -1 with errno set. */
int make_dirs(const char *path);

#endif
