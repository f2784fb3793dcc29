#include "emu/romload.h"

#include "util/hash.h"
#include "util/zipfile.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_CHAIN 16
#define CHUNK 65536
/* A too-long file is hashed this far past its expected size, then given up on. */
#define HASH_SLACK (16u << 20)

typedef struct place {
    const char *setname;
    char *path;                 /* folder, or the zip's path */
    zipfile *zip;               /* NULL for a folder */
} place;

typedef struct search {
    const hashdb_t *db;
    const rom_set_t *set;
    place *places;
    size_t count;
} search;

/* A candidate file found in one place. */
typedef struct candidate {
    const place *at;
    const zipfile_entry *entry; /* zip entry, or NULL with path set */
    char *path;                 /* folder file path */
    u64 dir_size;               /* size from the directory or stat */
} candidate;

/* What reading a candidate gave. */
typedef struct loaded {
    u8 *data;                   /* first min(total, keep) bytes */
    size_t len;
    u64 total;
    bool hashed;                /* false when the file ran far past its size */
    hash_result h;
} loaded;

static void add_message(rom_report_t *rep, const char *fmt, ...)
{
    char line[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof(line), fmt, ap);
    va_end(ap);
    char **m = realloc(rep->messages, (rep->nmessages + 1) * sizeof(*m));
    if (!m)
        return;
    rep->messages = m;
    if ((m[rep->nmessages] = strdup(line)))
        rep->nmessages++;
}

static void set_fatal(rom_report_t *rep, const char *why)
{
    rep->fatal = true;
    add_message(rep, "%s", why);
}

static char *str_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!s)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* ---- -rompath ---- */

static char *expand_home(const char *item, size_t len)
{
    const char *home = getenv("HOME");
    size_t skip = 0;
    if (len >= 5 && !strncmp(item, "$HOME", 5))
        skip = 5;
    else if (len >= 1 && item[0] == '~')
        skip = 1;
    if (skip && (len == skip || item[skip] == '/') && home)
        return str_printf("%s%.*s", home, (int)(len - skip), item + skip);
    return str_printf("%.*s", (int)len, item);
}

char **romload_split_path(const char *rompath, size_t *count)
{
    *count = 0;
    size_t cap = 1;
    for (const char *p = rompath; p && *p; p++)
        cap += *p == ';';
    char **dirs = calloc(cap, sizeof(*dirs));
    if (!dirs)
        return NULL;
    const char *p = rompath ? rompath : "";
    while (*p) {
        size_t n = strcspn(p, ";");
        if (n > 0 && (dirs[*count] = expand_home(p, n)))
            (*count)++;
        p += n;
        if (*p)
            p++;
    }
    return dirs;
}

/* ---- places ---- */

static bool is_dir(const char *path)
{
    struct stat st;
    return !stat(path, &st) && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path, u64 *size)
{
    struct stat st;
    if (stat(path, &st) || !S_ISREG(st.st_mode))
        return false;
    if (size)
        *size = (u64)st.st_size;
    return true;
}

static bool push_place(search *s, const char *setname, char *path, zipfile *zip)
{
    place *p = realloc(s->places, (s->count + 1) * sizeof(*p));
    if (!p) {
        free(path);
        zipfile_close(zip);
        return false;
    }
    s->places = p;
    p[s->count++] = (place){ setname, path, zip };
    return true;
}

/* DIR/SET.zip or DIR/SET.7z (ext), searched after the folder DIR/SET, as MAME. */
static void open_zip_place(search *s, rom_report_t *rep, const char *setname, const char *dir, const char *ext)
{
    char *path = str_printf("%s/%s.%s", dir, setname, ext);
    if (!path || !is_file(path, NULL)) {
        free(path);
        return;
    }
    char err[512];
    zipfile *z = zipfile_open(path, err, sizeof(err));
    if (!z) {
        add_message(rep, "%s", err);
        free(path);
        return;
    }
    for (size_t i = 0; i < zipfile_warning_count(z); i++)
        add_message(rep, "%s", zipfile_warning(z, i));
    push_place(s, setname, path, z);
}

