#include "frontend/sdl/autokeys.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int parse_one(auto_key *e, char *item)
{
    char *c1 = strchr(item, ':');
    char *c2 = c1 ? strrchr(c1 + 1, ':') : NULL;
    if (!c1 || !c2)
        return -1;
    *c1 = *c2 = '\0';
    char *end;
    e->frame = strtoull(item, &end, 10);
    if (*end)
        return -1;
    bool mx = !strcmp(c1 + 1, "MouseX"), my = !strcmp(c1 + 1, "MouseY");
    if (mx || my) {
        long v = strtol(c2 + 1, &end, 10);
        e->mouse = true;
        e->dx = mx ? (int)v : 0;
        e->dy = my ? (int)v : 0;
        return *end || c2[1] == '\0' || v < -10000 || v > 10000 ? -1 : 0;
    }
    e->key = SDL_GetScancodeFromName(c1 + 1);
    e->down = !strcmp(c2 + 1, "down");
    if (*end || e->key == SDL_SCANCODE_UNKNOWN || (!e->down && strcmp(c2 + 1, "up")))
        return -1;
    return 0;
}

int autokeys_init(autokeys *a)
{
    return autokeys_init_from(a, "CABINET_AUTOKEYS");
}

int autokeys_init_from(autokeys *a, const char *var)
{
    memset(a, 0, sizeof(*a));
    const char *spec = getenv(var);
    if (!spec || !*spec)
        return 0;
    char *copy = strdup(spec);
    size_t cap = 1;
    for (const char *p = spec; *p; p++)
        cap += *p == ',';
    a->ev = calloc(cap, sizeof(*a->ev));
    if (!copy || !a->ev) {
        free(copy);
        return -1;
    }
    char *save = NULL;
    for (char *item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
        if (parse_one(&a->ev[a->count], item)) {
            fprintf(stderr, "%s: bad event \"%s\" (want FRAME:KEY:down|up)\n", var, item);
            free(copy);
            autokeys_free(a);
            return -1;
        }
        a->count++;
    }
    free(copy);
    return 0;
}

bool autokeys_push(autokeys *a, u64 completed)
{
    if (a->next < a->count && a->ev[a->next].frame <= completed) {
        const auto_key *e = &a->ev[a->next++];
        SDL_Event ev;
        memset(&ev, 0, sizeof(ev));
        if (e->mouse) {
            ev.type = SDL_MOUSEMOTION;
            ev.motion.xrel = e->dx;
            ev.motion.yrel = e->dy;
            SDL_PushEvent(&ev);
            return true;
        }
        ev.type = e->down ? SDL_KEYDOWN : SDL_KEYUP;
        ev.key.state = e->down ? SDL_PRESSED : SDL_RELEASED;
        ev.key.keysym.scancode = e->key;
        ev.key.keysym.sym = SDL_GetKeyFromScancode(e->key);
        SDL_PushEvent(&ev);
        return true;
    }
    return false;
}

void autokeys_free(autokeys *a)
{
    free(a->ev);
    memset(a, 0, sizeof(*a));
}
