/* Konami Time Pilot: timeplt and timepltc (Centuri license).

   CPUs:   main Z80 at 18.432 MHz / 6; NMI at VBLANK start while the latch's
           NMI enable is on (held until the enable is cleared: the program
           re-arms it by writing 0 then 1);
           the Time Pilot sound board (sound/konami_sound, KONAMI_SOUND_TIMEPLT):
           Z80 and two AY-3-8910 at 14.318181 MHz / 8, the latch on AY #1's
           port A, the LS90 timer on its port B, an RC low-pass per channel
           whose capacitors the sound CPU selects by address
   Memory: 0000-5fff ROM, a000-a3ff colour RAM, a400-a7ff video RAM,
           a800-afff RAM, b000-b0ff / b400-b4ff the two sprite RAMs (each
           mirrored through b3ff / b7ff and bb00 / bf00), unmapped reads FFh
           c000 read: the beam's line; write: the sound latch (mirror 0cff)
           c200 read DSW1, write watchdog (mirror 0cff; MAME's 3 s default)
           c300 IN0, c320 IN1, c340 IN2, c360 DSW0 (reads, mirror 0c9f)
           c300-c30f write: 74LS259 (bit A1-A3, data D0): Q0 NMI enable,
           Q1 flip screen (inverted), Q2 sound IRQ (0 -> 1), Q3 sound mute,
           Q4 video enable, Q5/Q6 coin counters, Q7 not used
   Video:  256 x 256 at 60 Hz, visible lines 16-239, rotated 90 degrees.
           A 32x32 map of 8x8 2bpp tiles (code + 100h by colour bit 5,
           colour bits 0-4, bit 4 the priority category, bits 6/7 flip X/Y)
           drawn below the sprites (category 0) and over them (category 1,
           opaque); 24 sprites of 16x16 2bpp (entries 8-31 of the two sprite
           RAMs, the lower entry on top, flip screen not applied to them).
           MAME 0.251 updates the screen a line at a time (its
           VIDEO_UPDATE_SCANLINE): sprite RAM changed during the frame shows
           from the next line on, as the game's multiplexed clouds need
           (here: the lines above the beam are drawn before such a write).
           Colours: two 32x8 PROMs through 390/470/560/820/1.2k resistor
           weights; sprite and tile lookup PROMs (256 x 4 each). */
#include <string.h>

#include "cpu/z80.h"
#include "emu/machine.h"
#include "machine/gen_latch.h"
#include "machine/ls259.h"
#include "machine/watchdog.h"
#include "sound/ay8910.h"
#include "sound/konami_sound.h"
#include "video/tilemap.h"
#include "video/viewer.h"

#define MASTER_CLOCK 18432000u
#define VBEND 16

typedef struct timeplt_state {
    u8 colorram[0x400];
    u8 videoram[0x400];
    u8 wram[0x800];
    u8 spriteram[2][0x100];
    u8 nmi_enable, video_enable, flip;
    cpu_slot *cpu;
    ls259_t *latch;
    konami_sound_t *snd;
    tilemap_t *bg;
    /* C000's line, a function of the main CPU's cycle count: the value at
       cycles line_from .. line_until - 1 (a cache, not state) */
    u64 line_from, line_until;
    u8 line_value;
} timeplt_state;

/* ---- bus ---- */

/* MAME 0.251 draws each line as the beam starts it. Drawing the lines up
   to the beam's before any write that changes the picture gives the same
   pixels with far fewer, larger updates. */
static void timeplt_redraw_before(timeplt_state *s, const u8 *ram, u8 data)
{
    if (*ram != data)
        screen_update_now(s->cpu->dev->machine);
}

static void timeplt_colorram_w(void *ctx, offs_t offset, u8 data)
{
    timeplt_state *s = ctx;
    if (s->colorram[offset & 0x3ff] == data) /* the tile stays as drawn */
        return;
    timeplt_redraw_before(s, &s->colorram[offset & 0x3ff], data);
    s->colorram[offset & 0x3ff] = data;
    tilemap_mark_tile_dirty(s->bg, offset & 0x3ff);
}

static void timeplt_videoram_w(void *ctx, offs_t offset, u8 data)
{
    timeplt_state *s = ctx;
    if (s->videoram[offset & 0x3ff] == data) /* the tile stays as drawn */
        return;
    timeplt_redraw_before(s, &s->videoram[offset & 0x3ff], data);
    s->videoram[offset & 0x3ff] = data;
    tilemap_mark_tile_dirty(s->bg, offset & 0x3ff);
}

