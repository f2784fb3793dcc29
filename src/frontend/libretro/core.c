/* The libretro entry points. The API is a set of global functions, so the
   core keeps its one loaded game in a file-level lr_core. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/libretro/lr_core.h"
#include "version.h"
#include "video/orient.h"

lr_callbacks lr_cb;
static lr_core core;

static void log_fallback(enum retro_log_level level, const char *fmt, ...)
{
    (void)level;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

void lr_message(int level, unsigned frames, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    lr_cb.log((enum retro_log_level)level, "%s\n", msg);
    struct retro_message_ext ext = { msg, frames * 1000 / 60, 3, (enum retro_log_level)level,
                                     RETRO_MESSAGE_TARGET_ALL, RETRO_MESSAGE_TYPE_NOTIFICATION, -1 };
    if (lr_cb.env && !lr_cb.env(RETRO_ENVIRONMENT_SET_MESSAGE_EXT, &ext)) {
        struct retro_message old = { msg, frames };
        lr_cb.env(RETRO_ENVIRONMENT_SET_MESSAGE, &old);
    }
}

RETRO_API unsigned retro_api_version(void)
{
    return RETRO_API_VERSION;
}

RETRO_API void retro_set_environment(retro_environment_t cb)
{
    lr_cb.env = cb;
    bool yes = true;
    cb(RETRO_ENVIRONMENT_SET_SUPPORT_NO_GAME, &yes);
    struct retro_log_callback log;
    lr_cb.log = cb(RETRO_ENVIRONMENT_GET_LOG_INTERFACE, &log) && log.log ? log.log : log_fallback;
}

RETRO_API void retro_set_video_refresh(retro_video_refresh_t cb) { lr_cb.video = cb; }
RETRO_API void retro_set_audio_sample(retro_audio_sample_t cb) { lr_cb.sample = cb; }
RETRO_API void retro_set_audio_sample_batch(retro_audio_sample_batch_t cb) { lr_cb.audio_batch = cb; }
RETRO_API void retro_set_input_poll(retro_input_poll_t cb) { lr_cb.poll = cb; }
RETRO_API void retro_set_input_state(retro_input_state_t cb) { lr_cb.input = cb; }

RETRO_API void retro_init(void)
{
    if (!lr_cb.log)
        lr_cb.log = log_fallback;
    memset(&core, 0, sizeof(core));
}

RETRO_API void retro_deinit(void)
{
}

RETRO_API void retro_get_system_info(struct retro_system_info *info)
{
    memset(info, 0, sizeof(*info));
    info->library_name = "Cabinet";
    info->library_version = CABINET_VERSION;
    info->valid_extensions = "zip|7z";
    info->need_fullpath = true;
    info->block_extract = true;
}

static bool showing_artwork(const lr_core *c)
{
    return c->art && c->art_on && c->prerotate;
}

/* The displayed size: the native frame, turned when the core rotates, or
   the artwork around it. */
static void displayed_size(const lr_core *c, int *w, int *h)
{
    int nw = machine_width(c->m), nh = machine_height(c->m);
    bool swap = c->prerotate && (c->drv->flags & ORIENT_SWAP_XY);
    *w = showing_artwork(c) ? c->art_w : swap ? nh : nw;
    *h = showing_artwork(c) ? c->art_h : swap ? nw : nh;
}

static void fill_geometry(const lr_core *c, struct retro_game_geometry *g)
{
    int w, h;
    displayed_size(c, &w, &h);
    int side = machine_width(c->m) > machine_height(c->m) ? machine_width(c->m) : machine_height(c->m);
    g->base_width = (unsigned)w;
    g->base_height = (unsigned)h;
    g->max_width = (unsigned)(c->art_w > side ? c->art_w : side);
    g->max_height = (unsigned)(c->art_h > side ? c->art_h : side);
    /* an arcade monitor is 4:3, standing on its side for vertical games;
       artwork keeps its own proportions */
    g->aspect_ratio = showing_artwork(c) ? (float)w / (float)h : w < h ? 3.0f / 4.0f : 4.0f / 3.0f;
}

