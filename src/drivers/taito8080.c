/* Taito's colour 8080 boards: the Space Invaders board (invaders.c) with
   Taito's colour overlay PROMs. Space Invaders Part II, Moon Base, Galaxy
   Wars and Konami's Space War / Space Laser (invadpt2's board), Lunar
   Rescue and its bootlegs (lrescue), Balloon Bomber (ballbomb), Ozma Wars
   (ozmawars).

   CPU:    Intel 8080 at 19.968 MHz / 10
   Memory: as invaders (0000-1fff ROM, 2000-3fff RAM with video RAM from
           2400, 4000-5fff ROM: the fifth and sixth ROMs)
   I/O:    read  0 IN0, 1 IN1, 2 IN2, 3 MB14241 result (no shifter on
                 ozmawars); 4-7 unmapped (read 0)
           write 2 shift amount, 3 sound latch 1, 4 shift data (ozmawars:
                 a sound port), 5 sound latch 2, 6 watchdog (invadpt2 and
                 ozmawars only)
   Video:  256 x 224 visible of the 1 bpp video RAM, drawn without the
           shift register's 4-pixel delay (as MAME does for these boards);
           columns 256-259 show the background. The foreground colour of
           each 8 x 8 cell comes from a 1K colour PROM, ((row / 8) << 5) |
           column byte, bits 0-2 RBG; a second PROM (second 1K) is selected
           by bit 5 of sound latch 2 on invadpt2, ballbomb and ozmawars; bit 2
           of sound latch 1 turns the whole foreground red. Background black
           (ballbomb: blue). Bit 5 of latch 2 flips the screen on a cocktail
           cabinet.
   Sound:  samples, as MAME 0.251 plays them. invadpt2 and ballbomb use
           MAME's `invaders` set 1-9 and an SN76477 for the saucer (bit 0
           of latch 1 on invadpt2; ballbomb never enables it); ballbomb's
           music generator takes the bytes written to port 1
           (sound/ballbomb_snd), lrescue its own set (its 1-bit tune
           output is not emulated), ozmawars `ozmawars` ow0-ow14. Bit 5 of
           latch 1 gates the amplifier.

   Hardware facts from MAME 0.251's 8080bw.cpp, 8080bw_a.cpp and
   8080bw_v.cpp. */
#include <stddef.h>
#include <string.h>

#include "cpu/i8080.h"
#include "drivers/invaders.h"
#include "machine/watchdog.h"
#include "sound/ballbomb_snd.h"
#include "sound/sn76477.h"

typedef struct taito_state taito_state;

/* What one system's board does differently. */
typedef struct taito_hooks {
    u8 (*controls)(const taito_state *s, int port); /* player control bits of IN1 / IN2 */
    void (*latch1_w)(taito_state *s, u8 data, u8 rise);
    void (*latch2_w)(taito_state *s, u8 data, u8 rise);
    void (*port4_w)(taito_state *s, u8 data);      /* NULL: MB14241 data */
    void (*port1_w)(taito_state *s, u8 data);      /* NULL: unmapped */
    bool no_shifter;
} taito_hooks;

struct taito_state {
    invaders_state b;      /* first: the shared board */
    const taito_hooks *h;
    u8 color_map;          /* which colour PROM */
    u8 screen_red;
    bool sound_enable;     /* ozmawars' copy of the amplifier bit */
    sn76477_t *sn;         /* the saucer chip, NULL on boards without it */
    ballbomb_snd *music;   /* ballbomb's music generator, or NULL */
    mixer_route *routes[2]; /* the chips' routes, muted with the samples */
    u16 route_gain[2];
    bool amp_on;           /* the amplifier (all sound) on */
};

/* The SN76477 at half the samples' level, as MAME's route. */
#define SN_GAIN 128

static u8 player_controls(const taito_state *s, int player)
{
    return (u8)((invaders_port(&s->b, player == 2 ? s->b.p_contp2 : s->b.p_contp1) & 7) << 4);
}

static u8 cab(const taito_state *s)
{
    return invaders_port(&s->b, s->b.p_cab);
}

/* Part II: on an upright both players' controls reach both ports. */
static u8 invadpt2_controls(const taito_state *s, int port)
{
    u8 coupled = (u8)(~(cab(s) << 4) & 0x70);
    u8 p1 = player_controls(s, 1), p2 = player_controls(s, 2);
    return port == 1 ? (u8)(p1 | (p2 & coupled)) : (u8)(p2 | (p1 & coupled));
}

