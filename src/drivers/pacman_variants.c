/* Games on the Namco Pac-Man board that differ from Pac-Man only in how
   their ROMs are wired or encrypted (MAME's init_ functions in pacman.cpp,
   pacplus.cpp, jumpshot.cpp) and in the memory map they use:

   Pac-Man Plus, Jump Shot, Shoot the Bull: an epoxy-potted CPU board
           decrypts every program byte: a bit permutation and XOR picked
           from six by address bits 0, 2, 5, 7, 9 and 11.
   Eyes, Mr. TNT, Eggor: program data lines D3/D5 swapped; graphics data
           lines D4/D6 and address lines A0/A2 swapped.
   Woodpecker: the Eyes graphics swap, program at 0000-0fff and 8000-bfff.
   Ponpoko: the two halves of each tile, the four strips of each sprite
           stored in another order; program at 0000-3fff and 8000-bfff.
   Lizard Wizard: plain ROMs at 0000-3fff and 8000-9fff.
   Piranha, Naughty Mouse: the Eyes wiring, and a sync bus controller that
           stores some interrupt vector bytes rewired (pacman.c).
   Crush Roller, Make Trax: a protection chip answering at 5080-50ff
           (pacman.c, pacman_maketrax_config). */
#include "drivers/pacman.h"
#include "emu/machine.h"

/* ---- Pac-Man Plus / Jump Shot decryption ---- */

/* A method: output bit 7..0 = input bit sel[0..7], then XOR. */
typedef struct swap_xor { u8 sel[8]; u8 xor; } swap_xor;

static u8 swap_xor_apply(const swap_xor *t, u8 e)
{
    u8 r = 0;
    for (int k = 0; k < 8; k++)
        r |= (u8)((e >> t->sel[k] & 1) << (7 - k));
    return r ^ t->xor;
}

/* the method from address bits 0, 2, 5, 7, 9; bit 11 flips its low bit */
static unsigned pick_method(const u8 pick[32], unsigned a)
{
    unsigned i = (a & 1) | (a >> 1 & 2) | (a >> 3 & 4) | (a >> 4 & 8) | (a >> 5 & 16);
    return pick[i] ^ (a >> 11 & 1);
}

u8 pacplus_decrypt(unsigned addr, u8 e)
{
    static const swap_xor methods[6] = {
        { { 7, 6, 5, 4, 3, 2, 1, 0 }, 0x00 }, { { 7, 6, 5, 4, 3, 2, 1, 0 }, 0x28 },
        { { 6, 1, 3, 2, 5, 7, 0, 4 }, 0x96 }, { { 6, 1, 5, 2, 3, 7, 0, 4 }, 0xbe },
        { { 0, 3, 7, 6, 4, 2, 1, 5 }, 0xd5 }, { { 0, 3, 4, 6, 7, 2, 1, 5 }, 0xdd },
    };
    static const u8 pick[32] = { 0, 2, 4, 2, 4, 0, 4, 2, 2, 0, 2, 2, 4, 0, 4, 2,
                                 2, 2, 4, 0, 4, 2, 4, 0, 0, 4, 0, 4, 4, 2, 4, 2 };
    return swap_xor_apply(&methods[pick_method(pick, addr)], e);
}

u8 jumpshot_decrypt(unsigned addr, u8 e)
{
    static const swap_xor methods[6] = {
        { { 7, 6, 5, 4, 3, 2, 1, 0 }, 0x00 }, { { 7, 6, 3, 4, 5, 2, 1, 0 }, 0x20 },
        { { 5, 0, 4, 3, 7, 1, 2, 6 }, 0xa4 }, { { 5, 0, 4, 3, 7, 1, 2, 6 }, 0x8c },
        { { 2, 3, 1, 7, 4, 6, 0, 5 }, 0x6e }, { { 2, 3, 4, 7, 1, 6, 0, 5 }, 0x4e },
    };
    static const u8 pick[32] = { 0, 2, 4, 4, 4, 2, 0, 2, 2, 0, 2, 4, 4, 2, 0, 2,
                                 5, 3, 5, 1, 5, 3, 5, 3, 1, 5, 1, 5, 5, 3, 5, 3 };
    return swap_xor_apply(&methods[pick_method(pick, addr)], e);
}

static int decrypt_program(region_list *regions, u8 (*fn)(unsigned, u8))
{
    mem_region *r = region_find(regions, "maincpu");
    if (!r || r->size < 0x4000)
        return -1;
    for (unsigned a = 0; a < 0x4000; a++)
        r->data[a] = fn(a, r->data[a]);
    return 0;
}

