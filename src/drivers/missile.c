/* Atari Missile Command (1980).

   CPU:    6502 at 10 MHz / 8 = 1.25 MHz; from V = 224 to the end of the
           frame the board gives it half the clock (MAME: 625 kHz there)
   Memory (address bit 15 ignored, except by MADSEL accesses):
           0000-3fff video RAM, also the work RAM: line V is the 64 bytes
                     at V * 64, four pixels a byte (pixel n: bit n = colour
                     bit 1, bit n + 4 = colour bit 2); lines 224-255 have a
                     third (low) colour bit in 0200-05ff (bit3_addr below)
           4000-400f POKEY (mirror 07f0); its ALLPOT reads DIP bank R8
           4800 (r) IN0 switches, or with CTRLD the trackball counts (Y in
                     bits 4-7, X in 0-3; the cocktail pair when flipped)
           4800 (w) bit 0 CTRLD, 1-2 start LEDs, 3-5 coin counters, 6 flip
                     screen (low = flipped)
           4900 (r) IN1 (bit 7 VBLANK), 4a00 (r) DIP bank R10
           4b00-4b07 (w) colour registers: bits 3/2/1 = red/green/blue, low on
           4c00 (w) watchdog, 4d00 (w) IRQ acknowledge
           5000-7fff program ROM
   MADSEL: when SYNC fetches an opcode xxx00001 (the (zp,X) instructions)
           with /IRQ high, the access 5 cycles later (the operand) bypasses
           the decoding: the 16-bit address is a pixel (V << 8 | H). Writes
           store data bits 7-6 into the pixel under the mask the 6331 PROM
           gives for H & 7 (entries 10-17), and at V >= 224 data bit 5 into the
           third plane (mask entries 18-1f) at the cost of one more cycle;
           reads give the pixel in bits 7-6 (and 5), the other bits high.
   Video:  256x231 visible (lines 25-255 of 256) at 5 MHz / 320 (61 Hz);
           flipped, the V counter runs backwards (the picture turns over
           and the events below move to 256 - V).
   IRQ:    a flip-flop clocked every 32 lines (V = 0, 32, ... or 16, 48, ...
           when flipped) takes /32V; /IRQ follows it at the next SYNC, and
           4d00 clears it.
   Sound:  POKEY at 1.25 MHz. */
#include <string.h>

#include "cpu/m6502.h"
#include "emu/machine.h"
#include "emu/screen.h"
#include "machine/watchdog.h"
#include "sound/pokey.h"

#define MASTER_CLOCK 10000000

typedef struct missile_state {
    u8 videoram[0x4000];
    u8 colours[8];
    u8 irq_state, irq_pin; /* the flip-flop, and /IRQ as latched at SYNC */
    u8 ctrld, flip;
    u8 slow;               /* V >= 224: every access takes two clocks */
    s8 madsel;             /* accesses since a MADSEL opcode's SYNC; -1: none */
    u8 prefetched;         /* the next access is the opcode fetch SYNC paid for */
    u8 no_stop;            /* the extra MADSEL clock overran the slice (see extra_clock) */
    u8 track_rev;          /* PORT_REVERSE ports (bit per TRACKn_X/Y) */
    u16 pens4[256][4];     /* a video byte's four pixels (colour bits 2-1), made at start */
    u16 bit3x8[256][8];    /* a third-plane byte's eight pixels (colour bit 0) */
    /* Two views of the bus for the 6502: the machine's (every access through
       missile_bus_r/w, as the slowed clock and MADSEL need) and a fast one with
       RAM and ROM as direct pages, used while neither is in force (set_space). */
    address_space_t *full_space;
    int full_handlers;     /* the machine view's handlers as built */
    address_space_t fast_space;
    bus_page fast_pages[256];
    u8 sync_ops[256];      /* the opcodes SYNC must see in the fast view: (zp,X) */
    /* A MADSEL instruction at full speed away from a slice end runs in the
       fast view with only the page of its MADSEL access given to the
       handler (madsel_space: fast_pages with that page patched), which
       knows that access by its cycle (see missile_cpu_output). */
    address_space_t madsel_space;
    bus_page madsel_pages[256];
    /* At half speed between a SYNC's opcode fetch and the next SYNC, with no
       MADSEL armed: RAM and ROM direct, their second clock charged by the
       core (m6502_t.slow_space); I/O through missile_bus_r/w as before. */
    address_space_t slow_space;
    int madsel_page;       /* the patched page; -1: none */
    int madsel_when;       /* cpu_cycles_run at the MADSEL access */
    machine_t *machine;
    cpu_slot *cpu;
    cpu_base *core;
    pokey_t *pokey;
    watchdog_t *watchdog;
    input_ports *in;
    const u8 *rom, *prom;
    emu_timer *irq_timer, *cpu_timer;
    int port_in0, port_in1, port_r10, port_r8, port_track[4];
} missile_state;