static void timeplt_spriteram0_w(void *ctx, offs_t offset, u8 data)
{
    timeplt_state *s = ctx;
    timeplt_redraw_before(s, &s->spriteram[0][offset & 0xff], data);
    s->spriteram[0][offset & 0xff] = data;
}

static void timeplt_spriteram1_w(void *ctx, offs_t offset, u8 data)
{
    timeplt_state *s = ctx;
    timeplt_redraw_before(s, &s->spriteram[1][offset & 0xff], data);
    s->spriteram[1][offset & 0xff] = data;
}

/* The beam's line after `cyc` main CPU cycles, as screen_vpos computes it */
static u64 beam_at_cycle(const timeplt_state *s, const machine_t *m, u64 cyc)
{
    return screen_beam_at(m, et_from_cycles(cyc, s->cpu->rate));
}

static int line_of(const machine_t *m, u64 beam)
{
    const screen_config *sc = &m->config->screen;
    return (int)(beam % ((u64)sc->htotal * sc->vtotal) / sc->htotal);
}

/* The program polls C000 several times a line: the line is found once with
   the cycle at which it ends (the beam only moves forward, so every cycle
   between two with the same line, less than a line apart, has it too). */
static u8 timeplt_scanline_r(void *ctx, offs_t offset)
{
    (void)offset;
    timeplt_state *s = ctx;
    machine_t *m = s->cpu->dev->machine;
    if (m->running != s->cpu)
        return (u8)screen_vpos(m);
    u64 cyc = s->cpu->total_cycles + (u64)cpu_cycles_run((const cpu_base *)s->cpu->core);
    if (cyc >= s->line_from && cyc < s->line_until)
        return s->line_value;
    const screen_config *sc = &m->config->screen;
    u64 beam = beam_at_cycle(s, m, cyc);
    int v = line_of(m, beam);
    /* the first cycle on the next line: estimated, then checked both sides */
    u64 left = sc->htotal - beam % sc->htotal;
    u64 k = left * s->cpu->rate / sc->pixclock;
    if (k < 1)
        k = 1;
    while (line_of(m, beam_at_cycle(s, m, cyc + k)) == v)
        k++;
    while (k > 1 && line_of(m, beam_at_cycle(s, m, cyc + k - 1)) != v)
        k--;
    s->line_from = cyc;
    s->line_until = cyc + k;
    s->line_value = (u8)v;
    return (u8)v;
}

static void timeplt_latch_w(void *ctx, offs_t offset, u8 data)
{
    timeplt_state *s = ctx;
    ls259_write_d0(s->latch, offset >> 1, data);
}

static const mem_map_entry timeplt_program[] = {
    MAP_ROM(0x0000, 0x5fff, 0, "maincpu", 0),
    MAP_RAM(0xa000, 0xa3ff, 0, timeplt_state, colorram),
    MAP_WRITE(0xa000, 0xa3ff, 0, timeplt_colorram_w),
    MAP_RAM(0xa400, 0xa7ff, 0, timeplt_state, videoram),
    MAP_WRITE(0xa400, 0xa7ff, 0, timeplt_videoram_w),
    MAP_RAM(0xa800, 0xafff, 0, timeplt_state, wram),
    MAP_RAM(0xb000, 0xb0ff, 0x0b00, timeplt_state, spriteram[0]),
    MAP_WRITE(0xb000, 0xb0ff, 0x0b00, timeplt_spriteram0_w),
    MAP_RAM(0xb400, 0xb4ff, 0x0b00, timeplt_state, spriteram[1]),
    MAP_WRITE(0xb400, 0xb4ff, 0x0b00, timeplt_spriteram1_w),
    MAP_READ(0xc000, 0xc000, 0x0cff, timeplt_scanline_r),
    MAP_DEVICE_WRITE(0xc000, 0xc000, 0x0cff, "timeplt_audio:soundlatch", gen_latch_w),
    MAP_PORT(0xc200, 0xc200, 0x0cff, "DSW1"),
    MAP_DEVICE_WRITE(0xc200, 0xc200, 0x0cff, "watchdog", watchdog_reset_w),
    MAP_PORT(0xc300, 0xc300, 0x0c9f, "IN0"),
    MAP_PORT(0xc320, 0xc320, 0x0c9f, "IN1"),
    MAP_PORT(0xc340, 0xc340, 0x0c9f, "IN2"),
    MAP_PORT(0xc360, 0xc360, 0x0c9f, "DSW0"),
    MAP_WRITE(0xc300, 0xc30f, 0, timeplt_latch_w),
    MAP_END,
};

