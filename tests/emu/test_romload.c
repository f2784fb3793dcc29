/* The loader against zips and folders generated here. */
#include "romset_fixture.h"
#include "../check.h"

#include <stdlib.h>
#include <string.h>

#include "emu/romload.h"
#include "util/hash.h"
#include "util/zipfile.h"

typedef struct env {
    hashdb_t *db;
    char *root;     /* temp folder */
    char *roms;     /* root/roms */
} env;

static env setup(void)
{
    env e;
    e.db = fx_builtin_db();
    e.root = fx_tempdir();
    e.roms = fx_path(e.root, "roms");
    fx_mkdir(e.roms);
    return e;
}

static void teardown(env *e)
{
    fx_rmtree(e->root);
    free(e->roms);
    free(e->root);
    hashdb_free(e->db);
}

static void zip_in(const env *e, const char *zipname, const fx_file *files, size_t n)
{
    char *p = fx_path(e->roms, zipname);
    CHECK_TRUE(fx_write_zip(p, files, n));
    free(p);
}

static const fx_file *parent_files(void)
{
    static fx_file f[2];
    f[0] = (fx_file){ "cabtest.1", fx_cabtest(1), CABTEST_FILE_SIZE };
    f[1] = (fx_file){ "cabtest.2", fx_cabtest(2), CABTEST_FILE_SIZE };
    return f;
}

/* Loads a set into fresh regions; returns the launch text (caller frees). */
static char *load(const env *e, const char *set, const char *rompath, region_list *regs, rom_report_t *rep, int *rc)
{
    memset(regs, 0, sizeof(*regs));
    *rc = romload_set(e->db, hashdb_find(e->db, set), rompath, regs, rep);
    fx_capture c;
    rom_report_print_launch(fx_capture_begin(&c), rep);
    fx_capture_end(&c);
    return c.buf;
}

static void test_good_zip(void)
{
    env e = setup();
    zip_in(&e, "cabtest.zip", parent_files(), 2);
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK);
    CHECK_TRUE(rep.count == 2 && rep.files[0].status == ROM_STATUS_GOOD && rep.files[1].status == ROM_STATUS_GOOD);
    CHECK_TRUE(rep.set_found && rep.missing == 0 && rep.warnings == 0 && rep.nmessages == 0);
    CHECK_TEXT(text, "");
    const mem_region *m = region_find_const(&regs, "maincpu");
    CHECK_TRUE(m && m->size == 0x4000);
    if (m) {
        CHECK_TRUE(!memcmp(m->data, fx_cabtest(1), CABTEST_FILE_SIZE));
        CHECK_TRUE(!memcmp(m->data + 0x2000, fx_cabtest(2), CABTEST_FILE_SIZE));
    }
    CHECK_CONTAINS(rep.files[0].found_at, "cabtest.zip:cabtest.1");
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    teardown(&e);
}

static void test_missing(void)
{
    env e = setup();
    zip_in(&e, "cabtest.zip", parent_files(), 1);
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_MISSING);
    CHECK_TRUE(rep.files[1].status == ROM_STATUS_NOT_FOUND && rep.missing == 1);
    CHECK_TEXT(text, "cabtest.2 NOT FOUND (tried in cabtest)\n"
                      "Fatal error: Required files are missing, the machine cannot be run.\n");
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);

    /* a clone tries itself then its parent */
    text = load(&e, "cabtestc", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_MISSING);
    CHECK_CONTAINS(text, "cabtestc.2 NOT FOUND (tried in cabtestc cabtest)\n");
    CHECK_TRUE(rep.files[0].status == ROM_STATUS_GOOD && rep.files[0].found_set
          && !strcmp(rep.files[0].found_set, "cabtest"));
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    teardown(&e);
}

