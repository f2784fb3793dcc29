/* Nichibutsu Crazy Climber: Crazy Climber (US set 1) and Crazy Climber (Japan).

   CPU:    Z80 at 18.432 MHz / 6 = 3.072 MHz; NMI at VBLANK while latch Q0 is
           set. Opcode fetches from 0000-5fff read an encrypted view of the
           ROM (a per-set 8 x 16 table rewrites data bits 0, 2, 4, 6 by
           address bit 0 and data bits 1, 7; MAME's init_cclimber/j),
           operand and data reads the ROM as it is.
   Memory: 0000-4fff ROM (5000-5fff empty)    6000-6bff RAM
           8000-83ff RAM    8800-88ff big sprite RAM (16x16 tiles)
           8900-8bff RAM    9000-93ff tile codes (mirror 9400)
           9800-9bff RAM: 9800-981f column scroll, 9880-989f sprites
                     (8 x code/flips, colour/bank, y, x), 98dc-98df big sprite
                     control (priority, colour/flips/bank, y, x)
           9c00-9fff colours/flips/code bits (A5 not connected: each write
                     lands in both halves of its 40h block)
           a000-a007 (w, D0) LS259: Q0 NMI enable, Q1 flip x, Q2 flip y,
                     Q4 sample trigger
           a000 P1, a800 P2 (w: sample rate), b000 DSW (w: sample volume),
           b800 SYSTEM
           I/O 08 AY address, 09 AY data, 0c AY read
   Video:  256 x 224 visible of 256 x 256 at 60 Hz. A 32x32 tilemap of 8x8
           2bpp tiles (1024 codes), each column scrolled on its own, a tile
           flipped vertically showing the code of the tile below/above
           (index ^ 20h); 8 sprites 16x16 2bpp (x + 1 as the PCB shows); the
           big sprite: a 16x16 map of 8x8 tiles from its own ROM, drawn as
           a scrolled tilemap over or under the sprites. Colours: three
           32-byte PROMs through 1K/470/220 ohms (blue 470/220).
   Sound:  AY-3-8910 at 1.536 MHz (its ports A and B set the sample start
           and loop points) and the sample player (sound/cclimber_snd.h). */
#include <string.h>

#include "cpu/z80.h"
#include "emu/machine.h"
#include "machine/ls259.h"
#include "sound/ay8910.h"
#include "sound/cclimber_snd.h"
#include "video/tilemap.h"
#include "video/viewer.h"

#define MASTER_CLOCK 18432000u
#define VBEND 16

typedef struct cclimber_state {
    u8 ram6000[0xc00];
    u8 wram[0x400];
    u8 bigram[0x100];
    u8 ram8900[0x300];
    u8 vram[0x400];
    u8 ram98[0x400];   /* 9800-9bff: column scroll, sprites, big sprite control */
    u8 cram[0x400];
    u8 nmi_mask, flip_x, flip_y;
    u8 bs_attr;        /* big sprite code bank and colour its tilemap was drawn with (not saved) */
    cpu_slot *cpu;
    ls259_t *latch;
    cclimber_snd_t *snd;
    tilemap_t *pf, *bs;
} cclimber_state;

#define COLUMN_SCROLL(s) ((s)->ram98)
#define SPRITES(s) ((s)->ram98 + 0x80)
#define BIGCTRL(s) ((s)->ram98 + 0xdc)

/* ---- bus ---- */

/* A tile shows its own cell or, flipped vertically, the one at index ^ 20h:
   a write changes both. (MAME redraws the whole map every frame.) */
static void cclimber_pf_dirty(cclimber_state *s, offs_t index)
{
    tilemap_mark_tile_dirty(s->pf, index & 0x3ff);
    tilemap_mark_tile_dirty(s->pf, (index ^ 0x20) & 0x3ff);
}

static void cclimber_vram_w(void *ctx, offs_t offset, u8 data)
{
    cclimber_state *s = ctx;
    s->vram[offset & 0x3ff] = data;
    cclimber_pf_dirty(s, offset);
}

static void cclimber_cram_w(void *ctx, offs_t offset, u8 data)
{
    cclimber_state *s = ctx;
    s->cram[offset & ~0x20u] = data;
    s->cram[offset | 0x20u] = data;
    cclimber_pf_dirty(s, offset);
}

/* Big sprite RAM byte i is the tile at (row i / 16, column i % 16) and, A4
   of the column not decoded, at column + 16. */
