/* Save-state values a chip cannot hold are refused on load (ST_ERR_VALUE):
   each case saves a device whose field was set out of range (saving does
   not check), loads that into a fresh instance and expects the refusal; the
   same round trip with in-range values loads. */
#include <stdlib.h>
#include <string.h>

#include "machine/mb14241.h"
#include "sound/galaxian_snd.h"
#include "sound/namco_wsg.h"
#include "sound/pokey.h"
#include "../check.h"

/* Saves `self` through the device's serialiser, loads into a zeroed copy;
   returns the load's error code. */
static int round_trip(const device_type *type, void *self, size_t size)
{
    device_t d = { .type = type, .self = self, .sound_rate = 48000 };
    state_io out;
    st_init_save(&out);
    type->serialize(&d, &out);
    void *copy = calloc(1, size);
    state_io in;
    st_init_load(&in, out.buf, out.pos);
    d.self = copy;
    type->serialize(&d, &in);
    st_free(&out);
    free(copy);
    return in.error;
}

static void test_pokey(void)
{
    pokey_t *p = calloc(1, sizeof(*p));
    CHECK_EQ("pokey in range", ST_OK, round_trip(&pokey_device, p, sizeof(*p)));
    p->p17 = 131071;
    CHECK_EQ("pokey p17 past its period", ST_ERR_VALUE, round_trip(&pokey_device, p, sizeof(*p)));
    p->p17 = 0;
    p->p4 = 15;
    CHECK_EQ("pokey p4 past its period", ST_ERR_VALUE, round_trip(&pokey_device, p, sizeof(*p)));
    p->p4 = 0;
    p->div114 = 114;
    CHECK_EQ("pokey 15 kHz divider", ST_ERR_VALUE, round_trip(&pokey_device, p, sizeof(*p)));
    free(p);
}

static void test_wsg(void)
{
    namco_wsg *w = calloc(1, sizeof(*w));
    CHECK_EQ("wsg in range", ST_OK, round_trip(&namco_wsg_device, w, sizeof(*w)));
    w->voice[2].wave = 8;
    CHECK_EQ("wsg waveform 8", ST_ERR_VALUE, round_trip(&namco_wsg_device, w, sizeof(*w)));
    w->voice[2].wave = 7;
    w->voice[0].volume = 16;
    CHECK_EQ("wsg volume 16", ST_ERR_VALUE, round_trip(&namco_wsg_device, w, sizeof(*w)));
    w->voice[0].volume = 15;
    w->regs[0x1f] = 0x10;
    CHECK_EQ("wsg register above 4 bits", ST_ERR_VALUE, round_trip(&namco_wsg_device, w, sizeof(*w)));
    free(w);
}

static void test_galaxian_sound(void)
{
    galaxian_snd *s = calloc(1, sizeof(*s));
    CHECK_EQ("galaxian sound in range", ST_OK, round_trip(&galaxian_snd_device, s, sizeof(*s)));
    s->fire_sweep = -1;
    CHECK_EQ("galaxian fire sweep below 0", ST_ERR_VALUE, round_trip(&galaxian_snd_device, s, sizeof(*s)));
    s->fire_sweep = 0;
    s->noise_acc = 48000;
    CHECK_EQ("galaxian noise phase past a sample", ST_ERR_VALUE,
             round_trip(&galaxian_snd_device, s, sizeof(*s)));
    free(s);
}

static void test_mb14241(void)
{
    mb14241 m = { 0 }, copy = { 0 };
    m.count = 8;
    state_io out, in;
    st_init_save(&out);
    mb14241_serialize(&m, &out);
    st_init_load(&in, out.buf, out.pos);
    mb14241_serialize(&copy, &in);
    CHECK_EQ("shifter count 8", ST_ERR_VALUE, in.error);
    st_free(&out);
}

int main(void)
{
    test_pokey();
    test_wsg();
    test_galaxian_sound();
    test_mb14241();
    return check_report("test_state_checks");
}