static void test_clone_from_parent(void)
{
    env e = setup();
    zip_in(&e, "cabtest.zip", parent_files(), 2);
    fx_file clone[1] = { { "cabtestc.2", fx_cabtest(3), CABTEST_FILE_SIZE } };
    zip_in(&e, "cabtestc.zip", clone, 1);
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtestc", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK && rep.set_found);
    CHECK_TRUE(rep.files[0].status == ROM_STATUS_GOOD && !strcmp(rep.files[0].found_set, "cabtest"));
    CHECK_TRUE(rep.files[0].shared_with && !strcmp(rep.files[0].shared_with, "cabtest"));
    CHECK_TRUE(rep.files[1].status == ROM_STATUS_GOOD && !strcmp(rep.files[1].found_set, "cabtestc"));
    const mem_region *m = region_find_const(&regs, "maincpu");
    CHECK_TRUE(m && !memcmp(m->data, fx_cabtest(1), CABTEST_FILE_SIZE)
          && !memcmp(m->data + 0x2000, fx_cabtest(3), CABTEST_FILE_SIZE));
    CHECK_TEXT(text, "");
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    teardown(&e);
}

static void test_wrong_length(void)
{
    env e = setup();
    static uint8_t longer[0x3000];
    fx_pattern(longer, sizeof(longer), 2);
    fx_file f[2] = { { "cabtest.1", fx_cabtest(1), 0x1000 }, { "cabtest.2", longer, sizeof(longer) } };
    zip_in(&e, "cabtest.zip", f, 2);
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK);   /* MAME 0.251 starts after a warning */
    CHECK_TRUE(rep.files[0].status == ROM_STATUS_WRONG_LENGTH && rep.files[0].found_size == 0x1000);
    CHECK_TRUE(rep.files[1].status == ROM_STATUS_WRONG_LENGTH && rep.files[1].found_size == 0x3000);
    CHECK_CONTAINS(text, "cabtest.1 WRONG LENGTH (expected: 00002000 found: 00001000)\n"
                         "cabtest.1 WRONG CHECKSUMS:\n"
                         "    EXPECTED: CRC(b2b2822e) SHA1(e179408a1f513c2b2c3238efa9376eac7404669b)\n"
                         "       FOUND: CRC(");
    CHECK_CONTAINS(text, "cabtest.2 WRONG LENGTH (expected: 00002000 found: 00003000)\n");
    CHECK_CONTAINS(text, "WARNING: the machine might not run correctly.\n");
    const mem_region *m = region_find_const(&regs, "maincpu");
    CHECK_TRUE(m && !memcmp(m->data, fx_cabtest(1), 0x1000));
    CHECK_TRUE(m && m->data[0x1000] == 0 && m->data[0x1fff] == 0);  /* fill kept past a short file */
    CHECK_TRUE(m && !memcmp(m->data + 0x2000, fx_cabtest(2), CABTEST_FILE_SIZE));
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    teardown(&e);
}

static void test_bad_checksum(void)
{
    env e = setup();
    static uint8_t bad[CABTEST_FILE_SIZE];
    memcpy(bad, fx_cabtest(2), sizeof(bad));
    bad[100] ^= 0xff;
    fx_file f[2] = { { "cabtest.1", fx_cabtest(1), CABTEST_FILE_SIZE }, { "cabtest.2", bad, sizeof(bad) } };
    zip_in(&e, "cabtest.zip", f, 2);
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK && rep.warnings == 1);
    CHECK_TRUE(rep.files[1].status == ROM_STATUS_BAD_CHECKSUM);
    hash_result h;
    hash_buffer(bad, sizeof(bad), &h);
    char found[100], crc[9], sha[41];
    hash_format_crc(h.crc, crc);
    hash_format_sha1(h.sha1, sha);
    snprintf(found, sizeof(found), "       FOUND: CRC(%s) SHA1(%s)\n", crc, sha);
    CHECK_CONTAINS(text, "cabtest.2 WRONG CHECKSUMS:\n"
                         "    EXPECTED: CRC(52239b15) SHA1(3b2e8a936f0ad2be0d96e238033bb553179415f2)\n");
    CHECK_CONTAINS(text, found);
    const mem_region *m = region_find_const(&regs, "maincpu");
    CHECK_TRUE(m && m->data[0x2000 + 100] == bad[100]);
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    teardown(&e);
}

