#include "frontend/sdl/keymap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { HAT_UP, HAT_DOWN, HAT_LEFT, HAT_RIGHT };
#define AXIS_NEG(a) ((u16)((a) * 2))
#define AXIS_POS(a) ((u16)((a) * 2 + 1))

/* MAME's default keyboard map; joystick n (SDL GameController layout) is
   or'ed into player n's controls as MAME does: the d-pad (its hat) and the
   left stick move, A/B/X/Y are buttons 1-4, Start and Back (MAME's
   Select) start and coin. */
static const struct {
    u16 type;
    u8 player;
    SDL_Scancode key;
    s8 joy;          /* the controller whose codes follow (-1: player - 1) */
    u8 kind1;
    u16 id1;
    u8 kind2;
    u16 id2;
} defaults[] = {
    { IPT_JOYSTICK_UP, 1, SDL_SCANCODE_UP, -1, CODE_JOY_HAT, HAT_UP, CODE_JOY_AXIS, AXIS_NEG(SDL_CONTROLLER_AXIS_LEFTY) },
    { IPT_JOYSTICK_DOWN, 1, SDL_SCANCODE_DOWN, -1, CODE_JOY_HAT, HAT_DOWN, CODE_JOY_AXIS, AXIS_POS(SDL_CONTROLLER_AXIS_LEFTY) },
    { IPT_JOYSTICK_LEFT, 1, SDL_SCANCODE_LEFT, -1, CODE_JOY_HAT, HAT_LEFT, CODE_JOY_AXIS, AXIS_NEG(SDL_CONTROLLER_AXIS_LEFTX) },
    { IPT_JOYSTICK_RIGHT, 1, SDL_SCANCODE_RIGHT, -1, CODE_JOY_HAT, HAT_RIGHT, CODE_JOY_AXIS, AXIS_POS(SDL_CONTROLLER_AXIS_LEFTX) },
    { IPT_BUTTON1, 1, SDL_SCANCODE_LCTRL, -1, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_A, 0, 0 },
    { IPT_BUTTON2, 1, SDL_SCANCODE_LALT, -1, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_B, 0, 0 },
    { IPT_BUTTON3, 1, SDL_SCANCODE_SPACE, -1, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_X, 0, 0 },
    { IPT_BUTTON4, 1, SDL_SCANCODE_LSHIFT, -1, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_Y, 0, 0 },
    { IPT_JOYSTICK_UP, 2, SDL_SCANCODE_R, -1, CODE_JOY_HAT, HAT_UP, CODE_JOY_AXIS, AXIS_NEG(SDL_CONTROLLER_AXIS_LEFTY) },
    { IPT_JOYSTICK_DOWN, 2, SDL_SCANCODE_F, -1, CODE_JOY_HAT, HAT_DOWN, CODE_JOY_AXIS, AXIS_POS(SDL_CONTROLLER_AXIS_LEFTY) },
    { IPT_JOYSTICK_LEFT, 2, SDL_SCANCODE_D, -1, CODE_JOY_HAT, HAT_LEFT, CODE_JOY_AXIS, AXIS_NEG(SDL_CONTROLLER_AXIS_LEFTX) },
    { IPT_JOYSTICK_RIGHT, 2, SDL_SCANCODE_G, -1, CODE_JOY_HAT, HAT_RIGHT, CODE_JOY_AXIS, AXIS_POS(SDL_CONTROLLER_AXIS_LEFTX) },
    { IPT_BUTTON1, 2, SDL_SCANCODE_A, -1, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_A, 0, 0 },
    { IPT_BUTTON2, 2, SDL_SCANCODE_S, -1, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_B, 0, 0 },
    { IPT_BUTTON3, 2, SDL_SCANCODE_Q, -1, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_X, 0, 0 },
    { IPT_BUTTON4, 2, SDL_SCANCODE_W, -1, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_Y, 0, 0 },
    { IPT_START1, 1, SDL_SCANCODE_1, 0, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_START, 0, 0 },
    { IPT_START2, 1, SDL_SCANCODE_2, 1, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_START, 0, 0 },
    { IPT_COIN1, 1, SDL_SCANCODE_5, 0, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_BACK, 0, 0 },
    { IPT_COIN2, 1, SDL_SCANCODE_6, 1, CODE_JOY_BUTTON, SDL_CONTROLLER_BUTTON_BACK, 0, 0 },
    { IPT_SERVICE1, 1, SDL_SCANCODE_9, -1, 0, 0, 0, 0 },
    { IPT_TILT, 1, SDL_SCANCODE_T, -1, 0, 0, 0, 0 },
    { IPT_SERVICE, 1, SDL_SCANCODE_F2, -1, 0, 0, 0, 0 },
    { IPT_MEMORY_RESET, 1, SDL_SCANCODE_F1, -1, 0, 0, 0, 0 },
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

static input_code code_of(u8 kind, u8 joy, u16 id)
{
    input_code c = { kind, joy, id };
    return c;
}

static void default_codes(size_t i, key_binding *b)
{
    u8 joy = (u8)(defaults[i].joy < 0 ? defaults[i].player - 1 : defaults[i].joy);
    b->n = 0;
    b->code[b->n++] = code_of(CODE_KEY, 0, (u16)defaults[i].key);
    if (defaults[i].kind1)
        b->code[b->n++] = code_of(defaults[i].kind1, joy, defaults[i].id1);
    if (defaults[i].kind2)
        b->code[b->n++] = code_of(defaults[i].kind2, joy, defaults[i].id2);
}

static int default_index(u16 type, u8 player)
{
    for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++)
        if (defaults[i].type == type && defaults[i].player == player)
            return (int)i;
    return -1;
}

