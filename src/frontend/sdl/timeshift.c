/* Run-ahead and rewind in the window: the glue between the frame loop and
   frontend/runahead.c, frontend/rewind.c. */
#include <stdio.h>

#include "frontend/sdl/front.h"

int window_rewind_open(front *f)
{
    char err[512];
    const options *o = f->o;
    if (runahead_init(&f->ra, f->m, o->runahead, err, sizeof(err))
        || rewind_init(&f->rw, o->rewind ? (size_t)o->rewind_capacity << 20 : 0, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_INVALID_CONFIG;
    }
    if (f->ra.frames)
        f->probe.shown = f->ra.shown; /* latency as the player sees it */
    return 0;
}

void window_rewind_close(front *f)
{
    if (f->o->verbose && f->ra.frames)
        fprintf(stderr, "runahead: %d frames, %llu speculative frames run\n", f->ra.frames,
                (unsigned long long)f->ra.speculated);
    if (f->o->verbose && rewind_on(&f->rw))
        fprintf(stderr, "rewind: %zu frames kept in %zu bytes (capacity %zu), %llu dropped, %llu rewound\n",
                rewind_depth(&f->rw), f->rw.used, f->rw.capacity, (unsigned long long)f->rw.dropped,
                (unsigned long long)f->rw.stepped);
    f->probe.shown = NULL;
    runahead_free(&f->ra);
    rewind_free(&f->rw);
}

int window_after_frame(front *f)
{
    char err[512];
    if (rewind_push(&f->rw, f->m, err, sizeof(err)) || runahead_speculate(&f->ra, f->m, NULL, NULL, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    return 0;
}

int window_rewind_pass(front *f)
{
    f->rewind_single = false;
    char err[512];
    /* A playback's inputs come back with the frame; the player's keys stay as held. */
    int k = rewind_step(&f->rw, f->m, f->playback != NULL, err, sizeof(err));
    if (k < 0) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    if (k == 0) {
        front_message(f, rewind_on(&f->rw) ? "Rewind: no earlier frame kept" : "Rewind is off (-rewind)");
        f->rewind_held = false;
        return 0;
    }
    if (!f->idle)
        front_message(f, "Rewinding");
    inp_rewind(f->record, f->m->frame_number);
    inp_rewind(f->playback, f->m->frame_number);
    f->ra.shown_frame = 0; /* show the rewound frame itself */
    return 0;
}

void front_rewind_key(front *f, SDL_Scancode sc, bool down, bool repeat)
{
    if (repeat)
        return;
    if (sc == SDL_SCANCODE_BACKSPACE)
        f->rewind_held = down;
    else if (down)
        f->rewind_single = true;
}
