/* A defensive read-only view of a zip archive (libzip underneath).
   Opening validates the central directory and drops entries that are unsafe
   or unreadable: names with "..", absolute names, later duplicates of a
   name (compared without case; the first one wins), encrypted entries and
   unsupported compression. Each dropped entry leaves a one-line warning
   naming the archive and the entry. Directories are skipped silently.
   Opening is linear in the entry count (names go in a hash table). */
#ifndef CABINET_ZIPFILE_H
#define CABINET_ZIPFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct zipfile zipfile;
typedef struct zipfile_stream zipfile_stream;

typedef struct zipfile_entry {
    char *name;
    uint64_t size;      /* uncompressed size claimed by the directory */
    uint32_t crc;       /* CRC32 claimed by the directory */
    uint64_t index;     /* libzip index */
} zipfile_entry;

/* NULL on failure, with "path: reason" in err. */
zipfile *zipfile_open(const char *path, char *err, size_t errlen);
void zipfile_close(zipfile *z);

const char *zipfile_path(const zipfile *z);
size_t zipfile_count(const zipfile *z);
const zipfile_entry *zipfile_entry_at(const zipfile *z, size_t i);
size_t zipfile_warning_count(const zipfile *z);
const char *zipfile_warning(const zipfile *z, size_t i);

/* Lookup by name (case-insensitive, like MAME) or by directory CRC + size. */
const zipfile_entry *zipfile_find(const zipfile *z, const char *name);
const zipfile_entry *zipfile_find_crc(const zipfile *z, uint32_t crc, uint64_t size);

/* Streaming read; read returns bytes read, 0 at the end, -1 on error (err
   filled with "archive: entry: reason"). Corrupt data is an error, never a
   crash. */
zipfile_stream *zipfile_stream_open(zipfile *z, const zipfile_entry *e, char *err, size_t errlen);
int64_t zipfile_stream_read(zipfile_stream *s, void *buf, size_t n, char *err, size_t errlen);
void zipfile_stream_close(zipfile_stream *s);

/* Reads a whole entry into a new buffer (caller frees). Fails when the
   entry holds more than max bytes, whatever the directory claims. */
bool zipfile_read(zipfile *z, const zipfile_entry *e, size_t max, uint8_t **out, size_t *len,
                  char *err, size_t errlen);

#endif
