#include "romtool.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int romtool_write(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return 1;
    }
    int bad = fwrite(data, 1, n, f) != n;
    bad |= fclose(f) != 0;
    if (bad)
        fprintf(stderr, "%s: write failed\n", path);
    return bad;
}

int romtool_split(const char *in, const char *chunk_arg, char *const outs[], int nouts)
{
    char *end;
    long chunk = strtol(chunk_arg, &end, 0);
    if (*end || chunk <= 0 || chunk > 65536 || nouts <= 0) {
        fprintf(stderr, "split: bad chunk size %s\n", chunk_arg);
        return 1;
    }
    size_t total = (size_t)chunk * (size_t)nouts;
    unsigned char *buf = malloc(total + 1);
    FILE *f = fopen(in, "rb");
    if (!buf || !f) {
        fprintf(stderr, "%s: %s\n", in, f ? "out of memory" : strerror(errno));
        free(buf);
        if (f)
            fclose(f);
        return 1;
    }
    memset(buf, 0xff, total + 1);
    size_t got = fread(buf, 1, total + 1, f);
    fclose(f);
    int rc = 0;
    if (got > total) {
        fprintf(stderr, "%s: larger than %d x %ld bytes\n", in, nouts, chunk);
        rc = 1;
    }
    for (int i = 0; i < nouts && !rc; i++)
        rc = romtool_write(outs[i], buf + (size_t)chunk * (size_t)i, (size_t)chunk);
    free(buf);
    return rc;
}

static void put_pen(unsigned char *byte, int k, int pen)
{
    if (pen & 2)
        *byte |= (unsigned char)(0x80 >> k);
    if (pen & 1)
        *byte |= (unsigned char)(0x08 >> k);
}

void pacgfx_tile_pixel(unsigned char *rom, int code, int x, int y, int pen)
{
    put_pen(rom + code * 16 + (x < 4 ? 8 : 0) + y, x & 3, pen);
}

void pacgfx_sprite_pixel(unsigned char *rom, int code, int x, int y, int pen)
{
    static const int strip[4] = { 8, 16, 24, 0 };
    put_pen(rom + code * 64 + strip[x >> 2] + (y < 8 ? y : 32 + y - 8), x & 3, pen);
}

int pacgfx_main(const pacgfx_generator *g, int argc, char **argv)
{
    if (argc == 4 && !strcmp(argv[1], "gfx")) {
        g->make_gfx();
        return romtool_write(argv[2], g->gfx5e, 4096) | romtool_write(argv[3], g->gfx5f, 4096);
    }
    if (argc == 6 && !strcmp(argv[1], "proms")) {
        unsigned char p7f[32], p4a[256], p1m[256], p3m[256];
        g->make_proms(p7f, p4a, p1m, p3m);
        return romtool_write(argv[2], p7f, sizeof(p7f)) | romtool_write(argv[3], p4a, sizeof(p4a)) |
               romtool_write(argv[4], p1m, sizeof(p1m)) | romtool_write(argv[5], p3m, sizeof(p3m));
    }
    if (argc >= 5 && !strcmp(argv[1], "split"))
        return romtool_split(argv[2], argv[3], argv + 4, argc - 4);
    fprintf(stderr, "usage: %s gfx 5E 5F | proms 7F 4A 1M 3M | split IN CHUNK OUT...\n", g->name);
    return 2;
}
