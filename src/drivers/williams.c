/* Williams 6809 boards: Defender (1980), Stargate (1981, no blitter), and with the special
   chip Robotron: 2084, Joust, Bubbles (1982), Splat!, Sinistar (1982-83).

   CPU:    MC6809E at 12 MHz / 3 / 4 = 1 MHz
   Memory: 0000-bfff RAM; 0000-97ff is the bitmap (read through a bank:
                     0000-8fff is ROM for reads while C900 bit 0 is set)
           c000-c00f (w) palette RAM, mirrored to c3ff: BBGGGRRR
           c804-c807 PIA 0 (mirror 00f0): A IN0, B IN1 (player controls)
           c80c-c80f PIA 1 (mirror 00f0): A IN2 (coin door), B out: sound
                     command; CA1 COUNT240, CB1 VA11; IRQ A/B -> CPU IRQ
           c900-c9ff (w) bit 0 ROM/RAM bank, bit 1 cocktail flip
           ca00-ca07 (w) blitter (mirror 00f8): williams_blitter.h
           cb00-cbff (r) video counter: the line & fc (fc from line 256)
           cbff (w) watchdog (kicked by 39h only)
           cc00-cfff 1Kx4 CMOS RAM, battery backed (the high nibble reads
                     1s); kept in nvram/<set>/nvram, zeroed when new
           d000-ffff ROM
   Video:  8 MHz pixel clock, 512x260 raw, 292x240 visible (columns 6-297,
           lines 7-246); 4 bpp, byte (x/2)*256 + y holds pixels x (high
           nibble) and x+1; each pixel's colour is the palette RAM byte of
           its pen through the resistor network (R, G: 1200/560/330 ohms,
           B: 560/330). MAME draws every line when the beam reaches it
           (VIDEO_UPDATE_SCANLINE), so palette and bitmap writes show from
           the next line down; here lines are drawn lazily before such
           writes (screen_follow_cpu), with the same result.
   IRQ:    VA11 (line bit 5) on PIA 1 CB1 at lines 0, 32, ... 224; COUNT240
           on CA1 (high from line 240 to the frame's end)
   Sound:  the sound board: M6808 at 3.579545 MHz (/ 4 inside), RAM 0000-00ff, PIA
           at 0400-0403 (mirror 8000; A out: MC1408 DAC, B in: the command
           with bits 6-7 high, CB1 low for command ff, IRQs -> CPU IRQ),
           ROM b000-ffff
   Defender's board: c000-cfff is a window selected by writes to d000-dfff
           (page 0: I/O, 1-9: ROM at region 10000 + (page-1) * 1000, a-f:
           nothing); the I/O page: c000-c00f palette (mirror 3e0), c010-c01f
           video control (mirror 3e0, which also covers c3ff, the watchdog's
           address: MAME's map lets it win), c400-c4ff CMOS (256 nibbles,
           mirror 300), c800-cbff video counter, cc00-cc03 PIA 1 and
           cc04-cc07 PIA 0 (mirror 3e0); no ROM over the bitmap; visible
           columns 12-303; the sound CPU has no MC6810 (RAM 0000-007f)
   Watchdog: MAME's default watchdog, armed by the first kick, then 3 s.
   Variants (MAME's machine configs, as hooks here):
   - stargate: no blitter
   - joust, splat: player controls through two LS157s selected by PIA 0
     CB2 (low: player 2, high: player 1): PA0-3 INP2/INP1, PA6-7 and PB0-1
     INP2A/INP1A; splat has the SC2 blitter (no size XOR)
   - bubbles: 8-bit CMOS
   - sinistar: ROT270; d000-dfff RAM, ROM from e000; C900 bit 2 enables
     the blitter's clip window (no writes at 7400-bfff); PIA 0 port A the
     49-way joystick (two 4-bit codes); the sound PIA's CA2/CB2 drive the
     HC55516 speech decoder's data and clock */
#include "cpu/m6800.h"
#include "cpu/m6809.h"
#include "emu/machine.h"
#include "emu/screen.h"
#include "machine/pia6821.h"
#include "machine/watchdog.h"
#include "machine/williams_blitter.h"
#include "sound/dac.h"
#include "sound/hc55516.h"

#include <string.h>

#define MASTER_CLOCK 12000000
#define SOUND_CLOCK 3579545

/* What differs between the boards (MAME's machine configs and init_). */
/* (Which chips a board has is in its memory map and device list.) */
typedef struct williams_hw {
    bool sc1;               /* the special chip's size bug (SC1; SC2 fixed it) */
    u16 clip;               /* blitter window limit (Sinistar) */
    u16 cmos_size;          /* bytes kept in NVRAM */
    const struct pia6821_intf *pia0, *pia2;
    bool sound_ram_128;     /* Defender: the 6808's own RAM only (0000-007f) */
} williams_hw;

typedef struct williams_state {
    u8 vram[0xc000];
    u8 sram[0x1000];        /* Sinistar's d000-dfff */
    u8 cmos[0x400];
    u8 paletteram[0x10];
    u8 snd_ram[0x100];
    u8 bank;     /* C900 bit 0: ROM readable at 0000-8fff */
    u8 cocktail; /* C900 bit 1 */
    pia6821_t pia[3];
    williams_blitter_t blitter;
    u8 main_irq[2], snd_irq[2];
    u8 mux_select;          /* PIA 0 CB2 (Joust, Splat) */
    u8 page;                /* Defender's c000 window */
    u32 pairs[256];         /* two pens per bitmap byte, for pairs_pal */
    u8 pairs_pal[16], pairs_valid;
    /* A mark a bitmap row (address & ff): ROW_WRITTEN when the row changed
       since its line was drawn (also set for rows the bitmap may not hold),
       so a line whose row is unchanged, with the same palette, is still
       right in the bitmap and is not drawn again; ROW_WAITS (the bus's
       trap) while its line has been reached and is not drawn. The main
       CPU writes the bitmap itself (the bus's marked stretch) while the
       row does not wait; other writes (the blitter's) go through vram_w. */
    bool track_rows;
    u8 rows[256];
    u8 drawn_pal[256][16];
    u8 watchdog_armed;
    const williams_hw *hw;
    machine_t *machine;
    screen_state *screen;
    cpu_slot *maincpu, *soundcpu;
    watchdog_t *watchdog;
    dac_t *dac;
    hc55516_t *cvsd;        /* Sinistar */
    const u8 *rom; /* the banked ROM (region maincpu + 10000) */
    emu_timer *snd_cmd_timer;
    emu_timer *line_timer;  /* VA11 and COUNT240 */
    int port_in[3];
    int port_mux[4];        /* INP1, INP2, INP1A, INP2A */
    int port_49way[2];
} williams_state;

