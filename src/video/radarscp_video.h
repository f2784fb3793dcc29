/* Radar Scope's (TRS-02) analog background, drawn behind the Donkey Kong
   board's tiles and sprites wherever they show pen 0 of their colour:

   - the blue background: the 128V line (with the line count offset by 249,
     as monitor pictures show) through an RC pair (2.2K/22 uF, 10K/33 uF)
     into two CD4049 inverters run as linear amplifiers (a transfer function
     exp(-a x^b) fitted through 1.5 V / 3.5 V at 1 % / 99 %), a 33 uF
     coupling, one level per line; SND02 (the 6H latch's Q2) ANDed with a
     30 Hz noise bit (VSYNC / 2 clocking an LS164) inverts the 128V input
     (RFLIP) and selects the other half of the dot table;
   - the radar grid: a 2K table (gfx3) of dots, one byte each (bits 0-6:
     x / 4, bit 7: a star rather than a grid dot), read in order along the
     frame (an entry is drawn when the beam reaches its x; a new line starts
     at the first entry not right of the last one); the grid dots show in
     the grid colour (7c80, 3 bits inverted) while the grid oscillator
     (18K/86K and 33 uF on 7d81 AND the 8035's P2 bit 5, mixed with the
     blue amplifier through 90K/0.47 uF) is high; the stars while a
     flip-flop toggling every 459 dots (period 68K x 33 nF) is set;
   - the palette: tiles through 470/680 ohm pull-ups to TTL high into
     Darlington (red, green) and emitter follower (blue) stages as MAME
     0.251 computes them, pen 0 the tri-stated PROMs, 256 blue levels, the 8
     grid colours, the star colour (red, not normalized).
   Line-based as MAME 0.251 computes it (one step at the start of each
   line, in doubles). The random bit is this module's own generator (MAME
   uses its machine random numbers): only visible while SND02 is set. */
#ifndef CABINET_RADARSCP_VIDEO_H
#define CABINET_RADARSCP_VIDEO_H

#include "emu/state.h"
#include "video/bitmap.h"
#include "video/palette.h"

#define RADARSCP_VIS_FIRST 16
#define RADARSCP_VIS_LINES 224
#define RADARSCP_PEN_BLUE 256
#define RADARSCP_PEN_GRID 512
#define RADARSCP_PEN_STAR 520

typedef struct radarscp_video {
    /* the analog nodes (volts) */
    double cv1, cv2, vg1, vg2, vg3, vc17, cv3, cv4;
    int blue_level;
    u8 sig30hz, noise, rflip, grid_sig, star_ff;
    int counter;   /* the dot table's read position */
    int pixelcnt;  /* dots since the star flip-flop last toggled */
    u32 rng;
    /* set at init */
    double k_a, k_b;
    double e_rc1, e_rc2, e_rc31, e_rc32, e_rc4, e_rc17;
    const u8 *table;
    int table_len;
    double grid_y0; /* the grid comparator's switching input (see radarscp_video.c) */
    /* Each visible line, made at its start: its blue pen and the grid dots
       and stars on it (x < 256, rising). */
    u16 row_blue[RADARSCP_VIS_LINES];
    u8 row_ndots[RADARSCP_VIS_LINES];
    u8 row_dot_x[RADARSCP_VIS_LINES][64];
    u16 row_dot_pen[RADARSCP_VIS_LINES][64];
    /* The blue chain's step at each raw line, by its exact inputs from the
       last time (a pure function of them: a hit gives the same doubles).
       Once the circuit has settled into a frame-periodic state, every line
       hits. Not saved: a cache. */
    struct radarscp_memo {
        double in[6], out[6];
        int sig;
        int blue_level;
        bool valid;
    } memo[264];
} radarscp_video;

void radarscp_video_init(radarscp_video *v, const u8 *table, int table_len);
/* The board's palette (tiles from PROMs 2K/2J, then blue, grid, star). */
void radarscp_video_palette(palette_t *pal, const u8 *prom);
/* At the start of raw line `line` (0-263): one step of the circuits and the
   background of that line. flip: the screen flip; snd02: the 6H latch's
   Q2; grid_on: 7d81 AND the 8035's P2 bit 5; grid_col: the 7c80 colour. */
void radarscp_video_line(radarscp_video *v, int line, bool flip, bool snd02, bool grid_on, int grid_col);
/* Pixels of pen 0 (pen & 3 == 0) in clip take the background. */
void radarscp_video_draw(const radarscp_video *v, bitmap_ind16 *bm, const rect_t *clip);
void radarscp_video_serialize(radarscp_video *v, state_io *io);

#endif