/* ---- beam position, flipped or not ---- */

/* Flipped, the V counter counts down: the effective V of raw line n is 256 - n. */
static int line_of_v(const missile_state *s, int v)
{
    return (s->flip ? 256 - v : v) & 0xff;
}

static int vblank_now(const missile_state *s)
{
    int line = screen_vpos(s->machine);
    int v = s->flip ? 256 - line : line;
    return v < 24;
}

/* ---- IRQ and clock timers ---- */

/* The fast view while the clock is full speed, no MADSEL access is due and
   no opcode fetch is waiting for its refund (prefetched), and while nothing
   (the debugger's watchpoints) has added handlers to the machine's view. */
/* In the fast view SYNC has nothing to do (the clock is full speed, no
   MADSEL is armed, nothing is prefetched) except for a (zp,X) opcode, which
   may arm MADSEL, and a change of the IRQ flip-flop, which /IRQ latches: the
   core leaves the other SYNCs out (m6502_t.sync_ops). In the slow view a
   SYNC left out means the fetch's two clocks are charged by the fetch
   instead of by SYNC: the same count, and the core calls SYNC whenever a
   slice end is near enough for a timer to fire in between. Called after
   every change of the view or of irq_state / irq_pin. */
static void sync_filter(missile_state *s)
{
    m6502_t *c = (m6502_t *)s->core;
    c->sync_all = (c->program != &s->fast_space && c->program != &s->slow_space) || s->irq_state != s->irq_pin;
}

static void madsel_unpatch(missile_state *s)
{
    if (s->madsel_page >= 0) {
        s->madsel_pages[s->madsel_page] = s->fast_pages[s->madsel_page];
        s->madsel_page = -1;
    }
}

static void set_space(missile_state *s)
{
    madsel_unpatch(s);
    address_space_t *as = &s->fast_space;
    if (s->madsel >= 0 || s->prefetched || s->full_space->num_handlers != s->full_handlers)
        as = s->full_space;
    else if (s->slow)
        as = &s->slow_space;
    ((m6502_t *)s->core)->program = as;
    sync_filter(s);
}


static void schedule_irq(missile_state *s, int v)
{
    /* the flip-flop is clocked by 16V (or /16V): every 32 lines */
    v = s->flip ? (((v - 32) & 0xff) | 0x10) : (((v + 32) & 0xff) & ~0x10);
    timer_adjust(s->machine, s->irq_timer, screen_time_until_line(s->machine, line_of_v(s, v)), v, ET_ZERO);
}

static void irq_clock(machine_t *m, void *ctx, s32 v)
{
    missile_state *s = ctx;
    s->irq_state = !(v & 0x20);
    sync_filter(s);
    screen_update_partial(m, line_of_v(s, v));
    schedule_irq(s, v);
}

static void cpu_speed(machine_t *m, void *ctx, s32 v)
{
    missile_state *s = ctx;
    s->slow = v == 224;
    set_space(s);
    v ^= 224;
    timer_adjust(m, s->cpu_timer, screen_time_until_line(m, line_of_v(s, v)), v, ET_ZERO);
}