static void test_renamed(void)
{
    env e = setup();
    fx_file f[2] = { { "cabtest.1", fx_cabtest(1), CABTEST_FILE_SIZE },
                     { "pcb-label-u2.bin", fx_cabtest(2), CABTEST_FILE_SIZE } };
    zip_in(&e, "cabtest.zip", f, 2);
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK && rep.files[1].status == ROM_STATUS_GOOD);
    CHECK_CONTAINS(rep.files[1].found_at, "pcb-label-u2.bin");
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    teardown(&e);
}

static void check_unloadable_zip(env *e, const char *want)
{
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(e, "cabtest", e->roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_MISSING);
    CHECK_TRUE(rep.nmessages >= 1);
    CHECK_CONTAINS(text, want);
    CHECK_CONTAINS(text, "cabtest.1 NOT FOUND (tried in cabtest)\n");
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
}

static void test_corrupt_zips(void)
{
    env e = setup();
    char *zp = fx_path(e.roms, "cabtest.zip");
    CHECK_TRUE(fx_write_file(zp, "PK\3\4 this is not really a zip", 30));
    check_unloadable_zip(&e, "cabtest.zip: not a readable zip archive (");

    zip_in(&e, "cabtest.zip", parent_files(), 2);
    CHECK_TRUE(fx_truncate(zp, 3000));
    check_unloadable_zip(&e, "cabtest.zip: not a readable zip archive (");

    CHECK_TRUE(fx_write_file(zp, "", 0));
    check_unloadable_zip(&e, "cabtest.zip: not a readable zip archive (");

    /* intact directory, damaged compressed data: an error or a bad checksum, never a crash */
    zip_in(&e, "cabtest.zip", parent_files(), 2);
    FILE *f = fopen(zp, "r+b");
    CHECK_TRUE(f != NULL);
    if (f) {
        for (long off = 60; off < 200; off += 7) {
            fseek(f, off, SEEK_SET);
            fputc(0x5a, f);
        }
        fclose(f);
    }
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rep.files[0].status != ROM_STATUS_GOOD);
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    free(zp);
    teardown(&e);
}

static void test_evil_names(void)
{
    env e = setup();
    static const uint8_t junk[4] = { 1, 2, 3, 4 };
    fx_file f[5] = { { "cabtest.1", fx_cabtest(1), CABTEST_FILE_SIZE },
                     { "cabtest.2", fx_cabtest(2), CABTEST_FILE_SIZE },
                     { "XX/evil", junk, 4 },
                     { "Xabs", junk, 4 },
                     { "sub/../../up", junk, 4 } };
    zip_in(&e, "cabtest.zip", f, 5);
    char *zp = fx_path(e.roms, "cabtest.zip");
    CHECK_TRUE(fx_patch_file(zp, "XX/evil", "../evil") == 2);   /* local + central header */
    CHECK_TRUE(fx_patch_file(zp, "Xabs", "/abs") == 2);
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK && rep.files[0].status == ROM_STATUS_GOOD && rep.files[1].status == ROM_STATUS_GOOD);
    CHECK_CONTAINS(text, "cabtest.zip: entry \"../evil\" ignored: path leaves the archive (\"..\")\n");
    CHECK_CONTAINS(text, "cabtest.zip: entry \"/abs\" ignored: absolute path\n");
    CHECK_CONTAINS(text, "cabtest.zip: entry \"sub/../../up\" ignored: path leaves the archive");
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);

    char err[300];
    zipfile *z = zipfile_open(zp, err, sizeof(err));
    CHECK_TRUE(z && zipfile_count(z) == 2 && zipfile_warning_count(z) == 3);
    zipfile_close(z);
    free(zp);
    teardown(&e);
}

