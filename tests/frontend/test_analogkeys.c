/* Keyboard control of analog inputs (frontend/analogkeys.c) against MAME
   0.251's rule (ioport.cpp analog_field::frame_update): per frame held,
   PORT_KEYDELTA x sensitivity % units; autocentre at the same rate after
   release for paddles and sticks only; ends of the range hold. */
#include "check.h"
#include "frontend/analogkeys.h"

static const input_def defs[] = {
    PORT_START("PADDLE0"),
    PORT_ANALOG(0xff, 0x80, IPT_PADDLE, 1, 0x1d, 0xcb, 50, 10, false), /* Warlords' */
    PORT_START("STICK"),
    PORT_ANALOG(0xff, 0x7f, IPT_AD_STICK_Y, 2, 0x40, 0xbf, 50, 5, false),
    PORT_START("TRACK"),
    PORT_BIT(0xff, 0x00, IPT_TRACKBALL_X),
    PORT_START("PERISCOPE"),
    PORT_POSITIONAL(0x1f, 0x0f, IPT_POSITIONAL, 3, 30, NULL, 0, 20, 8, NULL, NULL), /* Sea Wolf's, player 3 */
    { .kind = INK_END },
};

static void frames(analog_keys *a, input_ports *ip, int n, int gsens)
{
    for (int i = 0; i < n; i++)
        analog_keys_frame(a, ip, 50, 10, gsens);
}

int main(void)
{
    input_ports ip;
    char err[128];
    CHECK(input_ports_init(&ip, defs, err, sizeof(err)) == 0, "init: %s", err);
    input_field *pad = &ip.fields[0], *stick = &ip.fields[1], *track = &ip.fields[2];
    CHECK_EQ("paddle type", IPT_PADDLE, pad->type);
    analog_keys a = { 0 };

    /* held: 10 x 50% = 5 units a frame */
    analog_keys_set(&a, 1, 0, 1, true);
    frames(&a, &ip, 3, 100);
    CHECK_EQ("paddle after 3 frames right", 15, pad->analog);
    /* released: back to the centre at the same rate, then left alone */
    analog_keys_set(&a, 1, 0, 1, false);
    frames(&a, &ip, 1, 100);
    CHECK_EQ("recentring 1", 10, pad->analog);
    frames(&a, &ip, 2, 100);
    CHECK_EQ("recentred", 0, pad->analog);
    frames(&a, &ip, 5, 100);
    CHECK_EQ("stays centred", 0, pad->analog);
    /* the end of the range holds (0x80 - 0x1d = 99) */
    analog_keys_set(&a, 1, 0, 0, true);
    frames(&a, &ip, 30, 100);
    CHECK_EQ("held at the minimum", -99, pad->analog);
    /* both keys: no movement */
    analog_keys_set(&a, 1, 0, 1, true);
    frames(&a, &ip, 4, 100);
    CHECK_EQ("both keys", -99, pad->analog);
    analog_keys_set(&a, 1, 0, 0, false);
    analog_keys_set(&a, 1, 0, 1, false);
    /* moved by the mouse since: no autocentre */
    analog_keys_moved(&a, 0);
    frames(&a, &ip, 3, 100);
    CHECK_EQ("mouse-placed paddle stays", -99, pad->analog);
    /* -sensitivity 200: 10 units a frame */
    pad->analog = 0;
    analog_keys_set(&a, 1, 0, 1, true);
    frames(&a, &ip, 2, 200);
    CHECK_EQ("-sensitivity 200", 20, pad->analog);
    analog_keys_set(&a, 1, 0, 1, false);

    /* fractions carried: 5 x 50% = 2.5 units a frame (player 2's Y: R/F) */
    analog_keys_set(&a, 2, 1, 1, true);
    frames(&a, &ip, 1, 100);
    CHECK_EQ("stick 1 frame", 2, stick->analog);
    frames(&a, &ip, 1, 100);
    CHECK_EQ("stick 2 frames", 5, stick->analog);
    frames(&a, &ip, 2, 100);
    CHECK_EQ("stick 4 frames", 10, stick->analog);
    CHECK_EQ("player 1's paddle untouched by player 2's keys", 0, pad->analog);
    analog_keys_set(&a, 2, 1, 1, false);
    frames(&a, &ip, 4, 100);
    CHECK_EQ("stick recentred", 0, stick->analog);

    /* trackball: relative, 10 x 50% counts a frame, no autocentre (player 1's
       left/right moved it with the paddle above: start again from 0) */
    track->analog = 0;
    analog_keys_set(&a, 1, 0, 0, true);
    frames(&a, &ip, 3, 100);
    CHECK_EQ("trackball counts", -15, track->analog);
    analog_keys_set(&a, 1, 0, 0, false);
    frames(&a, &ip, 3, 100);
    CHECK_EQ("trackball stays", -15, track->analog);
    CHECK_TRUE(!analog_keys_set(&a, 4, 0, 0, true));

    /* positional (Sea Wolf's periscope, 8 x 20% = 1.6 positions a frame,
       rounded as MAME reads its accumulator: 2, 3, 5), stopping at the
       last position (29, 14 past the default 15) and never recentring */
    input_field *peri = &ip.fields[3];
    analog_keys_set(&a, 3, 0, 1, true);
    frames(&a, &ip, 1, 100);
    CHECK_EQ("periscope 1 frame", 2, peri->analog);
    frames(&a, &ip, 1, 100);
    CHECK_EQ("periscope 2 frames", 3, peri->analog);
    frames(&a, &ip, 1, 100);
    CHECK_EQ("periscope 3 frames", 5, peri->analog);
    frames(&a, &ip, 20, 100);
    CHECK_EQ("periscope at the last position", 14, peri->analog);
    analog_keys_set(&a, 3, 0, 1, false);
    frames(&a, &ip, 5, 100);
    CHECK_EQ("periscope stays", 14, peri->analog);
    /* moved by a script since: the keys carry on from there */
    peri->analog = -15;
    analog_keys_set(&a, 3, 0, 0, true);
    frames(&a, &ip, 1, 100);
    CHECK_EQ("periscope held at the first position", -15, peri->analog);
    analog_keys_set(&a, 3, 0, 0, false);
    analog_keys_positional_add(&a, peri, 3, 160);
    CHECK_EQ("mouse: 1.6 positions", -13, peri->analog);
    return check_report("test_analogkeys");
}