static void cclimber_bigram_w(void *ctx, offs_t offset, u8 data)
{
    cclimber_state *s = ctx;
    s->bigram[offset] = data;
    u32 t = ((offset & 0xf0u) << 1) | (offset & 0x0fu);
    tilemap_mark_tile_dirty(s->bs, t);
    tilemap_mark_tile_dirty(s->bs, t | 0x10);
}

static void cclimber_nmi_mask(void *drv, int state)
{
    ((cclimber_state *)drv)->nmi_mask = (u8)state;
}

static void cclimber_flip_x(void *drv, int state)
{
    ((cclimber_state *)drv)->flip_x = (u8)state;
}

static void cclimber_flip_y(void *drv, int state)
{
    ((cclimber_state *)drv)->flip_y = (u8)state;
}

static void cclimber_sample_trigger(void *drv, int state)
{
    cclimber_snd_trigger(((cclimber_state *)drv)->snd, state);
}

static const ls259_params cclimber_latch = {
    { cclimber_nmi_mask, cclimber_flip_x, cclimber_flip_y, NULL, cclimber_sample_trigger },
};

static const mem_map_entry cclimber_program[] = {
    MAP_ROM(0x0000, 0x5fff, 0, "maincpu", 0),
    MAP_RAM(0x6000, 0x6bff, 0, cclimber_state, ram6000),
    MAP_RAM(0x8000, 0x83ff, 0, cclimber_state, wram),
    MAP_RAM(0x8800, 0x88ff, 0, cclimber_state, bigram),
    MAP_WRITE(0x8800, 0x88ff, 0, cclimber_bigram_w),
    MAP_RAM(0x8900, 0x8bff, 0, cclimber_state, ram8900),
    MAP_RAM(0x9000, 0x93ff, 0x0400, cclimber_state, vram),
    MAP_WRITE(0x9000, 0x93ff, 0x0400, cclimber_vram_w),
    MAP_RAM(0x9800, 0x9bff, 0, cclimber_state, ram98),
    MAP_RAM(0x9c00, 0x9fff, 0, cclimber_state, cram),
    MAP_WRITE(0x9c00, 0x9fff, 0, cclimber_cram_w),
    MAP_DEVICE_WRITE(0xa000, 0xa007, 0, "mainlatch", ls259_d0_w),
    MAP_PORT(0xa000, 0xa000, 0, "P1"),
    MAP_PORT(0xa800, 0xa800, 0, "P2"),
    MAP_DEVICE_WRITE(0xa800, 0xa800, 0, "cclimber_audio", cclimber_snd_rate_w),
    MAP_PORT(0xb000, 0xb000, 0, "DSW"),
    MAP_DEVICE_WRITE(0xb000, 0xb000, 0, "cclimber_audio", cclimber_snd_volume_w),
    MAP_PORT(0xb800, 0xb800, 0, "SYSTEM"),
    MAP_END,
};

static const mem_map_entry cclimber_opcodes[] = {
    MAP_ROM(0x0000, 0x5fff, 0, "decrypted", 0),
    MAP_END,
};

static const mem_map_entry cclimber_io[] = {
    MAP_DEVICE_WRITE(0x08, 0x08, 0, "cclimber_audio:aysnd", ay8910_address_map_w),
    MAP_DEVICE_WRITE(0x09, 0x09, 0, "cclimber_audio:aysnd", ay8910_data_map_w),
    MAP_DEVICE_READ(0x0c, 0x0c, 0, "cclimber_audio:aysnd", ay8910_data_map_r),
    MAP_NOP(0x0d, 0x0d, 0),
    MAP_END,
};

/* ---- decryption (MAME's cclimber_decode) ---- */

static int cclimber_decode(region_list *regions, const u8 table[8][16])
{
    mem_region *rom = region_find(regions, "maincpu");
    mem_region *dec = region_find(regions, "decrypted"); /* the hash file declares it (MAME: a share) */
    if (!dec)
        dec = region_add(regions, "decrypted", 0x6000, 0);
    if (!rom || rom->size < 0x6000 || !dec || dec->size < 0x6000)
        return -1;
    for (unsigned a = 0; a < 0x6000; a++) {
        u8 src = rom->data[a];
        unsigned i = (a & 1) | (src & 0x02) | ((src & 0x80) >> 5);
        unsigned j = (src & 0x01) | ((src & 0x04) >> 1) | ((src & 0x10) >> 2) | ((src & 0x40) >> 3);
        dec->data[a] = (u8)((src & 0xaa) | table[i][j]);
    }
    return 0;
}