/* ---- banking ---- */

/* Reads of 0000-8fff from ROM or video RAM; writes always reach the RAM. */
static void apply_bank(williams_state *s)
{
    address_space_t *as = &s->maincpu->program.as;
    const u8 *base = s->bank ? s->rom : s->vram;
    for (offs_t a = 0; a < 0x9000; a += as->page_mask + 1)
        as->pages[a >> as->page_shift].rbase = base + a;
}

/* Lines are drawn lazily: before a write that changes the picture, the
   lines whose start the main CPU has reached (screen_follow_cpu). */
static inline void redraw_before(williams_state *s)
{
    screen_update_reached(s->machine, s->screen);
}

static void vram_select_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    williams_state *s = ctx;
    redraw_before(s);
    s->bank = data & 1;
    s->cocktail = data >> 1 & 1;
    apply_bank(s);
}

/* ---- video ---- */

static void palette_init(machine_t *m, void *drv, palette_t *pal)
{
    (void)m, (void)drv;
    static const int ohms_rg[3] = { 1200, 560, 330 }, ohms_b[2] = { 560, 330 };
    const resnet_net nets[3] = { { 3, ohms_rg, 0, 0 }, { 3, ohms_rg, 0, 0 }, { 2, ohms_b, 0, 0 } };
    resnet_channel rgb[3];
    resnet_compute(0, 255, -1.0, 3, nets, rgb);
    for (int i = 0; i < 256; i++)
        palette_set_color(pal, i, resnet_level(&rgb[0], (u32)i), resnet_level(&rgb[1], (u32)i >> 3),
                          resnet_level(&rgb[2], (u32)i >> 6));
}

/* Two 16-bit pixels stored as one word (rows are only 2-byte aligned). */
typedef u32 __attribute__((may_alias, aligned(2))) u32_pixels;

/* Two pens a byte: the pair table follows palette RAM (the entries of a
   changed pen are rebuilt; programs rewrite a pen or two mid-frame). */
static void set_pair(williams_state *s, int i)
{
    u16 pair[2] = { s->pairs_pal[i >> 4], s->pairs_pal[i & 0x0f] };
    memcpy(&s->pairs[i], pair, sizeof(pair));
}

static void update_pairs(williams_state *s)
{
    if (!s->pairs_valid) {
        memcpy(s->pairs_pal, s->paletteram, sizeof(s->pairs_pal));
        for (int i = 0; i < 256; i++)
            set_pair(s, i);
        s->pairs_valid = 1;
        return;
    }
    if (!memcmp(s->pairs_pal, s->paletteram, sizeof(s->pairs_pal)))
        return;
    for (int p = 0; p < 16; p++) {
        if (s->pairs_pal[p] == s->paletteram[p])
            continue;
        s->pairs_pal[p] = s->paletteram[p];
        for (int j = 0; j < 16; j++) {
            set_pair(s, p << 4 | j);
            set_pair(s, j << 4 | p);
        }
    }
}

/* A bitmap write to a row whose line the CPU has reached but which is not
   drawn: the lines reached are drawn first. Only such rows need it (line R
   shows row R & ff): a row above them was drawn this frame already, one
   below is drawn once the beam reaches it, with the write in both cases.
   The rows waiting are marked as the CPU reaches their lines
   (row_reached) and cleared as they are drawn (williams_update). */
enum { ROW_WRITTEN = BUS_MARK_WRITTEN, ROW_WAITS = BUS_MARK_TRAP };

static void row_reached(void *ctx, int line)
{
    williams_state *s = ctx;
    const screen_config *sc = &s->machine->config->screen;
    if (line >= sc->vbend && line < sc->vbstart)
        s->rows[line & 0xff] |= ROW_WAITS;
}

/* The marks anew, every row written (reset, state load). */
static void rows_reset(williams_state *s)
{
    memset(s->rows, ROW_WRITTEN, sizeof(s->rows));
    const screen_config *sc = &s->machine->config->screen;
    int top, bottom;
    if (s->screen->reached_seq != s->screen->drawn_seq &&
        screen_reached_pending(s->screen, sc->vbend, sc->vbstart, &top, &bottom))
        for (int line = top; line <= bottom; line++)
            s->rows[line & 0xff] |= ROW_WAITS;
}

static __attribute__((noinline)) void vram_wait_w(williams_state *s, offs_t offset)
{
    s->rows[offset & 0xff] &= (u8)~ROW_WAITS;
    screen_update_reached(s->machine, s->screen);
}

/* (The blitter writes through here: keep the usual case short.) */
static void vram_w(void *ctx, offs_t offset, u8 data)
{
    williams_state *s = ctx;
    if (s->rows[offset & 0xff] & ROW_WAITS)
        vram_wait_w(s, offset);
    s->vram[offset] = data;
    s->rows[offset & 0xff] = ROW_WRITTEN;
}

