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
    IPT_PADDLE, IPT_AD_STICK_X, IPT_AD_STICK_Y, /* absolute analog (PORT_ANALOG) */
    /* the two sticks of a double joystick (Crazy Climber) */
    IPT_JOYSTICKLEFT_UP, IPT_JOYSTICKLEFT_DOWN, IPT_JOYSTICKLEFT_LEFT, IPT_JOYSTICKLEFT_RIGHT,
    IPT_JOYSTICKRIGHT_UP, IPT_JOYSTICKRIGHT_DOWN, IPT_JOYSTICKRIGHT_LEFT, IPT_JOYSTICKRIGHT_RIGHT,
    /* MAME's IPT_SERVICE: the "Service" key (F2), a button the board reads,
       as opposed to IPT_SERVICE_MODE, the Service Mode DIP-style switch */
    IPT_SERVICE,
    /* MAME's positional controls (a rotary encoder: Sea Wolf's periscope,
       Gun Fight's gun aim): a position 0..n-1 read through a remap table */
    IPT_POSITIONAL, IPT_POSITIONAL_V,
    /* MAME's IPT_MEMORY_RESET (a board's memory/high-score reset switch) */
    IPT_MEMORY_RESET,
    IPT_COUNT
};

enum input_def_kind { INK_END = 0, INK_PORT, INK_BIT, INK_DIPNAME, INK_DIPSETTING, INK_DIPLOCATION };

typedef struct input_def {
    u8 kind;
    u8 player;        /* BIT: 1-based player; DIPNAME: PORT_CONF_MARK for a configuration setting */
    u16 type;         /* BIT: enum input_type */
    u32 mask, value;  /* BIT/DIPNAME: mask and default value; DIPSETTING: value */
    const char *name; /* PORT: tag; BIT: optional label; DIPNAME/SETTING: text; LOCATION: "SW1:1,2" */
    /* absolute analog BIT (PORT_ANALOG): MAME's PORT_MINMAX, PORT_SENSITIVITY, PORT_KEYDELTA, PORT_REVERSE */
    u16 amin, amax;
    u8 sensitivity, keydelta, reverse;
    /* positional (PORT_POSITIONAL): amax is the number of positions; MAME's
       PORT_REMAP_TABLE, PORT_INVERT and PORT_CODE_DEC/INC (SDL key names) */
    const u8 *remap;
    u8 invert;
    const char *key_dec, *key_inc;
} input_def;

#define PORT_START(tag_) { .kind = INK_PORT, .name = (tag_) }
#define PORT_BIT(m_, d_, t_) { .kind = INK_BIT, .player = 1, .type = (t_), .mask = (m_), .value = (d_) }
#define PORT_BIT_P(m_, d_, t_, p_) \
    { .kind = INK_BIT, .player = (p_), .type = (t_), .mask = (m_), .value = (d_) }
#define PORT_BIT_NAMED(m_, d_, t_, n_) \
    { .kind = INK_BIT, .player = 1, .type = (t_), .mask = (m_), .value = (d_), .name = (n_) }
#define PORT_DIPNAME(m_, d_, n_) \
    { .kind = INK_DIPNAME, .type = IPT_DIPSWITCH, .mask = (m_), .value = (d_), .name = (n_) }
/* A setting MAME lists as <configuration> rather than a physical switch: a
   DIPNAME whose player byte (otherwise unused) carries this mark. */
#define PORT_CONF_MARK 1
#define PORT_CONFNAME(m_, d_, n_) \
    { .kind = INK_DIPNAME, .player = PORT_CONF_MARK, .type = IPT_DIPSWITCH, .mask = (m_), .value = (d_), .name = (n_) }
#define PORT_DIPSETTING(v_, n_) { .kind = INK_DIPSETTING, .value = (v_), .name = (n_) }
#define PORT_DIPLOCATION(loc_) { .kind = INK_DIPLOCATION, .name = (loc_) }
/* An absolute analog input (IPT_PADDLE, IPT_AD_STICK_X/Y): reads its default
   (the centre) plus the accumulated counts (minus them when rev, as MAME
   reverses about the centre), held within lo..hi; sens and kd are MAME's
   PORT_SENSITIVITY and PORT_KEYDELTA for it. */
