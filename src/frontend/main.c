/* cabinet [system] [options]: MAME's command line, front-end commands and
   exit codes, running a system headless or in a window. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

#include "drivers/drivers.h"
#include "emu/romload.h"
#include "frontend/artwork.h"
#include "frontend/audit.h"
#include "frontend/debug/dbg.h"
#include "frontend/launcher.h"
#include "frontend/listdevices.h"
#include "frontend/listinfo.h"
#include "frontend/runner.h"
#include "frontend/samples_cmd.h"
#include "frontend/samples_load.h"
#include "frontend/selectlist.h"
#include "frontend/statefile.h"
#include "frontend/validate.h"
#include "util/fileio.h"
#include "version.h"

/* What `cabinet` with no system name starts: the bundled homebrew game. */
#ifndef CABINET_DEFAULT_SYSTEM
#define CABINET_DEFAULT_SYSTEM "cabpac"
#endif

static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63)
        return 99;
    size_t row[64];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t best = diag + cost;
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

static void suggest_systems(FILE *out, const char *name)
{
    fprintf(out, "Unknown system '%s'\n\n\"%s\" approximately matches the following\n"
                 "supported machines (best match first):\n\n", name, name);
    for (size_t dist = 0, shown = 0; dist <= 4 && shown < 10; dist++)
        for (const game_driver *const *d = driver_list; *d && shown < 10; d++)
            if (edit_distance(name, (*d)->name) == dist) {
                fprintf(out, "%-16s%s\n", (*d)->name, (*d)->description);
                shown++;
            }
}

static hashdb_t *load_hashes(const options *o)
{
    char err[512];
    hashdb_t *db = o->hashpath ? hashdb_load_dir(o->hashpath, err, sizeof(err)) : hashdb_load_builtin(err, sizeof(err));
    if (!db)
        fprintf(stderr, "%s\n", err);
    return db;
}

static bool want_headless(const options *o)
{
    return !strcmp(o->video, "none");
}

/* -log: messages go to error.log in the current folder, as in MAME. */
static void log_to_file(void *ctx, const char *msg)
{
    fprintf((FILE *)ctx, "%s\n", msg);
}

/* No display: run headless instead. Without a time limit that would run
   forever unseen, so a plain `cabinet` runs a while and leaves snapshots. */
static int run_fallback(machine_t *m, const options *o)
{
    options h = *o;
    if (!h.seconds_to_run) {
        h.seconds_to_run = 10;
        h.throttle = false;
        if (!h.snapframes)
            h.snapframes = "60,300,600";
    }
    fprintf(stderr, "No display available (DISPLAY/WAYLAND_DISPLAY unset or unusable): running %s headless for %d "
                    "emulated seconds, snapshots in %s/%s/\n",
            m->driver->name, h.seconds_to_run, h.snapshot_directory, m->driver->name);
    return run_headless(m, &h);
}

/* -autosave: STATE_DIR/<system>/auto.sta, as MAME names it. */
static void autosave_path(const machine_t *m, const options *o, char *path, size_t n)
{
    snprintf(path, n, "%s/%s/auto.sta", o->state_directory, m->driver->name);
}

static void autosave_restore(machine_t *m, const options *o)
{
    char path[4200], err[600];
    autosave_path(m, o, path, sizeof(path));
    if (!o->state && access(path, R_OK) == 0 && state_file_load(m, path, err, sizeof(err)))
        fprintf(stderr, "%s; starting afresh\n", err);
}

