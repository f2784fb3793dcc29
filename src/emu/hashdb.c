#include "emu/hashdb.h"

#include "util/fileio.h"
#include "util/hash.h"

#include <dirent.h>
#include <errno.h>
#include <expat.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_TEXT 4096
#define MAX_NAME 64
#define MAX_HASH_FILE (64u << 20)
#define MAX_PARENT_DEPTH 16

struct hashdb_t {
    rom_set_t **sets;
    size_t count, cap;
};

typedef struct parse_ctx {
    XML_Parser xp;
    hashdb_t *db;
    const char *filename;
    char *err;
    size_t errlen;
    bool failed;
    int depth;
    rom_set_t *cur;         /* machine being read */
    int machine_depth;
    char **text_target;     /* description/year/manufacturer being read */
    char text[MAX_TEXT];
    size_t text_len;
} parse_ctx;

static void fail(parse_ctx *c, const char *fmt, ...)
{
    if (c->failed)
        return;
    c->failed = true;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    if (c->err && c->errlen)
        snprintf(c->err, c->errlen, "%s:%lu: %s", c->filename,
                 (unsigned long)XML_GetCurrentLineNumber(c->xp), msg);
    XML_StopParser(c->xp, XML_FALSE);
}

static const char *attr(const XML_Char **atts, const char *name)
{
    for (int i = 0; atts[i]; i += 2)
        if (!strcmp(atts[i], name))
            return atts[i + 1];
    return NULL;
}

/* Decimal or 0x-prefixed hex (hex always when base is 16, as MAME's -listxml
   writes offsets), no sign, no trailing junk, at most max. */
static bool parse_number(const char *s, int base, u64 max, u64 *out)
{
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    if (!*s)
        return false;
    u64 v = 0;
    for (; *s; s++) {
        int d;
        if (*s >= '0' && *s <= '9')
            d = *s - '0';
        else if (base == 16 && *s >= 'a' && *s <= 'f')
            d = *s - 'a' + 10;
        else if (base == 16 && *s >= 'A' && *s <= 'F')
            d = *s - 'A' + 10;
        else
            return false;
        v = v * (u64)base + (u64)d;
        if (v > max)
            return false;
    }
    *out = v;
    return true;
}

static bool number_attr(parse_ctx *c, const XML_Char **atts, const char *name, u64 max,
                        bool required, u64 *out)
{
    int base = strcmp(name, "offset") ? 10 : 16;
    const char *s = attr(atts, name);
    if (!s) {
        if (required)
            fail(c, "missing %s=", name);
        return !required;
    }
    if (!parse_number(s, base, max, out)) {
        fail(c, "bad %s=\"%s\" (%s, at most 0x%llx)", name, s, base == 16 ? "hex" : "decimal or 0x hex",
             (unsigned long long)max);
        return false;
    }
    return true;
}

static bool dup_attr(parse_ctx *c, const XML_Char **atts, const char *name, char **out)
{
    const char *s = attr(atts, name);
    if (!s)
        return true;
    *out = strdup(s);
    if (!*out)
        fail(c, "out of memory");
    return *out != NULL;
}

static bool plain_name(const char *s)
{
    return s[0] && strlen(s) < MAX_NAME && !strpbrk(s, "/\\") && strcmp(s, ".") && strcmp(s, "..");
}

static void free_set(rom_set_t *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->region_count; i++)
        free(s->regions[i].name);
    for (size_t i = 0; i < s->rom_count; i++) {
        rom_entry_t *r = &s->roms[i];
        free(r->name);
        free(r->merge);
        free(r->region);
        free(r->load_text);
    }
    free(s->regions);
    free(s->roms);
    free(s->name);
    free(s->cloneof);
    free(s->romof);
    free(s->sourcefile);
    free(s->description);
    free(s->year);
    free(s->manufacturer);
    free(s->file);
    free(s);
}