static u8 peek(const missile_state *s, u16 a)
{
    a &= 0x7fff;
    if (a < 0x4000)
        return s->videoram[a];
    return a >= 0x5000 ? s->rom[a] : 0;
}

/* A cycle at half speed is two of the 1.25 MHz clock. MAME runs the CPU at
   625 kHz there and stops it before an access once its slice (in whole slow
   cycles) is used up: when a timer falls in the first half of the access, it
   fires first (the core handles the case where it falls before it). */
static void slow_cycle(missile_state *s)
{
    if (!s->slow)
        return;
    if (cpu_slice_left(s->core) == 0 && !s->no_stop)
        sched_fire_inside(s->machine);
    cpu_stall(s->core, 1);
}

/* MADSEL at full speed with the slice end far off: no timer can fire and
   no clock change come inside the instruction, and its accesses before the
   MADSEL one (opcode, operand, the zero-page dummy read and pointer) are
   plain reads, so the MADSEL address is known at SYNC and only its page
   needs the handler; the access is the sixth, at a known cycle. The full
   view counts the same accesses one by one (madsel_cycle). False when the
   operand is not in RAM or ROM or a debugger watchpoint is set. */
enum { MADSEL_MARGIN = 32 };

static bool madsel_patch(missile_state *s)
{
    cpu_base *b = s->core;
    m6502_t *c = (m6502_t *)b;
    u16 op = (u16)((c->pc + 1) & 0x7fff);
    if (s->slow || b->icount <= MADSEL_MARGIN || (op >= 0x4000 && op < 0x5000) ||
        s->full_space->num_handlers != s->full_handlers)
        return false;
    u8 z = (u8)(peek(s, op) + c->x);
    u16 a = (u16)(s->videoram[z] | s->videoram[(u8)(z + 1)] << 8);
    b->icount++; /* no prefetch: the core charges the fetch */
    s->madsel = -1;
    s->prefetched = 0;
    s->madsel_page = a >> 8;
    s->madsel_pages[a >> 8] = (bus_page){ NULL, NULL, 0, 0 };
    s->madsel_when = cpu_cycles_run(b) + 6;
    c->program = &s->madsel_space;
    sync_filter(s);
    return true;
}

/* True (and back to the fast view) for the patched MADSEL access. */
static bool madsel_patched(missile_state *s)
{
    if (s->madsel_page < 0 || cpu_cycles_run(s->core) != s->madsel_when)
        return false;
    madsel_unpatch(s);
    ((m6502_t *)s->core)->program = &s->fast_space;
    sync_filter(s);
    return true;
}

/* SYNC: /IRQ takes the flip-flop's state; a (zp,X) opcode arms MADSEL.
   MAME's 6502 fetches the next opcode as the last cycle of an instruction,
   so a slice (and the clock in force) ends after that fetch: its cycle is
   charged here, at the present speed, and the fetch itself costs nothing
   (missile_bus_r takes the charge back). Through the fast view the fetch is
   a direct read the core charges: SYNC takes nothing then, which is the same
   unless the slice ends before the fetch (then the full view is kept). */
static void missile_cpu_output(void *drv, int line, int state)
{
    missile_state *s = drv;
    if (line != CPU_OUT_SYNC || !state)
        return;
    madsel_unpatch(s); /* (done by its access already) */
    cpu_base *b = s->core;
    b->icount--;
    slow_cycle(s);
    s->no_stop = 0;
    if (s->irq_state != s->irq_pin) {
        s->irq_pin = s->irq_state;
        cpu_set_line(s->cpu, CPU_LINE_IRQ0, s->irq_pin ? LINE_ASSERT : LINE_CLEAR);
    }
    if (!s->irq_pin && (peek(s, ((m6502_t *)b)->pc) & 0x1f) == 0x01) {
        s->madsel = 0;
        if (madsel_patch(s))
            return;
    }
    if (s->slow || s->madsel >= 0 || cpu_slice_left(b) <= 0) {
        s->prefetched = 1;
        ((m6502_t *)b)->program = s->full_space;
    } else {
        /* the fetch will be a direct read, charged by the core itself; when
           the slice ends first, the handler takes the charge back as usual */
        s->prefetched = 0;
        b->icount++;
        ((m6502_t *)b)->program = &s->fast_space;
    }
    sync_filter(s);
}

