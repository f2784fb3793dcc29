/* PNG reading (libpng underneath, through Cabinet's reader): the input is
   decoded from memory by png_read_argb_mem, which shares everything after
   the signature check with png_read_argb (the file reader). */
#include <stdlib.h>

#include "fuzz.h"
#include "util/png.h"

FUZZ_ENTRY(png)
{
    u32 *pix = NULL;
    int w, h;
    char err[512];
    if (png_read_argb_mem(data, size, "in.png", &pix, &w, &h, 1u << 20, err, sizeof(err)) == 0)
        free(pix);
    return 0;
}
