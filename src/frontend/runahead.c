#include "frontend/runahead.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "video/tilemap.h"

static size_t pixels_of(const machine_t *m)
{
    return (size_t)m->bitmap.width * (size_t)m->bitmap.height;
}

static size_t tiles_of(const tilemap_t *tm)
{
    return (size_t)tm->cfg.cols * (size_t)tm->cfg.rows;
}

static size_t tile_pixels_of(const tilemap_t *tm)
{
    return (size_t)tm->width * (size_t)tm->height;
}

static int alloc_tilemaps(runahead *ra, const machine_t *m)
{
    ra->num_tilemaps = m->num_tilemaps;
    for (int i = 0; i < m->num_tilemaps; i++) {
        const tilemap_t *tm = m->tilemaps[i];
        runahead_tilemap *c = &ra->tilemaps[i];
        c->dirty = malloc(tiles_of(tm));
        c->tile_kind = malloc(tiles_of(tm));
        c->flagsmap = malloc(tile_pixels_of(tm));
        c->pixmap = malloc(tile_pixels_of(tm) * sizeof(u16));
        c->backdrop = tm->backdrop ? malloc(tile_pixels_of(tm) * sizeof(u16)) : NULL;
        if (!c->dirty || !c->tile_kind || !c->flagsmap || !c->pixmap || (tm->backdrop && !c->backdrop))
            return -1;
    }
    return 0;
}

/* The big buffers are swapped, not copied back: the speculation draws
   into a copy, and the real ones are put back as they were. */
static void swap_pixmaps(runahead_tilemap *c, tilemap_t *tm)
{
    u8 *flags = tm->flagsmap;
    u16 *pix = tm->pixmap;
    tm->flagsmap = c->flagsmap;
    tm->pixmap = c->pixmap;
    c->flagsmap = flags;
    c->pixmap = pix;
    if (c->backdrop && tm->backdrop) {
        u16 *bd = tm->backdrop;
        tm->backdrop = c->backdrop;
        c->backdrop = bd;
    }
}

static void keep_tilemap(runahead_tilemap *c, tilemap_t *tm)
{
    memcpy(c->dirty, tm->dirty, tiles_of(tm));
    memcpy(c->tile_kind, tm->tile_kind, tiles_of(tm));
    swap_pixmaps(c, tm);
    memcpy(tm->flagsmap, c->flagsmap, tile_pixels_of(tm));
    memcpy(tm->pixmap, c->pixmap, tile_pixels_of(tm) * sizeof(u16));
    if (c->backdrop && tm->backdrop)
        memcpy(tm->backdrop, c->backdrop, tile_pixels_of(tm) * sizeof(u16));
    memcpy(c->category_tiles, tm->category_tiles, sizeof(c->category_tiles));
    c->transparent_tiles = tm->transparent_tiles;
    c->any_dirty = tm->any_dirty;
}

static void restore_tilemap(runahead_tilemap *c, tilemap_t *tm)
{
    memcpy(tm->dirty, c->dirty, tiles_of(tm));
    memcpy(tm->tile_kind, c->tile_kind, tiles_of(tm));
    swap_pixmaps(c, tm);
    memcpy(tm->category_tiles, c->category_tiles, sizeof(c->category_tiles));
    tm->transparent_tiles = c->transparent_tiles;
    tm->any_dirty = c->any_dirty;
}

int runahead_init(runahead *ra, const machine_t *m, int frames, char *err, size_t errlen)
{
    memset(ra, 0, sizeof(*ra));
    if (frames < 0 || frames > RUNAHEAD_MAX) {
        snprintf(err, errlen, "-runahead %d: must be 0 (off) to %d frames", frames, RUNAHEAD_MAX);
        return -1;
    }
    if (frames == 0)
        return 0;
    if (!(m->driver->flags & MACHINE_SUPPORTS_SAVE)) {
        snprintf(err, errlen, "-runahead: %s does not support save states", m->driver->name);
        return -1;
    }
    size_t n = pixels_of(m);
    ra->bitmap = malloc(n * sizeof(u16));
    ra->pens = malloc((size_t)m->palette.num_pens * sizeof(u32));
    ra->shown = calloc(n, sizeof(u32));
    if (!ra->bitmap || !ra->pens || !ra->shown || alloc_tilemaps(ra, m)) {
        runahead_free(ra);
        snprintf(err, errlen, "-runahead: out of memory");
        return -1;
    }
    ra->frames = frames;
    ra->copy_shown = true;
    return 0;
}

