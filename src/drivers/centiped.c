/* Atari Centipede (1980).

   CPU:    6502 at 12.096 MHz / 8 = 1.512 MHz (the board slows it for playfield
           RAM accesses; like MAME, that is not emulated)
   Memory (address bits 14-15 ignored):
           0000-03ff work RAM
           0400-07bf playfield RAM: 32x30 tiles; bits 0-5 code (+0x40 in the
                     graphics), bit 6 flip X, bit 7 flip Y
           07c0-07cf sprite picture: bits 1-5 code, bit 0 code bit 6, bit 6
                     flip X, bit 7 flip Y; 07d0 Y (240 - top), 07e0 X,
                     07f0 colour (three 2-bit fields: pen 1, 2, 3; 0 = clear)
           0800/0801 (r) DIP switches N9 / N8
           0c00 (r) IN0: trackball X count (bits 0-3) and direction (bit 7),
                     cabinet DIP (4), service (5, low), VBLANK (6)
           0c01 (r) IN1: start 1/2, fire 1/2, slam, coins (all low)
           0c02 (r) IN2: trackball Y count and direction
           0c03 (r) IN3: joysticks (P1 in bits 4-7, P2 in 0-3, low)
           1000-100f POKEY
           1400-140f (w) palette RAM: 1404-1407 playfield, 140c-140f sprite
                     colours; bits inverted: 0 red, 1 green, 2 blue, 3 "full
                     intensity" (when clear, blue drops to 0xc0, or green if
                     there is no blue)
           1600-163f (w) EAROM address (A0-A5) and data latch
           1680 (w) EAROM control: CK bit 0, C1 = !bit 1, C2 bit 2, CS1 bit 3
           1700-173f (r) EAROM data
           1800 (w) IRQ acknowledge
           1c00-1c07 (w) LS259 latch on D7: coin counters 0-2, start LEDs 3-4
                     (low = on), 7 flip screen (also selects the cocktail
                     trackball)
           2000 (w) watchdog (8 VBLANKs)
           2000-3fff program ROM
   Video:  256x240 visible of 256x256 at 3.932160 MHz (60 Hz), ROT270; 8x8
           2bpp tiles, 16 sprites of 8x16 (not drawn in the rightmost 8
           columns, or the leftmost when flipped). Drawn band by band as
           MAME 0.251 does: at each 16V timer event the lines through that
           one are drawn, so a program moving its sprites in each IRQ (Maze
           Invaders' multiplexing) shows them in every band. Palette RAM is
           not banded: its pens change at once for the whole frame.
   IRQ:    on 16V edges from 32V: asserted at lines 48, 112, 176 and 240,
           released at 16, 80, 144, 208 or by a write to 1800
   Sound:  POKEY at 1.512 MHz
   EAROM:  ER2055, kept in nvram/<set>/earom
   The parts the other boards of the family share (trackball, POKEY, EAROM,
   IRQ, sprites, state) are here too, declared in centiped.h; Millipede and
   Maze Invaders are in milliped.c, Warlords in warlords.c. */
#include "drivers/centiped.h"
#include "machine/watchdog.h"

enum { LATCH_FLIP = 7 };

/* ---- inputs ---- */

bool centiped_flipped(const centiped_state *s)
{
    return s->flip_bit >= 0 && ls259_q(s->outlatch, s->flip_bit);
}

u8 centiped_vblank(const centiped_state *s)
{
    return screen_vpos(s->machine) >= 240;
}

/* Trackball: a 4-bit counter per axis clocked by the ball, with the
   direction latched on each clock; the counts come from the analog port.
   `sw` (0/1) is the switch port read beside it. */
u8 centiped_read_trackball(centiped_state *s, int idx, int sw)
{
    if (centiped_flipped(s))
        idx += 2;
    u8 sws = (u8)input_port_read(s->in, s->port_sw[sw]);
    /* Millipede: with the trackball disabled (TBEN low) the switches show */
    if (s->dsw_select)
        return (sws & 0x7f) | s->sign[idx];
    u8 pos = (u8)input_port_read(s->in, s->port_track[idx]);
    /* MAME's PORT_REVERSE (player 1 X, cocktail Y): the count runs down from 0xff */
    if (s->reversed >> idx & 1)
        pos = (u8)~pos;
    if (pos != s->oldpos[idx]) {
        s->sign[idx] = (u8)(pos - s->oldpos[idx]) & 0x80;
        s->oldpos[idx] = pos;
    }
    return (sws & 0x70) | (s->oldpos[idx] & 0x0f) | s->sign[idx];
}

