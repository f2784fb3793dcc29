/* Hash vectors and the hash-file database. */
#include "romset_fixture.h"
#include "../check.h"

#include <stdlib.h>
#include <string.h>

#include "util/hash.h"

static void test_hash_vectors(void)
{
    char hex[HASH_SHA1_HEX];
    uint8_t sha[HASH_SHA1_BYTES];
    CHECK_TRUE(hash_crc32("123456789", 9) == 0xcbf43926u);
    CHECK_TRUE(hash_crc32("", 0) == 0);
    hash_sha1("abc", 3, sha);
    hash_format_sha1(sha, hex);
    CHECK_TEXT(hex, "a9993e364706816aba3e25717850c26c9cd0d89d");
    hash_sha1("", 0, sha);
    hash_format_sha1(sha, hex);
    CHECK_TEXT(hex, "da39a3ee5e6b4b0d3255bfef95601890afd80709");

    char crc[HASH_CRC_HEX];
    hash_format_crc(0x0000abcd, crc);
    CHECK_TEXT(crc, "0000abcd");
    uint32_t v = 0;
    CHECK_TRUE(hash_parse_crc("CBF43926", &v) && v == 0xcbf43926u);
    CHECK_TRUE(!hash_parse_crc("cbf4392", &v));
    CHECK_TRUE(!hash_parse_crc("cbf439260", &v));
    CHECK_TRUE(!hash_parse_crc("cbf4392g", &v));
    CHECK_TRUE(!hash_parse_crc("", &v));
    uint8_t back[HASH_SHA1_BYTES];
    CHECK_TRUE(hash_parse_sha1("a9993e364706816aba3e25717850c26c9cd0d89d", back));
    hash_sha1("abc", 3, sha);
    CHECK_TRUE(!memcmp(back, sha, HASH_SHA1_BYTES));
    CHECK_TRUE(!hash_parse_sha1("a9993e36", back));
}

static void test_hash_incremental(void)
{
    const uint8_t *d = fx_cabtest(1);
    hash_result one, inc;
    hash_buffer(d, CABTEST_FILE_SIZE, &one);
    hash_ctx h;
    CHECK_TRUE(hash_begin(&h));
    hash_update(&h, d, 100);
    hash_update(&h, d + 100, CABTEST_FILE_SIZE - 100);
    hash_end(&h, &inc);
    CHECK_TRUE(one.crc == inc.crc && one.length == inc.length && !memcmp(one.sha1, inc.sha1, 20));
}

static void test_builtin(void)
{
    hashdb_t *db = fx_builtin_db();
    const rom_set_t *s = hashdb_find(db, "cabtest");
    CHECK_TRUE(s != NULL);
    if (!s)
        return;
    CHECK_TEXT(s->description, "Cabinet test machine");
    CHECK_TEXT(s->year, "2026");
    CHECK_TEXT(s->manufacturer, "Cabinet");
    CHECK_TRUE(s->region_count == 1 && s->regions[0].size == 0x4000 && s->regions[0].erase == 0);
    CHECK_TRUE(s->rom_count == 2);
    /* The hash file must describe exactly the generated files. */
    for (int k = 1; k <= 2; k++) {
        hash_result h;
        hash_buffer(fx_cabtest(k), CABTEST_FILE_SIZE, &h);
        const rom_entry_t *r = &s->roms[k - 1];
        CHECK_TRUE(r->size == CABTEST_FILE_SIZE && r->crc == h.crc && !memcmp(r->sha1, h.sha1, 20));
    }
    const rom_set_t *c = hashdb_find(db, "cabtestc");
    CHECK_TRUE(c && c->cloneof && !strcmp(c->cloneof, "cabtest") && hashdb_parent(db, c) == s);
    if (c) {
        hash_result h;
        hash_buffer(fx_cabtest(3), CABTEST_FILE_SIZE, &h);
        CHECK_TRUE(c->rom_count == 2 && c->roms[1].crc == h.crc && !strcmp(c->roms[1].name, "cabtestc.2"));
        CHECK_TRUE(c->roms[0].merge && !strcmp(c->roms[0].merge, "cabtest.1"));
    }
    char err[256];
    for (size_t i = 0; i < hashdb_count(db); i++)
        CHECK_TRUE(hashdb_check_set(db, hashdb_set_at(db, i), err, sizeof(err)) == 0);
    hashdb_free(db);
}

