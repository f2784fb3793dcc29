/* galaxian_compare REF_DIR CAND_DIR PREFIX FRAME...
   Compares Cabinet snapshots CAND_DIR/N.png with MAME references
   REF_DIR/PREFIX_fNNNN.png pixel for pixel (RGB); prints the differing
   pixel count per frame and exits 1 if any frame differs or is missing. */
#include <stdio.h>
#include <stdlib.h>

#include "util/png.h"

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: %s REF_DIR CAND_DIR PREFIX FRAME...\n", argv[0]);
        return 2;
    }
    int failed = 0;
    for (int i = 4; i < argc; i++) {
        unsigned long f = strtoul(argv[i], NULL, 10);
        char ref[4096], cand[4096], err[512];
        snprintf(ref, sizeof(ref), "%s/%s_f%04lu.png", argv[1], argv[3], f);
        snprintf(cand, sizeof(cand), "%s/%lu.png", argv[2], f);
        u32 *a = NULL, *b = NULL;
        int aw, ah, bw, bh;
        if (png_read_argb(ref, &a, &aw, &ah, 1u << 22, err, sizeof(err)) ||
            png_read_argb(cand, &b, &bw, &bh, 1u << 22, err, sizeof(err))) {
            printf("frame %lu: %s\n", f, err);
            free(a);
            failed++;
            continue;
        }
        long diff = 0;
        if (aw != bw || ah != bh) {
            printf("frame %lu: size %dx%d, reference %dx%d\n", f, bw, bh, aw, ah);
            diff = 1;
        } else {
            for (int p = 0; p < aw * ah; p++)
                if ((a[p] & 0xffffff) != (b[p] & 0xffffff) && diff++ < 3)
                    printf("  frame %lu (%d,%d): %06x, reference %06x\n", f, p % aw, p / aw,
                           (unsigned)(b[p] & 0xffffff), (unsigned)(a[p] & 0xffffff));
            printf("frame %lu: %ld pixels differ%s\n", f, diff, diff ? "" : " (exact)");
        }
        failed += diff != 0;
        free(a);
        free(b);
    }
    printf("%d of %d frames differ\n", failed, argc - 4);
    return failed ? 1 : 0;
}