/* The CV wiring: IN1 player 1, IN2 player 2 on a cocktail, else player 1. */
static u8 cv_controls(const taito_state *s, int port)
{
    if (port == 1)
        return player_controls(s, 1);
    return player_controls(s, (cab(s) & 1) ? 2 : 1);
}

static u8 taito_in_r(void *ctx, offs_t offset)
{
    taito_state *s = ctx;
    switch (offset) {
    case 0: return invaders_port(&s->b, s->b.p_in0);
    case 1: return (u8)(invaders_port(&s->b, s->b.p_in1) | s->h->controls(s, 1));
    case 2: return (u8)(invaders_port(&s->b, s->b.p_in2) | s->h->controls(s, 2));
    case 3: return s->h->no_shifter ? 0 : mb14241_result_r(&s->b.shifter);
    default: return 0;
    }
}

/* MAME mutes the whole machine: the chips' routes as well as the samples. */
static void chip_gains(taito_state *s)
{
    for (int i = 0; i < 2; i++)
        if (s->routes[i])
            sound_route_set_gain(s->b.m, s->routes[i], s->amp_on ? s->route_gain[i] : 0);
}

static void amplifier(taito_state *s, bool on)
{
    for (int ch = 0; ch < 7; ch++)
        samples_set_volume(s->b.samples, ch, on ? 256 : 0);
    s->amp_on = on;
    chip_gains(s);
}

static void start_on_rise(taito_state *s, u8 rise, int bit, int channel, int sample)
{
    if (rise & (1u << bit))
        samples_start(s->b.samples, channel, sample, false);
}

static void flip_on_cocktail(taito_state *s, u8 data)
{
    s->b.flip_screen = (data >> 5) & 1 & (cab(s) ? 1 : 0);
}

/* invadpt2 (8080bw_a.cpp invadpt2_sh_port_1_w / _2_w), samples 1-9 = 0-8 */
static void invadpt2_latch1_w(taito_state *s, u8 data, u8 rise)
{
    sn76477_enable_w(s->sn, !(data & 0x01)); /* saucer */
    start_on_rise(s, rise, 1, 0, 0); /* missile */
    start_on_rise(s, rise, 2, 1, 1); /* explosion */
    start_on_rise(s, rise, 3, 2, 2); /* invader hit */
    start_on_rise(s, rise, 4, 5, 8); /* bonus base */
    s->screen_red = (data >> 2) & 1;
    amplifier(s, data & 0x20);
}

static void invadpt2_latch2_w(taito_state *s, u8 data, u8 rise)
{
    for (int i = 0; i < 4; i++)
        start_on_rise(s, rise, i, 4, 3 + i); /* fleet */
    start_on_rise(s, rise, 4, 3, 7);         /* saucer hit */
    s->b.flip_screen = (data >> 5) & 1 & cab(s);
    s->color_map = (data >> 5) & 1;
}

/* ballbomb: the music generator's note (8080bw_a.cpp ballbomb_01_w) */
static void ballbomb_music_w(taito_state *s, u8 data)
{
    ballbomb_snd_w(s->music, data);
}

/* lrescue: samples alienexplosion (0) .. steph (8) */
static void lrescue_latch1_w(taito_state *s, u8 data, u8 rise)
{
    start_on_rise(s, rise, 0, 0, 3); /* thrust */
    start_on_rise(s, rise, 1, 1, 2); /* shot */
    start_on_rise(s, rise, 2, 0, 1); /* death */
    start_on_rise(s, rise, 3, 1, 0); /* alien hit */
    start_on_rise(s, rise, 4, 2, 5); /* bonus ship */
    amplifier(s, data & 0x20);
    s->screen_red = (data >> 2) & 1;
}

static void lrescue_latch2_w(taito_state *s, u8 data, u8 rise)
{
    start_on_rise(s, rise, 0, 1, 8); /* footstep high */
    start_on_rise(s, rise, 1, 1, 7); /* footstep low */
    start_on_rise(s, rise, 2, 1, 4); /* bonus count */
    start_on_rise(s, rise, 4, 3, 6); /* shooting star, rescue ship */
    if (s->b.sound2 & ~data & 0x10)
        samples_stop(s->b.samples, 3);
    flip_on_cocktail(s, data);
}

