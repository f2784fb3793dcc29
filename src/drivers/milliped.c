/* Atari Millipede (1982) and Maze Invaders (1981 prototype): the Centipede
   board's successor (shared parts in centiped.c / centiped.h).

   CPU:    6502 at 12.096 MHz / 8 = 1.512 MHz
   Memory (address bit 15 ignored):
           0000-03ff work RAM
           0400-040f POKEY 1 (its ALLPOT reads DIP bank D5)
           0800-080f POKEY 2 (its ALLPOT reads DIP bank B5)
           1000-13bf playfield RAM: 32x30 tiles; bits 0-5 code (+0x40),
                     bit 6 graphics bank (+0x80) and, with bit 7, the colour
           13c0-13ff sprites as Centipede's; the colour byte's bits 6-7 pick
                     one of four sprite palettes
           Millipede:
           2000 (r) trackball X count and direction, or (TBEN low) DIP
                     switches P8 1-4; fire 1, start 1, VBLANK (6)
           2001 (r) trackball Y the same way (P8 7-8), fire 2, start 2
           2010 (r) joystick (player 2's when CNTRLSEL), slam, coins
           2011 (r) player 2 joystick, cabinet, service
           Maze Invaders:
           2000 (r) DIP switches, VBLANK (7); 2001, 2010, 2011 switches
           2020 (r) analog stick selected by the last write to 2580-2583
           Both:
           2030 (r) EAROM data
           2480-249f (w) palette RAM: 00-0f playfield pens, 10-1f sprite
                     colours (four palettes of four). Millipede: bits
                     inverted, 7-5 red, 4-3 green, 2-0 blue; Maze Invaders:
                     the inverted low nibble indexes the colour PROM, whose
                     inverted byte is taken the same way
           2500-2507 (w) LS259 on D7: coin counters 1-2, start LEDs 3-4,
                     5 TBEN (trackball enable), 6 flip screen, 7 CNTRLSEL
           2600 (w) IRQ acknowledge; 2680 watchdog; 2700 EAROM control;
           2780-27bf (w) EAROM address and data
           4000-7fff program ROM (Maze Invaders from 3000)
   Video:  as Centipede (256x240, ROT270, drawn band by band at the 16V
           IRQs); Millipede flips sprites in X with the screen (VIDROT)
   Sound:  two POKEYs at 1.512 MHz
   EAROM:  ER2055, kept in nvram/<set>/earom */
#include "drivers/centiped.h"
#include "machine/watchdog.h"

enum { LATCH_TBEN = 5, LATCH_FLIP = 6, LATCH_CNTRLSEL = 7 };

/* ---- inputs ---- */

static u8 milliped_in0_r(void *ctx, offs_t offset)
{
    (void)offset;
    centiped_state *s = ctx;
    return (u8)((centiped_read_trackball(s, 0, 0) & ~0x40) | centiped_vblank(s) << 6);
}

static u8 milliped_in1_r(void *ctx, offs_t offset)
{
    (void)offset;
    return centiped_read_trackball(ctx, 1, 1);
}

/* With CNTRLSEL the player 2 joystick replaces player 1's, its bits
   swapped in pairs (MAME's remapping: the board's P2 X inputs are bad) */
static u8 milliped_in2_r(void *ctx, offs_t offset)
{
    (void)offset;
    centiped_state *s = ctx;
    u8 data = (u8)input_port_read(s->in, s->port_extra[0]);
    if (s->control_select) {
        u8 joy2 = (u8)input_port_read(s->in, s->port_extra[1]) & 0x0f;
        data = (u8)((data & 0xf0) | (joy2 & 0x0a) >> 1 | (joy2 & 0x05) << 1);
    }
    return data;
}

static void milliped_tben_w(void *drv, int state)
{
    ((centiped_state *)drv)->dsw_select = !state;
}

static void milliped_cntrlsel_w(void *drv, int state)
{
    ((centiped_state *)drv)->control_select = (u8)state;
}

static u8 mazeinv_in0_r(void *ctx, offs_t offset)
{
    (void)offset;
    centiped_state *s = ctx;
    return (u8)((input_port_read(s->in, s->port_sw[0]) & 0x7f) | centiped_vblank(s) << 7);
}

