/* Namco Pac-Man hardware: Puck Man (Namco), Pac-Man (Midway), Ms. Pac-Man.

   CPU:    Z80 at 18.432 MHz / 6, IM 2; the vector byte is written with
           OUT (0),A and put on the bus at the acknowledge
   Memory (A15 is not decoded, most ranges are mirrored):
           0000-3fff ROM          4000-43ff tile codes, 4400-47ff colours
           4800-4bff reads BFh    4c00-4fef RAM, 4ff0-4fff sprite code/flip, colour
           5000-5007 (w) LS259: Q0 IRQ enable, Q1 sound enable, Q3 flip screen,
                     Q4/Q5 start lamps, Q6 coin lockout, Q7 coin counter
           5040-505f (w) WSG      5060-506f (w) sprite x/y
           50c0      (w) watchdog: 16 VBLANKs without a kick reset the board
           5000 IN0, 5040 IN1, 5080 DSW1, 50c0 DSW2 (reads, mirrored x40)
   Video:  6.144 MHz pixel clock, 384 x 264 total, 288 x 224 visible, rotated
           90 degrees. 36 x 28 tiles of 8x8 2bpp; the two columns at each
           side come from VRAM 3c0-3ff and 000-03f. 8 sprites 16x16 2bpp,
           clipped to columns 2-33, the first three one line lower. Colour
           PROM 82s123 through 1K/470/220 ohms; lookup PROM 82s126 (64 x 4).
   Sound:  Namco WSG, 3 voices, waveforms from PROM 82s126 at 1M.
   IRQ:    VBLANK raises the IRQ when Q0 is set; it stays asserted until 0
           is written to Q0 (the acknowledge does not clear it).

   Ms. Pac-Man's auxiliary board overlays decrypted code at 3000-3fff and
   8000-97ff plus forty 8-byte patches in 0000-2fff while its decode latch
   is set; accesses to 3ff8-3fff set the latch, to 0038, 03b0, 1600, 2120,
   3ff0, 8000, 97f0 (8 bytes each) clear it.

   Variants (MAME's per-system maps and init_ functions): the woodpek map
   (ROM at 8000-bfff, no A15 mirror), Piranha's and Naughty Mouse's
   rewired interrupt vector bytes, the Make Trax protection chip, and
   Sega's Pengo board (the same video and sound at 8000/9000 with tile,
   colour-table and palette banks and an encrypted Z80, see pengo.c). The
   ROM transforms are in pacman_variants.c. */
#include <string.h>

#include "drivers/pacman.h"
#include "cpu/z80.h"
#include "emu/machine.h"
#include "machine/ls259.h"
#include "machine/watchdog.h"
#include "sound/namco_wsg.h"
#include "video/tilemap.h"
#include "video/viewer.h"

#define MASTER_CLOCK 18432000u

enum { LATCH_IRQ = 0, LATCH_FLIP = 3 };

typedef struct pacman_state {
    u8 vram[0x400];
    u8 cram[0x400];
    u8 wram[0x400];   /* 4c00-4fff; sprite attributes at 4ff0 */
    u8 spr_xy[0x10];
    u8 irq_vector;    /* written with OUT (0),A */
    u8 decode;        /* Ms. Pac-Man: aux board decode latch */
    u8 ram8800[0x800]; /* Pengo: 8800-8fff, sprite attributes at 8ff0 */
    u8 gfxbank;       /* Pengo's LS259 Q7: tile and sprite bank */
    u8 colortablebank; /* Q6: colours 32-63 */
    u8 palettebank;   /* Q2: the second half of the palette PROM */
    const u8 *spr_attr; /* 8 x (code<<2 | flip bits, colour) */
    u8 (*vector_map)(u8 data); /* Piranha/Naughty Mouse: the vector byte's rewiring */
    u8 prot_counter, prot_offset, prot_disable; /* Make Trax protection chip */
    const input_ports *inputs;
    int port_dsw1;
    u8 spr_low;       /* sprites 0-2 sit one line lower (Pac-Man, not Pengo) */
    ls259_t *latch;
    cpu_slot *cpu;
    namco_wsg *wsg;
    tilemap_t *bg;
    u8 *rom;          /* maincpu region: 0000-ffff Pac-Man, 10000-1ffff decoded (mspacman) */
} pacman_state;

/* ---- bus ---- */

static void pacman_tileram_w(void *ctx, offs_t offset, u8 data)
{
    pacman_state *s = ctx;
    u8 *ram = &(offset < 0x400 ? s->vram : s->cram)[offset & 0x3ff];
    if (*ram == data) /* the tile stays as drawn */
        return;
    *ram = data;
    tilemap_mark_tile_dirty(s->bg, offset & 0x3ff);
}

static int pacman_irq_ack(void *drv, int line)
{
    (void)line;
    const pacman_state *s = drv;
    return s->irq_vector;
}

/* LS259 outputs: Q0 IRQ enable (clearing it drops the IRQ), Q1 sound, Q3 flip */
static void pacman_irq_enable(void *drv, int state)
{
    pacman_state *s = drv;
    if (!state)
        cpu_set_line(s->cpu, CPU_LINE_IRQ0, LINE_CLEAR);
}

static void pacman_sound_enable(void *drv, int state)
{
    namco_wsg_enable(((pacman_state *)drv)->wsg, state);
}

static void pacman_flip(void *drv, int state)
{
    tilemap_set_flip(((pacman_state *)drv)->bg, state ? TILEMAP_FLIPX | TILEMAP_FLIPY : 0);
}