/* ballbomb */
static void ballbomb_latch1_w(taito_state *s, u8 data, u8 rise)
{
    start_on_rise(s, rise, 0, 1, 2); /* balloon hit */
    start_on_rise(s, rise, 1, 2, 0); /* shot */
    start_on_rise(s, rise, 2, 2, 1); /* base hit */
    start_on_rise(s, rise, 3, 1, 7); /* bomb hit */
    start_on_rise(s, rise, 4, 3, 8); /* bonus base */
    amplifier(s, data & 0x20);
    s->screen_red = (data >> 2) & 1;
}

static void ballbomb_latch2_w(taito_state *s, u8 data, u8 rise)
{
    /* levels, not edges: MAME restarts these on every write with the bit set */
    if (data & 0x01)
        samples_start(s->b.samples, 0, 7, false);
    if (data & 0x04)
        samples_start(s->b.samples, 0, 4, false);
    start_on_rise(s, rise, 4, 2, 2);
    flip_on_cocktail(s, data);
}

/* ozmawars: ow0 (0) .. ow14 (14), channel 4 loops the stage music */
static void ozmawars_latch1_w(taito_state *s, u8 data, u8 rise)
{
    s->screen_red = (data >> 2) & 1;
    s->sound_enable = data & 0x20;
    if (!s->sound_enable) {
        samples_stop(s->b.samples, 4);
        return;
    }
    if (rise & 0x01)
        samples_start(s->b.samples, 4, 11, true);
    start_on_rise(s, rise, 1, 0, 0);
    start_on_rise(s, rise, 2, 1, 1);
    start_on_rise(s, rise, 3, 2, 8);
    start_on_rise(s, rise, 4, 4, 6);
}

static void ozmawars_port4_w(taito_state *s, u8 data)
{
    if (s->sound_enable) {
        switch (data) {
        case 0x01: samples_start(s->b.samples, 4, 13, true); break;
        case 0x15: samples_start(s->b.samples, 4, 10, true); break;
        case 0x17: samples_start(s->b.samples, 3, 9, false); break;
        case 0x1f: samples_start(s->b.samples, 4, 14, true); break;
        default: break;
        }
    }
    if (data == 0)
        samples_stop(s->b.samples, 4);
}

static void ozmawars_latch2_w(taito_state *s, u8 data, u8 rise)
{
    s->b.flip_screen = (data >> 5) & 1 & (cab(s) ? 1 : 0);
    s->color_map = (data >> 5) & 1;
    if (!s->sound_enable)
        return;
    for (int i = 0; i < 4; i++)
        start_on_rise(s, rise, i, 4, 2 + i); /* docking */
    start_on_rise(s, rise, 4, 4, 7);         /* comet */
}

static void taito_out_w(void *ctx, offs_t offset, u8 data)
{
    taito_state *s = ctx;
    switch (offset) {
    case 1:
        if (s->h->port1_w)
            s->h->port1_w(s, data);
        break;
    case 2:
        if (!s->h->no_shifter)
            mb14241_count_w(&s->b.shifter, data);
        break;
    case 3:
        s->h->latch1_w(s, data, (u8)(data & ~s->b.sound1));
        s->b.sound1 = data;
        break;
    case 4:
        if (s->h->port4_w)
            s->h->port4_w(s, data);
        else
            mb14241_data_w(&s->b.shifter, data);
        break;
    case 5:
        s->h->latch2_w(s, data, (u8)(data & ~s->b.sound2));
        s->b.sound2 = data;
        break;
    default: break;
    }
}

static const mem_map_entry taito_io[] = {
    MAP_IO(0x00, 0x07, 0xf8, taito_in_r, taito_out_w),
    MAP_END,
};

static const mem_map_entry taito_io_watchdog[] = {
    MAP_IO(0x00, 0x07, 0xf8, taito_in_r, taito_out_w),
    MAP_DEVICE_WRITE(0x06, 0x06, 0xf8, "watchdog", watchdog_reset_w),
    MAP_END,
};

/* RBG_3BIT: bit 0 red, bit 1 blue, bit 2 green */
static void taito_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)m;
    (void)drv;
    for (int i = 0; i < 8; i++)
        palette_set_color(pal, i, (i & 1) ? 0xff : 0, (i & 4) ? 0xff : 0, (i & 2) ? 0xff : 0);
}

