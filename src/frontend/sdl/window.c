/* run_window: the game in an SDL2 window, paced by the audio queue (or the
   host clock without sound), input read just before each frame. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/runner.h"
#include "frontend/sdl/config.h"
#include "frontend/sdl/font.h"
#include "frontend/sdl/front.h"
#include "video/orient.h"

#define MAX_SKIP 4

static bool display_available(void)
{
    const char *x = getenv("DISPLAY"), *wl = getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wl && *wl);
}

static double seconds_of(emu_time t)
{
    return (double)t.sec + (double)t.atto / 1e18;
}

static int front_open(front *f, machine_t *m, const options *o)
{
    memset(f, 0, sizeof(*f));
    f->m = m;
    f->o = o;
    f->throttle = o->throttle;
    f->orient = orient_compose(m->driver->flags, o->rotate, o->ror, o->rol, o->flipx, o->flipy);
    bool swap = f->orient & ORIENT_SWAP_XY;
    f->fw = swap ? machine_height(m) : machine_width(m);
    f->fh = swap ? machine_width(m) : machine_height(m);
    f->frame = calloc((size_t)f->fw * (size_t)f->fh, sizeof(u32));
    f->overlay = calloc(OVERLAY_W * OVERLAY_H, sizeof(u32));
    if (!f->frame || !f->overlay)
        return -1;
    if (autokeys_init(&f->ak))
        return -2;
    char title[256];
    snprintf(title, sizeof(title), "%s [%s] - Cabinet", m->driver->description, m->driver->name);
    if (video_open(&f->video, title, f->fw, f->fh, o))
        return -1;
    double period = seconds_of(m->frame_period);
    f->have_audio = strcmp(o->sound, "none") && audio_open(&f->audio, (int)m->mix.out_rate, o->samplerate, period) == 0;
    if (!f->have_audio && strcmp(o->sound, "none"))
        fprintf(stderr, "No audio device (%s): running without sound\n", SDL_GetError());
    pacer_init(&f->clock, period);
    stats_reset(&f->stats, host_now(), 0);
    keymap_init(&f->keys, &m->inputs);
    config_load(m, &f->keys, o->cfg_directory);
    nvram_load(m, o->nvram_directory);
    if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0)
        fprintf(stderr, "No game controller support: %s\n", SDL_GetError());
    return 0;
}

static void front_close(front *f)
{
    if (f->m && f->o) {
        char err[256];
        nvram_save(f->m, f->o->nvram_directory);
        if (config_save(f->m, &f->keys, f->o->cfg_directory, err, sizeof(err)))
            fprintf(stderr, "%s\n", err);
    }
    for (int i = 0; i < MAX_PADS; i++)
        if (f->pads[i])
            SDL_GameControllerClose(f->pads[i]);
    if (f->have_audio)
        audio_close(&f->audio);
    video_close(&f->video);
    autokeys_free(&f->ak);
    free(f->frame);
    free(f->overlay);
}

static bool fast(const front *f)
{
    return !f->throttle || f->ffwd_insert || f->ffwd_pgdn;
}

/* Waits until the next frame is due; true when behind (skip drawing). */
static bool pace(front *f)
{
    if (f->have_audio) {
        if (!fast(f))
            audio_wait(&f->audio, 0.25);
        return !fast(f) && audio_queued_seconds(&f->audio) < f->audio.target / 2;
    }
    if (fast(f))
        return false;
    return pacer_wait(&f->clock, f->o->speed);
}

static const u32 *draw_overlay(front *f)
{
    bool msg = f->message[0] && SDL_GetTicks64() < f->message_until;
    if (!msg && f->menu.page == MENU_CLOSED && !f->paused)
        return NULL;
    memset(f->overlay, 0, OVERLAY_W * OVERLAY_H * sizeof(u32));
    if (f->menu.page != MENU_CLOSED)
        menu_draw(&f->menu, f->m, &f->keys, f->overlay);
    else if (f->paused)
        font_draw(f->overlay, OVERLAY_W, OVERLAY_H, 4, 4, "Paused", 0xffffff00);
    if (msg) {
        int y = OVERLAY_H - FONT_H - 6;
        fill_rect(f->overlay, OVERLAY_W, OVERLAY_H, 0, y - 3, OVERLAY_W, FONT_H + 6, 0xc0000000);
        font_draw(f->overlay, OVERLAY_W, OVERLAY_H, 4, y, f->message, 0xffffffff);
    }
    return f->overlay;
}

