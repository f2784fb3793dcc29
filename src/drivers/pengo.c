/* Sega Pengo: the Pac-Man board's video and sound (pacman.c, pengo_config)
   with Sega's 315-5010 encrypted Z80.

   CPU:    Sega 315-5010 (Z80 with on-chip decryption) at 18.432 MHz / 6, IM 1
   Memory: 0000-7fff ROM (encrypted)  8000-83ff tile codes  8400-87ff colours
           8800-8fff RAM, sprite code/flip and colour at 8ff0-8fff
           9000-901f (w) WSG    9020-902f (w) sprite x/y    9070 (w) watchdog
           9040-9047 (w) LS259: Q0 IRQ enable, Q1 sound enable, Q2 palette
                     bank, Q3 flip screen, Q4/Q5 coin counters, Q6 colour
                     table bank, Q7 tile and sprite bank
           9000 DSW1, 9040 DSW0, 9080 IN1, 90c0 IN0 (reads, each over 40h)
   Video:  as Pac-Man, 512 tiles and 128 sprites in two banks, a 1K lookup
           PROM of which MAME uses the first 256 entries, a palette bank
           that selects PROM colours 16-31; no one-line sprite offset.
   Sound:  Namco WSG, 3 voices.
   The watchdog is MAME's default one: 3 seconds without a kick. */
#include "drivers/pacman.h"
#include "emu/machine.h"
#include "machine/segacrpt.h"

/* The two graphics ROMs are loaded whole (ic92 at 0000, ic105 at 2000,
   see hash/pacman.xml); each holds 4K of tiles then 4K of sprites, and
   the board reads tiles from 0000-1fff (ic92, ic105) and sprites from
   2000-3fff: the middle two 4K blocks change places. */
static void pengo_gfx_order(u8 *gfx)
{
    for (unsigned i = 0; i < 0x1000; i++) {
        u8 t = gfx[0x1000 + i];
        gfx[0x1000 + i] = gfx[0x2000 + i];
        gfx[0x2000 + i] = t;
    }
}

/* opcodes to maincpu 8000-ffff (pengo_config's opcode space), data in place */
static int init_pengo(machine_t *m, region_list *regions)
{
    (void)m;
    mem_region *r = region_find(regions, "maincpu");
    mem_region *g = region_find(regions, "gfx1");
    if (!r || r->size < 0x10000 || !g || g->size < 0x4000)
        return -1;
    segacrpt_decode(sega_315_5010_key, r->data, r->data + 0x8000, 0x8000);
    pengo_gfx_order(g->data);
    return 0;
}

