#include "util/zipfile.h"
#include "util/zipfile_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CHECKCONS_MAX 4096

void zipfile_set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || !errlen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

void zipfile_add_warning(zipfile *z, const char *name, const char *why)
{
    char line[512];
    snprintf(line, sizeof(line), "%s: entry \"%s\" ignored: %s", z->path, name, why);
    char **w = realloc(z->warnings, (z->nwarnings + 1) * sizeof(*w));
    if (!w)
        return;
    z->warnings = w;
    w[z->nwarnings] = strdup(line);
    if (w[z->nwarnings])
        z->nwarnings++;
}

bool zipfile_is_absolute(const char *name)
{
    if (name[0] == '/' || name[0] == '\\')
        return true;
    /* "C:..." drive letters */
    return name[0] && name[1] == ':';
}

bool zipfile_has_dotdot(const char *name)
{
    const char *p = name;
    while (*p) {
        size_t n = strcspn(p, "/\\");
        if (n == 2 && p[0] == '.' && p[1] == '.')
            return true;
        p += n;
        if (*p)
            p++;
    }
    return false;
}

bool zipfile_is_directory(const char *name)
{
    size_t n = strlen(name);
    return n > 0 && (name[n - 1] == '/' || name[n - 1] == '\\');
}

/* NULL when the entry is acceptable, else the reason to drop it. */
static const char *entry_problem(const zipfile *z, const zip_stat_t *st)
{
    if (!(st->valid & ZIP_STAT_NAME) || !st->name[0])
        return "no name";
    if (zipfile_is_absolute(st->name))
        return "absolute path";
    if (zipfile_has_dotdot(st->name))
        return "path leaves the archive (\"..\")";
    if ((st->valid & ZIP_STAT_ENCRYPTION_METHOD) && st->encryption_method != ZIP_EM_NONE)
        return "encrypted";
    if (!(st->valid & ZIP_STAT_SIZE) || !(st->valid & ZIP_STAT_CRC))
        return "size or CRC missing from the directory";
    if (zipfile_find(z, st->name))
        return "duplicate name (the first entry is used)";
    return NULL;
}

bool zipfile_alloc_entries(zipfile *z, size_t n)
{
    z->entries = calloc(n ? n : 1, sizeof(*z->entries));
    z->nslots = 16;
    while (z->nslots < 2 * n)
        z->nslots *= 2;
    z->slots = calloc(z->nslots, sizeof(*z->slots));
    return z->entries && z->slots;
}

/* FNV-1a over the name in lower case (lookups ignore case). */
static size_t name_hash(const char *name)
{
    size_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = (h ^ (size_t)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p)) * 16777619u;
    return h;
}

bool zipfile_add_entry(zipfile *z, const char *entry_name, uint64_t size, uint32_t crc, uint64_t index)
{
    char *name = strdup(entry_name);
    if (!name)
        return false;
    size_t slot = name_hash(name) & (z->nslots - 1);
    while (z->slots[slot])
        slot = (slot + 1) & (z->nslots - 1);
    z->slots[slot] = z->count + 1;
    zipfile_entry *e = &z->entries[z->count++];
    e->name = name;
    e->size = size;
    e->crc = crc;
    e->index = index;
    return true;
}

static bool scan_entries(zipfile *z, char *err, size_t errlen)
{
    zip_int64_t n = zip_get_num_entries(z->za, 0);
    if (n < 0) {
        zipfile_set_err(err, errlen, "%s: cannot read the zip directory", z->path);
        return false;
    }
    if (!zipfile_alloc_entries(z, (size_t)n)) {
        zipfile_set_err(err, errlen, "%s: out of memory", z->path);
        return false;
    }
    for (zip_uint64_t i = 0; i < (zip_uint64_t)n; i++) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z->za, i, 0, &st) != 0) {
            zipfile_set_err(err, errlen, "%s: corrupt directory entry %llu", z->path, (unsigned long long)i);
            return false;
        }
        if ((st.valid & ZIP_STAT_NAME) && zipfile_is_directory(st.name))
            continue;
        if ((st.valid & ZIP_STAT_COMP_METHOD) && !zip_compression_method_supported(st.comp_method, 0)) {
            z->other_methods = true;   /* libarchive reads the whole archive instead */
            return true;
        }
        const char *why = entry_problem(z, &st);
        if (why)
            zipfile_add_warning(z, (st.valid & ZIP_STAT_NAME) ? st.name : "?", why);
        else if (!zipfile_add_entry(z, st.name, st.size, st.crc, i)) {
            zipfile_set_err(err, errlen, "%s: out of memory", z->path);
            return false;
        }
    }
    return true;
}

