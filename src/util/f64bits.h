/* A double's bit pattern, for exact memo keys and cycle checks (== would
   equate +0 and -0 and never match a NaN). */
#ifndef CABINET_F64BITS_H
#define CABINET_F64BITS_H

#include <string.h>

#include "util/types.h"

static inline u64 f64_bits(double v)
{
    u64 b;
    memcpy(&b, &v, sizeof(b));
    return b;
}

static inline double f64_from_bits(u64 b)
{
    double v;
    memcpy(&v, &b, sizeof(v));
    return v;
}

/* n doubles with the same bits, compared a word at a time: memcmp on values
   just stored reads them back with vector loads, which wait for the stores */
static inline bool f64_same_bits(const double *a, const double *b, int n)
{
    for (int i = 0; i < n; i++)
        if (f64_bits(a[i]) != f64_bits(b[i]))
            return false;
    return true;
}

#endif