static void start_machine(parse_ctx *c, const XML_Char **atts)
{
    const char *name = attr(atts, "name");
    if (!name || !plain_name(name)) {
        fail(c, "machine needs a plain name= (no slashes, under %d characters)", MAX_NAME);
        return;
    }
    if (hashdb_find(c->db, name)) {
        fail(c, "duplicate machine \"%s\" (first in %s)", name, hashdb_find(c->db, name)->file);
        return;
    }
    rom_set_t *s = calloc(1, sizeof(*s));
    if (!s) {
        fail(c, "out of memory");
        return;
    }
    c->cur = s;
    c->machine_depth = c->depth;
    s->line = (int)XML_GetCurrentLineNumber(c->xp);
    s->name = strdup(name);
    s->file = strdup(c->filename);
    if (!s->name || !s->file)
        fail(c, "out of memory");
    if (dup_attr(c, atts, "cloneof", &s->cloneof) && dup_attr(c, atts, "romof", &s->romof))
        dup_attr(c, atts, "sourcefile", &s->sourcefile);
}

static void start_region(parse_ctx *c, const XML_Char **atts)
{
    rom_set_t *s = c->cur;
    const char *name = attr(atts, "name");
    if (!name || !name[0] || strlen(name) >= 32) {
        fail(c, "region needs a name= under 32 characters");
        return;
    }
    if (hashdb_find_region(s, name)) {
        fail(c, "region \"%s\" declared twice", name);
        return;
    }
    u64 size = 0, erase = 0;
    if (!number_attr(c, atts, "size", HASHDB_MAX_REGION_SIZE, true, &size)
        || !number_attr(c, atts, "erase", 255, false, &erase))
        return;
    if (size == 0) {
        fail(c, "region \"%s\" has size 0", name);
        return;
    }
    rom_region_t *r = realloc(s->regions, (s->region_count + 1) * sizeof(*r));
    if (!r) {
        fail(c, "out of memory");
        return;
    }
    s->regions = r;
    r += s->region_count;
    r->name = strdup(name);
    r->size = (u32)size;
    r->erase = (u8)erase;
    if (r->name)
        s->region_count++;
    else
        fail(c, "out of memory");
}

static bool rom_status_attrs(parse_ctx *c, const XML_Char **atts, rom_entry_t *r)
{
    const char *st = attr(atts, "status");
    if (!st || !strcmp(st, "good"))
        r->status = ROM_DUMP_GOOD;
    else if (!strcmp(st, "baddump"))
        r->status = ROM_DUMP_BAD;
    else if (!strcmp(st, "nodump"))
        r->status = ROM_DUMP_NONE;
    else {
        fail(c, "unknown status=\"%s\" (good, baddump or nodump)", st);
        return false;
    }
    const char *opt = attr(atts, "optional");
    r->optional = opt && !strcmp(opt, "yes");
    return true;
}

static bool rom_hash_attrs(parse_ctx *c, const XML_Char **atts, rom_entry_t *r)
{
    const char *crc = attr(atts, "crc");
    const char *sha1 = attr(atts, "sha1");
    if (crc && !(r->has_crc = hash_parse_crc(crc, &r->crc))) {
        fail(c, "bad crc=\"%s\" (8 hex digits)", crc);
        return false;
    }
    if (sha1 && !(r->has_sha1 = hash_parse_sha1(sha1, r->sha1))) {
        fail(c, "bad sha1=\"%s\" (40 hex digits)", sha1);
        return false;
    }
    if (r->load != ROM_LOAD_FILL && r->status != ROM_DUMP_NONE && !r->has_crc) {
        fail(c, "rom \"%s\" has no crc= (mark it status=\"nodump\" if none is known)", r->name);
        return false;
    }
    return true;
}

static bool rom_load_attrs(parse_ctx *c, const XML_Char **atts, rom_entry_t *r)
{
    const char *load = attr(atts, "load");
    u64 value = 0;
    if (!load || !strcmp(load, "normal"))
        r->load = ROM_LOAD_NORMAL;
    else if (!strcmp(load, "even"))
        r->load = ROM_LOAD_EVEN;
    else if (!strcmp(load, "odd"))
        r->load = ROM_LOAD_ODD;
    else if (!strcmp(load, "fill"))
        r->load = ROM_LOAD_FILL;
    else
        r->load = ROM_LOAD_UNSUPPORTED;
    if (load && !(r->load_text = strdup(load))) {
        fail(c, "out of memory");
        return false;
    }
    if ((r->load == ROM_LOAD_EVEN && (r->offset & 1)) || (r->load == ROM_LOAD_ODD && !(r->offset & 1))) {
        fail(c, "load=\"%s\" needs an %s offset (got 0x%x)", load, r->load == ROM_LOAD_ODD ? "odd" : "even",
             (unsigned)r->offset);
        return false;
    }
    if (!number_attr(c, atts, "value", 255, false, &value))
        return false;
    r->value = (u8)value;
    return true;
}

