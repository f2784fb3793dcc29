/* Loading content: a set's zip or folder path names the set (its base name)
   and the folder its parents are looked for in, as -rompath does. The
   audit's launch report goes to the frontend's messages. With no content,
   the bundled game's ROMs (built into the core) are written to a temporary
   folder and loaded from there, through the same verification. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "drivers/drivers.h"
#include "frontend/audit.h"
#include "frontend/libretro/lr_bundled.h"
#include "frontend/libretro/lr_core.h"
#include "util/fileio.h"

/* Splits "/a/b/pacman.zip" into folder "/a/b" and set "pacman". */
static bool split_content_path(const char *path, char *dir, size_t dlen, char *set, size_t slen)
{
    char tmp[4096];
    snprintf(tmp, sizeof(tmp), "%s", path);
    size_t n = strlen(tmp);
    while (n > 1 && tmp[n - 1] == '/')
        tmp[--n] = '\0';
    char *slash = strrchr(tmp, '/');
    const char *base = slash ? slash + 1 : tmp;
    snprintf(set, slen, "%s", base);
    char *dot = strrchr(set, '.');
    if (dot && (!strcasecmp(dot, ".zip") || !strcasecmp(dot, ".7z")))
        *dot = '\0';
    if (slash == tmp)
        snprintf(dir, dlen, "/");
    else if (slash) {
        *slash = '\0';
        snprintf(dir, dlen, "%s", tmp);
    } else
        snprintf(dir, dlen, ".");
    return *set != '\0';
}

/* The audit's text (MAME's launch messages), one message per line. */
static void report_lines(const char *text, bool fatal)
{
    char *copy = strdup(text), *save = NULL;
    if (!copy)
        return;
    for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
        lr_message(fatal ? RETRO_LOG_ERROR : RETRO_LOG_WARN, 600, "%s", line);
    free(copy);
}

static int audit_to_messages(const hashdb_t *db, const char *set, const char *rompath, region_list *regions)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out)
        return AUDIT_EXIT_FATAL;
    int rc = audit_launch(out, db, set, rompath, regions);
    fclose(out);
    if (len)
        report_lines(text, rc != 0);
    free(text);
    return rc;
}

/* Writes the bundled ROMs to <tmp>/<set>/; the temporary root in `root`. */
static bool unpack_bundled(char *root, size_t rlen)
{
    const char *tmpdir = getenv("TMPDIR");
    snprintf(root, rlen, "%s/cabinet-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
    if (!mkdtemp(root))
        return false;
    char dir[4200], path[4400], err[256];
    snprintf(dir, sizeof(dir), "%s/%s", root, LR_BUNDLED_SYSTEM);
    if (make_dirs(dir))
        return false;
    for (size_t i = 0; i < lr_bundled_count; i++) {
        snprintf(path, sizeof(path), "%s/%s", dir, lr_bundled_files[i].name);
        if (file_write_atomic(path, lr_bundled_files[i].data, lr_bundled_files[i].size, err, sizeof(err)))
            return false;
    }
    return true;
}

static void remove_bundled(const char *root)
{
    char dir[4200], path[4400];
    snprintf(dir, sizeof(dir), "%s/%s", root, LR_BUNDLED_SYSTEM);
    for (size_t i = 0; i < lr_bundled_count; i++) {
        snprintf(path, sizeof(path), "%s/%s", dir, lr_bundled_files[i].name);
        unlink(path);
    }
    rmdir(dir);
    rmdir(root);
}

static void load_samples(lr_core *c, const char *content_dir, const char *system_dir)
{
    char samplepath[8400];
    snprintf(samplepath, sizeof(samplepath), "%s;%s/cabinet/samples", content_dir ? content_dir : ".",
             system_dir ? system_dir : ".");
    char *text = NULL;
    size_t len = 0;
    FILE *notice = open_memstream(&text, &len);
    c->samples = samples_load_machine(c->m, samplepath, notice ? notice : stderr);
    if (notice) {
        fclose(notice);
        if (len)
            report_lines(text, false);
        free(text);
    }
}

static bool create_machine(lr_core *c, const hashdb_t *db, const char *set, const char *rompath)
{
    const game_driver *drv = driver_find(set);
    if (!drv) {
        lr_message(RETRO_LOG_ERROR, 600, "Cabinet: \"%s\" is not a system this core runs", set);
        return false;
    }
    region_list regions = { 0 };
    if (audit_to_messages(db, drv->name, rompath, &regions)) {
        region_list_free(&regions);
        return false;
    }
    char err[512];
    c->m = machine_create(drv, &regions, LR_SAMPLE_RATE, err, sizeof(err));
    if (!c->m) {
        region_list_free(&regions);
        lr_message(RETRO_LOG_ERROR, 600, "Cabinet: %s: %s", drv->name, err);
        return false;
    }
    machine_set_sound_thread(c->m, sysconf(_SC_NPROCESSORS_ONLN) > 1);
    c->drv = drv;
    return true;
}

bool lr_load(lr_core *c, const char *path, const char *system_dir)
{
    char dir[4096], set[256], err[512];
    hashdb_t *db = hashdb_load_builtin(err, sizeof(err));
    if (!db) {
        lr_message(RETRO_LOG_ERROR, 600, "Cabinet: hash files: %s", err);
        return false;
    }
    bool ok;
    if (path) {
        size_t n = strlen(path);
        if (n > 3 && !strcasecmp(path + n - 3, ".7z")) {
            lr_message(RETRO_LOG_ERROR, 600, "Cabinet: 7z sets are not supported yet; use a zip or a folder");
            hashdb_free(db);
            return false;
        }
        ok = split_content_path(path, dir, sizeof(dir), set, sizeof(set)) && create_machine(c, db, set, dir);
        if (ok) {
            load_samples(c, dir, system_dir);
            lr_artwork_load(c, dir, system_dir);
        }
    } else if (!lr_bundled_count) {
        lr_message(RETRO_LOG_ERROR, 600, "Cabinet: this build has no bundled game; load a set's zip");
        ok = false;
    } else {
        ok = unpack_bundled(dir, sizeof(dir));
        if (!ok)
            lr_message(RETRO_LOG_ERROR, 600, "Cabinet: cannot unpack the bundled game into %s", dir);
        else
            ok = create_machine(c, db, LR_BUNDLED_SYSTEM, dir);
        remove_bundled(dir);
        if (ok)
            lr_artwork_load(c, NULL, system_dir);
    }
    hashdb_free(db);
    return ok;
}