static const ls259_params pacman_latch = { { pacman_irq_enable, pacman_sound_enable, NULL, pacman_flip, NULL, NULL, NULL,
                                              ls259_coin_counter_0 } };

/* 5000-50ff: the writes land in the LS259 (every 8 bytes of 5000-503f),
   the WSG, sprite x/y and the watchdog; 5070-50bf writes go nowhere. The
   reads give the four ports, each mirrored over 40h bytes. */
#define PACMAN_RAM_MAP                                                                      \
    MAP_RAM(0x4000, 0x43ff, 0xa000, pacman_state, vram),                                    \
    MAP_RAM(0x4400, 0x47ff, 0xa000, pacman_state, cram),                                    \
    MAP_WRITE(0x4000, 0x47ff, 0xa000, pacman_tileram_w),                                    \
    MAP_VALUE(0x4800, 0x4bff, 0xa000, 0xbf), /* floating bus, as MAME measured it */        \
    MAP_RAM(0x4c00, 0x4fff, 0xa000, pacman_state, wram),                                    \
    MAP_NOP(0x5000, 0x50ff, 0xaf00),                                                        \
    MAP_DEVICE_WRITE(0x5000, 0x5007, 0xaf38, "mainlatch", ls259_d0_w),                      \
    MAP_DEVICE_WRITE(0x5040, 0x505f, 0xaf00, "namco", namco_wsg_w),                         \
    MAP_WRITEONLY(0x5060, 0x506f, 0xaf00, pacman_state, spr_xy),                            \
    MAP_DEVICE_WRITE(0x50c0, 0x50c0, 0xaf3f, "watchdog", watchdog_reset_w),                 \
    MAP_PORT(0x5000, 0x5000, 0xaf3f, "IN0"), MAP_PORT(0x5040, 0x5040, 0xaf3f, "IN1"),       \
    MAP_PORT(0x5080, 0x5080, 0xaf3f, "DSW1"), MAP_PORT(0x50c0, 0x50c0, 0xaf3f, "DSW2")

static const mem_map_entry pacman_program[] = {
    MAP_ROM(0x0000, 0x3fff, 0x8000, "maincpu", 0),
    PACMAN_RAM_MAP,
    MAP_END,
};

static const mem_map_entry pacman_io[] = {
    MAP_WRITEONLY(0x00, 0x00, 0, pacman_state, irq_vector),
    MAP_END,
};

/* Piranha's and Naughty Mouse's sync bus controllers store some vector
   bytes rewired (only those the games use are known, MAME's values). */
static void vector_mapped_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    pacman_state *s = ctx;
    s->irq_vector = s->vector_map(data);
}

static const mem_map_entry mapped_vector_io[] = {
    MAP_WRITE(0x00, 0x00, 0, vector_mapped_w),
    MAP_END,
};

/* ---- Ms. Pac-Man auxiliary board ---- */

static void mspacman_set_decode(pacman_state *s, u8 on)
{
    if (s->decode == on)
        return;
    s->decode = on;
    u8 *base = s->rom + (on ? 0x10000 : 0);
    mem_space_set_bank(&s->cpu->program, 0, base, false);
    mem_space_set_bank(&s->cpu->program, 1, base + 0x8000, false);
}

/* Trap windows: 8 bytes each; offset is within the window. */
#define MSPAC_TRAP(addr, on)                                                \
    static u8 mspac_trap_r_##addr(void *ctx, offs_t offset)                 \
    {                                                                       \
        pacman_state *s = ctx;                                              \
        mspacman_set_decode(s, on);                                         \
        return s->rom[(on ? 0x10000 : 0) + addr + (offset & 7)];            \
    }                                                                       \
    static void mspac_trap_w_##addr(void *ctx, offs_t offset, u8 data)      \
    {                                                                       \
        (void)data; /* a write flips the latch as a read does */            \
        mspac_trap_r_##addr(ctx, offset);                                   \
    }
MSPAC_TRAP(0x0038, 0) MSPAC_TRAP(0x03b0, 0) MSPAC_TRAP(0x1600, 0) MSPAC_TRAP(0x2120, 0)
MSPAC_TRAP(0x3ff0, 0) MSPAC_TRAP(0x3ff8, 1) MSPAC_TRAP(0x8000, 0) MSPAC_TRAP(0x97f0, 0)
#define MSPAC_TRAP_MAP(addr) MAP_IO(addr, addr + 7, 0, mspac_trap_r_##addr, mspac_trap_w_##addr)

static const mem_map_entry mspacman_program[] = {
    MAP_BANK(0x0000, 0x3fff, 0, 0),
    MAP_BANK(0x8000, 0xbfff, 0, 1),
    PACMAN_RAM_MAP,
    MSPAC_TRAP_MAP(0x0038), MSPAC_TRAP_MAP(0x03b0), MSPAC_TRAP_MAP(0x1600), MSPAC_TRAP_MAP(0x2120),
    MSPAC_TRAP_MAP(0x3ff0), MSPAC_TRAP_MAP(0x3ff8), MSPAC_TRAP_MAP(0x8000), MSPAC_TRAP_MAP(0x97f0),
    MAP_END,
};

/* Aux board ROMs have address and data lines wired out of order: output
   bit n is input bit from[n]. */
static const u8 mspac_data_from[8] = { 1, 2, 3, 6, 7, 5, 4, 0 };
static const u8 mspac_a12_from[12] = { 0, 1, 2, 4, 5, 6, 8, 10, 9, 7, 3, 11 };
static const u8 mspac_a11_from[11] = { 0, 1, 2, 4, 3, 6, 10, 9, 5, 7, 8 };

