#include "frontend/listinfo.h"

#include <stdlib.h>
#include <string.h>

#include "drivers/drivers.h"
#include "frontend/audit.h"
#include "frontend/listxml_devices.h"
#include "frontend/listxml_dtd.h"
#include "frontend/options.h"
#include "sound/samples.h"
#include "util/hash.h"
#include "version.h"

static bool matches(const char *pattern, const game_driver *d)
{
    return !pattern || audit_wildmatch(pattern, d->name);
}

/* The first pattern matching no system, or NULL. */
static const char *unmatched(name_patterns p)
{
    for (int i = 0; i < p.n; i++) {
        const game_driver *const *d = driver_list;
        while (*d && !audit_wildmatch(p.v[i], (*d)->name))
            d++;
        if (!*d)
            return p.v[i];
    }
    return NULL;
}

static int report_unmatched(FILE *err, name_patterns p, const char *what)
{
    const char *miss = unmatched(p);
    if (!miss)
        return EXIT_OK;
    fprintf(err, "No matching %s found for '%s'\n", what, miss);
    return EXIT_NO_SUCH_SYSTEM;
}

static void xml_text(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        default: fputc(*s, out); break;
        }
    }
}

static void xml_attr(FILE *out, const char *name, const char *value)
{
    if (!value)
        return;
    fprintf(out, " %s=\"", name);
    xml_text(out, value);
    fputc('"', out);
}

static void xml_element(FILE *out, const char *name, const char *text)
{
    fprintf(out, "\t\t<%s>", name);
    xml_text(out, text);
    fprintf(out, "</%s>\n", name);
}

/* The parent set's file with the same CRC, for merge= on a clone's rom. */
static const char *merge_name(const hashdb_t *db, const rom_set_t *set, const rom_entry_t *rom)
{
    if (rom->merge)
        return rom->merge;
    /* A hostile hash folder can make the clone chain loop: a bounded walk
       (launches and -validate report the loop). */
    int depth = 0;
    for (const rom_set_t *p = hashdb_parent(db, set); p && rom->has_crc && depth < 16; p = hashdb_parent(db, p), depth++)
        for (size_t i = 0; i < p->rom_count; i++)
            if (p->roms[i].has_crc && p->roms[i].crc == rom->crc && p->roms[i].name)
                return p->roms[i].name;
    return NULL;
}

static void xml_roms(FILE *out, const hashdb_t *db, const rom_set_t *set)
{
    for (size_t i = 0; set && i < set->rom_count; i++) {
        const rom_entry_t *r = &set->roms[i];
        if (!r->name)
            continue;
        char num[16];
        fputs("\t\t<rom", out);
        xml_attr(out, "name", r->name);
        xml_attr(out, "merge", merge_name(db, set, r));
        snprintf(num, sizeof(num), "%u", r->size);
        xml_attr(out, "size", num);
        if (r->has_crc) {
            snprintf(num, sizeof(num), "%08x", r->crc);
            xml_attr(out, "crc", num);
        }
        if (r->has_sha1) {
            char sha[HASH_SHA1_HEX];
            hash_format_sha1(r->sha1, sha);
            xml_attr(out, "sha1", sha);
        }
        xml_attr(out, "region", r->region);
        snprintf(num, sizeof(num), "%x", r->offset);
        xml_attr(out, "offset", num);
        xml_attr(out, "status", r->status == ROM_DUMP_BAD ? "baddump" : r->status == ROM_DUMP_NONE ? "nodump" : NULL);
        xml_attr(out, "optional", r->optional ? "yes" : NULL);
        fputs("/>\n", out);
    }
}

static void xml_speaker(FILE *out, const game_driver *d)
{
    fputs("\t\t<chip type=\"audio\"", out);
    xml_attr(out, "tag", d->config->speaker_tag);
    fputs(" name=\"Speaker\"/>\n", out);
}

/* CPUs and sound chips in device order, the speaker before the first sound
   chip as MAME adds it. */