static bool rom_basic_attrs(parse_ctx *c, const XML_Char **atts, rom_entry_t *r)
{
    const char *name = attr(atts, "name");
    const char *load = attr(atts, "load");
    bool is_fill = load && !strcmp(load, "fill");
    if (!is_fill && (!name || !plain_name(name))) {
        fail(c, "rom needs a plain name= (no slashes, under %d characters)", MAX_NAME);
        return false;
    }
    if (!attr(atts, "region")) {
        fail(c, "rom \"%s\" has no region=", name ? name : "(fill)");
        return false;
    }
    u64 size = 0, offset = 0;
    if (!number_attr(c, atts, "size", HASHDB_MAX_ROM_SIZE, true, &size)
        || !number_attr(c, atts, "offset", HASHDB_MAX_REGION_SIZE, false, &offset))
        return false;
    if (size == 0) {
        fail(c, "rom \"%s\" has size 0", name ? name : "(fill)");
        return false;
    }
    r->size = (u32)size;
    r->offset = (u32)offset;
    r->line = (int)XML_GetCurrentLineNumber(c->xp);
    return dup_attr(c, atts, "name", &r->name) && dup_attr(c, atts, "merge", &r->merge)
        && dup_attr(c, atts, "region", &r->region);
}

static void start_rom(parse_ctx *c, const XML_Char **atts)
{
    rom_set_t *s = c->cur;
    rom_entry_t *roms = realloc(s->roms, (s->rom_count + 1) * sizeof(*roms));
    if (!roms) {
        fail(c, "out of memory");
        return;
    }
    s->roms = roms;
    rom_entry_t *r = &roms[s->rom_count++];
    memset(r, 0, sizeof(*r));
    if (rom_basic_attrs(c, atts, r) && rom_status_attrs(c, atts, r) && rom_load_attrs(c, atts, r))
        rom_hash_attrs(c, atts, r);
}

static void start_text(parse_ctx *c, char **target)
{
    if (*target) {
        fail(c, "element repeated");
        return;
    }
    c->text_target = target;
    c->text_len = 0;
}

static void XMLCALL on_start(void *ud, const XML_Char *el, const XML_Char **atts)
{
    parse_ctx *c = ud;
    c->depth++;
    if (c->failed)
        return;
    if (!c->cur) {
        if (!strcmp(el, "machine") && c->depth == 2)
            start_machine(c, atts);
        return;
    }
    if (c->depth != c->machine_depth + 1)
        return;
    if (!strcmp(el, "rom"))
        start_rom(c, atts);
    else if (!strcmp(el, "region"))
        start_region(c, atts);
    else if (!strcmp(el, "description"))
        start_text(c, &c->cur->description);
    else if (!strcmp(el, "year"))
        start_text(c, &c->cur->year);
    else if (!strcmp(el, "manufacturer"))
        start_text(c, &c->cur->manufacturer);
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
    parse_ctx *c = ud;
    if (!c->text_target || c->failed || len <= 0)
        return;
    if ((size_t)len >= MAX_TEXT - c->text_len) {
        fail(c, "text longer than %d characters", MAX_TEXT - 1);
        return;
    }
    memcpy(c->text + c->text_len, s, (size_t)len);
    c->text_len += (size_t)len;
}

static void add_set(parse_ctx *c)
{
    hashdb_t *db = c->db;
    if (db->count == db->cap) {
        size_t cap = db->cap ? db->cap * 2 : 32;
        rom_set_t **sets = realloc(db->sets, cap * sizeof(*sets));
        if (!sets) {
            fail(c, "out of memory");
            return;
        }
        db->sets = sets;
        db->cap = cap;
    }
    db->sets[db->count++] = c->cur;
    c->cur = NULL;
}

static void XMLCALL on_end(void *ud, const XML_Char *el)
{
    parse_ctx *c = ud;
    (void)el;
    if (!c->failed && c->text_target && c->depth == c->machine_depth + 1) {
        c->text[c->text_len] = '\0';
        *c->text_target = strdup(c->text);
        if (!*c->text_target)
            fail(c, "out of memory");
        c->text_target = NULL;
    }
    if (!c->failed && c->cur && c->depth == c->machine_depth)
        add_set(c);
    c->depth--;
}