static void williams_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    williams_state *s = drv;
    const int x0 = m->config->screen.hbend, y0 = m->config->screen.vbend;
    update_pairs(s);
    /* whole lines only, and none skipped while pixel provenance is recorded */
    const bool track = s->track_rows && clip->min_x == 0 && clip->max_x == bm->width - 1;
    const bool skip = track && !bm->prov;
    for (int y = clip->min_y; y <= clip->max_y; y++) {
        const int row = (y + y0) & 0xff;
        if (track) {
            const u8 mark = s->rows[row];
            s->rows[row] = 0;
            if (skip && !(mark & ROW_WRITTEN) && !memcmp(s->drawn_pal[row], s->paletteram, 16))
                continue;
            memcpy(s->drawn_pal[row], s->paletteram, 16);
        } else
            s->rows[row] = ROW_WRITTEN;
        const u8 *src = &s->vram[y + y0];
        u16 *dst = bitmap_row(bm, y);
        int x = clip->min_x, rx = x + x0;
        const int max_x = clip->max_x;
        if (rx & 1) /* an odd first pixel: the low nibble of its byte */
            dst[x++] = s->paletteram[src[(rx >> 1) << 8] & 0x0f], rx++;
        /* bytes of a line are 256 apart: step a pointer down the columns */
        const u8 *col = src + ((rx >> 1) << 8);
        const u32 *pairs = s->pairs;
        u16 *d = &dst[x];
        int n = (max_x - x + 1) >> 1; /* whole bytes: two pixels each */
        /* one 32-bit store a byte: gathering the pairs into vector stores
           costs more than it saves */
        u32_pixels *d32 = (u32_pixels *)(void *)d;
        for (; n >= 8; n -= 8, col += 2048, d32 += 8) {
            d32[0] = pairs[col[0]];
            d32[1] = pairs[col[0x100]];
            d32[2] = pairs[col[0x200]];
            d32[3] = pairs[col[0x300]];
            d32[4] = pairs[col[0x400]];
            d32[5] = pairs[col[0x500]];
            d32[6] = pairs[col[0x600]];
            d32[7] = pairs[col[0x700]];
        }
        d = (u16 *)(void *)d32;
        for (; n > 0; n--, col += 256, d += 2)
            memcpy(d, &pairs[*col], 4);
        if ((max_x - x + 1) & 1) /* an even last pixel: the high nibble */
            *d = s->paletteram[*col >> 4];
    }
}

static void palette_w(void *ctx, offs_t offset, u8 data)
{
    williams_state *s = ctx;
    redraw_before(s);
    s->paletteram[offset & 0x0f] = data;
}

/* ---- the line counter: interrupts ---- */

/* MAME's scanline timers: VA11 (line bit 5) on PIA 1 CB1 at lines 0, 32,
   ... 224, COUNT240 on CA1 at lines 0 and 240. Its third one, which draws
   each line as the beam reaches it (VIDEO_UPDATE_SCANLINE), is replaced by
   lazy drawing (redraw_before). */
static void line_irq_event(machine_t *m, void *ctx, s32 line)
{
    williams_state *s = ctx;
    int next = line < 224 ? line + 32 : line == 224 ? 240 : 0;
    timer_adjust(m, s->line_timer, screen_time_until_line(m, next), next, ET_ZERO);
    if ((line & 31) == 0)
        pia6821_cb1_w(&s->pia[1], line >> 5 & 1);
    if (line == 0 || line == 240)
        pia6821_ca1_w(&s->pia[1], line >= 240);
}

static u8 video_counter_r(void *ctx, offs_t offset)
{
    (void)offset;
    williams_state *s = ctx;
    int v = screen_vpos(s->machine);
    return v < 0x100 ? (u8)(v & 0xfc) : 0xfc;
}

/* ---- interrupts ---- */

static void main_irq(williams_state *s, int which, int state)
{
    s->main_irq[which] = (u8)state;
    cpu_set_line(s->maincpu, CPU_LINE_IRQ0, s->main_irq[0] | s->main_irq[1] ? LINE_ASSERT : LINE_CLEAR);
}

static void main_irq_a(void *ctx, int state) { main_irq(ctx, 0, state); }
static void main_irq_b(void *ctx, int state) { main_irq(ctx, 1, state); }

static void snd_irq(williams_state *s, int which, int state)
{
    s->snd_irq[which] = (u8)state;
    cpu_set_line(s->soundcpu, CPU_LINE_IRQ0, s->snd_irq[0] | s->snd_irq[1] ? LINE_ASSERT : LINE_CLEAR);
}

static void snd_irq_a(void *ctx, int state) { snd_irq(ctx, 0, state); }
static void snd_irq_b(void *ctx, int state) { snd_irq(ctx, 1, state); }

/* ---- PIAs, sound command ---- */

static u8 in0_r(void *ctx) { williams_state *s = ctx; return (u8)input_port_read(&s->machine->inputs, s->port_in[0]); }
static u8 in1_r(void *ctx) { williams_state *s = ctx; return (u8)input_port_read(&s->machine->inputs, s->port_in[1]); }
static u8 in2_r(void *ctx) { williams_state *s = ctx; return (u8)input_port_read(&s->machine->inputs, s->port_in[2]); }

static u8 read_port(williams_state *s, int idx)
{
    return idx < 0 ? 0 : (u8)input_port_read(&s->machine->inputs, idx);
}

/* Joust, Splat: two LS157s, B inputs (player 1) when CB2 is high */
static u8 muxed_a_r(void *ctx)
{
    williams_state *s = ctx;
    u8 sel = s->mux_select;
    u8 lo = read_port(s, s->port_mux[sel ? 0 : 1]), hi = read_port(s, s->port_mux[sel ? 2 : 3]);
    return (u8)((read_port(s, s->port_in[0]) & 0x30) | (lo & 0x0f) | (hi << 6 & 0xc0));
}

static u8 muxed_b_r(void *ctx)
{
    williams_state *s = ctx;
    u8 hi = read_port(s, s->port_mux[s->mux_select ? 2 : 3]);
    return (u8)((read_port(s, s->port_in[1]) & 0xfc) | (hi >> 2 & 0x03));
}

static void mux_select_w(void *ctx, int state)
{
    ((williams_state *)ctx)->mux_select = state ? 1 : 0;
}

/* Sinistar: a 7x7 stick, each axis coded in 4 bits */
static u8 port_49way_r(void *ctx)
{
    static const u8 code[7] = { 0x0, 0x4, 0x6, 0x7, 0xb, 0x9, 0x8 };
    williams_state *s = ctx;
    u8 x = read_port(s, s->port_49way[0]) >> 4, y = read_port(s, s->port_49way[1]) >> 4;
    return (u8)(code[x < 7 ? x : 6] << 4 | code[y < 7 ? y : 6]);
}

/* the sound board sees the command when both CPUs reach this time (MAME's synchronize) */
static void snd_cmd_w(void *ctx, u8 data)
{
    williams_state *s = ctx;
    timer_adjust(s->machine, s->snd_cmd_timer, ET_ZERO, data | 0xc0, ET_ZERO);
    sched_sync(s->machine);
}

static void snd_cmd_event(machine_t *m, void *ctx, s32 param)
{
    (void)m;
    williams_state *s = ctx;
    pia6821_portb_w(&s->pia[2], (u8)param);
    pia6821_cb1_w(&s->pia[2], param != 0xff);
}

static void dac_w(void *ctx, u8 data)
{
    williams_state *s = ctx;
    dac_write(s->dac, data);
}