static bool same_code(input_code a, input_code b);

bool keymap_is_default(const key_binding *b)
{
    key_binding d = { 0 };
    int i = default_index(b->type, b->player);
    if (i < 0)
        return false;
    default_codes((size_t)i, &d);
    if (d.n != b->n)
        return false;
    for (int j = 0; j < d.n; j++)
        if (!same_code(d.code[j], b->code[j]))
            return false;
    return true;
}

bool keymap_is_default_key_only(const key_binding *b)
{
    int i = default_index(b->type, b->player);
    return i >= 0 && b->n == 1 && b->code[0].kind == CODE_KEY && b->code[0].id == (u16)defaults[i].key;
}

void keymap_init(keymap *k, const input_ports *ip)
{
    ui_keymap ui = k->ui;
    memset(k, 0, sizeof(*k));
    k->ui = ui;
    for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++) {
        if (!machine_has(ip, defaults[i].type, defaults[i].player) || k->count >= KEYMAP_MAX)
            continue;
        key_binding *b = &k->b[k->count++];
        b->type = defaults[i].type;
        b->player = defaults[i].player;
        default_codes(i, b);
    }
}

static void apply(input_ports *ip, const key_binding *b)
{
    bool on = false;
    for (int j = 0; j < b->n; j++)
        on |= b->down[j];
    if (!is_system(b->type)) {
        input_press(ip, b->type, b->player, on);
        return;
    }
    for (u8 p = 1; p <= 4; p++)
        input_press(ip, b->type, p, on);
}

void keymap_restore_defaults(keymap *k, input_ports *ip)
{
    for (int i = 0; i < k->count; i++) {
        memset(k->b[i].down, 0, sizeof(k->b[i].down));
        apply(ip, &k->b[i]);
    }
    keymap_init(k, ip);
}

static bool same_code(input_code a, input_code b)
{
    return a.kind == b.kind && a.id == b.id && (a.kind == CODE_KEY || a.joy == b.joy);
}

/* Every binding holding code c follows its state. */
static bool code_event(keymap *k, input_ports *ip, input_code c, bool down)
{
    bool used = false;
    for (int i = 0; i < k->count; i++) {
        key_binding *b = &k->b[i];
        bool hit = false;
        for (int j = 0; j < b->n; j++)
            if (same_code(b->code[j], c)) {
                b->down[j] = down;
                hit = true;
            }
        if (hit) {
            apply(ip, b);
            used = true;
        }
    }
    return used;
}

bool keymap_key(keymap *k, input_ports *ip, SDL_Scancode sc, bool down)
{
    if (sc == SDL_SCANCODE_UNKNOWN)
        return false;
    return code_event(k, ip, code_of(CODE_KEY, 0, (u16)sc), down);
}

void keymap_release_keys(keymap *k, input_ports *ip)
{
    for (int i = 0; i < k->count; i++) {
        key_binding *b = &k->b[i];
        bool was = false;
        for (int j = 0; j < b->n; j++)
            if (b->code[j].kind == CODE_KEY && b->down[j]) {
                b->down[j] = false;
                was = true;
            }
        if (was)
            apply(ip, b);
    }
}

key_binding *keymap_find(keymap *k, u16 type, u8 player)
{
    for (int i = 0; i < k->count; i++)
        if (k->b[i].type == type && k->b[i].player == player)
            return &k->b[i];
    return NULL;
}

