/* Keyboard, controller and window events of a window run: MAME's UI keys
   first, then the game's inputs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/debug/dbg.h"
#include "frontend/sdl/config.h"
#include "frontend/sdl/front.h"
#include "frontend/sdl/gameinfo.h"
#include "frontend/sdl/slots.h"

void front_message(front *f, const char *text)
{
    snprintf(f->message, sizeof(f->message), "%.*s", (int)sizeof(f->message) - 1, text);
    f->message_until = SDL_GetTicks64() + 3000;
    if (f->o->verbose)
        fprintf(stderr, "%s\n", text);
}

static char slot_char(SDL_Scancode sc)
{
    if (sc >= SDL_SCANCODE_A && sc <= SDL_SCANCODE_Z)
        return (char)('a' + (sc - SDL_SCANCODE_A));
    if (sc >= SDL_SCANCODE_1 && sc <= SDL_SCANCODE_9)
        return (char)('1' + (sc - SDL_SCANCODE_1));
    if (sc == SDL_SCANCODE_0)
        return '0';
    return 0;
}

static void finish_slot(front *f, SDL_Scancode sc)
{
    char key = slot_char(sc), msg[96];
    if (key == 0) {
        front_message(f, sc == SDL_SCANCODE_ESCAPE ? "Cancelled" : "Slot keys are 0-9 and A-Z");
    } else {
        if (f->slot == SLOT_SAVE)
            slot_save(f->m, f->o, key, msg, sizeof(msg));
        else
            slot_load(f->m, f->o, key, msg, sizeof(msg));
        front_message(f, msg);
    }
    f->slot = SLOT_NONE;
}

/* F2 flips the Service Mode switch and toggled Service keys (PORT_TOGGLE);
   false when the machine has neither (F2 is then its momentary Service key). */
static bool toggle_service(front *f)
{
    input_ports *ip = &f->m->inputs;
    bool any = false;
    for (int i = 0; i < ip->num_fields; i++) {
        input_field *fl = &ip->fields[i];
        if (fl->type == IPT_SERVICE_MODE || (fl->type == IPT_SERVICE && (fl->player & PORT_TOGGLE_MARK))) {
            fl->toggled = !fl->toggled;
            front_message(f, fl->toggled ? "Service mode on" : "Service mode off");
            any = true;
        }
    }
    return any;
}

/* MAME's default decrement/increment keys of the analog inputs (paddle and
   stick X, trackball X and dial: left/right; stick and trackball Y: up/down)
   for players 1-3. */
static const struct { SDL_Scancode key; u8 player, axis, increment; } analog_key_map[] = {
    { SDL_SCANCODE_LEFT, 1, 0, 0 }, { SDL_SCANCODE_RIGHT, 1, 0, 1 },
    { SDL_SCANCODE_UP, 1, 1, 0 },   { SDL_SCANCODE_DOWN, 1, 1, 1 },
    { SDL_SCANCODE_D, 2, 0, 0 },    { SDL_SCANCODE_G, 2, 0, 1 },
    { SDL_SCANCODE_R, 2, 1, 0 },    { SDL_SCANCODE_F, 2, 1, 1 },
    { SDL_SCANCODE_J, 3, 0, 0 },    { SDL_SCANCODE_L, 3, 0, 1 },
    { SDL_SCANCODE_I, 3, 1, 0 },    { SDL_SCANCODE_K, 3, 1, 1 },
};

static void analog_key(front *f, SDL_Scancode sc, bool down)
{
    if (!f->analog)
        return; /* no analog input on this machine */
    /* a control naming its own keys (MAME's PORT_CODE_DEC/INC) */
    const input_ports *ip = &f->m->inputs;
    for (int i = 0; i < ip->num_fields && i < MAX_FIELDS; i++) {
        const input_def *d = ip->fields[i].def;
        if (!d->key_dec)
            continue;
        if (SDL_GetScancodeFromName(d->key_dec) == sc)
            f->akeys.field_held[i][0] = down;
        if (d->key_inc && SDL_GetScancodeFromName(d->key_inc) == sc)
            f->akeys.field_held[i][1] = down;
    }
    for (size_t i = 0; i < sizeof(analog_key_map) / sizeof(analog_key_map[0]); i++)
        if (analog_key_map[i].key == sc)
            analog_keys_set(&f->akeys, analog_key_map[i].player, analog_key_map[i].axis,
                            analog_key_map[i].increment, down);
}

static void release_game_keys(front *f)
{
    keymap_release_keys(&f->keys, &f->m->inputs);
    memset(f->akeys.held, 0, sizeof(f->akeys.held));
    memset(f->akeys.field_held, 0, sizeof(f->akeys.field_held));
}