static const pia6821_intf pia0_intf = { .in_a = in0_r, .in_b = in1_r };
static const pia6821_intf pia0_muxed_intf = { .in_a = muxed_a_r, .in_b = muxed_b_r, .cb2 = mux_select_w };
static const pia6821_intf pia0_49way_intf = { .in_a = port_49way_r, .in_b = in1_r };
static const pia6821_intf pia1_intf = { .in_a = in2_r, .out_b = snd_cmd_w, .irq_a = main_irq_a, .irq_b = main_irq_b };
static const pia6821_intf pia2_intf = { .out_a = dac_w, .irq_a = snd_irq_a, .irq_b = snd_irq_b };

static void cvsd_digit_w(void *ctx, int state) { hc55516_digit_w(((williams_state *)ctx)->cvsd, state); }
static void cvsd_clock_w(void *ctx, int state) { hc55516_clock_w(((williams_state *)ctx)->cvsd, state); }
static const pia6821_intf pia2_cvsd_intf = { .out_a = dac_w, .ca2 = cvsd_digit_w, .cb2 = cvsd_clock_w,
                                             .irq_a = snd_irq_a, .irq_b = snd_irq_b };

static u8 pia0_r(void *ctx, offs_t o) { return pia6821_read(&((williams_state *)ctx)->pia[0], o); }
static void pia0_w(void *ctx, offs_t o, u8 d) { pia6821_write(&((williams_state *)ctx)->pia[0], o, d); }
static u8 pia1_r(void *ctx, offs_t o) { return pia6821_read(&((williams_state *)ctx)->pia[1], o); }
static void pia1_w(void *ctx, offs_t o, u8 d) { pia6821_write(&((williams_state *)ctx)->pia[1], o, d); }
static u8 pia2_r(void *ctx, offs_t o) { return pia6821_read(&((williams_state *)ctx)->pia[2], o); }
static void pia2_w(void *ctx, offs_t o, u8 d) { pia6821_write(&((williams_state *)ctx)->pia[2], o, d); }

/* ---- blitter, CMOS, watchdog ---- */

static void blitter_w(void *ctx, offs_t offset, u8 data)
{
    williams_state *s = ctx;
    int cycles = williams_blitter_w(&s->blitter, &s->maincpu->program.as, s->vram, offset, data);
    cpu_stall(s->maincpu->core, cycles); /* the CPU is halted while the chip owns the bus */
}

static void cmos_4bit_w(void *ctx, offs_t offset, u8 data)
{
    williams_state *s = ctx;
    s->cmos[offset & 0x3ff] = data | 0xf0;
}

static void cmos_8bit_w(void *ctx, offs_t offset, u8 data)
{
    williams_state *s = ctx;
    s->cmos[offset & 0x3ff] = data;
}

static void sinistar_vram_select_w(void *ctx, offs_t offset, u8 data)
{
    williams_state *s = ctx;
    vram_select_w(ctx, offset, data);
    s->blitter.window_enable = data >> 2 & 1;
}

static void watchdog_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    williams_state *s = ctx;
    if (data != 0x39)
        return;
    if (!s->watchdog_armed) {
        s->watchdog_armed = 1;
        watchdog_enable(s->watchdog, true);
    } else
        watchdog_kick(s->watchdog);
}

/* ---- Defender's c000 window ---- */

static u8 defender_c000_r(void *ctx, offs_t offset)
{
    williams_state *s = ctx;
    if (s->page >= 1 && s->page <= 9)
        return s->rom[(s->page - 1) * 0x1000 + offset];
    if (s->page != 0)
        return 0;
    if (offset >= 0x400 && offset < 0x800)
        return s->cmos[offset & 0xff];
    if (offset >= 0x800 && offset < 0xc00)
        return video_counter_r(s, 0);
    if (offset >= 0xc00 && (offset & 0x1f) < 8)
        return pia6821_read(&s->pia[offset & 4 ? 0 : 1], offset & 3);
    return 0; /* palette and video control are write-only */
}

static void defender_c000_w(void *ctx, offs_t offset, u8 data)
{
    williams_state *s = ctx;
    if (s->page != 0)
        return;
    if (offset < 0x400) {
        redraw_before(s);
        if ((offset & 0x1f) < 0x10)
            s->paletteram[offset & 0x0f] = data;
        else
            s->cocktail = data & 1; /* video control, also at c3ff */
    } else if (offset < 0x800)
        s->cmos[offset & 0xff] = data | 0xf0;
    else if (offset >= 0xc00 && (offset & 0x1f) < 8)
        pia6821_write(&s->pia[offset & 4 ? 0 : 1], offset & 3, data);
}

static void defender_page_w(void *ctx, offs_t offset, u8 data)
{
    (void)offset;
    ((williams_state *)ctx)->page = data & 0x0f;
}

/* Defender's sound RAM is 0000-007f, the rest of its page unmapped: reads
   of the page come straight from snd_ram, whose upper half holds what an
   unmapped read gives (writes keep the map's split page, so writes there
   are still dropped). Only -log's report of unmapped reads is lost. */
static void defender_sound_page(williams_state *s)
{
    address_space_t *as = &s->soundcpu->program.as;
    if (!s->hw->sound_ram_128 || as->page_shift != 8 || as->pages[0].rh == BUS_HANDLER_UNMAPPED)
        return;
    memset(s->snd_ram + 0x80, as->unmap_value, 0x80);
    as->pages[0].rbase = s->snd_ram;
}

/* Writes to the sound PIA's page (0400-04ff, mirror 8000) straight to the
   PIA rather than through the map's split page; the rest of the page stays
   unmapped. Port A (offset 0) is the DAC or its DDR: writing the byte it
   already holds changes nothing, which lets the 6808's idle loops that
   keep rewriting the DAC be skipped (m6800.c). */
static void snd_io_w(void *ctx, offs_t offset, u8 data)
{
    williams_state *s = ctx;
    if (offset < 4) {
        pia6821_write(&s->pia[2], offset, data);
        return;
    }
    address_space_t *as = &s->soundcpu->program.as;
    as->handlers[BUS_HANDLER_UNMAPPED].w(as, 0x0400 + offset, data);
}