static void draw_colour(const taito_state *s, bitmap_ind16 *bm, const rect_t *clip, u16 background)
{
    const mem_region *prom = machine_region(s->b.m, "proms");
    const u8 *map = prom->data + (s->color_map && prom->size >= 0x800 ? 0x400 : 0);
    int w = bm->width, h = bm->height;
    /* whole unflipped lines: 8 pixels at a time, as two words of 4 pens
       (a lane of invaders_expand is 0 or 1, so lanes * colour has no carry) */
    if (!s->b.flip_screen && clip->min_x == 0 && clip->max_x == INVADERS_VISIBLE_WIDTH - 1) {
        const u64 lanes = 0x0001000100010001u, bg4 = background * lanes;
        u64 diff[32]; /* foreground ^ background of each cell of the current cell row */
        int cell_row = -1;
        for (int y = clip->min_y; y <= clip->max_y; y++) {
            int row = y + 0x20;
            if (row >> 3 != cell_row) {
                cell_row = row >> 3;
                for (int k = 0; k < 32; k++)
                    diff[k] = (u64)((s->screen_red ? 1 : map[(cell_row << 5) | k] & 7) ^ background);
            }
            const u8 *src = &s->b.ram[(size_t)row * 32];
            u16 *dst = bitmap_row(bm, y);
            for (int k = 0; k < 32; k += 8) {
                u64 eight;
                memcpy(&eight, src + k, sizeof(eight));
                if (!eight) {
                    for (int i = 0; i < 16; i++)
                        memcpy(dst + 4 * i, &bg4, sizeof(bg4));
                    dst += 64;
                    continue;
                }
                for (int j = k; j < k + 8; j++, dst += 8) {
                    u64 lo, hi;
                    memcpy(&lo, &invaders_expand[src[j]][0], sizeof(lo));
                    memcpy(&hi, &invaders_expand[src[j]][4], sizeof(hi));
                    lo = bg4 ^ lo * diff[j];
                    hi = bg4 ^ hi * diff[j];
                    memcpy(dst, &lo, sizeof(lo));
                    memcpy(dst + 4, &hi, sizeof(hi));
                }
            }
            dst[0] = dst[1] = dst[2] = dst[3] = background;
        }
        return;
    }
    for (int y = clip->min_y; y <= clip->max_y; y++) {
        int row = y + 0x20; /* the sync chain starts the visible lines at 32 */
        const u8 *src = &s->b.ram[(size_t)row * 32];
        u16 *dst = bitmap_row(bm, s->b.flip_screen ? h - 1 - y : y);
        for (int x = clip->min_x; x <= clip->max_x; x++) {
            u16 pen = background;
            if (x < 256 && ((src[x >> 3] >> (x & 7)) & 1))
                pen = s->screen_red ? 1 : map[((row >> 3) << 5) | (x >> 3)] & 7;
            dst[s->b.flip_screen ? w - 1 - x : x] = pen;
        }
    }
}

static void taito_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)m;
    draw_colour(drv, bm, clip, 0);
}

/* Balloon Bomber's sky is blue */
static void ballbomb_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)m;
    draw_colour(drv, bm, clip, 2);
}

static int taito_start(machine_t *m, taito_state *s, const taito_hooks *h)
{
    s->h = h;
    const mem_region *prom = machine_region(m, "proms");
    if (!prom || prom->size < 0x400)
        return -1;
    s->sn = machine_device_self(m, "snsnd");
    s->music = machine_device_self(m, "discrete");
    if ((h->latch1_w == invadpt2_latch1_w && !s->sn) || (h->port1_w && !s->music))
        return -1;
    static const struct { const char *tag; u16 gain; } chips[2] = { { "snsnd", SN_GAIN }, { "discrete", 256 } };
    for (int i = 0; i < 2; i++) {
        s->routes[i] = machine_device(m, chips[i].tag) ? machine_sound_route(m, chips[i].tag, 0) : NULL;
        s->route_gain[i] = chips[i].gain;
    }
    return invaders_board_start(m, &s->b) == 0 && s->b.samples ? 0 : -1;
}

static void taito_reset(machine_t *m, void *drv)
{
    taito_state *s = drv;
    invaders_board_reset(m, &s->b);
    s->color_map = s->screen_red = 0;
    s->sound_enable = false;
    s->amp_on = true;
    chip_gains(s);
}

static void taito_serialize(machine_t *m, void *drv, state_io *io)
{
    taito_state *s = drv;
    invaders_board_serialize(m, &s->b, io);
    st_u8(io, &s->color_map);
    st_u8(io, &s->screen_red);
    st_bool(io, &s->sound_enable);
    st_bool(io, &s->amp_on);
    chip_gains(s);
}