static u8 mazeinv_stick_r(void *ctx, offs_t offset)
{
    (void)offset;
    centiped_state *s = ctx;
    return (u8)input_port_read(s->in, s->port_extra[s->control_select & 3]);
}

static void mazeinv_stick_select_w(void *ctx, offs_t offset, u8 data)
{
    (void)data;
    ((centiped_state *)ctx)->control_select = (u8)(offset & 3);
}

static u8 pokey1_allpot(void *drv)
{
    const centiped_state *s = drv;
    return (u8)input_port_read(s->in, input_port_index(s->in, "DSW1"));
}

static u8 pokey2_allpot(void *drv)
{
    const centiped_state *s = drv;
    return (u8)input_port_read(s->in, input_port_index(s->in, "DSW2"));
}

/* ---- palette ---- */

/* Pens: 00-0f playfield (colour code x 4 + pen); 16 + 4 x code + pen for
   the 256 sprite colour codes. */
static void set_color(centiped_state *s, int offset, u8 data)
{
    static const u8 w[3] = { 0x21, 0x47, 0x97 };
    u8 d = (u8)~data;
    int r = w[0] * (d >> 5 & 1) + w[1] * (d >> 6 & 1) + w[2] * (d >> 7 & 1);
    int g = w[1] * (d >> 3 & 1) + w[2] * (d >> 4 & 1);
    int b = w[0] * (d & 1) + w[1] * (d >> 1 & 1) + w[2] * (d >> 2 & 1);
    palette_t *pal = &s->machine->palette;
    if (offset < 0x10) {
        palette_set_color(pal, offset, (u8)r, (u8)g, (u8)b);
        return;
    }
    int bank = offset >> 2 & 3, idx = offset & 3;
    for (int code = bank * 64; code < bank * 64 + 64; code++)
        for (int p = 1; p <= 3; p++)
            if ((code >> (2 * (p - 1)) & 3) == idx)
                palette_set_color(pal, 16 + code * 4 + p, (u8)r, (u8)g, (u8)b);
}

static void apply_palette(centiped_state *s, int offset)
{
    u8 data = s->paletteram[offset];
    if (s->color_prom) /* Maze Invaders: the value indexes the colour PROM */
        data = (u8)~s->color_prom[~data & 0x0f];
    set_color(s, offset, data);
}

static void palette_w(void *ctx, offs_t offset, u8 data)
{
    centiped_state *s = ctx;
    s->paletteram[offset & 0x1f] = data;
    apply_palette(s, offset & 0x1f);
}

static void milliped_post_load(machine_t *m, void *drv)
{
    (void)m;
    for (int i = 0; i < 0x20; i++)
        apply_palette(drv, i);
}

/* ---- memory maps ---- */

#define MILLIPED_COMMON_MAP \
    MAP_RAM(0x0000, 0x03ff, 0x8000, centiped_state, ram), \
    MAP_IO(0x0400, 0x040f, 0x8000, centiped_pokey_r, centiped_pokey_w), \
    MAP_IO(0x0800, 0x080f, 0x8000, centiped_pokey2_r, centiped_pokey2_w), \
    MAP_RAM(0x1000, 0x13bf, 0x8000, centiped_state, videoram), \
    MAP_WRITE(0x1000, 0x13bf, 0x8000, centiped_videoram_w), \
    MAP_RAM(0x13c0, 0x13ff, 0x8000, centiped_state, spriteram), \
    MAP_READ(0x2030, 0x2030, 0x8000, centiped_earom_r), \
    MAP_WRITE(0x2480, 0x249f, 0x8000, palette_w), \
    MAP_DEVICE_WRITE(0x2500, 0x2507, 0x8000, "outlatch", ls259_d7_w), \
    MAP_WRITE(0x2600, 0x2600, 0x8000, centiped_irq_ack_w), \
    MAP_DEVICE_WRITE(0x2680, 0x2680, 0x8000, "watchdog", watchdog_reset_w), \
    MAP_WRITE(0x2700, 0x2700, 0x8000, centiped_earom_control_w), \
    MAP_WRITE(0x2780, 0x27bf, 0x8000, centiped_earom_w)

