/* Donkey Kong's coin counter (blank ROMs: nothing runs, the test reads IN2
   at 7d00 itself): it follows IN2 bit 7 (the coin) as the CPU reads it, as
   MAME's dkong_in2_r drives bookkeeping's counter 0, so each coin seen by
   the program counts once; the service key reads as a coin but is not
   counted. The same on Donkey Kong Jr. */
#include "drivers/drivers.h"
#include "emu/machine.h"

#include "../check.h"

static machine_t *make(const char *name)
{
    region_list regions = { 0 };
    region_add(&regions, "maincpu", 0x10000, 0);
    region_add(&regions, "soundcpu", 0x1800, 0);
    region_add(&regions, "gfx1", 0x2000, 0);
    region_add(&regions, "gfx2", 0x2000, 0);
    region_add(&regions, "proms", 0x300, 0);
    char err[256];
    machine_t *m = machine_create(driver_find(name), &regions, 48000, err, sizeof(err));
    if (!m)
        printf("machine_create %s: %s\n", name, err);
    return m;
}

static u8 in2(machine_t *m)
{
    input_ports_latch(&m->inputs);
    return as_read8(&machine_cpu(m, "maincpu")->program.as, 0x7d00);
}

static void test_coins(const char *name)
{
    machine_t *m = make(name);
    if (!m) {
        CHECK(0, name);
        return;
    }
    in2(m);
    CHECK_EQ("no coin, no count", 0, m->coin_count[0]);
    input_press(&m->inputs, IPT_COIN1, 1, true);
    CHECK_EQ("the coin reads as IN2 bit 7", 0x80, in2(m) & 0x80);
    CHECK_EQ("it counts one on counter 0", 1, m->coin_count[0]);
    in2(m);
    CHECK_EQ("still held: no second count", 1, m->coin_count[0]);
    input_press(&m->inputs, IPT_COIN1, 1, false);
    in2(m);
    input_press(&m->inputs, IPT_COIN1, 1, true);
    in2(m);
    CHECK_EQ("the next coin", 2, m->coin_count[0]);
    input_press(&m->inputs, IPT_COIN1, 1, false);
    in2(m);
    input_press(&m->inputs, IPT_SERVICE1, 1, true);
    CHECK_EQ("service reads as a coin", 0x80, in2(m) & 0x80);
    CHECK_EQ("but is not counted", 2, m->coin_count[0]);
    CHECK_EQ("no other counter", 0, m->coin_count[1] + m->coin_count[2] + m->coin_count[3]);
    machine_destroy(m);
}

int main(void)
{
    test_coins("dkong");
    test_coins("dkongjr");
    return check_report("test_dkong_coin");
}