hashdb_t *hashdb_new(void)
{
    return calloc(1, sizeof(hashdb_t));
}

static void parse_ctx_init(parse_ctx *c, hashdb_t *db, const char *filename, char *err, size_t n)
{
    memset(c, 0, sizeof(*c));
    c->db = db;
    c->filename = filename;
    c->err = err;
    c->errlen = n;
}

static bool run_parser(parse_ctx *c, const char *xml, size_t len)
{
    if (len > INT_MAX) {
        snprintf(c->err, c->errlen, "%s: file too large", c->filename);
        return false;
    }
    c->xp = XML_ParserCreate(NULL);
    if (!c->xp) {
        snprintf(c->err, c->errlen, "%s: out of memory", c->filename);
        return false;
    }
    XML_SetUserData(c->xp, c);
    XML_SetElementHandler(c->xp, on_start, on_end);
    XML_SetCharacterDataHandler(c->xp, on_text);
    if (XML_Parse(c->xp, xml, (int)len, XML_TRUE) == XML_STATUS_ERROR && !c->failed) {
        c->failed = true;
        snprintf(c->err, c->errlen, "%s:%lu: XML error: %s", c->filename,
                 (unsigned long)XML_GetCurrentLineNumber(c->xp), XML_ErrorString(XML_GetErrorCode(c->xp)));
    }
    XML_ParserFree(c->xp);
    free_set(c->cur);
    c->cur = NULL;
    return !c->failed;
}

hashdb_t *hashdb_parse(const char *xml, size_t len, const char *filename, hashdb_t *into,
                       char *err, size_t n)
{
    hashdb_t *db = into ? into : hashdb_new();
    if (!db) {
        snprintf(err, n, "%s: out of memory", filename);
        return NULL;
    }
    parse_ctx c;
    parse_ctx_init(&c, db, filename, err, n);
    if (run_parser(&c, xml, len))
        return db;
    if (!into)
        hashdb_free(db);
    return NULL;
}

hashdb_t *hashdb_load_builtin(char *err, size_t n)
{
    hashdb_t *db = hashdb_new();
    for (size_t i = 0; db && i < hashdb_builtin_count; i++) {
        const hashdb_builtin_file *f = &hashdb_builtin_files[i];
        if (!hashdb_parse((const char *)f->data, f->size, f->name, db, err, n)) {
            hashdb_free(db);
            return NULL;
        }
    }
    if (!db)
        snprintf(err, n, "out of memory");
    return db;
}

/* A regular file only: a FIFO or device named *.xml is refused, not waited on. */
static char *read_file(const char *path, size_t *len, char *err, size_t n)
{
    u8 *buf;
    if (file_read_all(path, &buf, len, MAX_HASH_FILE, err, n))
        return NULL;
    return (char *)buf;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_xml_name(const char *s)
{
    size_t n = strlen(s);
    return n > 4 && !strcmp(s + n - 4, ".xml") && s[0] != '.';
}

/* Sorted *.xml names of dir; NULL on error (count 0 is not an error). */
static char **list_xml(const char *dir, size_t *count, char *err, size_t n)
{
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(err, n, "%s: cannot open folder (%s)", dir, strerror(errno));
        return NULL;
    }
    char **names = NULL;
    size_t cnt = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (!is_xml_name(de->d_name))
            continue;
        char **grown = realloc(names, (cnt + 1) * sizeof(*names));
        if (!grown || !(grown[cnt] = strdup(de->d_name))) {
            names = grown ? grown : names;
            break;
        }
        names = grown;
        cnt++;
    }
    closedir(d);
    qsort(names, cnt, sizeof(*names), cmp_str);
    *count = cnt;
    return names ? names : calloc(1, sizeof(*names));
}

static bool load_one(hashdb_t *db, const char *dir, const char *name, char *err, size_t n)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    size_t len = 0;
    char *xml = read_file(path, &len, err, n);
    bool ok = xml && hashdb_parse(xml, len, path, db, err, n);
    free(xml);
    return ok;
}