/* ---- MADSEL video accesses ---- */

/* The third colour bit of pixel address (V << 8 | H), V >= 224. */
static u16 bit3_addr(u16 pix)
{
    return (u16)(((pix & 0x0800) >> 1) | ((~pix & 0x0800) >> 2) | ((pix & 0x07f8) >> 2) | ((pix & 0x1000) >> 12));
}

/* MAME takes the extra clock off the count of the slice; when that was used
   up, the count goes negative and its 6502 (which stops only at exactly
   zero) runs on to the end of the instruction, prefetch included. */
static void extra_clock(missile_state *s)
{
    int before = cpu_slice_left(s->core);
    cpu_stall(s->core, s->slow ? 2 : 1);
    if (before >= 0 && cpu_slice_left(s->core) < 0)
        s->no_stop = 1;
}

/* cpu_base.slice_end: the timers due fire unless the slice was overrun. */
static void missile_slice_end(void *ctx)
{
    missile_state *s = ctx;
    set_space(s); /* a watchpoint set in the debugger takes the machine's view from here on */
    if (!s->no_stop)
        sched_fire_inside(s->machine);
}

static void madsel_w(missile_state *s, u16 a, u8 data)
{
    static const u8 fill[4] = { 0x00, 0x0f, 0xf0, 0xff };
    u8 *p = &s->videoram[a >> 2];
    u8 keep = s->prom[(a & 7) | 0x10];
    *p = (u8)((*p & keep) | (fill[data >> 6] & ~keep));
    if ((a & 0xe000) == 0xe000) {
        p = &s->videoram[bit3_addr(a)];
        keep = s->prom[(a & 7) | 0x18];
        *p = (u8)((*p & keep) | ((data & 0x20 ? 0xff : 0x00) & ~keep));
        extra_clock(s);
    }
}

static u8 madsel_r(missile_state *s, u16 a)
{
    u8 v = s->videoram[a >> 2] & (u8)(0x11 << (a & 3));
    u8 r = 0xff;
    if (!(v & 0xf0))
        r &= 0x7f;
    if (!(v & 0x0f))
        r &= 0xbf;
    if ((a & 0xe000) == 0xe000) {
        if (!(s->videoram[bit3_addr(a)] & (1 << (a & 7))))
            r &= 0xdf;
        extra_clock(s);
    }
    return r;
}

/* True for the MADSEL access: the sixth since the opcode's SYNC. */
static bool madsel_cycle(missile_state *s)
{
    if (s->madsel < 0)
        return false;
    if (s->madsel++ < 5)
        return false;
    s->madsel = -1;
    return true;
}

/* ---- the bus: every access comes through here, as on the board ---- */

static u8 track_read(missile_state *s, int idx)
{
    u8 v = (u8)input_port_read(s->in, s->port_track[idx]);
    return s->track_rev >> idx & 1 ? (u8)~v : v;
}

static u8 io_r(missile_state *s, u16 a)
{
    switch (a & 0x7f00) {
    case 0x4000: case 0x4100: case 0x4200: case 0x4300:
    case 0x4400: case 0x4500: case 0x4600: case 0x4700:
        return pokey_read(s->pokey, a & 0x0f);
    case 0x4800:
        if (s->ctrld) {
            int i = s->flip ? 2 : 0;
            return (u8)((track_read(s, i + 1) << 4 & 0xf0) | (track_read(s, i) & 0x0f));
        }
        return (u8)input_port_read(s->in, s->port_in0);
    case 0x4900:
        return (u8)((input_port_read(s->in, s->port_in1) & 0x7f) | (vblank_now(s) ? 0x80 : 0));
    case 0x4a00:
        return (u8)input_port_read(s->in, s->port_r10);
    default:
        return 0xff;
    }
}

