/* Checks for the window tests:
     frontend_check pixels FILE.png X,Y=RRGGBB...  pixel colours of a snapshot
     frontend_check audio FILE.raw MIN_SEC MAX_SEC stereo s16 48 kHz stream:
                                                   length in range, not silent
     frontend_check size FILE.png W H              picture size */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/fileio.h"
#include "util/png.h"

static int check_pixels(int argc, char **argv)
{
    u32 *pix;
    int w, h;
    char err[512];
    if (png_read_argb(argv[2], &pix, &w, &h, 1u << 24, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    int bad = 0;
    for (int i = 3; i < argc; i++) {
        int x, y;
        unsigned rgb;
        if (sscanf(argv[i], "%d,%d=%x", &x, &y, &rgb) != 3 || x < 0 || y < 0 || x >= w || y >= h) {
            fprintf(stderr, "bad check \"%s\"\n", argv[i]);
            bad++;
            continue;
        }
        u32 got = pix[y * w + x] & 0xffffff;
        if (got != rgb) {
            fprintf(stderr, "%s: pixel %d,%d is %06x, expected %06x\n", argv[2], x, y, got, rgb);
            bad++;
        }
    }
    free(pix);
    return bad ? 1 : 0;
}

static int check_audio(char **argv)
{
    u8 *buf;
    size_t len;
    char err[512];
    if (file_read_all(argv[2], &buf, &len, 1u << 30, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    double seconds = (double)len / (48000.0 * 4.0);
    size_t loud = 0;
    for (size_t i = 0; i + 1 < len; i += 2) {
        s16 v = (s16)(buf[i] | (buf[i + 1] << 8));
        loud += v > 1000 || v < -1000;
    }
    free(buf);
    printf("audio: %.2f s, %zu loud samples\n", seconds, loud);
    if (seconds < atof(argv[3]) || seconds > atof(argv[4])) {
        fprintf(stderr, "audio length %.2f s outside %s..%s\n", seconds, argv[3], argv[4]);
        return 1;
    }
    if (loud < 1000) {
        fprintf(stderr, "audio is silent\n");
        return 1;
    }
    return 0;
}

static int check_size(char **argv)
{
    u32 *pix;
    int w, h;
    char err[512];
    if (png_read_argb(argv[2], &pix, &w, &h, 1u << 24, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    free(pix);
    if (w != atoi(argv[3]) || h != atoi(argv[4])) {
        fprintf(stderr, "%s: %dx%d, expected %sx%s\n", argv[2], w, h, argv[3], argv[4]);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 5 && !strcmp(argv[1], "size"))
        return check_size(argv);
    if (argc >= 4 && !strcmp(argv[1], "pixels"))
        return check_pixels(argc, argv);
    if (argc == 5 && !strcmp(argv[1], "audio"))
        return check_audio(argv);
    fprintf(stderr, "usage: frontend_check pixels FILE.png X,Y=RRGGBB... | audio FILE.raw MIN_SEC MAX_SEC | size FILE.png W H\n");
    return 2;
}
