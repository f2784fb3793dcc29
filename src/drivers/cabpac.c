/* cabpac: "Viper", Cabinet's bundled homebrew game (games/cabpac), a snake
   game for the Namco Pac-Man board. The hardware is exactly the pacman
   driver's, so this file only adds the game: its own inputs (the game's DIP
   switch meanings) on the pacman machine configuration, which the pacman
   driver exports through drivers/pacman.h. */
#include "drivers/pacman.h"
#include "emu/machine.h"

/* The game reads IN0 (joystick, coins), IN1 (start) and DSW1 (coinage,
   lives, bonus life) as the Pac-Man board wires them. */
static const input_def cabpac_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_UP),
    PORT_BIT(0x02, 0x02, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_RIGHT),
    PORT_BIT(0x08, 0x08, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x10, 0x10, IPT_UNUSED),
    PORT_BIT(0x20, 0x20, IPT_COIN1),
    PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_UNUSED),
    PORT_START("IN1"),
    PORT_BIT(0x1f, 0x1f, IPT_UNUSED),
    PORT_BIT(0x20, 0x20, IPT_START1),
    PORT_BIT(0x40, 0x40, IPT_UNUSED),
    PORT_BIT(0x80, 0x80, IPT_UNUSED),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x01, "Coinage"),
    PORT_DIPSETTING(0x03, "2 Coins/1 Credit"),
    PORT_DIPSETTING(0x01, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x02, "1 Coin/2 Credits"),
    PORT_DIPSETTING(0x00, "Free Play"),
    PORT_DIPLOCATION("SW:1,2"),
    PORT_DIPNAME(0x0c, 0x08, "Lives"),
    PORT_DIPSETTING(0x00, "1"),
    PORT_DIPSETTING(0x04, "2"),
    PORT_DIPSETTING(0x08, "3"),
    PORT_DIPSETTING(0x0c, "5"),
    PORT_DIPLOCATION("SW:3,4"),
    PORT_DIPNAME(0x30, 0x00, "Bonus Life"),
    PORT_DIPSETTING(0x00, "2000"),
    PORT_DIPSETTING(0x10, "3000"),
    PORT_DIPSETTING(0x20, "5000"),
    PORT_DIPSETTING(0x30, "None"),
    PORT_DIPLOCATION("SW:5,6"),
    PORT_BIT(0xc0, 0xc0, IPT_UNUSED),
    PORT_START("DSW2"),
    PORT_BIT(0xff, 0x00, IPT_UNUSED),
    INPUT_END,
};

GAME(2026, cabpac, NULL, pacman_config, cabpac_inputs, NULL, ROT90 | MACHINE_SUPPORTS_SAVE,
     "Cabinet", "Viper (Cabinet homebrew, Pac-Man hardware)");
