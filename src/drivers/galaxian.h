/* The Galaxian family's shared board state and video (galaxian.c), for the
   variants built on it (galaxian_konami.c: the Konami main boards with
   their sound board; the Moon Cresta-style boards). As MAME's driver does,
   a variant is the Namco board with hooks: the tile and sprite code/colour
   extensions, the background (colour fill and stars), the bullets, and
   Frogger's nibble-swapped vertical adder. */
#ifndef CABINET_GALAXIAN_H
#define CABINET_GALAXIAN_H

#include "cpu/z80.h"
#include "emu/machine.h"
#include "emu/screen.h"
#include "machine/gen_latch.h"
#include "machine/i8255.h"
#include "machine/ls259.h"
#include "machine/watchdog.h"
#include "sound/galaxian_snd.h"
#include "sound/konami_sound.h"
#include "video/tilemap.h"
#include "video/viewer.h"

#define GALAXIAN_MASTER_CLOCK 18432000u
#define XSCALE 3
#define HTOTAL (384 * XSCALE)
#define VTOTAL 264
#define VBEND 16
#define VBSTART 240
#define STAR_PERIOD ((1u << 17) - 1)
#define MAX_STARS 256 /* the top 8 bits 1, bit 0 0: 2^8 states */

/* pens: 32 PROM colours, 64 star colours, shell, missile (also Scramble's
   yellow shells), then the variants' background colours: Frogger's water,
   Scramble's blue, and the eight of the Turtles/Amidar RGB generator */
enum {
    PEN_STARS = 32, PEN_SHELL = 96, PEN_MISSILE = 97, NUM_PENS = 98,
    PEN_FROGGER_WATER = 98, PEN_SCRAMBLE_BLUE = 99, PEN_RGB_BG = 100, NUM_PENS_EXT = 108,
    PEN_THEEND_SHELL = 108, PEN_THEEND_MISSILE = 109, NUM_PENS_KONAMI = 110,
};

typedef struct galaxian_state galaxian_state;

typedef struct galaxian_variant {
    /* MAME's extend_tile_info / extend_sprite_info (NULL: none) */
    void (*extend_tile)(const galaxian_state *s, u16 *code, u8 *color, u8 attrib);
    void (*extend_sprite)(const galaxian_state *s, const u8 *base, u16 *code, u8 *color);
    /* the background, painted under the opaque tilemap's pixel-value-0
       pixels (stars included, paint_under) */
    void (*background)(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip);
    /* one shell or missile (entry `which`) on bitmap row r, counter x (NULL: none) */
    void (*bullet)(bitmap_ind16 *bm, const rect_t *clip, int r, int which, int x);
    bool frogger_adjust; /* Frogger: vertical positions' nibbles swapped */
} galaxian_variant;

struct galaxian_state {
    u8 wram[0x800];
    u8 vram[0x400];
    u8 objram[0x100];
    /* the latched outputs as the video sees them: changed after the lines
       above the beam are drawn */
    u8 stars_enable;
    u8 flipx, flipy;
    u8 irq_enabled;        /* boards without the 7000 LS259 */
    u8 background_enable;  /* Scramble's blue */
    u8 background_rgb;     /* Turtles/Amidar: bit 0 red, 1 green, 2 blue */
    u8 gfxbank[5];
    u8 stars_blink;        /* Scramble's 555 blink counter */
    u8 protection_result;  /* Scramble's protection PAL */
    u16 protection_state;
    u8 kingball_sound;     /* King & Balloon's two speech command bits */
    u8 kingball_speech_dip;
    u32 star_origin;       /* LFSR index of line 0, dot 0 */
    u64 star_origin_frame; /* MAME-style frame number the origin is for */
    const galaxian_variant *var;
    cpu_slot *cpu;
    galaxian_snd *snd;
    ls259_t *latch_6000, *latch_7000;
    watchdog_t *watchdog;
    machine_t *machine;
    tilemap_t *bg;
    const gfx_element *sprites;
    u32 objram_cpu;        /* where the map puts objram (the sprite viewer's addresses) */
    i8255_t *ppi[2];
    gen_latch_t *soundlatch;
    konami_sound_t *konami;
    struct dac_t *dac;
    emu_timer *blink_timer;
    /* the register states that show a star, in LFSR order (constant) */
    struct star { u32 index; u8 color; } stars[MAX_STARS];
    int num_stars;
};

/* Shared board parts (galaxian.c). */
int galaxian_common_start(machine_t *m, galaxian_state *s, const galaxian_variant *var);
void galaxian_vram_w(void *ctx, offs_t offset, u8 data);
void galaxian_objram_w(void *ctx, offs_t offset, u8 data);
u8 galaxian_watchdog_r(void *ctx, offs_t offset);
void galaxian_set_irq_enable(galaxian_state *s, int state);
void galaxian_set_stars_enable(galaxian_state *s, int state);
void galaxian_set_flipx(galaxian_state *s, int state);
void galaxian_set_flipy(galaxian_state *s, int state);
void galaxian_set_background_enable(galaxian_state *s, int state);
void galaxian_palette(machine_t *m, void *drv, palette_t *pal);
void galaxian_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip);
void galaxian_vblank(machine_t *m, void *drv, int state);
void galaxian_reset(machine_t *m, void *drv);
void galaxian_serialize(machine_t *m, void *drv, state_io *io);
void galaxian_post_load(machine_t *m, void *drv);
/* Backgrounds and bullets the variants choose from. */
void galaxian_draw_stars(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip);
void galaxian_draw_stars_to(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip, int dots);
void galaxian_background(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip);
void galaxian_gfxbank_w(galaxian_state *s, int which, u8 data);
void scramble_draw_stars(galaxian_state *s, bitmap_ind16 *bm, const rect_t *clip);
void galaxian_bullet(bitmap_ind16 *bm, const rect_t *clip, int r, int which, int x);
void scramble_bullet(bitmap_ind16 *bm, const rect_t *clip, int r, int which, int x);
void paint_under(bitmap_ind16 *bm, const rect_t *clip, int from, int to, u16 pen);
extern const gfx_decode_entry galaxian_gfx[];
extern const viewer_desc galaxian_viewer; /* the sprite list */

#endif
