/* Audio check for the window tests (pixels and sizes of snapshots:
   tests/tools/frame_compare.c):
     frontend_check audio FILE.raw MIN_SEC MAX_SEC stereo s16 48 kHz stream:
                                                   length in range, not silent
     frontend_check wav FILE.wav MIN_SEC           a complete 16-bit stereo WAV:
                                                   RIFF and data sizes match the
                                                   file, at least MIN_SEC long */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/fileio.h"

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

int main(int argc, char **argv)
{
    if (argc == 5 && !strcmp(argv[1], "audio"))
        return check_audio(argv);
    if (argc == 4 && !strcmp(argv[1], "wav"))
        return check_wav(argv);
    fprintf(stderr, "usage: frontend_check audio FILE.raw MIN_SEC MAX_SEC | wav FILE.wav MIN_SEC\n");
    return 2;
}
