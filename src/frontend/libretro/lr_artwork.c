/* Artwork (MAME .lay: overlays, bezels) composed around the frame, as the
   standalone frontend's -snapview artwork does: the first view showing the
   screen, at the screen's own pixel size. Looked for in
   <system folder>/cabinet/artwork and <content folder>/artwork; shown when
   the core option is on (the default). Needs the core's rotation. */
#include <stdio.h>
#include <stdlib.h>

#include "frontend/artwork.h"
#include "frontend/libretro/lr_core.h"

void lr_artwork_load(lr_core *c, const char *content_dir, const char *system_dir)
{
    char artpath[8400];
    snprintf(artpath, sizeof(artpath), "%s/cabinet/artwork;%s/artwork", system_dir ? system_dir : ".",
             content_dir ? content_dir : ".");
    char *text = NULL;
    size_t len = 0;
    FILE *warn = open_memstream(&text, &len);
    c->art = artwork_find_for_driver(artpath, c->drv, warn);
    if (warn) {
        fclose(warn);
        if (len)
            lr_message(RETRO_LOG_WARN, 300, "%s", text);
        free(text);
    }
    int w = machine_width(c->m), h = machine_height(c->m);
    if (c->drv->flags & ORIENT_SWAP_XY) {
        int t = w;
        w = h;
        h = t;
    }
    c->art_view = c->art ? artwork_find_view(c->art, NULL) : -1;
    if (c->art_view < 0 || artwork_view_size(c->art, c->art_view, w, h, &c->art_w, &c->art_h)
        || !(c->art_buf = malloc((size_t)c->art_w * (size_t)c->art_h * sizeof(u32)))) {
        artwork_free(c->art);
        c->art = NULL;
        c->art_w = c->art_h = 0;
    }
}

const u32 *lr_artwork_compose(lr_core *c, const u32 *frame, int w, int h)
{
    if (artwork_compose(c->art, c->art_view, frame, w, h, c->art_buf, c->art_w, c->art_h))
        return NULL;
    return c->art_buf;
}

void lr_artwork_free(lr_core *c)
{
    artwork_free(c->art);
    free(c->art_buf);
    c->art = NULL;
    c->art_buf = NULL;
}