static u8 centiped_in0_r(void *ctx, offs_t offset)
{
    (void)offset;
    centiped_state *s = ctx;
    u8 v = centiped_read_trackball(s, 0, 0) & (u8)~0x40;
    return v | (u8)(centiped_vblank(s) << 6);
}

static u8 centiped_in2_r(void *ctx, offs_t offset)
{
    (void)offset;
    return centiped_read_trackball(ctx, 1, 1);
}

/* ---- sound, EAROM, IRQ ---- */

u8 centiped_pokey_r(void *ctx, offs_t offset)
{
    centiped_state *s = ctx;
    return pokey_read(s->pokey, offset);
}

void centiped_pokey_w(void *ctx, offs_t offset, u8 data)
{
    centiped_state *s = ctx;
    pokey_write(s->pokey, offset, data);
}

u8 centiped_pokey2_r(void *ctx, offs_t offset)
{
    centiped_state *s = ctx;
    return pokey_read(s->pokey2, offset);
}

void centiped_pokey2_w(void *ctx, offs_t offset, u8 data)
{
    centiped_state *s = ctx;
    pokey_write(s->pokey2, offset, data);
}

void centiped_earom_w(void *ctx, offs_t offset, u8 data)
{
    centiped_state *s = ctx;
    er2055_set_address(&s->earom, (u8)(offset & 0x3f));
    er2055_set_data(&s->earom, data);
}

void centiped_earom_control_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    centiped_state *s = ctx;
    /* CK = D0, C1 = /D1, C2 = D2, CS1 = D3, /CS2 grounded */
    er2055_set_control(&s->earom, data >> 3 & 1, true, !(data >> 1 & 1), data >> 2 & 1);
    er2055_set_clk(&s->earom, data & 1);
}

u8 centiped_earom_r(void *ctx, offs_t offset)
{
    (void)offset;
    centiped_state *s = ctx;
    return er2055_data(&s->earom);
}

void centiped_irq_ack_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    (void)data;
    centiped_state *s = ctx;
    cpu_set_line(s->cpu, CPU_LINE_IRQ0, LINE_CLEAR);
}

/* ---- video RAM ---- */

void centiped_videoram_w(void *ctx, offs_t offset, u8 data)
{
    centiped_state *s = ctx;
    offset &= 0x3ff;
    s->videoram[offset] = data;
    tilemap_mark_tile_dirty(s->playfield, offset);
}

/* ---- palette ---- */

/* Pens: 0-3 playfield; 4 + 4*c + p sprite colour code c (0-63), pen p. */
static u32 palette_rgb(u8 data)
{
    u8 r = (~data & 1) ? 0xff : 0, g = (~data >> 1 & 1) ? 0xff : 0, b = (~data >> 2 & 1) ? 0xff : 0;
    if (~data & 0x08) { /* the "alternate" intensity */
        if (b)
            b = 0xc0;
        else if (g)
            g = 0xc0;
    }
    return rgb_pack(r, g, b);
}

static void apply_palette(centiped_state *s, int offset)
{
    palette_t *pal = &s->machine->palette;
    /* bit 2 of the palette address is pulled high: only 4-7 and c-f exist */
    if (!(offset & 4))
        return;
    u32 c = palette_rgb(s->paletteram[offset]);
    u8 r = (u8)(c >> 16), g = (u8)(c >> 8), b = (u8)c;
    if (!(offset & 8)) {
        palette_set_color(pal, offset & 3, r, g, b);
        return;
    }
    int idx = offset & 3;
    for (int code = 0; code < 64; code++)
        for (int p = 1; p <= 3; p++)
            if ((code >> (2 * (p - 1)) & 3) == idx)
                palette_set_color(pal, 4 + code * 4 + p, r, g, b);
}

static void palette_w(void *ctx, offs_t offset, u8 data)
{
    centiped_state *s = ctx;
    s->paletteram[offset & 0x0f] = data;
    apply_palette(s, offset & 0x0f);
}

