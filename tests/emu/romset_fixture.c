#define _XOPEN_SOURCE 700
#include "romset_fixture.h"

#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>


void fx_pattern(uint8_t *buf, size_t n, int k)
{
    for (size_t i = 0; i < n; i++)
        buf[i] = (uint8_t)(i * 7 + (size_t)k);
}

const uint8_t *fx_cabtest(int k)
{
    static uint8_t slots[4][CABTEST_FILE_SIZE];
    fx_pattern(slots[k & 3], CABTEST_FILE_SIZE, k);
    return slots[k & 3];
}

char *fx_tempdir(void)
{
    const char *base = getenv("TMPDIR");
    char *tmpl = fx_path(base && *base ? base : "/tmp", "cabinet-romset-XXXXXX");
    if (!tmpl || !mkdtemp(tmpl)) {
        fprintf(stderr, "cannot create a temp folder\n");
        exit(1);
    }
    return tmpl;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

void fx_rmtree(const char *dir)
{
    nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

char *fx_path(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", dir, name);
    return p;
}

bool fx_mkdir(const char *path)
{
    return mkdir(path, 0755) == 0;
}

bool fx_write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, n, f) == n;
    return fclose(f) == 0 && ok;
}

bool fx_write_zip(const char *path, const fx_file *files, size_t n)
{
    int err = 0;
    remove(path);
    zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z)
        return false;
    for (size_t i = 0; i < n; i++) {
        zip_source_t *src = zip_source_buffer(z, files[i].data, files[i].size, 0);
        if (!src || zip_file_add(z, files[i].name, src, 0) < 0) {
            fprintf(stderr, "zip_file_add(%s): %s\n", files[i].name, zip_strerror(z));
            zip_source_free(src);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

int fx_patch_file(const char *path, const char *from, const char *to)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)size);
    size_t got = buf ? fread(buf, 1, (size_t)size, f) : 0;
    fclose(f);
    size_t len = strlen(from);
    int count = 0;
    for (size_t i = 0; got >= len && i + len <= got; i++)
        if (!memcmp(buf + i, from, len)) {
            memcpy(buf + i, to, len);
            count++;
        }
    bool ok = buf && fx_write_file(path, buf, got);
    free(buf);
    return ok ? count : -1;
}

bool fx_truncate(const char *path, long size)
{
    return truncate(path, size) == 0;
}

FILE *fx_capture_begin(fx_capture *c)
{
    c->buf = NULL;
    c->len = 0;
    c->f = open_memstream(&c->buf, &c->len);
    return c->f;
}

const char *fx_capture_end(fx_capture *c)
{
    if (c->f)
        fclose(c->f);
    c->f = NULL;
    return c->buf ? c->buf : "";
}

void fx_capture_free(fx_capture *c)
{
    free(c->buf);
    c->buf = NULL;
}

hashdb_t *fx_builtin_db(void)
{
    char err[512] = "";
    hashdb_t *db = hashdb_load_builtin(err, sizeof(err));
    if (!db) {
        fprintf(stderr, "built-in hash database: %s\n", err);
        exit(1);
    }
    return db;
}