static void colour_set(missile_state *s, int i)
{
    u8 d = (u8)~s->colours[i];
    palette_set_color(&s->machine->palette, i, d & 8 ? 0xff : 0, d & 4 ? 0xff : 0, d & 2 ? 0xff : 0);
}

static void io_w(missile_state *s, u16 a, u8 data)
{
    switch (a & 0x7f00) {
    case 0x4000: case 0x4100: case 0x4200: case 0x4300:
    case 0x4400: case 0x4500: case 0x4600: case 0x4700:
        pokey_write(s->pokey, a & 0x0f, data);
        break;
    case 0x4800:
        s->ctrld = data & 1;
        s->flip = !(data & 0x40);
        machine_coin_counter_w(s->machine, 0, data & 0x20);
        machine_coin_counter_w(s->machine, 1, data & 0x10);
        machine_coin_counter_w(s->machine, 2, data & 0x08);
        break;
    case 0x4b00:
        s->colours[a & 7] = data;
        colour_set(s, a & 7);
        break;
    case 0x4c00:
        watchdog_reset_w(s->watchdog, 0, data);
        break;
    case 0x4d00:
        s->irq_state = 0;
        sync_filter(s);
        break;
    default:
        break;
    }
}

static u8 missile_bus_r(void *ctx, offs_t offset)
{
    missile_state *s = ctx;
    u16 a = (u16)offset;
    if (madsel_patched(s))
        return madsel_r(s, a);
    if (s->prefetched) {
        s->prefetched = 0;
        cpu_stall(s->core, -1);
        if (s->slow && s->madsel < 0)
            set_space(s); /* the slow view from here on */
    } else {
        slow_cycle(s);
    }
    if (madsel_cycle(s)) {
        if (s->slow)
            set_space(s);
        return madsel_r(s, a);
    }
    a &= 0x7fff;
    if (a < 0x4000)
        return s->videoram[a];
    return a >= 0x5000 ? s->rom[a] : io_r(s, a);
}

static void missile_bus_w(void *ctx, offs_t offset, u8 data)
{
    missile_state *s = ctx;
    u16 a = (u16)offset;
    if (madsel_patched(s)) {
        madsel_w(s, a, data);
        return;
    }
    slow_cycle(s);
    if (madsel_cycle(s)) {
        if (s->slow)
            set_space(s);
        madsel_w(s, a, data);
        return;
    }
    a &= 0x7fff;
    if (a < 0x4000)
        s->videoram[a] = data;
    else if (a < 0x5000)
        io_w(s, a, data);
}

/* The debugger's view: video RAM and ROM (a MADSEL access can't be known
   without making it) */
static int missile_peek(void *ctx, offs_t offset)
{
    u16 a = (u16)(offset & 0x7fff);
    return a < 0x4000 || a >= 0x5000 ? peek(ctx, a) : -1;
}

static const mem_map_entry missile_map[] = {
    MAP_IO_PEEK(0x0000, 0xffff, 0, missile_bus_r, missile_bus_w, missile_peek),
    MAP_END,
};

/* ---- video ---- */

static void missile_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    missile_state *s = drv;
    int top = m->config->screen.vbend;
    for (int y = clip->min_y; y <= clip->max_y; y++) {
        int line = y + top;
        int v = s->flip ? ((256 + 24 - line) & 0xff) : line;
        const u8 *src = &s->videoram[v * 64];
        const u8 *src3 = v >= 224 ? &s->videoram[bit3_addr((u16)(v << 8))] : NULL;
        u16 *dst = bitmap_row(bm, y);
        if (clip->min_x == 0 && clip->max_x == 255) {
            /* whole lines: four pixels a byte from the table */
            for (int i = 0; i < 64; i += 4) {
                u16 *d = dst + 4 * i;
                memcpy(d, s->pens4[src[i]], sizeof(s->pens4[0]));
                memcpy(d + 4, s->pens4[src[i + 1]], sizeof(s->pens4[0]));
                memcpy(d + 8, s->pens4[src[i + 2]], sizeof(s->pens4[0]));
                memcpy(d + 12, s->pens4[src[i + 3]], sizeof(s->pens4[0]));
            }
            if (src3)
                for (int i = 0; i < 32; i++) {
                    const u16 *b = s->bit3x8[src3[i * 2]];
                    for (int n = 0; n < 8; n++)
                        dst[8 * i + n] |= b[n];
                }
            continue;
        }
        for (int x = clip->min_x; x <= clip->max_x; x++) {
            u8 b = (u8)(src[x >> 2] >> (x & 3));
            u16 pen = (u16)(((b >> 2) & 4) | ((b << 1) & 2));
            if (src3)
                pen |= (src3[(x >> 3) * 2] >> (x & 7)) & 1;
            dst[x] = pen;
        }
    }
}

