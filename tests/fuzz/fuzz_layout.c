/* MAME .lay artwork files: parsing, then composing every view over a small
   synthetic screen (images referenced by the layout are absent). */
#include <stdio.h>
#include <stdlib.h>

#include "frontend/artwork.h"
#include "fuzz.h"

FUZZ_ENTRY(layout)
{
    char err[512];
    artwork *a = artwork_parse((const char *)data, size, "fuzz.lay", NULL, NULL, NULL, err, sizeof(err));
    if (!a)
        return 0;
    enum { SW = 16, SH = 12, MAX_OUT = 256 * 256 };
    u32 screen[SW * SH];
    for (int i = 0; i < SW * SH; i++)
        screen[i] = (u32)i * 0x010203u;
    for (int v = 0; v < artwork_view_count(a); v++) {
        int w, h;
        if (artwork_view_size(a, v, SW, SH, &w, &h) || w <= 0 || h <= 0 || (long)w * h > MAX_OUT)
            continue;
        u32 *out = malloc((size_t)w * (size_t)h * sizeof(u32));
        if (out)
            artwork_compose(a, v, screen, SW, SH, out, w, h);
        free(out);
    }
    artwork_free(a);
    return 0;
}