static const input_def pengo_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_UP), PORT_BIT(0x02, 0x02, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_LEFT), PORT_BIT(0x08, 0x08, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x10, 0x10, IPT_COIN1), PORT_BIT(0x20, 0x20, IPT_COIN2), PORT_BIT(0x40, 0x40, IPT_COIN3),
    PORT_BIT(0x80, 0x80, IPT_BUTTON1),
    PORT_START("IN1"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, 2), PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_DOWN, 2),
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_LEFT, 2), PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_RIGHT, 2),
    PORT_BIT(0x10, 0x10, IPT_SERVICE1), /* MAME: the service key, not a switch */
    PORT_BIT(0x20, 0x20, IPT_START1), PORT_BIT(0x40, 0x40, IPT_START2), PORT_BIT_P(0x80, 0x80, IPT_BUTTON1, 2),
    PORT_START("DSW0"),
    PORT_DIPNAME(0x01, 0x00, "Bonus Life"),
    PORT_DIPSETTING(0x00, "30000"), PORT_DIPSETTING(0x01, "50000"), PORT_DIPLOCATION("SW1:1"),
    PORT_DIPNAME(0x02, 0x00, "Demo Sounds"),
    PORT_DIPSETTING(0x02, "Off"), PORT_DIPSETTING(0x00, "On"), PORT_DIPLOCATION("SW1:2"),
    PORT_DIPNAME(0x04, 0x00, "Cabinet"),
    PORT_DIPSETTING(0x00, "Upright"), PORT_DIPSETTING(0x04, "Cocktail"), PORT_DIPLOCATION("SW1:3"),
    PORT_DIPNAME(0x18, 0x10, "Lives"),
    PORT_DIPSETTING(0x18, "2"), PORT_DIPSETTING(0x10, "3"), PORT_DIPSETTING(0x08, "4"), PORT_DIPSETTING(0x00, "5"),
    PORT_DIPLOCATION("SW1:4,5"),
    PORT_DIPNAME(0x20, 0x20, "Rack Test (Cheat)"),
    PORT_DIPSETTING(0x20, "Off"), PORT_DIPSETTING(0x00, "On"), PORT_DIPLOCATION("SW1:6"),
    PORT_DIPNAME(0xc0, 0x80, "Difficulty"),
    PORT_DIPSETTING(0xc0, "Easy"), PORT_DIPSETTING(0x80, "Medium"), PORT_DIPSETTING(0x40, "Hard"),
    PORT_DIPSETTING(0x00, "Hardest"), PORT_DIPLOCATION("SW1:7,8"),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x0f, 0x0c, "Coin A"),
    PORT_DIPSETTING(0x00, "4 Coins/1 Credit"), PORT_DIPSETTING(0x08, "3 Coins/1 Credit"),
    PORT_DIPSETTING(0x04, "2 Coins/1 Credit"), PORT_DIPSETTING(0x09, "2 Coins/1 Credit 5/3"),
    PORT_DIPSETTING(0x05, "2 Coins/1 Credit 4/3"), PORT_DIPSETTING(0x0c, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x0d, "1 Coin/1 Credit 5/6"), PORT_DIPSETTING(0x03, "1 Coin/1 Credit 4/5"),
    PORT_DIPSETTING(0x0b, "1 Coin/1 Credit 2/3"), PORT_DIPSETTING(0x02, "1 Coin/2 Credits"),
    PORT_DIPSETTING(0x07, "1 Coin/2 Credits 5/11"), PORT_DIPSETTING(0x0f, "1 Coin/2 Credits 4/9"),
    PORT_DIPSETTING(0x0a, "1 Coin/3 Credits"), PORT_DIPSETTING(0x06, "1 Coin/4 Credits"),
    PORT_DIPSETTING(0x0e, "1 Coin/5 Credits"), PORT_DIPSETTING(0x01, "1 Coin/6 Credits"),
    PORT_DIPLOCATION("SW2:1,2,3,4"),
    PORT_DIPNAME(0xf0, 0xc0, "Coin B"),
    PORT_DIPSETTING(0x00, "4 Coins/1 Credit"), PORT_DIPSETTING(0x80, "3 Coins/1 Credit"),
    PORT_DIPSETTING(0x40, "2 Coins/1 Credit"), PORT_DIPSETTING(0x90, "2 Coins/1 Credit 5/3"),
    PORT_DIPSETTING(0x50, "2 Coins/1 Credit 4/3"), PORT_DIPSETTING(0xc0, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0xd0, "1 Coin/1 Credit 5/6"), PORT_DIPSETTING(0x30, "1 Coin/1 Credit 4/5"),
    PORT_DIPSETTING(0xb0, "1 Coin/1 Credit 2/3"), PORT_DIPSETTING(0x20, "1 Coin/2 Credits"),
    PORT_DIPSETTING(0x70, "1 Coin/2 Credits 5/11"), PORT_DIPSETTING(0xf0, "1 Coin/2 Credits 4/9"),
    PORT_DIPSETTING(0xa0, "1 Coin/3 Credits"), PORT_DIPSETTING(0x60, "1 Coin/4 Credits"),
    PORT_DIPSETTING(0xe0, "1 Coin/5 Credits"), PORT_DIPSETTING(0x10, "1 Coin/6 Credits"),
    PORT_DIPLOCATION("SW2:5,6,7,8"),
    INPUT_END,
};

GAME(1982, pengo, NULL, pengo_config, pengo_inputs, init_pengo, ROT90 | MACHINE_SUPPORTS_SAVE, "Sega",
     "Pengo (set 1 rev C, encrypted)");