static input_code button_code(int joy, SDL_GameControllerButton btn)
{
    switch (btn) {
    case SDL_CONTROLLER_BUTTON_DPAD_UP: return code_of(CODE_JOY_HAT, (u8)joy, HAT_UP);
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN: return code_of(CODE_JOY_HAT, (u8)joy, HAT_DOWN);
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT: return code_of(CODE_JOY_HAT, (u8)joy, HAT_LEFT);
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: return code_of(CODE_JOY_HAT, (u8)joy, HAT_RIGHT);
    default: return code_of(CODE_JOY_BUTTON, (u8)joy, (u16)btn);
    }
}

bool keymap_pad_button(keymap *k, input_ports *ip, int joy, SDL_GameControllerButton btn, bool down)
{
    if (joy < 0 || joy > 255 || btn < 0 || btn >= SDL_CONTROLLER_BUTTON_MAX)
        return false;
    return code_event(k, ip, button_code(joy, btn), down);
}

bool keymap_pad_axis(keymap *k, input_ports *ip, int joy, SDL_GameControllerAxis axis, int value)
{
    /* MAME's default joystick dead zone is 0.3 of full travel. */
    const int dead = 32767 * 3 / 10;
    if (joy < 0 || joy > 255 || axis < 0 || axis >= SDL_CONTROLLER_AXIS_MAX)
        return false;
    bool a = code_event(k, ip, code_of(CODE_JOY_AXIS, (u8)joy, AXIS_NEG(axis)), value < -dead);
    bool b = code_event(k, ip, code_of(CODE_JOY_AXIS, (u8)joy, AXIS_POS(axis)), value > dead);
    return a || b;
}

bool keymap_pad_button_code(int joy, SDL_GameControllerButton btn, bool down, input_code *out)
{
    if (!down || joy < 0 || joy > 255 || btn < 0 || btn >= SDL_CONTROLLER_BUTTON_MAX)
        return false;
    *out = button_code(joy, btn);
    return true;
}

bool keymap_pad_axis_code(int joy, SDL_GameControllerAxis axis, int value, input_code *out)
{
    if (joy < 0 || joy > 255 || axis < 0 || axis >= SDL_CONTROLLER_AXIS_MAX || abs(value) < 16384)
        return false;
    *out = code_of(CODE_JOY_AXIS, (u8)joy, value > 0 ? AXIS_POS(axis) : AXIS_NEG(axis));
    return true;
}

void keymap_assign(keymap *k, input_ports *ip, key_binding *b, input_code c, bool alt)
{
    (void)k;
    memset(b->down, 0, sizeof(b->down));
    apply(ip, b);
    if (c.kind == CODE_NONE) {
        b->n = 0;
        return;
    }
    if (!alt) {
        b->code[0] = c;
        b->n = 1;
        return;
    }
    for (int j = 0; j < b->n; j++)
        if (same_code(b->code[j], c))
            return;
    if (b->n == SEQ_MAX)
        b->n--;
    b->code[b->n++] = c;
}

void keymap_label(const key_binding *b, char *out, size_t len)
{
    snprintf(out, len, "P%u %s", b->player, input_type_name(b->type));
}

/* MAME's item names for the SDL controller layout: the face buttons and
   shoulders are numbered, Start and Back are MAME's Start and Select. */