void runahead_free(runahead *ra)
{
    free(ra->state);
    free(ra->bitmap);
    free(ra->pens);
    free(ra->shown);
    for (int i = 0; i < ra->num_tilemaps; i++) {
        free(ra->tilemaps[i].dirty);
        free(ra->tilemaps[i].tile_kind);
        free(ra->tilemaps[i].flagsmap);
        free(ra->tilemaps[i].pixmap);
        free(ra->tilemaps[i].backdrop);
    }
    memset(ra, 0, sizeof(*ra));
}

/* What a state does not hold but the next real frame may see: the finished
   picture and its pens, the input ports (latched values included), the
   coin counters, the tilemaps' caches. */
static void keep_outside_state(runahead *ra, machine_t *m)
{
    u16 *real = m->bitmap.pix;
    m->bitmap.pix = ra->bitmap;
    ra->bitmap = real;
    memcpy(m->bitmap.pix, real, pixels_of(m) * sizeof(u16));
    memcpy(ra->pens, m->frame_pens, (size_t)m->palette.num_pens * sizeof(u32));
    ra->inputs = m->inputs;
    memcpy(ra->coin_count, m->coin_count, sizeof(ra->coin_count));
    memcpy(ra->coin_line, m->coin_line, sizeof(ra->coin_line));
    for (int i = 0; i < ra->num_tilemaps && i < m->num_tilemaps; i++)
        keep_tilemap(&ra->tilemaps[i], m->tilemaps[i]);
}

static void restore_outside_state(runahead *ra, machine_t *m)
{
    u16 *spec = m->bitmap.pix;
    m->bitmap.pix = ra->bitmap;
    ra->bitmap = spec;
    memcpy(m->frame_pens, ra->pens, (size_t)m->palette.num_pens * sizeof(u32));
    m->frame_stale = true; /* frame_rgb holds the speculated picture */
    m->inputs = ra->inputs;
    memcpy(m->coin_count, ra->coin_count, sizeof(m->coin_count));
    memcpy(m->coin_line, ra->coin_line, sizeof(m->coin_line));
    for (int i = 0; i < ra->num_tilemaps && i < m->num_tilemaps; i++)
        restore_tilemap(&ra->tilemaps[i], m->tilemaps[i]);
}

int runahead_speculate(runahead *ra, machine_t *m, void (*shown)(void *ctx, machine_t *m), void *ctx, char *err,
                       size_t errlen)
{
    if (!ra->frames)
        return 0;
    free(ra->state);
    ra->state = NULL;
    if (machine_save_state(m, &ra->state, &ra->state_len)) {
        snprintf(err, errlen, "-runahead: the state could not be saved (out of memory)");
        return -1;
    }
    keep_outside_state(ra, m);
    bool ready = m->frame_ready;
    for (int i = 0; i < ra->frames; i++)
        machine_run_frame(m);
    if (ra->copy_shown) {
        memcpy(ra->shown, machine_frame(m), pixels_of(m) * sizeof(u32));
        ra->shown_frame = m->frame_number;
    }
    ra->speculated += (u64)ra->frames;
    if (shown)
        shown(ctx, m);
    char why[256];
    if (machine_load_state(m, ra->state, ra->state_len, why, sizeof(why))) {
        snprintf(err, errlen, "-runahead: the state could not be restored: %s", why);
        return -1;
    }
    restore_outside_state(ra, m);
    m->frame_ready = ready;
    return 0;
}

const u32 *runahead_picture(const runahead *ra, const machine_t *m)
{
    return ra->frames && ra->shown_frame ? ra->shown : machine_frame(m);
}
