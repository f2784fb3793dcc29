/* png_sha1 FILE...: for each PNG, "NAME W H SHA1" of its decoded pixels
   (0xAARRGGBB, row by row, little-endian u32), so the test does not depend
   on how libpng compresses. Exit 1 on an unreadable file. */
#include <stdio.h>
#include <stdlib.h>

#include "util/hash.h"
#include "util/png.h"

int main(int argc, char **argv)
{
    int rc = 0;
    for (int i = 1; i < argc; i++) {
        u32 *pix;
        int w, h;
        char err[512], hex[HASH_SHA1_HEX];
        u8 sha[HASH_SHA1_BYTES];
        if (png_read_argb(argv[i], &pix, &w, &h, 1u << 24, err, sizeof(err))) {
            fprintf(stderr, "%s\n", err);
            rc = 1;
            continue;
        }
        u8 *bytes = malloc((size_t)w * (size_t)h * 4);
        for (size_t k = 0; bytes && k < (size_t)w * (size_t)h; k++)
            for (int b = 0; b < 4; b++)
                bytes[k * 4 + (size_t)b] = (u8)(pix[k] >> (8 * b));
        hash_sha1(bytes, bytes ? (size_t)w * (size_t)h * 4 : 0, sha);
        hash_format_sha1(sha, hex);
        printf("%s %d %d %s\n", argv[i], w, h, hex);
        free(bytes);
        free(pix);
    }
    return rc;
}
