/* Midway's black and white 8080 games on the Space Invaders board
   (invaders.c) before it: Sea Wolf (PCB #596), Gun Fight (PCB #597),
   Tornado Baseball (PCB #605) and Boot Hill (PCB #612).
   The board is the same (CPU, RAM, video through the shift register,
   interrupts at lines 96 and 224); the I/O map, controls and sound differ.

   CPU:    Intel 8080 at 19.968 MHz / 10
   Memory: 0000-0fff ROM (four ROMs), 2000-3fff RAM, video RAM from 2400
   Sea Wolf I/O (A0-A2 decoded, reads mirrored at 4-7):
           read  0 MB14241 result, bits reversed; 1 IN0 (periscope position
                 as a 5-bit Gray code, inverted; fire; game time); 2 IN1;
                 3 MB14241 result
           write 1 explosion lamps, 2 periscope lamps (not shown), 3 shift
                 data, 4 shift amount, 5 sound: rising edges of bits 0-4 start
                 the samples shiphit, torpedo, dive, sonar, minehit. No watchdog.
   Gun Fight I/O (A0-A2 decoded, reads mirrored at 4-7):
           read  0 IN0 (player 1: stick, gun aim as a 3-bit code of 7
                 positions, fire), 1 IN1 (player 2), 2 IN2, 3 MB14241 result
           write: no decoder, each address bit enables a latch: A0 sound,
                 A1 shift amount, A2 shift data. No watchdog.
           Sound: MAME 0.251 simulates Gun Fight's analogue board (a
           netlist); Cabinet has no sound for it.
   Tornado Baseball I/O: as Gun Fight's (address-bit latches, reads mirrored);
           IN0 / IN1 carry the hit buttons and the pitching and fielding
           controls, routed by the cabinet type (old upright: one hit button,
           new upright: two, cocktail: the pitching controls swapped); IN2
           coin, SCORE input, coinage, service. Sound: the A0 latch's bits
           0-2 gate the 240, 960 and 120 Hz tones (sound/tornbase_snd); the
           siren, cheer and whistle (bits 3-6) are not emulated, as in MAME.
   Boot Hill I/O (reads mirrored at 4-7): read 0 IN0 (player 2), 1 IN1
           (player 1), 2 IN2, 3 MB14241 result, bit-reversed while bit 3 of
           the last shift amount is set; write 1 shift amount, 2 shift data,
           3 sound, 4 watchdog (a 555: 2.97 s), 5-6 tone generator. Sound (a
           discrete board in MAME 0.251): none in Cabinet.
   Video:  ROT0, 260 x 224 through the shift register (as invaders).

   Hardware facts from MAME 0.251's mw8080bw.cpp and mw8080bw_a.cpp. */
#include <stddef.h>

#include "cpu/i8080.h"
#include "drivers/invaders.h"
#include "machine/watchdog.h"
#include "sound/tornbase_snd.h"

typedef struct mw_state {
    invaders_state b;      /* first: the shared board */
    int p_erase_sw, p_erase_dip;
    int p_tb[4], p_cab_tb; /* Tornado Baseball: LHIT, RHIT, LPITCH, RPITCH, CAB */
    u8 rev_shift;          /* Boot Hill: bit 3 of the last shift amount */
    tornbase_snd *tb_snd;  /* Tornado Baseball's tone board */
} mw_state;

static u8 port_of(const mw_state *s, int index)
{
    return invaders_port(&s->b, index);
}

static u8 reverse_bits(u8 v)
{
    v = (u8)((v & 0xf0) >> 4 | (v & 0x0f) << 4);
    v = (u8)((v & 0xcc) >> 2 | (v & 0x33) << 2);
    return (u8)((v & 0xaa) >> 1 | (v & 0x55) << 1);
}

