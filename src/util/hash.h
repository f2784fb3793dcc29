/* CRC32 (zlib) and SHA-1 (libmd) of byte buffers, plus the lowercase hex
   forms used in hash files and audit messages. */
#ifndef CABINET_HASH_H
#define CABINET_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HASH_SHA1_BYTES 20
#define HASH_CRC_HEX 9    /* 8 digits + NUL */
#define HASH_SHA1_HEX 41  /* 40 digits + NUL */

/* Incremental form: both digests over the same stream. */
typedef struct hash_ctx {
    uint32_t crc;
    void *sha1;          /* SHA1_CTX, kept opaque so <sha1.h> stays private */
    uint64_t length;
} hash_ctx;

typedef struct hash_result {
    uint32_t crc;
    uint8_t sha1[HASH_SHA1_BYTES];
    uint64_t length;
} hash_result;

uint32_t hash_crc32(const void *data, size_t len);
void hash_sha1(const void *data, size_t len, uint8_t out[HASH_SHA1_BYTES]);
void hash_buffer(const void *data, size_t len, hash_result *out);

bool hash_begin(hash_ctx *h);
void hash_update(hash_ctx *h, const void *data, size_t len);
void hash_end(hash_ctx *h, hash_result *out);   /* also frees the context */

void hash_format_crc(uint32_t crc, char out[HASH_CRC_HEX]);
void hash_format_sha1(const uint8_t sha1[HASH_SHA1_BYTES], char out[HASH_SHA1_HEX]);
/* Exactly 8 (resp. 40) hex digits, either case; false otherwise. */
bool hash_parse_crc(const char *s, uint32_t *crc);
bool hash_parse_sha1(const char *s, uint8_t out[HASH_SHA1_BYTES]);

#endif