hashdb_t *hashdb_load_dir(const char *dir, char *err, size_t n)
{
    size_t count = 0;
    char **names = list_xml(dir, &count, err, n);
    if (!names)
        return NULL;
    hashdb_t *db = hashdb_new();
    bool ok = db != NULL;
    for (size_t i = 0; i < count; i++) {
        if (ok && !load_one(db, dir, names[i], err, n))
            ok = false;
        free(names[i]);
    }
    free(names);
    if (!ok) {
        hashdb_free(db);
        return NULL;
    }
    return db;
}

void hashdb_free(hashdb_t *db)
{
    if (!db)
        return;
    for (size_t i = 0; i < db->count; i++)
        free_set(db->sets[i]);
    free(db->sets);
    free(db);
}

size_t hashdb_count(const hashdb_t *db) { return db->count; }

const rom_set_t *hashdb_set_at(const hashdb_t *db, size_t i)
{
    return i < db->count ? db->sets[i] : NULL;
}

const rom_set_t *hashdb_find(const hashdb_t *db, const char *name)
{
    for (size_t i = 0; name && i < db->count; i++)
        if (!strcmp(db->sets[i]->name, name))
            return db->sets[i];
    return NULL;
}

const rom_set_t *hashdb_parent(const hashdb_t *db, const rom_set_t *set)
{
    return hashdb_find(db, set->romof ? set->romof : set->cloneof);
}

const rom_set_t *hashdb_region_owner(const hashdb_t *db, const rom_set_t *set)
{
    const rom_set_t *s = set;
    for (int depth = 0; s && depth < MAX_PARENT_DEPTH; depth++, s = hashdb_parent(db, s))
        if (s->region_count)
            return s;
    return set;
}

const rom_region_t *hashdb_find_region(const rom_set_t *owner, const char *name)
{
    for (size_t i = 0; i < owner->region_count; i++)
        if (!strcmp(owner->regions[i].name, name))
            return &owner->regions[i];
    return NULL;
}

u64 hashdb_rom_span(const rom_entry_t *rom)
{
    if (rom->load == ROM_LOAD_EVEN || rom->load == ROM_LOAD_ODD)
        return 2 * (u64)rom->size - 1;
    return rom->size;
}

static void note(char *err, size_t n, int *problems, const rom_set_t *s, int line, const char *fmt, ...)
{
    if ((*problems)++ || !err || !n)
        return;
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    snprintf(err, n, "%s:%d: %s", s->file, line, msg);
}

static void check_parents(const hashdb_t *db, const rom_set_t *set, char *err, size_t n, int *problems)
{
    if (set->cloneof && !hashdb_find(db, set->cloneof))
        note(err, n, problems, set, set->line, "%s: cloneof \"%s\" is not a known machine", set->name, set->cloneof);
    if (set->romof && !hashdb_find(db, set->romof))
        note(err, n, problems, set, set->line, "%s: romof \"%s\" is not a known machine", set->name, set->romof);
    const rom_set_t *s = set;
    for (int depth = 0; s && depth <= MAX_PARENT_DEPTH; depth++)
        s = hashdb_parent(db, s);
    if (s)
        note(err, n, problems, set, set->line, "%s: parent chain loops or is deeper than %d", set->name,
             MAX_PARENT_DEPTH);
}

static void check_rom(const rom_set_t *owner, const rom_set_t *set, const rom_entry_t *r, char *err, size_t n,
                      int *problems)
{
    const char *name = r->name ? r->name : "(fill)";
    const rom_region_t *reg = hashdb_find_region(owner, r->region);
    if (r->load == ROM_LOAD_UNSUPPORTED)
        note(err, n, problems, set, r->line, "%s: load=\"%s\" is not supported", name, r->load_text);
    if (!reg)
        note(err, n, problems, set, r->line, "%s: region \"%s\" is not declared", name, r->region);
    else if (r->offset + hashdb_rom_span(r) > reg->size)
        note(err, n, problems, set, r->line, "%s: 0x%x bytes at 0x%x do not fit region \"%s\" (0x%x bytes)", name,
             (unsigned)r->size, (unsigned)r->offset, reg->name, (unsigned)reg->size);
}

int hashdb_check_set(const hashdb_t *db, const rom_set_t *set, char *err, size_t n)
{
    int problems = 0;
    check_parents(db, set, err, n, &problems);
    const rom_set_t *owner = hashdb_region_owner(db, set);
    for (size_t i = 0; i < set->rom_count; i++)
        check_rom(owner, set, &set->roms[i], err, n, &problems);
    return problems;
}
