/* Nintendo Donkey Kong hardware (TKG-04 two-board set): Donkey Kong, and
   Donkey Kong Jr. through hooks (its map, tile bank, sound latch wiring),
   and Radar Scope's TRS-02 boards (its analog background, the sound
   board's own circuits).

   CPU:    Z80 at 61.44 MHz / 5 / 4 = 3.072 MHz (1H); NMI at VBLANK start
           while the NMI mask (7d84) is set, cleared by writing it 0
   DMA:    i8257 at 3.072 MHz, MEMR/MEMW wired the other way round: channel
           0 reads memory into the 8-bit DMA latch, channel 1 writes the
           latch to memory, so with rotating priority the two copy a block
           (the sprite buffer at 6900 to sprite RAM) byte by byte; the Z80
           is held off the bus (BUSRQ/BUSAK) while it runs
   Memory: 0000-3fff ROM (4 x 4K, 4000-4fff reads 0)
           6000-6bff work RAM
           7000-73ff sprite RAM, two banks of 128 sprites (7d83 selects)
           7400-77ff video RAM, 32 x 32 tile codes
           7800-780f i8257 registers
           7c00 (r) IN0  (w) sound command latch (LS175 3D)
           7c80 (r) IN1  (w) Radar Scope's grid colour
           7d00 (r) IN2 (kicks the watchdog; bit 7 also drives the coin
                counter)   (w) 7d00-7d07 sound signal latch (LS259 6H)
           7d80 (r) DSW0
           7d80-7d87 (w, D0) LS259 (kept through resets, as MAME): sound
                CPU IRQ, grid enable, flip screen, sprite bank, NMI mask,
                DRQ of both DMA channels, palette bank bits 0-1
   Video:  6.144 MHz dot clock, 384 x 264 total, 256 x 224 visible (60.6
           Hz), monitor rotated 270 degrees. Background: 32 x 32 tiles of
           8x8, 2bpp, colour code from PROM 5E per column and group of four
           rows, plus 16 x the palette bank. Sprites: 16x16, 2bpp, from the
           selected bank; a line buffer takes the first 16 sprites on each
           line (sprite RAM order) and x wraps at 256. As MAME, each line
           shows the state at its start: lines are drawn lazily, before
           the writes that change the picture (screen_follow_cpu).
           Palette: PROMs 2K (blue, green low) and 2J (green high, red),
           open collector into 1K/470/220 ohm networks with a
           470 ohm pull-up (blue: 470/220, 680 pull-up), Darlington (red,
           green) or emitter follower (blue) stages, the inverting monitor
           input; pen 0 of every code is the tri-stated black.
   Sound:  MB8884 (8035) at 6 MHz (400 kHz machine cycles): program 000-7ff
           (mirrored at 800), IRQ while the byte written to 7d80 is not 0.
           Its external bus (MOVX, INS A,BUS): with P2 bit 6 set the sound
           command's low nibble, inverted (LS175 3D), else the tune ROM
           (soundcpu 1000-17ff, 256-byte page = P2 bits 0-2). P1: the DAC.
           P2 out: bit 7 the DAC decay (low: exp(-t / 0.1 s)), bit 4 the
           status the main CPU reads as IN2 bit 6 (inverted); P2 in: the
           latch, bit 5 replaced by the 6H latch's Q3, bit 5 inverted.
           T0 / T1: the 6H latch's Q5 / Q4, inverted. The 6H latch's
           Q0-Q2: the discrete walk, jump and stomp circuits. DAC path and
           circuits: sound/dkong_dac.h, sound/dkong_discrete.h.
   Watchdog: MAME's default: off until IN2 is first read, then 3 s.
   Donkey Kong Jr.: ROM 0000-5fff, RAM also 6c00-6fff; 7c80 (w) the tile
           bank (D0: codes 256-511; 7c81-7c87 an LS259 for sound), no grid;
           the sound command latch (LS174) is read by the 8035 at every
           external address (5 bits, not inverted), its P2 reads bits 4-6
           from the latches (inverted); IN2 bit 6 is not connected (high).
           Its discrete circuits (sound/dkongjr_discrete.h): the 6H latch's
           Q0-Q2 walk, jump, climb, Q7 the walk's variant; the 5H latch
           (7d81) the fall.
   Radar Scope (TRS-02): Donkey Kong's map and sound board, no watchdog,
           2-way joysticks. Video: behind tiles and sprites (where they
           show pen 0) the blue background, the radar grid (7d81 enable
           AND the 8035's P2 bit 5, colour 7c80) and the stars of the dot
           table (gfx3), drawn line by line (video/radarscp_video.h); its
           own palette (PROMs into 470/680 ohm pull-ups, 256 blues, 8 grid
           colours, the star red). Sound: the DAC path and its own
           circuits (sound/radarscp_discrete.h) from the 6H latch's Q0-Q2,
           Q6, Q7. */
#include "cpu/mcs48.h"
#include "cpu/z80.h"
#include "emu/machine.h"
#include "emu/screen.h"
#include "machine/i8257.h"
#include "machine/ls259.h"
#include "machine/watchdog.h"
#include "sound/dkong_dac.h"
#include "video/radarscp_video.h"
#include "video/resnet.h"
#include "video/tilemap.h"
#include "video/viewer.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MASTER_CLOCK 61440000u
#define CLOCK_1H (MASTER_CLOCK / 5 / 4)
#define PIXEL_CLOCK (MASTER_CLOCK / 10)
#define I8035_CLOCK 6000000u
#define VBEND 16
#define NUM_COLORS (256 + 256 + 8 + 1) /* MAME's palette size: 256 for Donkey Kong */

/* the 7d80-7d87 latch */
enum { Q_AUDIO_IRQ, Q_GRID_ENABLE, Q_FLIP, Q_SPRITE_BANK, Q_NMI_MASK, Q_DRQ, Q_PALBANK0, Q_PALBANK1 };

/* the sprite line buffer's choices per line, see sprite_lists_update */
typedef struct dkong_sprite_info {
    u16 code;
    u8 color;      /* the colour code without the palette bank */
    u8 yoff;       /* y + the line buffer's offset: row (yoff + vf) & 15 */
    bool fx, fy;   /* after the screen flip */
    u8 yflip;      /* 15 with fy: the element's row is the line's row ^ yflip */
    u16 row0;      /* the element's row 0 in the row tables seen flat (code, row, fx) */
    int x, x2;     /* the sprite, and its copy 256 dots away */
    bool wrap;     /* not all 16 columns within 0-255: partly at x, partly at x2 */
} dkong_sprite_info;

typedef struct dkong_row16 {
    u64 mask[4], pix[4];
} dkong_row16;

typedef struct dkong_sprite_cache {
    bool valid, flip;
    bool dirty;          /* sprite RAM written since the lists were checked */
    int base;
    u8 snap[0x200];      /* the bank as the lists were built from it */
    u8 count[256];       /* per vf (the line buffer's line counter) */
    u8 idx[256][16];     /* sprite numbers in the bank, in RAM order */
    dkong_sprite_info info[128];
} dkong_sprite_cache;

#define DKONG_MAX_SPRITES 256 /* codes with row tables (Donkey Kong has 128) */

/* MAME's scheduler around the DMA (dkong_dma_write_timing); times in 1/50
   of a Z80 clock, the sound CPU's as a count of its clocks */
typedef struct dkong_dma_sched {
    bool live;         /* perfect interleave since the last 7d85 write */
    bool awake_next;   /* the 8257 runs in the next round */
    u64 perfect_end;   /* Z80 clock where the interleave ends */
    u64 base;          /* the next round's start */
    u64 dma_at;        /* the 8257's time */
    u64 snd_clk;       /* the sound CPU's last clock edge reached */
} dkong_dma_sched;

typedef struct dkong_state {
    u8 wram[0xc00];
    u8 wram_jr[0x400];
    u8 sprite_ram[0x400];
    u8 vram[0x400];
    u8 dma_latch;      /* the DMA's byte between channel 0 and 1 */
    u8 sound_cmd;      /* LS175 3D */
    u8 grid_color;     /* Radar Scope */
    u8 coin_counter;
    u8 palette_bank;   /* the latch's Q6/Q7 as the video sees them */
    u8 vp2;            /* the 8035's P2 as last written (MAME's virtual_p2 latch) */
    u8 gfx_bank;       /* Donkey Kong Jr.: tile codes + 256 */
    bool jr;           /* Donkey Kong Jr.'s board (set in start from the config) */
    bool radarscp;     /* Radar Scope's TRS-02 (it has the gfx3 dot table) */
    cpu_slot *maincpu, *soundcpu;
    emu_time mame_quantum; /* the slices the 8035 is kept in step with (sound_sync) */
    dkong_dac *dac;
    i8257_t *dma;
    dkong_dma_sched dma_sched;
    /* the 7d80 latch: as MAME, machine resets leave it alone (MAME keeps
       the NMI mask, flip, banks in plain members), so it is a bare latch
       in the state, not a device */
    ls259_t ctl_latch;
    ls259_t *ctl, *snd_signals, *latch_4h;
    watchdog_t *watchdog;
    machine_t *machine;
    tilemap_t *bg;
    const u8 *color_codes; /* PROM 5E */
    const gfx_element *sprites;
    int port_in2, port_service;
    dkong_sprite_cache spr_cache;
    bool row_masks; /* the rows below are built (16x16 sprites of 2 bits that fit) */
    /* per code, row and x flip: bit x set = column x (after the flip) not
       pen 0; the row's pixels, 2 bits each, column x at bit 2x */
    u16 row_opaque[DKONG_MAX_SPRITES][16][2];
    u32 row_pix[DKONG_MAX_SPRITES][16][2];
    /* the same as 16-bit lanes, four to a word (laid out as u16[16]):
       0xffff where not pen 0, and the pixel values */
    dkong_row16 row16[DKONG_MAX_SPRITES][16][2];
    radarscp_video rs; /* Radar Scope's background, grid and stars (the sound thread's, if any) */
    rect_t rs_rect;    /* the frame's lines drawn so far, their background not yet */
    bool rs_pending;
} dkong_state;

