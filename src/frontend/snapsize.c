#include "frontend/snapsize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int snapsize_parse(const char *text, int *w, int *h)
{
    *w = *h = 0;
    if (!text || !*text || !strcmp(text, "auto"))
        return 0;
    int a, b, n = 0;
    if (sscanf(text, "%dx%d%n", &a, &b, &n) != 2 || text[n] != '\0' || a < 1 || b < 1 || a > 16384 || b > 16384)
        return -1;
    *w = a;
    *h = b;
    return 0;
}

u32 *snapsize_scale(const u32 *pic, int w, int h, int tw, int th)
{
    u32 *out = malloc((size_t)tw * (size_t)th * sizeof(u32));
    if (!out)
        return NULL;
    for (int y = 0; y < th; y++) {
        const u32 *row = pic + (size_t)((long long)y * h / th) * (size_t)w;
        for (int x = 0; x < tw; x++)
            out[(size_t)y * tw + x] = row[(long long)x * w / tw];
    }
    return out;
}
