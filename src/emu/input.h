/* Input ports: a driver declares its ports, bits and DIP switches as static
   data in MAME's vocabulary; the frontend presses logical inputs (by type and
   player, or by port and mask) and the machine latches the port values at
   the start of every frame, so input timing is deterministic. */
#ifndef CABINET_INPUT_H
#define CABINET_INPUT_H

#include "util/types.h"

enum input_type {
    IPT_UNUSED = 0, IPT_UNKNOWN, IPT_CUSTOM, IPT_DIPSWITCH, IPT_SERVICE_MODE,
    IPT_JOYSTICK_UP, IPT_JOYSTICK_DOWN, IPT_JOYSTICK_LEFT, IPT_JOYSTICK_RIGHT,
    IPT_BUTTON1, IPT_BUTTON2, IPT_BUTTON3, IPT_BUTTON4,
    IPT_START1, IPT_START2, IPT_START3, IPT_START4,
    IPT_COIN1, IPT_COIN2, IPT_COIN3, IPT_COIN4,
    IPT_SERVICE1, IPT_TILT,
    IPT_TRACKBALL_X, IPT_TRACKBALL_Y, IPT_DIAL,
    /* the two sticks of a double joystick (Crazy Climber) */
    IPT_JOYSTICKLEFT_UP, IPT_JOYSTICKLEFT_DOWN, IPT_JOYSTICKLEFT_LEFT, IPT_JOYSTICKLEFT_RIGHT,
    IPT_JOYSTICKRIGHT_UP, IPT_JOYSTICKRIGHT_DOWN, IPT_JOYSTICKRIGHT_LEFT, IPT_JOYSTICKRIGHT_RIGHT,
    /* MAME's IPT_SERVICE: the "Service" key (F2), a button the board reads,
       as opposed to IPT_SERVICE_MODE, the Service Mode DIP-style switch */
    IPT_SERVICE,
    IPT_COUNT
};

enum input_def_kind { INK_END = 0, INK_PORT, INK_BIT, INK_DIPNAME, INK_DIPSETTING, INK_DIPLOCATION };

typedef struct input_def {
    u8 kind;
    u8 player;        /* BIT: 1-based player; DIPNAME: PORT_CONF_MARK for a configuration setting */
    u16 type;         /* BIT: enum input_type */
    u32 mask, value;  /* BIT/DIPNAME: mask and default value; DIPSETTING: value */
    const char *name; /* PORT: tag; BIT: optional label; DIPNAME/SETTING: text; LOCATION: "SW1:1,2" */
} input_def;

#define PORT_START(tag) { INK_PORT, 0, 0, 0, 0, (tag) }
#define PORT_BIT(mask, def, type) { INK_BIT, 1, (type), (mask), (def), NULL }
#define PORT_BIT_P(mask, def, type, player) { INK_BIT, (player), (type), (mask), (def), NULL }
#define PORT_BIT_NAMED(mask, def, type, name) { INK_BIT, 1, (type), (mask), (def), (name) }
#define PORT_DIPNAME(mask, def, name) { INK_DIPNAME, 0, IPT_DIPSWITCH, (mask), (def), (name) }
/* A setting MAME lists as <configuration> rather than a physical switch: a
   DIPNAME whose player byte (otherwise unused) carries this mark. */
#define PORT_CONF_MARK 1
#define PORT_CONFNAME(mask, def, name) { INK_DIPNAME, PORT_CONF_MARK, IPT_DIPSWITCH, (mask), (def), (name) }
#define PORT_DIPSETTING(value, name) { INK_DIPSETTING, 0, 0, 0, (value), (name) }
#define PORT_DIPLOCATION(loc) { INK_DIPLOCATION, 0, 0, 0, 0, (loc) }
#define PORT_SERVICE(mask, def) { INK_BIT, 1, IPT_SERVICE_MODE, (mask), (def), "Service Mode" }
/* MAME's IPT_SERVICE key; _TOGGLE is MAME's PORT_TOGGLE (a switch inside
   the coin door: each press of the key flips it). The toggle mark rides in
   the player byte, which a system input does not use. */
#define PORT_TOGGLE_MARK 0x80
#define PORT_SERVICE_KEY(mask, def) { INK_BIT, 1, IPT_SERVICE, (mask), (def), NULL }
#define PORT_SERVICE_KEY_TOGGLE(mask, def) { INK_BIT, 1 | PORT_TOGGLE_MARK, IPT_SERVICE, (mask), (def), NULL }
#define INPUT_END { INK_END, 0, 0, 0, 0, NULL }

#define MAX_PORTS 16
#define MAX_FIELDS 96

typedef struct input_field {
    u8 port;
    u8 player;
    u16 type;
    u32 mask, defvalue;
    const input_def *def;   /* the BIT or DIPNAME record */
    const char *location;   /* DIP location, or NULL */
    u32 dipvalue;           /* DIP switches: the current setting */
    bool pressed;           /* digital inputs: held now */
    bool toggled;           /* service-mode switch state */
    s32 analog;             /* relative analog inputs (trackball, dial): accumulated counts */
} input_field;

typedef struct input_port {
    const char *tag;
    u32 live; /* value latched at the start of the current frame */
} input_port;

typedef struct input_ports {
    input_port ports[MAX_PORTS];
    int num_ports;
    input_field fields[MAX_FIELDS];
    int num_fields;
} input_ports;

/* Builds the runtime ports from the definitions; -1 and err on bad data. */
int input_ports_init(input_ports *ip, const input_def *defs, char *err, size_t errlen);
int input_port_index(const input_ports *ip, const char *tag);
/* Recomputes every port's latched value from field states. */
void input_ports_latch(input_ports *ip);
static inline u32 input_port_read(const input_ports *ip, int index)
{
    return ip->ports[index].live;
}

/* Frontend side. */
void input_press(input_ports *ip, u16 type, u8 player, bool pressed);
/* Sets the field(s) of port `tag` under `mask`; returns fields changed or -1. */
int input_set_field(input_ports *ip, const char *tag, u32 mask, bool pressed);
int input_set_dip(input_ports *ip, const char *tag, u32 mask, u32 value);
/* Relative analog inputs (IPT_TRACKBALL_X/Y, IPT_DIAL): adds `delta` counts
   to the fields of that type and player; the port reads the accumulated
   count under the field's mask (wrapping), from the next latch on. */
void input_analog_add(input_ports *ip, u16 type, u8 player, s32 delta);
const char *input_type_name(u16 type);

#endif
