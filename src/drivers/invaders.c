/* Midway 8080 black-and-white hardware, Space Invaders board (Midway PCB #739)
   and Taito's TV version (sitv, a clone with Taito's input wiring).

   CPU:    Intel 8080 at 19.968 MHz / 10 = 1.9968 MHz
   Memory: 0000-1fff ROM (four 2 KB ROMs, h g f e)
           2000-23ff work RAM
           2400-3fff video RAM: 256 x 224 pixels, 1 bit each; row y (0..223)
                     is 32 bytes at 2400 + y*32, bit 0 of a byte leftmost
           4000-5fff ROM socket (empty on invaders: reads 0), 6000-7fff
           mirrors RAM; A15 is not decoded
   I/O:    read  0 IN0, 1 IN1, 2 IN2, 3 MB14241 shift result (4-7 mirror 0-3)
           write 2 MB14241 shift amount, 3 sound latch 1, 4 MB14241 data,
                 5 sound latch 2 (bit 5 flips the screen on the cocktail
                 PCB), 6 watchdog
   Video:  pixel clock 19.968 MHz / 4, 320 x 262 total, 60 Hz (59.54);
           visible columns 0-259: the video shift register is loaded with a
           byte at every pixel 8n+4, so each line starts with 4 blank pixels
           and the last byte runs 4 pixels into HBLANK (MAME shows them).
           The monitor is rotated (ROT270).
   IRQ:    a flip-flop asserts INT at line 96 (RST 08h) and at line 224, the
           start of VBLANK (RST 10h), only while the 8080's INTE output is
           high; the vector comes from 64V (RST 08h at line 96, RST 10h at
           224) and the acknowledge clears the flip-flop.
   Watchdog: 255 frames (of 60 Hz from the sync chain) without a port 6 write.
   Sound:  the discrete/SN76477 sound board is replaced by samples (the
           classic invaders set, 0.wav-9.wav in invaders.zip or invaders/;
           sitv uses the same set). Port 3: bit 0 UFO (0.wav, looped while
           the bit is high), rising edges of bit 1 shot (1), bit 2 base
           explosion (2), bit 3 invader hit (3), bit 4 bonus base (9); bit 5
           enables the amplifier. Port 5: rising edges of bits 0-3 fleet
           steps (4-7, one channel), bit 4 UFO hit (8). One-shots restart
           their channel. A rising edge while bit 5 of port 3 is low starts
           nothing. MAME 0.251 simulates this board (discrete + SN76477)
           instead, so Cabinet's invaders audio cannot be compared with it.

   Hardware facts from MAME's mw8080bw.cpp / mw8080bw_v.cpp (0.251) and the
   MB14241 device. */
#include <stddef.h>
#include <string.h>

#include "cpu/i8080.h"
#include "drivers/invaders.h"
#include "machine/watchdog.h"

#define INV_VCOUNTER_START_NO_VBLANK 0x20
#define INV_VCOUNTER_START_VBLANK 0xda
#define INV_WATCHDOG_FRAMES 255

static bool cocktail(const invaders_state *s)
{
    return s->p_cab >= 0 && (input_port_read(&s->m->inputs, s->p_cab) & 1);
}

u8 invaders_port(const invaders_state *s, int index)
{
    return index >= 0 ? (u8)input_port_read(&s->m->inputs, index) : 0;
}

/* Player controls (fire, left, right in bits 0-2) as seen in bits 4-6. */
static u8 controls(const invaders_state *s, int player)
{
    return (u8)((invaders_port(s, player == 2 ? s->p_contp2 : s->p_contp1) & 7) << 4);
}

static u8 invaders_in_r(void *ctx, offs_t offset)
{
    invaders_state *s = ctx;
    bool cab = cocktail(s);
    switch (offset & 3) {
    case 0:
        if (s->tv)
            return invaders_port(s, s->p_in0);
        /* SW8 | SW6/SW7 in bits 1-2 | P1 controls | SW5: HI on the cocktail PCB */
        return (u8)(invaders_port(s, s->p_in0) | (cab ? 0x06 : (invaders_port(s, s->p_sw6sw7) & 3) << 1) |
                    (cab ? 0x70 : controls(s, 1)) | (cab ? 0x80 : (invaders_port(s, s->p_sw5) & 1) << 7));
    case 1:
        return (u8)(invaders_port(s, s->p_in1) | controls(s, 1));
    case 2: {
        u8 c = controls(s, cab ? 2 : 1);
        if (s->tv)
            c |= (u8)((invaders_port(s, s->p_p2gate) & 7) << 4); /* a gate switch left off holds its line high */
        return (u8)(invaders_port(s, s->p_in2) | c);
    }
    default:
        return mb14241_result_r(&s->shifter);
    }
}

