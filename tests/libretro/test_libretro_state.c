/* The libretro core's states against the standalone frontend's, through
   the built cabinet_libretro.so (dlopen) and the cabinet binary:

     test_libretro_state CORE.so CABINET ROMPATH SET OUTDIR [INPUT_SCRIPT]

   1. the set loads from its folder; retro_serialize_size stays the same and
      every retro_serialize succeeds over 300 frames (run ahead of which the
      state is saved and restored every frame, as run-ahead does);
   2. a state written by `cabinet -savestate` after frame 100, loaded into
      the core and run 30 frames, gives the headless frame 130;
   3. the core's state (fixed size, padded) loaded by `cabinet -state` and run
      to frame 150 gives the core's own frame after the same 20 frames;
   4. a state naming another system is refused; SAVE_RAM has the size of
      the standalone frontend's NVRAM file; an empty set folder does not
      load and the frontend is told what is missing.
   With an input script (-inputscript of a Pac-Man board or Centipede),
   instead: the same inputs on the RetroPad and mouse give the headless
   frames, every 10 frames. */
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/libretro/libretro.h"
#include "util/fileio.h"
#include "util/png.h"

static int failures;
#define CHECK(cond, ...)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                                                \
            printf(__VA_ARGS__);                                                                                       \
            printf("\n");                                                                                              \
            failures++;                                                                                                \
        }                                                                                                              \
    } while (0)

typedef struct core_api {
    void (*set_environment)(retro_environment_t);
    void (*set_video_refresh)(retro_video_refresh_t);
    void (*set_audio_sample)(retro_audio_sample_t);
    void (*set_audio_sample_batch)(retro_audio_sample_batch_t);
    void (*set_input_poll)(retro_input_poll_t);
    void (*set_input_state)(retro_input_state_t);
    void (*init)(void);
    void (*deinit)(void);
    bool (*load_game)(const struct retro_game_info *);
    void (*unload_game)(void);
    void (*run)(void);
    size_t (*serialize_size)(void);
    bool (*serialize)(void *, size_t);
    bool (*unserialize)(const void *, size_t);
    void *(*get_memory_data)(unsigned);
    size_t (*get_memory_size)(unsigned);
} core_api;

static core_api api;
static uint32_t frame[512 * 512];
static unsigned frame_w, frame_h;
static unsigned long long audio_sum;
static int av_flags = 3;
static char messages[8192]; /* what the core showed through SET_MESSAGE_EXT */

static void video_cb(const void *data, unsigned w, unsigned h, size_t pitch)
{
    if (!data)
        return;
    frame_w = w;
    frame_h = h;
    for (unsigned y = 0; y < h && w * h <= sizeof(frame) / 4; y++)
        memcpy(frame + y * w, (const char *)data + y * pitch, w * 4);
}

static size_t audio_cb(const int16_t *data, size_t frames)
{
    for (size_t i = 0; i < frames * 2; i++)
        audio_sum = audio_sum * 31 + (uint16_t)data[i];
    return frames;
}

static void sample_cb(int16_t l, int16_t r)
{
    (void)l;
    (void)r;
}

static void poll_cb(void)
{
}

/* RetroPad buttons held, per pad (bit = RETRO_DEVICE_ID_JOYPAD_*), and
   the mouse motion of this frame. */
static unsigned pad_held[4];
static int mouse_delta[4][2];

static int16_t input_cb(unsigned port, unsigned device, unsigned index, unsigned id)
{
    (void)index;
    if (device == RETRO_DEVICE_MOUSE && port < 4 && (id == RETRO_DEVICE_ID_MOUSE_X || id == RETRO_DEVICE_ID_MOUSE_Y))
        return (int16_t)mouse_delta[port][id == RETRO_DEVICE_ID_MOUSE_Y];
    return device == RETRO_DEVICE_JOYPAD && port < 4 && id < 16 ? (int16_t)((pad_held[port] >> id) & 1) : 0;
}

static void log_cb(enum retro_log_level level, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("[core %d] ", (int)level);
    vprintf(fmt, ap);
    va_end(ap);
}