/* ---- machine ---- */

static u8 missile_allpot(void *drv)
{
    missile_state *s = drv;
    return (u8)input_port_read(s->in, s->port_r8);
}

static int missile_start(machine_t *m, void *drv)
{
    missile_state *s = drv;
    static const char *const track_tags[4] = { "TRACK0_X", "TRACK0_Y", "TRACK1_X", "TRACK1_Y" };
    s->machine = m;
    s->in = &m->inputs;
    s->cpu = machine_cpu(m, "maincpu");
    s->pokey = machine_device_self(m, "pokey");
    s->watchdog = machine_device_self(m, "watchdog");
    mem_region *rom = machine_region(m, "maincpu"), *prom = machine_region(m, "proms");
    if (!s->cpu || !s->pokey || !s->watchdog || !rom || rom->size < 0x8000 || !prom || prom->size < 0x20)
        return -1;
    s->core = s->cpu->core;
    s->core->slice_end = missile_slice_end;
    s->core->slice_end_ctx = s;
    s->core->output = missile_cpu_output; /* SYNC every instruction: no glue in between */
    s->core->output_ctx = s;
    for (int op = 0; op < 256; op++)
        s->sync_ops[op] = (op & 0x1f) == 0x01;
    ((m6502_t *)s->core)->sync_ops = s->sync_ops;
    s->rom = rom->data;
    s->prom = prom->data;
    s->full_space = ((m6502_t *)s->core)->program;
    s->full_handlers = s->full_space->num_handlers;
    address_space_t *as = &s->fast_space;
    *as = (address_space_t){ .name = "program", .addr_mask = 0xffff, .page_shift = 8, .page_mask = 0xff,
                             .pages = s->fast_pages, .unmap_value = 0xff };
    memset(s->fast_pages, 0, sizeof(s->fast_pages));
    as->handlers[0] = (bus_handler){ missile_bus_r, missile_bus_w, s, 0, 0xffff, false, 0 };
    as->num_handlers = 1;
    for (offs_t hi = 0; hi <= 0x8000; hi += 0x8000) {
        as_map_ram(as, hi, hi + 0x3fff, s->videoram);
        as_map_rom(as, hi + 0x5000, hi + 0x7fff, s->rom + 0x5000);
    }
    s->madsel_space = *as;
    s->madsel_space.pages = s->madsel_pages;
    s->slow_space = *as;
    ((m6502_t *)s->core)->slow_space = &s->slow_space;
    memcpy(s->madsel_pages, s->fast_pages, sizeof(s->madsel_pages));
    s->madsel_page = -1;
    s->port_in0 = input_port_index(s->in, "IN0");
    s->port_in1 = input_port_index(s->in, "IN1");
    s->port_r10 = input_port_index(s->in, "R10");
    s->port_r8 = input_port_index(s->in, "R8");
    if (s->port_in0 < 0 || s->port_in1 < 0 || s->port_r10 < 0 || s->port_r8 < 0)
        return -1;
    for (int i = 0; i < 4; i++)
        if ((s->port_track[i] = input_port_index(s->in, track_tags[i])) < 0)
            return -1;
    for (int b = 0; b < 256; b++)
        for (int n = 0; n < 4; n++)
            s->pens4[b][n] = (u16)((b >> (n + 4) & 1) << 2 | (b >> n & 1) << 1);
    for (int b = 0; b < 256; b++)
        for (int n = 0; n < 8; n++)
            s->bit3x8[b][n] = (u16)(b >> n & 1);
    s->track_rev = 0x0e; /* MAME's PORT_REVERSE: player 1 Y, cocktail X and Y */
    s->madsel = -1;
    s->irq_timer = timer_alloc(m, irq_clock, s);
    s->cpu_timer = timer_alloc(m, cpu_speed, s);
    if (!s->irq_timer || !s->cpu_timer)
        return -1;
    timer_adjust(m, s->cpu_timer, screen_time_until_line(m, 0), 0, ET_ZERO);
    schedule_irq(s, -32);
    return 0;
}

