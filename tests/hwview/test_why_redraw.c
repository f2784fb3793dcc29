/* provenance_describe without notes (the debugger's `why X Y`, a click in
   the F4 screen): the frame is redrawn from the machine's state between a
   state save and its restore. On the Pac-Man sprites homebrew at frame 60
   the chain must be the recorded one (tests/hwview/expected/why_*.txt,
   bar the source named in the first line), and the frames after it must
   be those of a run where nothing was asked.
   usage: test_why_redraw ROMS EXPECTED_DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/drivers.h"
#include "emu/hashdb.h"
#include "emu/romload.h"
#include "util/hash.h"
#include "video/provenance.h"
#include "../check.h"

static machine_t *make(const char *roms)
{
    char err[256], path[4200];
    hashdb_t *db = hashdb_load_builtin(err, sizeof(err));
    if (!db)
        return NULL;
    snprintf(path, sizeof(path), "%s/sprites", roms);
    region_list regions = { 0 };
    rom_report_t rep;
    int rc = romload_set(db, hashdb_find(db, "pacman"), path, &regions, &rep);
    rom_report_free(&rep);
    hashdb_free(db);
    if (rc != ROMLOAD_OK)
        return NULL;
    machine_t *m = machine_create(driver_find("pacman"), &regions, 48000, err, sizeof(err));
    if (!m)
        region_list_free(&regions);
    return m;
}

static void frame_sha1(machine_t *m, char *hex)
{
    u8 sha[HASH_SHA1_BYTES];
    hash_sha1(machine_frame(m), (size_t)machine_width(m) * (size_t)machine_height(m) * 4, sha);
    hash_format_sha1(sha, hex);
}

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = calloc(1, 65536);
    if (buf)
        fread(buf, 1, 65535, f);
    fclose(f);
    return buf;
}

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    machine_t *a = make(argv[1]), *b = make(argv[1]);
    if (!a || !b) {
        printf("SKIP: the pacman sprites set is not built\n");
        return 77;
    }
    while (a->frame_number < 60) { /* the frame -why_frame 60 names */
        machine_run_frame(a);
        machine_run_frame(b);
    }
    static const struct { const char *name; int x, y; } cases[] = {
        { "tile", 99, 31 }, { "sprite", 64, 28 }, { "transparent", 65, 31 },
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *got = NULL, path[4200];
        size_t len = 0;
        FILE *out = open_memstream(&got, &len);
        CHECK_TRUE(provenance_describe(a, cases[i].x, cases[i].y, out) == 0);
        fclose(out);
        snprintf(path, sizeof(path), "%s/why_%s.txt", argv[2], cases[i].name);
        char *want = read_text(path);
        CHECK_TRUE(want != NULL);
        const char *tag = "(recorded while drawn)", *redrawn = "(redrawn from the current state)";
        char *at = want ? strstr(want, tag) : NULL;
        CHECK_TRUE(at != NULL);
        if (at && got) {
            /* the expected text with the first line's source replaced */
            char *fixed = malloc(strlen(want) + 64);
            sprintf(fixed, "%.*s%s%s", (int)(at - want), want, redrawn, at + strlen(tag));
            CHECK_TEXT(got, fixed);
            free(fixed);
        }
        free(want);
        free(got);
    }
    /* the asked machine goes on exactly as the other */
    for (int i = 0; i < 30; i++) {
        machine_run_frame(a);
        machine_run_frame(b);
        char ha[HASH_SHA1_HEX], hb[HASH_SHA1_HEX];
        frame_sha1(a, ha);
        frame_sha1(b, hb);
        CHECK_TRUE(strcmp(ha, hb) == 0);
    }
    CHECK_TRUE(provenance_describe(a, 288, 0, stdout) == -1);
    machine_destroy(a);
    machine_destroy(b);
    return check_report("test_why_redraw");
}
