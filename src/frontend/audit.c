#include "frontend/audit.h"

#include "emu/romload.h"
#include "util/hash.h"
#include "util/zipfile.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* Files bigger than this are not ROMs as far as -romident is concerned. */
#define IDENT_MAX_SIZE ((u64)HASHDB_MAX_ROM_SIZE)

typedef enum set_summary { SUM_CORRECT, SUM_NONE_NEEDED, SUM_BEST_AVAILABLE, SUM_INCORRECT } set_summary;

bool audit_wildmatch(const char *p, const char *s)
{
    for (; *p; p++, s++) {
        if (*p == '*') {
            while (p[1] == '*')
                p++;
            if (!p[1])
                return true;
            for (; *s; s++)
                if (audit_wildmatch(p + 1, s))
                    return true;
            return false;
        }
        if (!*s || (*p != '?' && tolower((unsigned char)*p) != tolower((unsigned char)*s)))
            return false;
    }
    return !*s;
}

bool audit_match_any(name_patterns p, const char *name)
{
    for (int i = 0; i < p.n; i++)
        if (audit_wildmatch(p.v[i], name))
            return true;
    return p.n == 0;
}

static int cmp_set_name(const void *a, const void *b)
{
    return strcmp((*(const rom_set_t *const *)a)->name, (*(const rom_set_t *const *)b)->name);
}

/* Sets matching any pattern, sorted by name as MAME's driver list is.
   Caller frees. */
static const rom_set_t **matching_sets(const hashdb_t *db, name_patterns p, size_t *count)
{
    size_t n = hashdb_count(db);
    const rom_set_t **v = calloc(n ? n : 1, sizeof(*v));
    *count = 0;
    if (!v)
        return NULL;
    for (size_t i = 0; i < n; i++)
        v[i] = hashdb_set_at(db, i);
    qsort(v, n, sizeof(*v), cmp_set_name);
    for (size_t i = 0; i < n; i++)
        if (audit_match_any(p, v[i]->name))
            v[(*count)++] = v[i];
    return v;
}

/* MAME names the first pattern that matched no set. Returns 5 after
   saying so, else 0. */
static int report_unmatched(FILE *err, const hashdb_t *db, name_patterns p)
{
    for (int i = 0; i < p.n; i++) {
        bool hit = false;
        for (size_t j = 0; j < hashdb_count(db) && !hit; j++)
            hit = audit_wildmatch(p.v[i], hashdb_set_at(db, j)->name);
        if (!hit) {
            fprintf(err, "No matching systems found for '%s'\n", p.v[i]);
            return AUDIT_EXIT_NO_SUCH_SYSTEM;
        }
    }
    return AUDIT_EXIT_OK;
}

/* ---- -listroms ---- */

static void list_one_rom(FILE *out, const rom_entry_t *r)
{
    fprintf(out, "%-32s %10u", r->name, (unsigned)r->size);
    if (r->status == ROM_DUMP_NONE) {
        fprintf(out, " NO GOOD DUMP KNOWN\n");
        return;
    }
    char h[160];
    rom_format_expected(h, sizeof(h), r);
    fprintf(out, "%s %s\n", r->status == ROM_DUMP_BAD ? " BAD" : "", h);
}

static void list_set_roms(FILE *out, const rom_set_t *s)
{
    bool any = false;
    for (size_t i = 0; i < s->rom_count; i++) {
        const rom_entry_t *r = &s->roms[i];
        if (r->load == ROM_LOAD_FILL)
            continue;
        if (!any)
            fprintf(out, "ROMs required for driver \"%s\".\n%-32s %10s %s\n", s->name, "Name", "Size", "Checksum");
        any = true;
        list_one_rom(out, r);
    }
    if (!any)
        fprintf(out, "No ROMs required for driver \"%s\".\n", s->name);
}

int audit_listroms(FILE *out, FILE *err, const hashdb_t *db, name_patterns p)
{
    size_t n = 0;
    const rom_set_t **sets = matching_sets(db, p, &n);
    if (!sets)
        return AUDIT_EXIT_FATAL;
    for (size_t i = 0; i < n; i++) {
        if (i)
            fprintf(out, "\n");
        list_set_roms(out, sets[i]);
    }
    free(sets);
    return report_unmatched(err, db, p);
}

/* ---- -listcrc ---- */