/* ---- latch outputs ---- */

static void timeplt_nmi_enable(void *drv, int state)
{
    timeplt_state *s = drv;
    s->nmi_enable = (u8)state;
    if (!state)
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_CLEAR);
}

static void timeplt_apply_flip(timeplt_state *s)
{
    tilemap_set_flip(s->bg, s->flip ? TILEMAP_FLIPX | TILEMAP_FLIPY : 0);
}

static void timeplt_flip_w(void *drv, int state)
{
    timeplt_state *s = drv;
    if (s->flip == !state)
        return;
    screen_update_now(s->cpu->dev->machine);
    s->flip = !state;
    timeplt_apply_flip(s);
}

static void timeplt_snd_irq(void *drv, int state)
{
    konami_sound_irq_line_w(((timeplt_state *)drv)->snd, state);
}

static void timeplt_snd_mute(void *drv, int state)
{
    konami_sound_mute_w(((timeplt_state *)drv)->snd, state);
}

static void timeplt_video_enable(void *drv, int state)
{
    timeplt_state *s = drv;
    if (s->video_enable == state)
        return;
    screen_update_now(s->cpu->dev->machine);
    s->video_enable = (u8)state;
}

static const ls259_params timeplt_latch = {
    { timeplt_nmi_enable, timeplt_flip_w, timeplt_snd_irq, timeplt_snd_mute, timeplt_video_enable,
      ls259_coin_counter_0, ls259_coin_counter_1 },
};

/* ---- video ---- */

/* Two PROMs make a 16-bit colour: red from bits 1-5 of the one at 20h,
   green from its bits 6-7 and bits 0-2 of the one at 0, blue from bits 3-7
   of that one; each gun through 1.2k, 820, 560, 470, 390 ohm, with the
   weights MAME rounds them to. Lookup PROMs: sprites (e9, colours 0-15)
   and tiles (e12, colours 16-31). */
#define TIMEPLT_GUN(p0, b0, p1, b1, p2, b2, p3, b3, p4, b4) \
    { 5, { p0, p1, p2, p3, p4 }, { b0, b1, b2, b3, b4 }, { 1200, 820, 560, 470, 390 }, \
      { 0x19, 0x24, 0x35, 0x40, 0x4d }, 0, 0 }
static const palette_lookup timeplt_lut[2] = {
    { 0, 128, "proms", 0x140, 0, 0x0f, 0x10, 0, 0, 0 },
    { 128, 256, "proms", 0x40, 0, 0x0f, 0x00, 0, 0, 0 },
};
static const palette_source timeplt_palette_source = {
    .count = 32, .nproms = 2,
    .proms = { { "proms", 0x00, { 0, 0 }, { 0x1f, 0 } }, { "proms", 0x20, { 0, 0 }, { 0x1f, 0 } } },
    .ch = { TIMEPLT_GUN(1, 1, 1, 2, 1, 3, 1, 4, 1, 5), TIMEPLT_GUN(1, 6, 1, 7, 0, 0, 0, 1, 0, 2),
            TIMEPLT_GUN(0, 3, 0, 4, 0, 5, 0, 6, 0, 7) },
    .kind = PALSRC_WEIGHTS, .lut = timeplt_lut, .nlut = 2,
};

static void timeplt_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    palette_source_apply(m, pal, &timeplt_palette_source);
}

static void timeplt_tile_info(void *drv, u32 index, tile_info *ti)
{
    const timeplt_state *s = drv;
    u8 attr = s->colorram[index];
    ti->code = s->videoram[index] + 8u * (attr & 0x20u);
    ti->color = attr & 0x1fu;
    ti->flags = (attr >> 6) & 3; /* bit 6 flip X, bit 7 flip Y */
    ti->category = (attr >> 4) & 1;
}

/* Sprites 0x3e down to 0x10 (two bytes in each of the two sprite RAMs). */
static int timeplt_list(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    const timeplt_state *s = drv;
    const u8 *a = s->spriteram[0], *b = s->spriteram[1];
    u32 base = viewer_ram_address(m, offsetof(timeplt_state, spriteram[0]));
    int n = 0;
    for (int offs = 0x3e; offs >= 0x10 && n < max; offs -= 2) {
        viewer_sprite *v = &out[n++];
        *v = (viewer_sprite){ .index = offs / 2, .gfx = 1, .code = a[offs + 1], .color = b[offs] & 0x3fu,
                              .flipx = !(b[offs] & 0x40), .flipy = b[offs] & 0x80, .sx = a[offs],
                              .sy = 241 - b[offs + 1] - VBEND, .addr = base + (u32)offs, .nattr = 4,
                              .attr = { a[offs], a[offs + 1], b[offs], b[offs + 1] } };
    }
    return n;
}