static int autosave_write(machine_t *m, const options *o)
{
    char path[4200], dir[4200], err[600];
    autosave_path(m, o, path, sizeof(path));
    snprintf(dir, sizeof(dir), "%s/%s", o->state_directory, m->driver->name);
    if (make_dirs(dir)) {
        fprintf(stderr, "%s: cannot create folder: %s\n", dir, strerror(errno));
        return EXIT_FATAL;
    }
    if (state_file_save(m, path, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_FATAL;
    }
    return EXIT_OK;
}

static int run_machine(machine_t *m, const options *o)
{
    if (want_headless(o))
        return run_headless(m, o);
    int rc = run_window(m, o);
    return rc < 0 ? run_fallback(m, o) : rc;
}

/* The launch audit; in a window its report is also shown there (red, and
   the run ends) or kept for the start-up information (wrong checksums). */
static int launch_audit(const options *o, const hashdb_t *db, const char *name, region_list *regions,
                        bool from_list)
{
    if (want_headless(o))
        return audit_launch(stderr, db, name, o->rompath, regions);
    char *text = NULL;
    size_t n = 0;
    FILE *mem = open_memstream(&text, &n);
    if (!mem)
        return audit_launch(stderr, db, name, o->rompath, regions);
    int rc = audit_launch(mem, db, name, o->rompath, regions);
    fclose(mem);
    fputs(text, stderr);
    if (rc && !from_list && text[0])
        launch_report_window(o, name, text);
    gameinfo_set_audit(rc == 0 && text[0] ? text : NULL);
    free(text);
    return rc;
}

static int run_named(const options *o, const hashdb_t *db, const char *name, bool from_list)
{
    if (!name) {
        options_print_usage(stdout);
        return EXIT_OK;
    }
    const game_driver *drv = driver_find(name);
    if (!drv) {
        suggest_systems(stderr, name);
        return EXIT_NO_SUCH_SYSTEM;
    }
    region_list regions = { 0 };
    int rc = launch_audit(o, db, drv->name, &regions, from_list);
    if (rc) {
        region_list_free(&regions);
        return rc;
    }
    char err[512];
    machine_t *m = machine_create(drv, &regions, (u32)o->samplerate, err, sizeof(err));
    if (!m) {
        region_list_free(&regions);
        fprintf(stderr, "Fatal error: %s\n", err);
        return EXIT_FATAL;
    }
    FILE *log = o->log ? fopen("error.log", "w") : NULL;
    if (o->log && !log)
        fprintf(stderr, "error.log: cannot create; continuing without a log\n");
    if (log)
        machine_set_log(m, log_to_file, log);
    machine_samples *samples = o->samples ? samples_load_machine(m, o->samplepath, stderr) : NULL;
    snapshot_artwork_hook = artwork_snapshot;
    if (o->autosave)
        autosave_restore(m, o);
    debugger *dbg = dbg_attach(m, o, &rc);
    /* with a debugger, everything is where it stopped, on one thread */
    machine_set_sound_thread(m, o->sound_thread && !dbg && sysconf(_SC_NPROCESSORS_ONLN) > 1);
    if (rc == 0)
        rc = run_machine(m, o);
    dbg_detach(dbg);
    if (o->autosave && (rc == EXIT_OK || rc == RUN_SELECT_NEW)) {
        int sv = autosave_write(m, o);
        rc = sv ? sv : rc;
    }
    if (o->writeconfig && rc == EXIT_OK) {
        char ini[64];
        snprintf(ini, sizeof(ini), "%s.ini", drv->name);
        rc = options_write_ini(o, ini, stdout, stderr);
    }
    machine_destroy(m);
    machine_samples_free(samples);
    if (log)
        fclose(log);
    return rc;
}

/* A bare `cabinet` in a window opens the system list (the bundled game
   first) when some other set has files here; with none it starts the
   bundled game, as headless runs always do. */
static bool want_list(const options *o, const hashdb_t *db)
{
    if (o->system || want_headless(o))
        return false;
    sel_list l;
    if (sel_build(&l, driver_list, CABINET_DEFAULT_SYSTEM))
        return false;
    sel_audit(&l, db, o->rompath);
    bool any = sel_any_found(&l);
    sel_free(&l);
    return any;
}

/* The system named (or the bundled one), or the one chosen in the list;
   "Select New System" in the game's menu comes back to the list. */
static int run_system(const options *o, const hashdb_t *db)
{
    char chosen[64];
    bool listed = want_list(o, db);
    const char *name = o->system ? o->system : CABINET_DEFAULT_SYSTEM;
    for (;;) {
        if (listed) {
            int s = select_system_window(o, db, CABINET_DEFAULT_SYSTEM, chosen, sizeof(chosen));
            if (s == 1)
                return EXIT_OK;
            name = s == 0 ? chosen : CABINET_DEFAULT_SYSTEM;
        }
        int rc = run_named(o, db, name, listed);
        if (rc != RUN_SELECT_NEW)
            return rc;
        listed = true;
    }
}

/* The command's single argument, or NULL (commands taking at most one). */
static const char *first_arg(const options *o)
{
    return o->nargs ? o->args[0] : NULL;
}

/* The commands that need the hash files, and running a system. */
static int run_with_hashes(const options *o, const hashdb_t *db)
{
    name_patterns p = { o->args, o->nargs };
    switch (o->cmd) {
    case CMD_LISTXML: return list_xml(stdout, stderr, db, p, o->dtd);
    case CMD_LISTROMS: return audit_listroms(stdout, stderr, db, p);
    case CMD_LISTCRC: return audit_listcrc(stdout, stderr, db, p);
    case CMD_VERIFYROMS: return audit_verifyroms(stdout, stderr, db, p, o->rompath);
    case CMD_ROMIDENT: return audit_romident(stdout, stderr, db, first_arg(o));
    case CMD_VALIDATE: return validate_drivers(stdout, stderr, db, first_arg(o));
    case CMD_LISTSAMPLES: return samples_list(stdout, stderr, driver_list, first_arg(o));
    case CMD_VERIFYSAMPLES: return samples_verify(stdout, stderr, driver_list, first_arg(o), o->samplepath);
    default: return run_system(o, db);
    }
}

int main(int argc, char **argv)
{
    options o;
    int rc = options_parse(&o, argc, argv, stderr);
    if (rc)
        return rc;
    if (!options_args_ok(&o, stdout, stderr))
        return EXIT_OK;
    if (o.verbose)
        options_note_unused(&o, stderr);
    /* listings interleave stdout and stderr lines (a summary or "not found"
       after the rows): keep that order when both go to one file or pipe */
    if (o.cmd != CMD_RUN)
        setvbuf(stdout, NULL, _IOLBF, 0);
    name_patterns p = { o.args, o.nargs };
    switch (o.cmd) {
    case CMD_HELP:
        printf("Cabinet %s, a multi-machine arcade emulator\n\n", CABINET_VERSION);
        printf("Usage: cabinet [system] [options]   (cabinet -showusage lists the options)\n");
        return EXIT_OK;
    case CMD_SHOWUSAGE:
        options_print_usage(stdout);
        return EXIT_OK;
    case CMD_VERSION:
        printf("%s (cabinet)\n", CABINET_VERSION);
        return EXIT_OK;
    case CMD_LISTFULL:
        return list_full(stdout, stderr, p);
    case CMD_LISTSOURCE:
        return list_source(stdout, stderr, p);
    case CMD_LISTCLONES:
        return list_clones(stdout, stderr, first_arg(&o));
    case CMD_LISTBROTHERS:
        return list_brothers(stdout, stderr, first_arg(&o));
    case CMD_LISTDEVICES:
        return list_devices(stdout, stderr, first_arg(&o));
    case CMD_LISTSLOTS:
        return list_slots(stdout, stderr, first_arg(&o));
    case CMD_LISTMEDIA:
        return list_media(stdout, stderr, first_arg(&o));
    case CMD_LISTSOFTWARE:
    case CMD_VERIFYSOFTWARE:
    case CMD_GETSOFTLIST:
    case CMD_VERIFYSOFTLIST:
        return list_software(stdout, stderr, o.cmd, first_arg(&o));
    case CMD_CREATECONFIG:
        return options_write_ini(&o, "cabinet.ini", stdout, stderr);
    case CMD_TRACEDUMP:
        return dbg_tracedump(o.args[0], stdout, stderr);
    case CMD_SHOWCONFIG:
        options_show_config(&o, stdout);
        return EXIT_OK;
    default:
        break;
    }
    hashdb_t *db = load_hashes(&o);
    if (!db)
        return EXIT_FATAL;
    rc = run_with_hashes(&o, db);
    hashdb_free(db);
    return rc;
}