static void sound_io_page(williams_state *s)
{
    address_space_t *as = &s->soundcpu->program.as;
    if (as->page_shift != 8 || as->pages[0x04].wbase || as->pages[0x84].wbase)
        return;
    int h = as_add_handler(as, NULL, snd_io_w, s, 0x0400, 0x7fff);
    if (h < 0)
        return;
    as->handlers[h].repeat_safe = 1;
    as->handlers[h].keeps_pages = true;
    as->pages[0x04].wh = as->pages[0x84].wh = (u8)h;
}

/* ---- memory maps ---- */

/* Stargate's board; the others add the special chip */
#define WILLIAMS_MAP_COMMON \
    MAP_RAM(0x0000, 0xbfff, 0, williams_state, vram), \
    MAP_WRITE(0xc000, 0xc00f, 0x03f0, palette_w), \
    MAP_IO(0xc804, 0xc807, 0x00f0, pia0_r, pia0_w), \
    MAP_IO(0xc80c, 0xc80f, 0x00f0, pia1_r, pia1_w), \
    MAP_WRITE(0xc900, 0xc9ff, 0, vram_select_w), \
    MAP_READ(0xcb00, 0xcbff, 0, video_counter_r), \
    MAP_WRITE(0xcbff, 0xcbff, 0, watchdog_w), \
    MAP_RAM(0xcc00, 0xcfff, 0, williams_state, cmos), \
    MAP_WRITE(0xcc00, 0xcfff, 0, cmos_4bit_w), \
    MAP_ROM(0xd000, 0xffff, 0, "maincpu", 0xd000)

static const mem_map_entry williams_map[] = {
    WILLIAMS_MAP_COMMON,
    MAP_WRITE(0x0000, 0x97ff, 0, vram_w),
    MAP_END,
};

static const mem_map_entry williams_blitter_map[] = {
    WILLIAMS_MAP_COMMON,
    MAP_WRITE(0x0000, 0x97ff, 0, vram_w),
    MAP_WRITE(0xca00, 0xca07, 0x00f8, blitter_w),
    MAP_END,
};

static const mem_map_entry bubbles_map[] = {
    WILLIAMS_MAP_COMMON,
    MAP_WRITE(0x0000, 0x97ff, 0, vram_w),
    MAP_WRITE(0xca00, 0xca07, 0x00f8, blitter_w),
    MAP_WRITE(0xcc00, 0xcfff, 0, cmos_8bit_w),
    MAP_END,
};

static const mem_map_entry sinistar_map[] = {
    WILLIAMS_MAP_COMMON,
    MAP_WRITE(0x0000, 0x97ff, 0, vram_w),
    MAP_WRITE(0xca00, 0xca07, 0x00f8, blitter_w),
    MAP_WRITE(0xc900, 0xc9ff, 0, sinistar_vram_select_w),
    MAP_RAM(0xd000, 0xdfff, 0, williams_state, sram),
    MAP_ROM(0xe000, 0xffff, 0, "maincpu", 0xe000),
    MAP_END,
};

static const mem_map_entry defender_map[] = {
    MAP_RAM(0x0000, 0xbfff, 0, williams_state, vram),
    MAP_WRITE(0x0000, 0x97ff, 0, vram_w),
    MAP_IO(0xc000, 0xcfff, 0, defender_c000_r, defender_c000_w),
    MAP_ROM(0xd000, 0xffff, 0, "maincpu", 0xd000),
    MAP_WRITE(0xd000, 0xdfff, 0, defender_page_w),
    MAP_END,
};

static const mem_map_entry defender_sound_map[] = {
    MAP_RAM(0x0000, 0x007f, 0, williams_state, snd_ram), /* 6808 internal RAM only */
    MAP_IO(0x0400, 0x0403, 0x8000, pia2_r, pia2_w),
    MAP_ROM(0xb000, 0xffff, 0, "soundcpu", 0xb000),
    MAP_END,
};

static const mem_map_entry williams_sound_map[] = {
    MAP_RAM(0x0000, 0x00ff, 0, williams_state, snd_ram), /* 6808 internal + MC6810 */
    MAP_IO(0x0400, 0x0403, 0x8000, pia2_r, pia2_w),
    MAP_ROM(0xb000, 0xffff, 0, "soundcpu", 0xb000),
    MAP_END,
};

/* ---- machine ---- */

static int williams_start(machine_t *m, void *drv, const williams_hw *hw)
{
    williams_state *s = drv;
    s->machine = m;
    s->screen = &m->screen;
    s->hw = hw;
    s->maincpu = machine_cpu(m, "maincpu");
    s->soundcpu = machine_cpu(m, "soundcpu");
    s->watchdog = machine_device_self(m, "watchdog");
    s->dac = machine_device_self(m, "dac");
    mem_region *r = machine_region(m, "maincpu");
    if (!s->maincpu || !s->soundcpu || !s->watchdog || !s->dac || !r || r->size < 0x19000)
        return -1;
    s->rom = r->data + 0x10000;
    static const char *const tags[3] = { "IN0", "IN1", "IN2" };
    for (int i = 0; i < 3; i++)
        if ((s->port_in[i] = input_port_index(&m->inputs, tags[i])) < 0)
            return -1;
    static const char *const mux_tags[4] = { "INP1", "INP2", "INP1A", "INP2A" };
    for (int i = 0; i < 4; i++)
        s->port_mux[i] = input_port_index(&m->inputs, mux_tags[i]);
    s->port_49way[0] = input_port_index(&m->inputs, "49WAYX");
    s->port_49way[1] = input_port_index(&m->inputs, "49WAYY");
    pia6821_init(&s->pia[0], hw->pia0, s);
    pia6821_init(&s->pia[1], &pia1_intf, s);
    pia6821_init(&s->pia[2], hw->pia2, s);
    s->cvsd = machine_device_self(m, "cvsd");
    if (hw->pia2 == &pia2_cvsd_intf && !s->cvsd)
        return -1;
    williams_blitter_init(&s->blitter, hw->sc1, hw->clip);
    s->snd_cmd_timer = timer_alloc(m, snd_cmd_event, s);
    s->line_timer = timer_alloc(m, line_irq_event, s);
    defender_sound_page(s);
    address_space_t *mas = &s->maincpu->program.as;
    s->track_rows = !mas->pages[0].wbase && mas->handlers[mas->pages[0].wh].w == vram_w;
    if (s->track_rows) {
        mas->handlers[mas->pages[0].wh].keeps_pages = true;
        mas->marked_start = 0;
        mas->marked_len = 0x9800;
        mas->marked_ram = s->vram;
        mas->marks = s->rows;
    }
    const bus_page *pal = &mas->pages[0xc000 >> mas->page_shift];
    if (!pal->wbase && mas->handlers[pal->wh].w == palette_w)
        mas->handlers[pal->wh].keeps_pages = true;
    const bus_page *vc = &mas->pages[0xcb00 >> mas->page_shift];
    if (!vc->rbase && mas->handlers[vc->rh].r == video_counter_r)
        mas->handlers[vc->rh].keeps_pages = true;
    /* Defender's c000 window (one handler, reads and writes) goes by
       s->page, and what it reaches (palette, CMOS, the PIAs, ROM)
       re-points no page either */
    if (!vc->rbase && mas->handlers[vc->rh].r == defender_c000_r)
        mas->handlers[vc->rh].keeps_pages = true;
    sound_io_page(s);
    /* no sound board handler re-points a page (no banking there) */
    s->soundcpu->program.as.fixed_pages = true;
    /* the main board reaches it only through the PIA's CB1 and port B,
       which raise IRQs */
    s->soundcpu->program.as.solo = true;
    if (!s->snd_cmd_timer || !s->line_timer)
        return -1;
    timer_adjust(m, s->line_timer, screen_time_until_line(m, 0), 0, ET_ZERO);
    screen_follow_cpu(m, s->maincpu);
    screen_on_reached(m, row_reached, s);
    rows_reset(s);
    return 0;
}