#define TAITO_START(name, ...)                                           \
    static const taito_hooks name##_hooks = { __VA_ARGS__ };            \
    static int name##_start(machine_t *m, void *drv)                     \
    {                                                                    \
        return taito_start(m, drv, &name##_hooks);                       \
    }

TAITO_START(invadpt2, invadpt2_controls, invadpt2_latch1_w, invadpt2_latch2_w, NULL, NULL, false)
TAITO_START(lrescue, cv_controls, lrescue_latch1_w, lrescue_latch2_w, NULL, NULL, false)
TAITO_START(ballbomb, cv_controls, ballbomb_latch1_w, ballbomb_latch2_w, NULL, ballbomb_music_w, false)
TAITO_START(ozmawars, cv_controls, ozmawars_latch1_w, ozmawars_latch2_w, ozmawars_port4_w, NULL, true)

/* MAME's sample names */
static const char *const invaders_set_names[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9" };
static const samples_params invaders_set = { "invaders", invaders_set_names, 9, 6 };
static const char *const lrescue_names[] = { "alienexplosion", "rescueshipexplosion", "beamgun", "thrust", "bonus2",
                                             "bonus3", "shootingstar", "stepl", "steph" };
static const samples_params lrescue_set = { "lrescue", lrescue_names, 9, 4 };
static const char *const ozmawars_names[] = { "ow0", "ow1", "ow2", "ow3", "ow4", "ow5", "ow6", "ow7",
                                              "ow8", "ow9", "ow10", "ow11", "ow12", "ow13", "ow14" };
static const samples_params ozmawars_set = { "ozmawars", ozmawars_names, 15, 5 };

static const watchdog_params taito_watchdog = { .vblanks = 255 };

#define TAITO_CPU(iomap) \
    CPU_DEVICE("maincpu", i8080_core, INVADERS_CPU_CLOCK, .program = invaders_map, .io = (iomap), \
               .program_bits = 16, .io_bits = 8, .irq_ack = invaders_irq_ack, .output = invaders_inte)
#define TAITO_SAMPLES(params) \
    SOUND_DEVICE("samples", samples_device, 0, &(params), ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256)))

/* The saucer of the Space Invaders sample boards: VCO swept by the SLF,
   held on by the one-shot (no one-shot parts fitted), no noise. */
static const sn76477_params invaders_sn = {
    .attack_res = 100e3, .amplitude_res = 56e3, .feedback_res = 10e3,
    .vco_cap = 0.1e-6, .vco_res = 8.2e3, .pitch_voltage = 5.0,
    .slf_res = 120e3, .slf_cap = 1.0e-6,
    .vco_mode = 1, .mixer = 0, .envelope = 1, .enable = 1,
};
#define TAITO_SN76477 SOUND_DEVICE("snsnd", sn76477_device, 0, &invaders_sn, ROUTES(ROUTE(0, SPEAKER_MONO, SN_GAIN)))

static const device_config invadpt2_devices[] = {
    TAITO_CPU(taito_io_watchdog),
    DEVICE("watchdog", watchdog_device, 0, &taito_watchdog),
    TAITO_SN76477,
    TAITO_SAMPLES(invaders_set),
    DEVICE_END,
};

static const device_config lrescue_devices[] = {
    TAITO_CPU(taito_io),
    TAITO_SAMPLES(lrescue_set),
    DEVICE_END,
};

static const device_config ballbomb_devices[] = {
    TAITO_CPU(taito_io),
    TAITO_SN76477,
    TAITO_SAMPLES(invaders_set),
    SOUND_DEVICE("discrete", ballbomb_snd_device, 0, NULL, ROUTES(ROUTE(0, SPEAKER_MONO, 256))),
    DEVICE_END,
};

static const device_config ozmawars_devices[] = {
    TAITO_CPU(taito_io_watchdog),
    DEVICE("watchdog", watchdog_device, 0, &taito_watchdog),
    TAITO_SAMPLES(ozmawars_set),
    DEVICE_END,
};

#define TAITO_CONFIG(name, devs, update, ...)                                                        \
    static const machine_config name##_config = {                                                    \
        .devices = (devs),                                                                           \
        .drv_state_size = sizeof(taito_state),                                                       \
        .screen = INVADERS_SCREEN,                                                                   \
        .video = { taito_palette, (update), NULL, 8, 0, NULL },                                      \
        .start = name##_start,                                                                       \
        .reset = taito_reset,                                                                        \
        .serialize = taito_serialize,                                                                \
        .speaker_tag = "mono",                                                                       \
        .joy_ways = 2,                                                                               \
        .device_refs = (const char *const[]){ __VA_ARGS__, NULL },                                   \
    }