int front_config_save(front *f, char *err, size_t errlen)
{
    config_video v = { f->video.keepaspect, f->video.unevenstretch, f->filter };
    return config_save(f->m, &f->keys, &f->chips, &v, &f->video_base, f->o->cfg_directory, &f->cfg, err, errlen);
}

static void save_settings(front *f)
{
    char err[4400];
    if (front_config_save(f, err, sizeof(err)))
        front_message(f, err);
}

/* MAME's Bookkeeping: the time emulated and the machine's coin counters
   (the pulses its coin counter outputs made, kept in the cfg). */
static void bookkeeping_text(front *f)
{
    u64 s = f->m->now.sec;
    int at = snprintf(f->menu.text, sizeof(f->menu.text), "Total time: %llu:%02llu:%02llu\n",
                      (unsigned long long)(s / 3600), (unsigned long long)(s / 60 % 60), (unsigned long long)(s % 60));
    for (int i = 0; i < 4 && at > 0 && (size_t)at < sizeof(f->menu.text); i++)
        at += snprintf(f->menu.text + at, sizeof(f->menu.text) - (size_t)at, "Coin %c: %llu\n", 'A' + i,
                       (unsigned long long)f->m->coin_count[i]);
    snprintf(f->menu.title, sizeof(f->menu.title), "Bookkeeping");
    if (f->o->verbose)
        fprintf(stderr, "bookkeeping: %s", f->menu.text);
}

static void apply_settings(front *f)
{
    const menu_settings *st = &f->menu.set;
    f->volume_db = st->volume_db;
    if (f->have_audio)
        audio_set_volume(&f->audio, st->volume_db);
    f->video.keepaspect = st->keepaspect;
    f->video.unevenstretch = st->unevenstretch;
    f->filter = st->filter;
    video_set_filter(&f->video, st->filter);
    for (int i = 0; i < st->chips; i++)
        if (f->chips.pct[i] != st->chip_pct[i]) {
            chipvol_set(&f->chips, f->m, i, st->chip_pct[i]);
            if (f->o->verbose)
                fprintf(stderr, "volume: %s %d%%\n", f->chips.name[i], st->chip_pct[i]);
        }
    if (f->o->verbose)
        fprintf(stderr, "settings: volume %d dB, keepaspect %d, unevenstretch %d, filter %d\n", st->volume_db,
                st->keepaspect, st->unevenstretch, st->filter);
}

static void menu_input(front *f, SDL_Scancode sc)
{
    switch (menu_key(&f->menu, f->m, &f->keys, sc)) {
    case MENU_DO_RESET:
        machine_reset(f->m);
        front_message(f, "Reset");
        break;
    case MENU_DO_BOOKKEEPING: bookkeeping_text(f); break;
    case MENU_DO_INFO:
        gameinfo_text(f->m, false, f->menu.text, sizeof(f->menu.text));
        snprintf(f->menu.title, sizeof(f->menu.title), "Machine Information");
        break;
    case MENU_DO_SETTINGS: apply_settings(f); break;
    case MENU_DO_SELECT_NEW:
        f->select_new = true;
        f->quit = true;
        break;
    default:
        break;
    }
    if (f->menu.page == MENU_CLOSED && f->menu.dirty) {
        save_settings(f);
        f->menu.dirty = false;
    }
    if (f->menu.page == MENU_CLOSED && f->menu.ui_dirty) {
        char err[4400];
        if (uikeys_save(&f->keys.ui, f->o->cfg_directory, err, sizeof(err)))
            front_message(f, err);
        f->menu.ui_dirty = false;
    }
}

static void snapshot(front *f)
{
    char msg[96];
    int w, h;
    const u32 *pic = front_picture(f, &w, &h);
    /* with run-ahead the picture shown is not the machine's own frame */
    snapshot_save(f->m, f->o, f->art || f->ra.frames ? pic : NULL, w, h, msg, sizeof(msg));
    front_message(f, msg);
}

/* The fixed keys: Esc quits, Alt+Enter full screen. */
static bool fixed_key(front *f, SDL_Scancode sc)
{
    if (sc == SDL_SCANCODE_ESCAPE) {
        f->quit = true;
        return true;
    }
    if (sc == SDL_SCANCODE_RETURN && f->alt) {
        video_toggle_fullscreen(&f->video);
        return true;
    }
    return false;
}