static int cclimber_init(machine_t *m, region_list *regions)
{
    (void)m;
    static const u8 table[8][16] = { /* FFh: never used, unknown */
        { 0x44, 0x14, 0x54, 0x10, 0x11, 0x41, 0x05, 0x50, 0x51, 0x00, 0x40, 0x55, 0x45, 0x04, 0x01, 0x15 },
        { 0x44, 0x10, 0x15, 0x55, 0x00, 0x41, 0x40, 0x51, 0x14, 0x45, 0x11, 0x50, 0x01, 0x54, 0x04, 0x05 },
        { 0x45, 0x10, 0x11, 0x44, 0x05, 0x50, 0x51, 0x04, 0x41, 0x14, 0x15, 0x40, 0x01, 0x54, 0x55, 0x00 },
        { 0x04, 0x51, 0x45, 0x00, 0x44, 0x10, 0xff, 0x55, 0x11, 0x54, 0x50, 0x40, 0x05, 0xff, 0x14, 0x01 },
        { 0x54, 0x51, 0x15, 0x45, 0x44, 0x01, 0x11, 0x41, 0x04, 0x55, 0x50, 0xff, 0x00, 0x10, 0x40, 0xff },
        { 0xff, 0x54, 0x14, 0x50, 0x51, 0x01, 0xff, 0x40, 0x41, 0x10, 0x00, 0x55, 0x05, 0x44, 0x11, 0x45 },
        { 0x51, 0x04, 0x10, 0xff, 0x50, 0x40, 0x00, 0xff, 0x41, 0x01, 0x05, 0x15, 0x11, 0x14, 0x44, 0x54 },
        { 0xff, 0xff, 0x54, 0x01, 0x15, 0x40, 0x45, 0x41, 0x51, 0x04, 0x50, 0x05, 0x11, 0x44, 0x10, 0x14 },
    };
    return cclimber_decode(regions, table);
}

static int cclimberj_init(machine_t *m, region_list *regions)
{
    (void)m;
    static const u8 table[8][16] = {
        { 0x41, 0x54, 0x51, 0x14, 0x05, 0x10, 0x01, 0x55, 0x44, 0x11, 0x00, 0x50, 0x15, 0x40, 0x04, 0x45 },
        { 0x50, 0x11, 0x40, 0x55, 0x51, 0x14, 0x45, 0x04, 0x54, 0x15, 0x10, 0x05, 0x44, 0x01, 0x00, 0x41 },
        { 0x44, 0x11, 0x00, 0x50, 0x41, 0x54, 0x04, 0x14, 0x15, 0x40, 0x51, 0x55, 0x05, 0x10, 0x01, 0x45 },
        { 0x10, 0x50, 0x54, 0x55, 0x01, 0x44, 0x40, 0x04, 0x14, 0x11, 0x00, 0x41, 0x45, 0x15, 0x51, 0x05 },
        { 0x14, 0x41, 0x01, 0x44, 0x04, 0x50, 0x51, 0x45, 0x11, 0x40, 0x54, 0x15, 0x10, 0x00, 0x55, 0x05 },
        { 0x01, 0x05, 0x41, 0x45, 0x54, 0x50, 0x55, 0x10, 0x11, 0x15, 0x51, 0x14, 0x44, 0x40, 0x04, 0x00 },
        { 0x05, 0x55, 0x00, 0x50, 0x11, 0x40, 0x54, 0x14, 0x45, 0x51, 0x10, 0x04, 0x44, 0x01, 0x41, 0x15 },
        { 0x55, 0x50, 0x15, 0x10, 0x01, 0x04, 0x41, 0x44, 0x45, 0x40, 0x05, 0x00, 0x11, 0x14, 0x51, 0x54 },
    };
    return cclimber_decode(regions, table);
}

/* ---- video ---- */