/* ---- memory map ---- */

static const mem_map_entry centiped_map[] = {
    MAP_RAM(0x0000, 0x03ff, 0xc000, centiped_state, ram),
    MAP_RAM(0x0400, 0x07bf, 0xc000, centiped_state, videoram),
    MAP_WRITE(0x0400, 0x07bf, 0xc000, centiped_videoram_w),
    MAP_RAM(0x07c0, 0x07ff, 0xc000, centiped_state, spriteram),
    MAP_PORT(0x0800, 0x0800, 0xc000, "DSW1"),
    MAP_PORT(0x0801, 0x0801, 0xc000, "DSW2"),
    MAP_READ(0x0c00, 0x0c00, 0xc000, centiped_in0_r),
    MAP_PORT(0x0c01, 0x0c01, 0xc000, "IN1"),
    MAP_READ(0x0c02, 0x0c02, 0xc000, centiped_in2_r),
    MAP_PORT(0x0c03, 0x0c03, 0xc000, "IN3"),
    MAP_IO(0x1000, 0x100f, 0xc000, centiped_pokey_r, centiped_pokey_w),
    MAP_WRITE(0x1400, 0x140f, 0xc000, palette_w),
    MAP_IO(0x1600, 0x163f, 0xc000, NULL, centiped_earom_w),
    MAP_WRITE(0x1680, 0x1680, 0xc000, centiped_earom_control_w),
    MAP_READ(0x1700, 0x173f, 0xc000, centiped_earom_r),
    MAP_WRITE(0x1800, 0x1800, 0xc000, centiped_irq_ack_w),
    MAP_DEVICE_WRITE(0x1c00, 0x1c07, 0xc000, "outlatch", ls259_d7_w),
    MAP_ROM(0x2000, 0x3fff, 0xc000, "maincpu", 0x2000),
    MAP_DEVICE_WRITE(0x2000, 0x2000, 0xc000, "watchdog", watchdog_reset_w),
    MAP_END,
};

/* ---- video ---- */

const gfx_layout centiped_tilelayout = {
    8, 8, RGN_FRAC(1, 2), 2,
    { RGN_FRAC(1, 2), 0 },
    { 0, 1, 2, 3, 4, 5, 6, 7 },
    { 0, 8, 16, 24, 32, 40, 48, 56 },
    64,
};

const gfx_layout centiped_spritelayout = {
    8, 16, RGN_FRAC(1, 2), 2,
    { RGN_FRAC(1, 2), 0 },
    { 0, 1, 2, 3, 4, 5, 6, 7 },
    { 0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120 },
    128,
};

static const gfx_decode_entry centiped_gfx[] = {
    { "gfx1", 0, &centiped_tilelayout, 0, 1 },
    { "gfx1", 0, &centiped_spritelayout, 4, 64 },
    { NULL, 0, NULL, 0, 0 },
};

static void playfield_info(void *ctx, u32 index, tile_info *ti)
{
    const centiped_state *s = ctx;
    u8 d = s->videoram[index];
    ti->code = (d & 0x3fu) + 0x40;
    ti->flags = (d & 0x40 ? TILE_FLIPX : 0) | (d & 0x80 ? TILE_FLIPY : 0);
}

static const tilemap_config centiped_playfield = { tilemap_scan_rows, playfield_info, 8, 8, 32, 30 };

/* The 16 sprites in draw order; colors: 64 or 256 colour codes; mill: the
   Millipede wiring, where X flip is the screen's (VIDROT), which also
   inverts Y flip. */
int centiped_sprite_list(centiped_state *s, viewer_sprite *out, int max, int colors, bool mill)
{
    bool flip = centiped_flipped(s);
    u32 base = viewer_ram_address(s->machine, offsetof(centiped_state, spriteram));
    const u8 *sp = s->spriteram;
    int n = 0;
    for (int i = 0; i < 16 && n < max; i++) {
        u8 pic = sp[i];
        bool fx = mill ? flip : (pic & 0x40) != 0, fy = (pic & 0x80) != 0;
        if (mill && flip)
            fy = !fy;
        out[n++] = (viewer_sprite){ .index = i, .gfx = 1, .code = ((pic & 0x3eu) >> 1) | ((pic & 0x01u) << 6),
                                    .color = sp[i + 0x30] & (u8)(colors - 1), .flipx = fx, .flipy = fy,
                                    .sx = sp[i + 0x20], .sy = 240 - sp[i + 0x10], .addr = base + (u32)i,
                                    .attr = { sp[i], sp[i + 0x10], sp[i + 0x20], sp[i + 0x30] }, .nattr = 4 };
    }
    return n;
}

