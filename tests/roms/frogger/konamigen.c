/* konamigen: stores Cabinet's homebrew sound program for the Konami sound
   board in its ROM files (the test sets' ENCODE step).
     konamigen BIN OUT...        2K files, padded with FFh
     konamigen -frogger BIN OUT...  the same, with D0 and D1 of the first
                                    file swapped (Frogger's board wires its
                                    first sound ROM so; MAME undoes it)
   Built a second time as konamigen_frogger (KONAMIGEN_FROGGER), which
   always swaps: the ENCODE step passes no options. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "romtool.h"

int main(int argc, char **argv)
{
#ifdef KONAMIGEN_FROGGER
    int swap = 1; /* konamigen_frogger: BIN OUT... */
#else
    int swap = argc > 1 && !strcmp(argv[1], "-frogger");
#endif
    if (argc < 3) {
        fprintf(stderr, "usage: konamigen [-frogger] BIN OUT...\n");
        return 2;
    }
#ifdef KONAMIGEN_FROGGER
    int skip = 0;
#else
    int skip = swap;
#endif
    const char *bin = argv[1 + skip];
    char **outs = argv + 2 + skip;
    int n = argc - 2 - skip;
    static unsigned char buf[0x10000];
    FILE *f = fopen(bin, "rb");
    if (!f) {
        perror(bin);
        return 1;
    }
    size_t len = fread(buf, 1, sizeof(buf), f);
    fclose(f);
    if (len > (size_t)n * 2048) {
        fprintf(stderr, "%s: %zu bytes, more than %d ROMs hold\n", bin, len, n);
        return 1;
    }
    memset(buf + len, 0xff, sizeof(buf) - len);
    if (swap)
        for (int i = 0; i < 2048; i++)
            buf[i] = (unsigned char)((buf[i] & 0xfc) | (buf[i] >> 1 & 1) | (buf[i] << 1 & 2));
    for (int i = 0; i < n; i++)
        if (romtool_write(outs[i], buf + i * 2048, 2048))
            return 1;
    return 0;
}