/* ---- the two CPUs' interleave ----

   MAME runs this board in slices of 1/60000 s (its maximum quantum): the
   Z80 runs a slice, then the 8035 the same slice, so each sees what the
   other did up to the end of the slice before. Its slices also end at
   every timer, the line timer included, so the grid starts over at each
   line's start. Cabinet gives the same: the scheduler's slices only end
   at timers (VBLANK, the watchdog: where both CPUs have reached the same
   time anyway) and the Z80's execute() calls at line starts (the screen
   follows it), and before each access of the Z80 that the 8035 sees or
   that reads what the 8035 drives (the sound latches, its IRQ, IN2's
   status bit; the discrete inputs, whose stream must not run ahead of the
   8035's DAC writes), the 8035 is brought to the start of MAME's slice
   holding the Z80's instruction: where it would stand then. Between such
   accesses the two share nothing, so the 8035 running in larger slices
   makes the same steps (the MCS-48 core needs nothing of a slice's end).
   Radar Scope's background reads the 8035's P2 at each line's start: the
   8035 is brought there first (radarscp_line_reached). */
/* Runs the 8035 to time t (as the scheduler runs a CPU to a slice's end). */
static void sound_cpu_run_to(dkong_state *s, emu_time t)
{
    machine_t *m = s->machine;
    cpu_slot *c = s->soundcpu;
    u64 goal = et_to_cycles(t, c->rate);
    if (goal <= c->total_cycles)
        return;
    if (c->suspended) {
        c->total_cycles = goal;
        c->local = t;
        c->local_stale = false;
        return;
    }
    int want = goal - c->total_cycles > 0x40000000 ? 0x40000000 : (int)(goal - c->total_cycles);
    cpu_slot *running = m->running;
    m->running = c;
    int ran = m->exec_hook ? m->exec_hook(m->exec_hook_ctx, c, want) : c->ops->execute(c->core, want);
    m->running = running;
    c->total_cycles += (u64)(ran > 0 ? ran : 0);
    if (ran >= want) {
        c->local_stale = true;
    } else {
        c->local = et_clock_time(&c->clock, c->total_cycles);
        c->local_stale = false;
    }
}

static void sound_sync(dkong_state *s)
{
    machine_t *m = s->machine;
    cpu_slot *z = s->maincpu;
    if (m->running != z)
        return; /* outside the Z80 (timers, the frontend): both are at m->now */
    /* MAME's slices from the start of this one (its last timer: the line
       the Z80 has reached, or one of the scheduler's): the first whose end
       is past the instruction's start holds it (the Z80 starts
       instructions while its cycle count is short of a slice's end) */
    u64 start = z->total_cycles + (u64)z80_insn_start(z->core);
    const screen_state *ss = &m->screen;
    emu_time t = et_max(m->now, screen_line_time(m, ss->reached_frame, ss->reached_line));
    for (;;) {
        emu_time q = et_cmp(t, m->boost_end) < 0 ? m->boost_quantum : s->mame_quantum;
        if (et_cmp(q, ET_ZERO) <= 0)
            break;
        emu_time next = et_add(t, q);
        if (et_to_cycles(next, z->rate) > start)
            break;
        t = next;
    }
    sound_cpu_run_to(s, t);
}

/* ---- memory handlers ---- */

static void dkong_ctl_changed(dkong_state *s, u8 changed);

/* Lines are drawn lazily (screen_follow_cpu): before a write that changes
   the picture, those whose start the Z80 has reached. */
static inline void redraw_before(dkong_state *s)
{
    screen_update_reached(s->machine, &s->machine->screen);
}

/* the 7d80 latch; its flip, sprite bank and palette bank are the video's */
static u8 ctl_write(dkong_state *s, offs_t offset, u8 data)
{
    const u8 video = 1u << Q_FLIP | 1u << Q_SPRITE_BANK | 1u << Q_PALBANK0 | 1u << Q_PALBANK1;
    offset &= 7;
    if ((video >> offset & 1) && ls259_q(s->ctl, offset) != (data & 1))
        redraw_before(s);
    return ls259_write_d0(s->ctl, offset, data);
}

static void dkong_vram_w(void *ctx, offs_t offset, u8 data)
{
    dkong_state *s = ctx;
    offset &= 0x3ff;
    if (s->vram[offset] != data) {
        redraw_before(s);
        s->vram[offset] = data;
        tilemap_mark_tile_dirty(s->bg, offset);
    }
}

/* sprite RAM (also the DMA's target): notes the change for the sprite
   line lists */
static void dkong_sprite_w(void *ctx, offs_t offset, u8 data)
{
    dkong_state *s = ctx;
    offset &= 0x3ff;
    if (s->sprite_ram[offset] != data) {
        redraw_before(s);
        s->sprite_ram[offset] = data;
        s->spr_cache.dirty = true;
    }
}

static u8 dkong_in2_r(void *ctx, offs_t offset)
{
    (void)offset;
    dkong_state *s = ctx;
    if (s->watchdog)
        watchdog_kick(s->watchdog);
    const input_ports *ip = &s->machine->inputs;
    u8 r = (u8)input_port_read(ip, s->port_in2);
    if (!s->jr) {
        sound_sync(s);
        r = (u8)((r & ~0x40) | (~s->vp2 >> 4 & 1) << 6); /* the sound CPU's status */
    }
    s->coin_counter = r >> 7; /* MAME: the counter follows bit 7 as read */
    machine_coin_counter_w(s->machine, 0, s->coin_counter);
    if (input_port_read(ip, s->port_service) & 1)
        r |= 0x80; /* service adds a coin */
    return r;
}

static void dkong_sound_cmd_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    dkong_state *s = ctx;
    sound_sync(s);
    s->sound_cmd = data;
}

/* Donkey Kong Jr.'s 7c80: the tile bank */
static void dkongjr_gfxbank_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    dkong_state *s = ctx;
    if (s->gfx_bank != (data & 1)) {
        redraw_before(s);
        s->gfx_bank = data & 1;
        tilemap_mark_all_dirty(s->bg);
    }
}

static void dkongjr_4h_w(void *ctx, offs_t offset, u8 data)
{
    dkong_state *s = ctx;
    sound_sync(s);
    ls259_write_d0(s->latch_4h, offset, data);
}

/* 7d80: the sound CPU's /INT follows the whole byte, not only D0 */
static void dkong_audio_irq_w(void *ctx, offs_t offset, u8 data)
{
    dkong_state *s = ctx;
    sound_sync(s);
    dkong_ctl_changed(s, ctl_write(s, offset, data));
    cpu_set_line(s->soundcpu, CPU_LINE_IRQ0, data ? LINE_ASSERT : LINE_CLEAR);
}

static void dkong_grid_color_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    dkong_state *s = ctx;
    s->grid_color = (data & 7) ^ 7;
}

static void dkong_snd_signals_w(void *ctx, offs_t offset, u8 data)
{
    dkong_state *s = ctx;
    sound_sync(s);
    ls259_write_d0(s->snd_signals, offset, data);
}

static void dkong_ctl_w(void *ctx, offs_t offset, u8 data)
{
    dkong_state *s = ctx;
    if (s->jr && offset == 1)
        sound_sync(s);
    dkong_ctl_changed(s, ctl_write(s, offset, data));
    if (s->jr && offset == 1) /* Donkey Kong Jr.'s 5H Q1: the falling sound */
        dkong_dac_sound_line(s->dac, DKJR_FALL, data & 1);
}

/* ---- the DMA's bus hold as MAME 0.251 times it ----

   MAME runs the 8257 as its own execute device between the Z80 and the
   sound CPU, and its scheduler decides where the transfer starts: each
   write to the 8257 (a register, or a DREQ through 7d85) triggers it, and
   the 7d85 handler also asks for perfect interleave (rounds of 2 Z80
   clocks, the second-smallest device quantum) for 100 us. In a round the
   devices run in order (the Z80, the 8257 while awake, the sound CPU, the
   8257 while asleep at the end of the list); a device that stops short of
   the round's end (a whole number of its own clocks, or the 8257 going back
   to sleep after one SI clock) ends the round there for those after it;
   the Z80 runs whole instructions and starts one only when the round ends
   a clock or more past its own time; the 8257, woken in one round, runs
   from the next, from the time it had eaten to. The sound CPU's clocks are
   2.5 us (7.68 Z80 clocks), so it cuts rounds off the Z80's grid. dkong's
   scanline timer ends a round just before each line start. The transfer
   (SI, S0, then S1-S4 a byte) starts at the 8257's time in the round it
   finds the request in, which can be before the Z80 finished the 7d85
   write, and the Z80, halted through BUSRQ and HALT, resumes at the start
   of the last S4, as HRQ drops. This model of those rounds (in 1/50 of a
   Z80 clock: the sound CPU's clock is 384, the +1 marks a time just after
   (sound) or before (line timer) a Z80 clock edge, which MAME's attosecond
   rounding puts there) reproduces every hold of MAME 0.251's trace of the
   test program. */
enum {
    DMA_V_CLK = 50,            /* a Z80 / 8257 clock */
    DMA_V_SND = 384,           /* the sound CPU's: 6 MHz / 15 */
    DMA_V_LINE = 192 * 50,     /* a scanline */
    DMA_V_ROUND = 2 * 50,      /* perfect interleave */
    DMA_PERFECT_CLKS = 307,    /* 100 us */
};

