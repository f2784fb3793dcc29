/* Builds without SDL2 have no window: every run is headless. */
#include "frontend/runner.h"

int run_window(machine_t *m, const options *o)
{
    (void)m;
    (void)o;
    return -1;
}

#include "frontend/launcher.h"

int select_system_window(const options *o, const hashdb_t *db, const char *bundled, char *name, size_t len)
{
    (void)o, (void)db, (void)bundled, (void)name, (void)len;
    return -1;
}

int launch_report_window(const options *o, const char *system, const char *report)
{
    (void)o, (void)system, (void)report;
    return -1;
}

void gameinfo_set_audit(const char *report)
{
    (void)report;
}