static bool env_cb(unsigned cmd, void *data)
{
    switch (cmd) {
    case RETRO_ENVIRONMENT_GET_LOG_INTERFACE:
        ((struct retro_log_callback *)data)->log = log_cb;
        return true;
    case RETRO_ENVIRONMENT_SET_PIXEL_FORMAT:
        return *(enum retro_pixel_format *)data == RETRO_PIXEL_FORMAT_XRGB8888;
    case RETRO_ENVIRONMENT_GET_AUDIO_VIDEO_ENABLE:
        *(int *)data = av_flags;
        return true;
    case RETRO_ENVIRONMENT_SET_MESSAGE_EXT: {
        const char *msg = ((const struct retro_message_ext *)data)->msg;
        printf("[message] %s\n", msg);
        size_t have = strlen(messages);
        snprintf(messages + have, sizeof(messages) - have, "%s\n", msg);
        return true;
    }
    case RETRO_ENVIRONMENT_GET_SYSTEM_DIRECTORY:
        *(const char **)data = NULL;
        return false;
    default:
        return false; /* no core options: defaults (rotation in the core) */
    }
}

static bool load_api(const char *path)
{
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        printf("dlopen %s: %s\n", path, dlerror());
        return false;
    }
#define SYM(field, name) *(void **)&api.field = dlsym(h, name)
    SYM(set_environment, "retro_set_environment");
    SYM(set_video_refresh, "retro_set_video_refresh");
    SYM(set_audio_sample, "retro_set_audio_sample");
    SYM(set_audio_sample_batch, "retro_set_audio_sample_batch");
    SYM(set_input_poll, "retro_set_input_poll");
    SYM(set_input_state, "retro_set_input_state");
    SYM(init, "retro_init");
    SYM(deinit, "retro_deinit");
    SYM(load_game, "retro_load_game");
    SYM(unload_game, "retro_unload_game");
    SYM(run, "retro_run");
    SYM(serialize_size, "retro_serialize_size");
    SYM(serialize, "retro_serialize");
    SYM(unserialize, "retro_unserialize");
    SYM(get_memory_data, "retro_get_memory_data");
    SYM(get_memory_size, "retro_get_memory_size");
#undef SYM
    return api.run && api.serialize && api.unserialize && api.load_game;
}

static unsigned char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* The core's last frame against a headless snapshot. */
static bool frame_matches(const char *png)
{
    u32 *pix;
    int w, h;
    char err[256];
    if (png_read_argb(png, &pix, &w, &h, 1u << 20, err, sizeof(err))) {
        printf("%s\n", err);
        return false;
    }
    int differ = (unsigned)w == frame_w && (unsigned)h == frame_h ? 0 : -1;
    for (int i = 0; differ >= 0 && i < w * h; i++)
        differ += (pix[i] & 0xffffff) != (frame[i] & 0xffffff);
    free(pix);
    printf("%s: %s (%d pixels differ)\n", png, differ ? "differs" : "same", differ);
    return differ == 0;
}

static int run(const char *cmd)
{
    printf("$ %s\n", cmd);
    fflush(stdout);
    return system(cmd);
}

/* 1: fixed size, and save / run / restore every frame like run-ahead. */
static void check_size_constant(void)
{
    size_t size = api.serialize_size();
    CHECK(size > 0, "serialize size is 0");
    unsigned char *a = malloc(size), *b = malloc(size);
    for (int i = 0; i < 300 && a && b; i++) {
        CHECK(api.serialize_size() == size, "frame %d: size %zu, was %zu", i, api.serialize_size(), size);
        CHECK(api.serialize(a, size), "frame %d: retro_serialize failed", i);
        av_flags = 0;
        api.run();
        av_flags = 3;
        CHECK(api.unserialize(a, size), "frame %d: retro_unserialize failed", i);
        CHECK(api.serialize(b, size) && !memcmp(a, b, size), "frame %d: state differs after a load", i);
        api.run();
    }
    printf("serialize size %zu, constant over 300 frames\n", size);
    free(a);
    free(b);
}

/* The RetroPad control the core maps a board input to (the core's rule:
   player N's joystick on pad N's D-pad, button 1 on B, coin N / start N on
   pad N's Select / Start, service coin L3, tilt L2, trackball on the mouse). */
