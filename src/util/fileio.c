#define _GNU_SOURCE
#include "util/fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* "PATH: reason", a very long path shortened to its last 200 characters so
   the reason always shows. */
static void fail(char *err, size_t errlen, const char *path, const char *reason)
{
    size_t n = strlen(path);
    if (n > 200)
        snprintf(err, errlen, "...%s: %s", path + n - 200, reason);
    else
        snprintf(err, errlen, "%s: %s", path, reason);
}

/* Opens a regular file for reading without blocking on a FIFO. */
static FILE *open_regular(const char *path, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        fail(err, errlen, path, strerror(errno));
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        fail(err, errlen, path, S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a regular file");
        close(fd);
        return NULL;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        fail(err, errlen, path, strerror(errno));
        close(fd);
    }
    return f;
}

int file_read_all(const char *path, u8 **buf, size_t *len, size_t max, char *err, size_t errlen)
{
    FILE *f = open_regular(path, err, errlen);
    if (!f)
        return -1;
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
        fail(err, errlen, path, b ? strerror(errno) : "out of memory");
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

/* Follows symlinks from `path` to the file an output should replace (which
   may not exist yet). -1 with errno on a loop or a name too long. */
static int resolve_target(const char *path, char *out, size_t outlen)
{
    if ((size_t)snprintf(out, outlen, "%s", path) >= outlen) {
        errno = ENAMETOOLONG;
        return -1;
    }
    for (int depth = 0; depth < 40; depth++) {
        struct stat st;
        if (lstat(out, &st) != 0)
            return errno == ENOENT ? 0 : -1;
        if (!S_ISLNK(st.st_mode)) {
            if (S_ISREG(st.st_mode))
                return 0;
            errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
            return -1;
        }
        char link[4096];
        ssize_t n = readlink(out, link, sizeof(link) - 1);
        if (n < 0)
            return -1;
        link[n] = '\0';
        char *slash = strrchr(out, '/');
        if (link[0] == '/' || !slash) {
            if ((size_t)n >= outlen) {
                errno = ENAMETOOLONG;
                return -1;
            }
            strcpy(out, link);
        } else {
            size_t dirlen = (size_t)(slash - out) + 1;
            if (dirlen + (size_t)n >= outlen) {
                errno = ENAMETOOLONG;
                return -1;
            }
            memcpy(out + dirlen, link, (size_t)n + 1);
        }
    }
    errno = ELOOP;
    return -1;
}

/* The folder part of a path ("." when it has none). */
static void dir_of(const char *path, char *dir, size_t len)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(dir, len, ".");
    else if (slash == path)
        snprintf(dir, len, "/");
    else
        snprintf(dir, len, "%.*s", (int)(slash - path), path);
}

static mode_t new_file_mode(const char *target)
{
    struct stat st;
    if (stat(target, &st) == 0)
        return st.st_mode & 07777;
    mode_t mask = umask(022);
    umask(mask);
    return 0666 & ~mask;
}

int file_out_open(file_out *o, const char *path, char *err, size_t errlen)
{
    memset(o, 0, sizeof(*o));
    o->name = path;
    if (resolve_target(path, o->path, sizeof(o->path))) {
        fail(err, errlen, path, strerror(errno));
        return -1;
    }
    char dir[4096];
    dir_of(o->path, dir, sizeof(dir));
    const char *base = strrchr(o->path, '/') ? strrchr(o->path, '/') + 1 : o->path;
    /* ".NAME.XXXXXX" within NAME_MAX */
    if ((size_t)snprintf(o->tmp, sizeof(o->tmp), "%s/.%.200s.XXXXXX", dir, base) >= sizeof(o->tmp)) {
        fail(err, errlen, path, strerror(ENAMETOOLONG));
        return -1;
    }
    int fd = mkostemp(o->tmp, O_CLOEXEC);
    if (fd < 0) {
        fail(err, errlen, path, strerror(errno));
        return -1;
    }
    fchmod(fd, new_file_mode(o->path));
    o->f = fdopen(fd, "wb");
    if (!o->f) {
        fail(err, errlen, path, strerror(errno));
        close(fd);
        unlink(o->tmp);
        return -1;
    }
    return 0;
}

static int sync_dir(const char *path)
{
    char dir[4096];
    dir_of(path, dir, sizeof(dir));
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    /* Some file systems cannot sync a folder (EINVAL): the rename stands. */
    int rc = fsync(fd) != 0 && errno != EINVAL ? -1 : 0;
    close(fd);
    return rc;
}

int file_out_commit(file_out *o, bool ok, char *err, size_t errlen)
{
    if (!o->f)
        return -1;
    bool wanted = ok;
    int why = 0;
    if (ok && (fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0)) {
        why = errno ? errno : EIO;
        ok = false;
    }
    if (fclose(o->f) != 0 && ok) {
        why = errno;
        ok = false;
    }
    o->f = NULL;
    if (ok && rename(o->tmp, o->path) != 0) {
        why = errno;
        ok = false;
    }
    if (!ok) {
        unlink(o->tmp);
        if (wanted)
            fail(err, errlen, o->name, strerror(why ? why : EIO));
        return -1;
    }
    if (sync_dir(o->path)) {
        fail(err, errlen, o->name, strerror(errno));
        return -1;
    }
    return 0;
}

int file_write_atomic(const char *path, const void *buf, size_t len, char *err, size_t errlen)
{
    file_out o;
    if (file_out_open(&o, path, err, errlen))
        return -1;
    errno = 0;
    bool ok = fwrite(buf, 1, len, o.f) == len;
    if (!ok) {
        int why = errno ? errno : EIO;
        file_out_commit(&o, false, err, errlen);
        fail(err, errlen, path, strerror(why));
        return -1;
    }
    return file_out_commit(&o, true, err, errlen);
}

int make_dirs(const char *path)
{
    char buf[4096];
    if (strlen(path) >= sizeof(buf)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    strcpy(buf, path);
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(buf, 0777) && errno != EEXIST)
            return -1;
        *p = '/';
    }
    if (mkdir(buf, 0777) == 0)
        return 0;
    struct stat st;
    if (errno == EEXIST && stat(buf, &st) == 0 && !S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return errno == EEXIST ? 0 : -1;
}