/* MAME's UI keys (Input (general)); true when the key was one of them. */
static bool ui_key(front *f, SDL_Scancode sc)
{
    if (fixed_key(f, sc))
        return true;
    if (sc == SDL_SCANCODE_F4) { /* MAME's graphics viewer key (not remappable here) */
        release_game_keys(f);
        viewer_toggle(f);
        return true;
    }
    switch (uikeys_action(&f->keys.ui, sc)) {
    case UIK_MENU: {
        menu_settings st = { f->volume_db, f->video.keepaspect, f->video.unevenstretch, f->filter, 0, { 0 }, { 0 } };
        for (int i = 0; i < f->chips.count && i < 8; i++) {
            st.chip_name[i] = f->chips.name[i];
            st.chip_pct[i] = f->chips.pct[i];
            st.chips = i + 1;
        }
        release_game_keys(f);
        menu_open(&f->menu, &st);
        break;
    }
    case UIK_PAUSE:
        if (f->shift && f->paused)
            f->step = true;
        else
            f->paused = !f->paused;
        break;
    case UIK_SERVICE:
        if (!toggle_service(f))
            return false;
        break;
    case UIK_RESET: machine_reset(f->m); front_message(f, "Reset"); break;
    case UIK_STATE:
        f->slot = f->shift ? SLOT_SAVE : SLOT_LOAD;
        front_message(f, f->shift ? "Save state: press a key (0-9, A-Z)" : "Load state: press a key (0-9, A-Z)");
        break;
    case UIK_THROTTLE:
        f->throttle = !f->throttle;
        front_message(f, f->throttle ? "Throttle on" : "Throttle off");
        break;
    case UIK_SHOWFPS:
        f->show_speed = !f->show_speed;
        f->speed_text[0] = '\0';
        stats_reset(&f->osd_stats, host_now(), (double)f->m->now.sec + (double)f->m->now.atto / 1e18);
        break;
    case UIK_SNAPSHOT: snapshot(f); break;
    case UIK_UITOGGLE:
        f->ui_focus = !f->ui_focus;
        front_message(f, f->ui_focus ? "UI focus: mouse pointer released (Scroll Lock)" : "Game focus");
        break;
    default: return false;
    }
    return true;
}

static void key_event(front *f, const SDL_KeyboardEvent *e)
{
    SDL_Scancode sc = e->keysym.scancode;
    bool down = e->state == SDL_PRESSED;
    if (sc == SDL_SCANCODE_LSHIFT || sc == SDL_SCANCODE_RSHIFT)
        f->shift = down;
    if (sc == SDL_SCANCODE_LALT || sc == SDL_SCANCODE_RALT)
        f->alt = down;
    if (sc == SDL_SCANCODE_INSERT)
        f->ffwd_insert = down;
    if (sc == SDL_SCANCODE_PAGEDOWN)
        f->ffwd_pgdn = down;
    if (down && !e->repeat && sc == SDL_SCANCODE_PRINTSCREEN && getenv("CABINET_WINDOWSHOT")) {
        front_window_shot(f);
        return;
    }
    if (down && !e->repeat && f->slot != SLOT_NONE && sc != SDL_SCANCODE_LSHIFT && sc != SDL_SCANCODE_RSHIFT) {
        finish_slot(f, sc);
        return;
    }
    if (f->viewer.open) {
        if (down)
            viewer_key(f, sc);
        return;
    }
    if (f->gameinfo) {
        if (down && !e->repeat) {
            f->gameinfo = false;
            if (f->o->verbose)
                fprintf(stderr, "gameinfo: dismissed\n");
        }
        return;
    }
    if (f->menu.page != MENU_CLOSED) {
        if (down)
            menu_input(f, sc);
        return;
    }
    if (down && !e->repeat && sc == SDL_SCANCODE_GRAVE && !f->shift && f->o->debug) {
        /* MAME's debugger key: the console takes over, the window freezes */
        release_game_keys(f);
        front_message(f, dbg_break_request(f->m) ? "Debugger: break (the console reads commands)"
                                                 : "Debugger: no console (its input has ended)");
        return;
    }
    if (sc == SDL_SCANCODE_BACKSPACE || (sc == SDL_SCANCODE_GRAVE && f->shift)) {
        front_rewind_key(f, sc, down, e->repeat);
        return;
    }
    if (down && !e->repeat && ui_key(f, sc))
        return;
    if (f->playback)
        return; /* the recording drives the game */
    if (!e->repeat)
        analog_key(f, sc, down);
    if (!e->repeat && keymap_key(&f->keys, &f->m->inputs, sc, down) && down)
        latency_arm(&f->probe, f->m);
}

static void pad_added(front *f, int index)
{
    if (!f->o->joystick)
        return;
    for (int i = 0; i < MAX_PADS; i++)
        if (!f->pads[i]) {
            f->pads[i] = SDL_GameControllerOpen(index);
            if (f->pads[i]) {
                char msg[96];
                snprintf(msg, sizeof(msg), "Controller: %s", SDL_GameControllerName(f->pads[i]));
                front_message(f, msg);
            }
            return;
        }
}