static unsigned mspac_swap(unsigned v, const u8 *from, int bits)
{
    unsigned r = 0;
    for (int n = 0; n < bits; n++)
        r |= (v >> from[n] & 1u) << n;
    return r;
}

#define MSPAC_DATA(v) (u8)mspac_swap(v, mspac_data_from, 8)
#define MSPAC_A12(a) mspac_swap(a, mspac_a12_from, 12)

/* Forty 8-byte patches: destination in 0000-2fff, source in aux 8000-81ef. */
static const u16 mspac_patches[40][2] = {
    { 0x0410, 0x8008 }, { 0x08e0, 0x81d8 }, { 0x0a30, 0x8118 }, { 0x0bd0, 0x80d8 }, { 0x0c20, 0x8120 },
    { 0x0e58, 0x8168 }, { 0x0ea8, 0x8198 }, { 0x1000, 0x8020 }, { 0x1008, 0x8010 }, { 0x1288, 0x8098 },
    { 0x1348, 0x8048 }, { 0x1688, 0x8088 }, { 0x16b0, 0x8188 }, { 0x16d8, 0x80c8 }, { 0x16f8, 0x81c8 },
    { 0x19a8, 0x80a8 }, { 0x19b8, 0x81a8 }, { 0x2060, 0x8148 }, { 0x2108, 0x8018 }, { 0x21a0, 0x81a0 },
    { 0x2298, 0x80a0 }, { 0x23e0, 0x80e8 }, { 0x2418, 0x8000 }, { 0x2448, 0x8058 }, { 0x2470, 0x8140 },
    { 0x2488, 0x8080 }, { 0x24b0, 0x8180 }, { 0x24d8, 0x80c0 }, { 0x24f8, 0x81c0 }, { 0x2748, 0x8050 },
    { 0x2780, 0x8090 }, { 0x27b8, 0x8190 }, { 0x2800, 0x8028 }, { 0x2b20, 0x8100 }, { 0x2b30, 0x8110 },
    { 0x2bf0, 0x81d0 }, { 0x2cc0, 0x80d0 }, { 0x2cd8, 0x80e0 }, { 0x2cf0, 0x81e0 }, { 0x2d60, 0x8160 },
};

/* Builds the decoded view at 10000-1ffff (the aux ROMs u5/u6/u7 are loaded
   at 8000, 9000, b000) and mirrors the Pac-Man ROMs to 8000-bfff. */
static int mspacman_init(machine_t *m, region_list *regions)
{
    (void)m;
    mem_region *r = region_find(regions, "maincpu");
    if (!r || r->size < 0x20000)
        return -1;
    u8 *rom = r->data, *dec = r->data + 0x10000;
    memcpy(dec, rom, 0x3000);
    for (unsigned i = 0; i < 0x1000; i++)
        dec[0x3000 + i] = MSPAC_DATA(rom[0xb000 + MSPAC_A12(i)]);
    for (unsigned i = 0; i < 0x800; i++) {
        dec[0x8000 + i] = MSPAC_DATA(rom[0x8000 + mspac_swap(i, mspac_a11_from, 11)]);
        dec[0x8800 + i] = MSPAC_DATA(rom[0x9800 + MSPAC_A12(i)]);
        dec[0x9000 + i] = MSPAC_DATA(rom[0x9000 + MSPAC_A12(i)]);
        dec[0x9800 + i] = rom[0x1800 + i];
    }
    memcpy(dec + 0xa000, rom + 0x2000, 0x2000);
    for (int p = 0; p < 40; p++)
        memcpy(dec + mspac_patches[p][0], dec + mspac_patches[p][1], 8);
    memcpy(rom + 0x8000, rom, 0x4000);
    return 0;
}

/* ---- video ---- */

/* The palette's source, for the viewers and pixel provenance: 82s123 bytes
   (red bits 0-2, green 3-5, blue 6-7 through 1k/470/220 ohms) and the
   82s126 lookup (pen -> low four bits; Pengo's palette bank: PROM colours
   16-31 for pens 256-511). */
static const palette_lookup pacman_lut[2] = {
    { 0, 64 * 4, "proms", 0x20, 0, 0x0f, 0, 0, 0, 0 },
    { 64 * 4, 64 * 4, "proms", 0x20, 0, 0x0f, 0x10, 0, 0, 128 * 4 },
};
static const palette_source pacman_palette_source = {
    .count = 32, .nproms = 1, .proms = { { "proms", 0, { 0, 0 }, { 0x1f, 0 } } },
    .ch = { { 3, { 0, 0, 0 }, { 0, 1, 2 }, { 1000, 470, 220 }, { 0 }, 0, 0 },
            { 3, { 0, 0, 0 }, { 3, 4, 5 }, { 1000, 470, 220 }, { 0 }, 0, 0 },
            { 2, { 0, 0 }, { 6, 7 }, { 470, 220 }, { 0 }, 0, 0 } },
    .kind = PALSRC_RESNET, .lut = pacman_lut, .nlut = 2,
};

static void pacman_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    palette_source_apply(m, pal, &pacman_palette_source);
}

/* 36 x 28 tiles: the native screen's two columns at each side come from
   VRAM 3c0-3ff and 000-03f, the middle 32 are row-major from 040. */
static u32 pacman_scan(int col, int row, int cols, int rows)
{
    (void)cols, (void)rows;
    row += 2, col -= 2;
    return (u32)(col & 0x20 ? row + ((col & 0x1f) << 5) : col + (row << 5));
}

