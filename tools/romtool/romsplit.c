/* romsplit IN CHUNK OUT...: a test program's binary cut into ROM files of
   CHUNK bytes each, padded with FFh (cabinet_test_set's SPLIT). */
#include "romtool.h"

#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: romsplit IN CHUNK OUT...\n");
        return 2;
    }
    return romtool_split(argv[1], argv[2], argv + 3, argc - 3);
}
