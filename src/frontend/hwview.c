#include "frontend/hwview.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/fileio.h"
#include "util/png.h"
#include "video/provenance.h"
#include "video/viewer.h"

static int write_png(const char *dir, const char *name, u32 *img, const int *w, const int *h, char *err,
                     size_t errlen)
{
    char path[4400];
    if (!img) {
        snprintf(err, errlen, "-dumpgfx: out of memory drawing %s", name);
        return -1;
    }
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    int rc = png_write_rgb(path, img, *w, *h, err, errlen);
    free(img);
    return rc;
}

static void list_sprites(machine_t *m, FILE *f)
{
    viewer_sprite *list = malloc(VIEWER_MAX_SPRITES * sizeof(*list));
    int n = list ? viewer_sprite_list(m, list) : 0;
    fprintf(f, "# %s frame %llu: %d sprites in draw order (the last drawn is on top)\n", m->driver->name,
            (unsigned long long)m->frame_number, n);
    for (int i = 0; i < n; i++) {
        const viewer_sprite *s = &list[i];
        fprintf(f, "sprite %d at 0x%04x: gfx %u code 0x%02x colour 0x%02x flipx %d flipy %d x %d y %d attr", s->index,
                s->addr, s->gfx, s->code, s->color, s->flipx, s->flipy, s->sx, s->sy);
        for (int k = 0; k < s->nattr; k++)
            fprintf(f, " %02x", s->attr[k]);
        fprintf(f, "\n");
    }
    free(list);
}

static void list_palette(machine_t *m, FILE *f)
{
    fprintf(f, "# %s frame %llu: %d pens, %d colours%s\n", m->driver->name, (unsigned long long)m->frame_number,
            m->palette.num_pens, m->palette.num_colors, m->palette.indirect ? " (through a lookup table)" : "");
    for (int p = 0; p < m->palette.num_pens; p++) {
        fprintf(f, "pen 0x%03x\n", p);
        provenance_pen(m, p, f);
    }
}

static int write_text(const char *dir, const char *name, machine_t *m, void (*fn)(machine_t *, FILE *), char *err,
                      size_t errlen)
{
    char *text = NULL, path[4400];
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) {
        snprintf(err, errlen, "-dumpgfx: out of memory");
        return -1;
    }
    fn(m, f);
    fclose(f);
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    int rc = file_write_atomic(path, text, len, err, errlen);
    free(text);
    return rc;
}

int hwview_dump(machine_t *m, const char *dir, char *err, size_t errlen)
{
    char out[4200], name[64];
    if ((size_t)snprintf(out, sizeof(out), "%s/%s", dir, m->driver->name) >= sizeof(out)) {
        snprintf(err, errlen, "-dumpgfx: %s", strerror(ENAMETOOLONG));
        return -1;
    }
    if (make_dirs(out)) {
        snprintf(err, errlen, "%s: %s", out, strerror(errno));
        return -1;
    }
    int w, h, n, rc = 0;
    for (int i = 0; i < m->num_gfx && !rc; i++) {
        u32 c = viewer_gfx_default_color(m, i);
        snprintf(name, sizeof(name), "gfx%d_color%u.png", i, c);
        rc = write_png(out, name, viewer_render_gfx(m, i, c, &w, &h), &w, &h, err, errlen);
    }
    for (int i = 0; i < m->num_tilemaps && !rc; i++) {
        snprintf(name, sizeof(name), "tilemap%d.png", i);
        rc = write_png(out, name, viewer_render_tilemap(m, i, true, &w, &h), &w, &h, err, errlen);
    }
    if (!rc)
        rc = write_png(out, "palette.png", viewer_render_palette(m, 8, &w, &h), &w, &h, err, errlen);
    if (!rc)
        rc = write_png(out, "sprites.png", viewer_render_sprites(m, &w, &h, &n), &w, &h, err, errlen);
    if (!rc)
        rc = write_text(out, "sprites.txt", m, list_sprites, err, errlen);
    if (!rc)
        rc = write_text(out, "palette.txt", m, list_palette, err, errlen);
    return rc;
}

/* "X,Y" inside the screen. */
static int parse_xy(const char *text, const machine_t *m, int *x, int *y)
{
    char extra;
    if (sscanf(text, "%d,%d%c", x, y, &extra) != 2)
        return -1;
    return *x >= 0 && *y >= 0 && *x < machine_width(m) && *y < machine_height(m) ? 0 : -1;
}

int hwview_setup(hwview_run *v, machine_t *m, const options *o)
{
    memset(v, 0, sizeof(*v));
    if (o->dumpgfx_frame < 0 || o->why_frame < 0) {
        fprintf(stderr, "Error: -%s must be 0 or a frame number\n", o->why_frame < 0 ? "why_frame" : "dumpgfx_frame");
        return EXIT_INVALID_CONFIG;
    }
    if (o->dumpgfx && !*o->dumpgfx) {
        fprintf(stderr, "Error: -dumpgfx needs a folder\n");
        return EXIT_INVALID_CONFIG;
    }
    if (o->why && *o->why) {
        if (parse_xy(o->why, m, &v->why_x, &v->why_y)) {
            fprintf(stderr, "Error: -why \"%s\": expected X,Y inside the %dx%d screen\n", o->why, machine_width(m),
                    machine_height(m));
            return EXIT_INVALID_CONFIG;
        }
        /* armed for every frame: the notes are those of the last one drawn */
        provenance_watch(m, v->why_x, v->why_y);
    }
    return 0;
}

static int why_now(hwview_run *v, machine_t *m)
{
    v->why_done = true;
    int rc = provenance_describe(m, v->why_x, v->why_y, stdout) ? EXIT_FATAL : 0;
    fflush(stdout);
    provenance_stop(m);
    return rc;
}

static int dump_now(hwview_run *v, machine_t *m, const options *o)
{
    char err[4400];
    v->dump_done = true;
    if (hwview_dump(m, o->dumpgfx, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_FATAL;
    }
    return 0;
}

int hwview_frame(hwview_run *v, machine_t *m, const options *o)
{
    int rc = 0;
    if (o->why && *o->why && !v->why_done && o->why_frame && m->frame_number == (u64)o->why_frame)
        rc = why_now(v, m);
    if (!rc && o->dumpgfx && !v->dump_done && o->dumpgfx_frame && m->frame_number == (u64)o->dumpgfx_frame)
        rc = dump_now(v, m, o);
    return rc;
}

int hwview_finish(hwview_run *v, machine_t *m, const options *o, bool ok)
{
    int rc = 0;
    if (ok && o->why && *o->why && !v->why_done && !o->why_frame)
        rc = why_now(v, m);
    if (ok && !rc && o->dumpgfx && !v->dump_done && !o->dumpgfx_frame)
        rc = dump_now(v, m, o);
    if (ok && !rc && o->why && *o->why && !v->why_done) {
        fprintf(stderr, "-why_frame: frame %d not reached: the run ended after frame %llu\n", o->why_frame,
                (unsigned long long)m->frame_number);
        rc = EXIT_INVALID_CONFIG;
    }
    if (ok && !rc && o->dumpgfx && !v->dump_done) {
        fprintf(stderr, "-dumpgfx_frame: frame %d not reached: the run ended after frame %llu\n", o->dumpgfx_frame,
                (unsigned long long)m->frame_number);
        rc = EXIT_INVALID_CONFIG;
    }
    provenance_stop(m);
    return rc;
}