static void xml_chips(FILE *out, const game_driver *d)
{
    bool speaker = d->config->speaker_tag != NULL;
    for (const device_config *dc = d->config->devices; dc && dc->tag; dc++) {
        bool audio = dc->type && dc->type->sound_update;
        if (!dc->cpu && !audio)
            continue;
        if (speaker && !dc->cpu) {
            xml_speaker(out, d);
            speaker = false;
        }
        fprintf(out, "\t\t<chip type=\"%s\" tag=\"", dc->cpu ? "cpu" : "audio");
        xml_text(out, dc->tag);
        fputs("\" name=\"", out);
        xml_text(out, dc->cpu ? dc->cpu->name : dc->type->name);
        if (dc->clock) /* MAME leaves it out for a chip without a clock */
            fprintf(out, "\" clock=\"%u", dc->clock);
        fputs("\"/>\n", out);
    }
    if (speaker)
        xml_speaker(out, d);
}

/* MAME counts speakers: one for a board whose routes all go to both sides,
   else left and right. */
static int sound_channels(const game_driver *d)
{
    int sides = 0;
    for (const device_config *dc = d->config->devices; dc && dc->tag; dc++)
        for (const sound_route *r = dc->type && dc->type->sound_update ? dc->routes : NULL; r && r->target; r++)
            sides |= r->target;
    return sides == SPEAKER_LEFT || sides == SPEAKER_RIGHT || sides == SPEAKER_BOTH ? 1 : sides ? 2 : 0;
}

static void xml_display(FILE *out, const game_driver *d)
{
    const screen_config *s = &d->config->screen;
    static const int rot[8] = { 0, 0, 0, 180, 270, 90, 270, 90 };
    u32 o = d->flags & ORIENT_MASK;
    u64 frame = (u64)s->htotal * s->vtotal;
    fprintf(out, "\t\t<display tag=\"screen\" type=\"raster\" rotate=\"%d\"%s width=\"%d\" height=\"%d\" "
                 "refresh=\"%.6f\" pixclock=\"%u\" htotal=\"%u\" hbend=\"%u\" hbstart=\"%u\" vtotal=\"%u\" "
                 "vbend=\"%u\" vbstart=\"%u\" />\n",
            o == ROT90 ? 90 : o == ROT270 ? 270 : o == ROT180 ? 180 : rot[o & 1],
            (o & (ORIENT_FLIP_X | ORIENT_FLIP_Y)) && o != ROT90 && o != ROT270 && o != ROT180 ? " flipx=\"yes\"" : "",
            s->hbstart - s->hbend, s->vbstart - s->vbend, (double)s->pixclock / (double)frame, s->pixclock,
            s->htotal, s->hbend, s->hbstart, s->vtotal, s->vbend, s->vbstart);
}

/* The widest trackball axis mask player p has, 0 for none. */
static u32 trackball_mask(const game_driver *d, int p)
{
    u32 mask = 0;
    for (const input_def *i = d->inputs; i && i->kind != INK_END; i++)
        if (i->kind == INK_BIT && i->player == p && (i->type == IPT_TRACKBALL_X || i->type == IPT_TRACKBALL_Y))
            mask |= i->mask;
    return mask;
}

/* Player p's paddle or analog stick (PORT_ANALOG), as MAME lists it: the
   first field's range and settings, reverse if any of its axes is. */
static void xml_absolute(FILE *out, const game_driver *d, int p, bool numbered, int buttons)
{
    const input_def *first = NULL;
    bool reverse = false;
    for (const input_def *i = d->inputs; i && i->kind != INK_END; i++)
        if (i->kind == INK_BIT && i->player == p && input_type_is_absolute(i->type)) {
            first = first ? first : i;
            reverse |= i->reverse;
        }
    if (!first)
        return;
    fprintf(out, "\t\t\t<control type=\"%s\"", first->type == IPT_PADDLE ? "paddle" : "stick");
    if (numbered)
        fprintf(out, " player=\"%d\"", p);
    if (buttons)
        fprintf(out, " buttons=\"%d\"", buttons);
    fprintf(out, " minimum=\"%u\" maximum=\"%u\" sensitivity=\"%u\" keydelta=\"%u\" reverse=\"%s\"/>\n",
            first->amin, first->amax, first->sensitivity, first->keydelta, reverse ? "yes" : "no");
}

/* Player p's positional control (IPT_POSITIONAL/_V), the first one's
   settings: MAME lists the number of positions as the maximum. */
static const input_def *positional_of(const game_driver *d, int p)
{
    for (const input_def *i = d->inputs; i && i->kind != INK_END; i++)
        if (i->kind == INK_BIT && i->player == p && input_type_is_positional(i->type))
            return i;
    return NULL;
}