static void pad_removed(front *f, SDL_JoystickID id)
{
    for (int i = 0; i < MAX_PADS; i++)
        if (f->pads[i] && SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(f->pads[i])) == id) {
            SDL_GameControllerClose(f->pads[i]);
            f->pads[i] = NULL;
            for (int b = 0; b < SDL_CONTROLLER_BUTTON_MAX; b++)   /* nothing stays held */
                keymap_pad_button(&f->keys, &f->m->inputs, i, (SDL_GameControllerButton)b, false);
            for (int a = 0; a < SDL_CONTROLLER_AXIS_MAX; a++)
                keymap_pad_axis(&f->keys, &f->m->inputs, i, (SDL_GameControllerAxis)a, 0);
            front_message(f, "Controller removed");
        }
}

/* Joy n is the controller in slot n - 1 (the order they were found). */
static int pad_index(const front *f, SDL_JoystickID id)
{
    for (int i = 0; i < MAX_PADS; i++)
        if (f->pads[i] && SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(f->pads[i])) == id)
            return i;
    return -1;
}

/* A controller's button: assigned while the Input menu waits for a
   control, else the game's (unless a recording plays). */
static void pad_button(front *f, int pad, SDL_GameControllerButton btn, bool down)
{
    input_code c;
    if (pad < 0)
        return;
    if (f->menu.page == MENU_WAIT_KEY) {
        if (keymap_pad_button_code(pad, btn, down, &c))
            menu_code(&f->menu, f->m, &f->keys, c);
        return;
    }
    /* presses go to the game only while it runs; releases always */
    if (f->playback || (down && (f->menu.page != MENU_CLOSED || f->viewer.open || f->gameinfo)))
        return;
    if (keymap_pad_button(&f->keys, &f->m->inputs, pad, btn, down) && down)
        latency_arm(&f->probe, f->m);
}

static void pad_axis(front *f, int pad, SDL_GameControllerAxis axis, int value)
{
    input_code c;
    if (pad < 0)
        return;
    if (f->menu.page == MENU_WAIT_KEY) {
        if (keymap_pad_axis_code(pad, axis, value, &c))
            menu_code(&f->menu, f->m, &f->keys, c);
        return;
    }
    /* released halves still reach the game, so nothing stays held */
    if (f->playback)
        return;
    keymap_pad_axis(&f->keys, &f->m->inputs, pad, axis, value);
    front_pad_axis(f, pad, axis, value);
}

/* The pointer belongs to the game (relative mode, hidden) only while it
   runs: released in the menu, when paused and with UI focus (Scroll Lock);
   motion while released never reaches the game. */
static void update_capture(front *f)
{
    if (!f->mouse)
        return;
    bool want = !f->ui_focus && f->menu.page == MENU_CLOSED && !f->paused && !f->gameinfo;
    if (!want)
        f->mouse_dx = f->mouse_dy = 0;
    if (want == (SDL_GetRelativeMouseMode() == SDL_TRUE))
        return;
    SDL_SetRelativeMouseMode(want ? SDL_TRUE : SDL_FALSE);
    if (f->o->verbose)
        fprintf(stderr, "mouse: %s%s, relative mode %s\n", want ? "captured" : "released",
                want ? "" : f->menu.page != MENU_CLOSED ? " (menu)" : f->paused ? " (paused)" : " (UI focus)",
                SDL_GetRelativeMouseMode() ? "on" : "off");
}

void front_poll(front *f)
{
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        switch (e.type) {
        case SDL_QUIT: f->quit = true; break;
        case SDL_KEYDOWN:
        case SDL_KEYUP:
            key_event(f, &e.key);
            update_capture(f);
            break;
        case SDL_MOUSEMOTION:
            if (f->mouse && !f->playback && f->menu.page == MENU_CLOSED) {
                f->mouse_dx += e.motion.xrel;
                f->mouse_dy += e.motion.yrel;
            }
            break;
        case SDL_MOUSEBUTTONDOWN:
            if (f->viewer.open && e.button.button == SDL_BUTTON_LEFT)
                viewer_click(f, e.button.x, e.button.y);
            break;
        case SDL_CONTROLLERDEVICEADDED: pad_added(f, e.cdevice.which); break;
        case SDL_CONTROLLERDEVICEREMOVED: pad_removed(f, e.cdevice.which); break;
        case SDL_CONTROLLERBUTTONDOWN:
        case SDL_CONTROLLERBUTTONUP:
            pad_button(f, pad_index(f, e.cbutton.which), (SDL_GameControllerButton)e.cbutton.button,
                       e.cbutton.state == SDL_PRESSED);
            break;
        case SDL_CONTROLLERAXISMOTION:
            pad_axis(f, pad_index(f, e.caxis.which), (SDL_GameControllerAxis)e.caxis.axis, e.caxis.value);
            break;
        default: break;
        }
    }
}
