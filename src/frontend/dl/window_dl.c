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

int run_window(machine_t *m, const options *o)
{
    char path[PATH_MAX + 32];
    module_path(path, sizeof(path));
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        fprintf(stderr, "%s: cannot load the window module: %s\n", path, dlerror());
        return -1;
    }
    int (*run)(machine_t *, const options *);
    *(void **)&run = dlsym(h, "run_window");
    if (!run) {
        fprintf(stderr, "%s: no run_window in the window module\n", path);
        dlclose(h);
        return -1;
    }
    int rc = run(m, o);
    /* left loaded: SDL registers exit handlers */
    return rc;
}