static void present(front *f)
{
    int w, h;
    orient_apply(f->frame, &w, &h, machine_frame(f->m), machine_width(f->m), machine_height(f->m), f->orient);
    video_present(&f->video, f->frame, draw_overlay(f));
    f->last_present = SDL_GetPerformanceCounter();
}

/* Unthrottled runs draw at most about 60 pictures per host second. */
static bool want_present(front *f, bool behind)
{
    if (fast(f)) {
        double since = (double)(SDL_GetPerformanceCounter() - f->last_present) / (double)SDL_GetPerformanceFrequency();
        return since >= 1.0 / 60.0;
    }
    if (behind && f->skipped < MAX_SKIP) {
        f->skipped++;
        return false;
    }
    f->skipped = 0;
    return true;
}

static void run_one_frame(front *f, bool behind)
{
    machine_t *m = f->m;
    machine_run_frame(m);
    int lat = latency_check(&f->probe, m);
    if (lat && f->o->verbose)
        fprintf(stderr, "latency: key pressed after frame %llu, picture changed in frame %llu (%d frame%s)\n",
                (unsigned long long)f->probe.press_frame, (unsigned long long)m->frame_number, lat,
                lat == 1 ? "" : "s");
    if (f->have_audio) {
        size_t n;
        const s16 *s = machine_audio(m, &n);
        audio_push(&f->audio, s, n, f->o->speed, fast(f));
    }
    bool draw = want_present(f, behind);
    if (draw)
        present(f);
    if (f->o->verbose) {
        stats_frame(&f->stats, draw, f->have_audio ? audio_queued_seconds(&f->audio) : 0);
        stats_report(&f->stats, host_now(), seconds_of(m->now), f->audio.ratio, f->have_audio);
    }
}

/* Paused or in the menu: keep the window alive, emulate nothing. */
static void idle_pass(front *f)
{
    f->idle = true;
    present(f);
    SDL_Delay(16);
}

static void resume_from_idle(front *f)
{
    if (!f->idle)
        return;
    f->idle = false;
    if (f->have_audio)
        audio_prefill(&f->audio);
    pacer_reset(&f->clock);
    stats_reset(&f->stats, host_now(), seconds_of(f->m->now));
}

static void main_loop(front *f)
{
    machine_t *m = f->m;
    emu_time limit = f->o->seconds_to_run ? et_from_ratio((u64)f->o->seconds_to_run, 1) : ET_NEVER;
    while (!f->quit && et_cmp(m->now, limit) < 0) {
        bool behind = f->idle ? false : pace(f);
        while (autokeys_push(&f->ak, m->frame_number))
            front_poll(f);
        front_poll(f);
        if (f->quit)
            break;
        if (f->menu.page != MENU_CLOSED || (f->paused && !f->step)) {
            idle_pass(f);
            continue;
        }
        resume_from_idle(f);
        f->step = false;
        run_one_frame(f, behind);
    }
}

int run_window(machine_t *m, const options *o)
{
    if (!display_available() || SDL_Init(SDL_INIT_VIDEO) != 0)
        return -1;
    front f;
    int rc = front_open(&f, m, o);
    if (rc == -1 && !f.video.window) {
        front_close(&f);
        SDL_Quit();
        return -1;
    }
    if (rc == 0)
        main_loop(&f);
    f.m = rc == 0 ? f.m : NULL;
    front_close(&f);
    SDL_Quit();
    return rc == 0 ? EXIT_OK : EXIT_FATAL;
}