static u64 dma_v_floor(u64 v)
{
    return v / DMA_V_CLK * DMA_V_CLK;
}

/* the sound CPU's k-th clock edge: 2.5 us is a few attoseconds longer than
   7.68 Z80 clocks, so an edge on a Z80 edge comes just after it */
static u64 dma_v_snd(u64 k)
{
    return k * DMA_V_SND + (k % 25 == 0);
}

/* One perfect-interleave round; z80_at: the Z80's time (v) at the start of
   the instruction that writes the 8257 (UINT64_MAX: that write is done);
   request: the 8257 sees a request once that write is done. Returns true
   when the Z80 ran that instruction in the round; sets *start (v) when the
   8257 began a transfer. */
static bool dma_round(dkong_dma_sched *m, u64 z80_at, bool request, u64 *start)
{
    bool asleep = !m->awake_next; /* suspend changes apply at a round's start */
    u64 t = m->base + DMA_V_ROUND;
    u64 line = ((m->base + 1) / DMA_V_LINE + 1) * DMA_V_LINE - 1;
    if (line < t)
        t = line;
    bool z80_ran = z80_at != UINT64_MAX && t >= z80_at + DMA_V_CLK;
    if (z80_ran)
        m->awake_next = true; /* the write triggers the 8257 */
    bool pending = request && (z80_ran || z80_at == UINT64_MAX);
    for (int turn = 0; turn < 2; turn++) {
        if ((turn == 0) == !asleep) { /* the 8257 */
            if (t < m->dma_at + DMA_V_CLK)
                continue;
            if (asleep) {
                m->dma_at = dma_v_floor(t);
            } else if (pending) {
                *start = m->dma_at;
                return true;
            } else {
                m->dma_at += DMA_V_CLK; /* SI, nothing to do: asleep again */
                m->awake_next = false;
            }
            if (m->dma_at < t)
                t = m->dma_at > m->base ? m->dma_at : m->base;
        } else if (dma_v_snd(m->snd_clk + 1) <= t) { /* the sound CPU */
            u64 k = t / DMA_V_SND;
            if (dma_v_snd(k) > t)
                k--;
            m->snd_clk = k;
            u64 at = dma_v_snd(k);
            if (at < t)
                t = at > m->base ? at : m->base;
        }
    }
    m->base = t;
    return z80_ran;
}

/* A write to the 8257 (a register, or DREQ through 7d85) by the Z80 instruction in
   progress; returns the clock (Z80 time) where a transfer it lets start
   begins (0 when it starts none). perfect: the write is 7d85's. */
static u64 dkong_dma_write_timing(dkong_state *s, bool perfect, bool request)
{
    dkong_dma_sched *m = &s->dma_sched;
    cpu_slot *c = s->maincpu;
    u64 w = c->total_cycles + (u64)cpu_cycles_run((const cpu_base *)c->core);
    u64 begin = c->total_cycles + (u64)z80_insn_start(c->core); /* the writing instruction's first clock */
    u64 start = UINT64_MAX;
    if (m->live && begin <= m->perfect_end) {
        u64 at = begin * DMA_V_CLK;
        if (m->base > at) /* never behind the rounds */
            at = m->base;
        while (!dma_round(m, at, request, &start))
            ;
        while (request && start == UINT64_MAX)
            (void)dma_round(m, UINT64_MAX, request, &start);
    } else if (perfect) {
        /* out of perfect interleave: the Z80's write ends its round (the
           timeslice abort), cut back to the sound CPU's last clock, which
           the sleeping 8257 eats up to; it wakes in the next round */
        u64 end = (w + 3) * DMA_V_CLK;
        u64 k = end / DMA_V_SND;
        if (dma_v_snd(k) > end)
            k--;
        m->snd_clk = k;
        m->base = m->dma_at = dma_v_floor(dma_v_snd(k));
        m->awake_next = true;
        if (request)
            start = m->dma_at;
    }
    if (perfect) {
        m->live = true;
        m->perfect_end = w + DMA_PERFECT_CLKS;
    }
    if (request)
        m->live = false; /* the transfer outlasts the interleave */
    return start == UINT64_MAX ? 0 : start / DMA_V_CLK;
}

/* 7d85: every write sets both DMA requests (not only a change: a channel
   that reached its count is served again after a new write); the transfer
   runs at once and the Z80 is charged the hold MAME gives it (above) */
static void dkong_drq_w(void *ctx, offs_t offset, u8 data)
{
    dkong_state *s = ctx;
    dkong_ctl_changed(s, ctl_write(s, offset, data));
    i8257_dreq_w(s->dma, 0, data & 1);
    i8257_dreq_w(s->dma, 1, data & 1);
    bool request = i8257_requesting(s->dma);
    u64 start = dkong_dma_write_timing(s, true, request);
    if (!request)
        return;
    cpu_slot *c = s->maincpu;
    u64 end = c->total_cycles + (u64)cpu_cycles_run((const cpu_base *)c->core) + 3;
    u64 resume = start + (u64)i8257_run(s->dma) - 1; /* the last S4 */
    if (resume > end)
        cpu_stall(c->core, (int)(resume - end)); /* same clock as the Z80 */
}

/* 7800-780f: the 8257's registers; a write also wakes it (MAME's trigger) */
static void dkong_dma_reg_w(void *ctx, offs_t offset, u8 data)
{
    dkong_state *s = ctx;
    (void)dkong_dma_write_timing(s, false, false);
    i8257_write(s->dma, offset, data);
}

static u8 dkong_dma_latch_r(void *drv, offs_t addr)
{
    (void)addr;
    dkong_state *s = drv;
    return s->dma_latch;
}

static void dkong_dma_latch_w(void *drv, offs_t addr, u8 data)
{
    (void)addr;
    dkong_state *s = drv;
    s->dma_latch = data;
}

/* ---- the 7d80 latch's outputs ---- */

/* the NMI mask dropping clears the NMI; the palette bank recolours the tiles
   (flip and sprite bank are read by the video as it draws) */
static void dkong_ctl_changed(dkong_state *s, u8 changed)
{
    if ((changed >> Q_NMI_MASK & 1) && !ls259_q(s->ctl, Q_NMI_MASK))
        cpu_set_line(s->maincpu, CPU_LINE_NMI, LINE_CLEAR);
    if (changed & (1u << Q_PALBANK0 | 1u << Q_PALBANK1)) {
        s->palette_bank = (u8)(ls259_q(s->ctl, Q_PALBANK0) | ls259_q(s->ctl, Q_PALBANK1) << 1);
        tilemap_mark_all_dirty(s->bg);
    }
}

static const mem_map_entry dkong_map[] = {
    MAP_ROM(0x0000, 0x3fff, 0, "maincpu", 0),
    MAP_VALUE(0x4000, 0x4fff, 0, 0x00),
    MAP_RAM(0x6000, 0x6bff, 0, dkong_state, wram),
    MAP_RAM(0x7000, 0x73ff, 0, dkong_state, sprite_ram),
    MAP_WRITE(0x7000, 0x73ff, 0, dkong_sprite_w),
    MAP_RAM(0x7400, 0x77ff, 0, dkong_state, vram),
    MAP_WRITE(0x7400, 0x77ff, 0, dkong_vram_w),
    MAP_DEVICE(0x7800, 0x780f, 0, "dma8257", i8257_map_r, i8257_map_w),
    MAP_WRITE(0x7800, 0x780f, 0, dkong_dma_reg_w),
    MAP_PORT(0x7c00, 0x7c00, 0, "IN0"),
    MAP_WRITE(0x7c00, 0x7c00, 0, dkong_sound_cmd_w),
    MAP_PORT(0x7c80, 0x7c80, 0, "IN1"),
    MAP_WRITE(0x7c80, 0x7c80, 0, dkong_grid_color_w),
    MAP_READ(0x7d00, 0x7d00, 0, dkong_in2_r),
    MAP_WRITE(0x7d00, 0x7d07, 0, dkong_snd_signals_w),
    MAP_PORT(0x7d80, 0x7d80, 0, "DSW0"),
    MAP_WRITE(0x7d80, 0x7d87, 0, dkong_ctl_w),
    MAP_WRITE(0x7d80, 0x7d80, 0, dkong_audio_irq_w),
    MAP_WRITE(0x7d85, 0x7d85, 0, dkong_drq_w),
    MAP_END,
};

static const mem_map_entry dkongjr_map[] = {
    MAP_ROM(0x0000, 0x5fff, 0, "maincpu", 0),
    MAP_RAM(0x6000, 0x6bff, 0, dkong_state, wram),
    MAP_RAM(0x6c00, 0x6fff, 0, dkong_state, wram_jr),
    MAP_RAM(0x7000, 0x73ff, 0, dkong_state, sprite_ram),
    MAP_WRITE(0x7000, 0x73ff, 0, dkong_sprite_w),
    MAP_RAM(0x7400, 0x77ff, 0, dkong_state, vram),
    MAP_WRITE(0x7400, 0x77ff, 0, dkong_vram_w),
    MAP_DEVICE(0x7800, 0x780f, 0, "dma8257", i8257_map_r, i8257_map_w),
    MAP_WRITE(0x7800, 0x780f, 0, dkong_dma_reg_w),
    MAP_PORT(0x7c00, 0x7c00, 0, "IN0"),
    MAP_WRITE(0x7c00, 0x7c00, 0, dkong_sound_cmd_w),
    MAP_WRITE(0x7c80, 0x7c87, 0, dkongjr_4h_w),
    MAP_PORT(0x7c80, 0x7c80, 0, "IN1"),
    MAP_WRITE(0x7c80, 0x7c80, 0, dkongjr_gfxbank_w),
    MAP_READ(0x7d00, 0x7d00, 0, dkong_in2_r),
    MAP_WRITE(0x7d00, 0x7d07, 0, dkong_snd_signals_w),
    MAP_PORT(0x7d80, 0x7d80, 0, "DSW0"),
    MAP_WRITE(0x7d80, 0x7d87, 0, dkong_ctl_w),
    MAP_WRITE(0x7d80, 0x7d80, 0, dkong_audio_irq_w),
    MAP_WRITE(0x7d85, 0x7d85, 0, dkong_drq_w),
    MAP_END,
};