static const char *const button_names[SDL_CONTROLLER_BUTTON_MAX] = {
    [SDL_CONTROLLER_BUTTON_A] = "Button 1",        [SDL_CONTROLLER_BUTTON_B] = "Button 2",
    [SDL_CONTROLLER_BUTTON_X] = "Button 3",        [SDL_CONTROLLER_BUTTON_Y] = "Button 4",
    [SDL_CONTROLLER_BUTTON_LEFTSHOULDER] = "Button 5", [SDL_CONTROLLER_BUTTON_RIGHTSHOULDER] = "Button 6",
    [SDL_CONTROLLER_BUTTON_LEFTSTICK] = "Button 7",    [SDL_CONTROLLER_BUTTON_RIGHTSTICK] = "Button 8",
    [SDL_CONTROLLER_BUTTON_GUIDE] = "Button 9",        [SDL_CONTROLLER_BUTTON_MISC1] = "Button 10",
    [SDL_CONTROLLER_BUTTON_PADDLE1] = "Button 11",     [SDL_CONTROLLER_BUTTON_PADDLE2] = "Button 12",
    [SDL_CONTROLLER_BUTTON_PADDLE3] = "Button 13",     [SDL_CONTROLLER_BUTTON_PADDLE4] = "Button 14",
    [SDL_CONTROLLER_BUTTON_TOUCHPAD] = "Button 15",
    [SDL_CONTROLLER_BUTTON_BACK] = "Select",           [SDL_CONTROLLER_BUTTON_START] = "Start",
};
/* Each axis's halves, negative then positive. */
static const char *const axis_names[SDL_CONTROLLER_AXIS_MAX][2] = {
    [SDL_CONTROLLER_AXIS_LEFTX] = { "LX Left", "LX Right" },  [SDL_CONTROLLER_AXIS_LEFTY] = { "LY Up", "LY Down" },
    [SDL_CONTROLLER_AXIS_RIGHTX] = { "RX Left", "RX Right" }, [SDL_CONTROLLER_AXIS_RIGHTY] = { "RY Up", "RY Down" },
    [SDL_CONTROLLER_AXIS_TRIGGERLEFT] = { "LT Released", "LT" },
    [SDL_CONTROLLER_AXIS_TRIGGERRIGHT] = { "RT Released", "RT" },
};
static const char *const hat_names[4] = { "Hat Up", "Hat Down", "Hat Left", "Hat Right" };

/* The item's name within its controller, or NULL. */
static const char *joy_item(input_code c)
{
    if (c.kind == CODE_JOY_BUTTON && c.id < SDL_CONTROLLER_BUTTON_MAX)
        return button_names[c.id];
    if (c.kind == CODE_JOY_AXIS && c.id < 2 * SDL_CONTROLLER_AXIS_MAX)
        return axis_names[c.id / 2][c.id & 1];
    if (c.kind == CODE_JOY_HAT && c.id < 4)
        return hat_names[c.id];
    return NULL;
}

void keymap_code_name(input_code c, char *out, size_t len)
{
    const char *item = joy_item(c);
    if (c.kind == CODE_KEY && c.id != SDL_SCANCODE_UNKNOWN)
        snprintf(out, len, "%s", SDL_GetScancodeName((SDL_Scancode)c.id));
    else if (item)
        snprintf(out, len, "Joy %u %s", c.joy + 1u, item);
    else
        snprintf(out, len, "None");
}

void keymap_keys_text(const key_binding *b, char *out, size_t len)
{
    size_t at = 0;
    out[0] = '\0';
    if (b->n == 0) {
        snprintf(out, len, "None");
        return;
    }
    for (int j = 0; j < b->n && at < len; j++) {
        char name[64];
        keymap_code_name(b->code[j], name, sizeof(name));
        int w = snprintf(out + at, len - at, "%s%s", j ? " or " : "", name);
        at += w > 0 ? (size_t)w : 0;
    }
}

static bool parse_joy(const char *s, input_code *c)
{
    unsigned joy;
    int used = 0;
    if (sscanf(s, "Joy %u %n", &joy, &used) != 1 || used == 0 || joy < 1 || joy > 256)
        return false;
    const char *item = s + used;
    for (u8 kind = CODE_JOY_BUTTON; kind <= CODE_JOY_HAT; kind++)
        for (u16 id = 0; id < 2 * SDL_CONTROLLER_BUTTON_MAX; id++) {
            input_code t = code_of(kind, (u8)(joy - 1), id);
            const char *name = joy_item(t);
            if (name && !strcmp(name, item)) {
                *c = t;
                return true;
            }
        }
    return false;
}

static bool one_code(const char *name, size_t n, input_code *c)
{
    char buf[64];
    if (n == 0 || n >= sizeof(buf))
        return false;
    memcpy(buf, name, n);
    buf[n] = '\0';
    if (parse_joy(buf, c))
        return true;
    SDL_Scancode sc = SDL_GetScancodeFromName(buf);
    *c = code_of(CODE_KEY, 0, (u16)sc);
    return sc != SDL_SCANCODE_UNKNOWN;
}

bool keymap_keys_parse(const char *text, input_code *codes, u8 *n)
{
    *n = 0;
    if (!strcmp(text, "None"))
        return true;
    for (const char *s = text;;) {
        const char *or = strstr(s, " or ");
        size_t len = or ? (size_t)(or - s) : strlen(s);
        if (*n == SEQ_MAX || !one_code(s, len, &codes[*n]))
            return false;
        ++*n;
        if (!or)
            return true;
        s = or + 4;
    }
}