enum { MOUSE_X = 100, MOUSE_Y };
typedef struct pad_bind {
    const char *port;
    unsigned mask, pad, id;
} pad_bind;
static const pad_bind pacman_binds[] = {
    { "IN0", 0x01, 0, RETRO_DEVICE_ID_JOYPAD_UP }, { "IN0", 0x02, 0, RETRO_DEVICE_ID_JOYPAD_LEFT },
    { "IN0", 0x04, 0, RETRO_DEVICE_ID_JOYPAD_RIGHT }, { "IN0", 0x08, 0, RETRO_DEVICE_ID_JOYPAD_DOWN },
    { "IN0", 0x20, 0, RETRO_DEVICE_ID_JOYPAD_SELECT }, { "IN0", 0x40, 1, RETRO_DEVICE_ID_JOYPAD_SELECT },
    { "IN0", 0x80, 0, RETRO_DEVICE_ID_JOYPAD_L3 }, { "IN1", 0x01, 1, RETRO_DEVICE_ID_JOYPAD_UP },
    { "IN1", 0x02, 1, RETRO_DEVICE_ID_JOYPAD_LEFT }, { "IN1", 0x04, 1, RETRO_DEVICE_ID_JOYPAD_RIGHT },
    { "IN1", 0x08, 1, RETRO_DEVICE_ID_JOYPAD_DOWN }, { "IN1", 0x20, 0, RETRO_DEVICE_ID_JOYPAD_START },
    { "IN1", 0x40, 1, RETRO_DEVICE_ID_JOYPAD_START }, { NULL, 0, 0, 0 },
};
static const pad_bind centiped_binds[] = {
    { "IN1", 0x01, 0, RETRO_DEVICE_ID_JOYPAD_START }, { "IN1", 0x04, 0, RETRO_DEVICE_ID_JOYPAD_B },
    { "IN1", 0x10, 0, RETRO_DEVICE_ID_JOYPAD_L2 }, { "IN1", 0x20, 0, RETRO_DEVICE_ID_JOYPAD_SELECT },
    { "IN1", 0x40, 1, RETRO_DEVICE_ID_JOYPAD_SELECT }, { "IN1", 0x80, 0, RETRO_DEVICE_ID_JOYPAD_L3 },
    { "IN3", 0x10, 0, RETRO_DEVICE_ID_JOYPAD_UP }, { "IN3", 0x20, 0, RETRO_DEVICE_ID_JOYPAD_DOWN },
    { "IN3", 0x40, 0, RETRO_DEVICE_ID_JOYPAD_LEFT }, { "IN3", 0x80, 0, RETRO_DEVICE_ID_JOYPAD_RIGHT },
    { "TRACK0_X", 0xff, 0, MOUSE_X }, { "TRACK0_Y", 0xff, 0, MOUSE_Y }, { NULL, 0, 0, 0 },
};

typedef struct script_event {
    unsigned frame, pad, id;
    int value; /* buttons: 0/1; mouse: the delta */
} script_event;

/* Reads an -inputscript as RetroPad events; -1 on a line it cannot map. */
static int read_script(const char *path, const pad_bind *binds, script_event *ev, int max)
{
    FILE *f = fopen(path, "r");
    char line[256], port[32], value[16];
    unsigned frame, mask;
    int n = 0;
    while (f && fgets(line, sizeof(line), f)) {
        if (line[0] == '#' || sscanf(line, "%u %31s %i %15s", &frame, port, (int *)&mask, value) != 4)
            continue;
        const pad_bind *b = binds;
        while (b->port && (strcmp(b->port, port) || b->mask != mask))
            b++;
        if (!b->port || n == max) {
            fclose(f);
            return -1;
        }
        ev[n++] = (script_event){ frame, b->pad, b->id, atoi(value) };
    }
    if (f)
        fclose(f);
    return f ? n : -1;
}

/* The same inputs through the RetroPad as through -inputscript: the script's
   events for FRAME apply once FRAME frames are complete, i.e. before the
   (FRAME+2)-th retro_run (the frame after the k-th run is k-1). */
