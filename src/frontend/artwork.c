#include "frontend/artwork.h"

#include <expat.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "drivers/drivers.h"
#include "emu/romload.h"
#include "util/fileio.h"
#include "util/png.h"
#include "util/zipfile.h"

#define ART_MAX_OBJECTS 4096

typedef struct art_rect { double x0, y0, x1, y1; } art_rect;
typedef struct art_color { u8 r, g, b, a; } art_color;

enum { COMP_RECT, COMP_IMAGE };
typedef struct art_comp {
    int kind;
    art_rect b;
    art_color c;
    u32 *pix;       /* image: ARGB */
    int pw, ph;
} art_comp;

typedef struct art_element {
    char *name;
    int defstate;
    art_comp *comps;
    int ncomps;
    art_rect b;     /* union of the components' bounds */
} art_element;

/* Layers in MAME's legacy order; LAYER_MAIN holds screens and element refs. */
enum { LAYER_MAIN, LAYER_BACKDROP, LAYER_OVERLAY, LAYER_BEZEL, LAYER_CPANEL, LAYER_MARQUEE, LAYER_COUNT };
static const char *const layer_names[LAYER_COUNT] = { "", "backdrop", "overlay", "bezel", "cpanel", "marquee" };

typedef struct art_item {
    int layer, blend;  /* blend -1: the default for its kind and layer */
    int screen;        /* screen index, or -1 for an element */
    char *elname;
    int element;
    int line;
    art_rect b;
    bool has_bounds;
    art_color c;
    /* cache: the element drawn at the item's pixel size */
    u32 *tex;
    int tx0, ty0, tw, th;
} art_item;

typedef struct art_view {
    char *name;
    bool has_bounds;
    art_rect b;
    art_item *items;   /* final drawing order once the view is closed */
    int nitems;
    bool has_screen0, viable;
    int cache_w, cache_h;
} art_view;

struct artwork {
    char source[4200];
    art_element *elements;
    int nelements;
    art_view *views;
    int nviews;
};

/* ---- parsing ---- */

typedef struct parser {
    XML_Parser xp;
    artwork *a;
    const char *name, *dir, *zip_path;
    zipfile *zip;
    FILE *warn;
    char err[512];
    bool failed;
    int depth, skip;       /* skip > 0: inside an ignored subtree */
    bool in_root;
    art_element *el;       /* open element */
    art_comp *comp;        /* open component (NULL when skipped by state) */
    bool comp_skipped;
    art_view *view;
    art_item *item;
    art_item *layer_items[LAYER_COUNT];
    int layer_n[LAYER_COUNT];
} parser;

static void fail(parser *p, const char *fmt, const char *arg)
{
    if (p->failed)
        return;
    p->failed = true;
    char msg[400];
    snprintf(msg, sizeof(msg), fmt, arg ? arg : "");
    snprintf(p->err, sizeof(p->err), "%s:%lu: %s", p->name, (unsigned long)XML_GetCurrentLineNumber(p->xp), msg);
    XML_StopParser(p->xp, XML_FALSE);
}

static void warn_skip(parser *p, const char *what)
{
    if (p->warn)
        fprintf(p->warn, "%s:%lu: <%s> is not supported, skipped\n", p->name,
                (unsigned long)XML_GetCurrentLineNumber(p->xp), what);
    p->skip = 1;
}

static const char *attr(const char **atts, const char *key)
{
    for (int i = 0; atts[i]; i += 2)
        if (!strcmp(atts[i], key))
            return atts[i + 1];
    return NULL;
}

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

/* A number within +-1e9 (so it converts to int safely); *v is 0 otherwise. */
static bool parse_num(const char *s, double *v)
{
    *v = 0;
    if (!s)
        return false;
    char *end;
    double d = strtod(s, &end);
    while (*end == ' ')
        end++;
    if (end == s || *end != '\0' || !(d > -1e9 && d < 1e9))
        return false;
    *v = d;
    return true;
}

/* <bounds x y width height> or <bounds left top right bottom>. */
static bool parse_bounds(parser *p, const char **atts, art_rect *r)
{
    double v[4] = { 0, 0, 1, 1 };
    const char *xywh[4] = { "x", "y", "width", "height" }, *ltrb[4] = { "left", "top", "right", "bottom" };
    bool use_ltrb = attr(atts, "left") || attr(atts, "top") || attr(atts, "right") || attr(atts, "bottom");
    for (int i = 0; i < 4; i++) {
        const char *s = attr(atts, use_ltrb ? ltrb[i] : xywh[i]);
        if (s && !parse_num(s, &v[i])) {
            fail(p, "bad bounds value \"%s\"", s);
            return false;
        }
    }
    if (use_ltrb) {
        if (!attr(atts, "right"))
            v[2] = v[0] + 1;
        if (!attr(atts, "bottom"))
            v[3] = v[1] + 1;
        *r = (art_rect){ v[0], v[1], v[2], v[3] };
    } else {
        *r = (art_rect){ v[0], v[1], v[0] + v[2], v[1] + v[3] };
    }
    if (r->x1 < r->x0 || r->y1 < r->y0) {
        fail(p, "bad bounds (negative size)%s", NULL);
        return false;
    }
    return true;
}

