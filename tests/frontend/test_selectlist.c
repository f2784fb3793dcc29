#define _GNU_SOURCE
/* The system list's logic (frontend/selectlist): order (bundled game,
   favourites, the rest by description), search, favourites file round trip
   and refusals, status as -verifyroms decides. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "drivers/drivers.h"
#include "frontend/selectlist.h"
#include "util/fileio.h"

static int failures;
#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #c); failures++; } } while (0)

static const char *shown_name(const sel_list *l, int i)
{
    const sel_entry *e = sel_shown(l, i);
    return e ? e->drv->name : "(none)";
}

static int count_drivers(void)
{
    int n = 0;
    while (driver_list[n])
        n++;
    return n;
}

static void test_order_and_search(void)
{
    sel_list l;
    CHECK(sel_build(&l, driver_list, "cabpac") == 0);
    CHECK(l.count == count_drivers());
    CHECK(l.nshown == l.count);
    CHECK(!strcmp(shown_name(&l, 0), "cabpac"));
    /* the rest sorted by description, case-insensitively */
    for (int i = 2; i < l.nshown; i++)
        CHECK(strcasecmp(sel_shown(&l, i - 1)->drv->description, sel_shown(&l, i)->drv->description) <= 0);
    /* search: "GAL" matches galaxian's descriptions and names, any case */
    sel_search_set(&l, "GAL");
    CHECK(l.nshown >= 2);
    bool galaxian = false;
    for (int i = 0; i < l.nshown; i++) {
        const sel_entry *e = sel_shown(&l, i);
        CHECK(strcasestr(e->drv->name, "gal") || strcasestr(e->drv->description, "gal")
              || strcasestr(e->drv->manufacturer, "gal"));
        galaxian |= !strcmp(e->drv->name, "galaxian");
    }
    CHECK(galaxian);
    /* typing narrows, backspace widens back */
    int before = l.nshown;
    sel_search_type(&l, 'a');   /* "GALa" */
    CHECK(l.nshown <= before);
    sel_search_backspace(&l);
    CHECK(l.nshown == before);
    sel_search_set(&l, "no system has this text");
    CHECK(l.nshown == 0 && sel_shown(&l, 0) == NULL);
    sel_search_set(&l, "");
    CHECK(l.nshown == l.count);
    /* a manufacturer search: every Namco system */
    sel_search_set(&l, "namco");
    CHECK(l.nshown > 0);
    for (int i = 0; i < l.nshown; i++)
        CHECK(strcasestr(sel_shown(&l, i)->drv->manufacturer, "namco") || strcasestr(sel_shown(&l, i)->drv->description, "namco")
              || strcasestr(sel_shown(&l, i)->drv->name, "namco"));
    sel_free(&l);
}

static void test_favourites(const char *dir)
{
    char path[4096], err[4400];
    snprintf(path, sizeof(path), "%s/cfg/favorites.ini", dir);
    sel_list l;
    CHECK(sel_build(&l, driver_list, "cabpac") == 0);
    CHECK(sel_favourites_load(&l, path, err, sizeof(err)) == 0);   /* missing file: none */
    CHECK(sel_toggle_favourite(&l, "galaxian") == 0);
    CHECK(sel_toggle_favourite(&l, "1942") == 0);
    CHECK(sel_toggle_favourite(&l, "nosuchsystem") == -1);
    /* bundled first, then the favourites by description, then the rest */
    CHECK(!strcmp(shown_name(&l, 0), "cabpac"));
    CHECK(!strcmp(shown_name(&l, 1), "1942"));
    CHECK(!strcmp(shown_name(&l, 2), "galaxian"));
    CHECK(!sel_shown(&l, 3)->favourite);
    CHECK(sel_favourites_save(&l, path, err, sizeof(err)) == 0);
    u8 *buf;
    size_t n;
    CHECK(file_read_all(path, &buf, &n, 1 << 16, err, sizeof(err)) == 0);
    CHECK(n == strlen("# Cabinet favourites\n1942\ngalaxian\n") && !memcmp(buf, "# Cabinet favourites\n1942\ngalaxian\n", n));
    free(buf);
    sel_free(&l);
    /* read back into a new list, with an unknown name, spaces and CRLF */
    FILE *f = fopen(path, "ab");
    fputs("  nosuchsystem  \r\n pacman\r\n", f);
    fclose(f);
    CHECK(sel_build(&l, driver_list, "cabpac") == 0);
    CHECK(sel_favourites_load(&l, path, err, sizeof(err)) == 0);
    int favs = 0;
    for (int i = 0; i < l.count; i++)
        favs += l.e[i].favourite;
    CHECK(favs == 3);
    CHECK(!strcmp(shown_name(&l, 1), "1942") && sel_shown(&l, 3)->favourite);
    /* unmarking and saving removes the line */
    CHECK(sel_toggle_favourite(&l, "1942") == 0);
    CHECK(sel_favourites_save(&l, path, err, sizeof(err)) == 0);
    CHECK(file_read_all(path, &buf, &n, 1 << 16, err, sizeof(err)) == 0);
    CHECK(n == strlen("# Cabinet favourites\ngalaxian\npacman\n") && !memcmp(buf, "# Cabinet favourites\ngalaxian\npacman\n", n));
    free(buf);
    sel_free(&l);
    /* a binary file is refused with its name; nothing marked */
    f = fopen(path, "wb");
    fwrite("galaxian\n\0\1", 1, 11, f);
    fclose(f);
    CHECK(sel_build(&l, driver_list, "cabpac") == 0);
    CHECK(sel_favourites_load(&l, path, err, sizeof(err)) == -1);
    CHECK(strstr(err, "favorites.ini") && strstr(err, "NUL"));
    for (int i = 0; i < l.count; i++)
        CHECK(!l.e[i].favourite);
    /* a folder where the file should be: the save fails with a message */
    char dpath[4200];
    snprintf(dpath, sizeof(dpath), "%s/cfg/isadir", dir);
    mkdir(dpath, 0755);
    CHECK(sel_favourites_save(&l, dpath, err, sizeof(err)) == -1);
    CHECK(err[0] != '\0');
    sel_free(&l);
}

static void test_status(const char *roms)
{
    char path[4200];
    snprintf(path, sizeof(path), "%s/galaxian_test;%s", roms, roms);
    char err[512];
    hashdb_t *db = hashdb_load_builtin(err, sizeof(err));
    CHECK(db != NULL);
    if (!db)
        return;
    CHECK(sel_audit_one(db, "cabpac", roms) == SEL_GOOD);
    CHECK(sel_audit_one(db, "galaxian", path) == SEL_BAD);      /* homebrew files: wrong checksums */
    CHECK(sel_audit_one(db, "galaxian", "/nonexistent") == SEL_MISSING);
    CHECK(sel_audit_one(db, "nosuchsystem", roms) == SEL_MISSING);
    sel_list l;
    CHECK(sel_build(&l, driver_list, "cabpac") == 0);
    sel_audit(&l, db, "/nonexistent");
    CHECK(!sel_any_found(&l));
    sel_audit(&l, db, path);
    CHECK(sel_any_found(&l));
    sel_free(&l);
    hashdb_free(db);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_selectlist SCRATCH_DIR ROMDIR\n");
        return 2;
    }
    CHECK(make_dirs(argv[1]) == 0);
    test_order_and_search();
    test_favourites(argv[1]);
    test_status(argv[2]);
    if (failures)
        return 1;
    printf("selectlist: all checks passed\n");
    return 0;
}