static int check_inputs(const char *cabinet, const char *rompath, const char *set, const char *script,
                        const char *out)
{
    static script_event ev[256];
    const pad_bind *binds = !strcmp(set, "centiped") ? centiped_binds : pacman_binds;
    int n = read_script(script, binds, ev, 256);
    if (n <= 0) {
        printf("FAIL: %s: not an input script the test can map for %s\n", script, set);
        return 1;
    }
    char cmd[8192], path[4200], frames[2048] = "";
    unsigned last = ev[n - 1].frame + 10;
    for (unsigned f = 5; f <= last; f += 10)
        snprintf(frames + strlen(frames), sizeof(frames) - strlen(frames), "%s%u", *frames ? "," : "", f);
    snprintf(cmd, sizeof(cmd),
             "'%s' %s -noreadconfig -rompath '%s' -video none -inputscript '%s' -snapframes %s -snapshot_directory '%s/snap' "
             "-nvram_directory '%s/nvram' -nonvram_save -seconds_to_run %u > '%s/cabinet_inputs.log' 2>&1",
             cabinet, set, rompath, script, frames, out, out, last / 60 + 2, out);
    CHECK(run(cmd) == 0, "cabinet -inputscript failed");
    int next = 0, compared = 0;
    for (unsigned call = 1; call <= last + 1; call++) {
        unsigned done = call >= 2 ? call - 2 : 0;
        memset(mouse_delta, 0, sizeof(mouse_delta));
        for (; next < n && ev[next].frame <= done; next++) {
            const script_event *e = &ev[next];
            if (e->id >= MOUSE_X)
                mouse_delta[e->pad][e->id - MOUSE_X] += e->value;
            else
                pad_held[e->pad] = e->value ? pad_held[e->pad] | 1u << e->id : pad_held[e->pad] & ~(1u << e->id);
        }
        api.run();
        unsigned frame_no = call - 1;
        if (frame_no >= 5 && frame_no % 10 == 5) {
            snprintf(path, sizeof(path), "%s/snap/%s/%u.png", out, set, frame_no);
            CHECK(frame_matches(path), "inputs: frame %u differs", frame_no);
            compared++;
        }
    }
    printf("inputs: %d frames compared\n", compared);
    return 0;
}

/* SAVE_RAM is the NVRAM the standalone frontend keeps in a file: the same
   size, none when it keeps none. */
static void check_save_ram(const char *cabinet, const char *rompath, const char *set, const char *out)
{
    char cmd[8192], dir[4200];
    snprintf(cmd, sizeof(cmd),
             "'%s' %s -noreadconfig -rompath '%s' -video none -nvram_directory '%s/nvsave' -seconds_to_run 1 "
             "> '%s/cabinet_nv.log' 2>&1", cabinet, set, rompath, out, out);
    CHECK(run(cmd) == 0, "cabinet with an NVRAM folder failed");
    snprintf(dir, sizeof(dir), "%s/nvsave/%s", out, set);
    snprintf(cmd, sizeof(cmd), "ls '%s' 2>/dev/null | head -1", dir);
    char name[256] = "";
    FILE *p = popen(cmd, "r");
    if (p) {
        if (!fgets(name, sizeof(name), p))
            name[0] = '\0';
        pclose(p);
    }
    name[strcspn(name, "\n")] = '\0';
    size_t want = 0;
    if (*name) {
        char path[4600];
        snprintf(path, sizeof(path), "%s/%s", dir, name);
        free(read_file(path, &want));
    }
    size_t got = api.get_memory_size(RETRO_MEMORY_SAVE_RAM);
    CHECK(got == want, "SAVE_RAM is %zu bytes, the standalone NVRAM file %zu", got, want);
    CHECK(!got || api.get_memory_data(RETRO_MEMORY_SAVE_RAM), "SAVE_RAM has a size but no data");
    printf("SAVE_RAM: %zu bytes (%s)\n", got, *name ? name : "no NVRAM");
}

/* A set whose files are all missing: no game, and MAME's messages. */
static void check_missing_files(const char *set, const char *out)
{
    char content[4200];
    snprintf(content, sizeof(content), "%s/empty/%s", out, set);
    CHECK(make_dirs(content) == 0, "cannot create %s", content);
    messages[0] = '\0';
    struct retro_game_info info = { content, NULL, 0, NULL };
    CHECK(!api.load_game(&info), "a set with no files loaded");
    CHECK(strstr(messages, "NOT FOUND") && strstr(messages, "Required files are missing"),
          "no NOT FOUND / fatal message for the empty set");
}

