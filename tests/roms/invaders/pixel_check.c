/* Checks a PNG's size and the colour of some pixels.
   Usage: pixel_check FILE.png WIDTH HEIGHT X,Y,RRGGBB ...
   Exit 0 when all match; 1 with the mismatches listed; 2 on a read error. */
#include <stdio.h>
#include <stdlib.h>

#include "util/png.h"

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: %s FILE.png WIDTH HEIGHT X,Y,RRGGBB ...\n", argv[0]);
        return 2;
    }
    u32 *px = NULL;
    int w, h;
    char err[256];
    if (png_read_argb(argv[1], &px, &w, &h, 1u << 22, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 2;
    }
    int rc = 0;
    if (w != atoi(argv[2]) || h != atoi(argv[3])) {
        printf("%s: size %dx%d, expected %sx%s\n", argv[1], w, h, argv[2], argv[3]);
        rc = 1;
    }
    for (int i = 4; i < argc && !rc; i++) {
        int x, y;
        unsigned want;
        if (sscanf(argv[i], "%d,%d,%x", &x, &y, &want) != 3 || x < 0 || y < 0 || x >= w || y >= h) {
            fprintf(stderr, "bad pixel spec %s\n", argv[i]);
            free(px);
            return 2;
        }
        unsigned got = px[(size_t)y * w + x] & 0xffffff;
        if (got != want) {
            printf("%s: (%d,%d) is %06x, expected %06x\n", argv[1], x, y, got, want);
            rc = 1;
        }
    }
    free(px);
    return rc;
}