/* One PROM byte per colour: R bits 0-2, G 3-5, B 6-7 through 1K, 470, 220 ohm. */
static const palette_source cclimber_palette_source = {
    .count = 16 * 4 + 8 * 4, .nproms = 1, .proms = { { "proms", 0, { 0, 0 }, { 0x7f, 0 } } },
    .ch = { { 3, { 0, 0, 0 }, { 0, 1, 2 }, { 1000, 470, 220 }, { 0 }, 0, 0 },
            { 3, { 0, 0, 0 }, { 3, 4, 5 }, { 1000, 470, 220 }, { 0 }, 0, 0 },
            { 2, { 0, 0 }, { 6, 7 }, { 470, 220 }, { 0 }, 0, 0 } },
    .kind = PALSRC_RESNET,
};

static void cclimber_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    palette_source_apply(m, pal, &cclimber_palette_source);
}

/* A vertically flipped tile takes its code and colour from index ^ 20h. */
static void cclimber_pf_info(void *drv, u32 index, tile_info *ti)
{
    const cclimber_state *s = drv;
    ti->flags = s->cram[index] >> 6 & 3;
    if (ti->flags & TILE_FLIPY)
        index ^= 0x20;
    u8 c = s->cram[index];
    ti->code = ((c & 0x10u) << 5) | ((c & 0x20u) << 3) | s->vram[index];
    ti->color = c & 0x0f;
}

/* The big sprite: only the lower right quarter of the 32x32 map shows (the
   rest is group 1, all transparent); A4 of the column is not decoded. */
static void cclimber_bs_info(void *drv, u32 index, tile_info *ti)
{
    const cclimber_state *s = drv;
    ti->group = (index & 0x210) == 0x210 ? 0 : 1;
    index = ((index & 0x1e0) >> 1) | (index & 0x0f);
    ti->gfx = 2;
    ti->code = ((BIGCTRL(s)[1] & 0x08u) << 5) | s->bigram[index];
    ti->color = BIGCTRL(s)[1] & 0x07;
}

static void cclimber_draw_playfield(cclimber_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    tilemap_set_flip(s->pf, (s->flip_x ? TILEMAP_FLIPX : 0) | (s->flip_y ? TILEMAP_FLIPY : 0));
    for (int i = 0; i < 32; i++)
        tilemap_set_scrolly(s->pf, i, COLUMN_SCROLL(s)[i]);
    tilemap_draw(s->pf, bm, clip, TILEMAP_DRAW_BACKDROP, NULL, 0, 0); /* over pen 0 */
}

enum { MAX_RUNS = 4 };

/* Only the big sprite's quarter (tiles 16-31 of both axes) has opaque
   pixels: the runs of screen columns (rows) lo..hi whose pixmap column (row)
   lies in it, as first/last pairs; their number, or -1 when too many. */
static int quarter_runs(const tilemap_t *tm, const bitmap_ind16 *bm, int lo, int hi, bool horizontal, int *runs)
{
    bool flipped = tm->flip & (horizontal ? TILEMAP_FLIPX : TILEMAP_FLIPY);
    int q = flipped ? 0 : 128, n = 0, size = horizontal ? tm->width : tm->height;
    int pmx, pmy; /* one scroll value: the next position is the next pixmap column (row), wrapping */
    tilemap_pixmap_coord(tm, bm->width, bm->height, horizontal ? lo : 0, horizontal ? 0 : lo, &pmx, &pmy);
    /* from boundary to boundary: the quarter's two edges and the wrap */
    for (int v = lo, p = horizontal ? pmx : pmy; v <= hi;) {
        bool in = p >= q && p < q + 128;
        int len = (in ? q + 128 : p < q ? q : size) - p;
        if (len > hi - v + 1)
            len = hi - v + 1;
        if (in) {
            if (n == MAX_RUNS)
                return -1;
            runs[2 * n] = v;
            runs[2 * n + 1] = v + len - 1;
            n++;
        }
        v += len;
        p = (p + len) % size;
    }
    return n;
}