/* ---- the sound board ---- */

/* the external bus: the command nibble or a tune ROM page */
static u8 dkong_tune_r(void *ctx, offs_t offset)
{
    dkong_state *s = ctx;
    if (s->vp2 & 0x40)
        return (u8)((s->sound_cmd & 0x0f) ^ 0x0f);
    const mem_region *r = machine_region(s->machine, "soundcpu");
    size_t a = 0x1000 + (size_t)(s->vp2 & 7) * 256 + (offset & 0xff);
    return r && a < r->size ? r->data[a] : 0;
}

static u8 dkong_bus_r(void *ctx, offs_t offset)
{
    (void)offset;
    return dkong_tune_r(ctx, 0);
}

static void dkong_p1_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    dkong_state *s = ctx;
    dkong_dac_write(s->dac, data);
}

static u8 dkong_p2_r(void *ctx, offs_t offset)
{
    (void)offset;
    dkong_state *s = ctx;
    u8 v = (u8)((s->vp2 & ~0x20) | ls259_q(s->snd_signals, 3) << 5);
    return v ^ 0x20;
}

static void dkong_p2_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    dkong_state *s = ctx;
    s->vp2 = data;
    dkong_dac_p2_bit7(s->dac, data >> 7 & 1);
}

static const mem_map_entry dkong_sound_map[] = {
    MAP_ROM(0x000, 0x7ff, 0x800, "soundcpu", 0),
    MAP_END,
};

static const mem_map_entry dkong_sound_io[] = {
    MAP_READ(0x000, 0x0ff, 0, dkong_tune_r),
    MAP_NOP(0x100, 0x1ff, 0),
    MAP_WRITE(MCS48_PORT_P1, MCS48_PORT_P1, 0, dkong_p1_w),
    MAP_IO(MCS48_PORT_P2, MCS48_PORT_P2, 0, dkong_p2_r, dkong_p2_w),
    MAP_READ(MCS48_PORT_BUS, MCS48_PORT_BUS, 0, dkong_bus_r),
    MAP_END,
};

/* Donkey Kong Jr.: the LS174 latch at every external address, 5 bits */
static u8 dkongjr_latch_r(void *ctx, offs_t offset)
{
    (void)offset;
    dkong_state *s = ctx;
    return s->sound_cmd & 0x1f;
}

/* P2 in: bit 6 the 4H latch's Q1, bit 5 the 6H latch's Q3, bit 4 its Q6,
   bits 4-6 inverted */
static u8 dkongjr_p2_r(void *ctx, offs_t offset)
{
    (void)offset;
    dkong_state *s = ctx;
    u8 v = (u8)((s->vp2 & 0x8f) | ls259_q(s->latch_4h, 1) << 6 | ls259_q(s->snd_signals, 3) << 5 |
                ls259_q(s->snd_signals, 6) << 4);
    return v ^ 0x70;
}

static const mem_map_entry dkongjr_sound_map[] = {
    MAP_ROM(0x000, 0xfff, 0, "soundcpu", 0),
    MAP_END,
};

static const mem_map_entry dkongjr_sound_io[] = {
    MAP_READ(0x000, 0x0ff, 0, dkongjr_latch_r),
    MAP_NOP(0x100, 0x1ff, 0),
    MAP_WRITE(MCS48_PORT_P1, MCS48_PORT_P1, 0, dkong_p1_w),
    MAP_IO(MCS48_PORT_P2, MCS48_PORT_P2, 0, dkongjr_p2_r, dkong_p2_w),
    MAP_VALUE(MCS48_PORT_BUS, MCS48_PORT_BUS, 0, 0xff),
    MAP_END,
};

/* the 6H latch: Q4 and Q5 reach the 8035's T1 and T0 inverted */
static void dkong_t1(void *drv, int state)
{
    dkong_state *s = drv;
    cpu_set_line(s->soundcpu, MCS48_LINE_T1, !state);
}

static void dkong_t0(void *drv, int state)
{
    dkong_state *s = drv;
    cpu_set_line(s->soundcpu, MCS48_LINE_T0, !state);
}

/* Q0-Q2: the discrete walk, jump and stomp (Donkey Kong only) */
static void dkong_6h_walk(void *drv, int state)
{
    dkong_state *s = drv;
    dkong_dac_sound_line(s->dac, 0, state);
}

static void dkong_6h_jump(void *drv, int state)
{
    dkong_state *s = drv;
    dkong_dac_sound_line(s->dac, 1, state);
}

static void dkong_6h_stomp(void *drv, int state)
{
    dkong_state *s = drv;
    dkong_dac_sound_line(s->dac, 2, state);
}

static const ls259_params dkong_6h = { { dkong_6h_walk, dkong_6h_jump, dkong_6h_stomp, NULL, dkong_t1, dkong_t0, NULL, NULL } };
/* Radar Scope: Q0-Q2 SOUND0-2, Q6 the noise counter and SOUND0's 555, Q7 SOUND7 */
static void radarscp_6h_q6(void *drv, int state)
{
    dkong_state *s = drv;
    dkong_dac_sound_line(s->dac, 6, state);
}

static void radarscp_6h_q7(void *drv, int state)
{
    dkong_state *s = drv;
    dkong_dac_sound_line(s->dac, 7, state);
}

static const ls259_params radarscp_6h = {
    { dkong_6h_walk, dkong_6h_jump, dkong_6h_stomp, NULL, dkong_t1, dkong_t0, radarscp_6h_q6, radarscp_6h_q7 }
};
/* Donkey Kong Jr.: Q0-Q2 walk, jump, climb; Q7 the walk's variant */
static void dkongjr_6h_q7(void *drv, int state)
{
    dkong_state *s = drv;
    dkong_dac_sound_line(s->dac, DKJR_Q7, state);
}

static void dkongjr_6h_climb(void *drv, int state)
{
    dkong_state *s = drv;
    dkong_dac_sound_line(s->dac, DKJR_CLIMB, state);
}

static const ls259_params dkongjr_6h = {
    { dkong_6h_walk, dkong_6h_jump, dkongjr_6h_climb, NULL, dkong_t1, dkong_t0, NULL, dkongjr_6h_q7 }
};

/* ---- video ---- */

/* PROM outputs (MB7052, TTL) into each gun's resistors, a 470 ohm pull-up
   (blue 680), Darlington (red, green) or emitter follower (blue) */
static const resnet_info dkong_net = {
    RESNET_VIN_TTL_OUT, RESNET_VBIAS_5V, RESNET_MONITOR_SANYO_EZV20,
    { { RESNET_AMP_DARLINGTON, 470, 0, 3, { 1000, 470, 220 } },
      { RESNET_AMP_DARLINGTON, 470, 0, 3, { 1000, 470, 220 } },
      { RESNET_AMP_EMITTER, 680, 0, 2, { 470, 220 } } },
};
/* pen 0: the PROMs tri-stated, only the pull-ups */
static const resnet_info dkong_net_bck = {
    RESNET_VIN_TTL_OUT, RESNET_VBIAS_5V, RESNET_MONITOR_SANYO_EZV20,
    { { RESNET_AMP_DARLINGTON, 470, 0, 0, { 0 } },
      { RESNET_AMP_DARLINGTON, 470, 0, 0, { 0 } },
      { RESNET_AMP_EMITTER, 680, 0, 0, { 0 } } },
};

static int dkong_level(const palette_source *ps, int color, int channel, u32 value)
{
    (void)ps;
    return resnet_net_level((int)value, channel, color & 3 ? &dkong_net : &dkong_net_bck);
}

/* 2K and 2J: red from 2J bits 1-3, green from 2K bits
   2-3 and 2J bit 0, blue from 2K bits 0-1 (the tile colour code carries
   the palette bank, colours 16 x bank). Pen 0 of each colour code
   disables the PROMs: only the pull-ups drive the guns. Then MAME's
   normalize_range over the 256 colours. */
static const palette_source dkong_palette_source = {
    .count = 256, .nproms = 2,
    .proms = { { "proms", 0x000, { 0, 0 }, { 0xff, 0 } }, { "proms", 0x100, { 0, 0 }, { 0xff, 0 } } },
    .ch = { { 3, { 1, 1, 1 }, { 1, 2, 3 }, { 1000, 470, 220 }, { 0 }, 0, 470 },
            { 3, { 0, 0, 1 }, { 2, 3, 0 }, { 1000, 470, 220 }, { 0 }, 0, 470 },
            { 2, { 0, 0 }, { 0, 1 }, { 470, 220 }, { 0 }, 0, 680 } },
    .kind = PALSRC_LEVELS, .level = dkong_level,
    .network = "MB7052 TTL outputs, 470 ohm pull-ups (blue 680), Darlington (red, green) or emitter follower "
               "(blue), Sanyo EZV20 inverting input",
    .force_mask = 3, .force_match = 0,
    .force_why = "pen 0 of its colour code: PROM outputs off, the pull-ups alone",
    .normalize = true,
};


static void dkong2b_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    palette_source_apply(m, pal, &dkong_palette_source);
}

