/* Game controllers in the input map and the per-system cfg round trip,
   without a display or a controller: synthetic controller events go
   through keymap_pad_button/keymap_pad_axis, the functions the window's
   event loop calls with SDL's events (src/frontend/sdl/events.c), and the
   Input menu's assignment (keymap_assign, what menu_code does).
   - MAME's defaults: keyboard or'ed with joystick n for player n;
   - buttons, d-pad (hat) and axes past the dead zone drive the inputs, or'ed
     with the keys; a remapped control replaces the default;
   - cfg/<system>.ini keeps the sequences with MAME-like names, chip volumes,
     the Video Options that differ from the options and the coin counters,
     and reads them back; bad names are refused and the line kept.
   argv[1]: a scratch folder. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drivers/drivers.h"
#include "frontend/sdl/config.h"
#include "frontend/sdl/keymap.h"
#include "util/fileio.h"
#include "../check.h"

static machine_t *make(void)
{
    region_list regions = { 0 };
    region_add(&regions, "maincpu", 0x2000, 0);
    char err[256];
    machine_t *m = machine_create(driver_find("cabz80"), &regions, 48000, err, sizeof(err));
    if (!m)
        printf("machine_create: %s\n", err);
    return m;
}

/* IN0 is active low: true when the bit reads as pressed. */
static bool pressed(machine_t *m, u32 bit)
{
    input_ports_latch(&m->inputs);   /* as the next frame does */
    return !(input_port_read(&m->inputs, input_port_index(&m->inputs, "IN0")) & bit);
}

static void text_of(keymap *k, u16 type, char *out, size_t len)
{
    key_binding *b = keymap_find(k, type, 1);
    if (b)
        keymap_keys_text(b, out, len);
    else
        snprintf(out, len, "(no binding)");
}

