#include "frontend/nvram.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/fileio.h"

static bool has_nvram(const machine_t *m, const options *o)
{
    return m->config->nvram && m->config->nvram_name && o->nvram_directory && *o->nvram_directory;
}

static void nvram_path(char *path, size_t len, const machine_t *m, const options *o)
{
    snprintf(path, len, "%s/%s/%s", o->nvram_directory, m->driver->name, m->config->nvram_name);
}

int nvram_load(machine_t *m, const options *o)
{
    if (!has_nvram(m, o))
        return 0;
    char path[4200], err[4400];
    nvram_path(path, sizeof(path), m, o);
    struct stat st;
    if (stat(path, &st) != 0 && (errno == ENOENT || errno == ENOTDIR))
        return 0; /* none yet: the chip keeps its erased contents */
    size_t len, have;
    u8 *dst = m->config->nvram(m, m->drv, &len), *buf;
    /* One byte more than expected is enough to see that a file is too long. */
    if (file_read_all(path, &buf, &have, len + 1, err, sizeof(err))) {
        fprintf(stderr, "%s; NVRAM not loaded, and the file will not be saved over\n", err);
        return -1;
    }
    if (have != len) {
        fprintf(stderr, "%s: %zu bytes, expected %zu; NVRAM not loaded, and the file will not be saved over\n", path,
                have, len);
        free(buf);
        return -1;
    }
    memcpy(dst, buf, len);
    free(buf);
    return 1;
}

int nvram_save(machine_t *m, const options *o, int loaded)
{
    if (!has_nvram(m, o) || !o->nvram_save)
        return 0;
    char dir[4096], path[4200], err[4400];
    if ((size_t)snprintf(dir, sizeof(dir), "%s/%s", o->nvram_directory, m->driver->name) >= sizeof(dir)) {
        fprintf(stderr, "-nvram_directory: %s; NVRAM not saved\n", strerror(ENAMETOOLONG));
        return -1;
    }
    nvram_path(path, sizeof(path), m, o);
    if (loaded < 0) {
        fprintf(stderr, "%s: NVRAM not saved: the file there could not be loaded and is left as it is\n", path);
        return -1;
    }
    size_t len;
    const u8 *src = m->config->nvram(m, m->drv, &len);
    if (make_dirs(dir)) {
        fprintf(stderr, "%s: cannot save NVRAM: %s\n", dir, strerror(errno));
        return -1;
    }
    if (file_write_atomic(path, src, len, err, sizeof(err))) {
        fprintf(stderr, "%s; NVRAM not saved\n", err);
        return -1;
    }
    return 1;
}