static void cclimber_draw_bigsprite(cclimber_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    const u8 *ctrl = BIGCTRL(s);
    u8 x = (u8)(ctrl[3] - 8), y = ctrl[2];
    bool fx = ctrl[1] & 0x10, fy = ctrl[1] & 0x20;
    if (fx)
        x = (u8)(0x80 - x);
    if (fy)
        y = (u8)(0x80 - y);
    if ((ctrl[1] & 0x0f) != s->bs_attr) { /* code bank and colour of every tile */
        s->bs_attr = ctrl[1] & 0x0f;
        tilemap_mark_all_dirty(s->bs);
    }
    tilemap_set_flip(s->bs, (fx ? TILEMAP_FLIPX : 0) | ((s->flip_y ^ fy) ? TILEMAP_FLIPY : 0));
    tilemap_set_scrollx(s->bs, 0, x);
    tilemap_set_scrolly(s->bs, 0, y);
    rect_t full = { 0, bm->width - 1, 0, bm->height - 1 };
    rect_t c = clip ? rect_intersect(*clip, full) : full;
    int xr[2 * MAX_RUNS], yr[2 * MAX_RUNS];
    int nx = quarter_runs(s->bs, bm, c.min_x, c.max_x, true, xr);
    int ny = quarter_runs(s->bs, bm, c.min_y, c.max_y, false, yr);
    if (bm->prov || nx < 0 || ny < 0) { /* the provenance recorder sees every pixel's draw */
        tilemap_draw(s->bs, bm, &c, 0, NULL, 0, 0);
        return;
    }
    for (int j = 0; j < ny; j++)
        for (int i = 0; i < nx; i++) {
            rect_t r = { xr[2 * i], xr[2 * i + 1], yr[2 * j], yr[2 * j + 1] };
            tilemap_draw(s->bs, bm, &r, 0, NULL, 0, 0);
        }
}

/* Sprite 7 first, so sprite 0 ends on top. */
static int cclimber_sprites(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    const cclimber_state *s = drv;
    const u8 *sp = SPRITES(s);
    u32 base = viewer_ram_address(m, offsetof(cclimber_state, ram98)) + 0x80;
    int n = 0;
    for (int offs = 0x1c; offs >= 0 && n < max; offs -= 4) {
        int x = sp[offs + 3] + 1, y = 240 - sp[offs + 2];
        u32 code = ((sp[offs + 1] & 0x10u) << 3) | ((sp[offs + 1] & 0x20u) << 1) | (sp[offs] & 0x3fu);
        bool fx = sp[offs] & 0x40, fy = sp[offs] & 0x80;
        if (s->flip_x) {
            x = 242 - x;
            fx = !fx;
        }
        if (s->flip_y) {
            y = 240 - y;
            fy = !fy;
        }
        viewer_sprite *v = &out[n++];
        *v = (viewer_sprite){ .index = offs / 4, .gfx = 1, .code = code, .color = sp[offs + 1] & 0x0fu, .flipx = fx,
                              .flipy = fy, .sx = x, .sy = y - VBEND, .addr = base + (u32)offs, .nattr = 4 };
        memcpy(v->attr, &sp[offs], 4);
    }
    return n;
}

static const viewer_desc cclimber_viewer = { cclimber_sprites, &cclimber_palette_source };

static void cclimber_draw_sprites(machine_t *m, cclimber_state *s, bitmap_ind16 *bm, const rect_t *clip)
{
    viewer_sprite spr[8];
    int n = cclimber_sprites(m, s, spr, 8);
    for (int i = 0; i < n; i++)
        gfx_draw(bm, clip, &m->gfx[1], spr[i].code, spr[i].color, spr[i].flipx, spr[i].flipy, spr[i].sx, spr[i].sy, 1);
}

static void cclimber_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    cclimber_state *s = drv;
    cclimber_draw_playfield(s, bm, clip);
    if (BIGCTRL(s)[0] & 1) { /* the big sprite under the sprites */
        cclimber_draw_bigsprite(s, bm, clip);
        cclimber_draw_sprites(m, s, bm, clip);
    } else {
        cclimber_draw_sprites(m, s, bm, clip);
        cclimber_draw_bigsprite(s, bm, clip);
    }
}

static const gfx_layout cclimber_charlayout = {
    8, 8, RGN_FRAC(1, 2), 2, { 0, RGN_FRAC(1, 2) }, { STEP8(0, 1) }, { STEP8(0, 8) }, 64,
};

static const gfx_layout cclimber_spritelayout = {
    16, 16, RGN_FRAC(1, 2), 2, { 0, RGN_FRAC(1, 2) }, { STEP8(0, 1), STEP8(64, 1) },
    { STEP8(0, 8), STEP8(128, 8) }, 256,
};

static const gfx_decode_entry cclimber_gfx[] = {
    { "gfx1", 0, &cclimber_charlayout, 0, 16 },
    { "gfx1", 0, &cclimber_spritelayout, 0, 16 },
    { "gfx2", 0, &cclimber_charlayout, 16 * 4, 8 },
    { NULL, 0, NULL, 0, 0 },
};

