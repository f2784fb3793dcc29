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
    if (!strncmp(c1 + 1, "Joy ", 4)) {
        u8 n;
        e->pad = true;
        e->down = !strcmp(c2 + 1, "down");
        if (!keymap_keys_parse(c1 + 1, &e->code, &n) || n != 1 || e->code.kind == CODE_KEY
            || e->code.joy >= AUTOKEYS_MAX_PADS || (!e->down && strcmp(c2 + 1, "up")))
            return -1;
        return 0;
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
        if (e->pad) {
            SDL_Joystick *j = e->code.joy < a->num_vpads ? a->vpad[e->code.joy] : NULL;
            static const SDL_GameControllerButton hat[4] = { SDL_CONTROLLER_BUTTON_DPAD_UP,
                SDL_CONTROLLER_BUTTON_DPAD_DOWN, SDL_CONTROLLER_BUTTON_DPAD_LEFT, SDL_CONTROLLER_BUTTON_DPAD_RIGHT };
            if (j && e->code.kind == CODE_JOY_BUTTON)
                SDL_JoystickSetVirtualButton(j, e->code.id, e->down);
            else if (j && e->code.kind == CODE_JOY_HAT)
                SDL_JoystickSetVirtualButton(j, hat[e->code.id & 3], e->down);
            else if (j)
                SDL_JoystickSetVirtualAxis(j, e->code.id / 2, !e->down ? 0 : (e->code.id & 1) ? 32767 : -32768);
            return true;
        }
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

int autokeys_attach_pads(autokeys *a)
{
    int want = 0;
    for (size_t i = 0; i < a->count; i++)
        if (a->ev[i].pad && a->ev[i].code.joy + 1 > want)
            want = a->ev[i].code.joy + 1;
    for (int i = a->num_vpads; i < want; i++) {
        SDL_VirtualJoystickDesc d;
        memset(&d, 0, sizeof(d));
        d.version = SDL_VIRTUAL_JOYSTICK_DESC_VERSION;
        d.type = SDL_JOYSTICK_TYPE_GAMECONTROLLER;
        d.naxes = SDL_CONTROLLER_AXIS_MAX;
        d.nbuttons = SDL_CONTROLLER_BUTTON_MAX;
        d.button_mask = (1u << SDL_CONTROLLER_BUTTON_MAX) - 1;
        d.axis_mask = (1u << SDL_CONTROLLER_AXIS_MAX) - 1;
        d.name = "Cabinet test controller";
        int index = SDL_JoystickAttachVirtualEx(&d);
        if (index < 0 || !(a->vpad[i] = SDL_JoystickOpen(index))) {
            fprintf(stderr, "CABINET_AUTOKEYS: no virtual controller: %s\n", SDL_GetError());
            return -1;
        }
        a->num_vpads = i + 1;
    }
    return 0;
}

void autokeys_free(autokeys *a)
{
    for (int i = 0; i < a->num_vpads; i++)
        if (a->vpad[i])
            SDL_JoystickClose(a->vpad[i]);
    free(a->ev);
    memset(a, 0, sizeof(*a));
}
