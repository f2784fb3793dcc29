/* The archives libzip cannot read, through libarchive: 7z, and zips whose
   entries use zstd, lzma, xz or other methods (MAME reads both). Every entry
   is decompressed at open, under caps, so that lookups by CRC and streaming
   reads work as for libzip's zips. */
#include <archive.h>
#include <archive_entry.h>
#include <stdlib.h>
#include <string.h>

#include "util/hash.h"
#include "util/zipfile_impl.h"

#define ENTRY_MAX ((size_t)64 << 20)    /* bytes of one entry */
#define TOTAL_MAX ((size_t)512 << 20)   /* bytes of a whole archive */
#define ENTRIES_MAX 200000

typedef struct pending {
    char *name;
    uint8_t *data;
    size_t size;
} pending;

typedef struct loader {
    zipfile *z;
    struct archive *a;
    pending *items;
    size_t count, cap, total;
} loader;

/* The current entry's bytes (NULL, with a warning, when they cannot be had). */
static uint8_t *read_entry(loader *l, const char *name, size_t *size)
{
    size_t cap = 4096, have = 0;
    uint8_t *buf = malloc(cap);
    while (buf) {
        if (have == cap) {
            if (cap >= ENTRY_MAX + 1) {
                zipfile_add_warning(l->z, name, "larger than 64 MiB");
                break;
            }
            uint8_t *g = realloc(buf, cap * 2 > ENTRY_MAX + 1 ? ENTRY_MAX + 1 : cap * 2);
            if (!g)
                break;
            buf = g;
            cap = cap * 2 > ENTRY_MAX + 1 ? ENTRY_MAX + 1 : cap * 2;
        }
        la_ssize_t got = archive_read_data(l->a, buf + have, cap - have);
        if (got < 0) {
            char why[300];
            snprintf(why, sizeof(why), "corrupt data (%s)", archive_error_string(l->a));
            zipfile_add_warning(l->z, name, why);
            break;
        }
        if (got == 0) {
            *size = have;
            return buf;
        }
        have += (size_t)got;
    }
    free(buf);
    return NULL;
}

/* NULL when the entry is acceptable, else the reason to drop it. */
static const char *entry_problem(struct archive_entry *e, const char *name)
{
    if (!name || !name[0])
        return "no name";
    if (zipfile_is_absolute(name))
        return "absolute path";
    if (zipfile_has_dotdot(name))
        return "path leaves the archive (\"..\")";
    if (archive_entry_is_encrypted(e))
        return "encrypted";
    return NULL;
}

static bool keep(loader *l, const char *name, uint8_t *data, size_t size)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        pending *g = realloc(l->items, cap * sizeof(*g));
        if (!g)
            return false;
        l->items = g;
        l->cap = cap;
    }
    char *copy = strdup(name);
    if (!copy)
        return false;
    l->items[l->count++] = (pending){ copy, data, size };
    return true;
}

/* 1: next entry read (kept or dropped), 0: end, -1: error in err. */
static int next_entry(loader *l, char *err, size_t errlen)
{
    struct archive_entry *e;
    int r = archive_read_next_header(l->a, &e);
    if (r == ARCHIVE_EOF)
        return 0;
    if (r < ARCHIVE_WARN) {
        zipfile_set_err(err, errlen, "%s: corrupt archive (%s)", l->z->path, archive_error_string(l->a));
        return -1;
    }
    const char *name = archive_entry_pathname(e);
    if (archive_entry_filetype(e) == AE_IFDIR || (name && zipfile_is_directory(name)))
        return 1;
    const char *why = entry_problem(e, name);
    if (why) {
        zipfile_add_warning(l->z, name ? name : "?", why);
        return 1;
    }
    size_t size = 0;
    uint8_t *data = read_entry(l, name, &size);
    if (!data)
        return 1;
    l->total += size;
    if (l->total > TOTAL_MAX || l->count >= ENTRIES_MAX) {
        free(data);
        zipfile_set_err(err, errlen, "%s: more than %s: refused", l->z->path,
                        l->count >= ENTRIES_MAX ? "200000 entries" : "512 MiB of data");
        return -1;
    }
    if (!keep(l, name, data, size)) {
        free(data);
        zipfile_set_err(err, errlen, "%s: out of memory", l->z->path);
        return -1;
    }
    return 1;
}

/* Moves the entries read into z, in archive order; later duplicates dropped. */
static bool publish(loader *l, char *err, size_t errlen)
{
    zipfile *z = l->z;
    z->data = calloc(l->count ? l->count : 1, sizeof(*z->data));
    if (!z->data || !zipfile_alloc_entries(z, l->count)) {
        zipfile_set_err(err, errlen, "%s: out of memory", z->path);
        return false;
    }
    for (size_t i = 0; i < l->count; i++) {
        pending *p = &l->items[i];
        if (zipfile_find(z, p->name)) {
            zipfile_add_warning(z, p->name, "duplicate name (the first entry is used)");
            continue;
        }
        uint32_t crc = hash_crc32(p->data, p->size);
        size_t index = z->count;
        if (!zipfile_add_entry(z, p->name, p->size, crc, index)) {
            zipfile_set_err(err, errlen, "%s: out of memory", z->path);
            return false;
        }
        z->data[index] = p->data;
        p->data = NULL;
    }
    return true;
}

bool zipfile_libarchive_load(zipfile *z, char *err, size_t errlen)
{
    loader l = { z, archive_read_new(), NULL, 0, 0, 0 };
    if (!l.a) {
        zipfile_set_err(err, errlen, "%s: out of memory", z->path);
        return false;
    }
    archive_read_support_format_7zip(l.a);
    archive_read_support_format_zip_seekable(l.a);
    bool ok = archive_read_open_filename(l.a, z->path, 1 << 16) == ARCHIVE_OK;
    if (!ok)
        zipfile_set_err(err, errlen, "%s: not a readable archive (%s)", z->path, archive_error_string(l.a));
    int r = 1;
    while (ok && (r = next_entry(&l, err, errlen)) > 0)
        ;
    ok = ok && r == 0 && publish(&l, err, errlen);
    for (size_t i = 0; i < l.count; i++) {
        free(l.items[i].name);
        free(l.items[i].data);
    }
    free(l.items);
    archive_read_free(l.a);
    return ok;
}