/* ---- machine ---- */

static void cclimber_vblank(machine_t *m, void *drv, int state)
{
    (void)m;
    cclimber_state *s = drv;
    if (state && s->nmi_mask) {
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_ASSERT);
        cpu_set_line(s->cpu, CPU_LINE_NMI, LINE_CLEAR);
    }
}

static tilemap_t *cclimber_tilemap(machine_t *m, cclimber_state *s, tilemap_info_fn info)
{
    tilemap_t *tm = tilemap_create(m, &(tilemap_config){ tilemap_scan_rows, info, 8, 8, 32, 32 }, s);
    if (tm) /* bitmap line 0 is screen line VBEND */
        tilemap_set_scrolldy(tm, -VBEND, -VBEND);
    return tm;
}

static int cclimber_start(machine_t *m, void *drv)
{
    cclimber_state *s = drv;
    s->cpu = machine_cpu(m, "maincpu");
    s->latch = machine_device_self(m, "mainlatch");
    s->snd = machine_device_self(m, "cclimber_audio");
    s->pf = cclimber_tilemap(m, s, cclimber_pf_info);
    s->bs = cclimber_tilemap(m, s, cclimber_bs_info);
    if (!s->cpu || !s->latch || !s->snd || !s->pf || !s->bs || m->num_gfx != 3)
        return -1;
    tilemap_set_transparent_pen(s->pf, 0);
    if (tilemap_set_backdrop(s->pf, 0))
        return -1;
    tilemap_set_scroll_cols(s->pf, 32);
    tilemap_set_transmask(s->bs, 0, 0x01);
    tilemap_set_transmask(s->bs, 1, 0x0f);
    return 0;
}

static void cclimber_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    cclimber_state *s = drv;
    st_bytes(io, s->ram6000, sizeof(s->ram6000));
    st_bytes(io, s->wram, sizeof(s->wram));
    st_bytes(io, s->bigram, sizeof(s->bigram));
    st_bytes(io, s->ram8900, sizeof(s->ram8900));
    st_bytes(io, s->vram, sizeof(s->vram));
    st_bytes(io, s->ram98, sizeof(s->ram98));
    st_bytes(io, s->cram, sizeof(s->cram));
    st_u8(io, &s->nmi_mask);
    st_u8(io, &s->flip_x);
    st_u8(io, &s->flip_y);
}

static void cclimber_ay_port_a(void *drv, u8 data)
{
    cclimber_snd_start_w(((cclimber_state *)drv)->snd, data);
}

static void cclimber_ay_port_b(void *drv, u8 data)
{
    cclimber_snd_loop_w(((cclimber_state *)drv)->snd, data);
}

static const ay8910_params cclimber_ay = { .port_a_w = cclimber_ay_port_a, .port_b_w = cclimber_ay_port_b };
static const cclimber_snd_params cclimber_snd = { "cclimber_audio:samples" };

static const device_config cclimber_devices[] = {
    CPU_DEVICE("maincpu", z80_core, MASTER_CLOCK / 3 / 2, .program = cclimber_program, .io = cclimber_io,
               .opcodes = cclimber_opcodes, .fixed_pages = true),
    DEVICE("mainlatch", ls259_device, 0, &cclimber_latch),
    SOUND_DEVICE("cclimber_audio:aysnd", ay8910_device, MASTER_CLOCK / 3 / 2 / 2, &cclimber_ay,
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 128))),
    /* the DAC at 0.5 into the volume stage at 1.0 */
    SOUND_DEVICE("cclimber_audio", cclimber_snd_device, MASTER_CLOCK / 3 / 2 / 2, &cclimber_snd,
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 128))),
    DEVICE_END,
};

static const machine_config cclimber_config = {
    .devices = cclimber_devices,
    .drv_state_size = sizeof(cclimber_state),
    .screen = { 256 * 256 * 60, 256, 0, 256, 256, VBEND, 240, cclimber_vblank, false },
    .video = { cclimber_palette, cclimber_update, cclimber_gfx, 16 * 4 + 8 * 4, 0, &cclimber_viewer },
    .start = cclimber_start,
    .serialize = cclimber_serialize,
    .speaker_tag = "speaker",
    .joy_ways = 8,
    .device_refs = (const char *const[]){ "z80", "ls259", "screen", "gfxdecode", "palette", "speaker",
                                          "cclimber_audio", "ay8910", NULL },
};