static void pacman_tile_info(void *drv, u32 index, tile_info *ti)
{
    const pacman_state *s = drv;
    ti->code = s->vram[index] | s->gfxbank << 8;
    ti->color = (s->cram[index] & 0x1f) | s->colortablebank << 5 | s->palettebank << 6;
}

/* The eight sprites in draw order: sprite 7 first, so sprite 0 ends on top. */
static int pacman_sprites(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    (void)m;
    const pacman_state *s = drv;
    const u8 *attr = s->spr_attr;
    u32 bank = (u32)s->colortablebank << 5 | (u32)s->palettebank << 6;
    u32 attr_base = s->spr_attr == s->wram + 0x3f0 ? 0x4ff0 : 0x8ff0;
    int n = 0;
    for (int i = 7; i >= 0 && n < max; i--, n++) {
        viewer_sprite *v = &out[n];
        memset(v, 0, sizeof(*v));
        v->index = i;
        v->gfx = 1;
        v->sx = 272 - s->spr_xy[i * 2 + 1];
        v->sy = s->spr_xy[i * 2] - 31 + (i <= 2 && s->spr_low); /* the first three sit one line lower */
        v->code = attr[i * 2] >> 2 | (u32)s->gfxbank << 6;
        v->color = (attr[i * 2 + 1] & 0x1f) | bank;
        v->flipx = attr[i * 2] & 1;
        v->flipy = attr[i * 2] & 2;
        v->wrap256 = true;
        v->addr = attr_base + (u32)i * 2;
        v->attr[0] = attr[i * 2];
        v->attr[1] = attr[i * 2 + 1];
        v->attr[2] = s->spr_xy[i * 2];
        v->attr[3] = s->spr_xy[i * 2 + 1];
        v->nattr = 4;
    }
    return n;
}

static const viewer_desc pacman_viewer = { pacman_sprites, &pacman_palette_source };

static void pacman_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    pacman_state *s = drv;
    tilemap_draw(s->bg, bm, clip, TILEMAP_DRAW_OPAQUE, NULL, 0, 0);
    /* sprites: clipped to columns 2-33, pens showing colour 0 transparent;
       flip screen does not apply */
    rect_t c = rect_intersect(*clip, (rect_t){ 16, 271, 0, 223 });
    viewer_sprite spr[8];
    int n = pacman_sprites(m, drv, spr, 8);
    for (int i = 0; i < n; i++) {
        const viewer_sprite *v = &spr[i];
        /* (the transparency comes from the colour's pens in the first bank) */
        u32 mask = gfx_transmask_color(&m->palette, &m->gfx[1], v->color & 0x3f, 0);
        gfx_draw(bm, &c, &m->gfx[1], v->code, v->color, v->flipx, v->flipy, v->sx, v->sy, mask);
        gfx_draw(bm, &c, &m->gfx[1], v->code, v->color, v->flipx, v->flipy, v->sx - 256, v->sy, mask);
    }
}

static const gfx_layout pacman_tilelayout = {
    8, 8, RGN_FRAC(1, 2), 2, { 0, 4 }, { STEP4(64, 1), STEP4(0, 1) }, { STEP8(0, 8) }, 128,
};

static const gfx_layout pacman_spritelayout = {
    16, 16, RGN_FRAC(1, 2), 2, { 0, 4 }, { STEP4(64, 1), STEP4(128, 1), STEP4(192, 1), STEP4(0, 1) },
    { STEP8(0, 8), STEP8(256, 8) }, 512,
};

static const gfx_decode_entry pacman_gfx[] = {
    { "gfx1", 0x0000, &pacman_tilelayout, 0, 64 },
    { "gfx1", 0x1000, &pacman_spritelayout, 0, 64 },
    { NULL, 0, NULL, 0, 0 },
};

/* ---- machine ---- */

static void pacman_vblank(machine_t *m, void *drv, int state)
{
    (void)m;
    pacman_state *s = drv;
    if (state && ls259_q(s->latch, LATCH_IRQ))
        cpu_set_line(s->cpu, CPU_LINE_IRQ0, LINE_ASSERT);
}

static int pacman_start(machine_t *m, void *drv)
{
    pacman_state *s = drv;
    mem_region *rom = machine_region(m, "maincpu");
    s->cpu = machine_cpu(m, "maincpu");
    s->wsg = machine_device_self(m, "namco");
    s->latch = machine_device_self(m, "mainlatch");
    s->rom = rom ? rom->data : NULL;
    s->spr_attr = s->wram + 0x3f0;
    s->spr_low = 1;
    s->bg = tilemap_create(m, &(tilemap_config){ pacman_scan, pacman_tile_info, 8, 8, 36, 28 }, s);
    return s->cpu && s->wsg && s->latch && s->rom && s->bg && m->num_gfx == 2 ? 0 : -1;
}

static void pacman_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    pacman_state *s = drv;
    st_bytes(io, s->vram, sizeof(s->vram));
    st_bytes(io, s->cram, sizeof(s->cram));
    st_bytes(io, s->wram, sizeof(s->wram));
    st_bytes(io, s->spr_xy, sizeof(s->spr_xy));
    st_u8(io, &s->irq_vector);
    st_u8(io, &s->decode);
}

/* The tilemap's flip and Ms. Pac-Man's banks follow the loaded latches. */
static void pacman_post_load(machine_t *m, void *drv)
{
    pacman_state *s = drv;
    pacman_flip(s, ls259_q(s->latch, LATCH_FLIP));
    if (m->driver->init == mspacman_init) {
        u8 on = s->decode;
        s->decode = 0xff;
        mspacman_set_decode(s, on);
    }
}

