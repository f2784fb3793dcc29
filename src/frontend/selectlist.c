#include "frontend/selectlist.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emu/romload.h"
#include "util/fileio.h"

int sel_build(sel_list *l, const game_driver *const *drivers, const char *bundled)
{
    memset(l, 0, sizeof(*l));
    int n = 0;
    while (drivers[n])
        n++;
    l->e = calloc((size_t)n + 1, sizeof(sel_entry));
    l->shown = calloc((size_t)n + 1, sizeof(int));
    if (!l->e || !l->shown) {
        sel_free(l);
        return -1;
    }
    for (int i = 0; i < n; i++)
        l->e[i].drv = drivers[i];
    l->count = n;
    l->bundled = bundled;
    sel_refresh(l);
    return 0;
}

void sel_free(sel_list *l)
{
    free(l->e);
    free(l->shown);
    memset(l, 0, sizeof(*l));
}

sel_status sel_audit_one(const hashdb_t *db, const char *name, const char *rompath)
{
    const rom_set_t *set = hashdb_find(db, name);
    if (!set)
        return SEL_MISSING;
    rom_report_t rep;
    romload_set(db, set, rompath, NULL, &rep);
    sel_status s = rep.set_found || rep.count == 0 ? SEL_GOOD : SEL_MISSING;
    for (size_t i = 0; s == SEL_GOOD && i < rep.count; i++) {
        rom_status st = rep.files[i].status;
        if (st == ROM_STATUS_BAD_CHECKSUM || st == ROM_STATUS_WRONG_LENGTH || st == ROM_STATUS_NOT_FOUND)
            s = SEL_BAD;
    }
    if (rep.fatal)
        s = SEL_BAD;
    rom_report_free(&rep);
    return s;
}

void sel_audit(sel_list *l, const hashdb_t *db, const char *rompath)
{
    for (int i = 0; i < l->count; i++)
        l->e[i].status = sel_audit_one(db, l->e[i].drv->name, rompath);
}

bool sel_any_found(const sel_list *l)
{
    for (int i = 0; i < l->count; i++)
        if (l->e[i].status != SEL_MISSING && !(l->bundled && !strcmp(l->e[i].drv->name, l->bundled)))
            return true;
    return false;
}

static int rank(const sel_list *l, const sel_entry *e)
{
    if (l->bundled && !strcmp(e->drv->name, l->bundled))
        return 0;
    return e->favourite ? 1 : 2;
}

/* qsort has no context argument: the list being sorted. */
static const sel_list *sorting;

static int cmp_entry(const void *a, const void *b)
{
    const sel_entry *x = a, *y = b;
    int rx = rank(sorting, x), ry = rank(sorting, y);
    if (rx != ry)
        return rx - ry;
    int c = strcasecmp(x->drv->description, y->drv->description);
    return c ? c : strcmp(x->drv->name, y->drv->name);
}

static bool contains_nocase(const char *hay, const char *needle)
{
    if (!hay)
        return false;
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (!strncasecmp(hay, needle, n))
            return true;
    return n == 0;
}

static bool matches(const sel_entry *e, const char *search)
{
    return !search[0] || contains_nocase(e->drv->name, search) || contains_nocase(e->drv->description, search)
           || contains_nocase(e->drv->manufacturer, search);
}

void sel_refresh(sel_list *l)
{
    sorting = l;
    qsort(l->e, (size_t)l->count, sizeof(sel_entry), cmp_entry);
    sorting = NULL;
    l->nshown = 0;
    for (int i = 0; i < l->count; i++)
        if (matches(&l->e[i], l->search))
            l->shown[l->nshown++] = i;
}

void sel_search_set(sel_list *l, const char *text)
{
    snprintf(l->search, sizeof(l->search), "%s", text);
    sel_refresh(l);
}

void sel_search_type(sel_list *l, char c)
{
    size_t n = strlen(l->search);
    if (n < SEL_SEARCH_MAX && isprint((unsigned char)c)) {
        l->search[n] = c;
        l->search[n + 1] = '\0';
        sel_refresh(l);
    }
}

void sel_search_backspace(sel_list *l)
{
    size_t n = strlen(l->search);
    if (n) {
        l->search[n - 1] = '\0';
        sel_refresh(l);
    }
}

const sel_entry *sel_shown(const sel_list *l, int i)
{
    return i >= 0 && i < l->nshown ? &l->e[l->shown[i]] : NULL;
}

static sel_entry *find(sel_list *l, const char *name)
{
    for (int i = 0; i < l->count; i++)
        if (!strcmp(l->e[i].drv->name, name))
            return &l->e[i];
    return NULL;
}

int sel_toggle_favourite(sel_list *l, const char *name)
{
    sel_entry *e = find(l, name);
    if (!e)
        return -1;
    e->favourite = !e->favourite;
    sel_refresh(l);
    return 0;
}

int sel_favourites_load(sel_list *l, const char *path, char *err, size_t errlen)
{
    if (access(path, F_OK) != 0)
        return 0;
    u8 *buf;
    size_t len;
    if (file_read_all(path, &buf, &len, SEL_FAVOURITES_MAX_BYTES, err, errlen))
        return -1;
    for (size_t i = 0; i < len; i++)
        if (buf[i] == '\0') {
            snprintf(err, errlen, "%s: not a text file (NUL byte at offset %zu)", path, i);
            free(buf);
            return -1;
        }
    char *text = realloc(buf, len + 1);
    if (!text) {
        free(buf);
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    text[len] = '\0';
    for (char *save = NULL, *line = strtok_r(text, "\r\n", &save); line; line = strtok_r(NULL, "\r\n", &save)) {
        while (isspace((unsigned char)*line))
            line++;
        char *end = line + strlen(line);
        while (end > line && isspace((unsigned char)end[-1]))
            *--end = '\0';
        sel_entry *e = *line && *line != '#' ? find(l, line) : NULL;
        if (e)
            e->favourite = true;
    }
    free(text);
    sel_refresh(l);
    return 0;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int sel_favourites_save(const sel_list *l, const char *path, char *err, size_t errlen)
{
    const char **names = calloc((size_t)l->count + 1, sizeof(char *));
    size_t n = 0, bytes = 64;
    if (!names) {
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    for (int i = 0; i < l->count; i++)
        if (l->e[i].favourite) {
            names[n++] = l->e[i].drv->name;
            bytes += strlen(l->e[i].drv->name) + 1;
        }
    qsort(names, n, sizeof(char *), cmp_name);
    char *text = malloc(bytes), *p = text;
    if (!text) {
        free(names);
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    p += sprintf(p, "# Cabinet favourites\n");
    for (size_t i = 0; i < n; i++)
        p += sprintf(p, "%s\n", names[i]);
    free(names);
    char dir[4096];
    snprintf(dir, sizeof(dir), "%s", path);
    char *slash = strrchr(dir, '/');
    int rc = 0;
    if (slash) {
        *slash = '\0';
        if (dir[0] && make_dirs(dir)) {
            snprintf(err, errlen, "%s: cannot create folder: %s", dir, strerror(errno));
            rc = -1;
        }
    }
    if (rc == 0)
        rc = file_write_atomic(path, text, (size_t)(p - text), err, errlen) ? -1 : 0;
    free(text);
    return rc;
}

const char *sel_status_name(sel_status s)
{
    return s == SEL_GOOD ? "good" : s == SEL_BAD ? "bad" : "missing";
}