int init_pacplus(machine_t *m, region_list *regions)
{
    (void)m;
    return decrypt_program(regions, pacplus_decrypt);
}

int init_jumpshot(machine_t *m, region_list *regions)
{
    (void)m;
    return decrypt_program(regions, jumpshot_decrypt);
}

/* ---- Eyes board wiring ---- */

static u8 swap_bits(u8 v, int a, int b)
{
    u8 d = (u8)((v >> a ^ v >> b) & 1);
    return (u8)(v ^ (d << a | d << b));
}

u8 eyes_data_swap(u8 e)
{
    return swap_bits(e, 3, 5);
}

void eyes_gfx_decode(u8 *gfx, size_t n)
{
    for (size_t i = 0; i + 8 <= n; i += 8) {
        u8 t[8];
        for (int j = 0; j < 8; j++)
            t[j] = gfx[i + ((j & 2) | (j >> 2 & 1) | (j & 1) << 2)];
        for (int j = 0; j < 8; j++)
            gfx[i + j] = swap_bits(t[j], 4, 6);
    }
}

int init_woodpek(machine_t *m, region_list *regions)
{
    (void)m;
    mem_region *g = region_find(regions, "gfx1");
    if (!g)
        return -1;
    eyes_gfx_decode(g->data, g->size);
    return 0;
}

int init_eyes(machine_t *m, region_list *regions)
{
    mem_region *r = region_find(regions, "maincpu");
    if (!r || r->size < 0xc000)
        return -1;
    for (unsigned a = 0; a < 0xc000; a++)
        r->data[a] = eyes_data_swap(r->data[a]);
    return init_woodpek(m, regions);
}

/* ---- Ponpoko graphics order ---- */

void ponpoko_gfx_decode(u8 *gfx, size_t n)
{
    size_t half = n / 2;
    for (size_t i = 0; i + 16 <= half; i += 16) /* tiles: the two 8-byte halves swapped */
        for (int j = 0; j < 8; j++) {
            u8 t = gfx[i + j + 8];
            gfx[i + j + 8] = gfx[i + j];
            gfx[i + j] = t;
        }
    for (size_t i = half; i + 32 <= n; i += 32) /* sprites: strips 0,1,2,3 stored as 1,2,3,0 */
        for (int j = 0; j < 8; j++) {
            u8 t = gfx[i + j + 0x18];
            gfx[i + j + 0x18] = gfx[i + j + 0x10];
            gfx[i + j + 0x10] = gfx[i + j + 0x08];
            gfx[i + j + 0x08] = gfx[i + j];
            gfx[i + j] = t;
        }
}

int init_ponpoko(machine_t *m, region_list *regions)
{
    (void)m;
    mem_region *g = region_find(regions, "gfx1");
    if (!g)
        return -1;
    ponpoko_gfx_decode(g->data, g->size);
    return 0;
}

/* MAME's maketrax ports; DSW1 bits 7-6 and IN1 bits 7 and 4 are the
   protection chip's (active high, read as 0 here). */
const input_def maketrax_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_UP), PORT_BIT(0x02, 0x02, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_RIGHT), PORT_BIT(0x08, 0x08, IPT_JOYSTICK_DOWN),
    PORT_DIPNAME(0x10, 0x00, "Cabinet"), PORT_DIPSETTING(0x00, "Upright"), PORT_DIPSETTING(0x10, "Cocktail"),
    PORT_BIT(0x20, 0x20, IPT_COIN1), PORT_BIT(0x40, 0x40, IPT_COIN2), PORT_BIT(0x80, 0x80, IPT_SERVICE1),
    PORT_START("IN1"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, 2), PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_RIGHT, 2), PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_DOWN, 2),
    PORT_BIT(0x10, 0x00, IPT_UNUSED), PORT_BIT(0x20, 0x20, IPT_START1), PORT_BIT(0x40, 0x40, IPT_START2),
    PORT_BIT(0x80, 0x00, IPT_UNUSED),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x01, "Coinage"),
    PORT_DIPSETTING(0x03, "2 Coins/1 Credit"), PORT_DIPSETTING(0x01, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x02, "1 Coin/2 Credits"), PORT_DIPSETTING(0x00, "Free Play"),
    PORT_DIPNAME(0x0c, 0x00, "Lives"),
    PORT_DIPSETTING(0x00, "3"), PORT_DIPSETTING(0x04, "4"), PORT_DIPSETTING(0x08, "5"), PORT_DIPSETTING(0x0c, "6"),
    PORT_DIPNAME(0x10, 0x10, "First Pattern"), PORT_DIPSETTING(0x10, "Easy"), PORT_DIPSETTING(0x00, "Hard"),
    PORT_DIPNAME(0x20, 0x20, "Teleport Holes"), PORT_DIPSETTING(0x20, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_BIT(0xc0, 0x00, IPT_UNUSED),
    PORT_START("DSW2"), PORT_BIT(0xff, 0x00, IPT_UNUSED),
    INPUT_END,
};