/* The aux board powers up decoding; (the LS259's reset clears Q0, which
   drops the IRQ). */
static void mspacman_reset(machine_t *m, void *drv)
{
    ((pacman_state *)drv)->decode = 1;
    pacman_post_load(m, drv);
}

static const namco_wsg_params pacman_wsg = { "namco" };

static const watchdog_params pacman_watchdog = { 16, 0 }; /* VBLANKs without a kick */

#define PACMAN_DEVICES(map)                                                                \
    CPU_DEVICE("maincpu", z80_core, MASTER_CLOCK / 6, .program = map, .io = pacman_io,       \
               .irq_ack = pacman_irq_ack),                                                   \
    SOUND_DEVICE("namco", namco_wsg_device, MASTER_CLOCK / 6 / 32, &pacman_wsg,              \
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),                             \
    DEVICE("mainlatch", ls259_device, 0, &pacman_latch),                                     \
    DEVICE("watchdog", watchdog_device, 0, &pacman_watchdog), DEVICE_END

static const device_config pacman_devices[] = { PACMAN_DEVICES(pacman_program) };
static const device_config mspacman_devices[] = { PACMAN_DEVICES(mspacman_program) };

#define PACMAN_CONFIG(devs, reset_fn) PACMAN_CONFIG_INPUTS(devs, reset_fn, 4, 0, 0, false)
/* ways: the joysticks' (MAME's PORT_4WAY/8WAY); tb_*: the trackball's
   PORT_SENSITIVITY, PORT_KEYDELTA and whether an axis is reversed */
#define PACMAN_CONFIG_INPUTS(devs, reset_fn, ways, tb_sens, tb_kd, tb_rev)                    \
    {                                                                                       \
        .devices = devs, .drv_state_size = sizeof(pacman_state),                            \
        .screen = { MASTER_CLOCK / 3, 384, 0, 288, 264, 0, 224, pacman_vblank, false },     \
        .video = { pacman_palette, pacman_update, pacman_gfx, 32, 64 * 4, &pacman_viewer }, \
        .start = pacman_start, .reset = reset_fn, .serialize = pacman_serialize,            \
        .post_load = pacman_post_load, .speaker_tag = "mono", .joy_ways = (ways),           \
        .trackball = { (tb_sens), (tb_kd), (tb_rev) },                                      \
        .device_refs = (const char *const[]){ "z80", "ls259", "watchdog", "gfxdecode", "palette", \
                                              "screen", "speaker", "namco", NULL },          \
    }

const machine_config pacman_config = PACMAN_CONFIG(pacman_devices, NULL);
const machine_config pacman_8way_config = PACMAN_CONFIG_INPUTS(pacman_devices, NULL, 8, 0, 0, false);
const machine_config pacman_shootbul_config = PACMAN_CONFIG_INPUTS(pacman_devices, NULL, 4, 50, 25, true);
static const machine_config mspacman_config = PACMAN_CONFIG(mspacman_devices, mspacman_reset);

/* ---- variants (pacman_variants.c, pengo.c name the games) ---- */

/* MAME's woodpek map: no A15 mirror of 0000-3fff; ROM at 8000-bfff. */
static const mem_map_entry woodpek_program[] = {
    MAP_ROM(0x0000, 0x3fff, 0, "maincpu", 0),
    MAP_ROM(0x8000, 0xbfff, 0, "maincpu", 0x8000),
    PACMAN_RAM_MAP,
    MAP_END,
};

static u8 piranha_vector(u8 data)
{
    return data == 0xfa ? 0x78 : data;
}

static u8 nmouse_vector(u8 data)
{
    return data == 0xbf ? 0x3c : data == 0xc6 ? 0x40 : data;
}

static int piranha_start(machine_t *m, void *drv)
{
    ((pacman_state *)drv)->vector_map = piranha_vector;
    return pacman_start(m, drv);
}

static int nmouse_start(machine_t *m, void *drv)
{
    ((pacman_state *)drv)->vector_map = nmouse_vector;
    return pacman_start(m, drv);
}

/* Make Trax / Crush Roller protection chip (MAME's values): writes of 1
   to 5004 step a counter whose every 3Ch-th step moves through a 30-entry
   table read back at 5080-50BF (bits 7-6, over DSW1's bits 5-0) and
   50C0-50FF; a write of 0 switches to fixed answers per address. */
static void maketrax_prot_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    pacman_state *s = ctx;
    if (data == 0) {
        s->prot_counter = s->prot_offset = 0;
        s->prot_disable = 1;
    } else if (data == 1) {
        s->prot_disable = 0;
        if (++s->prot_counter == 0x3c) {
            s->prot_counter = 0;
            if (++s->prot_offset == 0x1e)
                s->prot_offset = 0;
        }
    }
}

static u8 maketrax_port2_r(void *ctx, offs_t offset)
{
    static const u8 high[0x1e] = { 0x00, 0xc0, 0x00, 0x40, 0xc0, 0x40, 0x00, 0xc0, 0x00, 0x40, 0x00, 0xc0, 0x00, 0x40, 0xc0,
                                   0x40, 0x00, 0xc0, 0x00, 0x40, 0x00, 0xc0, 0x00, 0x40, 0xc0, 0x40, 0x00, 0xc0, 0x00, 0x40 };
    const pacman_state *s = ctx;
    u8 dsw = (u8)input_port_read(s->inputs, s->port_dsw1) & 0x3f;
    if (!s->prot_disable)
        return high[s->prot_offset] | dsw;
    switch (offset) {
    case 0x01: case 0x04: return dsw | 0x40;
    case 0x05: case 0x0e: case 0x10: return dsw | 0xc0;
    default: return dsw;
    }
}