static void xml_positional(FILE *out, const input_def *i, int p, bool numbered, int buttons)
{
    fputs("\t\t\t<control type=\"positional\"", out);
    if (numbered)
        fprintf(out, " player=\"%d\"", p);
    if (buttons)
        fprintf(out, " buttons=\"%d\"", buttons);
    fprintf(out, " minimum=\"0\" maximum=\"%u\" sensitivity=\"%u\" keydelta=\"%u\"/>\n", i->amax, i->sensitivity,
            i->keydelta);
}

/* Player p's joystick, then trackball, paddle or analog stick, as MAME
   orders them; MAME numbers players only when there are several. A
   positional control takes the buttons from a joystick (as MAME 0.251
   lists Gun Fight's and Boot Hill's). */
static void xml_controls(FILE *out, const game_driver *d, int p, bool numbered, bool joy, bool doublejoy,
                         int buttons)
{
    u8 ways = d->config->joy_ways ? d->config->joy_ways : 4;
    const input_def *pos = positional_of(d, p);
    int joy_buttons = pos ? 0 : buttons;
    if (doublejoy) {
        fputs("\t\t\t<control type=\"doublejoy\"", out);
        if (numbered)
            fprintf(out, " player=\"%d\"", p);
        if (buttons)
            fprintf(out, " buttons=\"%d\"", buttons);
        fprintf(out, " ways=\"%d\" ways2=\"%d\"/>\n", ways, ways);
    }
    if (joy) {
        fputs("\t\t\t<control type=\"joy\"", out);
        if (numbered)
            fprintf(out, " player=\"%d\"", p);
        if (joy_buttons)
            fprintf(out, " buttons=\"%d\"", joy_buttons);
        fprintf(out, " ways=\"%d\"/>\n", d->config->joy_ways ? d->config->joy_ways : 4);
    }
    u32 mask = trackball_mask(d, p);
    if (mask) {
        fputs("\t\t\t<control type=\"trackball\"", out);
        if (numbered)
            fprintf(out, " player=\"%d\"", p);
        if (buttons && !joy && !doublejoy)
            fprintf(out, " buttons=\"%d\"", buttons);
        fprintf(out, " minimum=\"0\" maximum=\"%u\" sensitivity=\"%u\" keydelta=\"%u\"%s/>\n", mask,
                d->config->trackball.sensitivity, d->config->trackball.keydelta,
                d->config->trackball.reverse ? " reverse=\"yes\"" : "");
    }
    xml_absolute(out, d, p, numbered, joy || doublejoy || mask ? 0 : buttons);
    if (pos)
        xml_positional(out, pos, p, numbered, buttons);
}

static void xml_inputs(FILE *out, const game_driver *d)
{
    int players = 0, coins = 0, buttons = 0;
    bool tilt = false, service = false, joy = false, doublejoy = false;
    for (const input_def *i = d->inputs; i && i->kind != INK_END; i++) {
        if (i->kind != INK_BIT)
            continue;
        bool dj = i->type >= IPT_JOYSTICKLEFT_UP && i->type <= IPT_JOYSTICKRIGHT_RIGHT;
        if (i->player > players && ((i->type >= IPT_JOYSTICK_UP && i->type <= IPT_START4) || dj))
            players = i->player;
        doublejoy |= dj;
        if (i->type >= IPT_COIN1 && i->type <= IPT_COIN4 && i->type - IPT_COIN1 + 1 > coins)
            coins = i->type - IPT_COIN1 + 1;
        if (i->type >= IPT_BUTTON1 && i->type <= IPT_BUTTON4 && i->type - IPT_BUTTON1 + 1 > buttons)
            buttons = i->type - IPT_BUTTON1 + 1;
        joy |= i->type >= IPT_JOYSTICK_UP && i->type <= IPT_JOYSTICK_RIGHT;
        tilt |= i->type == IPT_TILT;
        service |= i->type == IPT_SERVICE;
    }
    /* service="yes" is for the IPT_SERVICE key; the Service Mode switch
       (IPT_SERVICE_MODE) is listed as a dipswitch, as MAME does. */
    fprintf(out, "\t\t<input players=\"%d\"", players ? players : 1);
    if (coins)
        fprintf(out, " coins=\"%d\"", coins);
    if (service)
        fputs(" service=\"yes\"", out);
    if (tilt)
        fputs(" tilt=\"yes\"", out);
    fputs(">\n", out);
    for (int p = 1; p <= (players ? players : 1); p++)
        xml_controls(out, d, p, players > 1, joy, doublejoy, buttons);
    fputs("\t\t</input>\n", out);
}