TAITO_CONFIG(invadpt2, invadpt2_devices, taito_update, "i8080", "screen", "watchdog", "mb14241", "palette",
             "speaker", "sn76477", "samples");
TAITO_CONFIG(lrescue, lrescue_devices, taito_update, "i8080", "screen", "mb14241", "palette", "speaker", "samples");
TAITO_CONFIG(ballbomb, ballbomb_devices, ballbomb_update, "i8080", "screen", "mb14241", "palette", "speaker",
             "sn76477", "samples", "discrete");
TAITO_CONFIG(ozmawars, ozmawars_devices, taito_update, "i8080", "screen", "watchdog", "palette", "speaker",
             "samples");

#define TAITO_CONTROLS(tag, player) \
    PORT_START(tag), \
    PORT_BIT_P(0x01, 0x00, IPT_BUTTON1, player), \
    PORT_BIT_P(0x02, 0x00, IPT_JOYSTICK_LEFT, player), \
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_RIGHT, player), \
    PORT_BIT(0xf8, 0x00, IPT_UNUSED)

#define DIP(mask, def, name, loc, off, on) \
    PORT_DIPNAME(mask, def, name), PORT_DIPSETTING(off, "Off"), PORT_DIPSETTING(on, "On"), PORT_DIPLOCATION(loc)

static const input_def invadpt2_inputs[] = {
    PORT_START("IN0"),
    DIP(0x01, 0x00, "Unused", "SW1:8", 0x00, 0x01),
    PORT_BIT(0x02, 0x00, IPT_UNUSED),
    PORT_BIT(0x04, 0x04, IPT_UNUSED),
    PORT_BIT(0x08, 0x00, IPT_UNUSED),
    PORT_BIT(0x30, 0x30, IPT_UNUSED),
    PORT_BIT_NAMED(0x40, 0x40, IPT_SERVICE1, "Name Reset"),
    PORT_BIT(0x80, 0x80, IPT_UNUSED),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x01, IPT_COIN1),
    PORT_BIT(0x02, 0x00, IPT_START2),
    PORT_BIT(0x04, 0x00, IPT_START1),
    PORT_BIT(0x08, 0x00, IPT_UNUSED),
    PORT_BIT(0x70, 0x00, IPT_CUSTOM),
    PORT_BIT(0x80, 0x80, IPT_UNUSED),
    PORT_START("IN2"),
    PORT_DIPNAME(0x01, 0x00, "Lives"),
    PORT_DIPSETTING(0x00, "3"),
    PORT_DIPSETTING(0x01, "4"),
    PORT_DIPLOCATION("SW1:4"),
    DIP(0x02, 0x00, "Unused", "SW1:3", 0x00, 0x02),
    PORT_BIT(0x04, 0x00, IPT_UNUSED),
    PORT_DIPNAME(0x08, 0x00, "Preset Mode"),
    PORT_DIPSETTING(0x00, "Game Mode"),
    PORT_DIPSETTING(0x08, "Name Entry"),
    PORT_DIPLOCATION("SW1:2"),
    PORT_BIT(0x70, 0x00, IPT_CUSTOM),
    PORT_DIPNAME(0x80, 0x00, "Coin Info"),
    PORT_DIPSETTING(0x80, "Off"),
    PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("SW1:1"),
    TAITO_CONTROLS("CONTP1", 1),
    TAITO_CONTROLS("CONTP2", 2),
    PORT_START("CAB"),
    PORT_DIPNAME(0x07, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x07, "Cocktail"),
    PORT_DIPLOCATION("SW1:5,6,7"),
    INPUT_END,
};

/* MAME's sicv_base ports (lrescue, ballbomb and ozmawars modify them) */
#define CV_IN0 \
    PORT_START("IN0"), \
    PORT_BIT(0xff, 0xff, IPT_UNUSED)
#define CV_IN1(coin_idle) \
    PORT_START("IN1"), \
    PORT_BIT(0x01, coin_idle, IPT_COIN1), \
    PORT_BIT(0x02, 0x00, IPT_START2), \
    PORT_BIT(0x04, 0x00, IPT_START1), \
    PORT_BIT(0x08, 0x08, IPT_UNUSED), \
    PORT_BIT(0x70, 0x00, IPT_CUSTOM), \
    PORT_BIT(0x80, 0x80, IPT_UNUSED)