static void missile_reset(machine_t *m, void *drv)
{
    (void)m;
    missile_state *s = drv;
    cpu_set_line(s->cpu, CPU_LINE_IRQ0, LINE_CLEAR);
    s->irq_pin = s->irq_state = 0;
    s->madsel = -1;
    s->prefetched = 0;
    s->no_stop = 0;
    set_space(s);
}

static void missile_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    missile_state *s = drv;
    st_bytes(io, s->videoram, sizeof(s->videoram));
    st_bytes(io, s->colours, sizeof(s->colours));
    st_u8(io, &s->irq_state);
    st_u8(io, &s->irq_pin);
    st_u8(io, &s->ctrld);
    st_u8(io, &s->flip);
    st_u8(io, &s->slow);
    st_u8(io, &s->prefetched);
    u8 madsel = (u8)s->madsel;
    st_u8(io, &madsel);
    s->madsel = (s8)madsel;
}

static void missile_post_load(machine_t *m, void *drv)
{
    (void)m;
    missile_state *s = drv;
    if (s->madsel > 5)
        s->madsel = -1;
    set_space(s);
    for (int i = 0; i < 8; i++)
        colour_set(s, i);
}

static const pokey_params missile_pokey = { .allpot_r = missile_allpot };
static const watchdog_params missile_watchdog = { .vblanks = 8 };