static void add_places(search *s, rom_report_t *rep, const char *setname, char **dirs, size_t ndirs)
{
    for (size_t d = 0; d < ndirs; d++) {
        char *folder = str_printf("%s/%s", dirs[d], setname);
        if (folder && is_dir(folder))
            push_place(s, setname, folder, NULL);
        else
            free(folder);
        open_zip_place(s, rep, setname, dirs[d], "zip");
        open_zip_place(s, rep, setname, dirs[d], "7z");
    }
}

static bool append_tried(rom_report_t *rep, const char *name)
{
    char *t = rep->tried ? str_printf("%s %s", rep->tried, name) : str_printf("%s", name);
    if (!t)
        return false;
    free(rep->tried);
    rep->tried = t;
    return true;
}

static bool build_search(search *s, rom_report_t *rep, const char *rompath)
{
    size_t ndirs = 0;
    char **dirs = romload_split_path(rompath, &ndirs);
    if (!dirs)
        return false;
    const rom_set_t *cur = s->set;
    bool ok = true;
    for (int depth = 0; cur && depth < MAX_CHAIN && ok; depth++, cur = hashdb_parent(s->db, cur)) {
        add_places(s, rep, cur->name, dirs, ndirs);
        ok = append_tried(rep, cur->name);
    }
    for (size_t i = 0; i < ndirs; i++)
        free(dirs[i]);
    free(dirs);
    return ok;
}

static void free_search(search *s)
{
    for (size_t i = 0; i < s->count; i++) {
        free(s->places[i].path);
        zipfile_close(s->places[i].zip);
    }
    free(s->places);
}

/* ---- reading ---- */

typedef struct src_stream {
    FILE *f;
    zipfile_stream *zs;
    const char *path;
} src_stream;

static bool src_open(src_stream *st, const candidate *c, char *err, size_t n)
{
    memset(st, 0, sizeof(*st));
    if (c->entry) {
        st->zs = zipfile_stream_open(c->at->zip, c->entry, err, n);
        return st->zs != NULL;
    }
    st->path = c->path;
    st->f = fopen(c->path, "rb");
    if (!st->f)
        snprintf(err, n, "%s: cannot open (%s)", c->path, strerror(errno));
    return st->f != NULL;
}

static int64_t src_read(src_stream *st, void *buf, size_t len, char *err, size_t n)
{
    if (st->zs)
        return zipfile_stream_read(st->zs, buf, len, err, n);
    size_t got = fread(buf, 1, len, st->f);
    if (got < len && ferror(st->f)) {
        snprintf(err, n, "%s: read error", st->path);
        return -1;
    }
    return (int64_t)got;
}

static void src_close(src_stream *st)
{
    zipfile_stream_close(st->zs);
    if (st->f)
        fclose(st->f);
}

/* Keeps the first `keep` bytes and hashes the stream, up to HASH_SLACK past. */
static bool read_stream(src_stream *st, size_t keep, loaded *out, char *err, size_t n)
{
    u8 *chunk = malloc(CHUNK);
    hash_ctx h;
    if (!chunk || !hash_begin(&h)) {
        free(chunk);
        snprintf(err, n, "out of memory");
        return false;
    }
    bool ok = true;
    for (;;) {
        int64_t got = src_read(st, chunk, CHUNK, err, n);
        if (got <= 0) {
            ok = got == 0;
            break;
        }
        size_t room = out->len < keep ? keep - out->len : 0;
        size_t take = (size_t)got < room ? (size_t)got : room;
        memcpy(out->data + out->len, chunk, take);
        out->len += take;
        hash_update(&h, chunk, (size_t)got);
        if (h.length > (u64)keep + HASH_SLACK)
            break;
    }
    out->total = h.length;
    out->hashed = ok && h.length <= (u64)keep + HASH_SLACK;
    hash_end(&h, &out->h);
    free(chunk);
    return ok;
}

