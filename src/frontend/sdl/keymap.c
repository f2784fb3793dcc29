#include "frontend/sdl/keymap.h"

#include <stdio.h>
#include <string.h>

static const key_binding defaults[] = {
    { IPT_JOYSTICK_UP, 1, SDL_SCANCODE_UP, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_JOYSTICK_DOWN, 1, SDL_SCANCODE_DOWN, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_JOYSTICK_LEFT, 1, SDL_SCANCODE_LEFT, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_JOYSTICK_RIGHT, 1, SDL_SCANCODE_RIGHT, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_BUTTON1, 1, SDL_SCANCODE_LCTRL, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_BUTTON2, 1, SDL_SCANCODE_LALT, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_BUTTON3, 1, SDL_SCANCODE_SPACE, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_BUTTON4, 1, SDL_SCANCODE_LSHIFT, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_JOYSTICK_UP, 2, SDL_SCANCODE_R, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_JOYSTICK_DOWN, 2, SDL_SCANCODE_F, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_JOYSTICK_LEFT, 2, SDL_SCANCODE_D, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_JOYSTICK_RIGHT, 2, SDL_SCANCODE_G, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_BUTTON1, 2, SDL_SCANCODE_A, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_BUTTON2, 2, SDL_SCANCODE_S, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_BUTTON3, 2, SDL_SCANCODE_Q, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_BUTTON4, 2, SDL_SCANCODE_W, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_START1, 1, SDL_SCANCODE_1, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_START2, 1, SDL_SCANCODE_2, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_COIN1, 1, SDL_SCANCODE_5, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_COIN2, 1, SDL_SCANCODE_6, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_SERVICE1, 1, SDL_SCANCODE_9, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_TILT, 1, SDL_SCANCODE_T, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_SERVICE, 1, SDL_SCANCODE_F2, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
    { IPT_MEMORY_RESET, 1, SDL_SCANCODE_F1, 0, 0, SDL_SCANCODE_UNKNOWN, 0 },
};

/* Coins, starts, service and tilt belong to no player in most drivers. */
static bool is_system(u16 type)
{
    return (type >= IPT_START1 && type <= IPT_COIN4) || type == IPT_SERVICE1 || type == IPT_TILT ||
           type == IPT_SERVICE || type == IPT_MEMORY_RESET;
}

static bool machine_has(const input_ports *ip, u16 type, u8 player)
{
    for (int i = 0; i < ip->num_fields; i++)
        if (ip->fields[i].type == type && (is_system(type) || ip->fields[i].player == player))
            return true;
    return false;
}

void keymap_init(keymap *k, const input_ports *ip)
{
    ui_keymap ui = k->ui;
    memset(k, 0, sizeof(*k));
    k->ui = ui;
    for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++)
        if (machine_has(ip, defaults[i].type, defaults[i].player) && k->count < KEYMAP_MAX)
            k->b[k->count++] = defaults[i];
}

static void apply(input_ports *ip, const key_binding *b);

void keymap_restore_defaults(keymap *k, input_ports *ip)
{
    for (int i = 0; i < k->count; i++) {
        k->b[i].key_down = k->b[i].key2_down = false;
        apply(ip, &k->b[i]);
    }
    keymap_init(k, ip);
}

static void apply(input_ports *ip, const key_binding *b)
{
    bool on = b->key_down || b->key2_down || b->pad_down != 0;
    if (!is_system(b->type)) {
        input_press(ip, b->type, b->player, on);
        return;
    }
    for (u8 p = 1; p <= 4; p++)
        input_press(ip, b->type, p, on);
}

bool keymap_key(keymap *k, input_ports *ip, SDL_Scancode sc, bool down)
{
    bool used = false;
    if (sc == SDL_SCANCODE_UNKNOWN)
        return false;
    for (int i = 0; i < k->count; i++) {
        key_binding *b = &k->b[i];
        if (b->key != sc && b->key2 != sc)
            continue;
        if (b->key == sc)
            b->key_down = down;
        if (b->key2 == sc)
            b->key2_down = down;
        apply(ip, b);
        used = true;
    }
    return used;
}

