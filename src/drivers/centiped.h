/* The Atari Centipede board and its relatives (Millipede, Maze Invaders,
   Warlords): the state and the parts they share (centiped.c). Each board's
   file holds its memory map, video and inputs as small named hooks. */
#ifndef CABINET_DRIVERS_CENTIPED_H
#define CABINET_DRIVERS_CENTIPED_H

#include "cpu/m6502.h"
#include "emu/machine.h"
#include "emu/screen.h"
#include "machine/er2055.h"
#include "machine/ls259.h"
#include "sound/pokey.h"
#include "video/tilemap.h"
#include "video/viewer.h"

#define CENTIPED_CLOCK 12096000

typedef struct centiped_state {
    u8 ram[0x400];
    u8 videoram[0x3c0];
    u8 spriteram[0x40];
    u8 paletteram[0x20];
    u8 oldpos[4], sign[4]; /* trackball counters: X, Y, cocktail X, Y */
    u8 dsw_select;         /* Millipede: switches read instead of the trackball counts (!TBEN) */
    u8 control_select;     /* Millipede: player 2's controls (CNTRLSEL); Maze Invaders: stick 0-3 */
    u8 flip;               /* flip screen as last drawn (Warlords: the cabinet switch) */
    er2055_t earom;
    machine_t *machine;
    cpu_slot *cpu;
    pokey_t *pokey, *pokey2;
    input_ports *in;
    ls259_t *outlatch;
    tilemap_t *playfield;
    int flip_bit;          /* outlatch bit of the flip screen, -1: none */
    int port_sw[2];        /* switches beside the trackball counts (IN0/IN2, Millipede IN0/IN1) */
    int port_track[4], port_extra[4]; /* trackballs; paddles or sticks */
    u8 reversed;           /* trackball axes read reversed (MAME PORT_REVERSE) */
    const u8 *color_prom;  /* Maze Invaders: palette RAM indexes it (32 bytes) */
} centiped_state;

/* Board parts a variant's start() chooses. */
typedef struct centiped_board {
    const tilemap_config *playfield;
    int flip_bit;
    const char *sw_ports[2];          /* NULL: no trackball */
    const char *extra_ports[4];       /* NULL-ended */
} centiped_board;

int centiped_board_start(machine_t *m, centiped_state *s, const centiped_board *b);
bool centiped_flipped(const centiped_state *s);
u8 centiped_read_trackball(centiped_state *s, int idx, int sw);
u8 centiped_vblank(const centiped_state *s);

/* memory handlers shared by the boards (ctx is the state) */
u8 centiped_pokey_r(void *ctx, offs_t offset);
void centiped_pokey_w(void *ctx, offs_t offset, u8 data);
u8 centiped_pokey2_r(void *ctx, offs_t offset);
void centiped_pokey2_w(void *ctx, offs_t offset, u8 data);
void centiped_earom_w(void *ctx, offs_t offset, u8 data);
void centiped_earom_control_w(void *ctx, offs_t offset, u8 data);
u8 centiped_earom_r(void *ctx, offs_t offset);
void centiped_irq_ack_w(void *ctx, offs_t offset, u8 data);
void centiped_videoram_w(void *ctx, offs_t offset, u8 data);

/* Sprites as MAME's screen_update_centiped/milliped: `colors` colour codes
   in the sprite element (a power of two), `mill` Millipede's flips. */
void centiped_draw_sprites(centiped_state *s, bitmap_ind16 *bm, const rect_t *clip, int colors, bool mill);
/* The sprite list centiped_draw_sprites draws (for the viewers and provenance). */
int centiped_sprite_list(centiped_state *s, viewer_sprite *out, int max, int colors, bool mill);

void centiped_reset(machine_t *m, void *drv);
void centiped_serialize(machine_t *m, void *drv, state_io *io);
u8 *centiped_nvram(machine_t *m, void *drv, size_t *len);

extern const gfx_layout centiped_tilelayout, centiped_spritelayout;

#endif