/* The periscope's 30-position encoder (MAME's verified table). */
static const u8 seawolf_encoder[30] = {
    0x1e, 0x1c, 0x1d, 0x19, 0x18, 0x1a, 0x1b, 0x13, 0x12, 0x10, 0x11, 0x15, 0x14, 0x16, 0x17,
    0x07, 0x06, 0x04, 0x05, 0x01, 0x00, 0x02, 0x03, 0x0b, 0x0a, 0x08, 0x09, 0x0d, 0x0c, 0x0e,
};

static u8 seawolf_in_r(void *ctx, offs_t offset)
{
    mw_state *s = ctx;
    switch (offset & 3) {
    case 0: return reverse_bits(mb14241_result_r(&s->b.shifter));
    case 1: return port_of(s, s->b.p_in0); /* the periscope's position: IN0's positional field */
    case 2: /* bit 4: the reset-high-score button, if its switch enables it */
        return (u8)(port_of(s, s->b.p_in1) | (port_of(s, s->p_erase_sw) & port_of(s, s->p_erase_dip) & 1) << 4);
    default: return mb14241_result_r(&s->b.shifter);
    }
}

static void seawolf_out_w(void *ctx, offs_t offset, u8 data)
{
    mw_state *s = ctx;
    switch (offset) {
    case 3: mb14241_data_w(&s->b.shifter, data); break;
    case 4: mb14241_count_w(&s->b.shifter, data); break;
    case 5: {
        u8 rise = data & ~s->b.sound1;
        for (int i = 0; i < 5; i++)
            if (rise & (1u << i))
                samples_start(s->b.samples, i, i, false);
        s->b.sound1 = data;
        break;
    }
    default: break; /* 1, 2: lamps */
    }
}

/* Gun Fight's aim encoder: 7 positions. */
static const u8 gunfight_encoder[7] = { 0x06, 0x02, 0x00, 0x04, 0x05, 0x01, 0x03 };

static u8 gunfight_in_r(void *ctx, offs_t offset)
{
    mw_state *s = ctx;
    switch (offset & 3) {
    case 0: return port_of(s, s->b.p_in0); /* the aim: the ports' positional fields */
    case 1: return port_of(s, s->b.p_in1);
    case 2: return port_of(s, s->b.p_in2);
    default: return mb14241_result_r(&s->b.shifter);
    }
}

/* no decoder: an address bit per latch */
static void gunfight_out_w(void *ctx, offs_t offset, u8 data)
{
    mw_state *s = ctx;
    if (offset & 1)
        s->b.sound1 = data;
    if (offset & 2)
        mb14241_count_w(&s->b.shifter, data);
    if (offset & 4)
        mb14241_data_w(&s->b.shifter, data);
}

/* Tornado Baseball: Gun Fight's latches, the sound one driving the tones */
static void tornbase_out_w(void *ctx, offs_t offset, u8 data)
{
    mw_state *s = ctx;
    if (offset & 1)
        tornbase_snd_w(s->tb_snd, data);
    gunfight_out_w(ctx, offset, data);
}

/* Tornado Baseball: the hit and pitch inputs by cabinet type */
enum { TB_UPRIGHT_OLD, TB_UPRIGHT_NEW, TB_COCKTAIL };

static u8 tornbase_in_r(void *ctx, offs_t offset)
{
    mw_state *s = ctx;
    u8 cab = port_of(s, s->p_cab_tb);
    u8 lhit = port_of(s, s->p_tb[0]) & 1, rhit = port_of(s, s->p_tb[1]) & 1;
    u8 lpitch = port_of(s, s->p_tb[2]) & 0x3f, rpitch = port_of(s, s->p_tb[3]) & 0x3f;
    switch (offset & 3) {
    case 0: return (u8)(port_of(s, s->b.p_in0) | lhit | (cab == TB_COCKTAIL ? rpitch : lpitch) << 1);
    case 1: return (u8)(port_of(s, s->b.p_in1) | (cab == TB_UPRIGHT_OLD ? lhit : rhit) | lpitch << 1);
    case 2: return (u8)(port_of(s, s->b.p_in2) | (port_of(s, s->p_erase_sw) & port_of(s, s->p_erase_dip) & 1) << 2);
    default: return mb14241_result_r(&s->b.shifter);
    }
}

