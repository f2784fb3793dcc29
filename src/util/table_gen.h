/* Constant lookup tables written out by the preprocessor:
   { TBL256(f) } is { f(0), f(1), ..., f(255) }, and TBL64(f, n) the 64
   entries f(n) .. f(n + 63), for f a macro of one argument. */
#ifndef CABINET_TABLE_GEN_H
#define CABINET_TABLE_GEN_H

#define TBL4(f, n) f(n), f((n) + 1), f((n) + 2), f((n) + 3)
#define TBL16(f, n) TBL4(f, n), TBL4(f, (n) + 4), TBL4(f, (n) + 8), TBL4(f, (n) + 12)
#define TBL64(f, n) TBL16(f, n), TBL16(f, (n) + 16), TBL16(f, (n) + 32), TBL16(f, (n) + 48)
#define TBL256(f) TBL64(f, 0), TBL64(f, 64), TBL64(f, 128), TBL64(f, 192)

#endif
