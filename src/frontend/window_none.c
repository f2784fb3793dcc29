/* Builds without SDL2 have no window: every run is headless. */
#include "frontend/runner.h"

int run_window(machine_t *m, const options *o)
{
    (void)m;
    (void)o;
    return -1;
}