key_binding *keymap_find(keymap *k, u16 type, u8 player)
{
    for (int i = 0; i < k->count; i++)
        if (k->b[i].type == type && k->b[i].player == player)
            return &k->b[i];
    return NULL;
}

static void set_pad(keymap *k, input_ports *ip, u16 type, u8 source, bool down)
{
    key_binding *b = keymap_find(k, type, 1);
    if (!b)
        return;
    u8 now = down ? (u8)(b->pad_down | source) : (u8)(b->pad_down & ~source);
    if (now != b->pad_down) {
        b->pad_down = now;
        apply(ip, b);
    }
}

void keymap_pad_button(keymap *k, input_ports *ip, SDL_GameControllerButton btn, bool down)
{
    static const struct { SDL_GameControllerButton btn; u16 type; } map[] = {
        { SDL_CONTROLLER_BUTTON_DPAD_UP, IPT_JOYSTICK_UP },
        { SDL_CONTROLLER_BUTTON_DPAD_DOWN, IPT_JOYSTICK_DOWN },
        { SDL_CONTROLLER_BUTTON_DPAD_LEFT, IPT_JOYSTICK_LEFT },
        { SDL_CONTROLLER_BUTTON_DPAD_RIGHT, IPT_JOYSTICK_RIGHT },
        { SDL_CONTROLLER_BUTTON_A, IPT_BUTTON1 },
        { SDL_CONTROLLER_BUTTON_B, IPT_BUTTON2 },
        { SDL_CONTROLLER_BUTTON_X, IPT_BUTTON3 },
        { SDL_CONTROLLER_BUTTON_START, IPT_START1 },
        { SDL_CONTROLLER_BUTTON_BACK, IPT_COIN1 },
    };
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
        if (map[i].btn == btn)
            set_pad(k, ip, map[i].type, 1, down);
}

void keymap_pad_axis(keymap *k, input_ports *ip, SDL_GameControllerAxis axis, int value)
{
    /* MAME's default joystick dead zone is 0.3 of full travel. */
    const int dead = 32767 * 3 / 10;
    if (axis == SDL_CONTROLLER_AXIS_LEFTX) {
        set_pad(k, ip, IPT_JOYSTICK_LEFT, 2, value < -dead);
        set_pad(k, ip, IPT_JOYSTICK_RIGHT, 2, value > dead);
    } else if (axis == SDL_CONTROLLER_AXIS_LEFTY) {
        set_pad(k, ip, IPT_JOYSTICK_UP, 2, value < -dead);
        set_pad(k, ip, IPT_JOYSTICK_DOWN, 2, value > dead);
    }
}

void keymap_label(const key_binding *b, char *out, size_t len)
{
    snprintf(out, len, "P%u %s", b->player, input_type_name(b->type));
}

static const char *key_name(SDL_Scancode sc)
{
    return sc == SDL_SCANCODE_UNKNOWN ? "None" : SDL_GetScancodeName(sc);
}

void keymap_keys_text(const key_binding *b, char *out, size_t len)
{
    if (b->key2 != SDL_SCANCODE_UNKNOWN && b->key != SDL_SCANCODE_UNKNOWN)
        snprintf(out, len, "%s or %s", key_name(b->key), key_name(b->key2));
    else
        snprintf(out, len, "%s", key_name(b->key != SDL_SCANCODE_UNKNOWN ? b->key : b->key2));
}

static bool one_key(const char *name, size_t n, SDL_Scancode *sc)
{
    char buf[64];
    if (n >= sizeof(buf))
        return false;
    memcpy(buf, name, n);
    buf[n] = '\0';
    if (!strcmp(buf, "None")) {
        *sc = SDL_SCANCODE_UNKNOWN;
        return true;
    }
    *sc = SDL_GetScancodeFromName(buf);
    return *sc != SDL_SCANCODE_UNKNOWN;
}

bool keymap_keys_parse(const char *text, SDL_Scancode *key, SDL_Scancode *key2)
{
    const char *or = strstr(text, " or ");
    *key2 = SDL_SCANCODE_UNKNOWN;
    if (!or)
        return one_key(text, strlen(text), key);
    return one_key(text, (size_t)(or - text), key) && one_key(or + 4, strlen(or + 4), key2);
}
