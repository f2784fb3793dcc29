/* Compares Cabinet snapshots with MAME reference frames pixel for pixel.
   usage: pacman_compare REF_DIR CAND_DIR PREFIX FRAME...
   Reference files are REF_DIR/PREFIX_fNNNN.png, candidates CAND_DIR/N.png.
   Prints the mismatching pixel count per frame (and the first few pixels);
   exits 1 if any frame differs or is missing. */
#include <stdio.h>
#include <stdlib.h>

#include "util/png.h"

static int compare_frame(const char *ref, const char *cand, const char *name)
{
    char err[512];
    u32 *a = NULL, *b = NULL;
    int aw, ah, bw, bh;
    if (png_read_argb(ref, &a, &aw, &ah, 1u << 22, err, sizeof(err)) ||
        png_read_argb(cand, &b, &bw, &bh, 1u << 22, err, sizeof(err))) {
        printf("%s: %s\n", name, err);
        free(a);
        return 1;
    }
    int bad = 0;
    if (aw != bw || ah != bh) {
        printf("%s: size %dx%d, reference %dx%d\n", name, bw, bh, aw, ah);
        bad = 1;
    } else {
        long diff = 0;
        for (int i = 0; i < aw * ah; i++) {
            if ((a[i] & 0xffffff) == (b[i] & 0xffffff))
                continue;
            if (diff++ < 5)
                printf("  %s (%d,%d): %06x, reference %06x\n", name, i % aw, i / aw, (unsigned)(b[i] & 0xffffff),
                       (unsigned)(a[i] & 0xffffff));
        }
        printf("%s: %ld pixels differ%s\n", name, diff, diff ? "" : " (exact)");
        bad = diff != 0;
    }
    free(a);
    free(b);
    return bad;
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: %s REF_DIR CAND_DIR PREFIX FRAME...\n", argv[0]);
        return 2;
    }
    int failed = 0;
    for (int i = 4; i < argc; i++) {
        unsigned long f = strtoul(argv[i], NULL, 10);
        char ref[4096], cand[4096], name[64];
        snprintf(ref, sizeof(ref), "%s/%s_f%04lu.png", argv[1], argv[3], f);
        snprintf(cand, sizeof(cand), "%s/%lu.png", argv[2], f);
        snprintf(name, sizeof(name), "frame %lu", f);
        failed += compare_frame(ref, cand, name);
    }
    printf("%d of %d frames differ\n", failed, argc - 4);
    return failed ? 1 : 0;
}