static const char good_xml[] =
    "<?xml version=\"1.0\"?>\n"
    "<mame build=\"x\">\n"
    "  <machine name=\"alpha\" sourcefile=\"a.c\" isbios=\"no\" runnable=\"yes\">\n"
    "    <description>Alpha &amp; Co</description><year>1981</year>\n"
    "    <manufacturer>Acme</manufacturer>\n"
    "    <display type=\"raster\" rotate=\"90\"/>\n"
    "    <region name=\"maincpu\" size=\"0x10000\" erase=\"0xff\"/>\n"
    "    <region name=\"proms\" size=\"32\"/>\n"
    "    <rom name=\"a.1\" size=\"0x1000\" crc=\"0000ABCD\" region=\"maincpu\" offset=\"1000\" weird=\"1\"/>\n"
    "    <rom name=\"a.2\" size=\"32\" crc=\"12345678\" sha1=\"a9993e364706816aba3e25717850c26c9cd0d89d\"\n"
    "         region=\"proms\" status=\"baddump\" optional=\"yes\"/>\n"
    "    <rom name=\"a.3\" size=\"16\" region=\"maincpu\" status=\"nodump\"/>\n"
    "    <rom name=\"a.4\" size=\"8\" crc=\"11111111\" region=\"maincpu\" offset=\"0x2001\" load=\"odd\"/>\n"
    "    <rom size=\"0x100\" region=\"maincpu\" offset=\"0x3000\" load=\"fill\" value=\"0x55\"/>\n"
    "    <chip type=\"cpu\" tag=\"maincpu\"/>\n"
    "  </machine>\n"
    "  <machine name=\"beta\" cloneof=\"alpha\" romof=\"alpha\">\n"
    "    <description>Beta</description>\n"
    "    <rom name=\"a.1\" merge=\"a.1\" size=\"4096\" crc=\"0000abcd\" region=\"maincpu\" offset=\"0x1000\"/>\n"
    "  </machine>\n"
    "</mame>\n";

static void test_parse_good(void)
{
    char err[256] = "";
    hashdb_t *db = hashdb_parse(good_xml, strlen(good_xml), "good.xml", NULL, err, sizeof(err));
    CHECK_TRUE(db != NULL);
    if (!db) {
        fprintf(stderr, "%s\n", err);
        return;
    }
    CHECK_TRUE(hashdb_count(db) == 2);
    const rom_set_t *a = hashdb_set_at(db, 0);
    CHECK_TEXT(a->name, "alpha");
    CHECK_TEXT(a->description, "Alpha & Co");
    CHECK_TEXT(a->sourcefile, "a.c");
    CHECK_TRUE(a->region_count == 2 && a->regions[0].erase == 0xff && a->regions[1].size == 32);
    CHECK_TRUE(a->rom_count == 5);
    CHECK_TRUE(a->roms[0].offset == 0x1000 && a->roms[0].crc == 0xabcd && a->roms[0].has_crc && !a->roms[0].has_sha1);
    CHECK_TRUE(a->roms[1].status == ROM_DUMP_BAD && a->roms[1].optional && a->roms[1].has_sha1);
    CHECK_TRUE(a->roms[2].status == ROM_DUMP_NONE && !a->roms[2].has_crc);
    CHECK_TRUE(a->roms[3].load == ROM_LOAD_ODD && a->roms[3].offset == 0x2001);
    CHECK_TRUE(a->roms[4].load == ROM_LOAD_FILL && a->roms[4].value == 0x55 && a->roms[4].name == NULL);
    const rom_set_t *b = hashdb_find(db, "beta");
    CHECK_TRUE(b && hashdb_parent(db, b) == a && hashdb_region_owner(db, b) == a);
    char msg[256];
    CHECK_TRUE(hashdb_check_set(db, a, msg, sizeof(msg)) == 0);
    CHECK_TRUE(hashdb_check_set(db, b, msg, sizeof(msg)) == 0);
    CHECK_TRUE(hashdb_find(db, "gamma") == NULL);
    hashdb_free(db);
}