/* Sample numbers (index into invaders_sample_names) and channels. */
enum { SMP_UFO, SMP_SHOT, SMP_BASE_HIT, SMP_INVADER_HIT, SMP_FLEET1, SMP_UFO_HIT = 8, SMP_BONUS_BASE };
enum { CH_SHOT, CH_BASE_HIT, CH_INVADER_HIT, CH_UFO_HIT, CH_FLEET, CH_BONUS_BASE, CH_UFO, INV_CHANNELS };

static void sound1_w(invaders_state *s, u8 data)
{
    bool enabled = data & 0x20;
    u8 rise = enabled ? data & ~s->sound1 : 0;
    if (!(data & 0x01) || !enabled)
        samples_stop(s->samples, CH_UFO);
    else if (!samples_playing(s->samples, CH_UFO))
        samples_start(s->samples, CH_UFO, SMP_UFO, true);
    if (rise & 0x02)
        samples_start(s->samples, CH_SHOT, SMP_SHOT, false);
    if (rise & 0x04)
        samples_start(s->samples, CH_BASE_HIT, SMP_BASE_HIT, false);
    if (rise & 0x08)
        samples_start(s->samples, CH_INVADER_HIT, SMP_INVADER_HIT, false);
    if (rise & 0x10)
        samples_start(s->samples, CH_BONUS_BASE, SMP_BONUS_BASE, false);
    /* the amplifier gate mutes everything */
    for (int ch = 0; ch < INV_CHANNELS; ch++)
        samples_set_volume(s->samples, ch, enabled ? 256 : 0);
    s->sound1 = data;
}

static void sound2_w(invaders_state *s, u8 data)
{
    u8 rise = (s->sound1 & 0x20) ? data & ~s->sound2 : 0;
    for (int i = 0; i < 4; i++)
        if (rise & (1u << i))
            samples_start(s->samples, CH_FLEET, SMP_FLEET1 + i, false);
    if (rise & 0x10)
        samples_start(s->samples, CH_UFO_HIT, SMP_UFO_HIT, false);
    s->sound2 = data;
}

static void invaders_out_w(void *ctx, offs_t offset, u8 data)
{
    invaders_state *s = ctx;
    switch (offset) {
    case 2: mb14241_count_w(&s->shifter, data); break;
    case 3: sound1_w(s, data); break;
    case 4: mb14241_data_w(&s->shifter, data); break;
    case 5:
        sound2_w(s, data);
        if (cocktail(s)) /* the flip line is only wired on the cocktail PCB */
            s->flip_screen = (data >> 5) & 1;
        break;
    default: break;
    }
}

const mem_map_entry invaders_map[] = {
    MAP_ROM(0x0000, 0x1fff, 0x8000, "maincpu", 0),
    MAP_RAM(0x2000, 0x3fff, 0xc000, invaders_state, ram),
    MAP_ROM(0x4000, 0x5fff, 0x8000, "maincpu", 0x4000),
    MAP_END,
};

static const mem_map_entry invaders_io[] = {
    MAP_IO(0x00, 0x07, 0xf8, invaders_in_r, invaders_out_w),
    MAP_DEVICE_WRITE(0x06, 0x06, 0xf8, "watchdog", watchdog_reset_w),
    MAP_END,
};

/* Position on the vertical sync chain's counter for a raw line. */
static u8 vcounter(int vpos)
{
    return (u8)(vpos >= 224 ? vpos - 224 + INV_VCOUNTER_START_VBLANK : vpos + INV_VCOUNTER_START_NO_VBLANK);
}

/* RST opcode the hardware puts on the bus for a line: 64V selects RST 08h
   (line 96) or RST 10h (VBLANK). */
static u8 int_vector(int vpos)
{
    u8 counter = vcounter(vpos);
    return (u8)(0xc7 | ((counter & 0x40) >> 2) | ((~counter & 0x40) >> 3));
}

/* The interrupt flip-flop is gated by a latch of the 8080's INTE output,
   updated only when INTE changes (the core reports changes on CPU_OUT_INTE).
   INTE does not change at power-on (it is already low, a DI leaves it low),
   so the latch reads "enabled" until the program's first EI, as in MAME
   0.251: an interrupt triggered before then stays pending and is taken
   right after that EI. */
void invaders_inte(void *drv, int line, int state)
{
    invaders_state *s = drv;
    if (line == CPU_OUT_INTE)
        s->int_enable = state;
}

