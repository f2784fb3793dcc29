; The CPU-heavy variant of test.s for -bench - the same program, with the
; main loop redrawing region B through MADSEL writes all the time.
#define BENCH
#include "test.s"