static void expect_error(const char *xml, const char *want)
{
    char err[256] = "";
    hashdb_t *db = hashdb_parse(xml, strlen(xml), "bad.xml", NULL, err, sizeof(err));
    CHECK_TRUE(db == NULL);
    CHECK_CONTAINS(err, want);
    hashdb_free(db);
}

static void test_parse_errors(void)
{
    expect_error("<mame>\n<machine name=\"a\">\n<rom name=\"x\"\n", "bad.xml:3: XML error: unclosed token");
    expect_error("<mame>\n<machine name=\"a\">\n</mame>\n", "bad.xml:3: XML error: mismatched tag");
    expect_error("", "bad.xml:1: XML error:");
    expect_error("<mame>\n <machine/>\n</mame>", "bad.xml:2: machine needs a plain name=");
    expect_error("<mame><machine name=\"../x\"/></mame>", "bad.xml:1: machine needs a plain name=");
    expect_error("<mame><machine name=\"a\"/>\n<machine name=\"a\"/></mame>",
                 "bad.xml:2: duplicate machine \"a\" (first in bad.xml)");
    expect_error("<mame><machine name=\"a\">\n\n<rom name=\"r\" size=\"4\" crc=\"xyz\" region=\"m\"/></machine></mame>",
                 "bad.xml:3: bad crc=\"xyz\"");
    expect_error("<mame><machine name=\"a\"><rom name=\"r\" size=\"4\" region=\"m\"/></machine></mame>",
                 "has no crc=");
    expect_error("<mame><machine name=\"a\"><rom name=\"r\" crc=\"00000000\" region=\"m\"/></machine></mame>",
                 "missing size=");
    expect_error("<mame><machine name=\"a\"><rom name=\"r\" size=\"-4\" crc=\"00000000\" region=\"m\"/></machine></mame>",
                 "bad size=\"-4\"");
    expect_error("<mame><machine name=\"a\"><rom name=\"r\" size=\"4\" offset=\"1g\" crc=\"00000000\" "
                 "region=\"m\"/></machine></mame>", "bad offset=\"1g\" (hex,");
    expect_error("<mame><machine name=\"a\"><rom name=\"r\" size=\"0x\" crc=\"00000000\" region=\"m\"/></machine></mame>",
                 "bad size=\"0x\"");
    expect_error("<mame><machine name=\"a\"><rom name=\"r\" size=\"99999999999\" crc=\"00000000\" region=\"m\"/>"
                 "</machine></mame>", "bad size=");
    expect_error("<mame><machine name=\"a\"><rom name=\"r\" size=\"4\" crc=\"00000000\"/></machine></mame>",
                 "has no region=");
    expect_error("<mame><machine name=\"a\"><rom name=\"d/r\" size=\"4\" crc=\"00000000\" region=\"m\"/>"
                 "</machine></mame>", "rom needs a plain name=");
    expect_error("<mame><machine name=\"a\"><rom name=\"r\" size=\"4\" crc=\"00000000\" region=\"m\" "
                 "load=\"odd\" offset=\"2\"/></machine></mame>", "load=\"odd\" needs an odd offset");
    expect_error("<mame><machine name=\"a\"><rom name=\"r\" size=\"4\" crc=\"00000000\" region=\"m\" "
                 "status=\"meh\"/></machine></mame>", "unknown status=\"meh\"");
    expect_error("<mame><machine name=\"a\"><region name=\"m\" size=\"4\"/><region name=\"m\" size=\"4\"/>"
                 "</machine></mame>", "region \"m\" declared twice");
    expect_error("<mame><machine name=\"a\"><region name=\"m\" size=\"4\" erase=\"256\"/></machine></mame>",
                 "bad erase=\"256\"");
}

