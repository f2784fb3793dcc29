#include "frontend/sdl/uikeys.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/fileio.h"

static const struct { const char *name, *id; SDL_Scancode def; } table[UIK_COUNT] = {
    [UIK_MENU] = { "Config Menu", "CONFIGURE", SDL_SCANCODE_TAB },
    [UIK_PAUSE] = { "Pause", "PAUSE", SDL_SCANCODE_P },
    [UIK_SERVICE] = { "Service Mode", "SERVICE", SDL_SCANCODE_F2 },
    [UIK_RESET] = { "Reset Machine", "RESET_MACHINE", SDL_SCANCODE_F3 },
    [UIK_STATE] = { "Load State (Shift: Save State)", "LOAD_STATE", SDL_SCANCODE_F7 },
    [UIK_THROTTLE] = { "Toggle Throttle", "THROTTLE", SDL_SCANCODE_F10 },
    [UIK_SHOWFPS] = { "Show FPS", "SHOW_FPS", SDL_SCANCODE_F11 },
    [UIK_SNAPSHOT] = { "Save Snapshot", "SNAPSHOT", SDL_SCANCODE_F12 },
    [UIK_UITOGGLE] = { "UI Toggle", "TOGGLE_UI", SDL_SCANCODE_SCROLLLOCK },
};

void uikeys_defaults(ui_keymap *u)
{
    for (int i = 0; i < UIK_COUNT; i++)
        u->key[i] = table[i].def;
}

int uikeys_action(const ui_keymap *u, SDL_Scancode sc)
{
    for (int i = 0; sc != SDL_SCANCODE_UNKNOWN && i < UIK_COUNT; i++)
        if (u->key[i] == sc)
            return i;
    return -1;
}

const char *uikeys_name(int action)
{
    return action >= 0 && action < UIK_COUNT ? table[action].name : "?";
}

static void path_of(const char *dir, char *path, size_t n)
{
    snprintf(path, n, "%s/default.ini", dir);
}

static void apply_line(ui_keymap *u, char *line, const char *path, int n)
{
    char *hash = strchr(line, '#');
    if (hash)
        *hash = '\0';
    char id[40], value[64];
    if (sscanf(line, " ui.%39[A-Z_] = %63[^\r\n]", id, value) != 2)
        return;
    size_t l = strlen(value);
    while (l && value[l - 1] == ' ')
        value[--l] = '\0';
    for (int i = 0; i < UIK_COUNT; i++)
        if (!strcmp(table[i].id, id)) {
            SDL_Scancode sc = SDL_GetScancodeFromName(value);
            if (sc == SDL_SCANCODE_UNKNOWN)
                fprintf(stderr, "%s:%d: \"%s\" is not a key; ui.%s keeps %s\n", path, n, value, id,
                        SDL_GetScancodeName(u->key[i]));
            else
                u->key[i] = sc;
            return;
        }
    fprintf(stderr, "%s:%d: unknown setting ui.%s (skipped)\n", path, n, id);
}

int uikeys_load(ui_keymap *u, const char *dir, char *err, size_t errlen)
{
    uikeys_defaults(u);
    char path[4200];
    path_of(dir, path, sizeof(path));
    if (access(path, F_OK) != 0)
        return 0;
    u8 *buf;
    size_t len;
    if (file_read_all(path, &buf, &len, 64u << 10, err, errlen))
        return -1;
    char *text = realloc(buf, len + 1);
    if (!text) {
        free(buf);
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    text[len] = '\0';
    int n = 1;
    for (char *p = text; *p; n++) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        apply_line(u, p, path, n);
        p = nl ? nl + 1 : p + strlen(p);
    }
    free(text);
    return 0;
}

int uikeys_save(const ui_keymap *u, const char *dir, char *err, size_t errlen)
{
    char text[2048], path[4200];
    int at = snprintf(text, sizeof(text), "# Cabinet: the UI's keys (Input (general))\n");
    for (int i = 0; i < UIK_COUNT && at > 0 && (size_t)at < sizeof(text); i++)
        at += snprintf(text + at, sizeof(text) - (size_t)at, "ui.%s = %s\n", table[i].id,
                       SDL_GetScancodeName(u->key[i]));
    if (make_dirs(dir)) {
        snprintf(err, errlen, "%s: cannot create folder: %s", dir, strerror(errno));
        return -1;
    }
    path_of(dir, path, sizeof(path));
    return file_write_atomic(path, text, strlen(text), err, errlen) ? -1 : 0;
}