static void radarscp_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)drv;
    const mem_region *prom = machine_region(m, "proms");
    radarscp_video_palette(pal, prom && prom->size >= 0x300 ? prom->data : NULL);
}

static void dkong_tile_info(void *ctx, u32 index, tile_info *ti)
{
    const dkong_state *s = ctx;
    ti->code = s->vram[index] + 256u * s->gfx_bank;
    ti->color = (u32)(s->color_codes[index % 32 + 32 * (index / 32 / 4)] & 0x0f) + 0x10u * s->palette_bank;
}

/* the line buffer's line counter for bitmap row `row` */
static int sprite_vf(bool flip, int row)
{
    int vf = (row + VBEND - 1) & 0xff;
    return flip ? vf ^ 0xff : vf;
}

/* sprite n into the lists of lines vf0..vf1 that have room */
static void sprite_list_range(dkong_sprite_cache *sc, int n, int vf0, int vf1)
{
    for (int vf = vf0; vf <= vf1; vf++)
        if (sc->count[vf] < 16)
            sc->idx[vf][sc->count[vf]++] = (u8)n;
}

/* The sprite line buffer's choice for each line (the first 16 sprites in
   RAM order whose 16-line band holds it) and what each sprite draws depend
   only on the bank's bytes, the flip and the bank: they are built for all
   256 lines at once and kept while those stay the same (sprite RAM
   normally changes once a frame). */
static void sprite_lists_build(const dkong_state *s, dkong_sprite_cache *sc, bool flip, int base)
{
    const u8 *ram = &s->sprite_ram[base];
    sc->valid = true;
    sc->flip = flip;
    sc->base = base;
    memcpy(sc->snap, ram, sizeof(sc->snap));
    memset(sc->count, 0, sizeof(sc->count));
    int add_y = flip ? 0xf7 : 0xf9, add_x = 0xf7;
    /* the counters of the visible lines (the lists of the others are never
       read) */
    int rows = s->machine->bitmap.height, lo = sprite_vf(flip, flip ? rows - 1 : 0);
    int hi = sprite_vf(flip, flip ? 0 : rows - 1);
    for (int n = 0; n < 128; n++) {
        const u8 *spr = &ram[n * 4];
        dkong_sprite_info *p = &sc->info[n];
        p->code = (u16)(((u32)(spr[1] & 0x7f) + ((u32)(spr[2] & 0x40) << 1)) % (u32)s->sprites->total);
        p->color = spr[2] & 0x0f;
        p->yoff = (u8)(spr[0] + add_y + 1);
        p->fx = spr[2] & 0x80;
        p->fy = spr[1] & 0x80;
        p->x = (spr[3] + add_x + 1) & 0xff;
        if (flip) {
            p->x = (p->x ^ 0xff) - 15;
            p->fx = !p->fx;
        }
        p->x2 = flip ? p->x + 256 : p->x - 256;
        p->wrap = p->x < 0 || p->x > 240;
        p->yflip = p->fy ? 15 : 0;
        p->row0 = (u16)(p->code * 32u + (p->fx ? 1u : 0u));
        /* ((yoff + vf) & 0xf0) == 0xf0: 16 consecutive vf */
        int first = (0xf0 - p->yoff) & 0xff, last = first + 15;
        sprite_list_range(sc, n, first > lo ? first : lo, last < hi ? last : hi);
        if (last > 0xff) /* wrapped */
            sprite_list_range(sc, n, lo, last - 0x100 < hi ? last - 0x100 : hi);
    }
}

static void sprite_lists_update(dkong_state *s)
{
    dkong_sprite_cache *sc = &s->spr_cache;
    bool flip = ls259_q(s->ctl, Q_FLIP);
    int base = ls259_q(s->ctl, Q_SPRITE_BANK) << 9;
    bool same = sc->valid && sc->flip == flip && sc->base == base &&
                (!sc->dirty || memcmp(sc->snap, &s->sprite_ram[base], sizeof(sc->snap)) == 0);
    sc->dirty = false;
    if (!same)
        sprite_lists_build(s, sc, flip, base);
}

/* Sprite n of the lists as the viewers see it and the provenance path
   draws it: one 16x16 element at its top-left corner. The line buffer
   shows row (yoff + vf) & 15 on the line of counter vf; with the screen
   flipped vf runs backwards, which is the element flipped in y. Its copy
   256 dots away (x wraps) is the second draw: to the left (wrap256), or,
   flipped, to the right, listed then as the sprite 256 dots right of its
   own place and wrapped back to it. */
static viewer_sprite dkong_sprite_entry(const dkong_state *s, const dkong_sprite_cache *sc, int n, u32 ram_addr)
{
    const dkong_sprite_info *p = &sc->info[n];
    const u8 *spr = &sc->snap[n * 4];
    int first = (0xf0 - p->yoff) & 0xff; /* vf of the element's row 0 */
    viewer_sprite v = { .index = n, .gfx = 1, .code = p->code, .color = p->color + 16u * s->palette_bank,
                        .flipx = p->fx, .flipy = p->fy, .sx = p->x, .sy = first - (VBEND - 1), .wrap256 = true,
                        .addr = ram_addr + (u32)sc->base + (u32)n * 4, .attr = { spr[0], spr[1], spr[2], spr[3] },
                        .nattr = 4 };
    if (sc->flip) {
        v.flipy = !p->fy;
        v.sy = 0xf0 - first - 15;
        v.wrap256 = p->x < 0;
        if (v.wrap256)
            v.sx = p->x2;
    }
    return v;
}

/* The sprites the line buffer shows on some visible line, in draw (RAM)
   order. */
static int dkong_sprite_list(const dkong_state *s, const dkong_sprite_cache *sc, viewer_sprite *out, int max)
{
    bool shown[128] = { false };
    for (int row = 0; row < s->machine->bitmap.height; row++) {
        int vf = sprite_vf(sc->flip, row);
        for (int i = 0; i < sc->count[vf]; i++)
            shown[sc->idx[vf][i]] = true;
    }
    u32 ram = viewer_ram_address(s->machine, offsetof(dkong_state, sprite_ram));
    int k = 0;
    for (int n = 0; n < 128 && k < max; n++)
        if (shown[n])
            out[k++] = dkong_sprite_entry(s, sc, n, ram);
    return k;
}

static int dkong_viewer_sprites(machine_t *m, void *drv, viewer_sprite *out, int max)
{
    (void)m;
    const dkong_state *s = drv;
    dkong_sprite_cache *sc = malloc(sizeof(*sc));
    if (!sc)
        return 0;
    sprite_lists_build(s, sc, ls259_q(s->ctl, Q_FLIP), ls259_q(s->ctl, Q_SPRITE_BANK) << 9);
    int n = dkong_sprite_list(s, sc, out, max);
    free(sc);
    return n;
}

static const viewer_desc dkong_viewer = { dkong_viewer_sprites, &dkong_palette_source };
static const viewer_desc radarscp_viewer = { dkong_viewer_sprites, NULL }; /* its palette is not the PROM chain */

/* the 16 columns of a row at out (all inside the line): a lane per
   column (pen + pixel stays within its 16 bits) */
static inline void sprite_row_blend16(u16 *out, const dkong_row16 *row, u16 pen_base)
{
#if defined(__SSE2__)
    __m128i pen = _mm_set1_epi16((short)pen_base);
    for (int q = 0; q < 2; q++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(out + 8 * q));
        __m128i mk = _mm_loadu_si128((const __m128i *)(row->mask + 2 * q));
        __m128i px = _mm_add_epi16(_mm_loadu_si128((const __m128i *)(row->pix + 2 * q)), pen);
        _mm_storeu_si128((__m128i *)(out + 8 * q), _mm_or_si128(_mm_andnot_si128(mk, v), _mm_and_si128(px, mk)));
    }
#else
    u64 pen = (u64)pen_base * 0x0001000100010001ull;
    for (int q = 0; q < 4; q++) {
        u64 v;
        memcpy(&v, out + 4 * q, sizeof(v));
        v = (v & ~row->mask[q]) | ((row->pix[q] + pen) & row->mask[q]);
        memcpy(out + 4 * q, &v, sizeof(v));
    }
#endif
}

/* the pixels of mask m (bit x: column sx + x) inside min_x..max_x */
static inline void sprite_row_pixels(u16 *out, int min_x, int max_x, int sx, u32 m, u32 pix, const dkong_row16 *row16,
                                     u16 pen_base)
{
    if (sx > max_x || sx + 15 < min_x)
        return;
    if (sx >= min_x && sx + 15 <= max_x) {
        sprite_row_blend16(out + sx, row16, pen_base);
        return;
    }
    int x0 = min_x > sx ? min_x - sx : 0, x1 = max_x - sx < 15 ? max_x - sx : 15;
    m &= (0xffffu >> (15 - x1)) & (0xffffu << x0);
    while (m) {
        int x = __builtin_ctz(m);
        m &= m - 1;
        out[sx + x] = (u16)(pen_base + (pix >> 2 * x & 3));
    }
}

/* The sprites of raw line `line`: the first 16 in RAM order whose 16-line
   band holds it (with the line buffer's offsets), each drawn on this line
   only, and again 256 dots away (x wraps). */
