#include "frontend/sdl/config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "frontend/sdl/dips.h"
#include "util/fileio.h"

#define CFG_MAX_BYTES (64u << 10)

static void cfg_path(char *out, size_t len, const char *dir, const machine_t *m)
{
    snprintf(out, len, "%s/%s.ini", dir, m->driver->name);
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        *--e = '\0';
    return s;
}

static bool set_dip(machine_t *m, const char *spec, const char *value)
{
    char tag[64];
    const char *dot = strrchr(spec, '.');
    if (!dot || (size_t)(dot - spec) >= sizeof(tag))
        return false;
    memcpy(tag, spec, (size_t)(dot - spec));
    tag[dot - spec] = '\0';
    char *end;
    unsigned long mask = strtoul(dot + 1, &end, 0);
    unsigned long v = strtoul(value, &end, 0);
    if (*end || !*value)
        return false;
    int port = input_port_index(&m->inputs, tag);
    for (int i = 0; port >= 0 && i < m->inputs.num_fields; i++) {
        input_field *f = &m->inputs.fields[i];
        if (f->port == port && f->type == IPT_DIPSWITCH && f->mask == mask && dip_valid(f, (u32)v)) {
            f->dipvalue = (u32)v;
            return true;
        }
    }
    return false;
}

static bool set_key(keymap *k, const char *spec, const char *value, bool legacy)
{
    unsigned player;
    char type[32];
    if (sscanf(spec, "P%u.%31s", &player, type) != 2)
        return false;
    input_code codes[SEQ_MAX];
    u8 n;
    if (!keymap_keys_parse(value, codes, &n))
        return false;
    for (int i = 0; i < k->count; i++)
        if (k->b[i].player == player && !strcmp(input_type_name(k->b[i].type), type)) {
            key_binding b = k->b[i];
            memcpy(b.code, codes, sizeof(codes));
            b.n = n;
            memset(b.down, 0, sizeof(b.down));
            /* an older file lists every input by its keys: its default
               key alone means the default, controllers included */
            if (!legacy || !keymap_is_default_key_only(&b))
                k->b[i] = b;
            return true;
        }
    return false;
}