int audit_listcrc(FILE *out, FILE *err, const hashdb_t *db, name_patterns p)
{
    size_t n = 0;
    const rom_set_t **sets = matching_sets(db, p, &n);
    if (!sets)
        return AUDIT_EXIT_FATAL;
    for (size_t i = 0; i < n; i++) {
        const rom_set_t *s = sets[i];
        for (size_t j = 0; j < s->rom_count; j++) {
            const rom_entry_t *r = &s->roms[j];
            if (r->name && r->has_crc)
                fprintf(out, "%08x %-32s\t%-16s\t%s\n", (unsigned)r->crc, r->name, s->name,
                        s->description ? s->description : "");
        }
    }
    free(sets);
    return report_unmatched(err, db, p);
}

/* ---- -verifyroms ---- */

/* MAME's auditor stops at a wrong CRC, so its FOUND line then shows only
   the CRC; the SHA-1 appears when the CRC matched (the launch report, by
   contrast, always shows both). */
static void found_hashes(char *buf, size_t n, const rom_file_report *f)
{
    bool crc_differs = f->has_found_crc && f->rom->has_crc && f->found_crc != f->rom->crc;
    rom_format_hashes(buf, n, f->has_found_crc, f->found_crc, f->has_found_sha1 && !crc_differs, f->found_sha1);
}

static set_summary file_problem(FILE *out, const rom_file_report *f)
{
    char exp[160], got[160];
    switch (f->status) {
    case ROM_STATUS_NEEDS_REDUMP:
        fprintf(out, "NEEDS REDUMP\n");
        return SUM_BEST_AVAILABLE;
    case ROM_STATUS_FOUND_NODUMP:
        fprintf(out, "NO GOOD DUMP KNOWN\n");
        return SUM_BEST_AVAILABLE;
    case ROM_STATUS_BAD_CHECKSUM:
        rom_format_expected(exp, sizeof(exp), f->rom);
        found_hashes(got, sizeof(got), f);
        fprintf(out, "INCORRECT CHECKSUM:\nEXPECTED: %s\n   FOUND: %s\n", exp, got);
        return SUM_INCORRECT;
    case ROM_STATUS_WRONG_LENGTH:
        fprintf(out, "INCORRECT LENGTH: %llu bytes\n", (unsigned long long)f->found_size);
        return SUM_INCORRECT;
    case ROM_STATUS_NOT_FOUND:
        if (f->shared_with)
            fprintf(out, "NOT FOUND (%s)\n", f->shared_with);
        else
            fprintf(out, "NOT FOUND\n");
        return SUM_INCORRECT;
    case ROM_STATUS_NOT_FOUND_NODUMP:
        fprintf(out, "NOT FOUND - NO GOOD DUMP KNOWN\n");
        return SUM_BEST_AVAILABLE;
    case ROM_STATUS_NOT_FOUND_OPTIONAL:
        fprintf(out, "NOT FOUND BUT OPTIONAL\n");
        return SUM_BEST_AVAILABLE;
    case ROM_STATUS_GOOD:
        break;
    }
    return SUM_CORRECT;
}

static set_summary summarize(FILE *out, const rom_report_t *rep)
{
    if (rep->count == 0)
        return SUM_NONE_NEEDED;
    set_summary worst = SUM_CORRECT;
    for (size_t i = 0; i < rep->count; i++) {
        const rom_file_report *f = &rep->files[i];
        if (f->status == ROM_STATUS_GOOD)
            continue;
        fprintf(out, "%-12s: %s", rep->set->name, f->rom->name);
        if (f->rom->size > 0)
            fprintf(out, " (%u bytes)", (unsigned)f->rom->size);
        fprintf(out, " - ");
        set_summary s = file_problem(out, f);
        if (s > worst)
            worst = s;
    }
    return worst;
}

typedef struct verify_counts {
    unsigned correct, incorrect, notfound;
} verify_counts;

static void verify_one(FILE *out, const hashdb_t *db, const rom_set_t *set, const char *rompath,
                       verify_counts *vc)
{
    rom_report_t rep;
    romload_set(db, set, rompath, NULL, &rep);
    for (size_t i = 0; i < rep.nmessages; i++)
        fprintf(out, "%s\n", rep.messages[i]);
    if (!rep.set_found) {
        vc->notfound++;
        rom_report_free(&rep);
        return;
    }
    set_summary s = summarize(out, &rep);
    fprintf(out, "romset %s ", set->name);
    if (set->cloneof)
        fprintf(out, "[%s] ", set->cloneof);
    if (s == SUM_INCORRECT) {
        fprintf(out, "is bad\n");
        vc->incorrect++;
    } else {
        fprintf(out, s == SUM_CORRECT ? "is good\n" : "is best available\n");
        vc->correct++;
    }
    rom_report_free(&rep);
}

