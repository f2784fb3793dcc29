/* Input ports: relative analog fields wrap, absolute ones (paddle, stick)
   stop at their range and run the other way from the centre when reversed; the latch reads them. */
#include "emu/input.h"

#include "../check.h"

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
    return check_report("test_input");
}