static void williams_reset(machine_t *m, void *drv)
{
    (void)m;
    williams_state *s = drv;
    for (int i = 0; i < 3; i++)
        pia6821_reset(&s->pia[i]);
    s->main_irq[0] = s->main_irq[1] = s->snd_irq[0] = s->snd_irq[1] = 0;
    cpu_set_line(s->maincpu, CPU_LINE_IRQ0, LINE_CLEAR);
    cpu_set_line(s->soundcpu, CPU_LINE_IRQ0, LINE_CLEAR);
    s->bank = 0;
    s->mux_select = 0;
    s->page = 0;
    s->blitter.window_enable = 0;
    s->watchdog_armed = 0;
    watchdog_enable(s->watchdog, false);
    apply_bank(s);
    rows_reset(s);
}

static void williams_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    williams_state *s = drv;
    st_bytes(io, s->vram, sizeof(s->vram));
    st_bytes(io, s->cmos, sizeof(s->cmos));
    st_bytes(io, s->paletteram, sizeof(s->paletteram));
    st_bytes(io, s->snd_ram, sizeof(s->snd_ram));
    st_u8(io, &s->bank);
    st_u8(io, &s->cocktail);
    st_u8(io, &s->mux_select);
    st_u8(io, &s->page);
    st_u8(io, &s->watchdog_armed);
    st_bytes(io, s->sram, sizeof(s->sram));
    for (int i = 0; i < 3; i++)
        pia6821_serialize(&s->pia[i], io);
    williams_blitter_serialize(&s->blitter, io);
    st_bytes(io, s->main_irq, sizeof(s->main_irq));
    st_bytes(io, s->snd_irq, sizeof(s->snd_irq));
}

static void williams_post_load(machine_t *m, void *drv)
{
    (void)m;
    williams_state *s = drv;
    s->pairs_valid = 0; /* the pen-pair cache is re-derived from palette RAM */
    apply_bank(s);
    defender_sound_page(s);
    rows_reset(s); /* the bitmap may hold another timeline */
}

static u8 *williams_nvram(machine_t *m, void *drv, size_t *len)
{
    (void)m;
    williams_state *s = drv;
    *len = s->hw->cmos_size;
    return s->cmos;
}

/* MAME's watchdog without a VBLANK count or time: 3 seconds */
static const watchdog_params williams_watchdog = { .time_us = 3000000 };

#define WILLIAMS_DEVICES(map, sound_map) \
    CPU_DEVICE("maincpu", m6809e_core, MASTER_CLOCK / 3 / 4, .program = map), \
    CPU_DEVICE("soundcpu", m6808_core, SOUND_CLOCK, .program = sound_map), \
    SOUND_DEVICE("dac", mc1408_dac_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 128))), /* MAME: 0.25 */ \
    DEVICE("watchdog", watchdog_device, 0, &williams_watchdog), \
    DEVICE_END

static const device_config defender_devices[] = { WILLIAMS_DEVICES(defender_map, defender_sound_map) };
static const device_config williams_devices[] = { WILLIAMS_DEVICES(williams_map, williams_sound_map) };
static const device_config williams_b1_devices[] = { WILLIAMS_DEVICES(williams_blitter_map, williams_sound_map) };
static const device_config bubbles_devices[] = { WILLIAMS_DEVICES(bubbles_map, williams_sound_map) };
static const device_config sinistar_devices[] = {
    CPU_DEVICE("maincpu", m6809e_core, MASTER_CLOCK / 3 / 4, .program = sinistar_map),
    CPU_DEVICE("soundcpu", m6808_core, SOUND_CLOCK, .program = williams_sound_map),
    SOUND_DEVICE("dac", mc1408_dac_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 128))), /* MAME: 0.25 */
    DEVICE("watchdog", watchdog_device, 0, &williams_watchdog),
    SOUND_DEVICE("cvsd", hc55516_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 205))), /* MAME: 0.8 */
    DEVICE_END,
};

/* the hooks: MAME's williams_base, williams_b1 (+ init_robotron), joust,
   splat, bubbles and sinistar_upright configs */
static const williams_hw defender_hw = { false, 0xc000, 0x100, &pia0_intf, &pia2_intf, true };
static const williams_hw stargate_hw = { false, 0xc000, 0x400, &pia0_intf, &pia2_intf, false };
static const williams_hw robotron_hw = { true, 0xc000, 0x400, &pia0_intf, &pia2_intf, false };
static const williams_hw joust_hw = { true, 0xc000, 0x400, &pia0_muxed_intf, &pia2_intf, false };
static const williams_hw splat_hw = { false, 0xc000, 0x400, &pia0_muxed_intf, &pia2_intf, false };
static const williams_hw bubbles_hw = { true, 0xc000, 0x400, &pia0_intf, &pia2_intf, false };
static const williams_hw sinistar_hw = { true, 0x7400, 0x400, &pia0_49way_intf, &pia2_cvsd_intf, false };