#define CV_LIVES \
    PORT_DIPNAME(0x03, 0x00, "Lives"), \
    PORT_DIPSETTING(0x00, "3"), \
    PORT_DIPSETTING(0x01, "4"), \
    PORT_DIPSETTING(0x02, "5"), \
    PORT_DIPSETTING(0x03, "6"), \
    PORT_DIPLOCATION("SW1:1,2")
#define CV_TAIL \
    TAITO_CONTROLS("CONTP1", 1), \
    TAITO_CONTROLS("CONTP2", 2), \
    PORT_START("CAB"), \
    PORT_CONFNAME(0x01, 0x00, "Cabinet"), \
    PORT_DIPSETTING(0x00, "Upright"), \
    PORT_DIPSETTING(0x01, "Cocktail")

/* lrescue and ballbomb: the same switches (SW1:4 and 8 unused) */
#define LRESCUE_INPUTS(coin_idle, unused) \
    CV_IN0, \
    CV_IN1(coin_idle), \
    PORT_START("IN2"), \
    CV_LIVES, \
    PORT_BIT(0x04, 0x00, IPT_TILT), \
    DIP(0x08, 0x00, unused, "SW1:4", 0x00, 0x08), \
    PORT_BIT(0x70, 0x00, IPT_CUSTOM), \
    DIP(0x80, 0x00, unused, "SW1:8", 0x00, 0x80), \
    CV_TAIL, \
    INPUT_END

static const input_def lrescue_inputs[] = { LRESCUE_INPUTS(0x01, "Unused") };
static const input_def ballbomb_inputs[] = { LRESCUE_INPUTS(0x00, "Unknown") };

static const input_def ozmawars_inputs[] = {
    CV_IN0,
    CV_IN1(0x00),
    PORT_START("IN2"),
    PORT_DIPNAME(0x03, 0x00, "Energy"),
    PORT_DIPSETTING(0x00, "15000"),
    PORT_DIPSETTING(0x01, "20000"),
    PORT_DIPSETTING(0x02, "25000"),
    PORT_DIPSETTING(0x03, "35000"),
    PORT_DIPLOCATION("SW1:1,2"),
    DIP(0x04, 0x00, "Unknown", "SW1:3", 0x00, 0x04),
    PORT_DIPNAME(0x08, 0x00, "Bonus Energy"),
    PORT_DIPSETTING(0x00, "15000"),
    PORT_DIPSETTING(0x08, "10000"),
    PORT_DIPLOCATION("SW1:4"),
    PORT_BIT(0x70, 0x00, IPT_CUSTOM),
    PORT_DIPNAME(0x80, 0x00, "Coinage"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x80, "1 Coin/2 Credits"),
    PORT_DIPLOCATION("SW1:8"),
    CV_TAIL,
    INPUT_END,
};

/* Galaxy Wars: the CV ports; IN0 reads 40h (a check the program makes at start) */
static const input_def galxwars_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0xff, 0x40, IPT_UNUSED),
    CV_IN1(0x01),
    PORT_START("IN2"),
    PORT_DIPNAME(0x03, 0x01, "Lives"),
    PORT_DIPSETTING(0x00, "2"),
    PORT_DIPSETTING(0x01, "3"),
    PORT_DIPSETTING(0x02, "4"),
    PORT_DIPSETTING(0x03, "5"),
    PORT_DIPLOCATION("SW1:1,2"),
    DIP(0x04, 0x00, "Unknown", "SW1:3", 0x00, 0x04),
    PORT_DIPNAME(0x08, 0x00, "Bonus Life"),
    PORT_DIPSETTING(0x00, "3000"),
    PORT_DIPSETTING(0x08, "5000"),
    PORT_DIPLOCATION("SW1:4"),
    PORT_BIT(0x70, 0x00, IPT_CUSTOM),
    PORT_DIPNAME(0x80, 0x00, "Coinage"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x80, "1 Coin/2 Credits"),
    PORT_DIPLOCATION("SW1:8"),
    CV_TAIL,
    INPUT_END,
};

/* Konami's Space War / Space Laser: the controls are plain bits (no
   CONTP ports, so the Part II coupling adds nothing), no cabinet switch */
