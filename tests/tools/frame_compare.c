/* The board tests' PNG checker: frames against references pixel for pixel
   (RGB, alpha ignored), or single pixels and sizes of one snapshot.

     frame_compare [OPTS] REF.png CAND.png
     frame_compare [OPTS] --frames REF_DIR PREFIX CAND_DIR FRAME...
         REF_DIR/PREFIX_fNNNN.png against CAND_DIR/N.png for each FRAME
     frame_compare --pixels FILE.png [--size W H] [X,Y=RRGGBB...]
         the picture is W x H; each listed pixel has the colour RRGGBB
   OPTS: --ignore-rows FIRST-LAST   rows left out of the comparison
         --ignore-rect X,Y,W,H      a rectangle left out
         --show N                   differing pixels listed per frame (5)
   Sizes must match, and every pixel not left out. The differing pixel count
   and the first differing pixels are printed per frame. Exit 0 when all
   match; 1 on a difference, a missing or unreadable file; 2 on bad usage. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/png.h"

#define MAX_PIXELS (1u << 24)
#define MAX_HOLES 16

typedef struct {
    int x0, y0, x1, y1; /* inclusive */
} hole;

static hole holes[MAX_HOLES];
static int nholes;
static long show = 5;

static int usage(void)
{
    fprintf(stderr, "usage: frame_compare [--ignore-rows A-B] [--ignore-rect X,Y,W,H] [--show N] REF.png CAND.png\n"
                    "       frame_compare [OPTS] --frames REF_DIR PREFIX CAND_DIR FRAME...\n"
                    "       frame_compare --pixels FILE.png [--size W H] [X,Y=RRGGBB...]\n");
    return 2;
}

static int ignored(int x, int y)
{
    for (int i = 0; i < nholes; i++)
        if (x >= holes[i].x0 && x <= holes[i].x1 && y >= holes[i].y0 && y <= holes[i].y1)
            return 1;
    return 0;
}

/* 0 same, 1 different or unreadable; name labels the lines printed. */
static int compare(const char *ref, const char *cand, const char *name)
{
    char err[512];
    u32 *a = NULL, *b = NULL;
    int aw, ah, bw, bh;
    if (png_read_argb(ref, &a, &aw, &ah, MAX_PIXELS, err, sizeof(err)) ||
        png_read_argb(cand, &b, &bw, &bh, MAX_PIXELS, err, sizeof(err))) {
        printf("%s: %s\n", name, err);
        free(a);
        return 1;
    }
    int bad = 1;
    if (aw != bw || ah != bh) {
        printf("%s: size %dx%d, reference %dx%d\n", name, bw, bh, aw, ah);
    } else {
        long diff = 0;
        for (int y = 0; y < ah; y++)
            for (int x = 0; x < aw; x++) {
                u32 p = a[(size_t)y * aw + x] & 0xffffff, q = b[(size_t)y * aw + x] & 0xffffff;
                if (p == q || (nholes && ignored(x, y)))
                    continue;
                if (diff++ < show)
                    printf("  %s (%d,%d): %06x, reference %06x\n", name, x, y, (unsigned)q, (unsigned)p);
            }
        printf("%s: %ld pixels differ%s\n", name, diff, diff ? "" : " (exact)");
        bad = diff != 0;
    }
    free(a);
    free(b);
    return bad;
}

static int check_pixels(int argc, char **argv)
{
    const char *file = argv[0];
    u32 *pix;
    int w, h, i = 1, bad = 0;
    char err[512];
    if (png_read_argb(file, &pix, &w, &h, MAX_PIXELS, err, sizeof(err))) {
        printf("%s\n", err);
        return 1;
    }
    if (i < argc && !strcmp(argv[i], "--size")) {
        if (i + 2 >= argc) {
            free(pix);
            return usage();
        }
        if (w != atoi(argv[i + 1]) || h != atoi(argv[i + 2])) {
            printf("%s: size %dx%d, expected %sx%s\n", file, w, h, argv[i + 1], argv[i + 2]);
            bad++;
        }
        i += 3;
    }
    for (; i < argc; i++) {
        int x, y;
        unsigned rgb;
        if (sscanf(argv[i], "%d,%d=%x", &x, &y, &rgb) != 3 || x < 0 || y < 0 || x >= w || y >= h) {
            printf("%s: bad pixel check \"%s\" (picture %dx%d)\n", file, argv[i], w, h);
            bad++;
            continue;
        }
        unsigned got = pix[(size_t)y * w + x] & 0xffffff;
        if (got != rgb) {
            printf("%s: pixel %d,%d is %06x, expected %06x\n", file, x, y, got, rgb);
            bad++;
        }
    }
    free(pix);
    return bad ? 1 : 0;
}

int main(int argc, char **argv)
{
    int i = 1;
    for (; i < argc && !strncmp(argv[i], "--", 2); i++) {
        const char *o = argv[i];
        if (!strcmp(o, "--pixels"))
            return i + 1 < argc ? check_pixels(argc - i - 1, argv + i + 1) : usage();
        if (!strcmp(o, "--frames"))
            break;
        if (i + 1 >= argc)
            return usage();
        const char *v = argv[++i];
        if (!strcmp(o, "--show")) {
            show = atol(v);
            continue;
        }
        if (nholes == MAX_HOLES)
            return usage();
        hole *r = &holes[nholes++];
        int x, y, w, h;
        if (!strcmp(o, "--ignore-rows") && sscanf(v, "%d-%d", &r->y0, &r->y1) == 2) {
            r->x0 = 0;
            r->x1 = MAX_PIXELS;
        } else if (!strcmp(o, "--ignore-rect") && sscanf(v, "%d,%d,%d,%d", &x, &y, &w, &h) == 4) {
            *r = (hole){x, y, x + w - 1, y + h - 1};
        } else {
            return usage();
        }
    }
    if (i < argc && !strcmp(argv[i], "--frames")) {
        if (argc - i < 5)
            return usage();
        const char *refdir = argv[i + 1], *prefix = argv[i + 2], *canddir = argv[i + 3];
        int failed = 0, n = 0;
        for (i += 4; i < argc; i++, n++) {
            unsigned long f = strtoul(argv[i], NULL, 10);
            char ref[4096], cand[4096], name[64];
            snprintf(ref, sizeof(ref), "%s/%s_f%04lu.png", refdir, prefix, f);
            snprintf(cand, sizeof(cand), "%s/%lu.png", canddir, f);
            snprintf(name, sizeof(name), "frame %lu", f);
            failed += compare(ref, cand, name);
        }
        printf("%d of %d frames differ\n", failed, n);
        return failed ? 1 : 0;
    }
    if (argc - i != 2)
        return usage();
    return compare(argv[i], argv[i + 1], argv[i + 1]);
}