static u8 maketrax_port3_r(void *ctx, offs_t offset)
{
    static const u8 low[0x1e] = { 0x1f, 0x3f, 0x2f, 0x2f, 0x0f, 0x0f, 0x0f, 0x3f, 0x0f, 0x0f, 0x1c, 0x3c, 0x2c, 0x2c, 0x0c,
                                  0x0c, 0x0c, 0x3c, 0x0c, 0x0c, 0x11, 0x31, 0x21, 0x21, 0x01, 0x01, 0x01, 0x31, 0x01, 0x01 };
    const pacman_state *s = ctx;
    if (!s->prot_disable)
        return low[s->prot_offset];
    switch (offset) {
    case 0x00: return 0x1f;
    case 0x09: return 0x30;
    case 0x0c: return 0x00;
    default: return 0x20;
    }
}

/* (only these exact addresses: their mirrors stay the board's) */
static const mem_map_entry maketrax_program[] = {
    MAP_ROM(0x0000, 0x3fff, 0x8000, "maincpu", 0),
    PACMAN_RAM_MAP,
    MAP_WRITE(0x5004, 0x5004, 0, maketrax_prot_w),
    MAP_READ(0x5080, 0x50bf, 0, maketrax_port2_r),
    MAP_READ(0x50c0, 0x50ff, 0, maketrax_port3_r),
    MAP_END,
};

static int maketrax_start(machine_t *m, void *drv)
{
    pacman_state *s = drv;
    s->inputs = &m->inputs;
    s->port_dsw1 = input_port_index(&m->inputs, "DSW1");
    return s->port_dsw1 < 0 ? -1 : pacman_start(m, drv);
}

static void maketrax_reset(machine_t *m, void *drv)
{
    (void)m;
    pacman_state *s = drv;
    s->prot_counter = s->prot_offset = s->prot_disable = 0;
}

static void maketrax_serialize(machine_t *m, void *drv, state_io *io)
{
    pacman_state *s = drv;
    pacman_serialize(m, drv, io);
    st_u8(io, &s->prot_counter);
    st_u8(io, &s->prot_offset);
    st_u8(io, &s->prot_disable);
}

#define PACMAN_DEVICES_IO(map, iomap)                                                         \
    CPU_DEVICE("maincpu", z80_core, MASTER_CLOCK / 6, .program = map, .io = iomap,          \
               .irq_ack = pacman_irq_ack),                                                   \
    SOUND_DEVICE("namco", namco_wsg_device, MASTER_CLOCK / 6 / 32, &pacman_wsg,              \
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),                             \
    DEVICE("mainlatch", ls259_device, 0, &pacman_latch),                                     \
    DEVICE("watchdog", watchdog_device, 0, &pacman_watchdog), DEVICE_END

static const device_config piranha_devices[] = { PACMAN_DEVICES_IO(woodpek_program, mapped_vector_io) };
static const device_config nmouse_devices[] = { PACMAN_DEVICES_IO(pacman_program, mapped_vector_io) };
static const device_config maketrax_devices[] = { PACMAN_DEVICES(maketrax_program) };

#define PACMAN_VARIANT(devs, start_fn, reset_fn, serialize_fn)                               \
    {                                                                                       \
        .devices = devs, .drv_state_size = sizeof(pacman_state),                            \
        .screen = { MASTER_CLOCK / 3, 384, 0, 288, 264, 0, 224, pacman_vblank, false },     \
        .video = { pacman_palette, pacman_update, pacman_gfx, 32, 64 * 4, &pacman_viewer }, \
        .start = start_fn, .reset = reset_fn, .serialize = serialize_fn,                    \
        .post_load = pacman_post_load, .speaker_tag = "mono", .joy_ways = 4,                \
        .device_refs = (const char *const[]){ "z80", "ls259", "watchdog", "gfxdecode", "palette", \
                                              "screen", "speaker", "namco", NULL },          \
    }

const machine_config pacman_piranha_config = PACMAN_VARIANT(piranha_devices, piranha_start, NULL, pacman_serialize);
const machine_config pacman_nmouse_config = PACMAN_VARIANT(nmouse_devices, nmouse_start, NULL, pacman_serialize);
const machine_config pacman_maketrax_config =
    PACMAN_VARIANT(maketrax_devices, maketrax_start, maketrax_reset, maketrax_serialize);


static const device_config woodpek_devices[] = { PACMAN_DEVICES(woodpek_program) };
const machine_config pacman_woodpek_config = PACMAN_CONFIG(woodpek_devices, NULL);

/* Pengo: the same video and sound at 8000/9000, with Sega's encrypted Z80
   (the driver's init decrypts the opcodes into maincpu 8000-ffff), a
   tile/sprite bank, a colour-table bank and a palette bank on the LS259. */
static void pengo_palettebank(void *drv, int state)
{
    pacman_state *s = drv;
    s->palettebank = (u8)state;
    tilemap_mark_all_dirty(s->bg);
}

static void pengo_colortablebank(void *drv, int state)
{
    pacman_state *s = drv;
    s->colortablebank = (u8)state;
    tilemap_mark_all_dirty(s->bg);
}

static void pengo_gfxbank(void *drv, int state)
{
    pacman_state *s = drv;
    s->gfxbank = (u8)state;
    tilemap_mark_all_dirty(s->bg);
}

