/* Runs fuzz entry points without libFuzzer, for CI and regressions:
     fuzz_replay TARGET FILE|DIR...   feeds every file (a folder: its files)
     fuzz_replay -seeds DIR           writes recording and state seeds made
                                      on the fuzz machine into DIR/<target>/ */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "frontend/inp.h"
#include "fuzz.h"
#include "util/fileio.h"

int fuzz_hashdb(const uint8_t *, size_t);
int fuzz_zipset(const uint8_t *, size_t);
int fuzz_archive(const uint8_t *, size_t);
int fuzz_savestate(const uint8_t *, size_t);
int fuzz_inp(const uint8_t *, size_t);
int fuzz_inputscript(const uint8_t *, size_t);
int fuzz_png(const uint8_t *, size_t);
int fuzz_wav(const uint8_t *, size_t);
int fuzz_layout(const uint8_t *, size_t);
int fuzz_ini(const uint8_t *, size_t);
int fuzz_listxml(const uint8_t *, size_t);

static const struct {
    const char *name;
    int (*fn)(const uint8_t *, size_t);
} targets[] = {
    { "hashdb", fuzz_hashdb }, { "zipset", fuzz_zipset }, { "archive", fuzz_archive }, { "savestate", fuzz_savestate },
    { "inp", fuzz_inp }, { "inputscript", fuzz_inputscript }, { "png", fuzz_png }, { "wav", fuzz_wav },
    { "layout", fuzz_layout }, { "ini", fuzz_ini }, { "listxml", fuzz_listxml },
};

static int feed_file(int (*fn)(const uint8_t *, size_t), const char *path)
{
    u8 *buf;
    size_t len;
    char err[512];
    if (file_read_all(path, &buf, &len, 16u << 20, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    fn(buf, len);
    free(buf);
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Feeds the files of dir in name order; returns the count or -1. */
static long feed_dir(int (*fn)(const uint8_t *, size_t), const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    char *names[4096];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 4096)
        if (e->d_name[0] != '.')
            names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof(char *), cmp_str);
    long fed = 0;
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        struct stat st;
        snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && feed_file(fn, path) == 0)
            fed++;
        free(names[i]);
    }
    return fed;
}

/* Writes "prefix-raw" (as is) and "prefix-fixup" (mode byte 1, CRC dropped). */
static void write_seed_pair(const char *dir, const char *prefix, const u8 *buf, size_t len)
{
    char path[4096], err[512];
    u8 *b = malloc(len + 1);
    b[0] = 0;
    memcpy(b + 1, buf, len);
    snprintf(path, sizeof(path), "%s/%s-raw", dir, prefix);
    if (file_write_atomic(path, b, len + 1, err, sizeof(err)))
        fprintf(stderr, "%s\n", err);
    b[0] = 1;
    snprintf(path, sizeof(path), "%s/%s-fixup", dir, prefix);
    if (file_write_atomic(path, b, len - 3, err, sizeof(err)))
        fprintf(stderr, "%s\n", err);
    free(b);
}

static int make_seeds(const char *dir)
{
    machine_t *m = fuzz_machine();
    char path[4096], err[512], sub[4096];
    snprintf(path, sizeof(path), "%s/seed.inp", fuzz_tmpdir());
    inp_file *f = inp_open_record(path, m, err, sizeof(err));
    for (int i = 0; f && i < 6; i++) {
        input_set_field(&m->inputs, "IN0", 1u << i, true);
        input_set_dip(&m->inputs, "DSW0", 3, (u32)i & 3);
        inp_record_frame(f, m);
        machine_run_frame(m);
    }
    u8 *buf;
    size_t len;
    if (!f || inp_close(f, true, err, sizeof(err)) || file_read_all(path, &buf, &len, 1u << 20, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    snprintf(sub, sizeof(sub), "%s/inp", dir);
    write_seed_pair(sub, "seed", buf, len);
    free(buf);
    if (machine_save_state(m, &buf, &len))
        return 1;
    snprintf(sub, sizeof(sub), "%s/savestate", dir);
    write_seed_pair(sub, "seed", buf, len);
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "-seeds"))
        return make_seeds(argv[2]);
    if (argc < 3) {
        fprintf(stderr, "usage: fuzz_replay TARGET FILE|DIR... | fuzz_replay -seeds DIR\n");
        return 2;
    }
    for (size_t t = 0; t < ARRAY_LEN(targets); t++) {
        if (strcmp(targets[t].name, argv[1]))
            continue;
        long total = 0;
        for (int i = 2; i < argc; i++) {
            struct stat st;
            long n = stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode) ? feed_dir(targets[t].fn, argv[i])
                                                                     : feed_file(targets[t].fn, argv[i]) ? -1 : 1;
            if (n < 0) {
                fprintf(stderr, "%s: cannot read\n", argv[i]);
                return 1;
            }
            total += n;
        }
        printf("%s: %ld inputs, no crash\n", argv[1], total);
        return 0;
    }
    fprintf(stderr, "unknown fuzz target: %s\n", argv[1]);
    return 2;
}
