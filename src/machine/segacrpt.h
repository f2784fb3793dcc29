/* Sega's Z80 program encryption (the 315-50xx CPUs: Pengo, Zaxxon, Up'n
   Down, ...). Bits D3, D5 and D7 of each byte in 0000-7FFF are permuted and
   inverted; the transform depends on whether the byte is fetched as an
   opcode (M1) or read as data, on address bits A0, A4, A8 and A12, and on
   the byte's own D3 and D5 (mirrored when D7 is set). A key is 32 rows of
   4 values: row 2*n for opcodes, 2*n+1 for data, n = A0 | A4<<1 | A8<<2 |
   A12<<3; the values are MAME's conversion tables. A driver decrypts its
   ROM once at init into a data image (in place) and an opcode image, and
   maps the opcode image into the CPU's opcode space. */
#ifndef CABINET_SEGACRPT_H
#define CABINET_SEGACRPT_H

#include "util/types.h"

typedef u8 segacrpt_key[32][4];

extern const segacrpt_key sega_315_5010_key; /* Pengo */

/* The decrypted opcode and data forms of byte `src` at address `a`. */
u8 segacrpt_opcode(const segacrpt_key key, unsigned a, u8 src);
u8 segacrpt_data(const segacrpt_key key, unsigned a, u8 src);

/* Decrypts size bytes of rom (from address 0): opcodes[] gets the opcode
   form, rom[] is overwritten with the data form. */
void segacrpt_decode(const segacrpt_key key, u8 *rom, u8 *opcodes, size_t size);

#endif