static bool parse_color(parser *p, const char **atts, art_color *c)
{
    const char *keys[4] = { "red", "green", "blue", "alpha" };
    u8 out[4];
    for (int i = 0; i < 4; i++) {
        double v = 1.0;
        const char *s = attr(atts, keys[i]);
        if (s && (!parse_num(s, &v) || v < 0 || v > 1)) {
            fail(p, "bad colour value \"%s\" (0 to 1)", s);
            return false;
        }
        out[i] = (u8)(v * 255.0 + 0.5);
    }
    *c = (art_color){ out[0], out[1], out[2], out[3] };
    return true;
}

static void *grow(parser *p, void *arr, int n, size_t size)
{
    if (n >= ART_MAX_OBJECTS) {
        fail(p, "too many objects%s", NULL);
        return NULL;
    }
    void *na = realloc(arr, (size_t)(n + 1) * size);
    if (!na)
        fail(p, "out of memory%s", NULL);
    else
        memset((char *)na + (size_t)n * size, 0, size);
    return na;
}

static bool safe_name(const char *f)
{
    return *f && f[0] != '/' && !strstr(f, "..") && !strchr(f, '\\');
}

static void load_image(parser *p, art_comp *c, const char *file)
{
    char err[512];
    if (!safe_name(file)) {
        if (p->warn)
            fprintf(p->warn, "%s: image \"%s\" refused (absolute or \"..\" path)\n", p->name, file);
        return;
    }
    char path[4600];
    int rc = -1;
    if (p->dir) {
        snprintf(path, sizeof(path), "%s/%s", p->dir, file);
        rc = png_read_argb(path, &c->pix, &c->pw, &c->ph, ART_MAX_IMAGE_PIXELS, err, sizeof(err));
    } else if (p->zip) {
        /* png_read_argb reads files: the entry goes through a private temp file. */
        const zipfile_entry *e = zipfile_find(p->zip, file);
        u8 *buf = NULL;
        size_t len = 0;
        if (!e) {
            snprintf(err, sizeof(err), "%s: %s: not in the zip", zipfile_path(p->zip), file);
        } else if (zipfile_read(p->zip, e, 64u << 20, &buf, &len, err, sizeof(err))) {
            const char *tmpdir = getenv("TMPDIR");
            snprintf(path, sizeof(path), "%s/cabinet-art-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
            int fd = mkstemp(path);
            if (fd >= 0) {
                bool ok = write(fd, buf, len) == (ssize_t)len;
                close(fd);
                rc = ok ? png_read_argb(path, &c->pix, &c->pw, &c->ph, ART_MAX_IMAGE_PIXELS, err, sizeof(err)) : -1;
                if (!ok)
                    snprintf(err, sizeof(err), "cannot write a temp file");
                unlink(path);
            } else {
                snprintf(err, sizeof(err), "cannot create a temp file");
            }
            free(buf);
        }
    } else {
        snprintf(err, sizeof(err), "%s: no folder to read it from", file);
    }
    if (rc) {
        c->pix = NULL;
        c->pw = c->ph = 0;
        if (p->warn)
            fprintf(p->warn, "%s: image %s not loaded (%s), drawn transparent\n", p->name, file, err);
    }
}

static bool is_layer(const char *el, int *layer)
{
    for (int i = 1; i < LAYER_COUNT; i++)
        if (!strcmp(el, layer_names[i])) {
            *layer = i;
            return true;
        }
    return false;
}

static void start_item(parser *p, int layer, const char **atts, int screen, const char *elname)
{
    if (!elname && screen < 0) {
        fail(p, "<%s> needs an element", layer_names[layer]);
        return;
    }
    art_item *arr = grow(p, p->layer_items[layer], p->layer_n[layer], sizeof(art_item));
    if (!arr)
        return;
    p->layer_items[layer] = arr;
    art_item *it = &arr[p->layer_n[layer]++];
    it->layer = layer;
    it->screen = screen;
    it->element = -1;
    it->line = (int)XML_GetCurrentLineNumber(p->xp);
    it->c = (art_color){ 255, 255, 255, 255 };
    it->b = (art_rect){ 0, 0, 1, 1 };
    it->blend = -1;
    if (elname && !(it->elname = dup_str(elname)))
        fail(p, "out of memory%s", NULL);
    const char *blend = attr(atts, "blend");
    if (blend) {
        static const char *const names[] = { "none", "alpha", "multiply", "add" };
        for (int i = 0; i < 4; i++)
            if (!strcmp(blend, names[i]))
                it->blend = i;
        if (it->blend < 0)
            fail(p, "unknown blend mode \"%s\"", blend);
    }
    p->item = it;
}

static void start_in_view(parser *p, const char *el, const char **atts)
{
    int layer;
    if (!strcmp(el, "bounds")) {
        if (parse_bounds(p, atts, &p->view->b))
            p->view->has_bounds = true;
        p->skip = 1;
    } else if (!strcmp(el, "screen")) {
        const char *idx = attr(atts, "index"), *tag = attr(atts, "tag");
        double v = 0;
        if (idx && (!parse_num(idx, &v) || v < 0 || v > 15 || v != (int)v)) {
            fail(p, "bad screen index \"%s\"", idx);
            v = 0; /* the file is dropped; keep the item well formed until then */
        }
        else if (!idx && tag && strcmp(tag, ":screen") && strcmp(tag, "screen"))
            v = 99; /* some other screen */
        start_item(p, LAYER_MAIN, atts, (int)v, NULL);
    } else if (!strcmp(el, "element")) {
        start_item(p, LAYER_MAIN, atts, -1, attr(atts, "ref"));
        if (!attr(atts, "ref"))
            fail(p, "<element> in a view needs ref%s", NULL);
    } else if (is_layer(el, &layer)) {
        start_item(p, layer, atts, -1, attr(atts, "element"));
    } else if (!strcmp(el, "collection")) {
        /* its items are shown: collections are visible by default */
    } else {
        warn_skip(p, el);
    }
}

static void start_in_item(parser *p, const char *el, const char **atts)
{
    if (!strcmp(el, "bounds")) {
        if (parse_bounds(p, atts, &p->item->b))
            p->item->has_bounds = true;
    } else if (!strcmp(el, "color")) {
        parse_color(p, atts, &p->item->c);
    } else if (!strcmp(el, "orientation")) {
        const char *rot = attr(atts, "rotate");
        if ((rot && strcmp(rot, "0")) || attr(atts, "swapxy") || attr(atts, "flipx") || attr(atts, "flipy"))
            warn_skip(p, "orientation");
    } else {
        warn_skip(p, el);
        return;
    }
    p->skip = 1;
}

static void start_in_element(parser *p, const char *el, const char **atts)
{
    bool rect = !strcmp(el, "rect"), image = !strcmp(el, "image");
    if (!rect && !image) {
        warn_skip(p, el);
        return;
    }
    art_element *e = p->el;
    art_comp *arr = grow(p, e->comps, e->ncomps, sizeof(art_comp));
    if (!arr)
        return;
    e->comps = arr;
    art_comp *c = &arr[e->ncomps++];
    c->kind = rect ? COMP_RECT : COMP_IMAGE;
    c->b = (art_rect){ 0, 0, 1, 1 };
    c->c = (art_color){ 255, 255, 255, 255 };
    const char *state = attr(atts, "state");
    double sv;
    if (state && (!parse_num(state, &sv) || sv != (int)sv)) {
        fail(p, "bad state \"%s\"", state);
        return;
    }
    p->comp = c;
    p->comp_skipped = state && (int)sv != e->defstate;
    if (image) {
        const char *file = attr(atts, "file");
        if (!file)
            fail(p, "<image> needs a file%s", NULL);
        else if (!p->comp_skipped)
            load_image(p, c, file);
        if (attr(atts, "alphafile") && p->warn)
            fprintf(p->warn, "%s: alphafile is not supported, ignored\n", p->name);
    }
}

static void start_in_comp(parser *p, const char *el, const char **atts)
{
    if (!strcmp(el, "bounds"))
        parse_bounds(p, atts, &p->comp->b);
    else if (!strcmp(el, "color"))
        parse_color(p, atts, &p->comp->c);
    else
        warn_skip(p, el);
    p->skip = 1;
}

static void start_top(parser *p, const char *el, const char **atts)
{
    artwork *a = p->a;
    if (!strcmp(el, "element")) {
        const char *name = attr(atts, "name");
        if (!name) {
            fail(p, "<element> needs a name%s", NULL);
            return;
        }
        for (int i = 0; i < a->nelements; i++)
            if (!strcmp(a->elements[i].name, name)) {
                fail(p, "element \"%s\" is defined twice", name);
                return;
            }
        art_element *arr = grow(p, a->elements, a->nelements, sizeof(art_element));
        if (!arr)
            return;
        a->elements = arr;
        p->el = &arr[a->nelements++];
        p->el->name = dup_str(name);
        const char *ds = attr(atts, "defstate");
        double v = 0;
        if (ds && (!parse_num(ds, &v) || v != (int)v)) {
            fail(p, "bad defstate \"%s\"", ds);
            v = 0;
        }
        p->el->defstate = (int)v;
    } else if (!strcmp(el, "view")) {
        art_view *arr = grow(p, a->views, a->nviews, sizeof(art_view));
        if (!arr)
            return;
        a->views = arr;
        p->view = &arr[a->nviews++];
        const char *name = attr(atts, "name");
        p->view->name = dup_str(name ? name : "");
    } else {
        warn_skip(p, el);
    }
}

static void XMLCALL on_start(void *ud, const char *el, const char **atts)
{
    parser *p = ud;
    p->depth++;
    if (p->failed)
        return;
    if (p->skip) {
        p->skip++;
        return;
    }
    if (p->depth == 1) {
        const char *v = attr(atts, "version");
        if (strcmp(el, "mamelayout") || !v || strcmp(v, "2"))
            fail(p, "not a <mamelayout version=\"2\"> file%s", NULL);
        p->in_root = true;
    } else if (p->item) {
        start_in_item(p, el, atts);
    } else if (p->comp) {
        start_in_comp(p, el, atts);
    } else if (p->el) {
        start_in_element(p, el, atts);
    } else if (p->view) {
        start_in_view(p, el, atts);
    } else {
        start_top(p, el, atts);
    }
}

/* Puts a closed view's items into MAME's drawing order. */
static void close_view(parser *p)
{
    art_view *v = p->view;
    int total = 0;
    for (int l = 0; l < LAYER_COUNT; l++)
        total += p->layer_n[l];
    v->items = calloc(total ? (size_t)total : 1, sizeof(art_item));
    if (!v->items) {
        fail(p, "out of memory%s", NULL);
        return;
    }
    static const int normal[] = { LAYER_MAIN, LAYER_OVERLAY, LAYER_BACKDROP, LAYER_BEZEL, LAYER_CPANEL,
                                  LAYER_MARQUEE };
    static const int golly[] = { LAYER_BACKDROP, LAYER_MAIN, LAYER_OVERLAY, LAYER_BEZEL, LAYER_CPANEL,
                                 LAYER_MARQUEE };
    bool special = p->layer_n[LAYER_BACKDROP] > 1 && p->layer_n[LAYER_OVERLAY] == 0;
    const int *order = special ? golly : normal;
    for (int k = 0; k < LAYER_COUNT; k++) {
        int l = order[k];
        for (int i = 0; i < p->layer_n[l]; i++) {
            art_item *it = &p->layer_items[l][i];
            if (it->blend < 0)
                it->blend = l == LAYER_OVERLAY ? ART_BLEND_MULTIPLY
                            : l == LAYER_BACKDROP ? (special ? ART_BLEND_ALPHA : ART_BLEND_ADD)
                            : it->screen >= 0 ? ART_BLEND_ADD
                                              : ART_BLEND_ALPHA;
            if (it->screen == 0)
                v->has_screen0 = true;
            v->items[v->nitems++] = *it;
        }
        free(p->layer_items[l]);
        p->layer_items[l] = NULL;
        p->layer_n[l] = 0;
    }
}

static void XMLCALL on_end(void *ud, const char *el)
{
    (void)el;
    parser *p = ud;
    p->depth--;
    if (p->failed)
        return;
    if (p->skip) {
        p->skip--;
        return;
    }
    if (p->item)
        p->item = NULL;
    else if (p->comp) {
        if (p->comp_skipped) /* drawn only in another state: dropped */
            p->el->ncomps--;
        p->comp = NULL;
    }
    else if (p->el)
        p->el = NULL;
    else if (p->view) {
        close_view(p);
        p->view = NULL;
    }
}

static void comp_union(art_element *e)
{
    e->b = (art_rect){ 0, 0, 1, 1 };
    for (int i = 0; i < e->ncomps; i++) {
        const art_rect *b = &e->comps[i].b;
        if (i == 0)
            e->b = *b;
        e->b.x0 = b->x0 < e->b.x0 ? b->x0 : e->b.x0;
        e->b.y0 = b->y0 < e->b.y0 ? b->y0 : e->b.y0;
        e->b.x1 = b->x1 > e->b.x1 ? b->x1 : e->b.x1;
        e->b.y1 = b->y1 > e->b.y1 ? b->y1 : e->b.y1;
    }
}

/* Element refs are resolved at the end: views may come before elements. */
static bool resolve(parser *p)
{
    artwork *a = p->a;
    for (int i = 0; i < a->nelements; i++)
        comp_union(&a->elements[i]);
    for (int v = 0; v < a->nviews; v++) {
        art_view *view = &a->views[v];
        for (int i = 0; i < view->nitems; i++) {
            art_item *it = &view->items[i];
            if (it->screen >= 0)
                continue;
            for (int e = 0; e < a->nelements && it->element < 0; e++)
                if (!strcmp(a->elements[e].name, it->elname))
                    it->element = e;
            if (it->element < 0) {
                snprintf(p->err, sizeof(p->err), "%s:%d: undefined element \"%s\"", p->name, it->line, it->elname);
                return false;
            }
        }
        view->viable = true;
        for (int i = 0; i < view->nitems; i++)
            if (view->items[i].screen > 0) {
                view->viable = false;
                if (p->warn)
                    fprintf(p->warn, "%s: view \"%s\" shows a screen this system does not have, skipped\n",
                            p->name, view->name);
                break;
            }
    }
    return true;
}

artwork *artwork_parse(const char *text, size_t len, const char *name, const char *dir, const char *zip_path,
                       FILE *warn, char *err, size_t errlen)
{
    parser p;
    memset(&p, 0, sizeof(p));
    p.a = calloc(1, sizeof(artwork));
    p.xp = XML_ParserCreate(NULL);
    if (!p.a || !p.xp || len > ART_MAX_LAY_BYTES) {
        snprintf(err, errlen, "%s: %s", name, len > ART_MAX_LAY_BYTES ? "file too large" : "out of memory");
        free(p.a);
        if (p.xp)
            XML_ParserFree(p.xp);
        return NULL;
    }
    snprintf(p.a->source, sizeof(p.a->source), "%s", name);
    p.name = name;
    p.dir = dir;
    p.warn = warn;
    if (zip_path && !dir) {
        char zerr[512];
        p.zip = zipfile_open(zip_path, zerr, sizeof(zerr));
        if (!p.zip && warn)
            fprintf(warn, "%s\n", zerr);
    }
    XML_SetUserData(p.xp, &p);
    XML_SetElementHandler(p.xp, on_start, on_end);
    if (XML_Parse(p.xp, text, (int)len, XML_TRUE) == XML_STATUS_ERROR && !p.failed) {
        p.failed = true;
        snprintf(p.err, sizeof(p.err), "%s:%lu: %s", name, (unsigned long)XML_GetCurrentLineNumber(p.xp),
                 XML_ErrorString(XML_GetErrorCode(p.xp)));
    }
    bool ok = !p.failed && resolve(&p);
    for (int l = 0; l < LAYER_COUNT; l++) {
        for (int i = 0; i < p.layer_n[l]; i++)
            free(p.layer_items[l][i].elname);
        free(p.layer_items[l]);
    }
    XML_ParserFree(p.xp);
    zipfile_close(p.zip);
    if (!ok) {
        snprintf(err, errlen, "%s", p.err);
        artwork_free(p.a);
        return NULL;
    }
    return p.a;
}

void artwork_free(artwork *a)
{
    if (!a)
        return;
    for (int i = 0; i < a->nelements; i++) {
        for (int c = 0; c < a->elements[i].ncomps; c++)
            free(a->elements[i].comps[c].pix);
        free(a->elements[i].comps);
        free(a->elements[i].name);
    }
    free(a->elements);
    for (int v = 0; v < a->nviews; v++) {
        for (int i = 0; i < a->views[v].nitems; i++) {
            free(a->views[v].items[i].elname);
            free(a->views[v].items[i].tex);
        }
        free(a->views[v].items);
        free(a->views[v].name);
    }
    free(a->views);
    free(a);
}

artwork *artwork_load_file(const char *path, FILE *warn, char *err, size_t errlen)
{
    u8 *buf;
    size_t len;
    if (file_read_all(path, &buf, &len, ART_MAX_LAY_BYTES, err, errlen))
        return NULL;
    char dir[4096];
    snprintf(dir, sizeof(dir), "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        strcpy(dir, ".");
    artwork *a = artwork_parse((const char *)buf, len, path, dir, NULL, warn, err, errlen);
    free(buf);
    return a;
}

/* ---- lookup ---- */

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static artwork *try_folder(const char *dir, const char *set, FILE *warn)
{
    char folder[4200], path[4400], err[600];
    snprintf(folder, sizeof(folder), "%s/%s", dir, set);
    if (!is_dir(folder))
        return NULL;
    const char *names[2] = { set, "default" };
    for (int i = 0; i < 2; i++) {
        snprintf(path, sizeof(path), "%s/%s.lay", folder, names[i]);
        if (!is_file(path))
            continue;
        artwork *a = artwork_load_file(path, warn, err, sizeof(err));
        if (a)
            return a;
        if (warn)
            fprintf(warn, "%s\n", err);
    }
    return NULL;
}

static artwork *try_zip(const char *dir, const char *set, FILE *warn)
{
    char path[4200], err[600];
    snprintf(path, sizeof(path), "%s/%s.zip", dir, set);
    if (!is_file(path))
        return NULL;
    zipfile *z = zipfile_open(path, err, sizeof(err));
    if (!z) {
        if (warn)
            fprintf(warn, "%s\n", err);
        return NULL;
    }
    const char *names[2] = { set, "default" };
    artwork *a = NULL;
    for (int i = 0; i < 2 && !a; i++) {
        char fname[300], label[4600];
        snprintf(fname, sizeof(fname), "%s.lay", names[i]);
        const zipfile_entry *e = zipfile_find(z, fname);
        u8 *buf = NULL;
        size_t len = 0;
        if (!e)
            continue;
        snprintf(label, sizeof(label), "%s/%s", path, fname);
        if (!zipfile_read(z, e, ART_MAX_LAY_BYTES, &buf, &len, err, sizeof(err))) {
            if (warn)
                fprintf(warn, "%s\n", err);
            continue;
        }
        a = artwork_parse((const char *)buf, len, label, NULL, path, warn, err, sizeof(err));
        if (!a && warn)
            fprintf(warn, "%s\n", err);
        free(buf);
    }
    zipfile_close(z);
    return a;
}

artwork *artwork_find(const char *artpath, const char *const *sets, int nsets, FILE *warn)
{
    size_t ndirs = 0;
    char **dirs = romload_split_path(artpath, &ndirs);
    artwork *a = NULL;
    for (int s = 0; s < nsets && !a; s++)
        for (size_t d = 0; d < ndirs && !a && sets[s] && safe_name(sets[s]); d++)
            if (!(a = try_folder(dirs[d], sets[s], warn)))
                a = try_zip(dirs[d], sets[s], warn);
    for (size_t d = 0; d < ndirs; d++)
        free(dirs[d]);
    free(dirs);
    return a;
}

artwork *artwork_find_for_driver(const char *artpath, const game_driver *drv, FILE *warn)
{
    const char *sets[8];
    int n = 0;
    for (const game_driver *d = drv; d && n < 8; d = d->parent ? driver_find(d->parent) : NULL)
        sets[n++] = d->name;
    artwork *a = artwork_find(artpath, sets, n, warn);
    if (a || !artpath || *artpath == '/' || *artpath == '$' || *artpath == '~')
        return a;
    /* A relative -artpath (the default "artwork") is also tried beside the
       binary, where the build puts the bundled artwork. */
    char exe[2048], alt[4096];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    exe[len > 0 ? len : 0] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    size_t o = 0;
    for (const char *p = artpath; *p && o < sizeof(alt) - 1;) {
        const char *end = strchr(p, ';');
        size_t l = end ? (size_t)(end - p) : strlen(p);
        int k = snprintf(alt + o, sizeof(alt) - o, "%s%s/%.*s", o ? ";" : "", exe, (int)l, p);
        if (k < 0 || (size_t)k >= sizeof(alt) - o)
            return NULL;
        o += (size_t)k;
        p += l + (end ? 1 : 0);
    }
    return artwork_find(alt, sets, n, warn);
}

/* ---- views ---- */

const char *artwork_source(const artwork *a)
{
    return a->source;
}

int artwork_view_count(const artwork *a)
{
    return a->nviews;
}

const char *artwork_view_name(const artwork *a, int view)
{
    return view >= 0 && view < a->nviews ? a->views[view].name : NULL;
}

int artwork_find_view(const artwork *a, const char *name)
{
    for (int v = 0; v < a->nviews; v++)
        if (a->views[v].viable && (name ? !strcasecmp(a->views[v].name, name) : a->views[v].has_screen0))
            return v;
    return -1;
}

static art_rect view_bounds(const art_view *v)
{
    if (v->has_bounds)
        return v->b;
    art_rect r = { 0, 0, 1, 1 };
    for (int i = 0; i < v->nitems; i++) {
        const art_rect *b = &v->items[i].b;
        if (i == 0)
            r = *b;
        r.x0 = b->x0 < r.x0 ? b->x0 : r.x0;
        r.y0 = b->y0 < r.y0 ? b->y0 : r.y0;
        r.x1 = b->x1 > r.x1 ? b->x1 : r.x1;
        r.y1 = b->y1 > r.y1 ? b->y1 : r.y1;
    }
    return r;
}

double artwork_view_aspect(const artwork *a, int view)
{
    if (view < 0 || view >= a->nviews)
        return 0;
    art_rect vb = view_bounds(&a->views[view]);
    return vb.x1 > vb.x0 && vb.y1 > vb.y0 ? (vb.x1 - vb.x0) / (vb.y1 - vb.y0) : 0;
}

int artwork_view_size(const artwork *a, int view, int sw, int sh, int *w, int *h)
{
    if (view < 0 || view >= a->nviews)
        return -1;
    const art_view *v = &a->views[view];
    art_rect vb = view_bounds(v);
    for (int i = 0; i < v->nitems; i++) {
        const art_rect *b = &v->items[i].b;
        if (v->items[i].screen != 0 || b->x1 <= b->x0 || b->y1 <= b->y0)
            continue;
        double ww = (vb.x1 - vb.x0) * sw / (b->x1 - b->x0), hh = (vb.y1 - vb.y0) * sh / (b->y1 - b->y0);
        if (ww < 1 || hh < 1 || ww > 8192 || hh > 8192)
            return -1;
        *w = (int)(ww + 0.5);
        *h = (int)(hh + 0.5);
        return 0;
    }
    return -1;
}

/* ---- compositing ---- */

static inline u32 div255(u32 v)
{
    return (v + 127) / 255;
}

/* Straight-alpha "over" of src onto dst, both ARGB. */
static u32 over(u32 dst, u32 src)
{
    u32 sa = src >> 24, da = dst >> 24;
    if (sa == 255 || da == 0)
        return src;
    if (sa == 0)
        return dst;
    u32 db = div255(da * (255 - sa));   /* dst weight */
    u32 oa = sa + db;
    u32 out = oa << 24;
    for (int sh = 0; sh < 24; sh += 8) {
        u32 s = (src >> sh) & 255, d = (dst >> sh) & 255;
        out |= ((s * sa + d * db + oa / 2) / oa) << sh;
    }
    return out;
}

/* Item pixel edges: the view bounds mapped onto ow x oh, rounded. */
static int map_edge(double v, double lo, double hi, int size)
{
    double p = (v - lo) * size / (hi - lo);
    return p < -1e6 ? -1000000 : p > 1e6 ? 1000000 : (int)(p + (p >= 0 ? 0.5 : -0.5));
}

static void render_element(const art_element *e, u32 *tex, int tw, int th)
{
    double ew = e->b.x1 - e->b.x0, eh = e->b.y1 - e->b.y0;
    if (ew <= 0 || eh <= 0)
        return;
    for (int i = 0; i < e->ncomps; i++) {
        const art_comp *c = &e->comps[i];
        int x0 = map_edge(c->b.x0, e->b.x0, e->b.x0 + ew, tw), x1 = map_edge(c->b.x1, e->b.x0, e->b.x0 + ew, tw);
        int y0 = map_edge(c->b.y0, e->b.y0, e->b.y0 + eh, th), y1 = map_edge(c->b.y1, e->b.y0, e->b.y0 + eh, th);
        int cw = x1 - x0, ch = y1 - y0;
        if (cw <= 0 || ch <= 0 || (c->kind == COMP_IMAGE && !c->pix))
            continue;
        u32 rc = (u32)c->c.a << 24 | (u32)c->c.r << 16 | (u32)c->c.g << 8 | c->c.b;
        for (int y = y0 < 0 ? 0 : y0; y < y1 && y < th; y++)
            for (int x = x0 < 0 ? 0 : x0; x < x1 && x < tw; x++) {
                u32 s = rc;
                if (c->kind == COMP_IMAGE) {
                    int sx = (int)((s64)(x - x0) * c->pw / cw), sy = (int)((s64)(y - y0) * c->ph / ch);
                    s = c->pix[(size_t)sy * (size_t)c->pw + (size_t)sx];
                }
                tex[(size_t)y * (size_t)tw + (size_t)x] = over(tex[(size_t)y * (size_t)tw + (size_t)x], s);
            }
    }
}

static u32 tint(u32 px, art_color c)
{
    u32 a = div255((px >> 24) * c.a), r = div255(((px >> 16) & 255) * c.r);
    u32 g = div255(((px >> 8) & 255) * c.g), b = div255((px & 255) * c.b);
    return a << 24 | r << 16 | g << 8 | b;
}

static u32 blend(u32 dst, u32 src, int mode)
{
    u32 a = src >> 24, out = 0;
    for (int sh = 0; sh < 24; sh += 8) {
        u32 s = (src >> sh) & 255, d = (dst >> sh) & 255, o;
        switch (mode) {
        case ART_BLEND_NONE: o = s; break;
        case ART_BLEND_ADD: o = d + div255(s * a); o = o > 255 ? 255 : o; break;
        case ART_BLEND_MULTIPLY: o = div255(d * (div255(s * a) + 255 - a)); break;
        default: o = div255(s * a + d * (255 - a)); break;
        }
        out |= o << sh;
    }
    return out;
}

static int prepare_view(artwork *a, art_view *v, int ow, int oh)
{
    if (v->cache_w == ow && v->cache_h == oh)
        return 0;
    art_rect vb = view_bounds(v);
    if (vb.x1 <= vb.x0 || vb.y1 <= vb.y0)
        return -1;
    for (int i = 0; i < v->nitems; i++) {
        art_item *it = &v->items[i];
        free(it->tex);
        it->tex = NULL;
        it->tx0 = map_edge(it->b.x0, vb.x0, vb.x1, ow);
        it->ty0 = map_edge(it->b.y0, vb.y0, vb.y1, oh);
        it->tw = map_edge(it->b.x1, vb.x0, vb.x1, ow) - it->tx0;
        it->th = map_edge(it->b.y1, vb.y0, vb.y1, oh) - it->ty0;
        if (it->screen >= 0 || it->tw <= 0 || it->th <= 0 || it->tw > 16384 || it->th > 16384)
            continue;
        it->tex = calloc((size_t)it->tw * (size_t)it->th, sizeof(u32));
        if (!it->tex)
            return -1;
        render_element(&a->elements[it->element], it->tex, it->tw, it->th);
        for (size_t k = 0; k < (size_t)it->tw * (size_t)it->th; k++)
            it->tex[k] = tint(it->tex[k], it->c);
    }
    v->cache_w = ow;
    v->cache_h = oh;
    return 0;
}

int artwork_compose(artwork *a, int view, const u32 *screen, int sw, int sh, u32 *out, int ow, int oh)
{
    if (view < 0 || view >= a->nviews || ow <= 0 || oh <= 0 || sw <= 0 || sh <= 0)
        return -1;
    art_view *v = &a->views[view];
    if (prepare_view(a, v, ow, oh))
        return -1;
    memset(out, 0, (size_t)ow * (size_t)oh * sizeof(u32));
    for (int i = 0; i < v->nitems; i++) {
        const art_item *it = &v->items[i];
        if (it->tw <= 0 || it->th <= 0 || (it->screen != 0 && !it->tex))
            continue;
        int x0 = it->tx0 < 0 ? 0 : it->tx0, y0 = it->ty0 < 0 ? 0 : it->ty0;
        int x1 = it->tx0 + it->tw > ow ? ow : it->tx0 + it->tw, y1 = it->ty0 + it->th > oh ? oh : it->ty0 + it->th;
        u32 scol = 0xffu << 24;
        bool plain = it->c.r == 255 && it->c.g == 255 && it->c.b == 255 && it->c.a == 255;
        for (int y = y0; y < y1; y++) {
            u32 *row = out + (size_t)y * (size_t)ow;
            for (int x = x0; x < x1; x++) {
                u32 s;
                if (it->screen == 0) {
                    int sx = (int)((s64)(x - it->tx0) * sw / it->tw), sy = (int)((s64)(y - it->ty0) * sh / it->th);
                    s = (screen[(size_t)sy * (size_t)sw + (size_t)sx] & 0xffffff) | scol;
                    if (!plain)
                        s = tint(s, it->c);
                } else {
                    s = it->tex[(size_t)(y - it->ty0) * (size_t)it->tw + (size_t)(x - it->tx0)];
                }
                row[x] = blend(row[x], s, it->blend);
            }
        }
    }
    return 0;
}

/* ---- snapshots ---- */

int artwork_snapshot(const game_driver *drv, const char *artpath, const u32 *frame, int w, int h, const char *path,
                     char *err, size_t errlen)
{
    /* Loaded once per run (the headless runner snapshots one system). */
    static artwork *cached;
    static const game_driver *cached_drv;
    static bool tried;
    if (!tried || cached_drv != drv) {
        artwork_free(cached);
        cached = artwork_find_for_driver(artpath, drv, stderr);
        cached_drv = drv;
        tried = true;
        if (!cached)
            fprintf(stderr, "%s: no artwork found in %s, snapshots show the screen only\n", drv->name, artpath);
    }
    int view = cached ? artwork_find_view(cached, NULL) : -1;
    int ow, oh;
    if (view < 0 || artwork_view_size(cached, view, w, h, &ow, &oh))
        return 1;
    u32 *out = malloc((size_t)ow * (size_t)oh * sizeof(u32));
    if (!out || artwork_compose(cached, view, frame, w, h, out, ow, oh)) {
        free(out);
        snprintf(err, errlen, "%s: out of memory composing the artwork", path);
        return -1;
    }
    int rc = png_write_rgb(path, out, ow, oh, err, errlen);
    free(out);
    return rc;
}