static const input_def spclaser_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0xff, 0x00, IPT_UNKNOWN),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x00, IPT_COIN1),
    PORT_BIT(0x02, 0x00, IPT_START2),
    PORT_BIT(0x04, 0x00, IPT_START1),
    PORT_BIT(0x08, 0x00, IPT_UNKNOWN),
    PORT_BIT(0x10, 0x00, IPT_BUTTON1),
    PORT_BIT(0x20, 0x00, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x40, 0x00, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x80, 0x00, IPT_UNKNOWN),
    PORT_START("IN2"),
    DIP(0x01, 0x00, "Unknown", "SW1:1", 0x00, 0x01),
    DIP(0x02, 0x00, "Unknown", "SW1:2", 0x00, 0x02),
    DIP(0x04, 0x00, "Unknown", "SW1:3", 0x00, 0x04),
    DIP(0x08, 0x00, "Unknown", "SW1:4", 0x00, 0x08),
    PORT_BIT_P(0x10, 0x00, IPT_BUTTON1, 2),
    PORT_BIT_P(0x20, 0x00, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x40, 0x00, IPT_JOYSTICK_RIGHT, 2),
    PORT_DIPNAME(0x80, 0x00, "Coinage"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Or 2 Players"),
    PORT_DIPSETTING(0x80, "1 Coin/1 Player  2 Coins/2 Players"),
    PORT_DIPLOCATION("SW1:8"),
    PORT_START("CAB"),
    PORT_BIT(0xff, 0x00, IPT_UNKNOWN),
    INPUT_END,
};

#define TAITO_FLAGS (ROT270 | MACHINE_SUPPORTS_SAVE | MACHINE_IMPERFECT_SOUND)
GAME(1979, invadpt2, NULL, invadpt2_config, invadpt2_inputs, NULL, TAITO_FLAGS, "Taito",
     "Space Invaders Part II (Taito, bigger ROMs)");
GAME(1979, moonbase, "invadpt2", invadpt2_config, invadpt2_inputs, NULL, TAITO_FLAGS, "Taito / Nichibutsu",
     "Moon Base Zeta (set 1)");
GAME(1979, lrescue, NULL, lrescue_config, lrescue_inputs, NULL, TAITO_FLAGS, "Taito", "Lunar Rescue");
GAME(1979, grescue, "lrescue", lrescue_config, lrescue_inputs, NULL, TAITO_FLAGS, "Taito (Universal license?)",
     "Galaxy Rescue");
GAME(1980, ballbomb, NULL, ballbomb_config, ballbomb_inputs, NULL, TAITO_FLAGS | MACHINE_IMPERFECT_GRAPHICS, "Taito",
     "Balloon Bomber");
GAME(1979, ozmawars, NULL, ozmawars_config, ozmawars_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE, "SNK",
     "Ozma Wars (set 1)");
GAME(1979, invadpt2a, "invadpt2", invadpt2_config, invadpt2_inputs, NULL, TAITO_FLAGS, "Taito",
     "Space Invaders Part II (Taito, smaller ROMs)");
GAME(1979, invadpt2br, "invadpt2", invadpt2_config, invadpt2_inputs, NULL, TAITO_FLAGS, "Taito do Brasil",
     "Space Invaders Part II (Brazil)");
GAME(1979, moonbasea, "invadpt2", invadpt2_config, invadpt2_inputs, NULL, TAITO_FLAGS, "Taito / Nichibutsu",
     "Moon Base Zeta (set 2)");
GAME(1979, lrescuem, "lrescue", lrescue_config, lrescue_inputs, NULL, TAITO_FLAGS, "bootleg (Model Racing)",
     "Lunar Rescue (Model Racing bootleg, set 1)");
GAME(1980, mlander, "lrescue", lrescue_config, lrescue_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE,
     "bootleg (Leisure Time Electronics)", "Moon Lander (bootleg of Lunar Rescue)");
GAME(1979, desterth, "lrescue", lrescue_config, lrescue_inputs, NULL, TAITO_FLAGS, "bootleg",
     "Destination Earth (bootleg of Lunar Rescue)");
GAME(1979, ozmawars2, "ozmawars", ozmawars_config, ozmawars_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE, "SNK",
     "Ozma Wars (set 2)");
GAME(1979, galxwars, NULL, invadpt2_config, galxwars_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE, "Universal",
     "Galaxy Wars (Universal set 1)");
GAME(1979, spcewarl, NULL, invadpt2_config, spclaser_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE,
     "Leijac Corporation", "Space War (Leijac Corporation)");
GAME(1980, spclaser, "spcewarl", invadpt2_config, spclaser_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE,
     "Taito", "Space Laser");