int audit_verifyroms(FILE *out, FILE *err, const hashdb_t *db, name_patterns p, const char *rompath)
{
    size_t n = 0;
    const rom_set_t **sets = matching_sets(db, p, &n);
    if (!sets)
        return AUDIT_EXIT_FATAL;
    verify_counts vc = { 0, 0, 0 };
    for (size_t i = 0; i < n; i++)
        verify_one(out, db, sets[i], rompath, &vc);
    free(sets);
    int rc = report_unmatched(err, db, p);
    if (rc)
        return rc;
    /* One pattern and nothing usable: MAME names the pattern instead of
       counting; with several it counts, even to zero. */
    if (p.n == 1 && vc.correct == 0 && vc.incorrect == 0) {
        fprintf(err, vc.notfound ? "romset \"%s\" not found!\n" : "romset \"%s\" has no roms!\n", p.v[0]);
        return AUDIT_EXIT_MISSING_FILES;
    }
    fprintf(vc.incorrect ? err : out, "%u romsets found, %u were OK.\n", vc.correct + vc.incorrect, vc.correct);
    return vc.incorrect ? AUDIT_EXIT_MISSING_FILES : AUDIT_EXIT_OK;
}

/* ---- -romident ---- */

typedef struct ident {
    FILE *out, *err;    /* results on stdout, errors and the summary on stderr, as MAME */
    const hashdb_t *db;
    const rom_set_t **sets;     /* sorted, for MAME's match order */
    size_t nsets;
    unsigned total, matches, nonroms;
} ident;

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static bool rom_matches(const rom_entry_t *r, const hash_result *h)
{
    if (r->status == ROM_DUMP_NONE || !r->has_crc || r->load == ROM_LOAD_FILL || r->crc != h->crc)
        return false;
    return !r->has_sha1 || !memcmp(r->sha1, h->sha1, 20);
}

static void print_match(ident *id, bool first, const rom_set_t *s, const rom_entry_t *r)
{
    if (!first)
        fprintf(id->out, "%-20s ", "");
    fprintf(id->out, "= %s%-20s  %-10s  %s\n", r->status == ROM_DUMP_BAD ? "(BAD) " : "", r->name, s->name,
            s->description ? s->description : "");
}

static void identify_hashes(ident *id, const char *name, const hash_result *h)
{
    id->total++;
    fprintf(id->out, "%-20s ", base_name(name));
    if (h->length == 0) {
        id->nonroms++;
        fprintf(id->out, "NOT A ROM (empty file)\n");
        return;
    }
    bool first = true;
    for (size_t i = 0; i < id->nsets; i++)
        for (size_t j = 0; j < id->sets[i]->rom_count; j++)
            if (rom_matches(&id->sets[i]->roms[j], h)) {
                print_match(id, first, id->sets[i], &id->sets[i]->roms[j]);
                first = false;
            }
    if (first)
        fprintf(id->out, "NO MATCH\n");
    else
        id->matches++;
}

/* Hashes a stream of at most IDENT_MAX_SIZE bytes; false on error or overflow. */
static bool hash_file(const char *path, hash_result *h, char *err, size_t n)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, n, "%s: error opening file (%s)", path, strerror(errno));
        return false;
    }
    hash_ctx ctx;
    u8 *buf = malloc(65536);
    bool ok = buf && hash_begin(&ctx);
    size_t got;
    while (ok && (got = fread(buf, 1, 65536, f)) > 0) {
        hash_update(&ctx, buf, got);
        ok = ctx.length <= IDENT_MAX_SIZE;
    }
    if (buf && ctx.sha1)
        hash_end(&ctx, h);
    if (ok && ferror(f))
        ok = false;
    if (!ok)
        snprintf(err, n, "%s: %s", path, !buf ? "out of memory" : ferror(f) ? "read error" : "file too large");
    free(buf);
    fclose(f);
    return ok;
}

static bool hash_zip_entry(zipfile *z, const zipfile_entry *e, hash_result *h, char *err, size_t n)
{
    u8 *data;
    size_t len;
    if (!zipfile_read(z, e, IDENT_MAX_SIZE, &data, &len, err, n))
        return false;
    hash_buffer(data, len, h);
    free(data);
    return true;
}