/* MAME's eyes and mrtnt ports (Mr. TNT and Eggor: other bonus values) */
#define EYES_PORTS(bonus0, bonus1, bonus2, bonus3, bit6_name, bit6_on, bit6_off)                       \
    PORT_START("IN0"),                                                                          \
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_UP), PORT_BIT(0x02, 0x02, IPT_JOYSTICK_LEFT),             \
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_RIGHT), PORT_BIT(0x08, 0x08, IPT_JOYSTICK_DOWN),          \
    PORT_SERVICE(0x10, 0x10), PORT_BIT(0x20, 0x20, IPT_COIN1), PORT_BIT(0x40, 0x40, IPT_TILT),  \
    PORT_BIT(0x80, 0x80, IPT_COIN2),                                                            \
    PORT_START("IN1"),                                                                          \
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, 2), PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_LEFT, 2),   \
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_RIGHT, 2), PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_DOWN, 2),\
    PORT_BIT(0x10, 0x10, IPT_BUTTON1), PORT_BIT(0x20, 0x20, IPT_START1),                        \
    PORT_BIT(0x40, 0x40, IPT_START2), PORT_BIT_P(0x80, 0x80, IPT_BUTTON1, 2),                   \
    PORT_START("DSW1"),                                                                         \
    PORT_DIPNAME(0x03, 0x03, "Coinage"),                                                        \
    PORT_DIPSETTING(0x01, "2 Coins/1 Credit"), PORT_DIPSETTING(0x03, "1 Coin/1 Credit"),        \
    PORT_DIPSETTING(0x02, "1 Coin/2 Credits"), PORT_DIPSETTING(0x00, "Free Play"),              \
    PORT_DIPNAME(0x0c, 0x08, "Lives"),                                                          \
    PORT_DIPSETTING(0x0c, "2"), PORT_DIPSETTING(0x08, "3"), PORT_DIPSETTING(0x04, "4"),         \
    PORT_DIPSETTING(0x00, "5"),                                                                 \
    PORT_DIPNAME(0x30, 0x30, "Bonus Life"),                                                     \
    PORT_DIPSETTING(0x30, bonus0), PORT_DIPSETTING(0x20, bonus1), PORT_DIPSETTING(0x10, bonus2),\
    PORT_DIPSETTING(0x00, bonus3),                                                              \
    PORT_DIPNAME(0x40, 0x40, bit6_name), PORT_DIPSETTING(0x40, bit6_on), PORT_DIPSETTING(0x00, bit6_off), \
    PORT_DIPNAME(0x80, 0x80, "Unknown"), PORT_DIPSETTING(0x80, "Off"), PORT_DIPSETTING(0x00, "On"), \
    PORT_START("DSW2"), PORT_BIT(0xff, 0x00, IPT_UNUSED), INPUT_END

const input_def eyes_inputs[] = { EYES_PORTS("50000", "75000", "100000", "125000", "Cabinet", "Upright",
                                                    "Cocktail") };
const input_def mrtnt_inputs[] = { EYES_PORTS("75000", "100000", "125000", "150000", "Cabinet", "Upright",
                                                     "Cocktail") };
/* (8-way joysticks in MAME) */
const input_def lizwiz_inputs[] = { EYES_PORTS("75000", "100000", "125000", "150000", "Difficulty",
                                                      "Normal", "Hard") };

/* MAME's jumpshot ports: 8-way joysticks, a fire button each, playing time
   and the players' skin tones on DSW1 */
