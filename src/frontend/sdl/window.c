/* run_window: the game in an SDL2 window, paced by the audio buffer (or the
   host clock without sound), input read just before each frame. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/nvram.h"
#include "frontend/runner.h"
#include "frontend/statefile.h"
#include "frontend/stopsig.h"
#include "frontend/sdl/config.h"
#include "frontend/sdl/font.h"
#include "frontend/sdl/front.h"
#include "frontend/sdl/gameinfo.h"
#include "frontend/launcher.h"
#include "util/fileio.h"
#include "util/png.h"
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

/* Artwork for the system (-artwork, -view): the view and its size. */
static int open_artwork(front *f, const options *o)
{
    f->vw = f->fw;
    f->vh = f->fh;
    if (!o->artwork || !(f->art = artwork_find_for_driver(o->artpath, f->m->driver, stderr)))
        return 0;
    f->view = artwork_find_view(f->art, o->view);
    if (f->view < 0 || artwork_view_size(f->art, f->view, f->fw, f->fh, &f->vw, &f->vh)) {
        fprintf(stderr, "%s: %s%s%s; showing the game without artwork\n", artwork_source(f->art),
                o->view ? "no view \"" : "no view shows the screen", o->view ? o->view : "", o->view ? "\"" : "");
        artwork_free(f->art);
        f->art = NULL;
        f->vw = f->fw;
        f->vh = f->fh;
        return 0;
    }
    f->composed = calloc((size_t)f->vw * (size_t)f->vh, sizeof(u32));
    if (!f->composed)
        return -1;
    if (o->verbose)
        fprintf(stderr, "artwork: %s, view \"%s\", %dx%d\n", artwork_source(f->art),
                artwork_view_name(f->art, f->view), f->vw, f->vh);
    return 0;
}

/* MAME's display aspect: a 4:3 monitor, 3:4 when it is turned on its side;
   an artwork view has its own shape. */
static double display_aspect(const front *f)
{
    double a = f->art ? artwork_view_aspect(f->art, f->view) : 0;
    if (a > 0)
        return a;
    return (f->orient & ORIENT_SWAP_XY) ? 3.0 / 4.0 : 4.0 / 3.0;
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
    if (!f->frame || open_artwork(f, o))
        return -1;
    if (autokeys_init(&f->ak))
        return -2;
    char title[256];
    snprintf(title, sizeof(title), "%s [%s] - Cabinet", m->driver->description, m->driver->name);
    /* the saved settings first: the Video Options shape the window */
    char uerr[4400];
    if (uikeys_load(&f->keys.ui, o->cfg_directory, uerr, sizeof(uerr)))
        fprintf(stderr, "%s; the UI keys are the defaults\n", uerr);
    keymap_init(&f->keys, &m->inputs);
    chipvol_init(&f->chips, m);
    f->video_base = (config_video){ o->keepaspect, o->unevenstretch, false };
    config_video saved = f->video_base;
    config_load(m, &f->keys, &f->chips, &saved, o->cfg_directory, &f->cfg);
    for (int i = 0; i < f->chips.count && o->verbose; i++)
        if (f->chips.pct[i] != 100)
            fprintf(stderr, "volume: %s %d%% (saved)\n", f->chips.name[i], f->chips.pct[i]);
    if (o->verbose && memcmp(&saved, &f->video_base, sizeof(saved)))
        fprintf(stderr, "settings: keepaspect %d, unevenstretch %d, filter %d (saved)\n", saved.keepaspect,
                saved.unevenstretch, saved.filter);
    options vo = *o;
    vo.keepaspect = saved.keepaspect;
    vo.unevenstretch = saved.unevenstretch;
    if (video_open(&f->video, title, f->vw, f->vh, display_aspect(f), f->orient & ORIENT_SWAP_XY, &vo))
        return -1;
    f->filter = saved.filter;
    if (f->filter)
        video_set_filter(&f->video, true);
    double period = seconds_of(m->frame_period);
    bool sound = strcmp(o->sound, "none") != 0;
    f->have_audio = sound && audio_open(&f->audio, (int)m->mix.out_rate, o->samplerate, period,
                                        strcmp(o->sound, "sdl") != 0) == 0;
    f->volume_db = o->volume;
    if (f->have_audio)
        audio_set_volume(&f->audio, o->volume);
    f->gameinfo = gameinfo_wanted(o);
    if (f->gameinfo && o->verbose)
        fprintf(stderr, "gameinfo: shown\n");
    if (!f->have_audio && sound)
        fprintf(stderr, "No audio device (%s): running without sound\n", SDL_GetError());
    if (f->have_audio && o->verbose)
        fprintf(stderr, "audio: %s, %d Hz\n", audio_backend(&f->audio), f->audio.out_rate);
    pacer_init(&f->clock, period);
    stats_reset(&f->stats, host_now(), 0);
    stats_reset(&f->osd_stats, host_now(), 0);
    if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0)
        fprintf(stderr, "No game controller support: %s\n", SDL_GetError());
    else if (autokeys_attach_pads(&f->ak))
        return -2;
    for (int i = 0; i < m->inputs.num_fields; i++)
        f->analog |= input_type_is_analog(m->inputs.fields[i].type);
    f->mouse = o->mouse && f->analog;
    if (f->mouse && SDL_SetRelativeMouseMode(SDL_TRUE) != 0 && o->verbose)
        fprintf(stderr, "No relative mouse mode (%s): the trackball follows the pointer\n", SDL_GetError());
    return 0;
}

