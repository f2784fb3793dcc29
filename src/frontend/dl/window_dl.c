/* The SDL2 window lives in a module (cabinet_sdl.so, next to the executable)
   loaded only when a window is asked for: SDL2, SDL2_mixer and the seventy
   libraries they pull in are neither loaded nor relocated by headless runs
   (-video none, -bench, tests). The module finds the core and the rest of
   the frontend in the executable, which exports its symbols. */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "frontend/launcher.h"
#include "frontend/runner.h"

#define SDL_MODULE "cabinet_sdl.so"

/* The module's path: the executable's folder (/proc/self/exe), else the
   plain name for the loader's search path. */
static void module_path(char *buf, size_t len)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    char *slash = n > 0 ? memchr(exe, '/', (size_t)n) : NULL;
    if (slash) {
        exe[n] = '\0';
        *strrchr(exe, '/') = '\0';
        snprintf(buf, len, "%s/%s", exe, SDL_MODULE);
    } else {
        snprintf(buf, len, "%s", SDL_MODULE);
    }
}

/* The module, loaded once and left loaded (SDL registers exit handlers);
   NULL with the reason on stderr when it cannot be loaded. */
static void *window_module(void)
{
    static void *handle;
    if (handle)
        return handle;
    char path[PATH_MAX + 32];
    module_path(path, sizeof(path));
    handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        fprintf(stderr, "%s: cannot load the window module: %s\n", path, dlerror());
    return handle;
}

static void *window_symbol(const char *name)
{
    void *h = window_module();
    void *sym = h ? dlsym(h, name) : NULL;
    if (h && !sym)
        fprintf(stderr, "%s: not in the window module\n", name);
    return sym;
}

int run_window(machine_t *m, const options *o)
{
    int (*run)(machine_t *, const options *);
    *(void **)&run = window_symbol("run_window");
    return run ? run(m, o) : -1;
}

int select_system_window(const options *o, const hashdb_t *db, const char *bundled, char *name, size_t len)
{
    int (*fn)(const options *, const hashdb_t *, const char *, char *, size_t);
    *(void **)&fn = window_symbol("select_system_window");
    return fn ? fn(o, db, bundled, name, len) : -1;
}

int launch_report_window(const options *o, const char *system, const char *report)
{
    int (*fn)(const options *, const char *, const char *);
    *(void **)&fn = window_symbol("launch_report_window");
    return fn ? fn(o, system, report) : -1;
}

void gameinfo_set_audit(const char *report)
{
    void (*fn)(const char *);
    *(void **)&fn = window_symbol("gameinfo_set_audit");
    if (fn)
        fn(report);
}