static bool read_candidate(const candidate *c, size_t keep, loaded *out, char *err, size_t n)
{
    memset(out, 0, sizeof(*out));
    out->data = malloc(keep ? keep : 1);
    if (!out->data) {
        snprintf(err, n, "out of memory");
        return false;
    }
    src_stream st;
    bool ok = src_open(&st, c, err, n) && read_stream(&st, keep, out, err, n);
    src_close(&st);
    if (ok && !out->hashed)
        out->total = c->dir_size > out->total ? c->dir_size : out->total;
    if (!ok) {
        free(out->data);
        out->data = NULL;
    }
    return ok;
}

/* ---- finding ---- */

static bool folder_crc_match(const char *path, const rom_entry_t *rom)
{
    candidate c = { NULL, NULL, (char *)path, rom->size };
    loaded l;
    char err[16];
    if (!read_candidate(&c, rom->size, &l, err, sizeof(err)))
        return false;
    free(l.data);
    return l.hashed && l.total == rom->size && l.h.crc == rom->crc;
}

static char *folder_find_crc(const char *folder, const rom_entry_t *rom)
{
    DIR *d = opendir(folder);
    if (!d)
        return NULL;
    char *found = NULL;
    struct dirent *de;
    while (!found && (de = readdir(d))) {
        u64 size;
        char *path = de->d_name[0] == '.' ? NULL : str_printf("%s/%s", folder, de->d_name);
        if (path && is_file(path, &size) && size == rom->size && folder_crc_match(path, rom))
            found = path;
        else
            free(path);
    }
    closedir(d);
    return found;
}

static bool find_in_folder(const place *p, const rom_entry_t *rom, candidate *c)
{
    char *path = str_printf("%s/%s", p->path, rom->name);
    if (path && is_file(path, &c->dir_size)) {
        c->path = path;
        return true;
    }
    free(path);
    if (rom->has_crc && (c->path = folder_find_crc(p->path, rom)))
        return is_file(c->path, &c->dir_size);
    return false;
}

static bool find_in_place(const place *p, const rom_entry_t *rom, candidate *c)
{
    memset(c, 0, sizeof(*c));
    c->at = p;
    if (!p->zip)
        return find_in_folder(p, rom, c);
    c->entry = zipfile_find(p->zip, rom->name);
    if (!c->entry && rom->has_crc)
        c->entry = zipfile_find_crc(p->zip, rom->crc, rom->size);
    if (c->entry)
        c->dir_size = c->entry->size;
    return c->entry != NULL;
}

/* First place holding the rom whose bytes can be read; NULL data if none. */
static bool locate(const search *s, rom_report_t *rep, const rom_entry_t *rom, candidate *c, loaded *l)
{
    for (size_t i = 0; i < s->count; i++) {
        if (!find_in_place(&s->places[i], rom, c))
            continue;
        char err[512];
        bool ok = read_candidate(c, rom->size, l, err, sizeof(err));
        if (ok)
            return true;
        add_message(rep, "%s", err);
        free(c->path);
    }
    return false;
}

/* ---- status ---- */

static bool same_hashes(const rom_entry_t *a, const rom_entry_t *b)
{
    if (a->has_crc != b->has_crc || (a->has_crc && a->crc != b->crc))
        return false;
    return !(a->has_sha1 && b->has_sha1 && memcmp(a->sha1, b->sha1, 20));
}

static bool set_has_rom(const rom_set_t *s, const rom_entry_t *rom)
{
    bool dumped = rom->status != ROM_DUMP_NONE;
    for (size_t i = 0; i < s->rom_count; i++) {
        const rom_entry_t *r = &s->roms[i];
        if (!r->name || r->load == ROM_LOAD_FILL || r->size != rom->size)
            continue;
        if (dumped ? same_hashes(r, rom) : !strcmp(r->name, rom->name))
            return true;
    }
    return false;
}

