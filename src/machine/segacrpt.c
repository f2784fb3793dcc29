/* Sega 315-50xx Z80 decryption: see segacrpt.h. */
#include "machine/segacrpt.h"

/* MAME 0.251 segacrpt_device.cpp, sega_315_5010_device (Pengo): per address
   row, the opcode values then the data values for columns A-D. */
const segacrpt_key sega_315_5010_key = {
    { 0xa0, 0x80, 0xa8, 0x88 }, { 0x28, 0xa8, 0x08, 0x88 }, /* ...0...0...0...0 */
    { 0x28, 0xa8, 0x08, 0x88 }, { 0xa0, 0x80, 0xa8, 0x88 }, /* ...0...0...0...1 */
    { 0xa0, 0x80, 0x20, 0x00 }, { 0xa0, 0x80, 0x20, 0x00 }, /* ...0...0...1...0 */
    { 0x08, 0x28, 0x88, 0xa8 }, { 0xa0, 0x80, 0xa8, 0x88 }, /* ...0...0...1...1 */
    { 0x08, 0x00, 0x88, 0x80 }, { 0x28, 0xa8, 0x08, 0x88 }, /* ...0...1...0...0 */
    { 0xa0, 0x80, 0x20, 0x00 }, { 0x08, 0x00, 0x88, 0x80 }, /* ...0...1...0...1 */
    { 0xa0, 0x80, 0x20, 0x00 }, { 0xa0, 0x80, 0x20, 0x00 }, /* ...0...1...1...0 */
    { 0xa0, 0x80, 0x20, 0x00 }, { 0x00, 0x08, 0x20, 0x28 }, /* ...0...1...1...1 */
    { 0x88, 0x80, 0x08, 0x00 }, { 0xa0, 0x80, 0x20, 0x00 }, /* ...1...0...0...0 */
    { 0x88, 0x80, 0x08, 0x00 }, { 0x00, 0x08, 0x20, 0x28 }, /* ...1...0...0...1 */
    { 0x08, 0x28, 0x88, 0xa8 }, { 0x08, 0x28, 0x88, 0xa8 }, /* ...1...0...1...0 */
    { 0xa0, 0x80, 0xa8, 0x88 }, { 0xa0, 0x80, 0x20, 0x00 }, /* ...1...0...1...1 */
    { 0x08, 0x00, 0x88, 0x80 }, { 0x88, 0x80, 0x08, 0x00 }, /* ...1...1...0...0 */
    { 0x00, 0x08, 0x20, 0x28 }, { 0x88, 0x80, 0x08, 0x00 }, /* ...1...1...0...1 */
    { 0x08, 0x28, 0x88, 0xa8 }, { 0x08, 0x28, 0x88, 0xa8 }, /* ...1...1...1...0 */
    { 0x08, 0x00, 0x88, 0x80 }, { 0xa0, 0x80, 0x20, 0x00 }, /* ...1...1...1...1 */
};

/* table row for address a (without the opcode/data choice) */
static unsigned key_row(unsigned a)
{
    return (a & 1) | (a >> 4 & 1) << 1 | (a >> 8 & 1) << 2 | (a >> 12 & 1) << 3;
}

/* D3 and D5 pick the column; with D7 set the column order is reversed and
   the value's three bits are inverted. */
static u8 translate(const u8 *values, u8 src)
{
    unsigned col = (src >> 3 & 1) | (src >> 5 & 1) << 1;
    u8 inv = 0;
    if (src & 0x80) {
        col = 3 - col;
        inv = 0xa8;
    }
    return (u8)((src & ~0xa8) | (values[col] ^ inv));
}

u8 segacrpt_opcode(const segacrpt_key key, unsigned a, u8 src)
{
    return translate(key[2 * key_row(a)], src);
}

u8 segacrpt_data(const segacrpt_key key, unsigned a, u8 src)
{
    return translate(key[2 * key_row(a) + 1], src);
}

void segacrpt_decode(const segacrpt_key key, u8 *rom, u8 *opcodes, size_t size)
{
    for (size_t a = 0; a < size; a++) {
        u8 src = rom[a];
        opcodes[a] = segacrpt_opcode(key, (unsigned)a, src);
        rom[a] = segacrpt_data(key, (unsigned)a, src);
    }
}
