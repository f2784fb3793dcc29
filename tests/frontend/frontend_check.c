/* Audio check for the window tests (pixels and sizes of snapshots:
   tests/tools/frame_compare.c):
     frontend_check audio FILE.raw MIN_SEC MAX_SEC stereo s16 48 kHz stream:
                                                   length in range, not silent */
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

int main(int argc, char **argv)
{
    if (argc == 5 && !strcmp(argv[1], "audio"))
        return check_audio(argv);
    fprintf(stderr, "usage: frontend_check audio FILE.raw MIN_SEC MAX_SEC\n");
    return 2;
}