/* The topmost ancestor holding the same file (MAME's shared device). */
static const char *shared_with(const hashdb_t *db, const rom_set_t *set, const rom_entry_t *rom)
{
    const char *top = NULL;
    const rom_set_t *p = hashdb_parent(db, set);
    for (int depth = 0; p && depth < MAX_CHAIN; depth++, p = hashdb_parent(db, p))
        if (set_has_rom(p, rom))
            top = p->name;
    return top;
}

static bool hashes_match(const rom_entry_t *rom, const loaded *l)
{
    if (!rom->has_crc || rom->crc != l->h.crc)
        return false;
    return !rom->has_sha1 || !memcmp(rom->sha1, l->h.sha1, 20);
}

static rom_status classify(const rom_entry_t *rom, const loaded *l)
{
    if (l->total != rom->size)
        return ROM_STATUS_WRONG_LENGTH;
    if (rom->status == ROM_DUMP_NONE)
        return ROM_STATUS_FOUND_NODUMP;
    if (!hashes_match(rom, l))
        return ROM_STATUS_BAD_CHECKSUM;
    return rom->status == ROM_DUMP_BAD ? ROM_STATUS_NEEDS_REDUMP : ROM_STATUS_GOOD;
}

static rom_status missing_status(const rom_entry_t *rom)
{
    if (rom->status == ROM_DUMP_NONE)
        return ROM_STATUS_NOT_FOUND_NODUMP;
    return rom->optional ? ROM_STATUS_NOT_FOUND_OPTIONAL : ROM_STATUS_NOT_FOUND;
}

static void record_found(rom_file_report *f, const candidate *c, const loaded *l)
{
    f->found_set = c->at->setname;
    f->found_at = c->entry ? str_printf("%s:%s", c->at->path, c->entry->name) : str_printf("%s", c->path);
    f->found_size = l->total;
    if (l->hashed) {
        f->has_found_crc = f->has_found_sha1 = true;
        f->found_crc = l->h.crc;
        memcpy(f->found_sha1, l->h.sha1, 20);
    } else if (c->entry) {
        f->has_found_crc = true;
        f->found_crc = c->entry->crc;
    }
    f->status = classify(f->rom, l);
}

static void count_status(rom_report_t *rep, rom_status st)
{
    switch (st) {
    case ROM_STATUS_NOT_FOUND:
        rep->missing++;
        break;
    case ROM_STATUS_WRONG_LENGTH:
    case ROM_STATUS_BAD_CHECKSUM:
        rep->warnings++;
        break;
    case ROM_STATUS_GOOD:
        break;
    default:
        rep->knownbad++;
        break;
    }
}

/* ---- placing bytes into regions ---- */

static bool create_regions(const hashdb_t *db, const rom_set_t *set, region_list *out, rom_report_t *rep)
{
    char err[400];
    if (hashdb_check_set(db, set, err, sizeof(err))) {
        set_fatal(rep, err);
        return false;
    }
    const rom_set_t *owner = hashdb_region_owner(db, set);
    for (size_t i = 0; i < owner->region_count; i++) {
        const rom_region_t *r = &owner->regions[i];
        if (!region_find(out, r->name) && !region_add(out, r->name, r->size, r->erase)) {
            char msg[200];
            snprintf(msg, sizeof(msg), "%s: cannot create region \"%s\" (0x%x bytes)", set->name, r->name,
                     (unsigned)r->size);
            set_fatal(rep, msg);
            return false;
        }
    }
    return true;
}

/* Offsets were checked against the region by hashdb_check_set. */
static void place_bytes(mem_region *reg, const rom_entry_t *rom, const u8 *data, size_t len)
{
    size_t n = len < rom->size ? len : rom->size;
    if (rom->load == ROM_LOAD_EVEN || rom->load == ROM_LOAD_ODD) {
        for (size_t i = 0; i < n; i++)
            reg->data[rom->offset + 2 * i] = data[i];
    } else {
        memcpy(reg->data + rom->offset, data, n);
    }
}