static void test_duplicates(void)
{
    env e = setup();
    static uint8_t bad[CABTEST_FILE_SIZE];
    memset(bad, 0xee, sizeof(bad));
    fx_file f[3] = { { "cabtest.1", fx_cabtest(1), CABTEST_FILE_SIZE },
                     { "cabtest.2", fx_cabtest(2), CABTEST_FILE_SIZE },
                     { "CABTEST.X", bad, sizeof(bad) } };
    zip_in(&e, "cabtest.zip", f, 3);
    char *zp = fx_path(e.roms, "cabtest.zip");
    CHECK_TRUE(fx_patch_file(zp, "CABTEST.X", "CABTEST.1") == 2);   /* same name but for case */
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK && rep.files[0].status == ROM_STATUS_GOOD);
    CHECK_CONTAINS(text, "cabtest.zip: entry \"CABTEST.1\" ignored: duplicate name (the first entry is used)\n");
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    free(zp);
    teardown(&e);
}

static void test_folder_sets(void)
{
    env e = setup();
    char *dir = fx_path(e.roms, "cabtest");
    CHECK_TRUE(fx_mkdir(dir));
    char *p1 = fx_path(dir, "cabtest.1"), *p2 = fx_path(dir, "renamed.2");
    CHECK_TRUE(fx_write_file(p1, fx_cabtest(1), CABTEST_FILE_SIZE));
    CHECK_TRUE(fx_write_file(p2, fx_cabtest(2), CABTEST_FILE_SIZE));
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK && rep.files[0].status == ROM_STATUS_GOOD && rep.files[1].status == ROM_STATUS_GOOD);
    CHECK_CONTAINS(rep.files[1].found_at, "cabtest/renamed.2");
    const mem_region *m = region_find_const(&regs, "maincpu");
    CHECK_TRUE(m && !memcmp(m->data + 0x2000, fx_cabtest(2), CABTEST_FILE_SIZE));
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);

    /* second folder of a ;-list, reached through ~ */
    setenv("HOME", e.root, 1);
    text = load(&e, "cabtest", "/nonexistent;;~/roms", &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK);
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    text = load(&e, "cabtest", "$HOME/roms", &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK);
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    free(p1);
    free(p2);
    free(dir);
    teardown(&e);
}

static void test_split_path(void)
{
    setenv("HOME", "/home/u", 1);
    size_t n = 0;
    char **d = romload_split_path("a;;$HOME/x;~;~other;", &n);
    CHECK_TRUE(n == 4);
    if (n == 4) {
        CHECK_TEXT(d[0], "a");
        CHECK_TEXT(d[1], "/home/u/x");
        CHECK_TEXT(d[2], "/home/u");
        CHECK_TEXT(d[3], "~other");
    }
    for (size_t i = 0; i < n; i++)
        free(d[i]);
    free(d);
}

static const char special_xml[] =
    "<mame>\n"
    "<machine name=\"ilv\">\n"
    "  <region name=\"cpu\" size=\"0x20\" erase=\"0xff\"/>\n"
    "  <rom name=\"hi.bin\" size=\"8\" crc=\"%08x\" region=\"cpu\" offset=\"0\" load=\"even\"/>\n"
    "  <rom name=\"lo.bin\" size=\"8\" crc=\"%08x\" region=\"cpu\" offset=\"1\" load=\"odd\"/>\n"
    "  <rom size=\"4\" region=\"cpu\" offset=\"0x18\" load=\"fill\" value=\"0x42\"/>\n"
    "  <rom name=\"nodump.bin\" size=\"4\" region=\"cpu\" offset=\"0x10\" status=\"nodump\"/>\n"
    "  <rom name=\"opt.bin\" size=\"4\" crc=\"01020304\" region=\"cpu\" offset=\"0x14\" optional=\"yes\"/>\n"
    "  <rom name=\"bad.bin\" size=\"4\" crc=\"%08x\" region=\"cpu\" offset=\"0x1c\" status=\"baddump\"/>\n"
    "</machine>\n"
    "<machine name=\"broken\">\n"
    "  <region name=\"cpu\" size=\"0x10\"/>\n"
    "  <rom name=\"x.bin\" size=\"8\" crc=\"00000000\" region=\"gfx\"/>\n"
    "</machine>\n"
    "</mame>\n";