void centiped_draw_sprites(centiped_state *s, bitmap_ind16 *bm, const rect_t *clip, int colors, bool mill)
{
    const gfx_element *sprites = &s->machine->gfx[1];
    rect_t sclip = *clip;
    if (centiped_flipped(s))
        sclip.min_x += 8;
    else
        sclip.max_x -= 8;
    viewer_sprite spr[16];
    int n = centiped_sprite_list(s, spr, 16, colors, mill);
    for (int i = 0; i < n; i++) {
        const viewer_sprite *v = &spr[i];
        if (v->sy > clip->max_y || v->sy + 15 < clip->min_y)
            continue; /* not in this band */
        /* pen 0 is clear, and so is any pen whose colour field is 0 */
        u32 mask = 1;
        for (int p = 1; p <= 3; p++)
            if (!(v->color >> (2 * (p - 1)) & 3))
                mask |= 1u << p;
        gfx_draw(bm, &sclip, sprites, v->code, v->color, v->flipx, v->flipy, v->sx, v->sy, mask);
    }
}

static int centiped_viewer_sprites(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    (void)m;
    return centiped_sprite_list(drv, out, max, 64, false);
}

static const viewer_desc centiped_viewer = { centiped_viewer_sprites, NULL };

static void centiped_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)m;
    centiped_state *s = drv;
    /* no pen is transparent: the rows are copied whole */
    tilemap_draw(s->playfield, bm, clip, TILEMAP_DRAW_OPAQUE | TILEMAP_DRAW_ALL_CATEGORIES, NULL, 0, 0);
    centiped_draw_sprites(s, bm, clip, 64, false);
}

/* ---- machine ---- */

/* The 16V timer: lines 0, 16, ... 240 of every frame. */
static void line_event(machine_t *m, void *ctx, int line)
{
    centiped_state *s = ctx;
    /* the IRQ flip-flop is clocked by 16V with the previous 32V */
    if (line & 16)
        cpu_set_line(s->cpu, CPU_LINE_IRQ0, ((line - 1) & 32) ? LINE_ASSERT : LINE_CLEAR);
    /* MAME draws the frame band by band, through this line, so that sprites
       moved by the IRQ handler (multiplexed, as Maze Invaders does) appear in
       the following band only */
    screen_update_partial(m, line);
}

static int find_ports(centiped_state *s, const centiped_board *b)
{
    static const char *const track_tags[4] = { "TRACK0_X", "TRACK0_Y", "TRACK1_X", "TRACK1_Y" };
    for (int i = 0; i < 4; i++)
        s->port_track[i] = s->port_extra[i] = -1;
    for (int i = 0; i < 4 && b->extra_ports[i]; i++)
        if ((s->port_extra[i] = input_port_index(s->in, b->extra_ports[i])) < 0)
            return -1;
    if (!b->sw_ports[0])
        return 0;
    for (int i = 0; i < 2; i++)
        if ((s->port_sw[i] = input_port_index(s->in, b->sw_ports[i])) < 0)
            return -1;
    for (int i = 0; i < 4; i++)
        if ((s->port_track[i] = input_port_index(s->in, track_tags[i])) < 0)
            return -1;
    /* player 1 X and cocktail Y are reversed where they are trackballs */
    for (int f = 0; f < s->in->num_fields; f++) {
        const input_field *fl = &s->in->fields[f];
        if (fl->port == s->port_track[0] && fl->type == IPT_TRACKBALL_X)
            s->reversed |= 1;
        if (fl->port == s->port_track[3] && fl->type == IPT_TRACKBALL_Y)
            s->reversed |= 8;
    }
    return 0;
}