static void draw_sprite_line(dkong_state *s, bitmap_ind16 *bm, const rect_t *clip, int row)
{
    const dkong_sprite_cache *sc = &s->spr_cache;
    int line = row + VBEND;
    int vf = (line - 1) & 0xff;
    if (sc->flip)
        vf ^= 0xff;
    rect_t full = { 0, bm->width - 1, 0, bm->height - 1 };
    rect_t c = rect_intersect((rect_t){ clip->min_x, clip->max_x, row, row }, full);
    if (c.min_y > c.max_y)
        return;
    const gfx_element *g = s->sprites;
    u16 *out = bitmap_row(bm, row);
    const u8 *list = sc->idx[vf];
    const u16 *opaque = &s->row_opaque[0][0][0];
    const u32 *pixels = &s->row_pix[0][0][0];
    const dkong_row16 *rows16 = &s->row16[0][0][0];
    u32 bank = 16u * s->palette_bank, ncol = g->total_colors ? g->total_colors : 1;
    for (int i = 0, n = sc->count[vf]; i < n; i++) {
        const dkong_sprite_info *p = &sc->info[list[i]];
        unsigned r = p->row0 + 2u * ((((unsigned)p->yoff + (unsigned)vf) & 0x0fu) ^ p->yflip);
        u32 m = opaque[r];
        if (!m)
            continue; /* all pen 0 */
        u32 color = p->color + bank;
        if (color >= ncol) /* (never for these PROMs: no division per sprite and line) */
            color %= ncol;
        u16 pen_base = (u16)(g->color_base + g->granularity * color);
        sprite_row_pixels(out, c.min_x, c.max_x, p->x, m, pixels[r], &rows16[r], pen_base);
        sprite_row_pixels(out, c.min_x, c.max_x, p->x2, m, pixels[r], &rows16[r], pen_base);
    }
}

/* draw_sprite_line for rows y0..y1 of a 256-dot line, every column in the
   clip (what the screen's updates ask for): a sprite not wrapping is one
   16-column blend, the pens are looked up once */
static void draw_sprite_rows_full(dkong_state *s, bitmap_ind16 *bm, int y0, int y1)
{
    const dkong_sprite_cache *sc = &s->spr_cache;
    const gfx_element *g = s->sprites;
    const u16 *opaque = &s->row_opaque[0][0][0];
    const u32 *pixels = &s->row_pix[0][0][0];
    const dkong_row16 *rows16 = &s->row16[0][0][0];
    u32 ncol = g->total_colors ? g->total_colors : 1;
    u16 pens[16];
    for (u32 c = 0; c < 16; c++)
        pens[c] = (u16)(g->color_base + g->granularity * ((c + 16u * s->palette_bank) % ncol));
    for (int row = y0; row <= y1; row++) {
        unsigned vf = (unsigned)sprite_vf(sc->flip, row);
        u16 *out = bitmap_row(bm, row);
        const u8 *list = sc->idx[vf];
        for (int i = 0, n = sc->count[vf]; i < n; i++) {
            const dkong_sprite_info *p = &sc->info[list[i]];
            unsigned r = p->row0 + 2u * ((((unsigned)p->yoff + vf) & 0x0fu) ^ p->yflip);
            u32 m = opaque[r];
            if (!m)
                continue; /* all pen 0 */
            if (!p->wrap) {
                sprite_row_blend16(out + p->x, &rows16[r], pens[p->color]);
                continue;
            }
            sprite_row_pixels(out, 0, 255, p->x, m, pixels[r], &rows16[r], pens[p->color]);
            sprite_row_pixels(out, 0, 255, p->x2, m, pixels[r], &rows16[r], pens[p->color]);
        }
    }
}

/* The same through gfx_draw from the sprites' list entries (what the
   viewers list): for pixel provenance, and sprites the row tables do not
   fit. */
static void draw_sprite_line_gfx(dkong_state *s, bitmap_ind16 *bm, const rect_t *clip, int row, u32 ram_addr)
{
    const dkong_sprite_cache *sc = &s->spr_cache;
    int vf = sprite_vf(sc->flip, row);
    rect_t c = { clip->min_x, clip->max_x, row, row };
    for (int i = 0; i < sc->count[vf]; i++) {
        viewer_sprite v = dkong_sprite_entry(s, sc, sc->idx[vf][i], ram_addr);
        gfx_draw(bm, &c, s->sprites, v.code, v.color, v.flipx, v.flipy, v.sx, v.sy, 1);
        if (v.wrap256)
            gfx_draw(bm, &c, s->sprites, v.code, v.color, v.flipx, v.flipy, v.sx - 256, v.sy, 1);
    }
}

static void dkong_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    dkong_state *s = drv;
    tilemap_set_flip(s->bg, ls259_q(s->ctl, Q_FLIP) ? TILEMAP_FLIPX | TILEMAP_FLIPY : 0);
    tilemap_draw(s->bg, bm, clip, TILEMAP_DRAW_OPAQUE, NULL, 0, 0);
    if (clip->min_y == 0)
        s->spr_cache.dirty = true; /* once a frame, also the writes that bypass the map (the debugger's) */
    sprite_lists_update(s);
    if (bm->prov || !s->row_masks) {
        u32 ram = viewer_ram_address(m, offsetof(dkong_state, sprite_ram));
        for (int r = clip->min_y; r <= clip->max_y; r++)
            draw_sprite_line_gfx(s, bm, clip, r, ram);
        return;
    }
    rect_t c = rect_intersect(*clip, (rect_t){ 0, bm->width - 1, 0, bm->height - 1 });
    if (bm->width == 256 && c.min_x == 0 && c.max_x == 255) {
        draw_sprite_rows_full(s, bm, c.min_y, c.max_y);
        return;
    }
    for (int r = clip->min_y; r <= clip->max_y; r++)
        draw_sprite_line(s, bm, clip, r);
}

/* Radar Scope: the background behind the tiles' and sprites' pen 0 */
static void radarscp_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    dkong_state *s = drv;
    dkong_update(m, drv, bm, clip);
    if (!m->sound_worker) {
        radarscp_video_draw(&s->rs, bm, clip);
        return;
    }
    /* The sound thread works the lines' background out (radarscp_line_job):
       it goes behind the tiles and sprites of all the frame's lines once the
       last is drawn. Nothing draws over a line after its update, so the
       pixels are the same. */
    if (!s->rs_pending) {
        s->rs_rect = *clip;
        s->rs_pending = true;
    } else {
        s->rs_rect.min_y = s->rs_rect.min_y < clip->min_y ? s->rs_rect.min_y : clip->min_y;
        s->rs_rect.max_y = s->rs_rect.max_y > clip->max_y ? s->rs_rect.max_y : clip->max_y;
    }
    if (clip->max_y >= RADARSCP_VIS_LINES - 1) {
        machine_sound_sync(m);
        radarscp_video_draw(&s->rs, bm, &s->rs_rect);
        s->rs_pending = false;
    }
}

enum { RS_JOB_FLIP = 1 << 9, RS_JOB_SND02 = 1 << 10, RS_JOB_GRID = 1 << 11, RS_JOB_COLOR_SHIFT = 12 };

static void radarscp_line_job(void *ctx, u32 arg)
{
    dkong_state *s = ctx;
    radarscp_video_line(&s->rs, (int)(arg & 0x1ff), arg & RS_JOB_FLIP, arg & RS_JOB_SND02, arg & RS_JOB_GRID,
                        (int)(arg >> RS_JOB_COLOR_SHIFT & 7));
}

/* Radar Scope: the background's inputs at the start of each line the Z80
   reaches, with the 8035 brought there as MAME's line timer would have
   (its slice ends at the line): the grid needs 7d81 and the 8035's P2 bit
   5 (ANS) */
static void radarscp_line_reached(void *ctx, int line)
{
    dkong_state *s = ctx;
    machine_t *m = s->machine;
    sound_cpu_run_to(s, screen_line_time(m, m->screen.reached_frame, line));
    bool grid = ls259_q(s->ctl, Q_GRID_ENABLE) && (s->vp2 & 0x20);
    u32 arg = (u32)line | (ls259_q(s->ctl, Q_FLIP) ? RS_JOB_FLIP : 0) |
              (ls259_q(s->snd_signals, 2) ? RS_JOB_SND02 : 0) | (grid ? RS_JOB_GRID : 0) |
              (u32)(s->grid_color & 7) << RS_JOB_COLOR_SHIFT;
    machine_async_job(m, radarscp_line_job, s, arg);
}

static const gfx_layout dkong_charlayout = {
    8, 8, RGN_FRAC(1, 2), 2,
    { RGN_FRAC(1, 2), RGN_FRAC(0, 2) },
    { STEP8(0, 1) },
    { STEP8(0, 8) },
    64,
};

static const gfx_layout dkong_spritelayout = {
    16, 16, RGN_FRAC(1, 4), 2,
    { RGN_FRAC(1, 2), RGN_FRAC(0, 2) },
    { STEP8(0, 1), STEP8(RGN_FRAC(1, 4), 1) },
    { STEP16(0, 8) },
    128,
};

static const gfx_decode_entry dkong_gfx[] = {
    { "gfx1", 0, &dkong_charlayout, 0, 64 },
    { "gfx2", 0, &dkong_spritelayout, 0, 64 },
    { NULL, 0, NULL, 0, 0 },
};

/* ---- machine ---- */

static void dkong_vblank(machine_t *m, void *drv, int state)
{
    (void)m;
    dkong_state *s = drv;
    if (state && ls259_q(s->ctl, Q_NMI_MASK))
        cpu_set_line(s->maincpu, CPU_LINE_NMI, LINE_ASSERT);
}