static bool parse_int(const char *value, long lo, long hi, long *out)
{
    char *end;
    long v = strtol(value, &end, 10);
    if (!*value || *end || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

static bool set_volume(machine_t *m, chip_volume *cv, const char *tag, const char *value)
{
    long pct;
    if (!cv || !parse_int(value, 0, 200, &pct))
        return false;
    for (int i = 0; i < cv->count; i++)
        if (!strcmp(cv->dev[i]->tag, tag)) {
            chipvol_set(cv, m, i, (int)pct);
            return true;
        }
    return false;
}

static bool set_video(config_video *v, const char *name, const char *value)
{
    long on;
    if (!v || !parse_int(value, 0, 1, &on))
        return false;
    if (!strcmp(name, "keepaspect"))
        v->keepaspect = on;
    else if (!strcmp(name, "unevenstretch"))
        v->unevenstretch = on;
    else if (!strcmp(name, "filter"))
        v->filter = on;
    else
        return false;
    return true;
}

/* MAME's <counters><coins index="N" number="..."/>: 0-3. */
static bool set_coins(machine_t *m, const char *index, const char *value)
{
    long i, n;
    if (!parse_int(index, 0, MACHINE_COIN_COUNTERS - 1, &i) || !parse_int(value, 0, 0x7fffffff, &n))
        return false;
    m->coin_count[i] = (u32)n;
    return true;
}

typedef struct cfg_target {
    machine_t *m;
    keymap *k;
    chip_volume *cv;
    config_video *v;
    bool legacy;   /* written before controllers were in the sequences */
} cfg_target;

/* true: a setting this file's writer regenerates (applied); false: a
   line kept as it is (comment, blank, unknown or invalid). */
static bool apply_line(const cfg_target *t, char *line, const char *path, int n)
{
    machine_t *m = t->m;
    char *hash = strchr(line, '#');
    if (hash)
        *hash = '\0';
    char *eq = strchr(line, '=');
    if (!eq) {
        if (*trim(line))
            fprintf(stderr, "%s:%d: expected key = value\n", path, n);
        return false;
    }
    *eq = '\0';
    char *key = trim(line), *value = trim(eq + 1);
    bool ok = false;
    if (!strncmp(key, "dip.", 4))
        ok = set_dip(m, key + 4, value);
    else if (!strncmp(key, "input.", 6))
        ok = set_key(t->k, key + 6, value, t->legacy);
    else if (!strncmp(key, "volume.", 7))
        ok = set_volume(m, t->cv, key + 7, value);
    else if (!strncmp(key, "video.", 6))
        ok = set_video(t->v, key + 6, value);
    else if (!strncmp(key, "coins.", 6))
        ok = set_coins(m, key + 6, value);
    if (!ok)
        fprintf(stderr, "%s:%d: ignored \"%s = %s\" (not valid for %s)\n", path, n, key, value, m->driver->name);
    return ok;
}

/* The header this version writes; "# Cabinet settings for NAME" alone is
   an older file's (every input listed, by keys only). */
#define HEADER_FMT "# Cabinet settings for %s (format 2)"

static bool is_own_header(const char *line, const machine_t *m)
{
    char own[160];
    snprintf(own, sizeof(own), HEADER_FMT, m->driver->name);
    size_t old = strlen(own) - strlen(" (format 2)");
    return !strcmp(line, own) || (strlen(line) == old && !strncmp(line, own, old));
}

int config_load(machine_t *m, keymap *k, chip_volume *cv, config_video *v, const char *dir, config_file *cf)
{
    cfg_target t = { m, k, cv, v, false };
    char path[4200], err[4400];
    memset(cf, 0, sizeof(*cf));
    cfg_path(path, sizeof(path), dir, m);
    u8 *buf;
    size_t len;
    struct stat st;
    if (stat(path, &st) != 0 && (errno == ENOENT || errno == ENOTDIR))
        return 0;
    if (file_read_all(path, &buf, &len, CFG_MAX_BYTES, err, sizeof(err))) {
        fprintf(stderr, "%s; settings not loaded, and the file will not be saved over\n", err);
        cf->unusable = true;
        return -1;
    }
    char *text = realloc(buf, len + 1), *kept = malloc(len + 2);
    if (!text || !kept) {
        free(text ? text : (char *)buf);
        free(kept);
        cf->unusable = true;
        return -1;
    }
    text[len] = '\0';
    char header[160];
    snprintf(header, sizeof(header), HEADER_FMT "\n", m->driver->name);
    t.legacy = strncmp(text, header, strlen(header)) && !strstr(text, header);
    size_t pos = 0;
    int n = 0;
    for (char *line = text, *next; line && (*line || (line < text + len)); line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        char copy[1024];
        snprintf(copy, sizeof(copy), "%s", line);
        size_t ll = strlen(line);
        if (!apply_line(&t, copy, path, ++n) && !is_own_header(line, m) && ll < sizeof(copy)) {
            memcpy(kept + pos, line, ll);
            pos += ll;
            kept[pos++] = '\n';
        } else if (ll >= sizeof(copy)) {
            memcpy(kept + pos, line, ll); /* too long to be a setting: kept */
            pos += ll;
            kept[pos++] = '\n';
        }
    }
    free(text);
    cf->kept = kept;
    cf->kept_len = pos;
    return 0;
}

void config_free(config_file *cf)
{
    free(cf->kept);
    memset(cf, 0, sizeof(*cf));
}

typedef struct text_buf {
    char text[8192];
    size_t pos;
} text_buf;

static void emit(text_buf *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t room = t->pos < sizeof(t->text) ? sizeof(t->text) - t->pos : 0;
    int n = vsnprintf(t->text + t->pos, room, fmt, ap);
    va_end(ap);
    t->pos += n > 0 ? (size_t)n : 0;
}

int config_save(machine_t *m, const keymap *k, const chip_volume *cv, const config_video *v, const config_video *base,
                const char *dir, const config_file *cf, char *err, size_t errlen)
{
    static text_buf t;
    char path[4200];
    cfg_path(path, sizeof(path), dir, m);
    if (cf->unusable) {
        snprintf(err, errlen, "%s: settings not saved: the file there could not be loaded and is left as it is", path);
        return -1;
    }
    t.pos = 0;
    emit(&t, HEADER_FMT "\n", m->driver->name);
    for (int i = 0; i < m->inputs.num_fields; i++) {
        const input_field *f = &m->inputs.fields[i];
        if (f->type == IPT_DIPSWITCH)
            emit(&t, "dip.%s.0x%02x = 0x%02x\n", m->inputs.ports[f->port].tag, f->mask, f->dipvalue);
    }
    for (int i = 0; i < k->count; i++) {
        if (keymap_is_default(&k->b[i]))
            continue;   /* as MAME: only the inputs changed */
        char keys[256];
        keymap_keys_text(&k->b[i], keys, sizeof(keys));
        emit(&t, "input.P%u.%s = %s\n", k->b[i].player, input_type_name(k->b[i].type), keys);
    }
    for (int i = 0; cv && i < cv->count; i++)
        if (cv->pct[i] != 100)
            emit(&t, "volume.%s = %d\n", cv->dev[i]->tag, cv->pct[i]);
    if (v && base) {
        if (v->keepaspect != base->keepaspect)
            emit(&t, "video.keepaspect = %d\n", v->keepaspect);
        if (v->unevenstretch != base->unevenstretch)
            emit(&t, "video.unevenstretch = %d\n", v->unevenstretch);
        if (v->filter != base->filter)
            emit(&t, "video.filter = %d\n", v->filter);
    }
    for (int i = 0; i < MACHINE_COIN_COUNTERS; i++)
        if (m->coin_count[i])
            emit(&t, "coins.%d = %lu\n", i, (unsigned long)m->coin_count[i]);
    if (t.pos >= sizeof(t.text)) {
        snprintf(err, errlen, "settings too long");
        return -1;
    }
    if (make_dirs(dir)) {
        snprintf(err, errlen, "%s: cannot create folder: %s", dir, strerror(errno));
        return -1;
    }
    /* Lines this version does not understand come first, as they were. */
    char *all = malloc(cf->kept_len + t.pos);
    if (!all) {
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    if (cf->kept_len)
        memcpy(all, cf->kept, cf->kept_len);
    memcpy(all + cf->kept_len, t.text, t.pos);
    int rc = file_write_atomic(path, all, cf->kept_len + t.pos, err, errlen);
    free(all);
    return rc;
}