int centiped_board_start(machine_t *m, centiped_state *s, const centiped_board *b)
{
    s->machine = m;
    s->cpu = machine_cpu(m, "maincpu");
    s->pokey = machine_device_self(m, "pokey");
    s->pokey2 = machine_device_self(m, "pokey2"); /* Millipede, Maze Invaders */
    s->outlatch = machine_device_self(m, "outlatch");
    s->in = &m->inputs;
    s->flip_bit = b->flip_bit;
    if (find_ports(s, b))
        return -1;
    er2055_init(&s->earom);
    if (m->num_gfx != 2 || !(s->playfield = tilemap_create(m, b->playfield, s)))
        return -1;
    return s->cpu && s->pokey && s->outlatch && screen_scanline_timer(m, 0, 16, line_event, s) ? 0 : -1;
}

static int centiped_start(machine_t *m, void *drv)
{
    static const centiped_board board = { &centiped_playfield, LATCH_FLIP, { "IN0", "IN2" }, { NULL } };
    return centiped_board_start(m, drv, &board);
}

void centiped_reset(machine_t *m, void *drv)
{
    (void)m;
    centiped_state *s = drv;
    cpu_set_line(s->cpu, CPU_LINE_IRQ0, LINE_CLEAR);
    s->dsw_select = s->control_select = 0;
    centiped_earom_control_w(s, 0, 0);
}

void centiped_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    centiped_state *s = drv;
    st_bytes(io, s->ram, sizeof(s->ram));
    st_bytes(io, s->videoram, sizeof(s->videoram));
    st_bytes(io, s->spriteram, sizeof(s->spriteram));
    st_bytes(io, s->paletteram, sizeof(s->paletteram));
    st_bytes(io, s->oldpos, sizeof(s->oldpos));
    st_bytes(io, s->sign, sizeof(s->sign));
    st_u8(io, &s->dsw_select);
    st_u8(io, &s->control_select);
    st_u8(io, &s->flip);
    er2055_serialize(&s->earom, io);
}

static void centiped_post_load(machine_t *m, void *drv)
{
    (void)m;
    centiped_state *s = drv;
    for (int i = 0; i < 16; i++)
        apply_palette(s, i);
}

u8 *centiped_nvram(machine_t *m, void *drv, size_t *len)
{
    (void)m;
    centiped_state *s = drv;
    *len = sizeof(s->earom.data);
    return s->earom.data;
}

/* 14N: coin counters (Q0-Q2); start LEDs (Q3-Q4) have nothing to drive
   here; flip (Q7) is read where it is used */
static const ls259_params centiped_outlatch = { { ls259_coin_counter_0, ls259_coin_counter_1, ls259_coin_counter_2 } };
static const watchdog_params centiped_watchdog = { .vblanks = 8 };

