/* RetroPad mapping, the same for every system, from the input types its
   driver declares: player N's controls on pad N (cocktail controls are
   player 2's), the joystick on the D-pad and the left stick, buttons 1-4
   on B, A, Y, X, coin N and start N on pad N's Select and Start; service
   coin on L3, the service switch on R3, tilt on L2. Trackballs and dials
   take the mouse and the left analog stick. */
#include <stdio.h>
#include <string.h>

#include "frontend/libretro/lr_core.h"

#define STICK_THRESHOLD 16384
/* analog stick at full deflection: counts per frame */
#define STICK_COUNTS 8

/* The pad and RetroPad button of a digital field; false when none. */
static bool field_button(const input_field *f, unsigned *pad, unsigned *id)
{
    unsigned p = f->player ? f->player - 1u : 0u;
    switch (f->type) {
    case IPT_JOYSTICK_UP: *id = RETRO_DEVICE_ID_JOYPAD_UP; break;
    case IPT_JOYSTICK_DOWN: *id = RETRO_DEVICE_ID_JOYPAD_DOWN; break;
    case IPT_JOYSTICK_LEFT: *id = RETRO_DEVICE_ID_JOYPAD_LEFT; break;
    case IPT_JOYSTICK_RIGHT: *id = RETRO_DEVICE_ID_JOYPAD_RIGHT; break;
    case IPT_BUTTON1: *id = RETRO_DEVICE_ID_JOYPAD_B; break;
    case IPT_BUTTON2: *id = RETRO_DEVICE_ID_JOYPAD_A; break;
    case IPT_BUTTON3: *id = RETRO_DEVICE_ID_JOYPAD_Y; break;
    case IPT_BUTTON4: *id = RETRO_DEVICE_ID_JOYPAD_X; break;
    case IPT_START1: case IPT_START2: case IPT_START3: case IPT_START4:
        p = f->type - IPT_START1;
        *id = RETRO_DEVICE_ID_JOYPAD_START;
        break;
    case IPT_COIN1: case IPT_COIN2: case IPT_COIN3: case IPT_COIN4:
        p = f->type - IPT_COIN1;
        *id = RETRO_DEVICE_ID_JOYPAD_SELECT;
        break;
    case IPT_SERVICE1: p = 0; *id = RETRO_DEVICE_ID_JOYPAD_L3; break;
    case IPT_SERVICE_MODE: p = 0; *id = RETRO_DEVICE_ID_JOYPAD_R3; break;
    case IPT_TILT: p = 0; *id = RETRO_DEVICE_ID_JOYPAD_L2; break;
    default: return false;
    }
    *pad = p;
    return p < LR_MAX_PADS;
}

static bool is_analog(u16 type)
{
    return input_type_is_analog(type);
}

static const char *button_text(const input_field *f)
{
    if (f->def && f->def->name)
        return f->def->name;
    switch (f->type) {
    case IPT_JOYSTICK_UP: return "Up";
    case IPT_JOYSTICK_DOWN: return "Down";
    case IPT_JOYSTICK_LEFT: return "Left";
    case IPT_JOYSTICK_RIGHT: return "Right";
    case IPT_BUTTON1: return "Button 1";
    case IPT_BUTTON2: return "Button 2";
    case IPT_BUTTON3: return "Button 3";
    case IPT_BUTTON4: return "Button 4";
    case IPT_START1: return "1 Player Start";
    case IPT_START2: return "2 Players Start";
    case IPT_START3: return "3 Players Start";
    case IPT_START4: return "4 Players Start";
    case IPT_COIN1: return "Coin 1";
    case IPT_COIN2: return "Coin 2";
    case IPT_COIN3: return "Coin 3";
    case IPT_COIN4: return "Coin 4";
    case IPT_SERVICE1: return "Service Coin";
    case IPT_SERVICE_MODE: return "Service Mode";
    case IPT_TILT: return "Tilt";
    case IPT_TRACKBALL_X: return "Trackball X";
    case IPT_TRACKBALL_Y: return "Trackball Y";
    case IPT_DIAL: return "Dial";
    default: return "?";
    }
}

/* Descriptor text, kept for the session (the frontend may hold the pointers). */
static char desc_text[MAX_FIELDS][48];