#define WILLIAMS_START(name) \
    static int name##_start(machine_t *m, void *drv) { return williams_start(m, drv, &name##_hw); }
WILLIAMS_START(defender)
WILLIAMS_START(stargate)
WILLIAMS_START(robotron)
WILLIAMS_START(joust)
WILLIAMS_START(splat)
WILLIAMS_START(bubbles)
WILLIAMS_START(sinistar)

/* MAME's device names (-listxml <device_ref>) */
#define WILLIAMS_REFS "mc6809e", "m6808", "nvram", "timer", "timer", "watchdog", "screen", "palette", "speaker", \
                      "mc1408", "ipt_merge_any_hi", "ipt_merge_any_hi", "pia6821", "pia6821", "pia6821"
static const char *const williams_refs[] = { WILLIAMS_REFS, NULL };
static const char *const muxed_refs[] = { WILLIAMS_REFS, "ls157", "ls157", NULL };
static const char *const sinistar_refs[] = { WILLIAMS_REFS, "hc55516", NULL };
static const char *const defender_refs[] = { WILLIAMS_REFS, "address_map_bank", NULL };

#define WILLIAMS_CONFIG(name, devs, ways, refs) WILLIAMS_CONFIG_X(name, devs, ways, 6, 298, refs)
#define WILLIAMS_CONFIG_X(name, devs, ways, hbend, hbstart, refs) \
    static const machine_config name##_config = { \
        .devices = devs, \
        .drv_state_size = sizeof(williams_state), \
        .quantum_hz = 0, \
        .screen = { MASTER_CLOCK * 2 / 3, 512, hbend, hbstart, 260, 7, 247, NULL, false }, \
        .video = { palette_init, williams_update, NULL, 256, 0, NULL }, \
        .start = name##_start, \
        .reset = williams_reset, \
        .serialize = williams_serialize, \
        .post_load = williams_post_load, \
        .nvram_name = "nvram", \
        .nvram = williams_nvram, \
        .speaker_tag = "speaker", \
        .joy_ways = ways, \
        .device_refs = refs, \
    }
WILLIAMS_CONFIG_X(defender, defender_devices, 2, 12, 304, defender_refs);
WILLIAMS_CONFIG(stargate, williams_devices, 8, williams_refs);
WILLIAMS_CONFIG(robotron, williams_b1_devices, 8, williams_refs);
WILLIAMS_CONFIG(joust, williams_b1_devices, 2, muxed_refs);
WILLIAMS_CONFIG(splat, williams_b1_devices, 8, muxed_refs);
WILLIAMS_CONFIG(bubbles, bubbles_devices, 8, williams_refs);
WILLIAMS_CONFIG(sinistar, sinistar_devices, 8, sinistar_refs);

/* Coin door, as every Williams board of this family. */
#define WILLIAMS_IN2 \
    PORT_START("IN2"), \
    PORT_BIT_TOGGLE_NAMED(0x01, 0x00, IPT_SERVICE1, "Auto Up / Manual Down"), \
    PORT_BIT_NAMED(0x02, 0x00, IPT_SERVICE, "Advance"), \
    PORT_BIT(0x04, 0x00, IPT_COIN3), \
    PORT_BIT_NAMED(0x08, 0x00, IPT_MEMORY_RESET, "High Score Reset"), \
    PORT_BIT(0x10, 0x00, IPT_COIN1), \
    PORT_BIT(0x20, 0x00, IPT_COIN2), \
    PORT_BIT(0x40, 0x00, IPT_TILT), \
    PORT_BIT(0x80, 0x00, IPT_UNKNOWN)

/* Twin sticks: move on the left stick, fire on the right one (MAME's double joystick). */
static const input_def robotron_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT_NAMED(0x01, 0x00, IPT_JOYSTICKLEFT_UP, "Move Up"),
    PORT_BIT_NAMED(0x02, 0x00, IPT_JOYSTICKLEFT_DOWN, "Move Down"),
    PORT_BIT_NAMED(0x04, 0x00, IPT_JOYSTICKLEFT_LEFT, "Move Left"),
    PORT_BIT_NAMED(0x08, 0x00, IPT_JOYSTICKLEFT_RIGHT, "Move Right"),
    PORT_BIT(0x10, 0x00, IPT_START1),
    PORT_BIT(0x20, 0x00, IPT_START2),
    PORT_BIT_NAMED(0x40, 0x00, IPT_JOYSTICKRIGHT_UP, "Fire Up"),
    PORT_BIT_NAMED(0x80, 0x00, IPT_JOYSTICKRIGHT_DOWN, "Fire Down"),
    PORT_START("IN1"),
    PORT_BIT_NAMED(0x01, 0x00, IPT_JOYSTICKRIGHT_LEFT, "Fire Left"),
    PORT_BIT_NAMED(0x02, 0x00, IPT_JOYSTICKRIGHT_RIGHT, "Fire Right"),
    PORT_BIT(0xfc, 0x00, IPT_UNKNOWN),
    WILLIAMS_IN2,
    INPUT_END,
};

static const input_def stargate_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT_NAMED(0x01, 0x00, IPT_BUTTON1, "Fire"),
    PORT_BIT_NAMED(0x02, 0x00, IPT_BUTTON2, "Thrust"),
    PORT_BIT_NAMED(0x04, 0x00, IPT_BUTTON3, "Smart Bomb"),
    PORT_BIT_NAMED(0x08, 0x00, IPT_BUTTON4, "Hyperspace"),
    PORT_BIT(0x10, 0x00, IPT_START2),
    PORT_BIT(0x20, 0x00, IPT_START1),
    PORT_BIT_NAMED(0x40, 0x00, IPT_BUTTON1, "Reverse"),
    PORT_BIT(0x80, 0x00, IPT_JOYSTICK_DOWN),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x00, IPT_JOYSTICK_UP),
    PORT_BIT_P(0x02, 0x00, IPT_BUTTON2, 2), /* Inviso (MAME: BUTTON5) */
    PORT_BIT(0xfc, 0x00, IPT_UNKNOWN),
    WILLIAMS_IN2,
    INPUT_END,
};