static const device_config centiped_devices[] = {
    CPU_DEVICE("maincpu", m6502_core, CENTIPED_CLOCK / 8, .program = centiped_map),
    SOUND_DEVICE("pokey", pokey_device, CENTIPED_CLOCK / 8, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("outlatch", ls259_device, 0, &centiped_outlatch),
    DEVICE("watchdog", watchdog_device, 0, &centiped_watchdog),
    DEVICE_END,
};

static const machine_config centiped_config = {
    .devices = centiped_devices,
    .drv_state_size = sizeof(centiped_state),
    .quantum_hz = 0,
    .screen = { 3932160, 256, 0, 256, 256, 0, 240, NULL, false },
    .video = { NULL, centiped_update, centiped_gfx, 4 + 4 * 64, 0, &centiped_viewer },
    .start = centiped_start,
    .reset = centiped_reset,
    .serialize = centiped_serialize,
    .post_load = centiped_post_load,
    .nvram_name = "earom",
    .nvram = centiped_nvram,
    .speaker_tag = "mono",
    .joy_ways = 8,
    .trackball = { 50, 10, true },
    .device_refs = (const char *const[]){ "m6502", "er2055", "ls259", "watchdog", "timer", "screen", "gfxdecode",
                                          "palette", "speaker", "pokey", NULL },
};

/* Blocks both revisions share; `sw` names the DIP bank ("SW1", "N9"). */
#define CENTIPED_IN2 \
    PORT_START("IN2"), \
    PORT_BIT(0x0f, 0x00, IPT_CUSTOM), \
    PORT_BIT(0x70, 0x00, IPT_UNKNOWN), \
    PORT_BIT(0x80, 0x00, IPT_CUSTOM)

#define CENTIPED_DSW1(sw) \
    PORT_START("DSW1"), \
    PORT_DIPNAME(0x03, 0x00, "Language"), \
    PORT_DIPSETTING(0x00, "English"), \
    PORT_DIPSETTING(0x01, "German"), \
    PORT_DIPSETTING(0x02, "French"), \
    PORT_DIPSETTING(0x03, "Spanish"), \
    PORT_DIPLOCATION(sw ":!1,!2"), \
    PORT_DIPNAME(0x0c, 0x04, "Lives"), \
    PORT_DIPSETTING(0x00, "2"), \
    PORT_DIPSETTING(0x04, "3"), \
    PORT_DIPSETTING(0x08, "4"), \
    PORT_DIPSETTING(0x0c, "5"), \
    PORT_DIPLOCATION(sw ":!3,!4"), \
    PORT_DIPNAME(0x30, 0x10, "Bonus Life"), \
    PORT_DIPSETTING(0x00, "10000"), \
    PORT_DIPSETTING(0x10, "12000"), \
    PORT_DIPSETTING(0x20, "15000"), \
    PORT_DIPSETTING(0x30, "20000"), \
    PORT_DIPLOCATION(sw ":!5,!6"), \
    PORT_DIPNAME(0x40, 0x40, "Difficulty"), \
    PORT_DIPSETTING(0x40, "Easy"), \
    PORT_DIPSETTING(0x00, "Hard"), \
    PORT_DIPLOCATION(sw ":!7"), \
    PORT_DIPNAME(0x80, 0x00, "Credit Minimum"), \
    PORT_DIPSETTING(0x00, "1"), \
    PORT_DIPSETTING(0x80, "2"), \
    PORT_DIPLOCATION(sw ":!8")

#define CENTIPED_COINAGE(sw) \
    PORT_DIPNAME(0x03, 0x02, "Coinage"), \
    PORT_DIPSETTING(0x03, "2 Coins/1 Credit"), \
    PORT_DIPSETTING(0x02, "1 Coin/1 Credit"), \
    PORT_DIPSETTING(0x01, "1 Coin/2 Credits"), \
    PORT_DIPSETTING(0x00, "Free Play"), \
    PORT_DIPLOCATION(sw ":!1,!2")

#define CENTIPED_BONUS_COINS(sw) \
    PORT_DIPNAME(0xe0, 0x00, "Bonus Coins"), \
    PORT_DIPSETTING(0x00, "None"), \
    PORT_DIPSETTING(0x20, "3 credits/2 coins"), \
    PORT_DIPSETTING(0x40, "5 credits/4 coins"), \
    PORT_DIPSETTING(0x60, "6 credits/4 coins"), \
    PORT_DIPSETTING(0x80, "6 credits/5 coins"), \
    PORT_DIPSETTING(0xa0, "4 credits/3 coins"), \
    PORT_DIPLOCATION(sw ":!6,!7,!8")

#define CENTIPED_TRACKBALL(n, player) \
    PORT_START("TRACK" #n "_X"), \
    PORT_BIT_P(0xff, 0x00, IPT_TRACKBALL_X, player), \
    PORT_START("TRACK" #n "_Y"), \
    PORT_BIT_P(0xff, 0x00, IPT_TRACKBALL_Y, player)

/* Revision 4 (MAME's centiped4 ports): upright only, timed-game DIPs. */
static const input_def centiped_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x0f, 0x00, IPT_CUSTOM), /* trackball count */
    PORT_BIT(0x10, 0x10, IPT_UNUSED),
    PORT_SERVICE(0x20, 0x20),
    PORT_BIT(0x40, 0x00, IPT_CUSTOM), /* VBLANK */
    PORT_BIT(0x80, 0x00, IPT_CUSTOM), /* trackball direction */
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x01, IPT_START1),
    PORT_BIT(0x02, 0x02, IPT_UNUSED),
    PORT_BIT(0x04, 0x04, IPT_BUTTON1),
    PORT_BIT(0x08, 0x08, IPT_UNUSED),
    PORT_BIT(0x10, 0x10, IPT_TILT),
    PORT_BIT(0x20, 0x20, IPT_COIN1),
    PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_SERVICE1),
    CENTIPED_IN2,
    PORT_START("IN3"),
    PORT_BIT(0x0f, 0x0f, IPT_UNUSED),
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_UP),
    PORT_BIT(0x20, 0x20, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x40, 0x40, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x80, 0x80, IPT_JOYSTICK_RIGHT),
    CENTIPED_DSW1("SW1"),
    PORT_START("DSW2"),
    CENTIPED_COINAGE("SW2"),
    PORT_DIPNAME(0x1c, 0x00, "Game Time"),
    PORT_DIPSETTING(0x00, "Untimed"),
    PORT_DIPSETTING(0x04, "1 Minute"),
    PORT_DIPSETTING(0x08, "2 Minutes"),
    PORT_DIPSETTING(0x0c, "3 Minutes"),
    PORT_DIPSETTING(0x10, "4 Minutes"),
    PORT_DIPSETTING(0x14, "5 Minutes"),
    PORT_DIPSETTING(0x18, "6 Minutes"),
    PORT_DIPSETTING(0x1c, "7 Minutes"),
    PORT_DIPLOCATION("SW2:!3,!4,!5"),
    CENTIPED_BONUS_COINS("SW2"),
    CENTIPED_TRACKBALL(0, 1),
    PORT_START("TRACK1_X"), /* no cocktail trackball */
    PORT_BIT(0xff, 0xff, IPT_UNUSED),
    PORT_START("TRACK1_Y"),
    PORT_BIT(0xff, 0xff, IPT_UNUSED),
    INPUT_END,
};

