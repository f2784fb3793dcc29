#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "drivers/drivers.h"
#include "emu/hashdb.h"

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

/* Zero-filled (or erase-value) regions of the sizes the built-in hash file
   gives the set, so any driver starts without its ROMs. */
static machine_t *machine_on_blank_roms(const game_driver *d)
{
    static hashdb_t *db;
    char err[256];
    if (!db && !(db = hashdb_load_builtin(err, sizeof(err)))) {
        fprintf(stderr, "fuzz: %s\n", err);
        abort();
    }
    const rom_set_t *set = hashdb_find(db, d->name);
    const rom_set_t *owner = set ? hashdb_region_owner(db, set) : NULL;
    region_list regions = { 0 };
    for (size_t i = 0; owner && i < owner->region_count; i++)
        region_add(&regions, owner->regions[i].name, owner->regions[i].size, owner->regions[i].erase);
    machine_t *m = machine_create(d, &regions, 48000, err, sizeof(err));
    if (!m) {
        fprintf(stderr, "fuzz: %s: %s\n", d->name, err);
        abort();
    }
    return m;
}

fuzz_target_machine *fuzz_machine_named(const char *name)
{
    static fuzz_target_machine *all;
    const game_driver *d = name ? driver_find(name) : NULL;
    if (!d)
        return NULL;
    size_t i = 0;
    while (driver_list[i] != d)
        i++;
    if (!all && !(all = calloc(driver_count(), sizeof(*all))))
        abort();
    fuzz_target_machine *t = &all[i];
    if (!t->m) {
        t->m = !strcmp(d->name, "cabz80") ? fuzz_machine() : machine_on_blank_roms(d);
        if (machine_save_state(t->m, &t->pristine, &t->pristine_len))
            abort();
    }
    return t;
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
