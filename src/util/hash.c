#include "util/hash.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sha1.h>
#include <zlib.h>

static uint32_t crc_update(uint32_t crc, const uint8_t *p, size_t len)
{
    /* zlib takes a uInt length, so feed large buffers in pieces. */
    while (len > 0) {
        uInt n = len > UINT_MAX ? UINT_MAX : (uInt)len;
        crc = (uint32_t)crc32(crc, p, n);
        p += n;
        len -= n;
    }
    return crc;
}

uint32_t hash_crc32(const void *data, size_t len)
{
    return crc_update((uint32_t)crc32(0, Z_NULL, 0), data, len);
}

void hash_sha1(const void *data, size_t len, uint8_t out[HASH_SHA1_BYTES])
{
    SHA1_CTX ctx;
    SHA1Init(&ctx);
    SHA1Update(&ctx, data, len);
    SHA1Final(out, &ctx);
}

void hash_buffer(const void *data, size_t len, hash_result *out)
{
    out->crc = hash_crc32(data, len);
    hash_sha1(data, len, out->sha1);
    out->length = len;
}

bool hash_begin(hash_ctx *h)
{
    h->crc = (uint32_t)crc32(0, Z_NULL, 0);
    h->length = 0;
    h->sha1 = malloc(sizeof(SHA1_CTX));
    if (!h->sha1)
        return false;
    SHA1Init(h->sha1);
    return true;
}

void hash_update(hash_ctx *h, const void *data, size_t len)
{
    h->crc = crc_update(h->crc, data, len);
    SHA1Update(h->sha1, data, len);
    h->length += len;
}

void hash_end(hash_ctx *h, hash_result *out)
{
    out->crc = h->crc;
    out->length = h->length;
    SHA1Final(out->sha1, h->sha1);
    free(h->sha1);
    h->sha1 = NULL;
}

void hash_format_crc(uint32_t crc, char out[HASH_CRC_HEX])
{
    snprintf(out, HASH_CRC_HEX, "%08x", (unsigned)crc);
}

void hash_format_sha1(const uint8_t sha1[HASH_SHA1_BYTES], char out[HASH_SHA1_HEX])
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < HASH_SHA1_BYTES; i++) {
        out[2 * i] = digits[sha1[i] >> 4];
        out[2 * i + 1] = digits[sha1[i] & 15];
    }
    out[2 * HASH_SHA1_BYTES] = '\0';
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Parses exactly 2*n hex digits followed by the end of the string. */
static bool parse_hex_bytes(const char *s, uint8_t *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int hi = hex_value(s[2 * i]);
        int lo = hi < 0 ? -1 : hex_value(s[2 * i + 1]);
        if (lo < 0)
            return false;
        out[i] = (uint8_t)(hi << 4 | lo);
    }
    return s[2 * n] == '\0';
}

bool hash_parse_crc(const char *s, uint32_t *crc)
{
    uint8_t b[4];
    if (!parse_hex_bytes(s, b, 4))
        return false;
    *crc = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
    return true;
}

bool hash_parse_sha1(const char *s, uint8_t out[HASH_SHA1_BYTES])
{
    return parse_hex_bytes(s, out, HASH_SHA1_BYTES);
}