static void test_check_set(void)
{
    const char *xml =
        "<mame>\n"
        "<machine name=\"a\"><region name=\"m\" size=\"0x10\"/>\n"
        "<rom name=\"r1\" size=\"0x10\" crc=\"00000000\" region=\"m\" offset=\"1\"/>\n"
        "</machine>\n"
        "<machine name=\"b\"><region name=\"m\" size=\"0x10\"/>\n"
        "<rom name=\"r2\" size=\"4\" crc=\"00000000\" region=\"gfx1\"/>\n"
        "</machine>\n"
        "<machine name=\"c\" cloneof=\"nosuch\"/>\n"
        "<machine name=\"d\"><region name=\"m\" size=\"0x10\"/>\n"
        "<rom name=\"r3\" size=\"9\" crc=\"00000000\" region=\"m\" load=\"even\"/>\n"
        "<rom name=\"r4\" size=\"2\" crc=\"00000000\" region=\"m\" load=\"word_swap\"/>\n"
        "</machine>\n"
        "</mame>\n";
    char err[256] = "";
    hashdb_t *db = hashdb_parse(xml, strlen(xml), "chk.xml", NULL, err, sizeof(err));
    CHECK_TRUE(db != NULL);
    if (!db)
        return;
    CHECK_TRUE(hashdb_check_set(db, hashdb_find(db, "a"), err, sizeof(err)) == 1);
    CHECK_CONTAINS(err, "chk.xml:3: r1: 0x10 bytes at 0x1 do not fit region \"m\"");
    CHECK_TRUE(hashdb_check_set(db, hashdb_find(db, "b"), err, sizeof(err)) == 1);
    CHECK_CONTAINS(err, "chk.xml:6: r2: region \"gfx1\" is not declared");
    CHECK_TRUE(hashdb_check_set(db, hashdb_find(db, "c"), err, sizeof(err)) == 1);
    CHECK_CONTAINS(err, "cloneof \"nosuch\" is not a known machine");
    CHECK_TRUE(hashdb_check_set(db, hashdb_find(db, "d"), err, sizeof(err)) == 2);
    CHECK_CONTAINS(err, "r3: 0x9 bytes at 0x0 do not fit");
    hashdb_free(db);
}

static void test_load_dir(void)
{
    char *dir = fx_tempdir();
    char *p1 = fx_path(dir, "b.xml"), *p2 = fx_path(dir, "a.xml"), *p3 = fx_path(dir, "notes.txt");
    const char *x1 = "<mame><machine name=\"second\"/></mame>";
    const char *x2 = "<mame><machine name=\"first\"/></mame>";
    CHECK_TRUE(fx_write_file(p1, x1, strlen(x1)) && fx_write_file(p2, x2, strlen(x2)) && fx_write_file(p3, "<", 1));
    char err[256] = "";
    hashdb_t *db = hashdb_load_dir(dir, err, sizeof(err));
    CHECK_TRUE(db && hashdb_count(db) == 2);
    if (db) {
        CHECK_TEXT(hashdb_set_at(db, 0)->name, "first");
        CHECK_CONTAINS(hashdb_set_at(db, 0)->file, "a.xml");
    }
    hashdb_free(db);

    CHECK_TRUE(fx_write_file(p1, "<mame>\n<oops", 12));
    db = hashdb_load_dir(dir, err, sizeof(err));
    CHECK_TRUE(db == NULL);
    CHECK_CONTAINS(err, "b.xml:2: XML error");

    db = hashdb_load_dir("/nonexistent/cabinet-hash", err, sizeof(err));
    CHECK_TRUE(db == NULL);
    CHECK_CONTAINS(err, "/nonexistent/cabinet-hash: cannot open folder");
    fx_rmtree(dir);
    free(p1);
    free(p2);
    free(p3);
    free(dir);
}

/* Every truncation of a valid file: a clean error or a database, never a crash. */
static void test_truncations(void)
{
    size_t len = strlen(good_xml);
    int ok = 0;
    for (size_t n = 0; n < len; n++) {
        char err[256] = "";
        hashdb_t *db = hashdb_parse(good_xml, n, "cut.xml", NULL, err, sizeof(err));
        if (db)
            ok++;
        else
            CHECK_TRUE(!strncmp(err, "cut.xml:", 8));
        hashdb_free(db);
    }
    CHECK_TRUE(ok == 1);   /* only the cut of the final newline is whole */
}

int main(void)
{
    test_hash_vectors();
    test_hash_incremental();
    test_builtin();
    test_parse_good();
    test_parse_errors();
    test_check_set();
    test_load_dir();
    test_truncations();
    return check_report("test_hashdb");
}