/* Boot Hill's guns: 7 positions, not inverted */
static const u8 boothill_encoder[7] = { 0x00, 0x04, 0x06, 0x07, 0x03, 0x01, 0x05 };

static u8 boothill_in_r(void *ctx, offs_t offset)
{
    mw_state *s = ctx;
    switch (offset & 3) {
    case 0: return port_of(s, s->b.p_in0);
    case 1: return port_of(s, s->b.p_in1);
    case 2: return port_of(s, s->b.p_in2);
    default: {
        u8 v = mb14241_result_r(&s->b.shifter);
        return s->rev_shift ? reverse_bits(v) : v;
    }
    }
}

static void boothill_out_w(void *ctx, offs_t offset, u8 data)
{
    mw_state *s = ctx;
    switch (offset) {
    case 1:
        mb14241_count_w(&s->b.shifter, data);
        s->rev_shift = (data >> 3) & 1;
        break;
    case 2: mb14241_data_w(&s->b.shifter, data); break;
    case 3: s->b.sound1 = data; break;
    default: break; /* 5, 6: tone generator */
    }
}

static const mem_map_entry boothill_io[] = {
    MAP_IO(0x00, 0x07, 0xf8, boothill_in_r, boothill_out_w),
    MAP_DEVICE_WRITE(0x04, 0x04, 0xf8, "watchdog", watchdog_reset_w),
    MAP_END,
};

static const mem_map_entry tornbase_io[] = {
    MAP_IO(0x00, 0x07, 0xf8, tornbase_in_r, tornbase_out_w),
    MAP_END,
};

static const mem_map_entry seawolf_io[] = {
    MAP_IO(0x00, 0x07, 0xf8, seawolf_in_r, seawolf_out_w),
    MAP_END,
};

static const mem_map_entry gunfight_io[] = {
    MAP_IO(0x00, 0x07, 0xf8, gunfight_in_r, gunfight_out_w),
    MAP_END,
};

static int seawolf_start(machine_t *m, void *drv)
{
    mw_state *s = drv;
    s->p_erase_sw = input_port_index(&m->inputs, "ERASESW");
    s->p_erase_dip = input_port_index(&m->inputs, "ERASEDIP");
    return invaders_board_start(m, &s->b) == 0 && s->b.samples ? 0 : -1;
}

static int gunfight_start(machine_t *m, void *drv)
{
    mw_state *s = drv;
    return invaders_board_start(m, &s->b);
}

static int tornbase_start(machine_t *m, void *drv)
{
    mw_state *s = drv;
    static const char *const tags[4] = { "LHIT", "RHIT", "LPITCH", "RPITCH" };
    for (int i = 0; i < 4; i++)
        s->p_tb[i] = input_port_index(&m->inputs, tags[i]);
    s->p_cab_tb = input_port_index(&m->inputs, "CAB");
    s->p_erase_sw = input_port_index(&m->inputs, "SCORESW");
    s->p_erase_dip = input_port_index(&m->inputs, "ERASEDIP");
    s->tb_snd = machine_device_self(m, "discrete");
    return s->tb_snd ? invaders_board_start(m, &s->b) : -1;
}

static int boothill_start(machine_t *m, void *drv)
{
    mw_state *s = drv;
    return invaders_board_start(m, &s->b);
}

static void mw_reset(machine_t *m, void *drv)
{
    mw_state *s = drv;
    invaders_board_reset(m, &s->b);
    s->rev_shift = 0;
}

static void mw_serialize(machine_t *m, void *drv, state_io *io)
{
    mw_state *s = drv;
    invaders_board_serialize(m, &s->b, io);
    st_u8(io, &s->rev_shift);
}