static const viewer_desc timeplt_viewer = { timeplt_list, &timeplt_palette_source };

static int rect_area(rect_t r)
{
    return (r.max_x - r.min_x + 1) * (r.max_y - r.min_y + 1);
}

/* Draws the sprites, then the category 1 tiles over them. Outside the
   sprites' squares the bitmap already shows the map (the first, opaque
   pass), so the category 1 pass is drawn only inside them (or any larger
   region: it writes the map's own pixels). */
static void timeplt_sprites(machine_t *m, timeplt_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    viewer_sprite spr[24];
    int n = timeplt_list(m, s, spr, 24);
    const gfx_element *g = &m->gfx[1];
    for (int i = 0; i < n; i++)
        gfx_draw(bm, clip, g, spr[i].code, spr[i].color, spr[i].flipx, spr[i].flipy, spr[i].sx, spr[i].sy, 1u);
    rect_t full = { 0, bm->width - 1, 0, bm->height - 1 };
    rect_t c = clip ? rect_intersect(*clip, full) : full;
    if (bm->prov) { /* the provenance recorder sees the whole pass */
        tilemap_draw(s->bg, bm, &c, TILEMAP_DRAW_CATEGORY(1), NULL, 0, 0);
        return;
    }
    rect_t r[24];
    int nr = 0;
    for (int i = 0; i < n; i++) {
        r[nr] = rect_intersect(c, (rect_t){ spr[i].sx, spr[i].sx + g->width - 1, spr[i].sy, spr[i].sy + g->height - 1 });
        if (r[nr].min_x <= r[nr].max_x && r[nr].min_y <= r[nr].max_y)
            nr++;
    }
    /* Two squares become their bounding box when that adds fewer pixels
       than a draw call costs (drawing more of the map is harmless). */
    for (bool merged = true; merged;) {
        merged = false;
        for (int i = 0; i < nr; i++)
            for (int j = i + 1; j < nr; j++) {
                rect_t u = { r[i].min_x < r[j].min_x ? r[i].min_x : r[j].min_x,
                             r[i].max_x > r[j].max_x ? r[i].max_x : r[j].max_x,
                             r[i].min_y < r[j].min_y ? r[i].min_y : r[j].min_y,
                             r[i].max_y > r[j].max_y ? r[i].max_y : r[j].max_y };
                if (rect_area(u) > rect_area(r[i]) + rect_area(r[j]) + 512)
                    continue;
                r[i] = u;
                r[j--] = r[--nr];
                merged = true;
            }
    }
    for (int i = 0; i < nr; i++)
        tilemap_draw(s->bg, bm, &r[i], TILEMAP_DRAW_CATEGORY(1), NULL, 0, 0);
}

static void timeplt_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    timeplt_state *s = drv;
    /* with the video off MAME draws nothing: the bitmap keeps what it had */
    if (!s->video_enable)
        return;
    /* MAME draws the category 0 tiles, the sprites, then the category 1
       tiles. The tiles have no transparent pen, so the second pass covers
       every category 1 tile whole: the first may copy the whole map (a
       plain copy instead of a masked one), the same picture. */
    tilemap_draw(s->bg, bm, clip, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_ALL_CATEGORIES, NULL, 0, 0);
    timeplt_sprites(m, s, bm, clip);
}

static const gfx_layout timeplt_charlayout = {
    8, 8, RGN_FRAC(1, 1), 2, { 4, 0 }, { STEP4(0, 1), STEP4(64, 1) }, { STEP8(0, 8) }, 128,
};

static const gfx_layout timeplt_spritelayout = {
    16, 16, RGN_FRAC(1, 1), 2, { 4, 0 }, { STEP4(0, 1), STEP4(64, 1), STEP4(128, 1), STEP4(192, 1) },
    { STEP8(0, 8), STEP8(256, 8) }, 512,
};

static const gfx_decode_entry timeplt_gfx[] = {
    { "tiles", 0, &timeplt_charlayout, 0, 32 },
    { "sprites", 0, &timeplt_spritelayout, 32 * 4, 64 },
    { NULL, 0, NULL, 0, 0 },
};