const input_def jumpshot_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_UP), PORT_BIT(0x02, 0x02, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_RIGHT), PORT_BIT(0x08, 0x08, IPT_JOYSTICK_DOWN),
    PORT_DIPNAME(0x10, 0x10, "Unknown"), PORT_DIPSETTING(0x10, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_BIT(0x20, 0x20, IPT_COIN1), PORT_BIT(0x40, 0x40, IPT_COIN2), PORT_BIT(0x80, 0x80, IPT_SERVICE1),
    PORT_START("IN1"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, 2), PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_RIGHT, 2), PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_DOWN, 2),
    PORT_SERVICE(0x10, 0x10), PORT_BIT(0x20, 0x20, IPT_BUTTON1), PORT_BIT_P(0x40, 0x40, IPT_BUTTON1, 2),
    PORT_DIPNAME(0x80, 0x80, "Unknown"), PORT_DIPSETTING(0x80, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x01, "Time"),
    PORT_DIPSETTING(0x02, "2 Minutes"), PORT_DIPSETTING(0x03, "3 Minutes"), PORT_DIPSETTING(0x01, "4 Minutes"),
    PORT_DIPNAME(0x04, 0x04, "Player 1 Skin Tone"), PORT_DIPSETTING(0x04, "Lighter"), PORT_DIPSETTING(0x00, "Darker"),
    PORT_DIPNAME(0x08, 0x08, "Player 2 Skin Tone"), PORT_DIPSETTING(0x08, "Lighter"), PORT_DIPSETTING(0x00, "Darker"),
    PORT_DIPNAME(0x10, 0x10, "Free Play"), PORT_DIPSETTING(0x10, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_DIPNAME(0x20, 0x00, "2 Players Game"), PORT_DIPSETTING(0x20, "1 Credit"), PORT_DIPSETTING(0x00, "2 Credits"),
    PORT_DIPNAME(0x40, 0x40, "Unknown"), PORT_DIPSETTING(0x40, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_DIPNAME(0x80, 0x80, "Unknown"), PORT_DIPSETTING(0x80, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_START("DSW2"), PORT_BIT(0xff, 0x00, IPT_UNUSED),
    INPUT_END,
};

/* MAME's shootbul ports: the trackball's 4-bit counters in IN0/IN1 (Y
   reversed), three coin slots, one button */
const input_def shootbul_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x0f, 0x00, IPT_TRACKBALL_X),
    PORT_BIT(0x20, 0x20, IPT_COIN1), PORT_BIT(0x40, 0x40, IPT_COIN2), PORT_BIT(0x80, 0x80, IPT_COIN3),
    PORT_START("IN1"),
    PORT_TRACKBALL_REVERSED(0x0f, IPT_TRACKBALL_Y, 1),
    PORT_SERVICE(0x10, 0x10), PORT_BIT(0x20, 0x20, IPT_BUTTON1), PORT_BIT(0x40, 0x40, IPT_START1),
    PORT_DIPNAME(0x80, 0x80, "Unknown"), PORT_DIPSETTING(0x80, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x07, 0x07, "Time"),
    PORT_DIPSETTING(0x01, "Short"), PORT_DIPSETTING(0x07, "Average"), PORT_DIPSETTING(0x03, "Long"),
    PORT_DIPSETTING(0x05, "Longer"), PORT_DIPSETTING(0x06, "Longest"),
    PORT_DIPNAME(0x08, 0x08, "Title Page Sounds"), PORT_DIPSETTING(0x00, "Off"), PORT_DIPSETTING(0x08, "On"),
    PORT_DIPNAME(0x10, 0x10, "Unknown"), PORT_DIPSETTING(0x10, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_DIPNAME(0x20, 0x20, "Unknown"), PORT_DIPSETTING(0x20, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_DIPNAME(0x40, 0x40, "Unknown"), PORT_DIPSETTING(0x40, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_BIT(0x80, 0x80, IPT_UNUSED),
    PORT_START("DSW2"), PORT_BIT(0xff, 0x00, IPT_UNUSED),
    INPUT_END,
};

/* MAME's woodpek ports: a peck button per player, Cabinet and Service Mode
   on DSW1 */
const input_def woodpek_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_UP), PORT_BIT(0x02, 0x02, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_RIGHT), PORT_BIT(0x08, 0x08, IPT_JOYSTICK_DOWN),
    PORT_DIPNAME(0x10, 0x10, "Rack Test (Cheat)"), PORT_DIPSETTING(0x10, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_BIT(0x20, 0x20, IPT_COIN1), PORT_BIT(0x40, 0x40, IPT_COIN2), PORT_BIT(0x80, 0x80, IPT_SERVICE1),
    PORT_START("IN1"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, 2), PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_RIGHT, 2), PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_DOWN, 2),
    PORT_BIT(0x10, 0x10, IPT_BUTTON1), PORT_BIT(0x20, 0x20, IPT_START1), PORT_BIT(0x40, 0x40, IPT_START2),
    PORT_BIT_P(0x80, 0x80, IPT_BUTTON1, 2),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x01, "Coinage"),
    PORT_DIPSETTING(0x03, "2 Coins/1 Credit"), PORT_DIPSETTING(0x01, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x02, "1 Coin/2 Credits"), PORT_DIPSETTING(0x00, "Free Play"),
    PORT_DIPNAME(0x0c, 0x08, "Lives"),
    PORT_DIPSETTING(0x00, "1"), PORT_DIPSETTING(0x04, "2"), PORT_DIPSETTING(0x08, "3"), PORT_DIPSETTING(0x0c, "5"),
    PORT_DIPNAME(0x30, 0x00, "Bonus Life"),
    PORT_DIPSETTING(0x00, "5000"), PORT_DIPSETTING(0x10, "10000"), PORT_DIPSETTING(0x20, "15000"),
    PORT_DIPSETTING(0x30, "None"),
    PORT_DIPNAME(0x40, 0x40, "Cabinet"), PORT_DIPSETTING(0x40, "Upright"), PORT_DIPSETTING(0x00, "Cocktail"),
    PORT_SERVICE(0x80, 0x80),
    PORT_START("DSW2"), PORT_BIT(0xff, 0x00, IPT_UNUSED),
    INPUT_END,
};