static const char *const seawolf_names[] = { "shiphit", "torpedo", "dive", "sonar", "minehit" };
static const samples_params seawolf_samples = { "seawolf", seawolf_names, 5, 5 };

#define MW_CPU(iomap) \
    CPU_DEVICE("maincpu", i8080_core, INVADERS_CPU_CLOCK, .program = invaders_map, .io = (iomap), \
               .program_bits = 16, .io_bits = 8, .irq_ack = invaders_irq_ack, .output = invaders_inte)

static const device_config seawolf_devices[] = {
    MW_CPU(seawolf_io),
    SOUND_DEVICE("samples", samples_device, 0, &seawolf_samples, ROUTES(ROUTE(ALL_OUTPUTS, SPEAKER_MONO, 154))),
    DEVICE_END,
};

static const device_config gunfight_devices[] = {
    MW_CPU(gunfight_io),
    DEVICE_END,
};

static const watchdog_params boothill_watchdog = { .time_us = 2970000 }; /* 1.1 x 270k x 10 uF */

static const device_config boothill_devices[] = {
    MW_CPU(boothill_io),
    DEVICE("watchdog", watchdog_device, 0, &boothill_watchdog),
    DEVICE_END,
};

static const device_config tornbase_devices[] = {
    MW_CPU(tornbase_io),
    SOUND_DEVICE("discrete", tornbase_snd_device, 0, NULL, ROUTES(ROUTE(0, SPEAKER_MONO, 256))),
    DEVICE_END,
};

#define MW_CONFIG(name, speaker, ...)                                                    \
    static const machine_config name##_config = {                                        \
        .devices = name##_devices,                                                       \
        .drv_state_size = sizeof(mw_state),                                              \
        .screen = INVADERS_SCREEN,                                                       \
        .video = { invaders_mono_palette, invaders_mono_update, NULL, 2, 0, NULL },      \
        .start = name##_start,                                                           \
        .reset = mw_reset,                                                   \
        .serialize = mw_serialize,                                                       \
        .speaker_tag = (speaker),                                                        \
        .joy_ways = 8,                                                                   \
        .device_refs = (const char *const[]){ __VA_ARGS__, NULL },                       \
    }

MW_CONFIG(seawolf, "soundboard:mono", "i8080", "screen", "mb14241", "speaker", "samples");
MW_CONFIG(gunfight, NULL, "i8080", "screen", "mb14241");
MW_CONFIG(tornbase, "mono", "i8080", "screen", "mb14241", "speaker", "discrete");
MW_CONFIG(boothill, NULL, "i8080", "screen", "watchdog", "mb14241");

/* MAME's ports: the periscope and the guns' aim are positional fields
   (the encoders' positions read through their tables). */
static const input_def seawolf_inputs[] = {
    PORT_START("IN0"),
    /* the Gray code is inverted by buffers */
    PORT_POSITIONAL(0x1f, 0x0f, IPT_POSITIONAL, 1, 30, seawolf_encoder, 1, 20, 8, NULL, NULL),
    PORT_BIT(0x20, 0x00, IPT_BUTTON1),
    PORT_DIPNAME(0xc0, 0x40, "Game Time"),
    PORT_DIPSETTING(0x00, "60 seconds + 20 extended"),
    PORT_DIPSETTING(0x40, "70 seconds + 20 extended"),
    PORT_DIPSETTING(0x80, "80 seconds + 20 extended"),
    PORT_DIPSETTING(0xc0, "90 seconds + 20 extended"),
    PORT_DIPLOCATION("G4:1,2"),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x00, IPT_COIN1),
    PORT_BIT(0x02, 0x00, IPT_START1),
    PORT_DIPNAME(0x0c, 0x00, "Coinage"),
    PORT_DIPSETTING(0x04, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x0c, "2 Coins/3 Credits"),
    PORT_DIPSETTING(0x08, "1 Coin/2 Credits"),
    PORT_DIPLOCATION("G4:3,4"),
    PORT_BIT(0x10, 0x00, IPT_CUSTOM),
    PORT_DIPNAME(0xe0, 0x60, "Extended Time At"),
    PORT_DIPSETTING(0x00, "None"),
    PORT_DIPSETTING(0x20, "2000"),
    PORT_DIPSETTING(0x40, "3000"),
    PORT_DIPSETTING(0x60, "4000"),
    PORT_DIPSETTING(0x80, "5000"),
    PORT_DIPSETTING(0xa0, "6000"),
    PORT_DIPSETTING(0xc0, "7000"),
    PORT_DIPSETTING(0xe0, "Test Mode"),
    PORT_DIPLOCATION("G4:6,7,8"),
    PORT_START("ERASESW"),
    PORT_BIT_NAMED(0x01, 0x00, IPT_SERVICE1, "Reset High Score"),
    PORT_BIT(0xfe, 0x00, IPT_UNUSED),
    PORT_START("ERASEDIP"),
    PORT_DIPNAME(0x01, 0x01, "Enable Reset High Score Button"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x01, "On"),
    PORT_DIPLOCATION("G4:5"),
    PORT_BIT(0xfe, 0x00, IPT_UNUSED),
    INPUT_END,
};