/* Joust: the LS157s pick player 1 or 2 on IN0 bits 0-3 */
static const input_def joust_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x10, 0x00, IPT_START2),
    PORT_BIT(0x20, 0x00, IPT_START1),
    PORT_START("IN1"),
    PORT_BIT(0xfc, 0x00, IPT_UNUSED),
    WILLIAMS_IN2,
    PORT_START("INP2"),
    PORT_BIT_P(0x01, 0x00, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x02, 0x00, IPT_JOYSTICK_RIGHT, 2),
    PORT_BIT_P(0x04, 0x00, IPT_BUTTON1, 2),
    PORT_BIT(0x08, 0x00, IPT_UNUSED),
    PORT_START("INP1"),
    PORT_BIT(0x01, 0x00, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x02, 0x00, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x04, 0x00, IPT_BUTTON1),
    PORT_BIT(0x08, 0x00, IPT_UNUSED),
    PORT_START("INP2A"),
    PORT_BIT(0x0f, 0x00, IPT_UNUSED),
    PORT_START("INP1A"),
    PORT_BIT(0x0f, 0x00, IPT_UNUSED),
    INPUT_END,
};

static const input_def bubbles_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x00, IPT_JOYSTICK_UP),
    PORT_BIT(0x02, 0x00, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x04, 0x00, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x08, 0x00, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x10, 0x00, IPT_START2),
    PORT_BIT(0x20, 0x00, IPT_START1),
    PORT_BIT(0xc0, 0x00, IPT_UNKNOWN),
    PORT_START("IN1"),
    PORT_BIT(0xff, 0x00, IPT_UNKNOWN),
    WILLIAMS_IN2,
    INPUT_END,
};

/* Splat: walk on the left stick, throw on the right one, per player */
static const input_def splat_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x10, 0x00, IPT_START1),
    PORT_BIT(0x20, 0x00, IPT_START2),
    PORT_START("IN1"),
    PORT_BIT(0xfc, 0x00, IPT_UNKNOWN),
    PORT_START("IN2"),
    PORT_BIT_TOGGLE_NAMED(0x01, 0x00, IPT_SERVICE1, "Auto Up / Manual Down"),
    PORT_BIT_NAMED(0x02, 0x00, IPT_SERVICE, "Advance"),
    PORT_BIT(0x04, 0x00, IPT_COIN3),
    PORT_BIT_NAMED(0x08, 0x00, IPT_MEMORY_RESET, "High Score Reset"),
    PORT_BIT(0x10, 0x00, IPT_COIN1),
    PORT_BIT(0x20, 0x00, IPT_COIN2),
    PORT_BIT(0x40, 0x00, IPT_TILT),
#define SPLAT_STICK(tag, dir, p) \
    PORT_START(tag), \
    PORT_BIT_P(0x01, 0x00, IPT_JOYSTICK##dir##_UP, p), \
    PORT_BIT_P(0x02, 0x00, IPT_JOYSTICK##dir##_DOWN, p), \
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK##dir##_LEFT, p), \
    PORT_BIT_P(0x08, 0x00, IPT_JOYSTICK##dir##_RIGHT, p)
    SPLAT_STICK("INP2", LEFT, 2),
    SPLAT_STICK("INP1", LEFT, 1),
    SPLAT_STICK("INP2A", RIGHT, 2),
    SPLAT_STICK("INP1A", RIGHT, 1),
#undef SPLAT_STICK
    INPUT_END,
};

/* Sinistar: the 49-way stick, an analog stick as MAME has it (0-6fh,
   centred at 38h, Y reversed), coded by port_49way_r */
static const input_def sinistar_inputs[] = {
    PORT_START("IN0"),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x00, IPT_BUTTON1),
    PORT_BIT(0x02, 0x00, IPT_BUTTON2),
    PORT_BIT(0x10, 0x00, IPT_START1),
    PORT_BIT(0x20, 0x00, IPT_START2),
    PORT_BIT(0xc0, 0x00, IPT_UNKNOWN),
    WILLIAMS_IN2,
    PORT_START("49WAYX"),
    PORT_ANALOG(0xff, 0x38, IPT_AD_STICK_X, 1, 0x00, 0x6f, 100, 10, 0),
    PORT_START("49WAYY"),
    PORT_ANALOG(0xff, 0x38, IPT_AD_STICK_Y, 1, 0x00, 0x6f, 100, 10, 1),
    INPUT_END,
};

static const input_def defender_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT_NAMED(0x01, 0x00, IPT_BUTTON1, "Fire"),
    PORT_BIT_NAMED(0x02, 0x00, IPT_BUTTON2, "Thrust"),
    PORT_BIT_NAMED(0x04, 0x00, IPT_BUTTON3, "Smart Bomb"),
    PORT_BIT_NAMED(0x08, 0x00, IPT_BUTTON4, "Hyperspace"),
    PORT_BIT(0x10, 0x00, IPT_START2),
    PORT_BIT(0x20, 0x00, IPT_START1),
    PORT_BIT_P(0x40, 0x00, IPT_BUTTON1, 2), /* Reverse (MAME: BUTTON5) */
    PORT_BIT(0x80, 0x00, IPT_JOYSTICK_DOWN),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x00, IPT_JOYSTICK_UP),
    PORT_BIT(0xfe, 0x00, IPT_UNKNOWN),
    WILLIAMS_IN2,
    INPUT_END,
};

GAME(1980, defender, NULL, defender_config, defender_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Williams", "Defender (Red label)");
GAME(1980, defenderg, "defender", defender_config, defender_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Williams", "Defender (Green label)");
GAME(1981, stargate, NULL, stargate_config, stargate_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Williams / Vid Kidz", "Stargate");
GAME(1982, robotron, NULL, robotron_config, robotron_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Williams / Vid Kidz", "Robotron: 2084 (Solid Blue label)");
GAME(1982, robotronyo, "robotron", robotron_config, robotron_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Williams / Vid Kidz", "Robotron: 2084 (Yellow/Orange label)");
GAME(1982, joust, NULL, joust_config, joust_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Williams", "Joust (Green label)");
GAME(1982, joustr, "joust", joust_config, joust_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Williams", "Joust (Red label)");
GAME(1982, bubbles, NULL, bubbles_config, bubbles_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Williams", "Bubbles");
GAME(1982, splat, NULL, splat_config, splat_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Williams", "Splat!");
GAME(1982, sinistar, NULL, sinistar_config, sinistar_inputs, NULL, ROT270 | MACHINE_SUPPORTS_SAVE,
     "Williams", "Sinistar (revision 3)");