void lr_input_descriptors(const lr_core *c)
{
    struct retro_input_descriptor d[MAX_FIELDS + 1];
    int n = 0;
    const input_ports *ip = &c->m->inputs;
    for (int i = 0; i < ip->num_fields; i++) {
        const input_field *f = &ip->fields[i];
        unsigned pad, id;
        bool dup = false;
        if (is_analog(f->type)) {
            pad = f->player ? f->player - 1u : 0u;
            if (pad >= LR_MAX_PADS)
                continue;
            id = f->type == IPT_TRACKBALL_Y || f->type == IPT_AD_STICK_Y ? RETRO_DEVICE_ID_ANALOG_Y : RETRO_DEVICE_ID_ANALOG_X;
            snprintf(desc_text[n], sizeof(desc_text[n]), "%s (stick or mouse)", button_text(f));
            d[n] = (struct retro_input_descriptor){ pad, RETRO_DEVICE_ANALOG, RETRO_DEVICE_INDEX_ANALOG_LEFT, id,
                                                    desc_text[n] };
            n++;
            continue;
        }
        if (!field_button(f, &pad, &id))
            continue;
        for (int k = 0; k < n; k++)
            dup |= d[k].port == pad && d[k].device == RETRO_DEVICE_JOYPAD && d[k].id == id;
        if (dup)
            continue;
        snprintf(desc_text[n], sizeof(desc_text[n]), "%s", button_text(f));
        d[n] = (struct retro_input_descriptor){ pad, RETRO_DEVICE_JOYPAD, 0, id, desc_text[n] };
        n++;
    }
    d[n] = (struct retro_input_descriptor){ 0, 0, 0, 0, NULL };
    lr_cb.env(RETRO_ENVIRONMENT_SET_INPUT_DESCRIPTORS, d);
}

/* The left stick as a digital joystick. */
static bool stick_pressed(unsigned pad, unsigned id)
{
    int x = lr_cb.input(pad, RETRO_DEVICE_ANALOG, RETRO_DEVICE_INDEX_ANALOG_LEFT, RETRO_DEVICE_ID_ANALOG_X);
    int y = lr_cb.input(pad, RETRO_DEVICE_ANALOG, RETRO_DEVICE_INDEX_ANALOG_LEFT, RETRO_DEVICE_ID_ANALOG_Y);
    switch (id) {
    case RETRO_DEVICE_ID_JOYPAD_UP: return y <= -STICK_THRESHOLD;
    case RETRO_DEVICE_ID_JOYPAD_DOWN: return y >= STICK_THRESHOLD;
    case RETRO_DEVICE_ID_JOYPAD_LEFT: return x <= -STICK_THRESHOLD;
    case RETRO_DEVICE_ID_JOYPAD_RIGHT: return x >= STICK_THRESHOLD;
    default: return false;
    }
}

/* Counts this frame for a trackball axis or dial: mouse motion plus the
   stick's deflection. */
static s32 analog_delta(const input_field *f)
{
    unsigned pad = f->player ? f->player - 1u : 0u;
    bool y = f->type == IPT_TRACKBALL_Y || f->type == IPT_AD_STICK_Y;
    s32 mouse = (s32)lr_cb.input(pad, RETRO_DEVICE_MOUSE, 0, y ? RETRO_DEVICE_ID_MOUSE_Y : RETRO_DEVICE_ID_MOUSE_X);
    s32 stick = (s32)lr_cb.input(pad, RETRO_DEVICE_ANALOG, RETRO_DEVICE_INDEX_ANALOG_LEFT,
                                 y ? RETRO_DEVICE_ID_ANALOG_Y : RETRO_DEVICE_ID_ANALOG_X);
    return mouse + stick * STICK_COUNTS / 32768;
}

void lr_input_apply(lr_core *c)
{
    input_ports *ip = &c->m->inputs;
    for (int i = 0; i < ip->num_fields; i++) {
        input_field *f = &ip->fields[i];
        unsigned pad, id;
        if (is_analog(f->type)) {
            if ((f->player ? f->player - 1u : 0u) < LR_MAX_PADS)
                input_field_analog_add(f, analog_delta(f));
            continue;
        }
        if (!field_button(f, &pad, &id))
            continue;
        bool down = lr_cb.input(pad, RETRO_DEVICE_JOYPAD, 0, id) != 0;
        if (id <= RETRO_DEVICE_ID_JOYPAD_RIGHT && id >= RETRO_DEVICE_ID_JOYPAD_UP)
            down |= stick_pressed(pad, id);
        f->pressed = down;
    }
}