static void place_fill(mem_region *reg, const rom_entry_t *rom)
{
    memset(reg->data + rom->offset, rom->value, rom->size);
}

/* ---- the loader ---- */

static bool report_init(rom_report_t *rep, const rom_set_t *set)
{
    memset(rep, 0, sizeof(*rep));
    rep->set = set;
    rep->files = calloc(set->rom_count ? set->rom_count : 1, sizeof(*rep->files));
    return rep->files != NULL;
}

/* MAME's rule: only parent-shared files found means the set itself is absent. */
static void decide_set_found(rom_report_t *rep)
{
    size_t found = 0, shared_found = 0, required = 0, shared_required = 0;
    for (size_t i = 0; i < rep->count; i++) {
        const rom_file_report *f = &rep->files[i];
        bool shared = f->shared_with != NULL;
        if (f->rom->status != ROM_DUMP_NONE && !f->rom->optional) {
            required++;
            shared_required += shared;
        }
        bool ok = f->status == ROM_STATUS_GOOD || f->status == ROM_STATUS_NEEDS_REDUMP
            || f->status == ROM_STATUS_FOUND_NODUMP;
        bool invalid_own = (f->status == ROM_STATUS_WRONG_LENGTH || f->status == ROM_STATUS_BAD_CHECKSUM)
            && !(f->found_set && strcmp(f->found_set, rep->set->name));
        if (ok || invalid_own) {
            found++;
            shared_found += shared;
        }
    }
    rep->set_found = !(found == shared_found && required > 0
                       && (required != shared_required || shared_found == 0));
}

static void load_one(const search *s, rom_report_t *rep, const rom_entry_t *rom, region_list *out)
{
    mem_region *reg = out ? region_find(out, rom->region) : NULL;
    if (rom->load == ROM_LOAD_FILL) {
        if (reg)
            place_fill(reg, rom);
        return;
    }
    rom_file_report *f = &rep->files[rep->count++];
    f->rom = rom;
    f->shared_with = shared_with(s->db, s->set, rom);
    candidate c;
    loaded l;
    if (!locate(s, rep, rom, &c, &l)) {
        f->status = missing_status(rom);
    } else {
        record_found(f, &c, &l);
        if (reg)
            place_bytes(reg, rom, l.data, l.len);
        free(l.data);
        free(c.path);
    }
    count_status(rep, f->status);
}

int romload_set(const hashdb_t *db, const rom_set_t *set, const char *rompath, region_list *out,
                rom_report_t *rep)
{
    if (!report_init(rep, set))
        return ROMLOAD_FATAL;
    search s = { db, set, NULL, 0 };
    if (!build_search(&s, rep, rompath))
        set_fatal(rep, "out of memory");
    if (!rep->fatal && (!out || create_regions(db, set, out, rep)))
        for (size_t i = 0; i < set->rom_count; i++)
            load_one(&s, rep, &set->roms[i], out);
    free_search(&s);
    decide_set_found(rep);
    if (rep->fatal)
        return ROMLOAD_FATAL;
    return rep->missing ? ROMLOAD_MISSING : ROMLOAD_OK;
}

void rom_report_free(rom_report_t *rep)
{
    for (size_t i = 0; i < rep->count; i++)
        free(rep->files[i].found_at);
    for (size_t i = 0; i < rep->nmessages; i++)
        free(rep->messages[i]);
    free(rep->files);
    free(rep->messages);
    free(rep->tried);
    memset(rep, 0, sizeof(*rep));
}

/* ---- text ---- */