static void trigger_int(invaders_state *s, int vpos)
{
    s->int_vector = int_vector(vpos);
    cpu_set_line(s->cpu, CPU_LINE_IRQ0, s->int_enable ? LINE_HOLD : LINE_CLEAR);
}

/* The hardware puts 64V on the bus at acknowledge time; the acknowledge
   follows the trigger within an instruction or two unless interrupts are
   held off, so the vector of the line that triggered is used (MAME also
   corrects its vpos towards the trigger's line). */
int invaders_irq_ack(void *drv, int line)
{
    (void)line;
    invaders_state *s = drv;
    return s->int_vector;
}

/* The interrupt lines: 96 and 224 (the start of VBLANK). */
static void invaders_int_line(machine_t *m, void *ctx, int line)
{
    (void)m;
    invaders_state *s = ctx;
    trigger_int(s, line);
    if (line == 224 && s->vblank)
        s->vblank(s);
}

void invaders_mono_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)m;
    (void)drv;
    palette_set_color(pal, 0, 0, 0, 0);
    palette_set_color(pal, 1, 0xff, 0xff, 0xff);
}

/* The 8 pens of a video RAM byte, bit 0 (leftmost) first. */
#define INV_EXPAND(n) { (n) & 1, (n) >> 1 & 1, (n) >> 2 & 1, (n) >> 3 & 1, (n) >> 4 & 1, (n) >> 5 & 1, (n) >> 6 & 1, (n) >> 7 & 1 }
#define INV_EXPAND4(n) INV_EXPAND(n), INV_EXPAND((n) + 1), INV_EXPAND((n) + 2), INV_EXPAND((n) + 3)
#define INV_EXPAND16(n) INV_EXPAND4(n), INV_EXPAND4((n) + 4), INV_EXPAND4((n) + 8), INV_EXPAND4((n) + 12)
#define INV_EXPAND64(n) INV_EXPAND16(n), INV_EXPAND16((n) + 16), INV_EXPAND16((n) + 32), INV_EXPAND16((n) + 48)
const u16 invaders_expand[256][8] = { INV_EXPAND64(0), INV_EXPAND64(64), INV_EXPAND64(128), INV_EXPAND64(192) };

void invaders_mono_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)m;
    const invaders_state *s = drv;
    int w = bm->width, h = bm->height;
    /* whole unflipped lines (every frame but a cocktail's flipped ones): a byte at a time */
    if (!s->flip_screen && clip->min_x == 0 && clip->max_x == INVADERS_VISIBLE_WIDTH - 1) {
        for (int y = clip->min_y; y <= clip->max_y; y++) {
            const u8 *src = &s->ram[(size_t)(y + INV_VCOUNTER_START_NO_VBLANK) * 32];
            u16 *row = bitmap_row(bm, y);
            row[0] = row[1] = row[2] = row[3] = 0;
            for (int k = 0; k < 32; k += 4) {
                u16 *dst = row + 4 + 8 * k;
                u32 four;
                memcpy(&four, src + k, sizeof(four));
                if (!four) { /* most of the screen is dark */
                    memset(dst, 0, 32 * sizeof(*dst));
                    continue;
                }
                for (int j = 0; j < 4; j++)
                    memcpy(dst + 8 * j, invaders_expand[src[k + j]], sizeof(invaders_expand[0]));
            }
        }
        return;
    }
    for (int y = clip->min_y; y <= clip->max_y; y++) {
        const u8 *src = &s->ram[(size_t)(y + INV_VCOUNTER_START_NO_VBLANK) * 32];
        u16 *row = bitmap_row(bm, s->flip_screen ? h - 1 - y : y);
        for (int x = clip->min_x; x <= clip->max_x; x++) {
            u16 pen = x < 4 ? 0 : (src[(x - 4) >> 3] >> ((x - 4) & 7)) & 1;
            row[s->flip_screen ? w - 1 - x : x] = pen;
        }
    }
}

static int find_port(machine_t *m, const char *tag)
{
    return input_port_index(&m->inputs, tag);
}

/* The parts every board of the family starts the same way: the ports by
   MAME's tags (absent ones are -1), the samples device if any, and the
   interrupt lines. */
int invaders_board_start(machine_t *m, invaders_state *s)
{
    s->m = m;
    s->cpu = machine_cpu(m, "maincpu");
    s->p_in0 = find_port(m, "IN0");
    s->p_in1 = find_port(m, "IN1");
    s->p_in2 = find_port(m, "IN2");
    s->p_contp1 = find_port(m, "CONTP1");
    s->p_contp2 = find_port(m, "CONTP2");
    s->p_cab = find_port(m, "CAB");
    s->p_sw5 = find_port(m, "SW5");
    s->p_sw6sw7 = find_port(m, "SW6SW7");
    s->p_p2gate = find_port(m, "P2GATE");
    s->int_enable = true;
    s->samples = machine_device(m, "samples") ? machine_device_self(m, "samples") : NULL;
    /* power-on is at the start of VBLANK (line 224), as in MAME: the first
       trigger is line 96, 134 lines later */
    return s->cpu && screen_scanline_timer(m, 96, 128, invaders_int_line, s) ? 0 : -1;
}