static void test_load_modes(void)
{
    env e = setup();
    static const uint8_t hi[8] = { 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17 };
    static const uint8_t lo[8] = { 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27 };
    static const uint8_t bd[4] = { 0xba, 0xdd, 0x00, 0x01 };
    char xml[2048], err[256];
    snprintf(xml, sizeof(xml), special_xml, (unsigned)hash_crc32(hi, 8), (unsigned)hash_crc32(lo, 8),
             (unsigned)hash_crc32(bd, 4));
    hashdb_free(e.db);
    e.db = hashdb_parse(xml, strlen(xml), "special.xml", NULL, err, sizeof(err));
    CHECK_TRUE(e.db != NULL);
    if (!e.db) {
        fprintf(stderr, "%s\n", err);
        e.db = hashdb_new();
        teardown(&e);
        return;
    }
    fx_file f[3] = { { "hi.bin", hi, 8 }, { "lo.bin", lo, 8 }, { "bad.bin", bd, 4 } };
    zip_in(&e, "ilv.zip", f, 3);
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "ilv", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK);
    CHECK_TRUE(rep.count == 5);   /* the fill is not a file */
    CHECK_TRUE(rep.files[2].status == ROM_STATUS_NOT_FOUND_NODUMP);
    CHECK_TRUE(rep.files[3].status == ROM_STATUS_NOT_FOUND_OPTIONAL);
    CHECK_TRUE(rep.files[4].status == ROM_STATUS_NEEDS_REDUMP);
    CHECK_CONTAINS(text, "nodump.bin NOT FOUND (NO GOOD DUMP KNOWN) (tried in ilv)\n");
    CHECK_CONTAINS(text, "OPTIONAL opt.bin NOT FOUND (tried in ilv)\n");
    CHECK_CONTAINS(text, "bad.bin ROM NEEDS REDUMP\n");
    CHECK_CONTAINS(text, "WARNING: the machine might not run correctly.\n");
    const mem_region *m = region_find_const(&regs, "cpu");
    CHECK_TRUE(m != NULL);
    if (m) {
        for (int i = 0; i < 8; i++)
            CHECK_TRUE(m->data[2 * i] == hi[i] && m->data[2 * i + 1] == lo[i]);
        CHECK_TRUE(m->data[0x10] == 0xff && m->data[0x17] == 0xff);
        CHECK_TRUE(m->data[0x18] == 0x42 && m->data[0x1b] == 0x42);
        CHECK_TRUE(m->data[0x1c] == 0xba && m->data[0x1f] == 0x01);
    }
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);

    text = load(&e, "broken", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_FATAL);
    CHECK_CONTAINS(text, "special.xml:13: x.bin: region \"gfx\" is not declared\n");
    CHECK_CONTAINS(text, "Fatal error:");
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    teardown(&e);
}

