/* Inside the archive reader: the state shared by the libzip reader
   (zipfile.c) and the libarchive reader (zipfile_libarchive.c). */
#ifndef CABINET_ZIPFILE_IMPL_H
#define CABINET_ZIPFILE_IMPL_H

#include <stdbool.h>
#include <stdint.h>
#include <zip.h>

#include "util/zipfile.h"

struct zipfile {
    char *path;
    zip_t *za;          /* libzip, or NULL when libarchive read the archive */
    uint8_t **data;     /* libarchive: each entry's bytes, read at open */
    zipfile_entry *entries;
    size_t count;
    size_t *slots;      /* name hash table: entry index + 1, 0 empty */
    size_t nslots;      /* a power of two, at least twice the entries */
    char **warnings;
    size_t nwarnings;
    bool other_methods; /* entries libzip cannot decompress (zstd, ...) */
};

struct zipfile_stream {
    zipfile *z;
    zip_file_t *zf;     /* NULL: reading z->data */
    const zipfile_entry *e;
    uint64_t pos;
};

void zipfile_set_err(char *err, size_t errlen, const char *fmt, ...);
void zipfile_add_warning(zipfile *z, const char *name, const char *why);
bool zipfile_is_absolute(const char *name);
bool zipfile_has_dotdot(const char *name);
bool zipfile_is_directory(const char *name);
bool zipfile_alloc_entries(zipfile *z, size_t n);
bool zipfile_add_entry(zipfile *z, const char *name, uint64_t size, uint32_t crc, uint64_t index);

/* Reads every entry of z->path through libarchive (7z, and zips with
   zstd, lzma, bzip2, xz... entries) into memory, with the same checks. */
bool zipfile_libarchive_load(zipfile *z, char *err, size_t errlen);

#endif
