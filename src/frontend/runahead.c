#include "frontend/runahead.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t pixels_of(const machine_t *m)
{
    return (size_t)m->bitmap.width * (size_t)m->bitmap.height;
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
    if (!ra->bitmap || !ra->pens || !ra->shown) {
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
    memset(ra, 0, sizeof(*ra));
}

/* What a state does not hold but the next real frame may see: the finished
   picture and its pens, and the input ports (latched values included). */
static void keep_outside_state(runahead *ra, const machine_t *m)
{
    memcpy(ra->bitmap, m->bitmap.pix, pixels_of(m) * sizeof(u16));
    memcpy(ra->pens, m->frame_pens, (size_t)m->palette.num_pens * sizeof(u32));
    ra->inputs = m->inputs;
}

static void restore_outside_state(const runahead *ra, machine_t *m)
{
    memcpy(m->bitmap.pix, ra->bitmap, pixels_of(m) * sizeof(u16));
    memcpy(m->frame_pens, ra->pens, (size_t)m->palette.num_pens * sizeof(u32));
    m->frame_stale = true; /* frame_rgb holds the speculated picture */
    m->inputs = ra->inputs;
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