static const mem_map_entry milliped_map[] = {
    MILLIPED_COMMON_MAP,
    MAP_READ(0x2000, 0x2000, 0x8000, milliped_in0_r),
    MAP_READ(0x2001, 0x2001, 0x8000, milliped_in1_r),
    MAP_READ(0x2010, 0x2010, 0x8000, milliped_in2_r),
    MAP_PORT(0x2011, 0x2011, 0x8000, "IN3"),
    MAP_ROM(0x4000, 0x7fff, 0x8000, "maincpu", 0x4000),
    MAP_END,
};

static const mem_map_entry mazeinv_map[] = {
    MILLIPED_COMMON_MAP,
    MAP_READ(0x2000, 0x2000, 0x8000, mazeinv_in0_r),
    MAP_PORT(0x2001, 0x2001, 0x8000, "IN1"),
    MAP_PORT(0x2010, 0x2010, 0x8000, "IN2"),
    MAP_PORT(0x2011, 0x2011, 0x8000, "IN3"),
    MAP_READ(0x2020, 0x2020, 0x8000, mazeinv_stick_r),
    MAP_WRITE(0x2580, 0x2583, 0x8000, mazeinv_stick_select_w),
    MAP_ROM(0x3000, 0x7fff, 0x8000, "maincpu", 0x3000),
    MAP_END,
};

/* ---- video ---- */

static const gfx_decode_entry milliped_gfx[] = {
    { "gfx1", 0, &centiped_tilelayout, 0, 4 },
    { "gfx1", 0, &centiped_spritelayout, 16, 256 },
    { NULL, 0, NULL, 0, 0 },
};

/* Bit 6 is the graphics bank and, with bit 7, the colour; the flip screen
   flips each tile as it is drawn (MAME marks nothing dirty when it changes) */
static void playfield_info(void *ctx, u32 index, tile_info *ti)
{
    const centiped_state *s = ctx;
    u8 d = s->videoram[index];
    ti->code = (d & 0x3fu) + 0x40 + (d & 0x40 ? 0x80 : 0);
    ti->color = d >> 6;
    ti->flags = centiped_flipped(s) ? TILE_FLIPX | TILE_FLIPY : 0;
}

static const tilemap_config milliped_playfield = { tilemap_scan_rows, playfield_info, 8, 8, 32, 30 };

static void milliped_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)m;
    centiped_state *s = drv;
    tilemap_draw(s->playfield, bm, clip, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_ALL_CATEGORIES, NULL, 0, 0);
    centiped_draw_sprites(s, bm, clip, 256, true);
}

/* Maze Invaders draws its sprites as Centipede does (flips from the sprite) */
static void mazeinv_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)m;
    centiped_state *s = drv;
    tilemap_draw(s->playfield, bm, clip, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_ALL_CATEGORIES, NULL, 0, 0);
    centiped_draw_sprites(s, bm, clip, 256, false);
}

static int milliped_viewer_sprites(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    (void)m;
    return centiped_sprite_list(drv, out, max, 256, true);
}

static int mazeinv_viewer_sprites(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    (void)m;
    return centiped_sprite_list(drv, out, max, 256, false);
}

static const viewer_desc milliped_viewer = { milliped_viewer_sprites, NULL };
static const viewer_desc mazeinv_viewer = { mazeinv_viewer_sprites, NULL };

/* ---- machine ---- */

static int milliped_start(machine_t *m, void *drv)
{
    static const centiped_board board = { &milliped_playfield, LATCH_FLIP, { "IN0", "IN1" }, { "IN2", "IN3" } };
    return centiped_board_start(m, drv, &board) || !((centiped_state *)drv)->pokey2 ? -1 : 0;
}

static int mazeinv_start(machine_t *m, void *drv)
{
    static const centiped_board board = { &milliped_playfield, LATCH_FLIP, { NULL },
                                          { "STICK0", "STICK1", "STICK2", "STICK3" } };
    centiped_state *s = drv;
    const mem_region *prom = region_find_const(&m->regions, "proms");
    if (centiped_board_start(m, s, &board) || !s->pokey2 || !prom || prom->size < 0x20)
        return -1;
    s->color_prom = prom->data;
    return (s->port_sw[0] = input_port_index(s->in, "IN0")) < 0 ? -1 : 0;
}

