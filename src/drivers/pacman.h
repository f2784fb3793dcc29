/* The Namco Pac-Man board, shared with other games on the same hardware
   (such as the bundled cabpac) and the variants in pacman_variants.c and
   pengo.c. */
#ifndef CABINET_DRIVERS_PACMAN_H
#define CABINET_DRIVERS_PACMAN_H

#include "emu/machine.h"

extern const machine_config pacman_config;
extern const machine_config pacman_8way_config;      /* jumpshot: 8-way joysticks */
extern const machine_config pacman_shootbul_config;  /* the trackball's settings */
/* MAME's woodpek map: ROM at 0000-3fff (no mirror) and 8000-bfff */
extern const machine_config pacman_woodpek_config;
/* Piranha (woodpek map), Naughty Mouse (Pac-Man map): the vector byte rewired */
extern const machine_config pacman_piranha_config;
extern const machine_config pacman_nmouse_config;
/* Crush Roller / Make Trax: the protection chip at 5004, 5080-50ff */
extern const machine_config pacman_maketrax_config;
/* Sega's Pengo board: 8000/9000 map, banks, encrypted opcodes from maincpu 8000-ffff */
extern const machine_config pengo_config;

extern const input_def pacman_inputs[];   /* Pac-Man's ports and DIP switches */
extern const input_def mspacman_inputs[]; /* the same, DSW1 bit 7 unused */

/* ROM transforms of the variants (MAME's init_ functions), each undoing
   what the board's wiring or decryption hardware does to the dumps. */
u8 pacplus_decrypt(unsigned addr, u8 e);
u8 jumpshot_decrypt(unsigned addr, u8 e);
u8 eyes_data_swap(u8 e);                 /* program ROM D3 <-> D5 */
void eyes_gfx_decode(u8 *gfx, size_t n); /* per 8 bytes: A0 <-> A2, D4 <-> D6 */
void ponpoko_gfx_decode(u8 *gfx, size_t n);

/* pacman_variants.c: the variants' init_ functions and ports */
int init_pacplus(machine_t *m, region_list *regions);
int init_jumpshot(machine_t *m, region_list *regions);
int init_eyes(machine_t *m, region_list *regions);
int init_woodpek(machine_t *m, region_list *regions);
int init_ponpoko(machine_t *m, region_list *regions);
extern const input_def eyes_inputs[], mrtnt_inputs[], lizwiz_inputs[], ponpoko_inputs[];
extern const input_def maketrax_inputs[], nmouse_inputs[];
extern const input_def jumpshot_inputs[], shootbul_inputs[], woodpek_inputs[];

#endif