RETRO_API void retro_get_system_av_info(struct retro_system_av_info *info)
{
    memset(info, 0, sizeof(*info));
    if (!core.m)
        return;
    fill_geometry(&core, &info->geometry);
    const screen_config *s = &core.m->config->screen;
    info->timing.fps = (double)s->pixclock / ((double)s->htotal * (double)s->vtotal);
    info->timing.sample_rate = LR_SAMPLE_RATE;
}

/* The libretro rotation (counter-clockwise quarter turns) for the game's
   orientation; -1 when flips make it something a rotation cannot show. */
static int retro_rotation_for(u32 flags)
{
    switch (flags & ORIENT_MASK) {
    case ROT0: return 0;
    case ROT90: return 3;
    case ROT180: return 2;
    case ROT270: return 1;
    default: return -1;
    }
}

void lr_update_geometry(lr_core *c, bool announce)
{
    int rot = retro_rotation_for(c->drv->flags);
    if (rot < 0 || (c->art && c->art_on))
        c->prerotate = true;
    unsigned want = c->prerotate ? 0 : (unsigned)rot;
    if (!c->prerotate && !lr_cb.env(RETRO_ENVIRONMENT_SET_ROTATION, &want)) {
        lr_message(RETRO_LOG_WARN, 180, "Cabinet: the frontend cannot rotate; rotating in the core");
        c->prerotate = true;
        want = 0;
    } else if (c->prerotate) {
        lr_cb.env(RETRO_ENVIRONMENT_SET_ROTATION, &want);
    }
    c->retro_rotation = want;
    displayed_size(c, &c->frame_w, &c->frame_h);
    if (announce) {
        struct retro_game_geometry g;
        fill_geometry(c, &g);
        lr_cb.env(RETRO_ENVIRONMENT_SET_GEOMETRY, &g);
    }
}

static void unload(void)
{
    machine_destroy(core.m);
    machine_samples_free(core.samples);
    free(core.frame);
    lr_artwork_free(&core);
    lr_options_free();
    memset(&core, 0, sizeof(core));
}

RETRO_API bool retro_load_game(const struct retro_game_info *game)
{
    enum retro_pixel_format fmt = RETRO_PIXEL_FORMAT_XRGB8888;
    if (!lr_cb.env(RETRO_ENVIRONMENT_SET_PIXEL_FORMAT, &fmt)) {
        lr_message(RETRO_LOG_ERROR, 300, "Cabinet: the frontend does not take XRGB8888 frames");
        return false;
    }
    const char *sysdir = NULL;
    if (!lr_cb.env(RETRO_ENVIRONMENT_GET_SYSTEM_DIRECTORY, &sysdir))
        sysdir = NULL;
    unload();
    if (!lr_load(&core, game && game->path ? game->path : NULL, sysdir)) {
        unload();
        return false;
    }
    int n = machine_width(core.m) * machine_height(core.m);
    core.frame = malloc((size_t)n * sizeof(u32));
    core.state_size = lr_state_size_for(core.m);
    if (!core.frame || !core.state_size) {
        lr_message(RETRO_LOG_ERROR, 300, "Cabinet: out of memory");
        unload();
        return false;
    }
    lr_options_declare(&core);
    lr_options_apply(&core);
    lr_update_geometry(&core, false);
    lr_input_descriptors(&core);
    lr_memmap_declare(&core);
    return true;
}

RETRO_API bool retro_load_game_special(unsigned type, const struct retro_game_info *info, size_t num)
{
    (void)type;
    (void)info;
    (void)num;
    return false;
}

RETRO_API void retro_unload_game(void)
{
    unload();
}

RETRO_API unsigned retro_get_region(void)
{
    return RETRO_REGION_NTSC;
}