static bool ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n >= t && !strcasecmp(s + n - t, tail);
}

static zipfile *new_zipfile(const char *path, char *err, size_t errlen)
{
    zipfile *z = calloc(1, sizeof(*z));
    if (z)
        z->path = strdup(path);
    if (!z || !z->path) {
        zipfile_set_err(err, errlen, "%s: out of memory", path);
        free(z);
        return NULL;
    }
    return z;
}

/* Through libarchive: 7z, or a zip libzip cannot decompress all of. */
static zipfile *open_other(const char *path, char *err, size_t errlen)
{
    zipfile *z = new_zipfile(path, err, errlen);
    if (z && !zipfile_libarchive_load(z, err, errlen)) {
        zipfile_close(z);
        return NULL;
    }
    return z;
}

/* Drops what libzip read, to read the archive again through libarchive. */
static void forget_entries(zipfile *z)
{
    for (size_t i = 0; i < z->count; i++)
        free(z->entries[i].name);
    for (size_t i = 0; i < z->nwarnings; i++)
        free(z->warnings[i]);
    free(z->entries);
    free(z->slots);
    free(z->warnings);
    zip_discard(z->za);
    z->za = NULL;
    z->entries = NULL;
    z->slots = NULL;
    z->warnings = NULL;
    z->count = z->nslots = z->nwarnings = 0;
}

zipfile *zipfile_open(const char *path, char *err, size_t errlen)
{
    if (ends_with(path, ".7z"))
        return open_other(path, err, errlen);
    int code = 0;
    /* libzip's ZIP_CHECKCONS reads every local header at open (most of a
       second per 100,000 entries) and refuses two entries of one name
       outright. Archives of up to CHECKCONS_MAX entries get it; larger ones
       have each entry's local header checked when it is opened and its CRC
       when it is read. Of two entries with one name the first is used, as
       for names that differ only in case. */
    zip_t *za = zip_open(path, ZIP_RDONLY, &code);
    if (za && zip_get_num_entries(za, 0) <= CHECKCONS_MAX) {
        zip_t *checked = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &code);
        if (checked || code != ZIP_ER_EXISTS) {
            zip_discard(za);
            za = checked;
        }
    }
    if (!za) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, code);
        zipfile_set_err(err, errlen, "%s: not a readable zip archive (%s)", path, zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return NULL;
    }
    zipfile *z = new_zipfile(path, err, errlen);
    if (!z) {
        zip_discard(za);
        return NULL;
    }
    z->za = za;
    if (!scan_entries(z, err, errlen)) {
        zipfile_close(z);
        return NULL;
    }
    if (z->other_methods) {
        forget_entries(z);
        if (!zipfile_libarchive_load(z, err, errlen)) {
            zipfile_close(z);
            return NULL;
        }
    }
    return z;
}

void zipfile_close(zipfile *z)
{
    if (!z)
        return;
    for (size_t i = 0; i < z->count; i++)
        free(z->entries[i].name);
    for (size_t i = 0; i < z->nwarnings; i++)
        free(z->warnings[i]);
    for (size_t i = 0; z->data && i < z->count; i++)
        free(z->data[i]);
    free(z->data);
    free(z->entries);
    free(z->slots);
    free(z->warnings);
    if (z->za)
        zip_discard(z->za);
    free(z->path);
    free(z);
}

const char *zipfile_path(const zipfile *z) { return z->path; }
size_t zipfile_count(const zipfile *z) { return z->count; }
size_t zipfile_warning_count(const zipfile *z) { return z->nwarnings; }

const zipfile_entry *zipfile_entry_at(const zipfile *z, size_t i)
{
    return i < z->count ? &z->entries[i] : NULL;
}

const char *zipfile_warning(const zipfile *z, size_t i)
{
    return i < z->nwarnings ? z->warnings[i] : NULL;
}