static const ls259_params pengo_latch = { { pacman_irq_enable, pacman_sound_enable, pengo_palettebank, pacman_flip,
                                            ls259_coin_counter_0, ls259_coin_counter_1, pengo_colortablebank,
                                            pengo_gfxbank } };

static const mem_map_entry pengo_program[] = {
    MAP_ROM(0x0000, 0x7fff, 0, "maincpu", 0),
    MAP_RAM(0x8000, 0x83ff, 0, pacman_state, vram),
    MAP_RAM(0x8400, 0x87ff, 0, pacman_state, cram),
    MAP_WRITE(0x8000, 0x87ff, 0, pacman_tileram_w),
    MAP_RAM(0x8800, 0x8fff, 0, pacman_state, ram8800),
    MAP_DEVICE_WRITE(0x9000, 0x901f, 0, "namco", namco_wsg_w),
    MAP_WRITEONLY(0x9020, 0x902f, 0, pacman_state, spr_xy),
    MAP_DEVICE_WRITE(0x9040, 0x9047, 0, "mainlatch", ls259_d0_w),
    MAP_DEVICE_WRITE(0x9070, 0x9070, 0, "watchdog", watchdog_reset_w),
    MAP_PORT(0x9000, 0x903f, 0, "DSW1"), MAP_PORT(0x9040, 0x907f, 0, "DSW0"),
    MAP_PORT(0x9080, 0x90bf, 0, "IN1"), MAP_PORT(0x90c0, 0x90ff, 0, "IN0"),
    MAP_END,
};

/* M1 fetches: the decrypted opcodes, and the RAM (nothing else runs code) */
static const mem_map_entry pengo_opcodes[] = {
    MAP_ROM(0x0000, 0x7fff, 0, "maincpu", 0x8000),
    MAP_RAM(0x8800, 0x8fff, 0, pacman_state, ram8800),
    MAP_END,
};

static const gfx_decode_entry pengo_gfx[] = {
    { "gfx1", 0x0000, &pacman_tilelayout, 0, 128 },
    { "gfx1", 0x2000, &pacman_spritelayout, 0, 128 },
    { NULL, 0, NULL, 0, 0 },
};

static int pengo_start(machine_t *m, void *drv)
{
    pacman_state *s = drv;
    int r = pacman_start(m, drv);
    s->spr_attr = s->ram8800 + 0x7f0;
    s->spr_low = 0;
    return r;
}

static void pengo_serialize(machine_t *m, void *drv, state_io *io)
{
    pacman_state *s = drv;
    pacman_serialize(m, drv, io);
    st_bytes(io, s->ram8800, sizeof(s->ram8800));
}

/* the banks follow the loaded latch */
static void pengo_post_load(machine_t *m, void *drv)
{
    pacman_state *s = drv;
    pacman_post_load(m, drv);
    pengo_palettebank(s, ls259_q(s->latch, 2));
    pengo_colortablebank(s, ls259_q(s->latch, 6));
    pengo_gfxbank(s, ls259_q(s->latch, 7));
}

static const watchdog_params pengo_watchdog = { 0, 3000000 }; /* MAME's default: 3 s without a kick */

static const device_config pengo_devices[] = {
    CPU_DEVICE("maincpu", sega_315_5010_core, MASTER_CLOCK / 6, .program = pengo_program, .fixed_pages = true,
               .opcodes = pengo_opcodes),
    SOUND_DEVICE("namco", namco_wsg_device, MASTER_CLOCK / 6 / 32, &pacman_wsg,
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("mainlatch", ls259_device, 0, &pengo_latch),
    DEVICE("watchdog", watchdog_device, 0, &pengo_watchdog), DEVICE_END,
};

const machine_config pengo_config = {
    .devices = pengo_devices, .drv_state_size = sizeof(pacman_state),
    .screen = { MASTER_CLOCK / 3, 384, 0, 288, 264, 0, 224, pacman_vblank, false },
    .video = { pacman_palette, pacman_update, pengo_gfx, 32, 128 * 4, &pacman_viewer },
    .start = pengo_start, .serialize = pengo_serialize, .post_load = pengo_post_load,
    .speaker_tag = "mono", .joy_ways = 4,
    .device_refs = (const char *const[]){ "sega_315_5010", "ls259", "watchdog", "gfxdecode", "palette", "screen",
                                          "speaker", "namco", NULL },
};

/* ---- inputs ---- */

#define PACMAN_PORTS(...)                                                                      \
    PORT_START("IN0"),                                                                         \
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_UP), PORT_BIT(0x02, 0x02, IPT_JOYSTICK_LEFT),            \
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_RIGHT), PORT_BIT(0x08, 0x08, IPT_JOYSTICK_DOWN),         \
    PORT_DIPNAME(0x10, 0x10, "Rack Test (Cheat)"),                                             \
    PORT_DIPSETTING(0x10, "Off"), PORT_DIPSETTING(0x00, "On"), PORT_DIPLOCATION("SW:7"),       \
    PORT_BIT(0x20, 0x20, IPT_COIN1), PORT_BIT(0x40, 0x40, IPT_COIN2),                          \
    PORT_BIT(0x80, 0x80, IPT_SERVICE1),                                                        \
    PORT_START("IN1"),                                                                         \
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, 2), PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_LEFT, 2),  \
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_RIGHT, 2), PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_DOWN, 2), \
    PORT_SERVICE(0x10, 0x10), PORT_BIT(0x20, 0x20, IPT_START1), PORT_BIT(0x40, 0x40, IPT_START2), \
    PORT_CONFNAME(0x80, 0x80, "Cabinet"),                                                       \
    PORT_DIPSETTING(0x80, "Upright"), PORT_DIPSETTING(0x00, "Cocktail"),                       \
    PORT_START("DSW1"),                                                                        \
    PORT_DIPNAME(0x03, 0x01, "Coinage"),                                                       \
    PORT_DIPSETTING(0x03, "2 Coins/1 Credit"), PORT_DIPSETTING(0x01, "1 Coin/1 Credit"),       \
    PORT_DIPSETTING(0x02, "1 Coin/2 Credits"), PORT_DIPSETTING(0x00, "Free Play"),             \
    PORT_DIPLOCATION("SW:1,2"),                                                                \
    PORT_DIPNAME(0x0c, 0x08, "Lives"),                                                         \
    PORT_DIPSETTING(0x00, "1"), PORT_DIPSETTING(0x04, "2"),                                    \
    PORT_DIPSETTING(0x08, "3"), PORT_DIPSETTING(0x0c, "5"), PORT_DIPLOCATION("SW:3,4"),        \
    PORT_DIPNAME(0x30, 0x00, "Bonus Life"),                                                    \
    PORT_DIPSETTING(0x00, "10000"), PORT_DIPSETTING(0x10, "15000"),                            \
    PORT_DIPSETTING(0x20, "20000"), PORT_DIPSETTING(0x30, "None"), PORT_DIPLOCATION("SW:5,6"), \
    PORT_CONFNAME(0x40, 0x40, "Difficulty"),                                                    \
    PORT_DIPSETTING(0x40, "Normal"), PORT_DIPSETTING(0x00, "Hard"),                            \
    __VA_ARGS__,                                                                               \
    PORT_START("DSW2"), PORT_BIT(0xff, 0x00, IPT_UNUSED), INPUT_END

