#include "emu/input.h"

#include <stdio.h>
#include <string.h>

static const char *const type_names[IPT_COUNT] = {
    [IPT_UNUSED] = "UNUSED", [IPT_UNKNOWN] = "UNKNOWN", [IPT_CUSTOM] = "CUSTOM",
    [IPT_DIPSWITCH] = "DIPSWITCH", [IPT_SERVICE_MODE] = "SERVICE",
    [IPT_JOYSTICK_UP] = "JOYSTICK_UP", [IPT_JOYSTICK_DOWN] = "JOYSTICK_DOWN",
    [IPT_JOYSTICK_LEFT] = "JOYSTICK_LEFT", [IPT_JOYSTICK_RIGHT] = "JOYSTICK_RIGHT",
    [IPT_BUTTON1] = "BUTTON1", [IPT_BUTTON2] = "BUTTON2", [IPT_BUTTON3] = "BUTTON3", [IPT_BUTTON4] = "BUTTON4",
    [IPT_START1] = "START1", [IPT_START2] = "START2", [IPT_START3] = "START3", [IPT_START4] = "START4",
    [IPT_COIN1] = "COIN1", [IPT_COIN2] = "COIN2", [IPT_COIN3] = "COIN3", [IPT_COIN4] = "COIN4",
    [IPT_SERVICE1] = "SERVICE1", [IPT_TILT] = "TILT",
    [IPT_TRACKBALL_X] = "TRACKBALL_X", [IPT_TRACKBALL_Y] = "TRACKBALL_Y", [IPT_DIAL] = "DIAL",
    [IPT_PADDLE] = "PADDLE", [IPT_AD_STICK_X] = "AD_STICK_X", [IPT_AD_STICK_Y] = "AD_STICK_Y",
    [IPT_JOYSTICKLEFT_UP] = "JOYSTICKLEFT_UP", [IPT_JOYSTICKLEFT_DOWN] = "JOYSTICKLEFT_DOWN",
    [IPT_JOYSTICKLEFT_LEFT] = "JOYSTICKLEFT_LEFT", [IPT_JOYSTICKLEFT_RIGHT] = "JOYSTICKLEFT_RIGHT",
    [IPT_JOYSTICKRIGHT_UP] = "JOYSTICKRIGHT_UP", [IPT_JOYSTICKRIGHT_DOWN] = "JOYSTICKRIGHT_DOWN",
    [IPT_JOYSTICKRIGHT_LEFT] = "JOYSTICKRIGHT_LEFT", [IPT_JOYSTICKRIGHT_RIGHT] = "JOYSTICKRIGHT_RIGHT",
    [IPT_SERVICE] = "SERVICE_KEY", [IPT_POSITIONAL] = "POSITIONAL", [IPT_POSITIONAL_V] = "POSITIONAL_V",
    [IPT_MEMORY_RESET] = "MEMORY_RESET",
};

const char *input_type_name(u16 type)
{
    return type < IPT_COUNT && type_names[type] ? type_names[type] : "UNKNOWN";
}

static int add_field(input_ports *ip, const input_def *d, char *err, size_t errlen)
{
    if (ip->num_ports == 0) {
        snprintf(err, errlen, "input bit declared before any PORT_START");
        return -1;
    }
    if (ip->num_fields == MAX_FIELDS) {
        snprintf(err, errlen, "too many input fields");
        return -1;
    }
    input_field *f = &ip->fields[ip->num_fields++];
    memset(f, 0, sizeof(*f));
    f->port = (u8)(ip->num_ports - 1);
    f->player = d->player;
    f->type = d->type;
    f->mask = d->mask;
    f->defvalue = d->value & d->mask;
    f->def = d;
    f->dipvalue = f->defvalue;
    return 0;
}

int input_ports_init(input_ports *ip, const input_def *defs, char *err, size_t errlen)
{
    memset(ip, 0, sizeof(*ip));
    for (const input_def *d = defs; d && d->kind != INK_END; d++) {
        switch (d->kind) {
        case INK_PORT:
            if (ip->num_ports == MAX_PORTS) {
                snprintf(err, errlen, "too many input ports");
                return -1;
            }
            ip->ports[ip->num_ports++].tag = d->name;
            break;
        case INK_BIT:
        case INK_DIPNAME:
            if (add_field(ip, d, err, errlen))
                return -1;
            break;
        case INK_DIPLOCATION:
            if (ip->num_fields)
                ip->fields[ip->num_fields - 1].location = d->name;
            break;
        default:
            break;
        }
    }
    input_ports_latch(ip);
    return 0;
}

int input_port_index(const input_ports *ip, const char *tag)
{
    for (int i = 0; i < ip->num_ports; i++)
        if (!strcmp(ip->ports[i].tag, tag))
            return i;
    return -1;
}

static unsigned mask_shift(u32 mask)
{
    unsigned n = 0;
    while (mask && !(mask & 1)) {
        mask >>= 1;
        n++;
    }
    return n;
}

u32 input_positional_default(const input_field *f)
{
    return (f->defvalue & f->mask) >> mask_shift(f->mask);
}