/* MAME's ponpoko ports: active-high joysticks and buttons */
const input_def ponpoko_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x00, IPT_JOYSTICK_UP), PORT_BIT(0x02, 0x00, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x04, 0x00, IPT_JOYSTICK_RIGHT), PORT_BIT(0x08, 0x00, IPT_JOYSTICK_DOWN),
    PORT_BIT(0x10, 0x00, IPT_BUTTON1), PORT_BIT(0x20, 0x20, IPT_COIN1), PORT_BIT(0x40, 0x40, IPT_COIN2),
    PORT_BIT(0x80, 0x80, IPT_SERVICE1),
    PORT_START("IN1"),
    PORT_BIT_P(0x01, 0x00, IPT_JOYSTICK_UP, 2), PORT_BIT_P(0x02, 0x00, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x04, 0x00, IPT_JOYSTICK_RIGHT, 2), PORT_BIT_P(0x08, 0x00, IPT_JOYSTICK_DOWN, 2),
    PORT_BIT_P(0x10, 0x00, IPT_BUTTON1, 2), PORT_BIT(0x20, 0x00, IPT_START1), PORT_BIT(0x40, 0x00, IPT_START2),
    PORT_BIT(0x80, 0x00, IPT_UNUSED),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x01, "Bonus Life"),
    PORT_DIPSETTING(0x01, "10000"), PORT_DIPSETTING(0x02, "30000"), PORT_DIPSETTING(0x03, "50000"),
    PORT_DIPSETTING(0x00, "None"),
    PORT_DIPNAME(0x0c, 0x00, "Unknown"),
    PORT_DIPSETTING(0x00, "0"), PORT_DIPSETTING(0x04, "1"), PORT_DIPSETTING(0x08, "2"), PORT_DIPSETTING(0x0c, "3"),
    PORT_DIPNAME(0x30, 0x20, "Lives"),
    PORT_DIPSETTING(0x00, "2"), PORT_DIPSETTING(0x10, "3"), PORT_DIPSETTING(0x20, "4"), PORT_DIPSETTING(0x30, "5"),
    PORT_DIPNAME(0x40, 0x40, "Cabinet"), PORT_DIPSETTING(0x40, "Upright"), PORT_DIPSETTING(0x00, "Cocktail"),
    PORT_DIPNAME(0x80, 0x80, "Unknown"), PORT_DIPSETTING(0x80, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_START("DSW2"),
    PORT_DIPNAME(0x0f, 0x01, "Coinage"),
    PORT_DIPSETTING(0x04, "A 3/1 B 3/1"), PORT_DIPSETTING(0x0e, "A 3/1 B 1/2"), PORT_DIPSETTING(0x0f, "A 3/1 B 1/4"),
    PORT_DIPSETTING(0x02, "A 2/1 B 2/1"), PORT_DIPSETTING(0x0d, "A 2/1 B 1/1"), PORT_DIPSETTING(0x07, "A 2/1 B 1/3"),
    PORT_DIPSETTING(0x0b, "A 2/1 B 1/5"), PORT_DIPSETTING(0x0c, "A 2/1 B 1/6"), PORT_DIPSETTING(0x01, "A 1/1 B 1/1"),
    PORT_DIPSETTING(0x06, "A 1/1 B 4/5"), PORT_DIPSETTING(0x05, "A 1/1 B 2/3"), PORT_DIPSETTING(0x0a, "A 1/1 B 1/3"),
    PORT_DIPSETTING(0x08, "A 1/1 B 1/5"), PORT_DIPSETTING(0x09, "A 1/1 B 1/6"), PORT_DIPSETTING(0x03, "A 1/2 B 1/2"),
    PORT_DIPSETTING(0x00, "Free Play"),
    PORT_DIPNAME(0x10, 0x10, "Unknown"), PORT_DIPSETTING(0x10, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_DIPNAME(0x20, 0x20, "Unknown"), PORT_DIPSETTING(0x20, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_DIPNAME(0x40, 0x00, "Demo Sounds"), PORT_DIPSETTING(0x40, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_DIPNAME(0x80, 0x80, "Unknown"), PORT_DIPSETTING(0x80, "Off"), PORT_DIPSETTING(0x00, "On"),
    INPUT_END,
};

/* MAME's nmouse ports */
const input_def nmouse_inputs[] = {
    PORT_START("IN0"),
    PORT_BIT(0x01, 0x01, IPT_JOYSTICK_UP), PORT_BIT(0x02, 0x02, IPT_JOYSTICK_LEFT),
    PORT_BIT(0x04, 0x04, IPT_JOYSTICK_RIGHT), PORT_BIT(0x08, 0x08, IPT_JOYSTICK_DOWN),
    PORT_DIPNAME(0x10, 0x10, "Rack Test (Cheat)"), PORT_DIPSETTING(0x10, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_BIT(0x20, 0x20, IPT_COIN1), PORT_BIT(0x40, 0x40, IPT_COIN2), PORT_BIT(0x80, 0x80, IPT_SERVICE1),
    PORT_START("IN1"),
    PORT_BIT_P(0x01, 0x01, IPT_JOYSTICK_UP, 2), PORT_BIT_P(0x02, 0x02, IPT_JOYSTICK_LEFT, 2),
    PORT_BIT_P(0x04, 0x04, IPT_JOYSTICK_RIGHT, 2), PORT_BIT_P(0x08, 0x08, IPT_JOYSTICK_DOWN, 2),
    PORT_SERVICE(0x10, 0x10), PORT_BIT(0x20, 0x20, IPT_START1), PORT_BIT(0x40, 0x40, IPT_START2),
    PORT_DIPNAME(0x80, 0x80, "Cabinet"), PORT_DIPSETTING(0x80, "Upright"), PORT_DIPSETTING(0x00, "Cocktail"),
    PORT_START("DSW1"),
    PORT_DIPNAME(0x03, 0x01, "Coinage"),
    PORT_DIPSETTING(0x03, "2 Coins/1 Credit"), PORT_DIPSETTING(0x01, "1 Coin/1 Credit"),
    PORT_DIPSETTING(0x02, "1 Coin/2 Credits"), PORT_DIPSETTING(0x00, "Free Play"),
    PORT_DIPNAME(0x0c, 0x08, "Lives"),
    PORT_DIPSETTING(0x00, "1"), PORT_DIPSETTING(0x04, "2"), PORT_DIPSETTING(0x08, "3"), PORT_DIPSETTING(0x0c, "5"),
    PORT_DIPNAME(0x30, 0x00, "Bonus Life"),
    PORT_DIPSETTING(0x00, "5000"), PORT_DIPSETTING(0x10, "10000"), PORT_DIPSETTING(0x20, "15000"),
    PORT_DIPSETTING(0x30, "None"),
    PORT_DIPNAME(0x40, 0x40, "Difficulty"), PORT_DIPSETTING(0x40, "Normal"), PORT_DIPSETTING(0x00, "Hard"),
    PORT_DIPNAME(0x80, 0x80, "Unknown"), PORT_DIPSETTING(0x80, "Off"), PORT_DIPSETTING(0x00, "On"),
    PORT_START("DSW2"), PORT_BIT(0xff, 0x00, IPT_UNUSED),
    INPUT_END,
};