#define PORT_ANALOG(m_, d_, t_, p_, lo_, hi_, sens_, kd_, rev_) \
    { .kind = INK_BIT, .player = (p_), .type = (t_), .mask = (m_), .value = (d_), .amin = (lo_), \
      .amax = (hi_), .sensitivity = (sens_), .keydelta = (kd_), .reverse = (rev_) }
/* A relative input (trackball, dial) MAME reverses (PORT_REVERSE): the
   counter reads backwards. */
#define PORT_TRACKBALL_REVERSED(m_, t_, p_) \
    { .kind = INK_BIT, .player = (p_), .type = (t_), .mask = (m_), .value = 0, .reverse = 1 }
/* A positional control (IPT_POSITIONAL/_V): `d_` is the default position's
   bits, `n_` the positions, `remap_` the value each position reads (NULL:
   the position), `inv_` MAME's PORT_INVERT, `dec_`/`inc_` its keys. */
#define PORT_POSITIONAL(m_, d_, t_, p_, n_, remap_, inv_, sens_, kd_, dec_, inc_) \
    { .kind = INK_BIT, .player = (p_), .type = (t_), .mask = (m_), .value = (d_), .amin = 0, .amax = (n_), \
      .sensitivity = (sens_), .keydelta = (kd_), .remap = (remap_), .invert = (inv_), .key_dec = (dec_), \
      .key_inc = (inc_) }
#define PORT_SERVICE(m_, d_) \
    { .kind = INK_BIT, .player = 1, .type = IPT_SERVICE_MODE, .mask = (m_), .value = (d_), .name = "Service Mode" }
/* MAME's IPT_SERVICE key; _TOGGLE is MAME's PORT_TOGGLE (a switch inside
   the coin door: each press of the key flips it). The toggle mark rides in
   the player byte, which a system input does not use. */
#define PORT_TOGGLE_MARK 0x80
#define PORT_SERVICE_KEY(m_, d_) { .kind = INK_BIT, .player = 1, .type = IPT_SERVICE, .mask = (m_), .value = (d_) }
#define PORT_SERVICE_KEY_TOGGLE(m_, d_) \
    { .kind = INK_BIT, .player = 1 | PORT_TOGGLE_MARK, .type = IPT_SERVICE, .mask = (m_), .value = (d_) }
/* Any input with MAME's PORT_TOGGLE: each press (input_press) flips it. */
#define PORT_BIT_TOGGLE_NAMED(m_, d_, t_, n_) \
    { .kind = INK_BIT, .player = 1 | PORT_TOGGLE_MARK, .type = (t_), .mask = (m_), .value = (d_), .name = (n_) }
#define INPUT_END { .kind = INK_END }

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
    bool toggled;           /* service-mode switch state, or a PORT_TOGGLE input's */
    bool held;              /* a PORT_TOGGLE input: its key is down (press edges) */
    s32 analog;             /* analog inputs: counts accumulated (trackball, dial), or the offset
                               from the centre, held within the field's range (paddle, stick) */
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
/* Analog inputs: adds `delta` counts to the fields of that type and player.
   Relative ones (IPT_TRACKBALL_X/Y, IPT_DIAL) read the accumulated count
   under the field's mask (wrapping); absolute ones (IPT_PADDLE,
   IPT_AD_STICK_X/Y) read their centre plus the counts, held in the field's
   range. From the next latch on. */
void input_analog_add(input_ports *ip, u16 type, u8 player, s32 delta);
/* The same for one field (input scripts name fields by port and mask). */
void input_field_analog_add(input_field *f, s32 delta);
static inline bool input_type_is_absolute(u16 type)
{
    return type == IPT_PADDLE || type == IPT_AD_STICK_X || type == IPT_AD_STICK_Y;
}
static inline bool input_type_is_positional(u16 type)
{
    return type == IPT_POSITIONAL || type == IPT_POSITIONAL_V;
}
static inline bool input_type_is_analog(u16 type)
{
    return type == IPT_TRACKBALL_X || type == IPT_TRACKBALL_Y || type == IPT_DIAL || input_type_is_absolute(type) ||
           input_type_is_positional(type);
}
/* A positional field's default position (its default bits, shifted down). */
u32 input_positional_default(const input_field *f);
const char *input_type_name(u16 type);

#endif