static void identify_zip(ident *id, const char *path)
{
    char err[600];
    zipfile *z = zipfile_open(path, err, sizeof(err));
    if (!z) {
        fprintf(id->err, "%s\n", err);
        id->total++;
        return;
    }
    for (size_t i = 0; i < zipfile_warning_count(z); i++)
        fprintf(id->err, "%s\n", zipfile_warning(z, i));
    for (size_t i = 0; i < zipfile_count(z); i++) {
        const zipfile_entry *e = zipfile_entry_at(z, i);
        hash_result h;
        if (e->size == 0)
            continue;   /* as MAME: empty entries are not looked at */
        if (hash_zip_entry(z, e, &h, err, sizeof(err))) {
            identify_hashes(id, e->name, &h);
        } else {
            fprintf(id->err, "%s\n", err);
            id->total++; /* unreadable: a file that did not match */
        }
    }
    zipfile_close(z);
}

static bool is_archive(const char *path)
{
    size_t n = strlen(path);
    return (n >= 4 && !strcasecmp(path + n - 4, ".zip")) || (n >= 3 && !strcasecmp(path + n - 3, ".7z"));
}

static void identify_path(ident *id, const char *path, int depth);

static void identify_dir(ident *id, const char *path, int depth)
{
    DIR *d = opendir(path);
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while (d && (de = readdir(d))) {
        char **g = de->d_name[0] == '.' ? NULL : realloc(names, (n + 1) * sizeof(*names));
        if (g && (g[n] = strdup(de->d_name)))
            n++;
        names = g ? g : names;
    }
    if (d)
        closedir(d);
    /* MAME identifies a folder's files in the order the directory lists them. */
    for (size_t i = 0; i < n; i++) {
        char full[4096];
        struct stat st;
        snprintf(full, sizeof(full), "%s/%s", path, names[i]);
        if (!stat(full, &st) && S_ISREG(st.st_mode))
            identify_path(id, full, depth + 1);
        free(names[i]);
    }
    free(names);
}

static void identify_path(ident *id, const char *path, int depth)
{
    struct stat st;
    char err[600];
    hash_result h;
    if (depth == 0 && !stat(path, &st) && S_ISDIR(st.st_mode))
        identify_dir(id, path, depth);
    else if (is_archive(path))
        identify_zip(id, path);
    else if (hash_file(path, &h, err, sizeof(err)))
        identify_hashes(id, path, &h);
    else {
        fprintf(id->err, "%s\n", err);
        id->total++; /* unreadable: a file that did not match */
    }
}

int audit_romident(FILE *out, FILE *err, const hashdb_t *db, const char *path)
{
    struct stat st;
    fprintf(out, "Identifying %s....\n", path);
    ident id = { out, err, db, NULL, 0, 0, 0, 0 };
    if (stat(path, &st)) {
        fprintf(err, "%s: error opening file (%s)\n", path, strerror(errno));
    } else {
        id.sets = matching_sets(db, (name_patterns){ NULL, 0 }, &id.nsets);
        if (!id.sets)
            return AUDIT_EXIT_FATAL;
        identify_path(&id, path, 0);
        free(id.sets);
    }
    if (id.total == 0) {
        fprintf(err, "No files found.\n");
        return AUDIT_EXIT_MISSING_FILES;
    }
    if (id.matches == id.total)
        return AUDIT_EXIT_OK;
    if (id.matches == id.total - id.nonroms) {
        fprintf(err, "Out of %u files, %u matched, %u are not roms.\n", id.total, id.matches, id.nonroms);
        return AUDIT_EXIT_IDENT_NONROMS;
    }
    if (id.matches > 0) {
        fprintf(err, "Out of %u files, %u matched, %u did not match.\n", id.total, id.matches,
                id.total - id.matches);
        return AUDIT_EXIT_IDENT_PARTIAL;
    }
    fprintf(err, "No roms matched.\n");
    return AUDIT_EXIT_IDENT_NONE;
}

/* ---- start-up ---- */

int audit_launch(FILE *out, const hashdb_t *db, const char *name, const char *rompath, region_list *regions)
{
    const rom_set_t *set = hashdb_find(db, name);
    if (!set) {
        fprintf(out, "Unknown system '%s'\n", name);
        return AUDIT_EXIT_NO_SUCH_SYSTEM;
    }
    rom_report_t rep;
    int rc = romload_set(db, set, rompath, regions, &rep);
    rom_report_print_launch(out, &rep);
    rom_report_free(&rep);
    return rc;
}
