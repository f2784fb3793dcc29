/* cabinet.ini: the file is read through the normal option parser, with the
   command line pointing -inipath at it. */
#include <stdio.h>

#include "frontend/options.h"
#include "fuzz.h"

FUZZ_ENTRY(ini)
{
    if (!fuzz_write_tmp("cabinet.ini", data, size))
        return 0;
    FILE *sink = fopen("/dev/null", "w");
    if (!sink)
        return 0;
    char *argv[] = { "cabinet", "-inipath", (char *)fuzz_tmpdir(), NULL };
    options o;
    options_parse(&o, 3, argv, sink);
    fclose(sink);
    return 0;
}
