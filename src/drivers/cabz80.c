/* Cabinet Z80 test board: not a real arcade board, but the smallest machine
   that exercises every part of the core, used by the foundation's tests.

   CPU:    Z80 at 4 MHz
   Memory: 0000-1fff ROM (cabz80.1)
           8000-83ff video RAM, 32x32 cells, low nibble = colour
           8400-87ff work RAM
           a000 (r) IN0  (w) DAC       a001 (r) DSW0  (w) IRQ enable (bit 0)
   Video:  128x128 visible; each cell is a 4x4 block of one of 16 colours
           (IRGB); 2 MHz pixel clock, 256x130 total, about 60.1 Hz
   Sound:  8-bit DAC written by the CPU, sampled at 48 kHz
   IRQ:    VBLANK, held until acknowledged (IM 1) */
#include "cpu/z80.h"
#include "emu/machine.h"
#include "sound/dac.h"

typedef struct cabz80_state {
    u8 vram[0x400];
    u8 wram[0x400];
    u8 irq_enable;
    cpu_slot *cpu;
    dac_t *dac;
} cabz80_state;

static void cabz80_out_w(void *ctx, offs_t offset, u8 data)
{
    cabz80_state *s = ctx;
    if (offset == 0)
        dac_write(s->dac, data);
    else
        s->irq_enable = data & 1;
}

static const mem_map_entry cabz80_map[] = {
    MAP_ROM(0x0000, 0x1fff, 0, "maincpu", 0),
    MAP_RAM(0x8000, 0x83ff, 0, cabz80_state, vram),
    MAP_RAM(0x8400, 0x87ff, 0, cabz80_state, wram),
    MAP_PORT(0xa000, 0xa000, 0, "IN0"),
    MAP_PORT(0xa001, 0xa001, 0, "DSW0"),
    MAP_WRITE(0xa000, 0xa001, 0, cabz80_out_w),
    MAP_END,
};

static void cabz80_vblank(machine_t *m, void *drv, int state)
{
    (void)m;
    cabz80_state *s = drv;
    if (state && s->irq_enable)
        cpu_set_line(s->cpu, CPU_LINE_IRQ0, LINE_HOLD);
}

static void cabz80_palette(machine_t *m, void *drv, palette_t *pal)
{
    (void)m;
    (void)drv;
    for (int i = 0; i < 16; i++) {
        u8 lo = i & 8 ? 0xff : 0xaa;
        palette_set_color(pal, i, i & 4 ? lo : 0, i & 2 ? lo : 0, i & 1 ? lo : 0);
    }
}

static void cabz80_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip)
{
    (void)m;
    const cabz80_state *s = drv;
    for (int y = clip->min_y; y <= clip->max_y; y++) {
        u16 *row = bitmap_row(bm, y);
        for (int x = clip->min_x; x <= clip->max_x; x++)
            row[x] = s->vram[(y / 4) * 32 + x / 4] & 0x0f;
    }
}

static int cabz80_start(machine_t *m, void *drv)
{
    cabz80_state *s = drv;
    s->cpu = machine_cpu(m, "maincpu");
    s->dac = machine_device_self(m, "dac");
    return s->cpu && s->dac ? 0 : -1;
}

static void cabz80_reset(machine_t *m, void *drv)
{
    (void)m;
    cabz80_state *s = drv;
    s->irq_enable = 0;
}

static void cabz80_serialize(machine_t *m, void *drv, state_io *io)
{
    (void)m;
    cabz80_state *s = drv;
    st_bytes(io, s->vram, sizeof(s->vram));
    st_bytes(io, s->wram, sizeof(s->wram));
    st_u8(io, &s->irq_enable);
}

static const device_config cabz80_devices[] = {
    CPU_DEVICE("maincpu", z80_core, 4000000, .program = cabz80_map),
    SOUND_DEVICE("dac", dac_device, 0, NULL, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 256))),
    DEVICE_END,
};

static const machine_config cabz80_config = {
    .devices = cabz80_devices,
    .drv_state_size = sizeof(cabz80_state),
    .quantum_hz = 0,
    .screen = { 2000000, 256, 0, 128, 130, 0, 128, cabz80_vblank, false },
    .video = { cabz80_palette, cabz80_update, NULL, 16, 0, NULL },
    .start = cabz80_start,
    .reset = cabz80_reset,
    .serialize = cabz80_serialize,
};

static const input_def cabz80_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_UP),
    PORT_BIT(0x02, 0x02, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x08, 0x08, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x10, 0x10, IPT_BUTTON1),
    PORT_BIT(0x20, 0x20, IPT_START1),
    PORT_BIT(0x40, 0x40, IPT_COIN1),
    PORT_BIT(0x80, 0x80, IPT_UNUSED),
    PORT_START("DSW0"),
    PORT_DIPNAME(0x03, 0x01, "Pitch"),
    PORT_DIPSETTING(0x00, "Low"),
    PORT_DIPSETTING(0x01, "Medium"),
    PORT_DIPSETTING(0x02, "High"),
    PORT_DIPSETTING(0x03, "Highest"),
    PORT_DIPLOCATION("SW1:1,2"),
    PORT_BIT(0xfc, 0xfc, IPT_UNUSED),
    INPUT_END,
};

GAME(2026, cabz80, NULL, cabz80_config, cabz80_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE,
     "Cabinet", "Cabinet Z80 test board");