static int invaders_start(machine_t *m, void *drv)
{
    invaders_state *s = drv;
    s->tv = !strcmp(m->driver->name, "sitv");
    return invaders_board_start(m, s) == 0 && s->samples ? 0 : -1;
}

void invaders_board_reset(machine_t *m, void *drv)
{
    (void)m;
    invaders_state *s = drv;
    mb14241_reset(&s->shifter);
    s->flip_screen = 0;
    /* the latches clear at reset: sound off */
    s->sound1 = s->sound2 = 0;
    for (int ch = 0; s->samples && ch < INV_CHANNELS; ch++)
        samples_stop(s->samples, ch);
}

void invaders_board_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    invaders_state *s = drv;
    st_bytes(io, s->ram, sizeof(s->ram));
    mb14241_serialize(&s->shifter, io);
    st_u8(io, &s->sound1);
    st_u8(io, &s->sound2);
    st_u8(io, &s->flip_screen);
    st_u8(io, &s->int_vector);
    st_bool(io, &s->int_enable);
}

/* MAME's invaders sample names (0 is the UFO of the classic sample set). */
static const char *const invaders_sample_names[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };
static const samples_params invaders_samples = { "invaders", invaders_sample_names, 10, INV_CHANNELS };

static const watchdog_params invaders_watchdog = { .vblanks = INV_WATCHDOG_FRAMES };

static const device_config invaders_devices[] = {
    CPU_DEVICE("maincpu", i8080_core, INVADERS_CPU_CLOCK, .program = invaders_map, .io = invaders_io,
               .program_bits = 16, .io_bits = 8, .irq_ack = invaders_irq_ack, .output = invaders_inte),
    DEVICE("watchdog", watchdog_device, 0, &invaders_watchdog),
    SOUND_DEVICE("samples", samples_device, 0, &invaders_samples, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE_END,
};

static const machine_config invaders_config = {
    .devices = invaders_devices,
    .drv_state_size = sizeof(invaders_state),
    .quantum_hz = 0,
    .screen = INVADERS_SCREEN,
    .video = { invaders_mono_palette, invaders_mono_update, NULL, 2, 0, NULL },
    .start = invaders_start,
    .reset = invaders_board_reset,
    .serialize = invaders_board_serialize,
    .speaker_tag = "soundboard:mono",
    .joy_ways = 2,
    .device_refs = (const char *const[]){ "i8080", "screen", "watchdog", "mb14241", "speaker", "samples", NULL },
};

#define INVADERS_CONTROLS(tag, player) \
    PORT_START(tag), \
    PORT_BIT_P(0x01, 0x00, IPT_BUTTON1, player), \
    PORT_BIT_P(0x02, 0x00, IPT_JOYSTICK_LEFT, player), \
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_RIGHT, player), \
    PORT_BIT(0xf8, 0x00, IPT_UNUSED)

#define INVADERS_CAB \
    PORT_START("CAB"), \
    PORT_CONFNAME(0x01, 0x00, "Cabinet"), \
    PORT_DIPSETTING(0x00, "Upright"), \
    PORT_DIPSETTING(0x01, "Cocktail")

#define INVADERS_LIVES(loc) \
    PORT_DIPNAME(0x03, 0x00, "Lives"), \
    PORT_DIPSETTING(0x00, "3"), \
    PORT_DIPSETTING(0x01, "4"), \
    PORT_DIPSETTING(0x02, "5"), \
    PORT_DIPSETTING(0x03, "6"), \
    PORT_DIPLOCATION(loc)

#define INVADERS_BONUS_LIFE(loc) \
    PORT_DIPNAME(0x08, 0x00, "Bonus Life"), \
    PORT_DIPSETTING(0x08, "1000"), \
    PORT_DIPSETTING(0x00, "1500"), \
    PORT_DIPLOCATION(loc)