/* A switch setting as MAME lists it: a DIP switch, a configuration setting
   or the Service Mode switch, at the port it belongs to. */
typedef struct switch_field {
    const char *port;
    const input_def *def; /* the DIPNAME, or the SERVICE_MODE bit */
    bool config;
} switch_field;

/* MAME keeps ports sorted by tag and a port's fields by mask. */
static int switch_order(const void *a, const void *b)
{
    const switch_field *x = a, *y = b;
    int c = strcmp(x->port ? x->port : "", y->port ? y->port : "");
    if (c)
        return c;
    if (x->def->mask != y->def->mask)
        return x->def->mask < y->def->mask ? -1 : 1;
    return x->def < y->def ? -1 : x->def > y->def;
}

static int collect_switches(const game_driver *d, switch_field *f, int max)
{
    const char *port = NULL;
    int n = 0;
    for (const input_def *i = d->inputs; i && i->kind != INK_END && n < max; i++) {
        if (i->kind == INK_PORT)
            port = i->name;
        else if (i->kind == INK_DIPNAME)
            f[n++] = (switch_field){ port, i, i->player == PORT_CONF_MARK };
        else if (i->kind == INK_BIT && i->type == IPT_SERVICE_MODE)
            f[n++] = (switch_field){ port, i, false };
    }
    qsort(f, (size_t)n, sizeof(*f), switch_order);
    return n;
}

/* "SW1:1,!2" -> one location element per switch. */
static void xml_locations(FILE *out, const char *elem, const char *loc)
{
    const char *colon = strchr(loc, ':');
    size_t sw = colon ? (size_t)(colon - loc) : 0;
    for (const char *p = colon ? colon + 1 : loc; *p;) {
        int num = 0;
        bool inverted = *p == '!';
        p += inverted;
        while (*p >= '0' && *p <= '9')
            num = num * 10 + (*p++ - '0');
        fprintf(out, "\t\t\t<%s name=\"%.*s\" number=\"%d\"%s/>\n", elem, (int)sw, loc, num,
                inverted ? " inverted=\"yes\"" : "");
        if (*p != ',')
            break;
        p++;
    }
}

static void xml_switch(FILE *out, const switch_field *f)
{
    const char *elem = f->config ? "configuration" : "dipswitch";
    const char *setting = f->config ? "confsetting" : "dipvalue";
    const input_def *n = f->def;
    fprintf(out, "\t\t<%s", elem);
    xml_attr(out, "name", n->kind == INK_BIT ? "Service Mode" : n->name);
    xml_attr(out, "tag", f->port);
    fprintf(out, " mask=\"%u\">\n", n->mask);
    if (n->kind == INK_BIT) { /* MAME's PORT_SERVICE: Off is the default */
        fprintf(out, "\t\t\t<%s name=\"Off\" value=\"%u\" default=\"yes\"/>\n", setting, n->value & n->mask);
        fprintf(out, "\t\t\t<%s name=\"On\" value=\"%u\"/>\n", setting, ~n->value & n->mask);
    } else {
        for (const input_def *i = n + 1; i->kind == INK_DIPSETTING || i->kind == INK_DIPLOCATION; i++)
            if (i->kind == INK_DIPLOCATION && i->name)
                xml_locations(out, f->config ? "conflocation" : "diplocation", i->name);
        for (const input_def *i = n + 1; i->kind == INK_DIPSETTING || i->kind == INK_DIPLOCATION; i++) {
            if (i->kind != INK_DIPSETTING)
                continue;
            fprintf(out, "\t\t\t<%s", setting);
            xml_attr(out, "name", i->name);
            fprintf(out, " value=\"%u\"%s/>\n", i->value, i->value == n->value ? " default=\"yes\"" : "");
        }
    }
    fprintf(out, "\t\t</%s>\n", elem);
}