/* ---- inputs ---- */

#define CCLIMBER_STICKS(player)                                                                            \
    PORT_BIT_P(0x01, 0x00, IPT_JOYSTICKLEFT_UP, player), PORT_BIT_P(0x02, 0x00, IPT_JOYSTICKLEFT_DOWN, player),  \
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICKLEFT_LEFT, player),                                                 \
    PORT_BIT_P(0x08, 0x00, IPT_JOYSTICKLEFT_RIGHT, player),                                                \
    PORT_BIT_P(0x10, 0x00, IPT_JOYSTICKRIGHT_UP, player),                                                  \
    PORT_BIT_P(0x20, 0x00, IPT_JOYSTICKRIGHT_DOWN, player),                                                \
    PORT_BIT_P(0x40, 0x00, IPT_JOYSTICKRIGHT_LEFT, player),                                                \
    PORT_BIT_P(0x80, 0x00, IPT_JOYSTICKRIGHT_RIGHT, player)

#define CCLIMBER_PORTS(...)                                                                                \
    PORT_START("P1"), CCLIMBER_STICKS(1), PORT_START("P2"), CCLIMBER_STICKS(2),                            \
    PORT_START("DSW"),                                                                                     \
    PORT_DIPNAME(0x03, 0x00, "Lives"), PORT_DIPSETTING(0x00, "3"), PORT_DIPSETTING(0x01, "4"),             \
    PORT_DIPSETTING(0x02, "5"), PORT_DIPSETTING(0x03, "6"), PORT_DIPLOCATION("SW:!1,!2"),                  \
    __VA_ARGS__,                                                                                           \
    PORT_DIPNAME(0x08, 0x00, "Rack Test (Cheat)"), PORT_DIPSETTING(0x00, "Off"), PORT_DIPSETTING(0x08, "On"), \
    PORT_DIPLOCATION("SW:!4"),                                                                             \
    PORT_DIPNAME(0x30, 0x00, "Coin A"), PORT_DIPSETTING(0x30, "4 Coins/1 Credit"),                         \
    PORT_DIPSETTING(0x20, "3 Coins/1 Credit"), PORT_DIPSETTING(0x10, "2 Coins/1 Credit"),                  \
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"), PORT_DIPLOCATION("SW:!5,!6"),                                \
    PORT_DIPNAME(0xc0, 0x00, "Coin B"), PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),                          \
    PORT_DIPSETTING(0x40, "1 Coin/2 Credits"), PORT_DIPSETTING(0x80, "1 Coin/3 Credits"),                  \
    PORT_DIPSETTING(0xc0, "Free Play"), PORT_DIPLOCATION("SW:!7,!8"),                                      \
    PORT_START("SYSTEM"),                                                                                  \
    PORT_BIT(0x01, 0x00, IPT_COIN1), PORT_BIT(0x02, 0x00, IPT_COIN2),                                      \
    PORT_BIT(0x04, 0x00, IPT_START1), PORT_BIT(0x08, 0x00, IPT_START2),                                    \
    PORT_DIPNAME(0x10, 0x10, "Cabinet"), PORT_DIPSETTING(0x10, "Upright"), PORT_DIPSETTING(0x00, "Cocktail"), \
    PORT_BIT(0xe0, 0x00, IPT_UNUSED), INPUT_END

static const input_def cclimber_inputs[] = { CCLIMBER_PORTS(
    PORT_DIPNAME(0x04, 0x00, "Unknown"), PORT_DIPSETTING(0x00, "Off"), PORT_DIPSETTING(0x04, "On"),
    PORT_DIPLOCATION("SW:!3")) };
static const input_def cclimberj_inputs[] = { CCLIMBER_PORTS(
    PORT_DIPNAME(0x04, 0x00, "Bonus Life"), PORT_DIPSETTING(0x00, "30000"), PORT_DIPSETTING(0x04, "50000"),
    PORT_DIPLOCATION("SW:!3")) };

GAME(1980, cclimber, NULL, cclimber_config, cclimber_inputs, cclimber_init, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Nichibutsu", "Crazy Climber (US set 1)");
GAME(1980, cclimberj, "cclimber", cclimber_config, cclimberj_inputs, cclimberj_init, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Nichibutsu", "Crazy Climber (Japan)");