static void test_zip_bomb(void)
{
    env e = setup();
    size_t big = 64u << 20;
    uint8_t *zeros = calloc(1, big);
    CHECK_TRUE(zeros != NULL);
    if (!zeros) {
        teardown(&e);
        return;
    }
    fx_file f[2] = { { "cabtest.1", zeros, big }, { "cabtest.2", fx_cabtest(2), CABTEST_FILE_SIZE } };
    zip_in(&e, "cabtest.zip", f, 2);
    free(zeros);
    region_list regs;
    rom_report_t rep;
    int rc;
    char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
    CHECK_TRUE(rc == ROMLOAD_OK);
    CHECK_TRUE(rep.files[0].status == ROM_STATUS_WRONG_LENGTH && rep.files[0].found_size == big);
    CHECK_CONTAINS(text, "cabtest.1 WRONG LENGTH (expected: 00002000 found: 04000000)\n");
    const mem_region *m = region_find_const(&regs, "maincpu");
    CHECK_TRUE(m && m->data[0] == 0 && m->data[0x1fff] == 0);
    free(text);
    rom_report_free(&rep);
    region_list_free(&regs);
    teardown(&e);
}

static void test_zipfile_read_cap(void)
{
    env e = setup();
    zip_in(&e, "cabtest.zip", parent_files(), 2);
    char *zp = fx_path(e.roms, "cabtest.zip");
    char err[300];
    zipfile *z = zipfile_open(zp, err, sizeof(err));
    CHECK_TRUE(z != NULL);
    if (z) {
        const zipfile_entry *en = zipfile_find(z, "CabTest.1");
        CHECK_TRUE(en && en->size == CABTEST_FILE_SIZE);
        uint8_t *data = NULL;
        size_t len = 0;
        CHECK_TRUE(en && !zipfile_read(z, en, 100, &data, &len, err, sizeof(err)) && data == NULL);
        CHECK_CONTAINS(err, "cabtest.1: larger than 100 bytes");
        CHECK_TRUE(en && zipfile_read(z, en, CABTEST_FILE_SIZE, &data, &len, err, sizeof(err)));
        CHECK_TRUE(len == CABTEST_FILE_SIZE && data && !memcmp(data, fx_cabtest(1), len));
        free(data);
        CHECK_TRUE(zipfile_find_crc(z, hash_crc32(fx_cabtest(2), CABTEST_FILE_SIZE), CABTEST_FILE_SIZE) != NULL);
        zipfile_close(z);
    }
    CHECK_TRUE(zipfile_open("/nonexistent/x.zip", err, sizeof(err)) == NULL);
    CHECK_CONTAINS(err, "/nonexistent/x.zip: not a readable zip archive");
    free(zp);
    teardown(&e);
}

/* Single damaged bytes all over an archive: clean errors, never a crash. */
static void test_damaged_bytes(void)
{
    env e = setup();
    char *zp = fx_path(e.roms, "cabtest.zip");
    zip_in(&e, "cabtest.zip", parent_files(), 2);
    FILE *f = fopen(zp, "rb");
    static uint8_t orig[65536];
    size_t size = f ? fread(orig, 1, sizeof(orig), f) : 0;
    if (f)
        fclose(f);
    CHECK_TRUE(size > 100 && size < sizeof(orig));
    int good = 0;
    for (size_t pos = 0; pos < size; pos += 3) {
        static uint8_t copy[65536];
        memcpy(copy, orig, size);
        copy[pos] ^= 0xa5;
        CHECK_TRUE(fx_write_file(zp, copy, size));
        region_list regs;
        rom_report_t rep;
        int rc;
        char *text = load(&e, "cabtest", e.roms, &regs, &rep, &rc);
        good += rc == ROMLOAD_OK && rep.warnings == 0;
        free(text);
        rom_report_free(&rep);
        region_list_free(&regs);
    }
    CHECK_TRUE(good < (int)(size / 3));
    free(zp);
    teardown(&e);
}

int main(void)
{
    test_good_zip();
    test_missing();
    test_clone_from_parent();
    test_wrong_length();
    test_bad_checksum();
    test_renamed();
    test_corrupt_zips();
    test_evil_names();
    test_duplicates();
    test_folder_sets();
    test_split_path();
    test_load_modes();
    test_zip_bomb();
    test_zipfile_read_cap();
    test_damaged_bytes();
    return check_report("test_romload");
}
