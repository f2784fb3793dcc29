#include "frontend/mame_options.h"

#include <stdbool.h>
#include <string.h>

const mame_option mame_option_list[MAME_OPTION_COUNT] = {
#define MOPT(section, name, type, def) { section, name, type, def },
#include "frontend/mame_options.inc"
#undef MOPT
};

int mame_option_find(const char *name)
{
    for (int i = 0; i < MAME_OPTION_COUNT; i++)
        if (!strcmp(mame_option_list[i].name, name))
            return i;
    return -1;
}

/* First match wins: an exact name, or a prefix ending in '*'. */
static const struct { const char *pattern, *note; } notes[] = {
    { "homepath", "it holds Lua plugins' data, and Cabinet has no plugins" },
    { "input_directory", "Cabinet reads -record/-playback paths as given" },
    { "snapname", "Cabinet names snapshots <system>/<frame>.png (window: <system>/NNNN.png)" },
    { "statename", "Cabinet keeps states in <state_directory>/<system>/" },
    { "*frameskip", "Cabinet draws every frame (it runs far faster than real time)" },
    { "sleep", "Cabinet always sleeps while throttled" },
    { "unevenstretchx", "Cabinet's -unevenstretch applies to both axes" },
    { "unevenstretchy", "Cabinet's -unevenstretch applies to both axes" },
    { "intscale*", "Cabinet scales the scanlines by the largest whole factor that fits (-nounevenstretch)" },
    { "autostretchxy", "Cabinet scales the scanlines by the largest whole factor that fits (-nounevenstretch)" },
    { "intoverscan", "Cabinet scales the scanlines by the largest whole factor that fits (-nounevenstretch)" },
    { "prescale", "SDL's renderer scales the picture" },
    { "filter", "SDL's renderer scales the picture without filtering" },
    { "joystick_*", "Cabinet uses SDL's game-controller mapping and dead zones" },
    { "*_device", "Cabinet maps the mouse to trackballs and dials, controllers to joysticks" },
    { "ui_active", "Cabinet's UI keys are always active (no keyboard-mapped systems)" },
    { "uimodekey", "Cabinet's UI keys are always active (no keyboard-mapped systems)" },
    { "plugin*", "Cabinet has no Lua plugins" },
    { "noplugin", "Cabinet has no Lua plugins" },
    { "autoboot_*", "Cabinet has no Lua scripting" },
    { "console", "Cabinet has no Lua console" },
    { "cheat*", "Cabinet has no cheat engine" },
    { "comm_*", "Cabinet has no network link between machines" },
    { "http*", "Cabinet has no HTTP server" },
    { "gl_*", "Cabinet draws through SDL's renderer, without OpenGL shaders" },
    { "glsl_*", "Cabinet draws through SDL's renderer, without OpenGL shaders" },
    { "bgfx_*", "Cabinet draws through SDL's renderer, without BGFX effects" },
    { "effect", "Cabinet has no screen effect overlays" },
    { "beam_*", "Cabinet has no vector-screen systems" },
    { "flicker", "Cabinet has no vector-screen systems" },
    { "debug*", "Cabinet has no debugger yet" },
    { "update_in_pause", "Cabinet has no debugger yet" },
    { "oslog", "Cabinet has no debugger yet" },
    { "drc*", "Cabinet's CPU cores are interpreters, with no recompiler" },
    { "numscreens", "every Cabinet system has one screen" },
    { "screen*", "every Cabinet system has one screen, on SDL's display" },
    { "aspect*", "every Cabinet system has one screen" },
    { "resolution?", "every Cabinet system has one screen (-resolution applies)" },
    { "view?", "every Cabinet system has one screen (-view applies)" },
    { "useallheads", "every Cabinet system has one screen" },
    { "swpath", "Cabinet has no software lists" },
    { "bios", "no Cabinet system has a BIOS choice" },
    { "ramsize", "no Cabinet system has a RAM size choice" },
    { "lightgun*", "no Cabinet system has a light gun" },
    { "offscreen_reload", "no Cabinet system has a light gun" },
    { "*provider", "Cabinet's input, output and font come from SDL" },
    { "videodriver", "SDL picks its own driver (SDL_VIDEODRIVER selects one)" },
    { "renderdriver", "SDL picks its own renderer (SDL_RENDER_DRIVER selects one)" },
    { "audiodriver", "SDL picks its own driver (SDL_AUDIODRIVER selects one)" },
    { "output", "Cabinet has no output notifier" },
    { "pa_*", "Cabinet's audio goes through SDL, not PortAudio" },
    { "font*", "Cabinet's UI font is built in" },
    { "uifont", "Cabinet's UI font is built in" },
    { "language*", "Cabinet's UI is in English only" },
    { "debugger_font*", "Cabinet has no debugger yet" },
    { "mngwrite", "Cabinet does not record MNG movies" },
    { "aviwrite", "Cabinet does not record AVI movies" },
};

static bool matches(const char *pattern, const char *name)
{
    size_t n = strlen(pattern);
    if (pattern[0] == '*')
        return strlen(name) >= n - 1 && !strcmp(name + strlen(name) - (n - 1), pattern + 1);
    if (pattern[n - 1] == '*')
        return !strncmp(pattern, name, n - 1);
    if (pattern[n - 1] == '?')   /* the numbered per-screen forms: resolution0..3 */
        return !strncmp(pattern, name, n - 1) && name[n - 1] >= '0' && name[n - 1] <= '9' && !name[n];
    return !strcmp(pattern, name);
}

const char *mame_option_note(const char *name)
{
    for (size_t i = 0; i < sizeof(notes) / sizeof(notes[0]); i++)
        if (matches(notes[i].pattern, name))
            return notes[i].note;
    return "Cabinet accepts it for MAME compatibility but does not use it";
}