RETRO_API void retro_set_controller_port_device(unsigned port, unsigned device)
{
    (void)port;
    (void)device;
}

RETRO_API void retro_reset(void)
{
    if (core.m)
        machine_reset(core.m);
}

static void send_video(lr_core *c)
{
    const u32 *native = machine_frame(c->m);
    if (showing_artwork(c)) {
        int w, h;
        orient_apply(c->frame, &w, &h, native, machine_width(c->m), machine_height(c->m),
                     c->drv->flags & ORIENT_MASK);
        const u32 *out = lr_artwork_compose(c, c->frame, w, h);
        if (out) {
            lr_cb.video(out, (unsigned)c->art_w, (unsigned)c->art_h, (size_t)c->art_w * sizeof(u32));
            return;
        }
    }
    if (!c->prerotate || !(c->drv->flags & ORIENT_MASK)) {
        lr_cb.video(native, (unsigned)machine_width(c->m), (unsigned)machine_height(c->m),
                    (size_t)machine_width(c->m) * sizeof(u32));
        return;
    }
    int w, h;
    orient_apply(c->frame, &w, &h, native, machine_width(c->m), machine_height(c->m), c->drv->flags & ORIENT_MASK);
    lr_cb.video(c->frame, (unsigned)w, (unsigned)h, (size_t)w * sizeof(u32));
}

static void send_audio(lr_core *c)
{
    size_t frames;
    const s16 *audio = machine_audio(c->m, &frames);
    while (frames) {
        size_t done = lr_cb.audio_batch(audio, frames);
        if (!done)
            break;
        frames -= done < frames ? done : frames;
        audio += done * 2;
    }
}

RETRO_API void retro_run(void)
{
    bool updated = false;
    if (lr_cb.env(RETRO_ENVIRONMENT_GET_VARIABLE_UPDATE, &updated) && updated)
        lr_options_apply(&core);
    lr_cb.poll();
    lr_input_apply(&core);
    machine_run_frame(core.m);
    /* bit 0 video, bit 1 audio: run-ahead's hidden frames clear both */
    int av = 3;
    if (!lr_cb.env(RETRO_ENVIRONMENT_GET_AUDIO_VIDEO_ENABLE, &av))
        av = 3;
    if (av & 1)
        send_video(&core);
    else
        lr_cb.video(NULL, (unsigned)core.frame_w, (unsigned)core.frame_h, 0);
    if (av & 2)
        send_audio(&core);
}

RETRO_API size_t retro_serialize_size(void)
{
    return core.m ? core.state_size : 0;
}

RETRO_API bool retro_serialize(void *data, size_t size)
{
    return core.m && lr_state_save(&core, data, size);
}

RETRO_API bool retro_unserialize(const void *data, size_t size)
{
    return core.m && lr_state_load(&core, data, size);
}

RETRO_API void retro_cheat_reset(void)
{
}

RETRO_API void retro_cheat_set(unsigned index, bool enabled, const char *code)
{
    (void)index;
    (void)enabled;
    (void)code;
}

RETRO_API void *retro_get_memory_data(unsigned id)
{
    size_t len = 0;
    if (!core.m)
        return NULL;
    if (id == RETRO_MEMORY_SAVE_RAM && core.m->config->nvram)
        return core.m->config->nvram(core.m, core.m->drv, &len);
    if (id == RETRO_MEMORY_SYSTEM_RAM)
        return lr_memmap_system_ram(&core, &len);
    return NULL;
}

RETRO_API size_t retro_get_memory_size(unsigned id)
{
    size_t len = 0;
    if (!core.m)
        return 0;
    if (id == RETRO_MEMORY_SAVE_RAM && core.m->config->nvram)
        core.m->config->nvram(core.m, core.m->drv, &len);
    else if (id == RETRO_MEMORY_SYSTEM_RAM)
        lr_memmap_system_ram(&core, &len);
    return len;
}