static int dkong_start(machine_t *m, void *drv)
{
    dkong_state *s = drv;
    s->machine = m;
    s->maincpu = machine_cpu(m, "maincpu");
    s->soundcpu = machine_cpu(m, "soundcpu");
    /* the scheduler's slices end at timers only: sound_sync keeps the
       8035 in MAME's slices (the config's quantum) */
    s->mame_quantum = m->quantum;
    m->quantum = m->frame_period;
    s->dac = machine_device_self(m, "discrete");
    s->dma = machine_device_self(m, "dma8257");
    s->ctl = &s->ctl_latch;
    s->snd_signals = machine_device_self(m, "ls259.6h");
    s->jr = machine_device(m, "ls259.4h") != NULL; /* MACHINE_START: the board by its parts */
    s->latch_4h = s->jr ? machine_device_self(m, "ls259.4h") : NULL;
    s->watchdog = machine_device_self(m, "watchdog");
    const mem_region *prom = machine_region(m, "proms");
    const mem_region *dots = machine_region(m, "gfx3");
    s->radarscp = dots != NULL; /* MACHINE_START: TRS-02 */
    if (s->radarscp)
        radarscp_video_init(&s->rs, dots->data, (int)dots->size);
    m->async_jobs = s->radarscp;
    if (!s->maincpu || !s->soundcpu || !s->dac || !s->dma || !s->ctl || !s->snd_signals ||
        (!s->watchdog && !s->radarscp) || !prom || prom->size < 0x300 ||
        m->num_gfx != 2)
        return -1;
    i8257_set_space(s->dma, &s->maincpu->program.as);
    s->color_codes = prom->data + 0x200;
    s->sprites = &m->gfx[1];
    s->row_masks = s->sprites->total <= DKONG_MAX_SPRITES && s->sprites->width == 16 && s->sprites->height == 16;
    for (int code = 0; s->row_masks && code < s->sprites->total; code++)
        for (int y = 0; y < 16; y++) {
            const u8 *row = s->sprites->data + ((size_t)code * 16 + (size_t)y) * 16;
            u16 mask = 0, rev = 0;
            u32 pix = 0, pix_rev = 0;
            u16 m16[2][16], p16[2][16];
            for (int x = 0; x < 16; x++) {
                m16[0][x] = m16[1][15 - x] = row[x] ? 0xffff : 0;
                p16[0][x] = p16[1][15 - x] = row[x];
                if (row[x] > 3)
                    s->row_masks = false;
                mask |= (u16)((row[x] != 0) << x);
                rev |= (u16)((row[x] != 0) << (15 - x));
                pix |= (u32)(row[x] & 3) << 2 * x;
                pix_rev |= (u32)(row[x] & 3) << 2 * (15 - x);
            }
            s->row_opaque[code][y][0] = mask;
            s->row_opaque[code][y][1] = rev;
            s->row_pix[code][y][0] = pix;
            s->row_pix[code][y][1] = pix_rev;
            for (int f = 0; f < 2; f++) {
                memcpy(s->row16[code][y][f].mask, m16[f], sizeof(m16[f]));
                memcpy(s->row16[code][y][f].pix, p16[f], sizeof(p16[f]));
            }
        }
    s->port_in2 = input_port_index(&m->inputs, "IN2");
    s->port_service = input_port_index(&m->inputs, "SERVICE1");
    if (s->port_in2 < 0 || s->port_service < 0)
        return -1;
    s->bg = tilemap_create(m, &(tilemap_config){ tilemap_scan_rows, dkong_tile_info, 8, 8, 32, 32 }, s);
    if (!s->bg)
        return -1;
    /* MAME draws each line at its start (a scanline timer's update_partial):
       here lazily, before the writes that change the picture */
    screen_follow_cpu(m, s->maincpu);
    if (s->radarscp)
        screen_on_reached(m, radarscp_line_reached, s);
    /* bitmap line 0 is raw line 16, the tilemap's line 16 */
    tilemap_set_scrolldy(s->bg, -VBEND, -VBEND);
    return 0;
}

static void dkong_reset(machine_t *m, void *drv)
{
    (void)m;
    dkong_state *s = drv;
    cpu_set_line(s->soundcpu, CPU_LINE_IRQ0, LINE_CLEAR);
    s->vp2 = 0; /* MAME's latch8 resets to 0 (its tile bank is kept, as the 7d80 latch) */
    s->sound_cmd = 0;
    cpu_set_line(s->soundcpu, MCS48_LINE_T0, 1); /* the 6H latch cleared: T0 = T1 = 1 */
    cpu_set_line(s->soundcpu, MCS48_LINE_T1, 1);
    /* MAME's watchdog without a configured period: off until the first kick */
    if (s->watchdog && s->watchdog->timer)
        timer_disable(s->watchdog->timer);
}

static void dkong_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    dkong_state *s = drv;
    st_bytes(io, s->wram, sizeof(s->wram));
    st_bytes(io, s->sprite_ram, sizeof(s->sprite_ram));
    st_bytes(io, s->vram, sizeof(s->vram));
    st_u8(io, &s->dma_latch);
    st_bool(io, &s->dma_sched.live);
    st_bool(io, &s->dma_sched.awake_next);
    st_u64(io, &s->dma_sched.perfect_end);
    st_u64(io, &s->dma_sched.base);
    st_u64(io, &s->dma_sched.dma_at);
    st_u64(io, &s->dma_sched.snd_clk);
    st_u8(io, &s->sound_cmd);
    st_u8(io, &s->grid_color);
    st_u8(io, &s->coin_counter);
    st_u8(io, &s->palette_bank);
    st_u8(io, &s->vp2);
    st_u8(io, &s->gfx_bank);
    st_u8(io, &s->ctl_latch.q);
    st_bytes(io, s->wram_jr, sizeof(s->wram_jr));
    if (s->radarscp)
        radarscp_video_serialize(&s->rs, io);
}

static void dkong_post_load(machine_t *m, void *drv)
{
    (void)m;
    dkong_state *s = drv;
    s->rs_pending = false;
    tilemap_mark_all_dirty(s->bg);
    s->spr_cache.valid = false;
}

/* the DMA's memory side is the Z80's program space (dkong_start) */
static const i8257_params dkong_dma = {
    .ior = { NULL, dkong_dma_latch_r, NULL, NULL },
    .iow = { dkong_dma_latch_w, NULL, NULL, NULL },
    .reverse_rw = true,
    .copy_latch = true,
    .copy_w = 0,
    .copy_r = 1,
};
static const watchdog_params dkong_watchdog = { 0, 3000000 };

/* the DAC stage, the discrete circuits, the mixer and the amplifier are
   all in the "discrete" device (sound/dkong_discrete.h, or
   sound/dkongjr_discrete.h for Donkey Kong Jr.), in MAME's output scale,
   with MAME's route gain (0.9, 0.5). */
static const dkong_dac_params dkong_snd = { 0.9, false, false }, dkongjr_snd = { 0.5, true, false };
static const dkong_dac_params radarscp_snd = { 0.7, false, true };

#define DKONG_SOUND_DEVICES(sound_map, sound_io, snd)                                                            \
    CPU_DEVICE("soundcpu", mcs48_core, I8035_CLOCK, .program = sound_map, .io = sound_io, .program_bits = 12, \
               .io_bits = 9),                                                                                \
    SOUND_DEVICE("discrete", dkong_dac_device, 0, &snd,                                                       \
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256)))

static const device_config dkong_devices[] = {
    CPU_DEVICE("maincpu", z80_core, CLOCK_1H, .program = dkong_map, .fixed_pages = true),
    DKONG_SOUND_DEVICES(dkong_sound_map, dkong_sound_io, dkong_snd),
    DEVICE("dma8257", i8257_device, CLOCK_1H, &dkong_dma),
    DEVICE("ls259.6h", ls259_device, 0, &dkong_6h),
    DEVICE("watchdog", watchdog_device, 0, &dkong_watchdog),
    DEVICE_END,
};

static const device_config dkongjr_devices[] = {
    CPU_DEVICE("maincpu", z80_core, CLOCK_1H, .program = dkongjr_map, .fixed_pages = true),
    DKONG_SOUND_DEVICES(dkongjr_sound_map, dkongjr_sound_io, dkongjr_snd),
    DEVICE("dma8257", i8257_device, CLOCK_1H, &dkong_dma),
    DEVICE("ls259.6h", ls259_device, 0, &dkongjr_6h),
    DEVICE("ls259.4h", ls259_device, 0, NULL),
    DEVICE("watchdog", watchdog_device, 0, &dkong_watchdog),
    DEVICE_END,
};

static const machine_config dkong_config = {
    .devices = dkong_devices,
    .drv_state_size = sizeof(dkong_state),
    .quantum_hz = 60000, /* MAME's maximum quantum for this board */
    .screen = { PIXEL_CLOCK, 384, 0, 256, 264, VBEND, 240, dkong_vblank, .mame_frame_period = true },
    .video = { dkong2b_palette, dkong_update, dkong_gfx, NUM_COLORS, 0, &dkong_viewer },
    .start = dkong_start,
    .reset = dkong_reset,
    .serialize = dkong_serialize,
    .post_load = dkong_post_load,
    .speaker_tag = "mono",
    .joy_ways = 4,
    /* MAME's devices, in its order: the LS259 and LS175/LS174 latches are its latch8s */
    .device_refs = (const char *const[]){ "z80", "i8257", "screen", "gfxdecode", "palette", "latch8", "latch8", "latch8", "mb8884", "speaker", "discrete", "watchdog", NULL },
};

/* Radar Scope: the Donkey Kong board without the watchdog */
static const device_config radarscp_devices[] = {
    CPU_DEVICE("maincpu", z80_core, CLOCK_1H, .program = dkong_map, .fixed_pages = true),
    DKONG_SOUND_DEVICES(dkong_sound_map, dkong_sound_io, radarscp_snd),
    DEVICE("dma8257", i8257_device, CLOCK_1H, &dkong_dma),
    DEVICE("ls259.6h", ls259_device, 0, &radarscp_6h),
    DEVICE_END,
};