/* ---- machine ---- */

static void timeplt_vblank(machine_t *m, void *drv, int state)
{
    (void)m;
    timeplt_state *s = drv;
    if (state && s->nmi_enable)
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_ASSERT);
}

static int timeplt_start(machine_t *m, void *drv)
{
    timeplt_state *s = drv;
    s->cpu = machine_cpu(m, "maincpu");
    s->snd = machine_device_self(m, "timeplt_audio");
    s->latch = machine_device_self(m, "mainlatch");
    s->bg = tilemap_create(m, &(tilemap_config){ tilemap_scan_rows, timeplt_tile_info, 8, 8, 32, 32 }, s);
    const mem_region *proms = machine_region(m, "proms");
    if (!s->cpu || !s->snd || !s->bg || !s->latch || !proms || proms->size < 0x240 ||
        m->num_gfx != 2)
        return -1;
    /* bitmap line 0 is screen line VBEND */
    tilemap_set_scrolldy(s->bg, -VBEND, -VBEND);
    return 0;
}

static void timeplt_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    timeplt_state *s = drv;
    st_bytes(io, s->colorram, sizeof(s->colorram));
    st_bytes(io, s->videoram, sizeof(s->videoram));
    st_bytes(io, s->wram, sizeof(s->wram));
    st_bytes(io, s->spriteram[0], sizeof(s->spriteram[0]));
    st_bytes(io, s->spriteram[1], sizeof(s->spriteram[1]));
    st_u8(io, &s->nmi_enable);
    st_u8(io, &s->video_enable);
    st_u8(io, &s->flip);
}

static void timeplt_post_load(machine_t *m, void *drv)
{
    (void)m;
    timeplt_state *s = drv;
    timeplt_apply_flip(s);
    tilemap_mark_all_dirty(s->bg);
}

static const konami_sound_config timeplt_sound = {
    "timeplt_audio:tpsound", { "timeplt_audio:ay1", "timeplt_audio:ay2" }, "timeplt_audio:soundlatch", false, 6, 0,
    KONAMI_SOUND_TIMEPLT,
};
static const gen_latch_params timeplt_soundlatch = { NULL, false, 0, 0 };
static const watchdog_params timeplt_watchdog = { 0, 3000000 }; /* MAME's default: 3 s */

static const device_config timeplt_devices[] = {
    CPU_DEVICE("maincpu", z80_core, MASTER_CLOCK / 3 / 2, .program = timeplt_program, .fixed_pages = true),
    DEVICE("mainlatch", ls259_device, 0, &timeplt_latch),
    DEVICE("watchdog", watchdog_device, 0, &timeplt_watchdog),
    CPU_DEVICE("timeplt_audio:tpsound", z80_core, KONAMI_SOUND_CPU_CLOCK, .program = timeplt_sound_map,
               .fixed_pages = true),
    DEVICE("timeplt_audio:soundlatch", gen_latch_device, 0, &timeplt_soundlatch),
    SOUND_DEVICE("timeplt_audio:ay1", ay8910_device, KONAMI_SOUND_CPU_CLOCK, &konami_sound_timeplt_ay_params,
                 KONAMI_SOUND_TIMEPLT_ROUTES),
    SOUND_DEVICE("timeplt_audio:ay2", ay8910_device, KONAMI_SOUND_CPU_CLOCK, &konami_sound_timeplt_ay_params,
                 KONAMI_SOUND_TIMEPLT_ROUTES),
    DEVICE("timeplt_audio", konami_sound_device, 0, &timeplt_sound),
    DEVICE_END,
};

static const machine_config timeplt_config = {
    .devices = timeplt_devices,
    .drv_state_size = sizeof(timeplt_state),
    .screen = { 256 * 256 * 60, 256, 0, 256, 256, VBEND, 240, timeplt_vblank, false },
    .video = { timeplt_palette, timeplt_update, timeplt_gfx, 32, 32 * 4 + 64 * 4, &timeplt_viewer },
    .start = timeplt_start,
    .serialize = timeplt_serialize,
    .post_load = timeplt_post_load,
    .speaker_tag = "timeplt_audio:mono",
    .joy_ways = 8,
    .device_refs = (const char *const[]){ "z80", "ls259", "watchdog", "screen", "gfxdecode", "palette",
                                          "timplt_audio", "z80", "speaker", "generic_latch_8", "ay8910",
                                          "ay8910", NULL },
};

/* ---- inputs ---- */

