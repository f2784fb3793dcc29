/* Compares two PNG frames pixel for pixel (RGB; alpha ignored).
   Usage: frame_compare REF.png CANDIDATE.png [FIRST_ROW LAST_ROW]
   Rows FIRST_ROW..LAST_ROW, when given, are left out of the comparison.
   Exit 0 when equal; 1 with the first differences listed; 2 on a read error. */
#include <stdio.h>
#include <stdlib.h>

#include "util/png.h"

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 5) {
        fprintf(stderr, "usage: %s REF.png CANDIDATE.png [FIRST_ROW LAST_ROW]\n", argv[0]);
        return 2;
    }
    int skip0 = argc == 5 ? atoi(argv[3]) : -1, skip1 = argc == 5 ? atoi(argv[4]) : -2;
    u32 *a = NULL, *b = NULL;
    int aw, ah, bw, bh;
    char err[256];
    if (png_read_argb(argv[1], &a, &aw, &ah, 1u << 22, err, sizeof(err)) ||
        png_read_argb(argv[2], &b, &bw, &bh, 1u << 22, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        free(a);
        return 2;
    }
    int rc = 0;
    if (aw != bw || ah != bh) {
        printf("%s: size %dx%d, reference %dx%d\n", argv[2], bw, bh, aw, ah);
        rc = 1;
    } else {
        long diffs = 0;
        for (int y = 0; y < ah; y++)
            for (int x = 0; x < aw; x++) {
                if (y >= skip0 && y <= skip1)
                    continue;
                u32 p = a[(size_t)y * aw + x] & 0xffffff, q = b[(size_t)y * aw + x] & 0xffffff;
                if (p != q && diffs++ < 10)
                    printf("%s: (%d,%d) is %06x, reference %06x\n", argv[2], x, y, (unsigned)q, (unsigned)p);
            }
        if (diffs) {
            printf("%s: %ld pixels differ\n", argv[2], diffs);
            rc = 1;
        }
    }
    free(a);
    free(b);
    return rc;
}