/* MAME's invaders ports; bits marked CUSTOM are filled in by invaders_in_r. */
static const input_def invaders_inputs[] = {
    PORT_START("IN0"),
    PORT_DIPNAME(0x01, 0x00, "Unknown"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x01, "On"),
    PORT_DIPLOCATION("SW:8"),
    PORT_BIT(0x06, 0x00, IPT_CUSTOM),
    PORT_BIT(0x08, 0x08, IPT_UNUSED),
    PORT_BIT(0xf0, 0x00, IPT_CUSTOM),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x01, IPT_COIN1),
    PORT_BIT(0x02, 0x00, IPT_START2),
    PORT_BIT(0x04, 0x00, IPT_START1),
    PORT_BIT(0x08, 0x08, IPT_UNUSED),
    PORT_BIT(0x70, 0x00, IPT_CUSTOM),
    PORT_BIT(0x80, 0x00, IPT_UNUSED),
    PORT_START("IN2"),
    INVADERS_LIVES("SW:3,4"),
    PORT_BIT(0x04, 0x00, IPT_UNUSED),
    INVADERS_BONUS_LIFE("SW:2"),
    PORT_BIT(0x70, 0x00, IPT_CUSTOM),
    PORT_DIPNAME(0x80, 0x00, "Display Coinage"),
    PORT_DIPSETTING(0x80, "Off"),
    PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("SW:1"),
    INVADERS_CAB,
    PORT_START("SW6SW7"),
    PORT_DIPNAME(0x01, 0x00, "Unused"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x01, "On"),
    PORT_DIPLOCATION("SW:7"),
    PORT_DIPNAME(0x02, 0x00, "Unused"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x02, "On"),
    PORT_DIPLOCATION("SW:6"),
    PORT_BIT(0xfc, 0x00, IPT_UNUSED),
    PORT_START("SW5"),
    PORT_DIPNAME(0x01, 0x00, "Unused"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x01, "On"),
    PORT_DIPLOCATION("SW:5"),
    PORT_BIT(0xfe, 0x00, IPT_UNUSED),
    INVADERS_CONTROLS("CONTP1", 1),
    INVADERS_CONTROLS("CONTP2", 2),
    INPUT_END,
};

/* sitv: Taito wiring as MAME 0.251 reads it (checked with the test program: IN0 idles at ff,
   IN1 at 89, IN2 at 00); a P2 gate switch left off holds its IN2 line high (unverified). */
static const input_def sitv_inputs[] = {
    PORT_START("IN0"),
    PORT_SERVICE(0x01, 0x01),
    PORT_BIT(0xfe, 0xfe, IPT_UNKNOWN),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x01, IPT_COIN1),
    PORT_BIT(0x02, 0x00, IPT_START2),
    PORT_BIT(0x04, 0x00, IPT_START1),
    PORT_BIT(0x08, 0x08, IPT_UNKNOWN),
    PORT_BIT(0x70, 0x00, IPT_CUSTOM),
    PORT_BIT(0x80, 0x80, IPT_UNKNOWN),
    PORT_START("IN2"),
    INVADERS_LIVES("SW1:1,2"),
    PORT_BIT(0x04, 0x00, IPT_TILT),
    INVADERS_BONUS_LIFE("SW1:4"),
    PORT_BIT(0x70, 0x00, IPT_CUSTOM),
    PORT_DIPNAME(0x80, 0x00, "Coin Info"),
    PORT_DIPSETTING(0x80, "Off"),
    PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("SW1:8"),
    PORT_START("P2GATE"),
    PORT_DIPNAME(0x01, 0x00, "Leave on (P2 Fire gate)"),
    PORT_DIPSETTING(0x01, "Off"),
    PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("SW1:7"),
    PORT_DIPNAME(0x02, 0x00, "Leave on (P2 Left gate)"),
    PORT_DIPSETTING(0x02, "Off"),
    PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("SW1:6"),
    PORT_DIPNAME(0x04, 0x00, "Leave on (P2 Right gate)"),
    PORT_DIPSETTING(0x04, "Off"),
    PORT_DIPSETTING(0x00, "On"),
    PORT_DIPLOCATION("SW1:5"),
    PORT_BIT(0xf8, 0x00, IPT_UNUSED),
    INVADERS_CONTROLS("CONTP1", 1),
    INVADERS_CONTROLS("CONTP2", 2),
    INVADERS_CAB,
    INPUT_END,
};

GAME(1978, invaders, NULL, invaders_config, invaders_inputs, NULL,
     ROT270 | MACHINE_IMPERFECT_SOUND | MACHINE_SUPPORTS_SAVE, "Taito / Midway", "Space Invaders / Space Invaders M");
GAME(1978, sitv, "invaders", invaders_config, sitv_inputs, NULL,
     ROT270 | MACHINE_IMPERFECT_SOUND | MACHINE_SUPPORTS_SAVE, "Taito", "Space Invaders (TV Version rev 2)");
