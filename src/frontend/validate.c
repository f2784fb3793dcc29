/* -validate: every driver is checked against its hash-file entry and its own
   static data, so a driver and its ROM facts cannot drift apart unseen. */
#include <stdio.h>
#include <string.h>

#include "drivers/drivers.h"
#include "frontend/audit.h"
#include "frontend/validate.h"

static int problem(FILE *out, const game_driver *d, const char *what, const char *detail)
{
    fprintf(out, "Driver %s (file %s): %s%s%s\n", d->name, d->source_file ? d->source_file : "?", what,
            detail ? ": " : "", detail ? detail : "");
    return 1;
}

static bool region_declared(const hashdb_t *db, const rom_set_t *set, const char *name, u32 need)
{
    const rom_set_t *owner = hashdb_region_owner(db, set);
    const rom_region_t *r = owner ? hashdb_find_region(owner, name) : NULL;
    return r && r->size >= need;
}

static bool port_declared(const game_driver *d, const char *tag)
{
    for (const input_def *i = d->inputs; i && i->kind != INK_END; i++)
        if (i->kind == INK_PORT && tag && !strcmp(i->name, tag))
            return true;
    return false;
}

static bool chip_declared(const game_driver *d, const char *tag)
{
    for (const device_config *dc = d->config->devices; dc && dc->tag; dc++)
        if (!dc->cpu && tag && !strcmp(dc->tag, tag))
            return true;
    return false;
}

/* Entries naming an input port or a device by tag (resolved at start). */
static int check_map_tags(FILE *out, const game_driver *d, const mem_map_entry *e)
{
    if (e->kind == MAP_KIND_PORT && !port_declared(d, e->region))
        return problem(out, d, "memory map reads an input port the driver does not declare", e->region);
    if (e->kind == MAP_KIND_DEVICE && !chip_declared(d, e->region))
        return problem(out, d, "memory map names a device the driver does not list", e->region);
    return 0;
}

/* Tags are unique; the machine's limits hold. */
static int check_devices(FILE *out, const game_driver *d)
{
    int bad = 0, cpus = 0, devices = 0;
    for (const device_config *dc = d->config->devices; dc && dc->tag; dc++) {
        cpus += dc->cpu != NULL;
        devices++;
        for (const device_config *o = d->config->devices; o != dc; o++)
            if (!strcmp(o->tag, dc->tag))
                bad += problem(out, d, "device tag is used twice", dc->tag);
    }
    if (cpus > MAX_CPUS)
        bad += problem(out, d, "more CPUs than a machine holds", NULL);
    if (devices > MAX_DEVICES)
        bad += problem(out, d, "more devices than a machine holds", NULL);
    return bad;
}

static int check_maps(FILE *out, const hashdb_t *db, const rom_set_t *set, const game_driver *d)
{
    int bad = 0;
    for (const device_config *dc = d->config->devices; dc && dc->tag; dc++) {
        if (!dc->cpu)
            continue;
        const cpu_params *p = dc->params;
        const mem_map_entry *maps[] = { p->program, p->io, p->opcodes };
        for (size_t i = 0; i < ARRAY_LEN(maps); i++)
            for (const mem_map_entry *e = maps[i]; e && e->kind != MAP_KIND_END; e++) {
                if ((e->kind == MAP_KIND_ROM || e->kind == MAP_KIND_RGN_RAM) &&
                    !region_declared(db, set, e->region, e->region_offset + (e->end - e->start) + 1))
                    bad += problem(out, d, "memory map uses a region the hash file lacks or is too small", e->region);
                bad += check_map_tags(out, d, e);
            }
    }
    for (const gfx_decode_entry *g = d->config->video.gfx; g && g->layout; g++)
        if (!region_declared(db, set, g->region, g->offset + 1))
            bad += problem(out, d, "gfx decode uses a region the hash file lacks", g->region);
    return bad;
}

static int check_inputs(FILE *out, const game_driver *d)
{
    int bad = 0;
    const input_def *dip = NULL;
    bool default_found = true;
    for (const input_def *i = d->inputs;; i++) {
        bool end = !i || i->kind == INK_END;
        if ((end || i->kind == INK_DIPNAME) && dip && !default_found)
            bad += problem(out, d, "DIP switch default is not one of its settings", dip->name);
        if (end)
            break;
        if (i->kind == INK_DIPNAME) {
            dip = i;
            default_found = false;
        } else if (i->kind == INK_DIPSETTING && dip) {
            default_found |= i->value == dip->value;
        } else if (i->kind == INK_PORT || i->kind == INK_BIT) {
            if (dip && !default_found)
                bad += problem(out, d, "DIP switch default is not one of its settings", dip->name);
            dip = NULL;
            default_found = true;
        }
    }
    return bad;
}

/* Every sound device has routes, to a speaker side, from an output that can
   exist, through valid filter stages (start() checks the output count). */
static int check_sound(FILE *out, const game_driver *d)
{
    int bad = 0;
    for (const device_config *dc = d->config->devices; dc && dc->tag; dc++) {
        if (!dc->type || !dc->type->sound_update)
            continue;
        if (!dc->routes || !dc->routes->target)
            bad += problem(out, d, "sound device without a route", dc->tag);
        for (const sound_route *r = dc->routes; r && r->target; r++) {
            if (r->target > SPEAKER_BOTH || r->output < ALL_OUTPUTS || r->output >= SOUND_MAX_OUTPUTS)
                bad += problem(out, d, "sound route to no speaker or from no output", dc->tag);
            for (int i = 0; i < ROUTE_MAX_FILTERS; i++)
                if (!rc_filter_valid(&r->filter[i]) ||
                    (i && r->filter[i].type != RC_NONE && r->filter[i - 1].type == RC_NONE))
                    bad += problem(out, d, "sound route with an invalid filter stage", dc->tag);
        }
    }
    return bad;
}

static int validate_driver(FILE *out, const hashdb_t *db, const game_driver *d)
{
    int bad = 0;
    char err[512];
    const rom_set_t *set = hashdb_find(db, d->name);
    if (!set)
        return problem(out, d, "no entry in the hash files", NULL);
    if (d->parent && !driver_find(d->parent))
        bad += problem(out, d, "parent is not a known driver", d->parent);
    if ((d->parent == NULL) != (set->cloneof == NULL) || (d->parent && strcmp(d->parent, set->cloneof)))
        bad += problem(out, d, "parent differs from the hash file's cloneof", set->cloneof);
    if (hashdb_check_set(db, set, err, sizeof(err)))
        bad += problem(out, d, "hash file", err);
    for (const game_driver *const *o = driver_list; *o; o++)
        if (*o != d && !strcmp((*o)->name, d->name))
            bad += problem(out, d, "name is used twice", NULL);
    return bad + check_maps(out, db, set, d) + check_inputs(out, d) + check_sound(out, d) + check_devices(out, d);
}

int validate_drivers(FILE *out, FILE *err, const hashdb_t *db, const char *pattern)
{
    int bad = 0, count = 0;
    for (const game_driver *const *d = driver_list; *d; d++) {
        if (pattern && !audit_wildmatch(pattern, (*d)->name))
            continue;
        count++;
        bad += validate_driver(out, db, *d);
    }
    if (pattern && count == 0) {
        fprintf(err, "No matching systems found for '%s'\n", pattern);
        return 5;
    }
    if (bad) {
        fprintf(out, "%d validity problem%s found in %d driver%s\n", bad, bad == 1 ? "" : "s", count,
                count == 1 ? "" : "s");
        return 1;
    }
    fprintf(out, "%d driver%s validated, no problems found\n", count, count == 1 ? "" : "s");
    return 0;
}
