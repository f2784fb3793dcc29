/* The Pac-Man board variants' ROM transforms against values worked out by
   hand from MAME 0.251's tables (segacrpt_device.cpp sega_315_5010,
   pacplus.cpp, jumpshot.cpp, pacman.cpp init_eyes/eyes_decode/init_ponpoko),
   plus the properties the encoders rely on (each is a bijection). */
#include "drivers/pacman.h"
#include "machine/segacrpt.h"
#include "../check.h"

static void test_sega_315_5010(void)
{
    const u8 (*k)[4] = sega_315_5010_key;
    /* address 0000 (row 0): D3 = D5 = 0 -> column A; opcode A0, data 28 */
    CHECK_EQ("op 0000 00", 0xa0, segacrpt_opcode(k, 0x0000, 0x00));
    CHECK_EQ("data 0000 00", 0x28, segacrpt_data(k, 0x0000, 0x00));
    /* D7 set: column D, value XOR A8: opcode 88^a8, data 88^a8 */
    CHECK_EQ("op 0000 80", 0x20, segacrpt_opcode(k, 0x0000, 0x80));
    CHECK_EQ("data 0000 80", 0x20, segacrpt_data(k, 0x0000, 0x80));
    /* A12 A8 A4 A0 all set (row 15), D3 D5 set (column D): 80 and 00; the
       unaffected bits 0, 1, 2, 4, 6 pass through */
    CHECK_EQ("op 1111 7f", 0x80 | 0x57, segacrpt_opcode(k, 0x1111, 0x7f));
    CHECK_EQ("data 1111 7f", 0x57, segacrpt_data(k, 0x1111, 0x7f));
    /* row 1 (A0): opcode row { 28 a8 08 88 }, column B (D3): a8 */
    CHECK_EQ("op 0001 08", 0xa8, segacrpt_opcode(k, 0x0001, 0x08));
    /* only A0, A4, A8, A12 matter */
    CHECK_EQ("op 6eee = op 0000", segacrpt_opcode(k, 0x0000, 0x5a), segacrpt_opcode(k, 0x6eee, 0x5a));
    int bij = 1;
    for (unsigned a = 0; a < 0x2000; a += 0x111) {
        u8 seen_op[256] = { 0 }, seen_data[256] = { 0 };
        for (int e = 0; e < 256; e++) {
            seen_op[segacrpt_opcode(k, a, (u8)e)]++;
            seen_data[segacrpt_data(k, a, (u8)e)]++;
        }
        for (int v = 0; v < 256; v++)
            bij &= seen_op[v] == 1 && seen_data[v] == 1;
    }
    CHECK(bij, "every row a bijection");
    u8 rom[4] = { 0x00, 0x08, 0x80, 0x7f }, ops[4];
    segacrpt_decode(k, rom, ops, 4);
    CHECK_EQ("decode op 0", 0xa0, ops[0]);
    CHECK_EQ("decode data 0", 0x28, rom[0]);
    CHECK_EQ("decode op 1", 0xa8, ops[1]);
}

static void test_pacplus_jumpshot(void)
{
    /* address 0: method 0, the identity */
    CHECK_EQ("pacplus 0000", 0x5a, pacplus_decrypt(0x0000, 0x5a));
    /* address 0800: A11 flips to method 1, XOR 28 */
    CHECK_EQ("pacplus 0800", 0x28, pacplus_decrypt(0x0800, 0x00));
    /* address 0001: method 2, bits 6,1,3,2,5,7,0,4 ^ 96: input bit 0 -> output bit 1 */
    CHECK_EQ("pacplus 0001", 0x02 ^ 0x96, pacplus_decrypt(0x0001, 0x01));
    /* address 0004: picktable[2] = 4: bits 0,3,7,6,4,2,1,5 ^ d5: input bit 7 -> output bit 5 */
    CHECK_EQ("pacplus 0004", 0x20 ^ 0xd5, pacplus_decrypt(0x0004, 0x80));
    /* jumpshot 0001: method 2, bits 5,0,4,3,7,1,2,6 ^ a4: input bit 0 -> output bit 6 */
    CHECK_EQ("jumpshot 0001", 0x40 ^ 0xa4, jumpshot_decrypt(0x0001, 0x01));
    /* jumpshot 0200 (A9): picktable[16] = 5: bits 2,3,4,7,1,6,0,5 ^ 4e: input bit 2 -> output bit 7 */
    CHECK_EQ("jumpshot 0200", 0x80 ^ 0x4e, jumpshot_decrypt(0x0200, 0x04));
    int bij = 1;
    for (unsigned a = 0; a < 0x1000; a += 0x25) {
        u8 s1[256] = { 0 }, s2[256] = { 0 };
        for (int e = 0; e < 256; e++) {
            s1[pacplus_decrypt(a, (u8)e)]++;
            s2[jumpshot_decrypt(a, (u8)e)]++;
        }
        for (int v = 0; v < 256; v++)
            bij &= s1[v] == 1 && s2[v] == 1;
    }
    CHECK(bij, "bijections");
}

static void test_eyes_ponpoko(void)
{
    CHECK_EQ("eyes D3->D5", 0x20, eyes_data_swap(0x08));
    CHECK_EQ("eyes D5->D3", 0x08, eyes_data_swap(0x20));
    CHECK_EQ("eyes others", 0xd7, eyes_data_swap(0xd7));
    u8 g[8] = { 0x10, 1, 2, 3, 4, 5, 6, 7 };
    eyes_gfx_decode(g, 8);
    /* byte j comes from byte j with A0/A2 swapped, then D4 <-> D6 */
    CHECK_EQ("gfx 0", 0x40, g[0]);
    CHECK_EQ("gfx 1", 4, g[1]);
    CHECK_EQ("gfx 4", 1, g[4]);
    CHECK_EQ("gfx 3", 6, g[3]);
    CHECK_EQ("gfx 2", 2, g[2]);
    u8 p[0x40];
    for (int i = 0; i < 0x40; i++)
        p[i] = (u8)i;
    ponpoko_gfx_decode(p, 0x40); /* tiles 00-1F, one sprite 20-3F */
    CHECK_EQ("tile halves", 8, p[0]);
    CHECK_EQ("tile halves 2", 0, p[8]);
    CHECK_EQ("sprite strip 0 <- 3", 0x38, p[0x20]);
    CHECK_EQ("sprite strip 1 <- 0", 0x20, p[0x28]);
    CHECK_EQ("sprite strip 3 <- 2", 0x30, p[0x38]);
}

int main(void)
{
    test_sega_315_5010();
    test_pacplus_jumpshot();
    test_eyes_ponpoko();
    return check_report("test_pacfam_crypt");
}
