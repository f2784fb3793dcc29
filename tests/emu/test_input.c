/* Input ports: relative analog fields wrap, absolute ones (paddle, stick)
   stop at their range and run the other way from the centre when reversed; the latch reads them. */
#include "emu/input.h"

#include "../check.h"

/* Gun Fight's aim encoder (MAME's gunfight_controller_table) */
static const u8 aim_table[7] = { 0x06, 0x02, 0x00, 0x04, 0x05, 0x01, 0x03 };

static const input_def defs[] = {
    PORT_START("TRACK"),
    PORT_BIT(0xff, 0x00, IPT_TRACKBALL_X),
    PORT_START("PADDLE"),
    PORT_ANALOG(0xff, 0x80, IPT_PADDLE, 1, 0x1d, 0xcb, 50, 10, false),
    PORT_START("STICK"),
    PORT_ANALOG(0xff, 0x7f, IPT_AD_STICK_Y, 2, 0x40, 0xbf, 100, 10, true),
    PORT_START("IN"),
    PORT_BIT(0x01, 0x01, IPT_BUTTON1),
    PORT_START("TRACKREV"),
    PORT_TRACKBALL_REVERSED(0x0f, IPT_TRACKBALL_Y, 1),
    PORT_START("AIM"),
    PORT_POSITIONAL(0x70, 0x30, IPT_POSITIONAL_V, 1, 7, aim_table, 1, 5, 10, "N", "H"),
    INPUT_END,
};

int main(void)
{
    input_ports ip;
    char err[128];
    CHECK_EQ("init", 0, input_ports_init(&ip, defs, err, sizeof(err)));
    int tb = input_port_index(&ip, "TRACK"), pd = input_port_index(&ip, "PADDLE"), st = input_port_index(&ip, "STICK");
    CHECK_EQ("paddle centre", 0x80, input_port_read(&ip, pd));
    CHECK_EQ("reversed stick centre", 0x7f, input_port_read(&ip, st));
    input_analog_add(&ip, IPT_TRACKBALL_X, 1, -3);
    input_analog_add(&ip, IPT_PADDLE, 1, 0x30);
    input_analog_add(&ip, IPT_AD_STICK_Y, 2, 5);
    input_ports_latch(&ip);
    CHECK_EQ("trackball wraps", 0xfd, input_port_read(&ip, tb));
    CHECK_EQ("paddle moved", 0xb0, input_port_read(&ip, pd));
    CHECK_EQ("reversed stick moved", 0x7a, input_port_read(&ip, st));
    input_analog_add(&ip, IPT_PADDLE, 1, 1000);
    input_ports_latch(&ip);
    CHECK_EQ("paddle stops at max", 0xcb, input_port_read(&ip, pd));
    input_analog_add(&ip, IPT_PADDLE, 1, -1);
    input_ports_latch(&ip);
    CHECK_EQ("and comes back at once", 0xca, input_port_read(&ip, pd));
    input_analog_add(&ip, IPT_PADDLE, 1, -100000);
    input_ports_latch(&ip);
    CHECK_EQ("paddle stops at min", 0x1d, input_port_read(&ip, pd));
    CHECK_TRUE(input_type_is_absolute(IPT_PADDLE) && input_type_is_analog(IPT_PADDLE));
    CHECK_TRUE(!input_type_is_absolute(IPT_TRACKBALL_Y) && input_type_is_analog(IPT_DIAL));
    CHECK_TRUE(!input_type_is_analog(IPT_BUTTON1));
    CHECK_STR("name", "PADDLE", input_type_name(IPT_PADDLE));
    /* a recording may carry any offset: the reading stays in range */
    ip.fields[1].analog = 0x7fffffff;
    input_ports_latch(&ip);
    CHECK_EQ("hostile offset held in range", 0xcb, input_port_read(&ip, pd));
    /* a reversed 4-bit counter (Shoot the Bull's Y) reads 15 - counts, as
       MAME's PORT_REVERSE does (about the top of the range) */
    int tr = input_port_index(&ip, "TRACKREV");
    input_ports_latch(&ip);
    CHECK_EQ("reversed trackball at rest", 0x0f, input_port_read(&ip, tr));
    input_analog_add(&ip, IPT_TRACKBALL_Y, 1, 3);
    input_ports_latch(&ip);
    CHECK_EQ("reversed trackball +3", 0x0c, input_port_read(&ip, tr));
    input_analog_add(&ip, IPT_TRACKBALL_Y, 1, 13);
    input_ports_latch(&ip);
    CHECK_EQ("reversed trackball wraps", 0x0f, input_port_read(&ip, tr));
    /* a positional control: position 3 (the default bits 0x30), read through
       the table and inverted (MAME's PORT_INVERT), in bits 4-6 */
    int aim = input_port_index(&ip, "AIM");
    CHECK_EQ("aim at rest: ~table[3]", (~0x04 & 7) << 4, input_port_read(&ip, aim));
    input_analog_add(&ip, IPT_POSITIONAL_V, 1, 2);
    input_ports_latch(&ip);
    CHECK_EQ("aim +2: ~table[5]", (~0x01 & 7) << 4, input_port_read(&ip, aim));
    input_analog_add(&ip, IPT_POSITIONAL_V, 1, 10);
    input_ports_latch(&ip);
    CHECK_EQ("aim stops at the last position", (~0x03 & 7) << 4, input_port_read(&ip, aim));
    input_analog_add(&ip, IPT_POSITIONAL_V, 1, -100);
    input_ports_latch(&ip);
    CHECK_EQ("and at the first", (~0x06 & 7) << 4, input_port_read(&ip, aim));
    CHECK_TRUE(input_type_is_analog(IPT_POSITIONAL) && !input_type_is_absolute(IPT_POSITIONAL));
    return check_report("test_input");
}