static const ls259_params milliped_outlatch = { { ls259_coin_counter_0, ls259_coin_counter_1, ls259_coin_counter_2,
                                                  NULL, NULL, milliped_tben_w, NULL,
                                                  milliped_cntrlsel_w } };
/* Maze Invaders: Q7 goes nowhere (its stick select is at 2580) */
static const ls259_params mazeinv_outlatch = { { ls259_coin_counter_0, ls259_coin_counter_1, ls259_coin_counter_2,
                                                  NULL, NULL, milliped_tben_w, NULL, NULL } };
static const watchdog_params milliped_watchdog = { .vblanks = 8 };
static const pokey_params milliped_pokey1 = { .allpot_r = pokey1_allpot };
static const pokey_params milliped_pokey2 = { .allpot_r = pokey2_allpot };

#define MILLIPED_DEVICES(map, latch) \
    CPU_DEVICE("maincpu", m6502_core, CENTIPED_CLOCK / 8, .program = (map)), \
    SOUND_DEVICE("pokey", pokey_device, CENTIPED_CLOCK / 8, &milliped_pokey1, \
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 128))), \
    SOUND_DEVICE("pokey2", pokey_device, CENTIPED_CLOCK / 8, &milliped_pokey2, \
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 128))), \
    DEVICE("outlatch", ls259_device, 0, &(latch)), \
    DEVICE("watchdog", watchdog_device, 0, &milliped_watchdog), \
    DEVICE_END

static const device_config milliped_devices[] = { MILLIPED_DEVICES(milliped_map, milliped_outlatch) };
static const device_config mazeinv_devices[] = { MILLIPED_DEVICES(mazeinv_map, mazeinv_outlatch) };

#define MILLIPED_CONFIG(devs, startfn, updatefn, viewer, ...) \
    { \
        .devices = (devs), \
        .drv_state_size = sizeof(centiped_state), \
        .quantum_hz = 0, \
        .screen = { 3932160, 256, 0, 256, 256, 0, 240, NULL, false }, \
        .video = { NULL, (updatefn), milliped_gfx, 16 + 4 * 256, 0, (viewer) }, \
        .start = (startfn), \
        .reset = centiped_reset, \
        .serialize = centiped_serialize, \
        .post_load = milliped_post_load, \
        .nvram_name = "earom", \
        .nvram = centiped_nvram, \
        .speaker_tag = "mono", \
        .joy_ways = 8, \
        .trackball = { __VA_ARGS__ }, \
        .device_refs = (const char *const[]){ "m6502", "er2055", "ls259", "watchdog", "timer", "screen", \
                                              "gfxdecode", "palette", "speaker", "pokey", "pokey", NULL }, \
    }

static const machine_config milliped_config =
    MILLIPED_CONFIG(milliped_devices, milliped_start, milliped_update, &milliped_viewer, 50, 10, true);
static const machine_config mazeinv_config =
    MILLIPED_CONFIG(mazeinv_devices, mazeinv_start, mazeinv_update, &mazeinv_viewer, 0);

/* ---- inputs ---- */