#define TIMEPLT_PLAYER(n)                                                                                  \
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_LEFT, n), PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_RIGHT, n),            \
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_UP, n), PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_DOWN, n),               \
    PORT_BIT_P(0x10, 0x10, IPT_BUTTON1, n), PORT_BIT(0xe0, 0xe0, IPT_UNKNOWN)

#define TIMEPLT_COINS(mask, shift, name, loc)                                                              \
    PORT_DIPNAME(mask, mask, name), PORT_DIPSETTING(0x02 << shift, "4 Coins/1 Credit"),                     \
    PORT_DIPSETTING(0x05 << shift, "3 Coins/1 Credit"), PORT_DIPSETTING(0x08 << shift, "2 Coins/1 Credit"), \
    PORT_DIPSETTING(0x04 << shift, "3 Coins/2 Credits"), PORT_DIPSETTING(0x01 << shift, "4 Coins/3 Credits"), \
    PORT_DIPSETTING(0x0f << shift, "1 Coin/1 Credit"), PORT_DIPSETTING(0x03 << shift, "3 Coins/4 Credits"), \
    PORT_DIPSETTING(0x07 << shift, "2 Coins/3 Credits"), PORT_DIPSETTING(0x0e << shift, "1 Coin/2 Credits"), \
    PORT_DIPSETTING(0x06 << shift, "2 Coins/5 Credits"), PORT_DIPSETTING(0x0d << shift, "1 Coin/3 Credits"), \
    PORT_DIPSETTING(0x0c << shift, "1 Coin/4 Credits"), PORT_DIPSETTING(0x0b << shift, "1 Coin/5 Credits"), \
    PORT_DIPSETTING(0x0a << shift, "1 Coin/6 Credits"), PORT_DIPSETTING(0x09 << shift, "1 Coin/7 Credits"), \
    PORT_DIPSETTING(0x00, "Free Play"), PORT_DIPLOCATION(loc)

static const input_def timeplt_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x01, IPT_COIN1), PORT_BIT(0x02, 0x02, IPT_COIN2), PORT_BIT(0x04, 0x04, IPT_SERVICE1),
    PORT_BIT(0x08, 0x08, IPT_START1), PORT_BIT(0x10, 0x10, IPT_START2), PORT_BIT(0xe0, 0xe0, IPT_UNKNOWN),
    PORT_START("IN1"), TIMEPLT_PLAYER(1),
    PORT_START("IN2"), TIMEPLT_PLAYER(2),
    PORT_START("DSW0"),
    TIMEPLT_COINS(0x0f, 0, "Coin A", "SW1:1,2,3,4"),
    TIMEPLT_COINS(0xf0, 4, "Coin B", "SW1:5,6,7,8"),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x03, "Lives"), PORT_DIPSETTING(0x03, "3"), PORT_DIPSETTING(0x02, "4"),
    PORT_DIPSETTING(0x01, "5"), PORT_DIPSETTING(0x00, "255 (Cheat)"), PORT_DIPLOCATION("SW2:1,2"),
    PORT_DIPNAME(0x04, 0x00, "Cabinet"), PORT_DIPSETTING(0x00, "Upright"), PORT_DIPSETTING(0x04, "Cocktail"),
    PORT_DIPLOCATION("SW2:3"),
    PORT_DIPNAME(0x08, 0x08, "Bonus Life"), PORT_DIPSETTING(0x08, "10000 50000"),
    PORT_DIPSETTING(0x00, "20000 60000"), PORT_DIPLOCATION("SW2:4"),
    PORT_DIPNAME(0x70, 0x40, "Difficulty"), PORT_DIPSETTING(0x70, "1 (Easiest)"), PORT_DIPSETTING(0x60, "2"),
    PORT_DIPSETTING(0x50, "3"), PORT_DIPSETTING(0x40, "4"), PORT_DIPSETTING(0x30, "5"), PORT_DIPSETTING(0x20, "6"),
    PORT_DIPSETTING(0x10, "7"), PORT_DIPSETTING(0x00, "8 (Difficult)"), PORT_DIPLOCATION("SW2:5,6,7"),
    PORT_DIPNAME(0x80, 0x00, "Demo Sounds"), PORT_DIPSETTING(0x80, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("SW2:8"),
    INPUT_END,
};

GAME(1982, timeplt, NULL, timeplt_config, timeplt_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE, "Konami",
     "Time Pilot");
GAME(1982, timepltc, "timeplt", timeplt_config, timeplt_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Konami (Centuri license)", "Time Pilot (Centuri)");