#define GUNFIGHT_PLAYER(tag, player, dec, inc) \
    PORT_START(tag), \
    PORT_BIT_P(0x01, 0x00, IPT_JOYSTICK_UP, player), \
    PORT_BIT_P(0x02, 0x00, IPT_JOYSTICK_DOWN, player), \
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_LEFT, player), \
    PORT_BIT_P(0x08, 0x00, IPT_JOYSTICK_RIGHT, player), \
    PORT_POSITIONAL(0x70, 0x30, IPT_POSITIONAL_V, player, 7, gunfight_encoder, 1, 5, 10, dec, inc), \
    PORT_BIT_P(0x80, 0x00, IPT_BUTTON1, player)

static const input_def gunfight_inputs[] = {
    GUNFIGHT_PLAYER("IN0", 1, "N", "H"),
    GUNFIGHT_PLAYER("IN1", 2, "M", "J"),
    PORT_START("IN2"),
    PORT_DIPNAME(0x0f, 0x00, "Coinage"),
    PORT_DIPSETTING(0x03, "4 Coins/1 Credit"),
    PORT_DIPSETTING(0x02, "3 Coins/1 Credit"),
    PORT_DIPSETTING(0x07, "4 Coins/2 Credits"),
    PORT_DIPSETTING(0x01, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x06, "3 Coins/2 Credits"),
    PORT_DIPSETTING(0x0b, "4 Coins/3 Credits"),
    PORT_DIPSETTING(0x0f, "4 Coins/4 Credits"),
    PORT_DIPSETTING(0x0a, "3 Coins/3 Credits"),
    PORT_DIPSETTING(0x05, "2 Coins/2 Credits"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x0e, "3 Coins/4 Credits"),
    PORT_DIPSETTING(0x09, "2 Coins/3 Credits"),
    PORT_DIPSETTING(0x0d, "2 Coins/4 Credits"),
    PORT_DIPSETTING(0x04, "1 Coin/2 Credits"),
    PORT_DIPSETTING(0x08, "1 Coin/3 Credits"),
    PORT_DIPSETTING(0x0c, "1 Coin/4 Credits"),
    PORT_DIPLOCATION("C1:1,2,3,4"),
    PORT_DIPNAME(0x30, 0x10, "Game Time"),
    PORT_DIPSETTING(0x00, "60 seconds"),
    PORT_DIPSETTING(0x10, "70 seconds"),
    PORT_DIPSETTING(0x20, "80 seconds"),
    PORT_DIPSETTING(0x30, "90 seconds"),
    PORT_DIPLOCATION("C1:5,6"),
    PORT_BIT(0x40, 0x00, IPT_COIN1),
    PORT_BIT(0x80, 0x00, IPT_START1),
    INPUT_END,
};

