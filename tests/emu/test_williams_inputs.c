/* The Williams boards' inputs as MAME 0.251 declares them, read by the 6809
   through the PIAs (blank ROMs: nothing runs, the test drives the bus):
   Robotron's twin sticks (double joystick), Splat!'s sticks behind the LS157
   multiplexer, Sinistar's 49-way stick (analog, coded by the PROM table), and
   the coin door: Advance (Service key), Auto Up / Manual Down (a PORT_TOGGLE
   switch) and High Score Reset (IPT_MEMORY_RESET). */
#include "drivers/drivers.h"
#include "emu/machine.h"

#include "../check.h"

static machine_t *make(const char *name)
{
    region_list regions = { 0 };
    region_add(&regions, "maincpu", 0x19000, 0);
    region_add(&regions, "soundcpu", 0x10000, 0);
    char err[256];
    machine_t *m = machine_create(driver_find(name), &regions, 48000, err, sizeof(err));
    if (!m)
        printf("machine_create %s: %s\n", name, err);
    return m;
}

/* A PIA data register as the CPU reads it (control bit 2 set: data, not DDR). */
static u8 pia_read(machine_t *m, u16 data_addr)
{
    address_space_t *as = &machine_cpu(m, "maincpu")->program.as;
    as_write8(as, (u16)(data_addr + 1), 0x04);
    input_ports_latch(&m->inputs);
    return as_read8(as, data_addr);
}

static void test_robotron(void)
{
    machine_t *m = make("robotron");
    if (!m) {
        CHECK(0, "robotron");
        return;
    }
    input_press(&m->inputs, IPT_JOYSTICKRIGHT_UP, 1, true);
    CHECK_EQ("fire up: IN0 bit 6", 0x40, pia_read(m, 0xc804));
    input_press(&m->inputs, IPT_JOYSTICKLEFT_LEFT, 1, true);
    CHECK_EQ("and move left: bit 2", 0x44, pia_read(m, 0xc804));
    input_press(&m->inputs, IPT_JOYSTICKRIGHT_RIGHT, 1, true);
    CHECK_EQ("fire right: IN1 bit 1", 0x02, pia_read(m, 0xc806));
    /* the coin door, PIA 1 port A */
    input_press(&m->inputs, IPT_SERVICE, 1, true);
    CHECK_EQ("advance", 0x02, pia_read(m, 0xc80c));
    input_press(&m->inputs, IPT_SERVICE, 1, false);
    input_press(&m->inputs, IPT_MEMORY_RESET, 1, true);
    CHECK_EQ("high score reset", 0x08, pia_read(m, 0xc80c));
    input_press(&m->inputs, IPT_MEMORY_RESET, 1, false);
    input_press(&m->inputs, IPT_SERVICE1, 1, true);
    CHECK_EQ("auto up: a press turns it on", 0x01, pia_read(m, 0xc80c));
    input_press(&m->inputs, IPT_SERVICE1, 1, false);
    CHECK_EQ("and it stays on", 0x01, pia_read(m, 0xc80c));
    input_press(&m->inputs, IPT_SERVICE1, 1, true);
    input_press(&m->inputs, IPT_SERVICE1, 1, true); /* held: no second flip */
    CHECK_EQ("the next press turns it off", 0x00, pia_read(m, 0xc80c));
    input_press(&m->inputs, IPT_SERVICE1, 1, false);
    CHECK_EQ("off after release", 0x00, pia_read(m, 0xc80c));
    machine_destroy(m);
}

/* PIA 0 CB2 picks the player: low (after reset) is player 2 */
static void test_splat(void)
{
    machine_t *m = make("splat");
    if (!m) {
        CHECK(0, "splat");
        return;
    }
    input_press(&m->inputs, IPT_JOYSTICKLEFT_UP, 2, true);
    input_press(&m->inputs, IPT_JOYSTICKRIGHT_UP, 2, true);
    input_press(&m->inputs, IPT_JOYSTICKRIGHT_LEFT, 1, true); /* player 1: not selected */
    CHECK_EQ("player 2 walks up, throws up", 0x41, pia_read(m, 0xc804));
    input_press(&m->inputs, IPT_JOYSTICKRIGHT_RIGHT, 2, true);
    CHECK_EQ("throw right: INP2A bit 3 on port B bit 1", 0x02, pia_read(m, 0xc806));
    /* CB2 high (output, set): player 1 */
    address_space_t *as = &machine_cpu(m, "maincpu")->program.as;
    as_write8(as, 0xc807, 0x3c);
    input_ports_latch(&m->inputs);
    CHECK_EQ("player 1's throw left: INP1A bit 2 on port B bit 0", 0x01, as_read8(as, 0xc806));
    CHECK_EQ("player 2's sticks gone", 0x00, pia_read(m, 0xc804));
    machine_destroy(m);
}

/* Sinistar: each axis's reading >> 4 through 0 4 6 7 b 9 8, X high nibble */
static void test_sinistar(void)
{
    machine_t *m = make("sinistar");
    if (!m) {
        CHECK(0, "sinistar");
        return;
    }
    CHECK_EQ("centred (38h, 38h)", 0x77, pia_read(m, 0xc804));
    input_analog_add(&m->inputs, IPT_AD_STICK_X, 1, 0x10);
    input_analog_add(&m->inputs, IPT_AD_STICK_Y, 1, 0x10);
    CHECK_EQ("X 48h, Y reversed 28h", 0xb6, pia_read(m, 0xc804));
    input_analog_add(&m->inputs, IPT_AD_STICK_X, 1, 0x100);
    input_analog_add(&m->inputs, IPT_AD_STICK_Y, 1, 0x100);
    CHECK_EQ("held at 6fh and 00h", 0x80, pia_read(m, 0xc804));
    machine_destroy(m);
}

int main(void)
{
    test_robotron();
    test_splat();
    test_sinistar();
    return check_report("test_williams_inputs");
}