#define MILLIPED_TRACKBALL(n, player) \
    PORT_START("TRACK" #n "_X"), \
    PORT_BIT_P(0xff, 0x00, IPT_TRACKBALL_X, player), \
    PORT_START("TRACK" #n "_Y"), \
    PORT_BIT_P(0xff, 0x00, IPT_TRACKBALL_Y, player)

#define MILLIPED_COINS(sw) \
    PORT_DIPNAME(0x03, 0x02, "Coinage"), \
    PORT_DIPSETTING(0x03, "2 Coins/1 Credit"), \
    PORT_DIPSETTING(0x02, "1 Coin/1 Credit"), \
    PORT_DIPSETTING(0x01, "1 Coin/2 Credits"), \
    PORT_DIPSETTING(0x00, "Free Play"), \
    PORT_DIPLOCATION(sw ":!1,!2")

static const input_def milliped_inputs[] = {
    PORT_START("IN0"),
    PORT_DIPNAME(0x03, 0x00, "Language"),
    PORT_DIPSETTING(0x00, "English"),
    PORT_DIPSETTING(0x01, "German"),
    PORT_DIPSETTING(0x02, "French"),
    PORT_DIPSETTING(0x03, "Spanish"),
    PORT_DIPLOCATION("P8:!1,!2"),
    PORT_DIPNAME(0x0c, 0x04, "Bonus"),
    PORT_DIPSETTING(0x00, "0"),
    PORT_DIPSETTING(0x04, "0 1x"),
    PORT_DIPSETTING(0x08, "0 1x 2x"),
    PORT_DIPSETTING(0x0c, "0 1x 2x 3x"),
    PORT_DIPLOCATION("P8:!3,!4"),
    PORT_BIT(0x10, 0x10, IPT_BUTTON1),
    PORT_BIT(0x20, 0x20, IPT_START1),
    PORT_BIT(0x40, 0x00, IPT_CUSTOM), /* VBLANK */
    PORT_BIT(0x80, 0x00, IPT_CUSTOM), /* trackball direction */
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x01, IPT_UNKNOWN),
    PORT_BIT(0x02, 0x02, IPT_UNKNOWN),
    PORT_DIPNAME(0x04, 0x00, "Credit Minimum"),
    PORT_DIPSETTING(0x00, "1"),
    PORT_DIPSETTING(0x04, "2"),
    PORT_DIPLOCATION("P8:!7"),
    PORT_DIPNAME(0x08, 0x00, "Coin Counters"),
    PORT_DIPSETTING(0x00, "1"),
    PORT_DIPSETTING(0x08, "2"),
    PORT_DIPLOCATION("P8:!8"),
    PORT_BIT_P(0x10, 0x10, IPT_BUTTON1, 2),
    PORT_BIT(0x20, 0x20, IPT_START2),
    PORT_BIT(0x40, 0x40, IPT_UNKNOWN),
    PORT_BIT(0x80, 0x00, IPT_CUSTOM), /* trackball direction */
    PORT_START("IN2"),
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x02, 0x02, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x08, 0x08, IPT_JOYSTICK_UP),
    PORT_BIT(0x10, 0x10, IPT_TILT),
    PORT_BIT(0x20, 0x20, IPT_COIN1),
    PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_SERVICE1),
    PORT_START("IN3"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_RIGHT, 2),
    PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_DOWN, 2),
    PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_UP, 2),
    PORT_BIT(0x10, 0x10, IPT_UNKNOWN),
    PORT_DIPNAME(0x20, 0x20, "Cabinet"),
    PORT_DIPSETTING(0x20, "Upright"),
    PORT_DIPSETTING(0x00, "Cocktail"),
    PORT_BIT(0x40, 0x40, IPT_UNKNOWN),
    PORT_SERVICE(0x80, 0x80),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x01, 0x00, "Millipede Head"),
    PORT_DIPSETTING(0x00, "Easy"),
    PORT_DIPSETTING(0x01, "Hard"),
    PORT_DIPLOCATION("D5:!1"),
    PORT_DIPNAME(0x02, 0x00, "Beetle"),
    PORT_DIPSETTING(0x00, "Easy"),
    PORT_DIPSETTING(0x02, "Hard"),
    PORT_DIPLOCATION("D5:!2"),
    PORT_DIPNAME(0x0c, 0x04, "Lives"),
    PORT_DIPSETTING(0x00, "2"),
    PORT_DIPSETTING(0x04, "3"),
    PORT_DIPSETTING(0x08, "4"),
    PORT_DIPSETTING(0x0c, "5"),
    PORT_DIPLOCATION("D5:!3,!4"),
    PORT_DIPNAME(0x30, 0x10, "Bonus Life"),
    PORT_DIPSETTING(0x00, "12000"),
    PORT_DIPSETTING(0x10, "15000"),
    PORT_DIPSETTING(0x20, "20000"),
    PORT_DIPSETTING(0x30, "None"),
    PORT_DIPLOCATION("D5:!5,!6"),
    PORT_DIPNAME(0x40, 0x00, "Spider"),
    PORT_DIPSETTING(0x00, "Easy"),
    PORT_DIPSETTING(0x40, "Hard"),
    PORT_DIPLOCATION("D5:!7"),
    PORT_DIPNAME(0x80, 0x00, "Starting Score Select"),
    PORT_DIPSETTING(0x80, "Off"),
    PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("D5:!8"),
    PORT_START("DSW2"),
    MILLIPED_COINS("B5"),
    PORT_DIPNAME(0x0c, 0x00, "Right Coin"),
    PORT_DIPSETTING(0x00, "*1"),
    PORT_DIPSETTING(0x04, "*4"),
    PORT_DIPSETTING(0x08, "*5"),
    PORT_DIPSETTING(0x0c, "*6"),
    PORT_DIPLOCATION("B5:!3,!4"),
    PORT_DIPNAME(0x10, 0x00, "Left Coin"),
    PORT_DIPSETTING(0x00, "*1"),
    PORT_DIPSETTING(0x10, "*2"),
    PORT_DIPLOCATION("B5:!5"),
    PORT_DIPNAME(0xe0, 0x00, "Bonus Coins"),
    PORT_DIPSETTING(0x00, "None"),
    PORT_DIPSETTING(0x20, "3 credits/2 coins"),
    PORT_DIPSETTING(0x40, "5 credits/4 coins"),
    PORT_DIPSETTING(0x60, "6 credits/4 coins"),
    PORT_DIPSETTING(0x80, "6 credits/5 coins"),
    PORT_DIPSETTING(0xa0, "4 credits/3 coins"),
    PORT_DIPSETTING(0xc0, "Demo Mode"),
    PORT_DIPLOCATION("B5:!6,!7,!8"),
    MILLIPED_TRACKBALL(0, 1),
    MILLIPED_TRACKBALL(1, 2),
    INPUT_END,
};