static const machine_config radarscp_config = {
    .devices = radarscp_devices,
    .drv_state_size = sizeof(dkong_state),
    .quantum_hz = 60000, /* MAME's maximum quantum for this board */
    .screen = { PIXEL_CLOCK, 384, 0, 256, 264, VBEND, 240, dkong_vblank, .mame_frame_period = true },
    .video = { radarscp_palette, radarscp_update, dkong_gfx, NUM_COLORS, 0, &radarscp_viewer },
    .start = dkong_start,
    .reset = dkong_reset,
    .serialize = dkong_serialize,
    .post_load = dkong_post_load,
    .speaker_tag = "mono",
    .joy_ways = 2,
    .device_refs = (const char *const[]){ "z80", "i8257", "screen", "gfxdecode", "palette", "latch8", "latch8", "latch8", "mb8884", "speaker", "discrete", NULL },
};

static const machine_config dkongjr_config = {
    .devices = dkongjr_devices,
    .drv_state_size = sizeof(dkong_state),
    .quantum_hz = 60000, /* MAME's maximum quantum for this board */
    .screen = { PIXEL_CLOCK, 384, 0, 256, 264, VBEND, 240, dkong_vblank, .mame_frame_period = true },
    .video = { dkong2b_palette, dkong_update, dkong_gfx, NUM_COLORS, 0, &dkong_viewer },
    .start = dkong_start,
    .reset = dkong_reset,
    .serialize = dkong_serialize,
    .post_load = dkong_post_load,
    .speaker_tag = "mono",
    .joy_ways = 4,
    /* MAME's devices, in its order: the LS259 and LS175/LS174 latches are its latch8s */
    .device_refs = (const char *const[]){ "z80", "i8257", "screen", "gfxdecode", "palette", "latch8", "latch8", "latch8", "latch8", "latch8", "mb8884", "speaker", "discrete", "watchdog", NULL },
};

/* ---- inputs ---- */

#define DKONG_JOY(tag, player)                                  \
    PORT_START(tag),                                            \
    PORT_BIT_P(0x01, 0x00, IPT_JOYSTICK_RIGHT, player),         \
    PORT_BIT_P(0x02, 0x00, IPT_JOYSTICK_LEFT, player),          \
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_UP, player),            \
    PORT_BIT_P(0x08, 0x00, IPT_JOYSTICK_DOWN, player),          \
    PORT_BIT_P(0x10, 0x00, IPT_BUTTON1, player),                \
    PORT_BIT(0xe0, 0x00, IPT_UNKNOWN)

/* IN2 (start, coin, the sound CPU's status), the service coin and DSW0: the same on both boards */
#define DKONG_SYSTEM_PORTS                                                                \
    PORT_START("IN2"),                                                                    \
    PORT_SERVICE_KEY(0x01, 0x00),                                                         \
    PORT_BIT(0x02, 0x00, IPT_UNKNOWN),                                                    \
    PORT_BIT(0x04, 0x00, IPT_START1),                                                     \
    PORT_BIT(0x08, 0x00, IPT_START2),                                                     \
    PORT_BIT(0x30, 0x00, IPT_UNKNOWN),                                                    \
    PORT_BIT(0x40, 0x40, IPT_CUSTOM), /* the sound CPU's status (P2 bit 4, inverted) */ \
    PORT_BIT(0x80, 0x00, IPT_COIN1),                                                      \
    PORT_START("SERVICE1"),                                                               \
    PORT_BIT(0x01, 0x00, IPT_SERVICE1),                                                   \
    PORT_START("DSW0"),                                                                   \
    PORT_DIPNAME(0x03, 0x00, "Lives"),                                                    \
    PORT_DIPSETTING(0x00, "3"),                                                           \
    PORT_DIPSETTING(0x01, "4"),                                                           \
    PORT_DIPSETTING(0x02, "5"),                                                           \
    PORT_DIPSETTING(0x03, "6"),                                                           \
    PORT_DIPLOCATION("SW1:!1,!2"),                                                        \
    PORT_DIPNAME(0x0c, 0x00, "Bonus Life"),                                               \
    PORT_DIPSETTING(0x00, "7000"),                                                        \
    PORT_DIPSETTING(0x04, "10000"),                                                       \
    PORT_DIPSETTING(0x08, "15000"),                                                       \
    PORT_DIPSETTING(0x0c, "20000"),                                                       \
    PORT_DIPLOCATION("SW1:!3,!4"),                                                        \
    PORT_DIPNAME(0x70, 0x00, "Coinage"),                                                  \
    PORT_DIPSETTING(0x70, "5 Coins/1 Credit"),                                            \
    PORT_DIPSETTING(0x50, "4 Coins/1 Credit"),                                            \
    PORT_DIPSETTING(0x30, "3 Coins/1 Credit"),                                            \
    PORT_DIPSETTING(0x10, "2 Coins/1 Credit"),                                            \
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),                                             \
    PORT_DIPSETTING(0x20, "1 Coin/2 Credits"),                                            \
    PORT_DIPSETTING(0x40, "1 Coin/3 Credits"),                                            \
    PORT_DIPSETTING(0x60, "1 Coin/4 Credits"),                                            \
    PORT_DIPLOCATION("SW1:!5,!6,!7"),                                                     \
    PORT_DIPNAME(0x80, 0x80, "Cabinet"),                                                  \
    PORT_DIPSETTING(0x80, "Upright"),                                                     \
    PORT_DIPSETTING(0x00, "Cocktail"),                                                    \
    PORT_DIPLOCATION("SW1:!8")

static const input_def dkong_inputs[] = {
    DKONG_JOY("IN0", 1),
    DKONG_JOY("IN1", 2),
    DKONG_SYSTEM_PORTS,
    INPUT_END,
};

/* Radar Scope: left, right and fire */
#define RADARSCP_JOY(tag, player)                               \
    PORT_START(tag),                                            \
    PORT_BIT_P(0x01, 0x00, IPT_JOYSTICK_RIGHT, player),         \
    PORT_BIT_P(0x02, 0x00, IPT_JOYSTICK_LEFT, player),          \
    PORT_BIT(0x0c, 0x00, IPT_UNUSED),                           \
    PORT_BIT_P(0x10, 0x00, IPT_BUTTON1, player),                \
    PORT_BIT(0xe0, 0x00, IPT_UNUSED)

static const input_def radarscp_inputs[] = {
    RADARSCP_JOY("IN0", 1),
    RADARSCP_JOY("IN1", 2),
    DKONG_SYSTEM_PORTS,
    INPUT_END,
};

static const input_def dkongjr_inputs[] = {
    DKONG_JOY("IN0", 1),
    DKONG_JOY("IN1", 2),
    PORT_START("IN2"),
    PORT_SERVICE_KEY(0x01, 0x00),
    PORT_BIT(0x02, 0x00, IPT_UNKNOWN),
    PORT_BIT(0x04, 0x00, IPT_START1),
    PORT_BIT(0x08, 0x00, IPT_START2),
    PORT_BIT(0x30, 0x00, IPT_UNKNOWN),
    PORT_BIT(0x40, 0x40, IPT_CUSTOM),  /* not connected on this board: high */
    PORT_BIT(0x80, 0x00, IPT_COIN1),
    PORT_START("SERVICE1"),
    PORT_BIT(0x01, 0x00, IPT_SERVICE1),
    PORT_START("DSW0"),
    PORT_DIPNAME(0x03, 0x00, "Lives"),
    PORT_DIPSETTING(0x00, "3"),
    PORT_DIPSETTING(0x01, "4"),
    PORT_DIPSETTING(0x02, "5"),
    PORT_DIPSETTING(0x03, "6"),
    PORT_DIPLOCATION("SW1:!1,!2"),
    PORT_DIPNAME(0x0c, 0x00, "Bonus Life"),
    PORT_DIPSETTING(0x00, "10000"),
    PORT_DIPSETTING(0x04, "15000"),
    PORT_DIPSETTING(0x08, "20000"),
    PORT_DIPSETTING(0x0c, "25000"),
    PORT_DIPLOCATION("SW1:!3,!4"),
    PORT_DIPNAME(0x70, 0x00, "Coinage"),
    PORT_DIPSETTING(0x70, "5 Coins/1 Credit"),
    PORT_DIPSETTING(0x50, "4 Coins/1 Credit"),
    PORT_DIPSETTING(0x30, "3 Coins/1 Credit"),
    PORT_DIPSETTING(0x10, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x20, "1 Coin/2 Credits"),
    PORT_DIPSETTING(0x40, "1 Coin/3 Credits"),
    PORT_DIPSETTING(0x60, "1 Coin/4 Credits"),
    PORT_DIPLOCATION("SW1:!5,!6,!7"),
    PORT_DIPNAME(0x80, 0x80, "Cabinet"),
    PORT_DIPSETTING(0x80, "Upright"),
    PORT_DIPSETTING(0x00, "Cocktail"),
    PORT_DIPLOCATION("SW1:!8"),
    INPUT_END,
};

GAME(1981, dkong, NULL, dkong_config, dkong_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE,
     "Nintendo of America", "Donkey Kong (US set 1)");
GAME(1981, dkongj, "dkong", dkong_config, dkong_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE,
     "Nintendo", "Donkey Kong (Japan set 1)");
GAME(1982, dkongjr, NULL, dkongjr_config, dkongjr_inputs, NULL,
     ROT270 | MACHINE_SUPPORTS_SAVE, "Nintendo of America", "Donkey Kong Junior (US set F-2)");
GAME(1982, dkongjrj, "dkongjr", dkongjr_config, dkongjr_inputs, NULL,
     ROT270 | MACHINE_SUPPORTS_SAVE, "Nintendo", "Donkey Kong Jr. (Japan)");
GAME(1980, radarscp, NULL, radarscp_config, radarscp_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE, "Nintendo",
     "Radar Scope (TRS02, rev. D)");