const zipfile_entry *zipfile_find(const zipfile *z, const char *name)
{
    if (!z->slots)
        return NULL;
    for (size_t slot = name_hash(name) & (z->nslots - 1); z->slots[slot]; slot = (slot + 1) & (z->nslots - 1))
        if (!strcasecmp(z->entries[z->slots[slot] - 1].name, name))
            return &z->entries[z->slots[slot] - 1];
    return NULL;
}

const zipfile_entry *zipfile_find_crc(const zipfile *z, uint32_t crc, uint64_t size)
{
    for (size_t i = 0; i < z->count; i++)
        if (z->entries[i].crc == crc && z->entries[i].size == size)
            return &z->entries[i];
    return NULL;
}

zipfile_stream *zipfile_stream_open(zipfile *z, const zipfile_entry *e, char *err, size_t errlen)
{
    if (!z->za) {
        zipfile_stream *s = calloc(1, sizeof(*s));
        if (!s)
            zipfile_set_err(err, errlen, "%s: %s: out of memory", z->path, e->name);
        else
            *s = (zipfile_stream){ z, NULL, e, 0 };
        return s;
    }
    zip_file_t *zf = zip_fopen_index(z->za, e->index, 0);
    if (!zf) {
        zipfile_set_err(err, errlen, "%s: %s: cannot open entry (%s)", z->path, e->name, zip_strerror(z->za));
        return NULL;
    }
    zipfile_stream *s = malloc(sizeof(*s));
    if (!s) {
        zip_fclose(zf);
        zipfile_set_err(err, errlen, "%s: %s: out of memory", z->path, e->name);
        return NULL;
    }
    *s = (zipfile_stream){ z, zf, e, 0 };
    return s;
}

int64_t zipfile_stream_read(zipfile_stream *s, void *buf, size_t n, char *err, size_t errlen)
{
    if (!s->zf) {
        uint64_t left = s->e->size - s->pos;
        size_t k = n < left ? n : (size_t)left;
        memcpy(buf, s->z->data[s->e->index] + s->pos, k);
        s->pos += k;
        return (int64_t)k;
    }
    zip_int64_t got = zip_fread(s->zf, buf, n);
    if (got < 0) {
        zipfile_set_err(err, errlen, "%s: %s: corrupt data (%s)", s->z->path, s->e->name,
                zip_error_strerror(zip_file_get_error(s->zf)));
        return -1;
    }
    return got;
}

void zipfile_stream_close(zipfile_stream *s)
{
    if (!s)
        return;
    if (s->zf)
        zip_fclose(s->zf);
    free(s);
}

static bool read_all(zipfile_stream *s, uint8_t *buf, size_t max, size_t *len, char *err, size_t errlen)
{
    size_t have = 0;
    for (;;) {
        uint8_t extra;
        /* one byte past max proves the entry is too big */
        int64_t got = have < max ? zipfile_stream_read(s, buf + have, max - have, err, errlen)
                                 : zipfile_stream_read(s, &extra, 1, err, errlen);
        if (got < 0)
            return false;
        if (got == 0)
            break;
        if (have >= max) {
            zipfile_set_err(err, errlen, "%s: %s: holds more than %zu bytes", s->z->path, s->e->name, max);
            return false;
        }
        have += (size_t)got;
    }
    *len = have;
    return true;
}

bool zipfile_read(zipfile *z, const zipfile_entry *e, size_t max, uint8_t **out, size_t *len,
                  char *err, size_t errlen)
{
    *out = NULL;
    *len = 0;
    if (e->size > max) {
        zipfile_set_err(err, errlen, "%s: %s: larger than %zu bytes", z->path, e->name, max);
        return false;
    }
    uint8_t *buf = malloc(e->size ? (size_t)e->size : 1);
    zipfile_stream *s = buf ? zipfile_stream_open(z, e, err, errlen) : NULL;
    if (!buf)
        zipfile_set_err(err, errlen, "%s: %s: out of memory", z->path, e->name);
    bool ok = s && read_all(s, buf, (size_t)e->size, len, err, errlen);
    zipfile_stream_close(s);
    if (!ok) {
        free(buf);
        return false;
    }
    *out = buf;
    return true;
}