static void xml_switches(FILE *out, const game_driver *d)
{
    switch_field f[MAX_FIELDS];
    int n = collect_switches(d, f, MAX_FIELDS);
    for (int i = 0; i < n; i++)
        if (!f[i].config)
            xml_switch(out, &f[i]);
    for (int i = 0; i < n; i++)
        if (f[i].config)
            xml_switch(out, &f[i]);
}

static bool is_analog(u16 type)
{
    return input_type_is_analog(type);
}

static int port_order(const void *a, const void *b)
{
    return strcmp((*(const input_def *const *)a)->name, (*(const input_def *const *)b)->name);
}

/* Every port by tag, with its analog fields. */
static void xml_ports(FILE *out, const game_driver *d)
{
    const input_def *ports[MAX_PORTS * 2];
    int n = 0;
    for (const input_def *i = d->inputs; i && i->kind != INK_END; i++)
        if (i->kind == INK_PORT && i->name && n < MAX_PORTS * 2)
            ports[n++] = i;
    qsort(ports, (size_t)n, sizeof(*ports), port_order);
    for (int p = 0; p < n; p++) {
        fputs("\t\t<port tag=\":", out);
        xml_text(out, ports[p]->name);
        fputs("\">\n", out);
        for (const input_def *i = ports[p] + 1; i->kind != INK_END && i->kind != INK_PORT; i++)
            if (i->kind == INK_BIT && is_analog(i->type))
                fprintf(out, "\t\t\t<analog mask=\"%u\"/>\n", i->mask);
        fputs("\t\t</port>\n", out);
    }
}

/* The driver's samples device parameters, or NULL. */
static const samples_params *driver_samples(const game_driver *d)
{
    for (const device_config *dc = d->config->devices; dc && dc->tag; dc++) {
        const samples_params *p = samples_config_params(dc);
        if (p)
            return p;
    }
    return NULL;
}

static void xml_samples(FILE *out, const samples_params *p)
{
    for (int i = 0; p && i < p->count; i++) {
        fputs("\t\t<sample", out);
        xml_attr(out, "name", p->names[i]);
        fputs("/>\n", out);
    }
}

static void xml_machine(FILE *out, const hashdb_t *db, const game_driver *d)
{
    const rom_set_t *set = hashdb_find(db, d->name);
    const samples_params *samples = driver_samples(d);
    fputs("\t<machine", out);
    xml_attr(out, "name", d->name);
    xml_attr(out, "sourcefile", d->source_file);
    xml_attr(out, "cloneof", d->parent);
    xml_attr(out, "romof", set && set->romof ? set->romof : d->parent);
    xml_attr(out, "sampleof", samples ? samples->set : NULL);
    fputs(">\n", out);
    xml_element(out, "description", d->description);
    xml_element(out, "year", d->year);
    xml_element(out, "manufacturer", d->manufacturer);
    xml_roms(out, db, set);
    for (const char *const *r = d->config->device_refs; r && *r; r++)
        fprintf(out, "\t\t<device_ref name=\"%s\"/>\n", *r);
    xml_samples(out, samples);
    xml_chips(out, d);
    xml_display(out, d);
    fprintf(out, "\t\t<sound channels=\"%d\"/>\n", sound_channels(d));
    xml_inputs(out, d);
    xml_switches(out, d);
    xml_ports(out, d);
    const char *status = d->flags & MACHINE_NOT_WORKING ? "preliminary"
                         : d->flags & (MACHINE_IMPERFECT_SOUND | MACHINE_IMPERFECT_GRAPHICS) ? "imperfect" : "good";
    fprintf(out, "\t\t<driver status=\"%s\" emulation=\"%s\" savestate=\"%s\"/>\n", status,
            d->flags & MACHINE_NOT_WORKING ? "preliminary" : "good",
            d->flags & MACHINE_SUPPORTS_SAVE ? "supported" : "unsupported");
    fputs("\t</machine>\n", out);
}