#define BOOTHILL_PLAYER(tag, player, dec, inc) \
    PORT_START(tag), \
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, player), \
    PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_DOWN, player), \
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_LEFT, player), \
    PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_RIGHT, player), \
    PORT_POSITIONAL(0x70, 0x30, IPT_POSITIONAL_V, player, 7, boothill_encoder, 0, 5, 10, dec, inc), \
    PORT_BIT_P(0x80, 0x80, IPT_BUTTON1, player)

static const input_def boothill_inputs[] = {
    BOOTHILL_PLAYER("IN0", 2, "M", "J"),
    BOOTHILL_PLAYER("IN1", 1, "N", "H"),
    PORT_START("IN2"),
    PORT_DIPNAME(0x03, 0x00, "Coinage"),
    PORT_DIPSETTING(0x02, "2 Coins per Player"),
    PORT_DIPSETTING(0x03, "2 Coins/1 or 2 Players"),
    PORT_DIPSETTING(0x00, "1 Coin per Player"),
    PORT_DIPSETTING(0x01, "1 Coin/1 or 2 Players"),
    PORT_DIPLOCATION("SW:1,2"),
    PORT_DIPNAME(0x0c, 0x04, "Game Time"),
    PORT_DIPSETTING(0x00, "60 seconds"),
    PORT_DIPSETTING(0x04, "70 seconds"),
    PORT_DIPSETTING(0x08, "80 seconds"),
    PORT_DIPSETTING(0x0c, "90 seconds"),
    PORT_DIPLOCATION("SW:3,4"),
    PORT_SERVICE(0x10, 0x00),
    PORT_BIT(0x20, 0x20, IPT_START1),
    PORT_BIT(0x40, 0x40, IPT_COIN1),
    PORT_BIT(0x80, 0x80, IPT_START2),
    INPUT_END,
};

#define TORNBASE_BUTTONS(tag, player) \
    PORT_START(tag), \
    PORT_BIT_P(0x01, 0x00, IPT_BUTTON2, player), \
    PORT_BIT_P(0x02, 0x00, IPT_BUTTON3, player), \
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_LEFT, player), \
    PORT_BIT_P(0x08, 0x00, IPT_JOYSTICK_RIGHT, player), \
    PORT_BIT_P(0x10, 0x00, IPT_JOYSTICK_UP, player), \
    PORT_BIT_P(0x20, 0x00, IPT_JOYSTICK_DOWN, player), \
    PORT_BIT(0xc0, 0x00, IPT_UNUSED)

