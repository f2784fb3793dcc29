/* Shared helpers for the ROM-set tests: the cabtest byte patterns, temp
   folders, zips written with libzip, output capture. Checks: tests/check.h. */
#ifndef CABINET_ROMSET_FIXTURE_H
#define CABINET_ROMSET_FIXTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "emu/hashdb.h"

#define CABTEST_FILE_SIZE 0x2000

typedef struct fx_file {
    const char *name;
    const uint8_t *data;
    size_t size;
} fx_file;

/* byte i = (i*7 + k) & 0xff: k=1 cabtest.1, k=2 cabtest.2, k=3 cabtestc.2 */
void fx_pattern(uint8_t *buf, size_t n, int k);
/* A fresh 0x2000-byte pattern buffer in static storage slot k (1..3). */
const uint8_t *fx_cabtest(int k);

char *fx_tempdir(void);                        /* mkdtemp; caller frees */
void fx_rmtree(const char *dir);
char *fx_path(const char *dir, const char *name);   /* caller frees */
bool fx_mkdir(const char *path);
bool fx_write_file(const char *path, const void *data, size_t n);
bool fx_write_zip(const char *path, const fx_file *files, size_t n);
/* Replaces every occurrence of `from` by `to` (same length) in a file. */
int fx_patch_file(const char *path, const char *from, const char *to);
bool fx_truncate(const char *path, long size);

/* Output capture into a string (open_memstream). */
typedef struct fx_capture {
    FILE *f;
    char *buf;
    size_t len;
} fx_capture;
FILE *fx_capture_begin(fx_capture *c);
const char *fx_capture_end(fx_capture *c);     /* valid until fx_capture_free */
void fx_capture_free(fx_capture *c);

hashdb_t *fx_builtin_db(void);                 /* aborts the test if it fails */

#endif
