#include "frontend/framehash.h"

#include <stdio.h>

int framehash_begin(framehash *h, const options *o)
{
    h->after = o->hash_after > 0 ? (u64)o->hash_after : 0;
    h->on = o->framehash;
    if (h->on && !hash_begin(&h->audio)) {
        h->on = false;
        return -1;
    }
    return 0;
}

void framehash_audio(framehash *h, const machine_t *m, const s16 *samples, size_t frames)
{
    if (!h->on || m->frame_number <= h->after)
        return;
    size_t n = frames * 2; /* stereo, left first */
    u8 le[4096];
    for (size_t i = 0; i < n;) {
        size_t k = 0;
        for (; i < n && k < sizeof(le); i++, k += 2) {
            le[k] = (u8)samples[i];
            le[k + 1] = (u8)((u16)samples[i] >> 8);
        }
        hash_update(&h->audio, le, k);
    }
}

static void print_sha1(const char *what, const hash_result *r)
{
    char hex[HASH_SHA1_HEX];
    hash_format_sha1(r->sha1, hex);
    printf("%s %s\n", what, hex);
}

void framehash_end(framehash *h, const machine_t *m, bool print)
{
    if (!h->on)
        return;
    h->on = false;
    hash_result audio;
    hash_end(&h->audio, &audio);
    if (!print)
        return;
    hash_ctx fh;
    if (!hash_begin(&fh)) {
        fprintf(stderr, "-framehash: out of memory\n");
        return;
    }
    const u32 *frame = machine_frame(m);
    for (int i = 0; i < machine_width(m) * machine_height(m); i++) {
        u8 le[4] = { (u8)frame[i], (u8)(frame[i] >> 8), (u8)(frame[i] >> 16), 0 };
        hash_update(&fh, le, 4);
    }
    hash_result video;
    hash_end(&fh, &video);
    printf("frames %llu\n", (unsigned long long)m->frame_number);
    print_sha1("frame_sha1", &video);
    print_sha1("audio_sha1", &audio);
}