/* Earlier revisions: cocktail support, coin-multiplier DIPs. */
static const input_def centiped2_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x0f, 0x00, IPT_CUSTOM), /* trackball count */
    PORT_DIPNAME(0x10, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x10, "Cocktail"),
    PORT_SERVICE(0x20, 0x20),
    PORT_BIT(0x40, 0x00, IPT_CUSTOM), /* VBLANK */
    PORT_BIT(0x80, 0x00, IPT_CUSTOM), /* trackball direction */
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x01, IPT_START1),
    PORT_BIT(0x02, 0x02, IPT_START2),
    PORT_BIT(0x04, 0x04, IPT_BUTTON1),
    PORT_BIT_P(0x08, 0x08, IPT_BUTTON1, 2),
    PORT_BIT(0x10, 0x10, IPT_TILT),
    PORT_BIT(0x20, 0x20, IPT_COIN1),
    PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_SERVICE1),
    CENTIPED_IN2,
    PORT_START("IN3"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_DOWN, 2),
    PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_UP, 2),
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_RIGHT, 2),
    PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT(0x10, 0x10, IPT_JOYSTICK_UP),
    PORT_BIT(0x20, 0x20, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x40, 0x40, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x80, 0x80, IPT_JOYSTICK_RIGHT),
    CENTIPED_DSW1("N9"),
    PORT_START("DSW2"),
    CENTIPED_COINAGE("N8"),
    PORT_DIPNAME(0x0c, 0x00, "Right Coin"),
    PORT_DIPSETTING(0x00, "*1"),
    PORT_DIPSETTING(0x04, "*4"),
    PORT_DIPSETTING(0x08, "*5"),
    PORT_DIPSETTING(0x0c, "*6"),
    PORT_DIPLOCATION("N8:!3,!4"),
    PORT_DIPNAME(0x10, 0x00, "Left Coin"),
    PORT_DIPSETTING(0x00, "*1"),
    PORT_DIPSETTING(0x10, "*2"),
    PORT_DIPLOCATION("N8:!5"),
    CENTIPED_BONUS_COINS("N8"),
    CENTIPED_TRACKBALL(0, 1),
    CENTIPED_TRACKBALL(1, 2),
    INPUT_END,
};

GAME(1980, centiped, NULL, centiped_config, centiped_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE,
     "Atari", "Centipede (revision 4)");
GAME(1980, centiped2, "centiped", centiped_config, centiped2_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE,
     "Atari", "Centipede (revision 2)");
