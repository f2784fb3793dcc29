/* Audio check for the window tests (pixels and sizes of snapshots:
   tests/tools/frame_compare.c):
     frontend_check audio FILE.raw MIN_SEC MAX_SEC stereo s16 48 kHz stream:
                                                   length in range, not silent
     frontend_check wav FILE.wav MIN_SEC           a complete 16-bit stereo WAV:
                                                   RIFF and data sizes match the
                                                   file, at least MIN_SEC long
     frontend_check shape NATIVE.png WINDOW.png    where and at what shape the window
                                                   shot shows the native picture
                                                   (from the non-black bounding boxes):
                                                   "window W H picture X Y W H aspect A"
     frontend_check text SHOT.png BOX_RGB [TEXT]   the UI box of colour BOX_RGB (hex):
                                                   its place, the white text in it
                                                   (lines, glyph height in window
                                                   pixels) and, with TEXT, the scale
                                                   at which exactly TEXT's font
                                                   pixels are drawn (else exit 1) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/fileio.h"
#include "util/png.h"
#include "frontend/sdl/font.h"

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

static u32 le32(const u8 *p)
{
    return (u32)p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
}

static int check_wav(char **argv)
{
    u8 *buf;
    size_t len;
    char err[512];
    if (file_read_all(argv[2], &buf, &len, 1u << 30, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    int bad = len < 44 || memcmp(buf, "RIFF", 4) || le32(buf + 4) != len - 8 || memcmp(buf + 36, "data", 4)
              || le32(buf + 40) != len - 44 || buf[22] != 2 || buf[34] != 16;
    u32 rate = len >= 44 ? le32(buf + 24) : 0;
    double seconds = rate ? (double)(len - 44) / (rate * 4.0) : 0;
    free(buf);
    printf("wav: %zu bytes, %.2f s\n", len, seconds);
    if (bad) {
        fprintf(stderr, "%s: header does not match the file (incomplete WAV)\n", argv[2]);
        return 1;
    }
    if (seconds < atof(argv[3])) {
        fprintf(stderr, "%s: %.2f s, expected at least %s\n", argv[2], seconds, argv[3]);
        return 1;
    }
    return 0;
}

typedef struct { int w, h, x0, y0, x1, y1; } bbox;

/* The image's size and the bounding box of its non-black pixels. */
static int read_bbox(const char *path, bbox *b)
{
    u32 *pix;
    char err[512];
    if (png_read_argb(path, &pix, &b->w, &b->h, 1u << 24, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    b->x0 = b->w, b->y0 = b->h, b->x1 = -1, b->y1 = -1;
    for (int y = 0; y < b->h; y++)
        for (int x = 0; x < b->w; x++)
            if (pix[(size_t)y * b->w + x] & 0xffffff) {
                b->x0 = x < b->x0 ? x : b->x0;
                b->x1 = x > b->x1 ? x : b->x1;
                b->y0 = y < b->y0 ? y : b->y0;
                b->y1 = y > b->y1 ? y : b->y1;
            }
    free(pix);
    if (b->x1 < 0) {
        fprintf(stderr, "%s is black\n", path);
        return -1;
    }
    return 0;
}

/* The window shows the native picture scaled by sx, sy: the scales come
   from the two bounding boxes, the picture's place from the window's box. */
static int check_shape(char **argv)
{
    bbox n, w;
    if (read_bbox(argv[2], &n) || read_bbox(argv[3], &w))
        return 1;
    double sx = (double)(w.x1 - w.x0 + 1) / (n.x1 - n.x0 + 1), sy = (double)(w.y1 - w.y0 + 1) / (n.y1 - n.y0 + 1);
    printf("window %d %d picture %.0f %.0f %.0f %.0f aspect %.4f\n", w.w, w.h, w.x0 - n.x0 * sx, w.y0 - n.y0 * sy,
           n.w * sx, n.h * sy, n.w * sx / (n.h * sy));
    return 0;
}

static long font_pixels(const char *text)
{
    long n = 0;
    for (; *text; text++)
        for (int r = 0; r < FONT_H; r++)
            for (int c = 0; c < FONT_W; c++)
                n += (font_glyph(*text)[r] >> c) & 1;
    return n;
}

static int check_text(int argc, char **argv)
{
    u32 *pix, box = (u32)strtoul(argv[3], NULL, 16) & 0xffffff;
    int w, h;
    char err[512];
    if (png_read_argb(argv[2], &pix, &w, &h, 1u << 24, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    int x0 = w, y0 = h, x1 = -1, y1 = -1;
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            if ((pix[(size_t)y * w + x] & 0xffffff) == box) {
                x0 = x < x0 ? x : x0, x1 = x > x1 ? x : x1;
                y0 = y < y0 ? y : y0, y1 = y > y1 ? y : y1;
            }
    long white = 0;
    int lines = 0, run = 0, tallest = 0;
    for (int y = y0; y <= y1; y++) {
        int row = 0;
        for (int x = x0; x <= x1; x++)
            row += (pix[(size_t)y * w + x] & 0xffffff) == 0xffffff;
        white += row;
        run = row ? run + 1 : 0;
        lines += run == 1;
        tallest = run > tallest ? run : tallest;
    }
    free(pix);
    if (x1 < 0) {
        fprintf(stderr, "%s: no box of colour %06x\n", argv[2], box);
        return 1;
    }
    printf("box %d %d %d %d white %ld lines %d glyph_h %d", x0, y0, x1 - x0 + 1, y1 - y0 + 1, white, lines, tallest);
    if (argc < 5) {
        printf("\n");
        return 0;
    }
    long m = font_pixels(argv[4]);
    int k = 1;
    while ((long)(k + 1) * (k + 1) * m <= white)
        k++;
    printf(" font %ld scale %d\n", m, k);
    if ((long)k * k * m != white) {
        fprintf(stderr, "%ld white pixels: not the text's %ld font pixels at a whole scale\n", white, m);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if ((argc == 4 || argc == 5) && !strcmp(argv[1], "text"))
        return check_text(argc, argv);
    if (argc == 4 && !strcmp(argv[1], "shape"))
        return check_shape(argv);
    if (argc == 5 && !strcmp(argv[1], "audio"))
        return check_audio(argv);
    if (argc == 4 && !strcmp(argv[1], "wav"))
        return check_wav(argv);
    fprintf(stderr, "usage: frontend_check audio FILE.raw MIN_SEC MAX_SEC | wav FILE.wav MIN_SEC | shape NATIVE.png WINDOW.png | text SHOT.png BOX_RGB [TEXT]\n");
    return 2;
}