/* NVRAM, -state, -playback, -record, in the order the headless runner
   uses. Refusals are invalid configuration. */
static int open_state_and_recordings(front *f)
{
    char err[4400];
    const options *o = f->o;
    f->nvram = nvram_load(f->m, o);
    if (o->state && state_file_load(f->m, o->state, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_INVALID_CONFIG;
    }
    if (o->playback && !(f->playback = inp_open_playback(o->playback, f->m, err, sizeof(err)))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_INVALID_CONFIG;
    }
    if (o->record && !(f->record = inp_open_record(o->record, f->m, err, sizeof(err)))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_FATAL;
    }
    if (framehash_begin(&f->hash, o)) {
        fprintf(stderr, "-framehash: out of memory\n");
        return EXIT_FATAL;
    }
    return window_rewind_open(f);
}

/* What the headless runner does after its loop: -framehash, -savestate at
   exit, the recording, NVRAM. */
static int finish_run(front *f, int rc)
{
    machine_t *m = f->m;
    const options *o = f->o;
    char err[4400];
    bool keep = rc == 0 || rc == RUN_SELECT_NEW;
    framehash_end(&f->hash, m, keep);
    if (keep && o->savestate && !o->savestate_frame && state_file_save(m, o->savestate, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        rc = EXIT_FATAL;
    }
    if (inp_close(f->record, keep, err, sizeof(err)) && keep) {
        fprintf(stderr, "%s\n", err);
        rc = EXIT_FATAL;
    }
    f->record = NULL;
    /* Playback never writes the user's NVRAM: it ran from the recording's. */
    if (keep && !f->playback && nvram_save(m, o, f->nvram) < 0)
        rc = EXIT_FATAL;
    inp_close(f->playback, false, err, sizeof(err));
    f->playback = NULL;
    window_rewind_close(f);
    return rc;
}

/* -1: the settings could not be saved (reported). */
static int front_close(front *f)
{
    int rc = 0;
    if (f->m && f->o) {
        char err[4400];
        if (front_config_save(f, err, sizeof(err))) {
            fprintf(stderr, "%s\n", err);
            rc = -1;
        }
    }
    config_free(&f->cfg);
    if (f->o && f->o->verbose && f->composed_n)
        fprintf(stderr, "artwork: %.3f ms per composed picture (%llu pictures)\n",
                1e3 * f->compose_s / (double)f->composed_n, (unsigned long long)f->composed_n);
    for (int i = 0; i < MAX_PADS; i++)
        if (f->pads[i])
            SDL_GameControllerClose(f->pads[i]);
    if (f->have_audio && f->o && f->o->verbose)
        fprintf(stderr, "audio: %llu underruns\n", (unsigned long long)f->audio.underruns);
    if (f->have_audio)
        audio_close(&f->audio);
    video_close(&f->video);
    autokeys_free(&f->ak);
    artwork_free(f->art);
    free(f->composed);
    free(f->frame);
    free(f->overlay);
    viewer_free(&f->viewer);
    return rc;
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

#define MSG_BOX_RGB 0xff202040   /* opaque: the text stays exactly white */
#define MSG_LINES 6

/* A message at the bottom, centred, wrapped to the canvas's width. */
static void draw_message(front *f)
{
    int start[MSG_LINES], len[MSG_LINES];
    int cols = (f->uw - 8) / FONT_W, n = font_wrap(f->message, cols, start, len, MSG_LINES);
    int lh = FONT_H + 2, bh = n * lh + 6, y0 = f->uh - bh - 2;
    fill_rect(f->overlay, f->uw, f->uh, 0, y0, f->uw, bh, MSG_BOX_RGB);
    for (int i = 0; i < n; i++) {
        char line[sizeof(f->message)];
        snprintf(line, sizeof(line), "%.*s", len[i], f->message + start[i]);
        font_draw(f->overlay, f->uw, f->uh, (f->uw - len[i] * FONT_W) / 2, y0 + 4 + i * lh, line, 0xffffffff);
    }
}

#define SPEED_BOX_RGB 0xff203020   /* opaque: the text stays exactly white */

/* F11: the speed line at the top right, wrapped at the canvas's width. */
static void draw_speed(front *f)
{
    const char *t = f->speed_text[0] ? f->speed_text : "Speed: measuring";
    int start[4], len[4], wmax = 0;
    int n = font_wrap(t, (f->uw - 4) / FONT_W, start, len, 4), lh = FONT_H + 2;
    for (int i = 0; i < n; i++)
        wmax = len[i] > wmax ? len[i] : wmax;
    fill_rect(f->overlay, f->uw, f->uh, f->uw - wmax * FONT_W - 4, 0, wmax * FONT_W + 4, n * lh + 2, SPEED_BOX_RGB);
    for (int i = 0; i < n; i++) {
        char line[sizeof(f->speed_text)];
        snprintf(line, sizeof(line), "%.*s", len[i], t + start[i]);
        font_draw(f->overlay, f->uw, f->uh, f->uw - len[i] * FONT_W - 2, 2 + i * lh, line, 0xffffffff);
    }
}

/* The UI canvas covers the window at its own scale (video_ui_size). */
static const u32 *draw_overlay(front *f)
{
    bool msg = f->message[0] && SDL_GetTicks64() < f->message_until;
    if (!msg && f->menu.page == MENU_CLOSED && !f->paused && !f->show_speed && !f->gameinfo)
        return NULL;
    if (!video_ui_canvas(&f->video, &f->overlay, &f->ui_cap, &f->uw, &f->uh))
        return NULL;
    if (f->viewer.open) {
        viewer_draw(f, f->overlay, f->uw, f->uh);
    } else if (f->gameinfo) {
        char text[4096];
        gameinfo_text(f->m, true, text, sizeof(text));
        textbox_draw(text, "Press any key to continue", gameinfo_box_rgb(f->m), f->overlay, f->uw, f->uh);
    } else if (f->menu.page != MENU_CLOSED)
        menu_draw(&f->menu, f->m, &f->keys, f->overlay, f->uw, f->uh);
    else if (f->paused)
        font_draw(f->overlay, f->uw, f->uh, (f->uw - 6 * FONT_W) / 2, 4, "Paused", 0xffffff00);
    if (f->show_speed)
        draw_speed(f);
    if (msg)
        draw_message(f);
    return f->overlay;
}

const u32 *front_picture(front *f, int *w, int *h)
{
    int fw, fh;
    orient_apply(f->frame, &fw, &fh, runahead_picture(&f->ra, f->m), machine_width(f->m), machine_height(f->m), f->orient);
    *w = fw;
    *h = fh;
    if (!f->art)
        return f->frame;
    Uint64 t0 = SDL_GetPerformanceCounter();
    if (artwork_compose(f->art, f->view, f->frame, fw, fh, f->composed, f->vw, f->vh))
        return f->frame;
    f->compose_s += (double)(SDL_GetPerformanceCounter() - t0) / (double)SDL_GetPerformanceFrequency();
    f->composed_n++;
    *w = f->vw;
    *h = f->vh;
    return f->composed;
}

static void present(front *f)
{
    int w, h;
    const u32 *pic = front_picture(f, &w, &h);
    if (w == f->video.gw && h == f->video.gh)
    {
        const u32 *ui = draw_overlay(f);
        video_present(&f->video, pic, ui, f->uw, f->uh);
    }
    f->last_present = SDL_GetPerformanceCounter();
}

/* Test hook: CABINET_WINDOWSHOT=DIR, then Print Screen writes what the
   window shows (picture, bars and UI, at the window's size) to DIR/NNNN.png. */
void front_window_shot(front *f)
{
    const char *dir = getenv("CABINET_WINDOWSHOT");
    int w, h;
    const u32 *pic = front_picture(f, &w, &h);
    if (!dir || !*dir || w != f->video.gw || h != f->video.gh || make_dirs(dir))
        return;
    const u32 *ui = draw_overlay(f);
    video_draw(&f->video, pic, ui, f->uw, f->uh);
    u32 *out = video_read_output(&f->video, &w, &h);
    char path[4200], err[256];
    for (int i = 0; out && i < 10000; i++) {
        snprintf(path, sizeof(path), "%s/%04d.png", dir, i);
        FILE *probe = fopen(path, "rb");
        if (probe) {
            fclose(probe);
            continue;
        }
        if (png_write_rgb(path, out, w, h, err, sizeof(err)))
            fprintf(stderr, "window shot: %s\n", err);
        else if (f->o->verbose)
            fprintf(stderr, "window shot %s: %dx%d, picture %dx%d at %d,%d%s%s%s\n", path, w, h, f->video.dst.w,
                    f->video.dst.h, f->video.dst.x, f->video.dst.y, f->show_speed ? ", speed line \"" : "",
                    f->show_speed ? (f->speed_text[0] ? f->speed_text : "Speed: measuring") : "",
                    f->show_speed ? "\"" : "");
        break;
    }
    free(out);
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

static long long clamp_counts(long long v)
{
    return v > 65536 ? 65536 : v < -65536 ? -65536 : v;
}

/* Player 1's paddles and analog sticks follow the mouse as in MAME: a
   pixel is 512 of the 131072 units that span the field's range, times the
   field's sensitivity (PORT_SENSITIVITY) and -sensitivity, in percent. */
static void apply_mouse_absolute(front *f, int dx, int dy)
{
    input_ports *ip = &f->m->inputs;
    for (int i = 0; i < ip->num_fields; i++) {
        input_field *fl = &ip->fields[i];
        if (fl->player != 1 || !input_type_is_absolute(fl->type))
            continue;
        long long px = fl->type == IPT_AD_STICK_Y ? dy : dx;
        long long range = (long long)fl->def->amax - fl->def->amin;
        long long v = f->resid_abs[i] + px * range * fl->def->sensitivity * f->o->sensitivity;
        f->resid_abs[i] = v % 2560000; /* 131072 / 512 x 100 x 100 */
        input_field_analog_add(fl, (s32)clamp_counts(v / 2560000));
        if (px)
            analog_keys_moved(&f->akeys, i);
    }
}

/* Player 1's positional controls turn with the mouse as MAME's do: a
   pixel is the control's sensitivity (and -sensitivity) percent of a
   position. */
static void apply_mouse_positional(front *f, int dx, int dy)
{
    input_ports *ip = &f->m->inputs;
    for (int i = 0; i < ip->num_fields; i++) {
        input_field *fl = &ip->fields[i];
        int px = fl->type == IPT_POSITIONAL_V ? dy : dx;
        if (fl->player == 1 && input_type_is_positional(fl->type) && px)
            analog_keys_positional_add(&f->akeys, fl, i, (s32)clamp_counts((long long)px * fl->def->sensitivity
                                                                           * f->o->sensitivity / 100));
    }
}

/* A controller's left stick (pad n is player n + 1) places that player's
   paddle or analog stick, as MAME's absolute axes do: full deflection
   times the sensitivity (PORT_SENSITIVITY and -sensitivity, percent) of the
   way from the centre to the end of the range. */
void front_pad_axis(front *f, int pad, SDL_GameControllerAxis axis, int value)
{
    input_ports *ip = &f->m->inputs;
    if (f->playback || (axis != SDL_CONTROLLER_AXIS_LEFTX && axis != SDL_CONTROLLER_AXIS_LEFTY))
        return;
    for (int i = 0; i < ip->num_fields; i++) {
        input_field *fl = &ip->fields[i];
        bool y = axis == SDL_CONTROLLER_AXIS_LEFTY;
        if (fl->player != pad + 1 || !input_type_is_absolute(fl->type) || (fl->type == IPT_AD_STICK_Y) != y)
            continue;
        long long span = value > 0 ? (long long)fl->def->amax - fl->defvalue : (long long)fl->defvalue - fl->def->amin;
        long long off = (long long)value * span * fl->def->sensitivity * f->o->sensitivity / (32767LL * 10000);
        fl->analog = 0;
        input_field_analog_add(fl, (s32)clamp_counts(off));
        analog_keys_moved(&f->akeys, i);
    }
}

/* Mouse motion gathered since the last frame drives the trackball or dial
   (player 1): -trackball_sensitivity counts per 100 pixels (by default
   MAME's: the game's PORT_SENSITIVITY times -sensitivity percent),
   remainders carried to the next frame; and the paddles and sticks. */
static void apply_mouse(front *f)
{
    if (!f->mouse || (!f->mouse_dx && !f->mouse_dy))
        return;
    /* 64-bit products: sensitivity goes up to 10^9. Counts per frame are
       clamped; the fields wrap like the hardware's counters anyway. */
    long long sens = f->o->trackball_sensitivity;
    if (sens < 0)
        sens = (long long)(f->m->config->trackball.sensitivity ? f->m->config->trackball.sensitivity : 100)
               * f->o->sensitivity / 100;
    long long x = f->resid_x + f->mouse_dx * sens, y = f->resid_y + f->mouse_dy * sens;
    f->resid_x = (int)(x % 100);
    f->resid_y = (int)(y % 100);
    int dx = (int)clamp_counts(x / 100), dy = (int)clamp_counts(y / 100);
    input_analog_add(&f->m->inputs, IPT_TRACKBALL_X, 1, dx);
    input_analog_add(&f->m->inputs, IPT_DIAL, 1, dx);
    input_analog_add(&f->m->inputs, IPT_TRACKBALL_Y, 1, dy);
    apply_mouse_absolute(f, f->mouse_dx, f->mouse_dy);
    apply_mouse_positional(f, f->mouse_dx, f->mouse_dy);
    f->mouse_dx = f->mouse_dy = 0;
}

/* Host inputs are in; the recording being played back changes them, then
   the recorder stores what changed (as headless). */
static int frame_inputs(front *f)
{
    if (f->analog && !f->playback)
        analog_keys_frame(&f->akeys, &f->m->inputs, f->m->config->trackball.sensitivity ? f->m->config->trackball.sensitivity : 100,
                          f->m->config->trackball.keydelta, f->o->sensitivity);
    apply_mouse(f);
    if (f->playback)
        inp_playback_frame(f->playback, f->m);
    if (f->record && inp_record_frame(f->record, f->m)) {
        fprintf(stderr, "%s: out of memory\n", f->o->record);
        return EXIT_FATAL;
    }
    return 0;
}

static int run_one_frame(front *f, bool behind)
{
    machine_t *m = f->m;
    const options *o = f->o;
    int rc = frame_inputs(f);
    if (rc)
        return rc;
    machine_run_frame(m);
    char err[512];
    if (o->savestate && o->savestate_frame && m->frame_number == (u64)o->savestate_frame
        && state_file_save(m, o->savestate, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return EXIT_FATAL;
    }
    size_t n;
    const s16 *s = machine_audio(m, &n);
    if (f->have_audio)
        audio_push(&f->audio, s, n, o->speed, fast(f));
    framehash_audio(&f->hash, m, s, n);
    if (window_after_frame(f))
        return EXIT_FATAL;
    int lat = latency_check(&f->probe, m);
    if (lat && o->verbose)
        fprintf(stderr, "latency: key pressed after frame %llu, picture changed in frame %llu (%d frame%s)\n",
                (unsigned long long)f->probe.press_frame, (unsigned long long)m->frame_number, lat,
                lat == 1 ? "" : "s");
    bool draw = want_present(f, behind);
    if (draw)
        present(f);
    stats_frame(&f->osd_stats, draw, 0);
    if (f->show_speed)
        stats_text(&f->osd_stats, host_now(), seconds_of(m->now), 1.0, f->audio.underruns, f->speed_text,
                   sizeof(f->speed_text));
    if (o->verbose) {
        stats_frame(&f->stats, draw, f->have_audio ? audio_queued_seconds(&f->audio) : 0);
        stats_report(&f->stats, host_now(), seconds_of(m->now), f->audio.ratio, f->have_audio);
    }
    return 0;
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
    stats_reset(&f->osd_stats, host_now(), seconds_of(f->m->now));
}

static int main_loop(front *f)
{
    machine_t *m = f->m;
    emu_time limit = f->o->seconds_to_run ? et_from_ratio((u64)f->o->seconds_to_run, 1) : ET_NEVER;
    while (!f->quit && !stop_signal() && et_cmp(m->now, limit) < 0) {
        bool behind = f->idle ? false : pace(f);
        while (autokeys_push(&f->ak, m->frame_number))
            front_poll(f);
        front_poll(f);
        if (f->quit || stop_signal())
            break;
        if (f->menu.page == MENU_CLOSED && !f->gameinfo && (f->rewind_held || f->rewind_single)) {
            if (window_rewind_pass(f))
                return EXIT_FATAL;
            idle_pass(f);
            continue;
        }
        if (f->menu.page != MENU_CLOSED || f->gameinfo || (f->paused && !f->step)) {
            idle_pass(f);
            continue;
        }
        if (f->playback && f->o->exit_after_playback && inp_playback_done(f->playback, m))
            break;
        resume_from_idle(f);
        f->step = false;
        int rc = run_one_frame(f, behind);
        if (rc)
            return rc;
    }
    return 0;
}

int run_window(machine_t *m, const options *o)
{
    if (!display_available())
        return -1;
    /* Headless-only outputs are refused rather than silently dropped. */
    const char *headless_only = o->wavwrite ? "-wavwrite" : o->inputscript ? "-inputscript"
                              : o->snapframes ? "-snapframes" : o->dumpgfx ? "-dumpgfx"
                              : o->why ? "-why" : NULL;
    if (headless_only) {
        fprintf(stderr, "%s works only headless (-video none); the window does not support it\n", headless_only);
        return EXIT_INVALID_CONFIG;
    }
    if (SDL_Init(SDL_INIT_VIDEO) != 0)
        return -1;
    front f;
    int rc = front_open(&f, m, o);
    if (rc == -1 && !f.video.window) {
        front_close(&f);
        SDL_Quit();
        return -1;
    }
    if (rc == 0) {
        /* After SDL_Init, which installs its own handlers. */
        stop_signals_install();
        rc = open_state_and_recordings(&f);
        if (rc == 0)
            rc = main_loop(&f);
        if (rc == 0 && f.select_new)
            rc = RUN_SELECT_NEW;
        if (stop_signal() && o->verbose)
            fprintf(stderr, "Signal %d received: saving and quitting\n", stop_signal());
        rc = finish_run(&f, rc);
    } else {
        rc = EXIT_FATAL;
        f.m = NULL;
    }
    stop_signals_restore();
    if (front_close(&f) && (rc == 0 || rc == RUN_SELECT_NEW))
        rc = EXIT_FATAL;
    SDL_Quit();
    return rc;
}