static char *slurp(const char *path)
{
    u8 *buf;
    size_t len;
    char err[256];
    if (file_read_all(path, &buf, &len, 1 << 20, err, sizeof(err)))
        return NULL;
    char *s = realloc(buf, len + 1);
    s[len] = '\0';
    return s;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        printf("usage: test_keymap SCRATCH\n");
        return 2;
    }
    const char *dir = argv[1];
    machine_t *m = make();
    if (!m)
        return 1;
    input_ports *ip = &m->inputs;
    keymap k = { 0 };
    keymap_init(&k, ip);
    char t[256];

    /* MAME's defaults, joystick 1 or'ed into player 1 */
    text_of(&k, IPT_BUTTON1, t, sizeof(t));
    CHECK_STR("P1 BUTTON1 default", "Left Ctrl or Joy 1 Button 1", t);
    text_of(&k, IPT_JOYSTICK_UP, t, sizeof(t));
    CHECK_STR("P1 UP default", "Up or Joy 1 Hat Up or Joy 1 LY Up", t);
    text_of(&k, IPT_COIN1, t, sizeof(t));
    CHECK_STR("COIN1 default", "5 or Joy 1 Select", t);
    text_of(&k, IPT_START1, t, sizeof(t));
    CHECK_STR("START1 default", "1 or Joy 1 Start", t);

    /* buttons, d-pad and stick of controller 1 */
    CHECK_TRUE(!pressed(m, 0x10));
    CHECK_TRUE(keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_A, true));
    CHECK(pressed(m, 0x10), "Joy 1 Button 1 does not press P1 BUTTON1");
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_A, false);
    CHECK(!pressed(m, 0x10), "P1 BUTTON1 stays pressed after the release");
    CHECK(!keymap_pad_button(&k, ip, 1, SDL_CONTROLLER_BUTTON_A, true), "Joy 2 drives player 1");
    CHECK(!pressed(m, 0x10), "Joy 2 Button 1 presses P1 BUTTON1 (cabz80 has no player 2)");
    keymap_pad_button(&k, ip, 1, SDL_CONTROLLER_BUTTON_A, false);
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_DPAD_LEFT, true);
    CHECK(pressed(m, 0x04), "d-pad left (Joy 1 Hat Left) does not press LEFT");
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_DPAD_LEFT, false);
    CHECK(!pressed(m, 0x04), "LEFT stays after the d-pad release");
    keymap_pad_axis(&k, ip, 0, SDL_CONTROLLER_AXIS_LEFTY, -5000);
    CHECK(!pressed(m, 0x01), "stick inside the dead zone presses UP");
    keymap_pad_axis(&k, ip, 0, SDL_CONTROLLER_AXIS_LEFTY, -20000);
    CHECK(pressed(m, 0x01) && !pressed(m, 0x02), "stick up does not press UP (only)");
    keymap_pad_axis(&k, ip, 0, SDL_CONTROLLER_AXIS_LEFTY, 20000);
    CHECK(!pressed(m, 0x01) && pressed(m, 0x02), "stick down: UP released, DOWN pressed");
    keymap_pad_axis(&k, ip, 0, SDL_CONTROLLER_AXIS_LEFTY, 0);
    CHECK(!pressed(m, 0x01) && !pressed(m, 0x02), "stick centred: UP/DOWN still held");
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_BACK, true);
    CHECK(pressed(m, 0x40), "Joy 1 Select does not insert a coin");
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_BACK, false);

    /* "or": the key and the button each hold the input */
    keymap_key(&k, ip, SDL_SCANCODE_LCTRL, true);
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_A, true);
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_A, false);
    CHECK(pressed(m, 0x10), "releasing the button released the key's input");
    keymap_key(&k, ip, SDL_SCANCODE_LCTRL, false);
    CHECK(!pressed(m, 0x10), "BUTTON1 held with neither down");

    /* the Input menu: a controller button replaces, an axis and a key are
       or'ed to it (Right), Backspace clears */
    input_code c;
    CHECK(!keymap_pad_button_code(0, SDL_CONTROLLER_BUTTON_RIGHTSHOULDER, false, &c), "a release assigns");
    CHECK(!keymap_pad_axis_code(0, SDL_CONTROLLER_AXIS_RIGHTX, 9000, &c), "a small axis motion assigns");
    key_binding *b1 = keymap_find(&k, IPT_BUTTON1, 1);
    CHECK_TRUE(keymap_pad_button_code(0, SDL_CONTROLLER_BUTTON_RIGHTSHOULDER, true, &c));
    keymap_assign(&k, ip, b1, c, false);
    input_code kp0 = { CODE_KEY, 0, SDL_SCANCODE_KP_0 };
    keymap_assign(&k, ip, b1, kp0, true);
    CHECK_TRUE(keymap_pad_axis_code(1, SDL_CONTROLLER_AXIS_RIGHTX, 30000, &c));
    keymap_assign(&k, ip, b1, c, true);
    keymap_assign(&k, ip, b1, kp0, true);   /* already there: not twice */
    keymap_keys_text(b1, t, sizeof(t));
    CHECK_STR("remapped BUTTON1", "Joy 1 Button 6 or Keypad 0 or Joy 2 RX Right", t);
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_A, true);
    CHECK(!pressed(m, 0x10), "the replaced default (Joy 1 Button 1) still presses BUTTON1");
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_A, false);
    keymap_key(&k, ip, SDL_SCANCODE_LCTRL, true);
    CHECK(!pressed(m, 0x10), "the replaced default key still presses BUTTON1");
    keymap_key(&k, ip, SDL_SCANCODE_LCTRL, false);
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_RIGHTSHOULDER, true);
    CHECK(pressed(m, 0x10), "Joy 1 Button 6 does not press the remapped BUTTON1");
    keymap_pad_button(&k, ip, 0, SDL_CONTROLLER_BUTTON_RIGHTSHOULDER, false);
    keymap_pad_axis(&k, ip, 1, SDL_CONTROLLER_AXIS_RIGHTX, 32767);
    CHECK(pressed(m, 0x10), "Joy 2 RX Right does not press BUTTON1");
    keymap_pad_axis(&k, ip, 1, SDL_CONTROLLER_AXIS_RIGHTX, 0);
    CHECK(!pressed(m, 0x10), "BUTTON1 held after the axis returned");
    key_binding *up = keymap_find(&k, IPT_JOYSTICK_UP, 1);
    input_code none = { CODE_NONE, 0, 0 };
    keymap_assign(&k, ip, up, none, false);
    keymap_keys_text(up, t, sizeof(t));
    CHECK_STR("cleared UP", "None", t);
    key_binding *right = keymap_find(&k, IPT_JOYSTICK_RIGHT, 1);
    CHECK_TRUE(keymap_pad_button_code(2, SDL_CONTROLLER_BUTTON_DPAD_UP, true, &c));
    keymap_assign(&k, ip, right, c, true);
    keymap_pad_button(&k, ip, 2, SDL_CONTROLLER_BUTTON_DPAD_UP, true);
    CHECK(pressed(m, 0x08), "Joy 3 Hat Up or'ed into RIGHT does not press it");
    keymap_pad_button(&k, ip, 2, SDL_CONTROLLER_BUTTON_DPAD_UP, false);

    /* names: every control's name parses back to it */
    for (u8 kind = CODE_JOY_BUTTON; kind <= CODE_JOY_HAT; kind++)
        for (u16 id = 0; id < 2 * SDL_CONTROLLER_AXIS_MAX + SDL_CONTROLLER_BUTTON_MAX; id++) {
            input_code in = { kind, 7, id }, out[SEQ_MAX];
            u8 n;
            char name[64];
            keymap_code_name(in, name, sizeof(name));
            if (!strcmp(name, "None") || (kind == CODE_JOY_BUTTON && id >= SDL_CONTROLLER_BUTTON_DPAD_UP
                                          && id <= SDL_CONTROLLER_BUTTON_DPAD_RIGHT))
                continue;
            CHECK(keymap_keys_parse(name, out, &n) && n == 1 && out[0].kind == kind && out[0].id == id
                      && out[0].joy == 7, "\"%s\" does not parse back", name);
        }
    input_code out[SEQ_MAX];
    u8 n;
    CHECK(!keymap_keys_parse("Joy 1 Button 99", out, &n), "a button that does not exist parses");
    CHECK(!keymap_keys_parse("Joy 0 Button 1", out, &n), "Joy 0 parses");
    CHECK(!keymap_keys_parse("Up or Bogus Key", out, &n), "an unknown key parses");
    CHECK(!keymap_keys_parse("1 or 2 or 3 or 4 or 5", out, &n), "more than SEQ_MAX codes parse");
    CHECK(keymap_keys_parse("Keypad 8 or Joy 12 LT", out, &n) && n == 2 && out[1].joy == 11, "Joy 12 LT");

    /* cfg round trip: inputs, chip volume, video options, coin counters */
    chip_volume cv;
    chipvol_init(&cv, m);
    CHECK(cv.count == 1 && !strcmp(cv.dev[0]->tag, "dac"), "cabz80's chip is not the dac");
    chipvol_set(&cv, m, 0, 35);
    config_video base = { true, false, false }, v = { false, false, true };
    m->coin_count[0] = 7;
    m->coin_count[2] = 1;
    config_file cf = { 0 };
    char err[4400], path[4200];
    snprintf(path, sizeof(path), "%s/cabz80.ini", dir);
    remove(path);
    CHECK_EQ("load missing", 0, config_load(m, &k, &cv, &v, dir, &cf));
    config_free(&cf);
    CHECK(config_save(m, &k, &cv, &v, &base, dir, &cf, err, sizeof(err)) == 0, "save: %s", err);
    char *text = slurp(path);
    CHECK_CONTAINS(text, "\ninput.P1.BUTTON1 = Joy 1 Button 6 or Keypad 0 or Joy 2 RX Right\n");
    CHECK_CONTAINS(text, "\ninput.P1.JOYSTICK_UP = None\n");
    CHECK_CONTAINS(text, "\ninput.P1.JOYSTICK_RIGHT = Right or Joy 1 Hat Right or Joy 1 LX Right or Joy 3 Hat Up\n");
    CHECK(text && !strstr(text, "input.P1.COIN1"), "an unchanged input saved (MAME keeps only the changed ones)");
    CHECK(text && !strncmp(text, "# Cabinet settings for cabz80 (format 2)\n", 41), "header");
    CHECK_CONTAINS(text, "\nvolume.dac = 35\n");
    CHECK_CONTAINS(text, "\nvideo.keepaspect = 0\n");
    CHECK_CONTAINS(text, "\nvideo.filter = 1\n");
    CHECK(text && !strstr(text, "video.unevenstretch"), "an unchanged video option saved");
    CHECK_CONTAINS(text, "\ncoins.0 = 7\n");
    CHECK_CONTAINS(text, "\ncoins.2 = 1\n");
    CHECK(text && !strstr(text, "coins.1"), "a zero counter saved");
    free(text);

    /* a fresh machine reads it all back */
    machine_t *m2 = make();
    keymap k2 = { 0 };
    keymap_init(&k2, &m2->inputs);
    chip_volume cv2;
    chipvol_init(&cv2, m2);
    config_video v2 = base;
    config_file cf2 = { 0 };
    CHECK_EQ("reload", 0, config_load(m2, &k2, &cv2, &v2, dir, &cf2));
    CHECK_EQ("lines kept", 0, cf2.kept_len);
    for (int i = 0; i < k.count; i++) {
        char a[256], b[256];
        keymap_keys_text(&k.b[i], a, sizeof(a));
        keymap_keys_text(&k2.b[i], b, sizeof(b));
        CHECK_STR(input_type_name(k.b[i].type), a, b);
    }
    CHECK_EQ("chip volume", 35, cv2.pct[0]);
    CHECK_EQ("dac route gain", m->mix.routes[0].gain, m2->mix.routes[0].gain);
    CHECK(!v2.keepaspect && !v2.unevenstretch && v2.filter, "video options not read back");
    CHECK(m2->coin_count[0] == 7 && m2->coin_count[1] == 0 && m2->coin_count[2] == 1, "coin counters not read back");
    keymap_pad_button(&k2, &m2->inputs, 0, SDL_CONTROLLER_BUTTON_RIGHTSHOULDER, true);
    CHECK(pressed(m2, 0x10), "the reloaded Joy 1 Button 6 does not press BUTTON1");
    config_free(&cf2);

    /* bad lines are refused, reported and kept as they were */
    FILE *fp = fopen(path, "a");
    fputs("input.P1.START1 = Joy 1 Button 42\nvolume.nosuchchip = 50\nvolume.dac = 250\nvideo.keepaspect = 2\n"
          "coins.9 = 1\n",
          fp);
    fclose(fp);
    keymap_init(&k2, &m2->inputs);
    CHECK_EQ("reload with bad lines", 0, config_load(m2, &k2, &cv2, &v2, dir, &cf2));
    text_of(&k2, IPT_START1, t, sizeof(t));
    CHECK_STR("START1 after a bad line", "1 or Joy 1 Start", t);
    CHECK_EQ("chip volume after bad lines", 35, cv2.pct[0]);
    CHECK(cf2.kept && strstr(cf2.kept, "input.P1.START1 = Joy 1 Button 42\n") && strstr(cf2.kept, "coins.9 = 1\n"),
          "bad lines not kept");
    config_free(&cf2);

    /* a file from before controllers were in the sequences lists every
       input by its keys: a default key alone keeps the whole default;
       with this version's header it means the key alone */
    fp = fopen(path, "w");
    fputs("# Cabinet settings for cabz80\ninput.P1.BUTTON1 = Left Ctrl\ninput.P1.START1 = 2\n", fp);
    fclose(fp);
    keymap_init(&k2, &m2->inputs);
    CHECK_EQ("legacy file", 0, config_load(m2, &k2, &cv2, &v2, dir, &cf2));
    CHECK_EQ("legacy header not kept", 0, cf2.kept_len);
    config_free(&cf2);
    text_of(&k2, IPT_BUTTON1, t, sizeof(t));
    CHECK_STR("legacy default line", "Left Ctrl or Joy 1 Button 1", t);
    text_of(&k2, IPT_START1, t, sizeof(t));
    CHECK_STR("legacy remap", "2", t);
    fp = fopen(path, "w");
    fputs("# Cabinet settings for cabz80 (format 2)\ninput.P1.BUTTON1 = Left Ctrl\n", fp);
    fclose(fp);
    keymap_init(&k2, &m2->inputs);
    CHECK_EQ("format 2 file", 0, config_load(m2, &k2, &cv2, &v2, dir, &cf2));
    config_free(&cf2);
    text_of(&k2, IPT_BUTTON1, t, sizeof(t));
    CHECK_STR("format 2: the key alone", "Left Ctrl", t);

    /* restoring defaults brings the controller codes back */
    keymap_restore_defaults(&k, ip);
    text_of(&k, IPT_BUTTON1, t, sizeof(t));
    CHECK_STR("BUTTON1 restored", "Left Ctrl or Joy 1 Button 1", t);

    machine_destroy(m);
    machine_destroy(m2);
    return check_report("test_keymap");
}
