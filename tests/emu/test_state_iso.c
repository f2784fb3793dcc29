/* Two machines in one process share nothing: cabz80 and a renamed copy run
   interleaved give identical hashes; a state moves between runs of the same
   driver but not to another driver; damaged states leave the machine as it was. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/drivers.h"
#include "util/fileio.h"
#include "util/hash.h"
#include "../check.h"

static u8 rom[0x2000];

static machine_t *make(const game_driver *drv)
{
    region_list regions = { 0 };
    mem_region *r = region_add(&regions, "maincpu", sizeof(rom), 0);
    memcpy(r->data, rom, sizeof(rom));
    char err[256];
    machine_t *m = machine_create(drv, &regions, 48000, err, sizeof(err));
    if (!m)
        printf("machine_create: %s\n", err);
    return m;
}

/* SHA-1 of the frame and the last frame's audio, as one hex string. */
static void digest(machine_t *m, char *hex)
{
    hash_ctx h;
    hash_result r;
    hash_begin(&h);
    hash_update(&h, machine_frame(m), (size_t)machine_width(m) * (size_t)machine_height(m) * 4);
    size_t n;
    const s16 *audio = machine_audio(m, &n);
    hash_update(&h, audio, n * 2 * sizeof(s16));
    hash_end(&h, &r);
    hash_format_sha1(r.sha1, hex);
}

static void run(machine_t *m, int frames)
{
    for (int i = 0; i < frames; i++)
        machine_run_frame(m);
}

static void test_isolation(const game_driver *twin)
{
    machine_t *a = make(driver_find("cabz80")), *b = make(twin);
    CHECK(a && b, "a && b");
    if (!a || !b)
        return;
    for (int i = 0; i < 90; i++) {
        machine_run_frame(a);
        input_set_field(&b->inputs, "IN0", 0x10, i >= 20); /* only b's input changes */
        input_set_dip(&b->inputs, "DSW0", 0x03, (u32)i & 3);
        machine_run_frame(b);
    }
    machine_t *solo = make(driver_find("cabz80"));
    CHECK(solo != NULL, "solo != NULL");
    if (solo) {
        run(solo, 90);
        char ha[HASH_SHA1_HEX], hs[HASH_SHA1_HEX];
        digest(a, ha);
        digest(solo, hs);
        CHECK_STR("state hash, twin run beside a solo run", hs, ha);
        machine_destroy(solo);
    }
    machine_destroy(a);
    machine_destroy(b);
}

static void test_transfer(const game_driver *twin)
{
    machine_t *a = make(driver_find("cabz80")), *b = make(driver_find("cabz80")), *c = make(twin);
    CHECK(a && b && c, "a && b && c");
    if (!a || !b || !c)
        return;
    run(a, 50);
    u8 *st;
    size_t len;
    CHECK(machine_save_state(a, &st, &len) == 0, "machine_save_state(a, &st, &len) == 0");
    run(a, 40);
    char err[256], ha[HASH_SHA1_HEX], hb[HASH_SHA1_HEX], hc[HASH_SHA1_HEX];
    CHECK(machine_load_state(b, st, len, err, sizeof(err)) == 0, "machine_load_state(b, st, len, err, sizeof(err)) == 0");
    run(b, 40);
    digest(a, ha);
    digest(b, hb);
    CHECK_STR("state hash after the transferred state", ha, hb);
    CHECK_EQ("frame number after the load", 89, b->frame_number); /* 90 frames run; the first image is frame 0 */

    run(c, 3);
    digest(c, hc);
    CHECK(machine_load_state(c, st, len, err, sizeof(err)) != 0, "machine_load_state(c, st, len, err, sizeof(err)) != 0");
    CHECK(strstr(err, "belongs to") != NULL, "strstr(err, \"belongs to\") != NULL");
    for (size_t cut = 0; cut < len; cut += len / 7 + 1)
        CHECK(machine_load_state(b, st, cut, err, sizeof(err)) != 0, "machine_load_state(b, st, cut, err, sizeof(err)) != 0");
    st[len / 2] ^= 0x40;
    CHECK(machine_load_state(b, st, len, err, sizeof(err)) != 0, "machine_load_state(b, st, len, err, sizeof(err)) != 0");
    CHECK(c->frame_number == 2 && b->frame_number == 89, "c->frame_number == 2 && b->frame_number == 89");
    free(st);
    machine_destroy(a);
    machine_destroy(b);
    machine_destroy(c);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_state_iso ROMDIR\n");
        return 2;
    }
    char path[4096], err[512];
    snprintf(path, sizeof(path), "%s/cabz80/cabz80.1", argv[1]);
    u8 *buf;
    size_t len;
    if (file_read_all(path, &buf, &len, sizeof(rom), err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    memcpy(rom, buf, len);
    free(buf);
    game_driver twin = *driver_find("cabz80");
    twin.name = "cabz80twin";
    test_isolation(&twin);
    test_transfer(&twin);
    return check_report("test_state_iso");
}