const input_def pacman_inputs[] = { PACMAN_PORTS(
    PORT_CONFNAME(0x80, 0x80, "Ghost Names"), PORT_DIPSETTING(0x80, "Normal"), PORT_DIPSETTING(0x00, "Alternate")) };
const input_def mspacman_inputs[] = { PACMAN_PORTS(PORT_BIT(0x80, 0x80, IPT_UNUSED)) };

GAME(1980, puckman, NULL, pacman_config, pacman_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Namco", "Puck Man (Japan set 1)");
GAME(1980, pacman, "puckman", pacman_config, pacman_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Namco (Midway license)", "Pac-Man (Midway)");
GAME(1981, mspacman, NULL, mspacman_config, mspacman_inputs, mspacman_init, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Midway / General Computer Corporation", "Ms. Pac-Man");

/* The games on this board whose hooks are in pacman_variants.c (listed
   here so that, as in MAME, they share pacman.c as their source). */
#define SAVE MACHINE_SUPPORTS_SAVE
GAME(1982, pacplus, NULL, pacman_config, pacman_inputs, init_pacplus, ROT90 | SAVE,
     "Namco (Midway license)", "Pac-Man Plus");
GAME(1985, jumpshot, NULL, pacman_8way_config, jumpshot_inputs, init_jumpshot, ROT90 | SAVE, "Bally Midway", "Jump Shot");
GAME(1985, shootbul, NULL, pacman_shootbul_config, shootbul_inputs, init_jumpshot, ROT90 | SAVE, "Bally Midway",
     "Shoot the Bull");
GAME(1982, eyes, NULL, pacman_config, eyes_inputs, init_eyes, ROT90 | SAVE, "Techstar (Rock-Ola license)",
     "Eyes (US set 1)");
GAME(1983, mrtnt, NULL, pacman_config, mrtnt_inputs, init_eyes, ROT90 | SAVE, "Techstar (Telko license)",
     "Mr. TNT");
GAME(1983, eggor, NULL, pacman_config, mrtnt_inputs, init_eyes, ROT90 | SAVE | MACHINE_IMPERFECT_SOUND, "Telko", "Eggor");
GAME(1981, woodpeck, NULL, pacman_woodpek_config, woodpek_inputs, init_woodpek, ROT90 | SAVE,
     "Amenip (Palcom Queen River)", "Woodpecker (set 1)");
GAME(1982, ponpoko, NULL, pacman_woodpek_config, ponpoko_inputs, init_ponpoko, ROT0 | SAVE,
     "Sigma Enterprises Inc.", "Ponpoko");
GAME(1985, lizwiz, NULL, pacman_woodpek_config, lizwiz_inputs, NULL, ROT90 | SAVE, "Techstar (Sunn license)",
     "Lizard Wizard");
GAME(1981, piranha, "puckman", pacman_piranha_config, mspacman_inputs, init_eyes, ROT90 | SAVE,
     "GL (US Billiards license)", "Piranha");
GAME(1981, nmouse, NULL, pacman_nmouse_config, nmouse_inputs, init_eyes, ROT90 | SAVE,
     "Amenip (Palcom Queen River)", "Naughty Mouse (set 1)");
GAME(1981, crush, NULL, pacman_maketrax_config, maketrax_inputs, NULL, ROT90 | SAVE,
     "Alpha Denshi Co. / Kural Samno Electric, Ltd.", "Crush Roller (set 1)");
GAME(1981, maketrax, "crush", pacman_maketrax_config, maketrax_inputs, NULL, ROT270 | SAVE,
     "Alpha Denshi Co. / Kural (Williams license)", "Make Trax (US set 1)");