static int name_order(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* After the systems, MAME lists the devices they use, by name. */
static void xml_devices(FILE *out, name_patterns p)
{
    const char *names[64];
    int n = 0;
    for (const game_driver *const *d = driver_list; *d; d++) {
        if (!audit_match_any(p, (*d)->name))
            continue;
        for (const char *const *r = (*d)->config->device_refs; r && *r && n < 64; r++) {
            int i = 0;
            while (i < n && strcmp(names[i], *r))
                i++;
            if (i == n)
                names[n++] = *r;
        }
    }
    qsort(names, (size_t)n, sizeof(*names), name_order);
    for (int i = 0; i < n; i++) {
        const listxml_device *dev = listxml_device_find(names[i]);
        if (!dev)
            continue;
        fputs("\t<machine", out);
        xml_attr(out, "name", dev->name);
        xml_attr(out, "sourcefile", dev->sourcefile);
        fputs(" isdevice=\"yes\" runnable=\"no\">\n", out);
        xml_element(out, "description", dev->description);
        if (dev->channels >= 0)
            fprintf(out, "\t\t<sound channels=\"%d\"/>\n", dev->channels);
        fputs("\t</machine>\n", out);
    }
}

int list_xml(FILE *out, FILE *err, const hashdb_t *db, name_patterns p, bool dtd)
{
    bool any = false;
    for (const game_driver *const *d = driver_list; *d; d++) {
        if (!audit_match_any(p, (*d)->name))
            continue;
        if (!any)
        {
            if (dtd) /* MAME's -nodtd leaves out the declaration too */
                fprintf(out, "<?xml version=\"1.0\"?>\n%s\n", listxml_dtd);
            fprintf(out, "<mame build=\"%s (cabinet)\" debug=\"no\" mameconfig=\"10\">\n", CABINET_VERSION);
        }
        any = true;
        xml_machine(out, db, *d);
    }
    if (any) {
        xml_devices(out, p);
        fputs("</mame>\n", out);
    }
    return report_unmatched(err, p, "machines");
}

/* The header, then a row for each matching system. */
static int list_rows(FILE *out, FILE *err, name_patterns p, const char *header,
                     void (*row)(FILE *, const game_driver *))
{
    bool any = false;
    for (const game_driver *const *d = driver_list; *d; d++) {
        if (!audit_match_any(p, (*d)->name))
            continue;
        if (!any)
            fputs(header, out);
        any = true;
        row(out, *d);
    }
    return report_unmatched(err, p, "systems");
}

/* A single pattern, for the commands that take at most one. */
static name_patterns one(const char *const *pattern)
{
    return (name_patterns){ pattern, *pattern ? 1 : 0 };
}

static void row_full(FILE *out, const game_driver *d)
{
    fprintf(out, "%-18s\"%s\"\n", d->name, d->description);
}

static void row_source(FILE *out, const game_driver *d)
{
    fprintf(out, "%-16s %s\n", d->name, d->source_file);
}

int list_full(FILE *out, FILE *err, name_patterns p)
{
    return list_rows(out, err, p, "Name:             Description:\n", row_full);
}

int list_source(FILE *out, FILE *err, name_patterns p)
{
    return list_rows(out, err, p, "", row_source);
}

int list_clones(FILE *out, FILE *err, const char *pattern)
{
    int rc = report_unmatched(err, one(&pattern), "systems");
    if (rc)
        return rc;
    fputs("Name:            Clone of:\n", out);
    for (const game_driver *const *d = driver_list; *d; d++)
        if ((*d)->parent && (matches(pattern, *d) || audit_wildmatch(pattern, (*d)->parent)))
            fprintf(out, "%-16s %s\n", (*d)->name, (*d)->parent);
    return EXIT_OK;
}

static bool same_source(const game_driver *a, const game_driver *b)
{
    return a->source_file && b->source_file && !strcmp(a->source_file, b->source_file);
}

/* Whether d's source file is that of a system the pattern names. */
static bool brother_of_match(const char *pattern, const game_driver *d)
{
    for (const game_driver *const *o = driver_list; *o; o++)
        if (matches(pattern, *o) && same_source(*o, d))
            return true;
    return false;
}

int list_brothers(FILE *out, FILE *err, const char *pattern)
{
    int rc = report_unmatched(err, one(&pattern), "systems");
    if (rc)
        return rc;
    fputs("Source file:         Name:            Parent:\n", out);
    for (const game_driver *const *d = driver_list; *d; d++) {
        if (!brother_of_match(pattern, *d))
            continue;
        if ((*d)->parent)
            fprintf(out, "%-20s %-16s %s\n", (*d)->source_file, (*d)->name, (*d)->parent);
        else
            fprintf(out, "%-20s %s\n", (*d)->source_file, (*d)->name);
    }
    return EXIT_OK;
}
