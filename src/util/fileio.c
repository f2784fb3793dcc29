#include "util/fileio.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int file_read_all(const char *path, u8 **buf, size_t *len, size_t max, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    size_t cap = 65536, n = 0;
    u8 *b = malloc(cap);
    while (b) {
        if (n == cap) {
            if (cap > max) {
                snprintf(err, errlen, "%s: larger than %zu bytes", path, max);
                goto fail;
            }
            u8 *nb = realloc(b, cap * 2);
            if (!nb)
                break;
            b = nb;
            cap *= 2;
        }
        size_t got = fread(b + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (!b || ferror(f)) {
        snprintf(err, errlen, "%s: read error", path);
        goto fail;
    }
    if (n > max) {
        snprintf(err, errlen, "%s: larger than %zu bytes", path, max);
        goto fail;
    }
    fclose(f);
    *buf = b;
    *len = n;
    return 0;
fail:
    free(b);
    fclose(f);
    return -1;
}

FILE *file_begin_atomic(const char *path, char *tmp, size_t tmplen)
{
    if ((size_t)snprintf(tmp, tmplen, "%s.tmp", path) >= tmplen)
        return NULL;
    return fopen(tmp, "wb");
}

int file_commit_atomic(FILE *f, const char *tmp, const char *path, bool ok)
{
    if (fflush(f) != 0 || ferror(f))
        ok = false;
    if (fclose(f) != 0)
        ok = false;
    if (!ok || rename(tmp, path) != 0) {
        remove(tmp);
        return -1;
    }
    return 0;
}

int file_write_atomic(const char *path, const void *buf, size_t len, char *err, size_t errlen)
{
    char tmp[4096];
    FILE *f = file_begin_atomic(path, tmp, sizeof(tmp));
    if (!f) {
        snprintf(err, errlen, "%s: cannot write: %s", path, strerror(errno));
        return -1;
    }
    bool ok = fwrite(buf, 1, len, f) == len;
    if (file_commit_atomic(f, tmp, path, ok)) {
        snprintf(err, errlen, "%s: write failed", path);
        return -1;
    }
    return 0;
}

int make_dirs(const char *path)
{
    char buf[4096];
    if (strlen(path) >= sizeof(buf))
        return -1;
    strcpy(buf, path);
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buf, 0777) && errno != EEXIST)
            return -1;
        *p = '/';
    }
    return mkdir(buf, 0777) && errno != EEXIST ? -1 : 0;
}
