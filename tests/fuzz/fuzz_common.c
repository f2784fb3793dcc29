#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "drivers/drivers.h"

static char tmpdir[256];

static void remove_tmpdir(void)
{
    DIR *d = opendir(tmpdir);
    struct dirent *e;
    char path[600];
    while (d && (e = readdir(d))) {
        snprintf(path, sizeof(path), "%s/%s", tmpdir, e->d_name);
        if (e->d_name[0] != '.')
            unlink(path);
    }
    if (d)
        closedir(d);
    rmdir(tmpdir);
}

const char *fuzz_tmpdir(void)
{
    if (!tmpdir[0]) {
        /* tmpfs when there is one: on a disk file system, rewriting the
           same small file for every input costs a block flush each time */
        struct stat st;
        const char *base = !stat("/dev/shm", &st) && S_ISDIR(st.st_mode) && !access("/dev/shm", W_OK) ? "/dev/shm" : "/tmp";
        snprintf(tmpdir, sizeof(tmpdir), "%s/cabinet-fuzz-XXXXXX", base);
        if (!mkdtemp(tmpdir)) {
            perror("mkdtemp");
            abort();
        }
        atexit(remove_tmpdir);
    }
    return tmpdir;
}

const char *fuzz_write_tmp(const char *name, const uint8_t *data, size_t size)
{
    static char path[600];
    snprintf(path, sizeof(path), "%s/%s", fuzz_tmpdir(), name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return NULL;
    bool ok = fwrite(data, 1, size, f) == size;
    if (fclose(f) || !ok)
        return NULL;
    return path;
}

machine_t *fuzz_machine(void)
{
    static machine_t *m;
    if (m)
        return m;
    region_list regions = { 0 };
    region_add(&regions, "maincpu", 0x2000, 0);
    char err[256];
    m = machine_create(driver_find("cabz80"), &regions, 48000, err, sizeof(err));
    if (!m) {
        fprintf(stderr, "fuzz: %s\n", err);
        abort();
    }
    return m;
}

uint8_t *fuzz_fixup_crc(const uint8_t *data, size_t size, size_t *out_len)
{
    size_t n = size ? size - 1 : 0;
    uint8_t *buf = malloc(n + 4);
    if (!buf)
        abort();
    if (n)
        memcpy(buf, data + 1, n);
    *out_len = n;
    if (size && (data[0] & 1)) {
        uint32_t crc = (uint32_t)crc32(0L, buf, (uInt)n);
        for (int i = 0; i < 4; i++)
            buf[n + i] = (uint8_t)(crc >> (8 * i));
        *out_len = n + 4;
    }
    return buf;
}
