#include "frontend/sdl/slots.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend/runner.h"
#include "util/fileio.h"
#include "util/png.h"

#define STATE_MAX_BYTES (64u << 20)

static int slot_path(machine_t *m, const options *o, char key, char *path, size_t len)
{
    char dir[4096];
    snprintf(dir, sizeof(dir), "%s/%s", o->state_directory, m->driver->name);
    snprintf(path, len, "%s/%c.sta", dir, key);
    return make_dirs(dir);
}

int slot_save(machine_t *m, const options *o, char key, char *msg, size_t len)
{
    char path[4200], err[256];
    u8 *buf;
    size_t n;
    if (slot_path(m, o, key, path, sizeof(path))) {
        snprintf(msg, len, "Cannot create %s/%s", o->state_directory, m->driver->name);
        return -1;
    }
    if (machine_save_state(m, &buf, &n)) {
        snprintf(msg, len, "This machine cannot save its state");
        return -1;
    }
    int rc = file_write_atomic(path, buf, n, err, sizeof(err));
    free(buf);
    if (rc)
        snprintf(msg, len, "Save failed: %s", err);
    else
        snprintf(msg, len, "State saved to slot %c", key);
    return rc;
}

int slot_load(machine_t *m, const options *o, char key, char *msg, size_t len)
{
    char path[4200], err[256];
    u8 *buf;
    size_t n;
    slot_path(m, o, key, path, sizeof(path));
    if (access(path, R_OK) != 0) {
        snprintf(msg, len, "No state in slot %c", key);
        return -1;
    }
    if (file_read_all(path, &buf, &n, STATE_MAX_BYTES, err, sizeof(err))) {
        snprintf(msg, len, "Load failed: %s", err);
        return -1;
    }
    int rc = machine_load_state(m, buf, n, err, sizeof(err));
    free(buf);
    if (rc)
        snprintf(msg, len, "Slot %c not loaded: %s", key, err);
    else
        snprintf(msg, len, "State loaded from slot %c (frame %llu)", key, (unsigned long long)m->frame_number);
    return rc;
}

int snapshot_save(machine_t *m, const options *o, const u32 *pic, int w, int h, char *msg, size_t len)
{
    char dir[4096], path[4200], err[256];
    snprintf(dir, sizeof(dir), "%s/%s", o->snapshot_directory, m->driver->name);
    if (make_dirs(dir)) {
        snprintf(msg, len, "Cannot create %s", dir);
        return -1;
    }
    for (int i = 0; i < 10000; i++) {
        snprintf(path, sizeof(path), "%s/%04d.png", dir, i);
        if (access(path, F_OK) == 0)
            continue;
        bool view = pic && !(o->snapview && (!strcmp(o->snapview, "native") || !strcmp(o->snapview, "internal")));
        if (view ? write_sized_png(path, pic, w, h, o, err, sizeof(err)) : write_snapshot(m, o, path, err, sizeof(err))) {
            snprintf(msg, len, "Snapshot failed: %s", err);
            return -1;
        }
        snprintf(msg, len, "Saved %s (frame %llu)", path, (unsigned long long)m->frame_number);
        return 0;
    }
    snprintf(msg, len, "No free snapshot name in %s", dir);
    return -1;
}
