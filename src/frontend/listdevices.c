#include "frontend/listdevices.h"

#include <stdlib.h>
#include <string.h>

#include "drivers/drivers.h"
#include "frontend/listxml_devices.h"
#include "frontend/options.h"

typedef struct dev_row {
    const char *tag, *description;
    u32 clock;
} dev_row;

/* MAME's clock text, cut (not rounded) to two decimals: "1.99 MHz" for 1996800 Hz. */
static void put_clock(FILE *out, u32 hz)
{
    u32 hundredths = hz >= 1000000 ? hz / 10000 : hz / 10;
    if (hz >= 1000000)
        fprintf(out, " @ %u.%02u MHz", hundredths / 100, hundredths % 100);
    else if (hz >= 1000)
        fprintf(out, " @ %u.%02u kHz", hundredths / 100, hundredths % 100);
    else if (hz)
        fprintf(out, " @ %u Hz", hz);
}

static int cmp_tag(const void *a, const void *b)
{
    return strcmp(((const dev_row *)a)->tag, ((const dev_row *)b)->tag);
}

/* A device's name as MAME describes it (its listxml device machine), else Cabinet's. */
static const char *describe(const device_config *dc)
{
    if (dc->cpu)
        return dc->cpu->name;
    const listxml_device *x = dc->type->shortname ? listxml_device_find(dc->type->shortname) : NULL;
    return x ? x->description : dc->type->name;
}

/* The devices of a system, its screen and speaker, sorted by tag as MAME lists them. */
static void row_devices(FILE *out, const game_driver *d)
{
    dev_row rows[64];
    size_t n = 0;
    const machine_config *c = d->config;
    for (const device_config *dc = c->devices; dc && dc->tag && n < 62; dc++)
        rows[n++] = (dev_row){ dc->tag, describe(dc), dc->clock };
    rows[n++] = (dev_row){ "screen", "Video Screen", c->screen.pixclock };
    /* MAME's graphics decoder and palette devices, which Cabinet's drivers name in device_refs */
    for (const char *const *r = c->device_refs; r && *r && n < 62; r++)
        if (!strcmp(*r, "gfxdecode") || !strcmp(*r, "palette"))
            rows[n++] = (dev_row){ *r, *r, 0 };
    if (c->speaker_tag)
        rows[n++] = (dev_row){ c->speaker_tag, "Speaker", 0 };
    qsort(rows, n, sizeof(*rows), cmp_tag);
    fprintf(out, "Driver %s (%s):\n   %-31s%s\n", d->name, d->description, "<root>", d->description);
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "     %-29s%s", rows[i].tag, rows[i].description);
        put_clock(out, rows[i].clock);
        fputc('\n', out);
    }
}

static void row_slots(FILE *out, const game_driver *d)
{
    fprintf(out, "%-16s (none)\n", d->name);   /* no Cabinet system has slots */
}

/* As MAME: a plain name that is no system is an unknown system (exit 6). */
static int list_each(FILE *out, FILE *err, const char *pattern, const char *header,
                     void (*row)(FILE *, const game_driver *))
{
    if (pattern && !strpbrk(pattern, "*?[") && !driver_find(pattern)) {
        fprintf(err, "Unknown system '%s'\n", pattern);
        return EXIT_INVALID_CONFIG;
    }
    bool any = false;
    for (const game_driver *const *d = driver_list; *d; d++) {
        if (pattern && !audit_wildmatch(pattern, (*d)->name))
            continue;
        if (!any)
            fputs(header, out);
        any = true;
        row(out, *d);
    }
    if (!any) {
        fprintf(err, "No matching systems found for '%s'\n", pattern);
        return EXIT_NO_SUCH_SYSTEM;
    }
    return EXIT_OK;
}

int list_devices(FILE *out, FILE *err, const char *pattern)
{
    return list_each(out, err, pattern, "", row_devices);
}

int list_slots(FILE *out, FILE *err, const char *pattern)
{
    return list_each(out, err, pattern,
                     "SYSTEM           SLOT NAME        SLOT OPTIONS     SLOT DEVICE NAME\n"
                     "---------------- ---------------- ---------------- ----------------------------\n",
                     row_slots);
}

static void row_media(FILE *out, const game_driver *d)
{
    fprintf(out, "%-16s (none)\n", d->name);   /* no Cabinet system takes media */
}

int list_media(FILE *out, FILE *err, const char *pattern)
{
    return list_each(out, err, pattern,
                     "SYSTEM           MEDIA NAME       (brief)    IMAGE FILE EXTENSIONS SUPPORTED\n"
                     "---------------- --------------------------- -------------------------------\n",
                     row_media);
}

/* Cabinet has no software lists: the verbs answer as MAME does for a system without any. */
int list_software(FILE *out, FILE *err, command cmd, const char *pattern)
{
    bool plain = pattern && !strpbrk(pattern, "*?[");
    switch (cmd) {
    case CMD_LISTSOFTWARE:
        if (plain && !driver_find(pattern)) {
            fprintf(err, "Unknown system '%s'\n", pattern);
            return EXIT_INVALID_CONFIG;
        }
        fputs("No software lists found for this system\n", out);
        return EXIT_OK;
    case CMD_VERIFYSOFTWARE: {
        bool any = false;
        for (const game_driver *const *d = driver_list; *d; d++)
            if (!pattern || audit_wildmatch(pattern, (*d)->name)) {
                fprintf(err, "romset \"%s\" has no software entries defined!\n", (*d)->name);
                any = true;
            }
        if (any)
            return EXIT_MISSING_FILES;
        fprintf(err, "No matching systems found for '%s'\n", pattern);
        return EXIT_NO_SUCH_SYSTEM;
    }
    case CMD_GETSOFTLIST:
        fputs("No such software lists found\n", out);
        return EXIT_OK;
    default:
        fprintf(err, "No matching software lists found for '%s'\n", pattern ? pattern : "*");
        return EXIT_NO_SUCH_SYSTEM;
    }
}