static const input_def tornbase_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x00, IPT_CUSTOM),
    PORT_BIT(0x7e, 0x00, IPT_CUSTOM),
    PORT_DIPNAME(0x80, 0x00, "Unused"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x80, "On"),
    PORT_DIPLOCATION("B1:7"),
    PORT_START("IN1"),
    PORT_BIT(0x01, 0x00, IPT_CUSTOM),
    PORT_BIT(0x7e, 0x00, IPT_CUSTOM),
    PORT_BIT(0x80, 0x00, IPT_UNUSED),
    PORT_START("IN2"),
    PORT_BIT(0x01, 0x00, IPT_COIN1),
    PORT_BIT(0x02, 0x00, IPT_UNKNOWN),
    PORT_BIT(0x04, 0x00, IPT_CUSTOM),
    PORT_DIPNAME(0x78, 0x40, "Coinage"),
    PORT_DIPSETTING(0x18, "4 Coins/1 Inning"),
    PORT_DIPSETTING(0x10, "3 Coins/1 Inning"),
    PORT_DIPSETTING(0x38, "4 Coins/2 Innings"),
    PORT_DIPSETTING(0x08, "2 Coins/1 Inning"),
    PORT_DIPSETTING(0x30, "3 Coins/2 Innings"),
    PORT_DIPSETTING(0x28, "2 Coins/2 Innings"),
    PORT_DIPSETTING(0x00, "1 Coin/1 Inning"),
    PORT_DIPSETTING(0x58, "4 Coins/4 Innings"),
    PORT_DIPSETTING(0x50, "3 Coins/4 Innings"),
    PORT_DIPSETTING(0x48, "2 Coins/4 Innings"),
    PORT_DIPSETTING(0x20, "1 Coin/2 Innings"),
    PORT_DIPSETTING(0x40, "1 Coin/4 Innings"),
    PORT_DIPSETTING(0x78, "4 Coins/9 Innings"),
    PORT_DIPSETTING(0x70, "3 Coins/9 Innings"),
    PORT_DIPSETTING(0x68, "2 Coins/9 Innings"),
    PORT_DIPSETTING(0x60, "1 Coin/9 Innings"),
    PORT_DIPLOCATION("B1:2,3,4,5"),
    PORT_SERVICE(0x80, 0x00),
    PORT_START("LHIT"),
    PORT_BIT_NAMED(0x01, 0x00, IPT_BUTTON1, "P1 Hit"),
    PORT_BIT(0xfe, 0x00, IPT_UNUSED),
    PORT_START("RHIT"),
    PORT_BIT_P(0x01, 0x00, IPT_BUTTON1, 2),
    PORT_BIT(0xfe, 0x00, IPT_UNUSED),
    TORNBASE_BUTTONS("LPITCH", 1),
    TORNBASE_BUTTONS("RPITCH", 2),
    PORT_START("SCORESW"),
    PORT_BIT_NAMED(0x01, 0x00, IPT_SERVICE1, "SCORE Input (Not Used)"),
    PORT_BIT(0xfe, 0x00, IPT_UNUSED),
    PORT_START("ERASEDIP"),
    PORT_DIPNAME(0x01, 0x01, "Enable SCORE Input"),
    PORT_DIPSETTING(0x00, "Off"),
    PORT_DIPSETTING(0x01, "On"),
    PORT_DIPLOCATION("B1:1"),
    PORT_BIT(0xfe, 0x00, IPT_UNUSED),
    PORT_START("CAB"),
    PORT_CONFNAME(0x03, TB_UPRIGHT_NEW, "Cabinet"),
    PORT_DIPSETTING(TB_UPRIGHT_OLD, "Upright/w One Hit Button"),
    PORT_DIPSETTING(TB_UPRIGHT_NEW, "Upright/w P1/P2 Hit Buttons"),
    PORT_DIPSETTING(TB_COCKTAIL, "Cocktail"),
    PORT_BIT(0xfc, 0x00, IPT_UNUSED),
    INPUT_END,
};

GAME(1976, seawolf, NULL, seawolf_config, seawolf_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE | MACHINE_IMPERFECT_SOUND,
     "Dave Nutting Associates / Midway", "Sea Wolf (set 1)");
GAME(1976, seawolfo, "seawolf", seawolf_config, seawolf_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE | MACHINE_IMPERFECT_SOUND,
     "Dave Nutting Associates / Midway", "Sea Wolf (set 2)");
GAME(1975, gunfight, NULL, gunfight_config, gunfight_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE | MACHINE_NO_SOUND,
     "Dave Nutting Associates / Midway", "Gun Fight (set 1)");
GAME(1975, gunfighto, "gunfight", gunfight_config, gunfight_inputs, NULL,
     ROT0 | MACHINE_SUPPORTS_SAVE | MACHINE_NO_SOUND, "Dave Nutting Associates / Midway", "Gun Fight (set 2)");
GAME(1976, tornbase, NULL, tornbase_config, tornbase_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE | MACHINE_IMPERFECT_SOUND,
     "Dave Nutting Associates / Midway / Taito", "Tornado Baseball / Ball Park");
GAME(1977, boothill, NULL, boothill_config, boothill_inputs, NULL, ROT0 | MACHINE_SUPPORTS_SAVE | MACHINE_NO_SOUND,
     "Dave Nutting Associates / Midway", "Boot Hill");