/* The position held in 0..n-1, then MAME's remap table and inversion. */
static u32 positional_value(const input_field *f)
{
    s64 pos = (s64)input_positional_default(f) + f->analog;
    s64 last = f->def->amax ? f->def->amax - 1 : 0;
    pos = pos < 0 ? 0 : pos > last ? last : pos;
    u32 v = f->def->remap ? f->def->remap[pos] : (u32)pos;
    if (f->def->invert)
        v = ~v;
    return (v << mask_shift(f->mask)) & f->mask;
}

static u32 field_value(const input_field *f)
{
    switch (f->type) {
    case IPT_DIPSWITCH:
        return f->dipvalue & f->mask;
    case IPT_SERVICE_MODE:
    case IPT_SERVICE:
        return (f->toggled || f->pressed) ? (~f->defvalue & f->mask) : f->defvalue;
    case IPT_TRACKBALL_X:
    case IPT_TRACKBALL_Y:
    case IPT_DIAL:
        /* MAME reverses a relative field about the top of its range: at rest
           it reads the mask */
        return (f->def->reverse ? f->defvalue + f->mask - (u32)f->analog : (u32)f->analog + f->defvalue) & f->mask;
    case IPT_PADDLE:
    case IPT_AD_STICK_X:
    case IPT_AD_STICK_Y: {
        /* MAME reverses an absolute input about its default (the centre);
           the offset may come from a recording: the reading stays in range */
        s64 v = f->def->reverse ? (s64)f->defvalue - f->analog : (s64)f->defvalue + f->analog;
        v = v < f->def->amin ? f->def->amin : v > f->def->amax ? f->def->amax : v;
        return (u32)v & f->mask;
    }
    case IPT_POSITIONAL:
    case IPT_POSITIONAL_V:
        return positional_value(f);
    default:
        return (f->pressed || f->toggled) ? (~f->defvalue & f->mask) : f->defvalue;
    }
}

void input_ports_latch(input_ports *ip)
{
    for (int p = 0; p < ip->num_ports; p++)
        ip->ports[p].live = 0;
    for (int i = 0; i < ip->num_fields; i++) {
        const input_field *f = &ip->fields[i];
        input_port *port = &ip->ports[f->port];
        port->live = (port->live & ~f->mask) | field_value(f);
    }
}

void input_press(input_ports *ip, u16 type, u8 player, bool pressed)
{
    for (int i = 0; i < ip->num_fields; i++) {
        input_field *f = &ip->fields[i];
        if (f->type != type || (f->player & ~PORT_TOGGLE_MARK) != player)
            continue;
        if (f->player & PORT_TOGGLE_MARK) { /* MAME's PORT_TOGGLE: a press flips it */
            if (pressed && !f->held)
                f->toggled = !f->toggled;
            f->held = pressed;
        } else
            f->pressed = pressed;
    }
}

void input_field_analog_add(input_field *f, s32 delta)
{
    if (input_type_is_positional(f->type)) {
        /* the encoder stops at its first and last positions */
        s64 v = (s64)input_positional_default(f) + f->analog + delta;
        s64 last = f->def->amax ? f->def->amax - 1 : 0;
        v = v < 0 ? 0 : v > last ? last : v;
        f->analog = (s32)(v - (s64)input_positional_default(f));
        return;
    }
    if (!input_type_is_absolute(f->type)) {
        f->analog = (s32)((u32)f->analog + (u32)delta);
        return;
    }
    /* like MAME's accumulator, an absolute input stops at the ends of its range */
    s64 v = (s64)f->defvalue + f->analog + delta;
    if (v < f->def->amin)
        v = f->def->amin;
    if (v > f->def->amax)
        v = f->def->amax;
    f->analog = (s32)(v - (s64)f->defvalue);
}

void input_analog_add(input_ports *ip, u16 type, u8 player, s32 delta)
{
    for (int i = 0; i < ip->num_fields; i++) {
        input_field *f = &ip->fields[i];
        if (f->type == type && f->player == player)
            input_field_analog_add(f, delta);
    }
}

int input_set_field(input_ports *ip, const char *tag, u32 mask, bool pressed)
{
    int port = input_port_index(ip, tag);
    if (port < 0)
        return -1;
    int changed = 0;
    for (int i = 0; i < ip->num_fields; i++) {
        input_field *f = &ip->fields[i];
        if (f->port != port || !(f->mask & mask))
            continue;
        if (f->type == IPT_DIPSWITCH) {
            f->dipvalue = pressed ? (~f->defvalue & f->mask) : f->defvalue;
        } else {
            f->pressed = pressed;
        }
        changed++;
    }
    return changed;
}

int input_set_dip(input_ports *ip, const char *tag, u32 mask, u32 value)
{
    int port = input_port_index(ip, tag);
    if (port < 0)
        return -1;
    for (int i = 0; i < ip->num_fields; i++) {
        input_field *f = &ip->fields[i];
        if (f->port == port && f->type == IPT_DIPSWITCH && f->mask == mask) {
            f->dipvalue = value & mask;
            return 1;
        }
    }
    return 0;
}