/* MAME's STICK ports: both players' sticks, Y then X (PORT_MINMAX 40-bf) */
#define MAZEINV_STICK(tag, type, player, rev) \
    PORT_START(tag), \
    PORT_ANALOG(0xff, 0x7f, type, player, 0x40, 0xbf, 100, 10, rev)

static const input_def mazeinv_inputs[] = {
    PORT_START("IN0"),
    PORT_DIPNAME(0x03, 0x00, "Language"),
    PORT_DIPSETTING(0x00, "English"),
    PORT_DIPSETTING(0x01, "German"),
    PORT_DIPSETTING(0x02, "French"),
    PORT_DIPSETTING(0x03, "Spanish"),
    PORT_DIPLOCATION("SW0:!1,!2"),
    PORT_DIPNAME(0x04, 0x00, "Unknown"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x04, "On"),
    PORT_DIPLOCATION("SW0:!3"),
    PORT_DIPNAME(0x08, 0x00, "Unknown"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x08, "On"),
    PORT_DIPLOCATION("SW0:!4"),
    PORT_DIPNAME(0x10, 0x00, "Unknown"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x10, "On"),
    PORT_DIPLOCATION("SW0:!5"),
    PORT_DIPNAME(0x20, 0x00, "Unknown"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x20, "On"),
    PORT_DIPLOCATION("SW0:!6"),
    PORT_DIPNAME(0x40, 0x00, "Minimum credits"),
    PORT_DIPSETTING(0x00, "1"),
    PORT_DIPSETTING(0x40, "2"),
    PORT_DIPLOCATION("SW0:!7"),
    PORT_BIT(0x80, 0x00, IPT_CUSTOM), /* VBLANK */
    PORT_START("IN1"),
    PORT_BIT(0xff, 0xff, IPT_UNKNOWN),
    PORT_START("IN2"),
    PORT_BIT_NAMED(0x01, 0x01, IPT_BUTTON2, "P1 Reverse"),
    PORT_BIT(0x02, 0x02, IPT_UNUSED),
    PORT_BIT_NAMED(0x04, 0x04, IPT_BUTTON1, "P1 Fire"),
    PORT_BIT(0x08, 0x08, IPT_START1),
    PORT_BIT(0x10, 0x10, IPT_TILT),
    PORT_BIT(0x20, 0x20, IPT_COIN1),
    PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_COIN3),
    PORT_START("IN3"),
    PORT_BIT_P(0x01, 0x01, IPT_BUTTON2, 2),
    PORT_BIT(0x02, 0x02, IPT_UNUSED),
    PORT_BIT_P(0x04, 0x04, IPT_BUTTON1, 2),
    PORT_BIT(0x08, 0x08, IPT_START2),
    PORT_BIT(0x10, 0x10, IPT_UNUSED),
    PORT_DIPNAME(0x20, 0x20, "Cabinet"),
    PORT_DIPSETTING(0x20, "Upright"),
    PORT_DIPSETTING(0x00, "Cocktail"),
    PORT_BIT(0x40, 0x40, IPT_UNUSED),
    PORT_SERVICE(0x80, 0x80),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x00, "Doors for bonus"),
    PORT_DIPSETTING(0x00, "10"),
    PORT_DIPSETTING(0x01, "12"),
    PORT_DIPSETTING(0x02, "14"),
    PORT_DIPSETTING(0x03, "16"),
    PORT_DIPLOCATION("SW1:!1,!2"),
    PORT_DIPNAME(0x0c, 0x04, "Lives"),
    PORT_DIPSETTING(0x00, "2"),
    PORT_DIPSETTING(0x04, "3"),
    PORT_DIPSETTING(0x08, "4"),
    PORT_DIPSETTING(0x0c, "5"),
    PORT_DIPLOCATION("SW1:!3,!4"),
    PORT_DIPNAME(0x30, 0x00, "Extra life at"),
    PORT_DIPSETTING(0x00, "20000"),
    PORT_DIPSETTING(0x10, "25000"),
    PORT_DIPSETTING(0x20, "30000"),
    PORT_DIPSETTING(0x30, "Never"),
    PORT_DIPLOCATION("SW1:!5,!6"),
    PORT_DIPNAME(0xc0, 0x40, "Difficulty"),
    PORT_DIPSETTING(0x00, "Easiest"),
    PORT_DIPSETTING(0x40, "Easy"),
    PORT_DIPSETTING(0x80, "Hard"),
    PORT_DIPSETTING(0xc0, "Harder"),
    PORT_DIPLOCATION("SW1:!7,!8"),
    PORT_START("DSW2"),
    MILLIPED_COINS("SW2"),
    PORT_DIPNAME(0x0c, 0x00, "Coin 2"),
    PORT_DIPSETTING(0x00, "*1"),
    PORT_DIPSETTING(0x04, "*4"),
    PORT_DIPSETTING(0x08, "*5"),
    PORT_DIPSETTING(0x0c, "*6"),
    PORT_DIPLOCATION("SW2:!3,!4"),
    PORT_DIPNAME(0x10, 0x00, "Coin 3"),
    PORT_DIPSETTING(0x00, "*1"),
    PORT_DIPSETTING(0x10, "*2"),
    PORT_DIPLOCATION("SW2:!5"),
    PORT_DIPNAME(0xe0, 0x00, "Bonus Coins"),
    PORT_DIPSETTING(0x00, "None"),
    PORT_DIPSETTING(0x20, "3 credits/2 coins"),
    PORT_DIPSETTING(0x40, "5 credits/4 coins"),
    PORT_DIPSETTING(0x60, "6 credits/4 coins"),
    PORT_DIPSETTING(0x80, "6 credits/5 coins"),
    PORT_DIPLOCATION("SW2:!6,!7,!8"),
    MAZEINV_STICK("STICK0", IPT_AD_STICK_Y, 1, true),
    MAZEINV_STICK("STICK1", IPT_AD_STICK_Y, 2, false),
    MAZEINV_STICK("STICK2", IPT_AD_STICK_X, 1, false),
    MAZEINV_STICK("STICK3", IPT_AD_STICK_X, 2, true),
    INPUT_END,
};

GAME(1982, milliped, NULL, milliped_config, milliped_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE,
     "Atari", "Millipede");
GAME(1989, millipdd, "milliped", milliped_config, milliped_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE,
     "hack (Two-Bit Score)", "Millipede Dux (hack)");
GAME(1981, mazeinv, NULL, mazeinv_config, mazeinv_inputs, NULL, ROT270, "Atari", "Maze Invaders (prototype)");