static const device_config missile_devices[] = {
    CPU_DEVICE("maincpu", m6502_core, MASTER_CLOCK / 8, .program = missile_map, .output = missile_cpu_output),
    SOUND_DEVICE("pokey", pokey_device, MASTER_CLOCK / 8, &missile_pokey,
                 ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE("watchdog", watchdog_device, 0, &missile_watchdog),
    DEVICE_END,
};

static const machine_config missile_config = {
    .devices = missile_devices,
    .drv_state_size = sizeof(missile_state),
    .quantum_hz = 0,
    .screen = { MASTER_CLOCK / 2, 320, 0, 256, 256, 25, 256, NULL, false },
    .video = { NULL, missile_update, NULL, 8, 0, NULL },
    .start = missile_start,
    .reset = missile_reset,
    .serialize = missile_serialize,
    .post_load = missile_post_load,
    .speaker_tag = "mono",
    .trackball = { 20, 10, false },
    .device_refs = (const char *const[]){ "m6502", "watchdog", "palette", "screen", "speaker", "pokey", NULL },
};

static const input_def missile_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT_P(0x01, 0x01, IPT_BUTTON3, 2),
    PORT_BIT_P(0x02, 0x02, IPT_BUTTON2, 2),
    PORT_BIT_P(0x04, 0x04, IPT_BUTTON1, 2),
    PORT_BIT(0x08, 0x08, IPT_START2),
    PORT_BIT(0x10, 0x10, IPT_START1),
    PORT_BIT(0x20, 0x20, IPT_COIN1),
    PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_COIN3),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x01, IPT_BUTTON3),
    PORT_BIT(0x02, 0x02, IPT_BUTTON2),
    PORT_BIT(0x04, 0x04, IPT_BUTTON1),
    PORT_BIT(0x18, 0x00, IPT_CUSTOM),
    PORT_BIT(0x20, 0x20, IPT_TILT),
    PORT_SERVICE_KEY_TOGGLE(0x40, 0x40), /* the switch inside the coin door, MAME's toggled Service key */
    PORT_BIT(0x80, 0x00, IPT_CUSTOM), /* VBLANK */
    PORT_START("R10"),
    PORT_DIPNAME(0x03, 0x01, "Coinage"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x02, "Free Play"),
    PORT_DIPSETTING(0x01, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x03, "1 Coin/2 Credits"),
    PORT_DIPLOCATION("R10:1,2"),
    PORT_DIPNAME(0x0c, 0x00, "Right Coin"),
    PORT_DIPSETTING(0x00, "*1"),
    PORT_DIPSETTING(0x04, "*4"),
    PORT_DIPSETTING(0x08, "*5"),
    PORT_DIPSETTING(0x0c, "*6"),
    PORT_DIPLOCATION("R10:3,4"),
    PORT_DIPNAME(0x10, 0x00, "Center Coin"),
    PORT_DIPSETTING(0x00, "*1"),
    PORT_DIPSETTING(0x10, "*2"),
    PORT_DIPLOCATION("R10:5"),
    PORT_DIPNAME(0x60, 0x00, "Language"),
    PORT_DIPSETTING(0x00, "English"),
    PORT_DIPSETTING(0x20, "French"),
    PORT_DIPSETTING(0x40, "German"),
    PORT_DIPSETTING(0x60, "Spanish"),
    PORT_DIPLOCATION("R10:6,7"),
    PORT_DIPNAME(0x80, 0x80, "Unknown"),
    PORT_DIPSETTING(0x80, "Off"),
    PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("R10:8"),
    PORT_START("R8"),
    PORT_DIPNAME(0x03, 0x03, "Cities"),
    PORT_DIPSETTING(0x02, "4"),
    PORT_DIPSETTING(0x01, "5"),
    PORT_DIPSETTING(0x03, "6"),
    PORT_DIPSETTING(0x00, "7"),
    PORT_DIPLOCATION("R8:!1,!2"),
    PORT_DIPNAME(0x04, 0x00, "Bonus Credit for 4 Coins"),
    PORT_DIPSETTING(0x04, "No"),
    PORT_DIPSETTING(0x00, "Yes"),
    PORT_DIPLOCATION("R8:!3"),
    PORT_DIPNAME(0x08, 0x00, "Trackball Size"),
    PORT_DIPSETTING(0x00, "Mini"),
    PORT_DIPSETTING(0x08, "Large"),
    PORT_DIPLOCATION("R8:!4"),
    PORT_DIPNAME(0x70, 0x70, "Bonus City"),
    PORT_DIPSETTING(0x10, "8000"),
    PORT_DIPSETTING(0x70, "10000"),
    PORT_DIPSETTING(0x60, "12000"),
    PORT_DIPSETTING(0x50, "14000"),
    PORT_DIPSETTING(0x40, "15000"),
    PORT_DIPSETTING(0x30, "18000"),
    PORT_DIPSETTING(0x20, "20000"),
    PORT_DIPSETTING(0x00, "None"),
    PORT_DIPLOCATION("R8:!5,!6,!7"),
    PORT_DIPNAME(0x80, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"),
    PORT_DIPSETTING(0x80, "Cocktail"),
    PORT_DIPLOCATION("R8:!8"),
    PORT_START("TRACK0_X"),
    PORT_BIT(0x0f, 0x00, IPT_TRACKBALL_X),
    PORT_START("TRACK0_Y"),
    PORT_BIT(0x0f, 0x00, IPT_TRACKBALL_Y),
    PORT_START("TRACK1_X"),
    PORT_BIT_P(0x0f, 0x00, IPT_TRACKBALL_X, 2),
    PORT_START("TRACK1_Y"),
    PORT_BIT_P(0x0f, 0x00, IPT_TRACKBALL_Y, 2),
    INPUT_END,
};

GAME(1980, missile, NULL, missile_config, missile_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Atari", "Missile Command (rev 3)");
GAME(1980, missile2, "missile", missile_config, missile_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Atari", "Missile Command (rev 2)");