void rom_format_hashes(char *buf, size_t n, bool has_crc, u32 crc, bool has_sha1, const u8 *sha1)
{
    char c[HASH_CRC_HEX], s[HASH_SHA1_HEX];
    hash_format_crc(crc, c);
    if (has_sha1)
        hash_format_sha1(sha1, s);
    if (has_crc && has_sha1)
        snprintf(buf, n, "CRC(%s) SHA1(%s)", c, s);
    else if (has_crc)
        snprintf(buf, n, "CRC(%s)", c);
    else if (has_sha1)
        snprintf(buf, n, "SHA1(%s)", s);
    else if (n)
        buf[0] = '\0';
}

void rom_format_expected(char *buf, size_t n, const rom_entry_t *rom)
{
    rom_format_hashes(buf, n, rom->has_crc, rom->crc, rom->has_sha1, rom->sha1);
    const char *flag = rom->status == ROM_DUMP_NONE ? "NO_DUMP" : rom->status == ROM_DUMP_BAD ? "BAD_DUMP" : NULL;
    size_t len = strlen(buf);
    if (flag)
        snprintf(buf + len, n - len, "%s%s", len ? " " : "", flag);
}

void rom_format_found(char *buf, size_t n, const rom_file_report *f)
{
    rom_format_hashes(buf, n, f->has_found_crc, f->found_crc, f->has_found_sha1, f->found_sha1);
}

static void print_checksums(FILE *o, const rom_file_report *f)
{
    char exp[160], got[160];
    rom_format_expected(exp, sizeof(exp), f->rom);
    rom_format_found(got, sizeof(got), f);
    fprintf(o, "%s WRONG CHECKSUMS:\n    EXPECTED: %s\n       FOUND: %s\n", f->rom->name, exp, got);
}

static void print_launch_file(FILE *o, const rom_report_t *rep, const rom_file_report *f)
{
    const char *name = f->rom->name;
    const char *tried = rep->tried ? rep->tried : "";
    switch (f->status) {
    case ROM_STATUS_NOT_FOUND:
        fprintf(o, "%s NOT FOUND (tried in %s)\n", name, tried);
        break;
    case ROM_STATUS_NOT_FOUND_OPTIONAL:
        fprintf(o, "OPTIONAL %s NOT FOUND (tried in %s)\n", name, tried);
        break;
    case ROM_STATUS_NOT_FOUND_NODUMP:
        fprintf(o, "%s NOT FOUND (NO GOOD DUMP KNOWN) (tried in %s)\n", name, tried);
        break;
    case ROM_STATUS_WRONG_LENGTH:
        fprintf(o, "%s WRONG LENGTH (expected: %08x found: %08llx)\n", name, (unsigned)f->rom->size,
                (unsigned long long)f->found_size);
        if (f->rom->status == ROM_DUMP_NONE)
            fprintf(o, "%s NO GOOD DUMP KNOWN\n", name);
        else
            print_checksums(o, f);
        break;
    case ROM_STATUS_BAD_CHECKSUM:
        print_checksums(o, f);
        break;
    case ROM_STATUS_FOUND_NODUMP:
        fprintf(o, "%s NO GOOD DUMP KNOWN\n", name);
        break;
    case ROM_STATUS_NEEDS_REDUMP:
        fprintf(o, "%s ROM NEEDS REDUMP\n", name);
        break;
    case ROM_STATUS_GOOD:
        break;
    }
}

void rom_report_print_launch(FILE *o, const rom_report_t *rep)
{
    for (size_t i = 0; i < rep->nmessages; i++)
        fprintf(o, "%s\n", rep->messages[i]);
    for (size_t i = 0; i < rep->count; i++)
        print_launch_file(o, rep, &rep->files[i]);
    if (rep->fatal)
        fprintf(o, "Fatal error: The ROM set \"%s\" cannot be loaded.\n", rep->set ? rep->set->name : "?");
    else if (rep->missing)
        fprintf(o, "Fatal error: Required files are missing, the machine cannot be run.\n");
    else if (rep->warnings || rep->knownbad)
        fprintf(o, "WARNING: the machine might not run correctly.\n");
}
