/* -listroms, -verifyroms, -romident and the launch report, text and exit codes. */
#include "romset_fixture.h"
#include "../check.h"

#include <stdlib.h>
#include <string.h>

#include "emu/romload.h"
#include "frontend/audit.h"
#include "util/hash.h"

typedef struct env {
    hashdb_t *db;
    char *root;
    char *roms;
} env;

static env setup(void)
{
    env e = { fx_builtin_db(), fx_tempdir(), NULL };
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

static void parent_zip(const env *e)
{
    fx_file f[2] = { { "cabtest.1", fx_cabtest(1), CABTEST_FILE_SIZE },
                     { "cabtest.2", fx_cabtest(2), CABTEST_FILE_SIZE } };
    zip_in(e, "cabtest.zip", f, 2);
}

static void clone_zip(const env *e)
{
    fx_file f[1] = { { "cabtestc.2", fx_cabtest(3), CABTEST_FILE_SIZE } };
    zip_in(e, "cabtestc.zip", f, 1);
}

/* Patterns as a command line gives them; NULL ends the list. */
static name_patterns pats(const char *const *v)
{
    int n = 0;
    while (v[n])
        n++;
    return (name_patterns){ v, n };
}

/* Both streams go to one capture: the texts are what a terminal shows. */
static int verify_n(const env *e, const char *const *patterns, char **text)
{
    fx_capture c;
    FILE *f = fx_capture_begin(&c);
    int rc = audit_verifyroms(f, f, e->db, pats(patterns), e->roms);
    fx_capture_end(&c);
    *text = c.buf;
    return rc;
}

static int verify(const env *e, const char *pattern, char **text)
{
    const char *v[] = { pattern, NULL };
    return verify_n(e, v, text);
}

static int listroms(fx_capture *c, const hashdb_t *db, const char *pattern)
{
    const char *v[] = { pattern, NULL };
    FILE *f = fx_capture_begin(c);
    return audit_listroms(f, f, db, pats(v));
}

static void test_wildmatch(void)
{
    CHECK_TRUE(audit_wildmatch("cab*", "cabtestc"));
    CHECK_TRUE(audit_wildmatch("*", "x"));
    CHECK_TRUE(audit_wildmatch("CAB?EST", "cabtest"));
    CHECK_TRUE(audit_wildmatch("*t*c", "cabtestc"));
    CHECK_TRUE(!audit_wildmatch("cab?", "cabtest"));
    CHECK_TRUE(!audit_wildmatch("cabtest", "cabtestc"));
    CHECK_TRUE(!audit_wildmatch("", "a"));
}

static void test_listroms(void)
{
    hashdb_t *db = fx_builtin_db();
    fx_capture c;
    int rc = listroms(&c, db, "cabtest");
    CHECK_TRUE(rc == 0);
    CHECK_TEXT(fx_capture_end(&c),
                "ROMs required for driver \"cabtest\".\n"
                "Name                                   Size Checksum\n"
                "cabtest.1                              8192 CRC(b2b2822e) SHA1(e179408a1f513c2b2c3238efa9376eac7404669b)\n"
                "cabtest.2                              8192 CRC(52239b15) SHA1(3b2e8a936f0ad2be0d96e238033bb553179415f2)\n");
    fx_capture_free(&c);

    rc = listroms(&c, db, "cabtest*");
    CHECK_TRUE(rc == 0);
    CHECK_CONTAINS(fx_capture_end(&c), "8192 CRC(52239b15) SHA1(3b2e8a936f0ad2be0d96e238033bb553179415f2)\n"
                                       "\nROMs required for driver \"cabtestc\".\n");
    fx_capture_free(&c);

    rc = listroms(&c, db, "nosuch");
    CHECK_TRUE(rc == AUDIT_EXIT_NO_SUCH_SYSTEM);
    CHECK_TEXT(fx_capture_end(&c), "No matching systems found for 'nosuch'\n");
    fx_capture_free(&c);
    hashdb_free(db);
}

static void test_verify_good(void)
{
    env e = setup();
    parent_zip(&e);
    clone_zip(&e);
    char *t;
    CHECK_TRUE(verify(&e, "cabtest", &t) == 0);
    CHECK_TEXT(t, "romset cabtest is good\n1 romsets found, 1 were OK.\n");
    free(t);
    CHECK_TRUE(verify(&e, "cabtest*", &t) == 0);
    CHECK_TEXT(t, "romset cabtest is good\nromset cabtestc [cabtest] is good\n2 romsets found, 2 were OK.\n");
    free(t);
    /* all sets: the pacman sets are simply not there */
    CHECK_TRUE(verify(&e, NULL, &t) == 0);
    CHECK_CONTAINS(t, "2 romsets found, 2 were OK.\n");
    free(t);
    teardown(&e);
}

static void test_verify_bad(void)
{
    env e = setup();
    static uint8_t bad[CABTEST_FILE_SIZE];
    memcpy(bad, fx_cabtest(2), sizeof(bad));
    bad[0] ^= 1;
    fx_file f[2] = { { "cabtest.1", fx_cabtest(1), 0x800 }, { "cabtest.2", bad, sizeof(bad) } };
    zip_in(&e, "cabtest.zip", f, 2);
    char *t;
    CHECK_TRUE(verify(&e, "cabtest", &t) == AUDIT_EXIT_MISSING_FILES);
    CHECK_CONTAINS(t, "cabtest     : cabtest.1 (8192 bytes) - INCORRECT LENGTH: 2048 bytes\n"
                      "cabtest     : cabtest.2 (8192 bytes) - INCORRECT CHECKSUM:\n"
                      "EXPECTED: CRC(52239b15) SHA1(3b2e8a936f0ad2be0d96e238033bb553179415f2)\n"
                      "   FOUND: CRC(");
    CHECK_CONTAINS(t, "romset cabtest is bad\n1 romsets found, 0 were OK.\n");
    /* as MAME's auditor: a wrong CRC is shown alone, without the SHA-1 */
    char found[64];
    snprintf(found, sizeof(found), "   FOUND: CRC(%08x)\nromset", (unsigned)hash_crc32(bad, sizeof(bad)));
    CHECK_CONTAINS(t, found);
    free(t);

    /* only the first file: NOT FOUND, still bad */
    zip_in(&e, "cabtest.zip", f, 0);
    fx_file one[1] = { { "cabtest.1", fx_cabtest(1), CABTEST_FILE_SIZE } };
    zip_in(&e, "cabtest.zip", one, 1);
    CHECK_TRUE(verify(&e, "cabtest", &t) == AUDIT_EXIT_MISSING_FILES);
    CHECK_TEXT(t, "cabtest     : cabtest.2 (8192 bytes) - NOT FOUND\n"
                   "romset cabtest is bad\n1 romsets found, 0 were OK.\n");
    free(t);
    teardown(&e);
}

static void test_verify_clone(void)
{
    env e = setup();
    clone_zip(&e);
    char *t;
    /* the parent's file is missing: named after the parent, as MAME does */
    CHECK_TRUE(verify(&e, "cabtestc", &t) == AUDIT_EXIT_MISSING_FILES);
    CHECK_TEXT(t, "cabtestc    : cabtest.1 (8192 bytes) - NOT FOUND (cabtest)\n"
                   "romset cabtestc [cabtest] is bad\n1 romsets found, 0 were OK.\n");
    free(t);
    teardown(&e);

    /* parent present, clone zip absent: the clone is "not found" */
    e = setup();
    parent_zip(&e);
    CHECK_TRUE(verify(&e, "cabtestc", &t) == AUDIT_EXIT_MISSING_FILES);
    CHECK_TEXT(t, "romset \"cabtestc\" not found!\n");
    free(t);
    CHECK_TRUE(verify(&e, "nosuch", &t) == AUDIT_EXIT_NO_SUCH_SYSTEM);
    CHECK_TEXT(t, "No matching systems found for 'nosuch'\n");
    free(t);
    CHECK_TRUE(verify(&e, "zz*", &t) == AUDIT_EXIT_NO_SUCH_SYSTEM);
    free(t);
    teardown(&e);
}

/* Several patterns: every set any of them names, in name order; a pattern
   naming nothing is reported on the error stream after the listing. */
static void test_several_patterns(void)
{
    hashdb_t *db = fx_builtin_db();
    fx_capture o, e;
    const char *two[] = { "cabtestc", "cabtest", NULL };
    CHECK_TRUE(audit_listroms(fx_capture_begin(&o), fx_capture_begin(&e), db, pats(two)) == 0);
    const char *t = fx_capture_end(&o);
    CHECK_CONTAINS(t, "ROMs required for driver \"cabtest\".\n");
    CHECK_CONTAINS(t, "\nROMs required for driver \"cabtestc\".\n");
    CHECK_TRUE(strstr(t, "\"cabtest\"") < strstr(t, "\"cabtestc\""));
    CHECK_TEXT(fx_capture_end(&e), "");
    fx_capture_free(&o);
    fx_capture_free(&e);

    const char *miss[] = { "cabtestc", "nosuch", "zz*", NULL };
    CHECK_TRUE(audit_listcrc(fx_capture_begin(&o), fx_capture_begin(&e), db, pats(miss)) == AUDIT_EXIT_NO_SUCH_SYSTEM);
    CHECK_TEXT(fx_capture_end(&o),
               "b2b2822e cabtest.1                       \tcabtestc        \tCabinet test machine (clone)\n"
               "b65ef7bf cabtestc.2                      \tcabtestc        \tCabinet test machine (clone)\n");
    CHECK_TEXT(fx_capture_end(&e), "No matching systems found for 'nosuch'\n");
    fx_capture_free(&o);
    fx_capture_free(&e);
    hashdb_free(db);

    env v = setup();
    char *text;
    const char *both[] = { "cabtest", "cabtestc", NULL };
    CHECK_TRUE(verify_n(&v, both, &text) == 0);
    CHECK_TEXT(text, "0 romsets found, 0 were OK.\n");
    free(text);
    parent_zip(&v);
    CHECK_TRUE(verify_n(&v, both, &text) == 0);
    CHECK_TEXT(text, "romset cabtest is good\n1 romsets found, 1 were OK.\n");
    free(text);
    const char *unmatched[] = { "cabtest", "nosuch", NULL };
    CHECK_TRUE(verify_n(&v, unmatched, &text) == AUDIT_EXIT_NO_SUCH_SYSTEM);
    CHECK_TEXT(text, "romset cabtest is good\nNo matching systems found for 'nosuch'\n");
    free(text);
    teardown(&v);
}

/* A bad set makes the summary an error, on the error stream. */
static void test_verify_streams(void)
{
    env v = setup();
    clone_zip(&v);
    fx_capture o, e;
    const char *one[] = { "cabtestc", NULL };
    CHECK_TRUE(audit_verifyroms(fx_capture_begin(&o), fx_capture_begin(&e), v.db, pats(one), v.roms) ==
               AUDIT_EXIT_MISSING_FILES);
    CHECK_TEXT(fx_capture_end(&o), "cabtestc    : cabtest.1 (8192 bytes) - NOT FOUND (cabtest)\n"
                                    "romset cabtestc [cabtest] is bad\n");
    CHECK_TEXT(fx_capture_end(&e), "1 romsets found, 0 were OK.\n");
    fx_capture_free(&o);
    fx_capture_free(&e);
    teardown(&v);
}

static void test_verify_corrupt(void)
{
    env e = setup();
    char *zp = fx_path(e.roms, "cabtest.zip");
    CHECK_TRUE(fx_write_file(zp, "garbage", 7));
    char *t;
    CHECK_TRUE(verify(&e, "cabtest", &t) == AUDIT_EXIT_MISSING_FILES);
    CHECK_CONTAINS(t, "cabtest.zip: not a readable zip archive (");
    CHECK_CONTAINS(t, "romset \"cabtest\" not found!\n");
    free(t);
    free(zp);
    teardown(&e);
}

/* *text: stdout then stderr, as a terminal shows them when stderr follows */
static int romident(const env *e, const char *path, char **text)
{
    fx_capture o, r;
    int rc = audit_romident(fx_capture_begin(&o), fx_capture_begin(&r), e->db, path);
    fx_capture_end(&o);
    fx_capture_end(&r);
    size_t a = strlen(o.buf), b = strlen(r.buf);
    *text = malloc(a + b + 1);
    memcpy(*text, o.buf, a);
    memcpy(*text + a, r.buf, b + 1);
    fx_capture_free(&o);
    fx_capture_free(&r);
    return rc;
}

static void test_romident(void)
{
    env e = setup();
    char *dir = fx_path(e.root, "loose");
    fx_mkdir(dir);
    char *known = fx_path(dir, "cabtest.1");
    CHECK_TRUE(fx_write_file(known, fx_cabtest(1), CABTEST_FILE_SIZE));
    char *t;
    CHECK_TRUE(romident(&e, known, &t) == 0);
    CHECK_CONTAINS(t, "Identifying ");
    CHECK_CONTAINS(t, "cabtest.1            = cabtest.1             cabtest     Cabinet test machine\n"
                      "                     = cabtest.1             cabtestc    Cabinet test machine (clone)\n");
    free(t);

    char *unknown = fx_path(e.root, "mystery.bin");
    CHECK_TRUE(fx_write_file(unknown, "hello", 5));
    CHECK_TRUE(romident(&e, unknown, &t) == AUDIT_EXIT_IDENT_NONE);
    CHECK_CONTAINS(t, "mystery.bin          NO MATCH\nNo roms matched.\n");
    free(t);

    /* folder: one known + one empty = 7, + one unknown = 8 */
    char *empty = fx_path(dir, "empty.bin");
    CHECK_TRUE(fx_write_file(empty, "", 0));
    CHECK_TRUE(romident(&e, dir, &t) == AUDIT_EXIT_IDENT_NONROMS);
    CHECK_CONTAINS(t, "Out of 2 files, 1 matched, 1 are not roms.\n");
    free(t);
    char *other = fx_path(dir, "other.bin");
    CHECK_TRUE(fx_write_file(other, "xyz", 3));
    CHECK_TRUE(romident(&e, dir, &t) == AUDIT_EXIT_IDENT_PARTIAL);
    CHECK_CONTAINS(t, "other.bin            NO MATCH\n");
    CHECK_CONTAINS(t, "Out of 3 files, 1 matched, 2 did not match.\n");
    free(t);

    parent_zip(&e);
    char *zp = fx_path(e.roms, "cabtest.zip");
    CHECK_TRUE(romident(&e, zp, &t) == 0);
    CHECK_CONTAINS(t, "cabtest.2            = cabtest.2             cabtest     Cabinet test machine\n");
    free(t);

    char *missing = fx_path(e.root, "nope.bin");
    CHECK_TRUE(romident(&e, missing, &t) == AUDIT_EXIT_MISSING_FILES);
    CHECK_CONTAINS(t, "nope.bin: error opening file (No such file or directory)\nNo files found.\n");
    free(t);
    free(missing);
    free(zp);
    free(other);
    free(empty);
    free(unknown);
    free(known);
    free(dir);
    teardown(&e);
}

static void test_launch(void)
{
    env e = setup();
    region_list regs = { 0 };
    fx_capture c;
    CHECK_TRUE(audit_launch(fx_capture_begin(&c), e.db, "nosuch", e.roms, &regs) == AUDIT_EXIT_NO_SUCH_SYSTEM);
    CHECK_TEXT(fx_capture_end(&c), "Unknown system 'nosuch'\n");
    fx_capture_free(&c);

    CHECK_TRUE(audit_launch(fx_capture_begin(&c), e.db, "cabtestc", e.roms, &regs) == AUDIT_EXIT_MISSING_FILES);
    CHECK_TEXT(fx_capture_end(&c), "cabtest.1 NOT FOUND (tried in cabtestc cabtest)\n"
                                    "cabtestc.2 NOT FOUND (tried in cabtestc cabtest)\n"
                                    "Fatal error: Required files are missing, the machine cannot be run.\n");
    fx_capture_free(&c);
    region_list_free(&regs);

    parent_zip(&e);
    clone_zip(&e);
    CHECK_TRUE(audit_launch(fx_capture_begin(&c), e.db, "cabtestc", e.roms, &regs) == 0);
    CHECK_TEXT(fx_capture_end(&c), "");
    fx_capture_free(&c);
    const mem_region *m = region_find_const(&regs, "maincpu");
    CHECK_TRUE(m && !memcmp(m->data + 0x2000, fx_cabtest(3), CABTEST_FILE_SIZE));
    region_list_free(&regs);
    teardown(&e);
}

int main(void)
{
    test_wildmatch();
    test_listroms();
    test_verify_good();
    test_verify_bad();
    test_verify_clone();
    test_verify_corrupt();
    test_several_patterns();
    test_verify_streams();
    test_romident();
    test_launch();
    return check_report("test_audit");
}