int main(int argc, char **argv)
{
    if (argc != 6 && argc != 7) {
        printf("usage: test_libretro_state CORE.so CABINET ROMPATH SET OUTDIR [INPUT_SCRIPT]\n");
        return 2;
    }
    const char *core = argv[1], *cabinet = argv[2], *rompath = argv[3], *set = argv[4], *out = argv[5];
    char cmd[8192], path[4200], content[4200];
    if (make_dirs(out)) {
        printf("cannot create %s\n", out);
        return 1;
    }
    if (!load_api(core))
        return 1;
    api.set_environment(env_cb);
    api.set_video_refresh(video_cb);
    api.set_audio_sample(sample_cb);
    api.set_audio_sample_batch(audio_cb);
    api.set_input_poll(poll_cb);
    api.set_input_state(input_cb);
    api.init();
    snprintf(content, sizeof(content), "%s/%s", rompath, set);
    struct retro_game_info info = { content, NULL, 0, NULL };
    if (!api.load_game(&info)) {
        printf("FAIL: %s does not load\n", content);
        return 1;
    }
    if (argc == 7) {
        check_inputs(cabinet, rompath, set, argv[6], out);
        api.unload_game();
        api.deinit();
        printf("%s\n", failures ? "FAILED" : "all checks passed");
        return failures ? 1 : 0;
    }
    check_size_constant();

    /* 2: standalone -> core */
    snprintf(cmd, sizeof(cmd),
             "'%s' %s -noreadconfig -rompath '%s' -video none -savestate '%s/a.sta' -savestate_frame 100 -snapframes 130,150 "
             "-snapshot_directory '%s/snap' -nvram_directory '%s/nvram' -nonvram_save -seconds_to_run 4 > '%s/cabinet_a.log' 2>&1",
             cabinet, set, rompath, out, out, out, out);
    CHECK(run(cmd) == 0, "cabinet -savestate failed");
    size_t len;
    snprintf(path, sizeof(path), "%s/a.sta", out);
    unsigned char *sta = read_file(path, &len);
    CHECK(sta && api.unserialize(sta, len), "the standalone state does not load into the core");
    free(sta);
    for (int i = 0; i < 30; i++)
        api.run();
    snprintf(path, sizeof(path), "%s/snap/%s/130.png", out, set);
    CHECK(frame_matches(path), "standalone state + 30 frames in the core is not headless frame 130");

    /* 3: core -> standalone */
    size_t size = api.serialize_size();
    unsigned char *buf = malloc(size);
    CHECK(buf && api.serialize(buf, size), "retro_serialize failed");
    snprintf(path, sizeof(path), "%s/b.sta", out);
    FILE *f = fopen(path, "wb");
    CHECK(f && fwrite(buf, 1, size, f) == size, "cannot write %s", path);
    if (f)
        fclose(f);
    for (int i = 0; i < 20; i++)
        api.run();
    snprintf(cmd, sizeof(cmd),
             "'%s' %s -noreadconfig -rompath '%s' -video none -state '%s/b.sta' -snapframes 150 -snapshot_directory '%s/snapb' "
             "-nvram_directory '%s/nvram' -nonvram_save -seconds_to_run 4 > '%s/cabinet_b.log' 2>&1",
             cabinet, set, rompath, out, out, out, out);
    CHECK(run(cmd) == 0, "cabinet -state with the core's state failed");
    snprintf(path, sizeof(path), "%s/snapb/%s/150.png", out, set);
    CHECK(frame_matches(path), "the core's state run by the standalone frontend to frame 150 differs");
    snprintf(path, sizeof(path), "%s/snap/%s/150.png", out, set);
    CHECK(frame_matches(path), "the core's frame 150 is not the straight headless run's");

    /* 4: a state naming another system is refused */
    memcpy(buf + 13, "zzzz", 4);
    CHECK(!api.unserialize(buf, size), "a damaged state was accepted");
    api.run();
    free(buf);
    check_save_ram(cabinet, rompath, set, out);
    api.unload_game();
    check_missing_files(set, out);
    api.deinit();
    printf("%s\n", failures ? "FAILED" : "all checks passed");
    return failures ? 1 : 0;
}
