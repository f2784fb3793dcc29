/* PNG reading (libpng underneath, through Cabinet's reader). */
#include <stdlib.h>

#include "fuzz.h"
#include "util/png.h"

FUZZ_ENTRY(png)
{
    const char *path = fuzz_write_tmp("in.png", data, size);
    if (!path)
        return 0;
    u32 *pix = NULL;
    int w, h;
    char err[512];
    if (png_read_argb(path, &pix, &w, &h, 1u << 20, err, sizeof(err)) == 0)
        free(pix);
    return 0;
}
