#include "frontend/options.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "drivers/drivers.h"
#include "util/fileio.h"

typedef enum { OPT_BOOL, OPT_INT, OPT_FLOAT, OPT_STRING, OPT_PATH, OPT_COMMAND } opt_kind;

typedef struct opt_def {
    const char *name;
    opt_kind kind;
    size_t offset;   /* into options */
    int command;     /* OPT_COMMAND: the command; its argument (if any) is optional */
    const char *help;
} opt_def;

#define O(field) offsetof(options, field)
static const opt_def opt_table[] = {
    { "help", OPT_COMMAND, 0, CMD_HELP, "show help" },
    { "h", OPT_COMMAND, 0, CMD_HELP, NULL },
    { "?", OPT_COMMAND, 0, CMD_HELP, NULL },
    { "showusage", OPT_COMMAND, 0, CMD_SHOWUSAGE, "show this list of options" },
    { "version", OPT_COMMAND, 0, CMD_VERSION, "show the version" },
    { "listxml", OPT_COMMAND, 0, CMD_LISTXML, "machine catalogue as XML (MAME -listxml)" },
    { "lx", OPT_COMMAND, 0, CMD_LISTXML, NULL },
    { "listfull", OPT_COMMAND, 0, CMD_LISTFULL, "short names and descriptions" },
    { "ll", OPT_COMMAND, 0, CMD_LISTFULL, NULL },
    { "listclones", OPT_COMMAND, 0, CMD_LISTCLONES, "clones and their parents" },
    { "lc", OPT_COMMAND, 0, CMD_LISTCLONES, NULL },
    { "listbrothers", OPT_COMMAND, 0, CMD_LISTBROTHERS, "other systems of the same driver source file" },
    { "lb", OPT_COMMAND, 0, CMD_LISTBROTHERS, NULL },
    { "listcrc", OPT_COMMAND, 0, CMD_LISTCRC, "CRC-32 of every ROM file" },
    { "listsource", OPT_COMMAND, 0, CMD_LISTSOURCE, "driver source file of each system" },
    { "ls", OPT_COMMAND, 0, CMD_LISTSOURCE, NULL },
    { "listroms", OPT_COMMAND, 0, CMD_LISTROMS, "ROM files a system needs" },
    { "lr", OPT_COMMAND, 0, CMD_LISTROMS, NULL },
    { "listsamples", OPT_COMMAND, 0, CMD_LISTSAMPLES, "samples a system uses" },
    { "verifyroms", OPT_COMMAND, 0, CMD_VERIFYROMS, "audit ROM sets" },
    { "verifysamples", OPT_COMMAND, 0, CMD_VERIFYSAMPLES, "audit sample sets" },
    { "romident", OPT_COMMAND, 0, CMD_ROMIDENT, "identify ROM files, zips or folders" },
    { "createconfig", OPT_COMMAND, 0, CMD_CREATECONFIG, "write the current options to cabinet.ini" },
    { "cc", OPT_COMMAND, 0, CMD_CREATECONFIG, NULL },
    { "validate", OPT_COMMAND, 0, CMD_VALIDATE, "check every driver against its hash file" },
    { "valid", OPT_COMMAND, 0, CMD_VALIDATE, NULL },
    { "rompath", OPT_PATH, O(rompath), 0, "ROM folders, separated by ;" },
    { "rp", OPT_PATH, O(rompath), 0, NULL },
    { "hashpath", OPT_STRING, O(hashpath), 0, "folder of hash XML files (default: built in)" },
    { "samplepath", OPT_STRING, O(samplepath), 0, "sample folders, separated by ;" },
    { "artpath", OPT_STRING, O(artpath), 0, "artwork folders, separated by ;" },
    { "snapshot_directory", OPT_STRING, O(snapshot_directory), 0, "where snapshots go" },
    { "state_directory", OPT_STRING, O(state_directory), 0, "where save states go" },
    { "nvram_directory", OPT_STRING, O(nvram_directory), 0, "where NVRAM is kept" },
    { "cfg_directory", OPT_STRING, O(cfg_directory), 0, "where per-game settings go" },
    { "inipath", OPT_STRING, O(inipath), 0, "folders searched for cabinet.ini, separated by ;" },
    { "readconfig", OPT_BOOL, O(readconfig), 0, "read cabinet.ini" },
    { "rc", OPT_BOOL, O(readconfig), 0, NULL },
    { "video", OPT_STRING, O(video), 0, "auto, soft or none" },
    { "sound", OPT_STRING, O(sound), 0, "auto, sdl or none" },
    { "seconds_to_run", OPT_INT, O(seconds_to_run), 0, "emulated seconds to run, then exit" },
    { "str", OPT_INT, O(seconds_to_run), 0, NULL },
    { "bench", OPT_INT, O(bench), 0, "run N emulated seconds unthrottled and report the speed" },
    { "throttle", OPT_BOOL, O(throttle), 0, "run at the machine's own speed" },
    { "speed", OPT_FLOAT, O(speed), 0, "speed factor when throttled" },
    { "samplerate", OPT_INT, O(samplerate), 0, "audio output rate in Hz" },
    { "sr", OPT_INT, O(samplerate), 0, NULL },
    { "sound_thread", OPT_BOOL, O(sound_thread), 0, "render sound on a second host core where a chip allows it; same samples (Cabinet)" },
    { "snapframes", OPT_STRING, O(snapframes), 0, "frames to snapshot, e.g. 60,120,300" },
    { "snapview", OPT_STRING, O(snapview), 0, "native, or artwork to include the overlay" },
    { "snapsize", OPT_STRING, O(snapsize), 0, "snapshot size: auto (native pixels) or WxH" },
    { "wavwrite", OPT_STRING, O(wavwrite), 0, "write the sound output to a WAV file" },
    { "inputscript", OPT_STRING, O(inputscript), 0, "scripted inputs: lines FRAME PORT MASK STATE" },
    { "record", OPT_STRING, O(record), 0, "record inputs to a file" },
    { "playback", OPT_STRING, O(playback), 0, "play back recorded inputs" },
    { "exit_after_playback", OPT_BOOL, O(exit_after_playback), 0, "exit when the playback ends" },
    { "state", OPT_STRING, O(state), 0, "load this save state at start" },
    { "savestate", OPT_STRING, O(savestate), 0, "write a save state to this file (Cabinet)" },
    { "savestate_frame", OPT_INT, O(savestate_frame), 0, "frame after which -savestate is written; 0: at exit (Cabinet)" },
    { "hash_after", OPT_INT, O(hash_after), 0, "-framehash audio covers only frames after this one (Cabinet)" },
    { "rotate", OPT_BOOL, O(rotate), 0, "rotate the display as the cabinet does" },
    { "ror", OPT_BOOL, O(ror), 0, "rotate clockwise" },
    { "rol", OPT_BOOL, O(rol), 0, "rotate anticlockwise" },
    { "flipx", OPT_BOOL, O(flipx), 0, "mirror horizontally" },
    { "flipy", OPT_BOOL, O(flipy), 0, "mirror vertically" },
    { "window", OPT_BOOL, O(window), 0, "run in a window (else fullscreen)" },
    { "w", OPT_BOOL, O(window), 0, NULL },
    { "keepaspect", OPT_BOOL, O(keepaspect), 0, "keep the display's aspect ratio" },
    { "ka", OPT_BOOL, O(keepaspect), 0, NULL },
    { "unevenstretch", OPT_BOOL, O(unevenstretch), 0, "scale by fractions to fill the window (else whole multiples where they fit)" },
    { "ues", OPT_BOOL, O(unevenstretch), 0, NULL },
    { "waitvsync", OPT_BOOL, O(waitvsync), 0, "wait for the host's vertical sync" },
    { "artwork", OPT_BOOL, O(artwork), 0, "show artwork (overlays, bezels)" },
    { "view", OPT_STRING, O(view), 0, "artwork view shown in the window (default: the first)" },
    { "trackball_sensitivity", OPT_INT, O(trackball_sensitivity), 0, "trackball/dial counts per 100 pixels of mouse motion (-1, the default: the game's, MAME's PORT_SENSITIVITY, scaled by -sensitivity)" },
    { "sensitivity", OPT_INT, O(sensitivity), 0, "analog inputs (trackball, dial, paddle, stick): percent of MAME's default sensitivity" },
    { "skip_gameinfo", OPT_BOOL, O(skip_gameinfo), 0, "skip the information screen" },
    { "nvram_save", OPT_BOOL, O(nvram_save), 0, "save NVRAM on exit" },
    { "log", OPT_BOOL, O(log), 0, "write error.log" },
    { "verbose", OPT_BOOL, O(verbose), 0, "print extra messages" },
    { "v", OPT_BOOL, O(verbose), 0, NULL },
    { "dtd", OPT_BOOL, O(dtd), 0, "-listxml: begin with the XML declaration" },
    { "framehash", OPT_BOOL, O(framehash), 0, "print SHA-1 of the last frame and of all audio (Cabinet)" },
    { "listdevices", OPT_COMMAND, 0, CMD_LISTDEVICES, "devices of each system, by tag" },
    { "ld", OPT_COMMAND, 0, CMD_LISTDEVICES, NULL },
    { "listslots", OPT_COMMAND, 0, CMD_LISTSLOTS, "slots of each system (none in Cabinet)" },
    { "lslot", OPT_COMMAND, 0, CMD_LISTSLOTS, NULL },
    { "listmedia", OPT_COMMAND, 0, CMD_LISTMEDIA, "media each system takes (none in Cabinet)" },
    { "lm", OPT_COMMAND, 0, CMD_LISTMEDIA, NULL },
    { "listsoftware", OPT_COMMAND, 0, CMD_LISTSOFTWARE, "software lists of a system (none in Cabinet)" },
    { "lsoft", OPT_COMMAND, 0, CMD_LISTSOFTWARE, NULL },
    { "verifysoftware", OPT_COMMAND, 0, CMD_VERIFYSOFTWARE, "audit software lists (none in Cabinet)" },
    { "vsoft", OPT_COMMAND, 0, CMD_VERIFYSOFTWARE, NULL },
    { "getsoftlist", OPT_COMMAND, 0, CMD_GETSOFTLIST, "a software list by name (none in Cabinet)" },
    { "glist", OPT_COMMAND, 0, CMD_GETSOFTLIST, NULL },
    { "verifysoftlist", OPT_COMMAND, 0, CMD_VERIFYSOFTLIST, "audit a software list by name (none in Cabinet)" },
    { "vlist", OPT_COMMAND, 0, CMD_VERIFYSOFTLIST, NULL },
    { "showconfig", OPT_COMMAND, 0, CMD_SHOWCONFIG, "show every option's value, as an ini file" },
    { "sc", OPT_COMMAND, 0, CMD_SHOWCONFIG, NULL },
    { "writeconfig", OPT_BOOL, O(writeconfig), 0, "write <system>.ini with the options at exit" },
    { "wc", OPT_BOOL, O(writeconfig), 0, NULL },
    { "volume", OPT_INT, O(volume), 0, "sound volume in dB, -32 (quietest) to 0" },
    { "vol", OPT_INT, O(volume), 0, NULL },
    { "samples", OPT_BOOL, O(samples), 0, "play sample-based sounds" },
    { "autosave", OPT_BOOL, O(autosave), 0, "restore the state at start, save it at exit" },
    { "rewind", OPT_BOOL, O(rewind), 0, "keep a state per frame to rewind (held Backspace; headless: inputscript FRAME rewind N)" },
    { "rewind_capacity", OPT_INT, O(rewind_capacity), 0, "megabytes kept for rewind states" },
    { "runahead", OPT_INT, O(runahead), 0, "frames run ahead to hide input latency, 0-3 (Cabinet)" },
    { "resolution", OPT_STRING, O(resolution), 0, "window size WxH, or auto" },
    { "r", OPT_STRING, O(resolution), 0, NULL },
    { "maximize", OPT_BOOL, O(maximize), 0, "open the window maximized" },
    { "max", OPT_BOOL, O(maximize), 0, NULL },
    { "joystick", OPT_BOOL, O(joystick), 0, "use game controllers" },
    { "joy", OPT_BOOL, O(joystick), 0, NULL },
    { "mouse", OPT_BOOL, O(mouse), 0, "use the mouse (trackballs, dials, paddles, analog sticks)" },
    { "dumpgfx", OPT_STRING, O(dumpgfx), 0, "headless: write the graphics sets, tilemaps, sprites and palette as PNGs into DIR/<system>/ (Cabinet)" },
    { "dumpgfx_frame", OPT_INT, O(dumpgfx_frame), 0, "frame after which -dumpgfx writes; 0: at the end of the run (Cabinet)" },
    { "why", OPT_STRING, O(why), 0, "headless: print the chain that made pixel X,Y (Cabinet)" },
    { "why_frame", OPT_INT, O(why_frame), 0, "frame whose pixel -why explains; 0: the last of the run (Cabinet)" },
    { "debug", OPT_BOOL, O(debug), 0, "console debugger on the terminal (docs/debugger.md)" },
    { "trace", OPT_STRING, O(trace), 0, "write an instruction trace to this file (Cabinet)" },
    { "trace_cpu", OPT_STRING, O(trace_cpu), 0, "trace only this CPU, by tag or index (Cabinet)" },
    { "trace_binary", OPT_BOOL, O(trace_binary), 0, "write the trace in the compact binary form (Cabinet)" },
    { "tracedump", OPT_COMMAND, 0, CMD_TRACEDUMP, "print a binary trace as text (Cabinet)" },
};

static void options_defaults(options *o)
{
    memset(o, 0, sizeof(*o));
    /* The build puts the bundled sets in roms/ beside the binary. */
    char exe[2048];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    exe[n > 0 ? n : 0] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    const char *home = getenv("HOME");
    snprintf(o->rompath, sizeof(o->rompath), "%s%sroms;%s/mame/roms;/usr/local/share/games/mame/roms;"
             "/usr/share/games/mame/roms", slash ? exe : "", slash ? "/roms;" : "", home ? home : "");
    o->samplepath = "samples";
    o->artpath = "artwork";
    o->snapshot_directory = "snap";
    o->state_directory = "sta";
    o->nvram_directory = "nvram";
    o->cfg_directory = "cfg";
    o->inipath = ".";
    o->readconfig = true;
    o->trackball_sensitivity = -1; /* the game's */
    o->sensitivity = 100;
    o->video = "auto";
    o->sound = "auto";
    o->snapsize = "auto";
    o->throttle = true;
    o->speed = 1.0;
    o->samplerate = 48000;
    o->sound_thread = true;
    o->rotate = true;
    o->keepaspect = true;
    o->window = true;
    o->artwork = true;
    o->nvram_save = true;
    o->dtd = true;
    o->samples = true;
    o->resolution = "auto";
    o->joystick = true;
    o->mouse = true;
    o->rewind_capacity = 100;
}

static const opt_def *find_opt(const char *name, bool *negated)
{
    *negated = false;
    for (size_t i = 0; i < ARRAY_LEN(opt_table); i++)
        if (!strcmp(opt_table[i].name, name))
            return &opt_table[i];
    if (!strncmp(name, "no", 2)) {
        for (size_t i = 0; i < ARRAY_LEN(opt_table); i++)
            if (opt_table[i].kind == OPT_BOOL && !strcmp(opt_table[i].name, name + 2)) {
                *negated = true;
                return &opt_table[i];
            }
    }
    return NULL;
}

/* A MAME option Cabinet does not implement ("no" + a boolean negates it). */
static int find_mame_opt(const char *name, bool *negated)
{
    *negated = false;
    int k = mame_option_find(name);
    if (k < 0 && !strncmp(name, "no", 2) && (k = mame_option_find(name + 2)) >= 0) {
        if (mame_option_list[k].type != MOPT_BOOL)
            return -1;
        *negated = true;
    }
    return k;
}

/* Keeps the value; a number MAME would refuse is refused with MAME's warning
   and its default kept, as MAME does (not fatal: the option has no effect). */
static void set_mame_value(options *o, int k, const char *val, FILE *errout)
{
    const mame_option *m = &mame_option_list[k];
    char *end;
    if (m->type == MOPT_INT || m->type == MOPT_FLOAT) {
        errno = 0;
        if (m->type == MOPT_INT)
            (void)strtol(val, &end, 10);
        else
            (void)strtod(val, &end);
        if (*val == '\0' || *end || errno) {
            fprintf(errout, "Illegal %s value for %s: \"%s\"; reverting to %s\n",
                    m->type == MOPT_INT ? "integer" : "float", m->name, val, m->def);
            return;
        }
    }
    o->mame_values[k] = val;
}

static int set_value(options *o, const opt_def *d, const char *val, FILE *errout)
{
    char *end;
    void *field = (char *)o + d->offset;
    errno = 0;
    switch (d->kind) {
    case OPT_INT: {
        long v = strtol(val, &end, 10);
        bool db = d->offset == O(volume);   /* the one signed option: MAME's -32..0 dB */
        long lo = db ? -32 : 0, hi = db ? 0 : 1000000000;
        /* -1: -trackball_sensitivity's default (the game's), as -createconfig writes it */
        if (d->offset == O(trackball_sensitivity))
            lo = -1;
        if (*val == '\0' || *end || errno || v < lo || v > hi) {
            fprintf(errout, "Error: illegal integer value for %s: \"%s\"\n", d->name, val);
            return EXIT_INVALID_CONFIG;
        }
        *(int *)field = (int)v;
        break;
    }
    case OPT_FLOAT: {
        double v = strtod(val, &end);
        if (*val == '\0' || *end || errno || !(v > 0) || v > 100) {
            fprintf(errout, "Error: illegal float value for %s: \"%s\"\n", d->name, val);
            return EXIT_INVALID_CONFIG;
        }
        *(double *)field = v;
        break;
    }
    case OPT_PATH:
        if (strlen(val) >= sizeof(o->rompath)) {
            fprintf(errout, "Error: value for %s is too long\n", d->name);
            return EXIT_INVALID_CONFIG;
        }
        strcpy(o->rompath, val);
        break;
    default:
        *(const char **)field = val;
        break;
    }
    return 0;
}

/* cabinet.ini: values are copied here, so they live as long as argv. */
#define INI_NAME "cabinet.ini"
#define INI_MAX_BYTES (64u << 10)
#define INI_MAX_FILES 12
static char ini_pool[INI_MAX_FILES * (INI_MAX_BYTES + 1)];
static size_t ini_pool_used;

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

/* '#' starts a comment, except inside a "quoted value". */
static void cut_comment(char *line)
{
    bool quoted = false;
    for (char *p = line; *p; p++) {
        if (*p == '"')
            quoted = !quoted;
        else if (*p == '#' && !quoted) {
            *p = '\0';
            return;
        }
    }
}

/* "value" -> value (as -createconfig writes values with '#', '"' or
   surrounding blanks; a '"' inside is written as "" ). */
static char *unquote(char *v)
{
    size_t n = strlen(v);
    if (n < 2 || v[0] != '"' || v[n - 1] != '"')
        return v;
    v[n - 1] = '\0';
    char *out = v + 1, *w = out;
    for (char *r = out; *r; r++) {
        *w++ = *r;
        if (r[0] == '"' && r[1] == '"')
            r++;
    }
    *w = '\0';
    return out;
}

/* The first -inipath folder that holds `name` (a path relative to it). */
static bool ini_find(const char *inipath, const char *name, char *path, size_t len)
{
    for (const char *p = inipath; p && *p;) {
        const char *semi = strchr(p, ';');
        size_t n = semi ? (size_t)(semi - p) : strlen(p);
        if (n > 0 && n + strlen(name) + 2 < len) {
            snprintf(path, len, "%.*s/%s", (int)n, p, name);
            struct stat st;
            if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
                fprintf(stderr, "%s: not a regular file; ignored\n", path);
            else if (access(path, R_OK) == 0)
                return true;
        }
        p = semi ? semi + 1 : p + n;
    }
    return false;
}

/* Lines "name = value" or "name value"; # starts a comment. An unknown name
   is reported and skipped; a bad value is an error, as on the command line. */
static int ini_apply(options *o, const char *path, FILE *errout)
{
    u8 *buf;
    size_t len;
    char err[512];
    if (file_read_all(path, &buf, &len, INI_MAX_BYTES, err, sizeof(err))) {
        fprintf(errout, "%s\n", err);
        return EXIT_INVALID_CONFIG;
    }
    if (ini_pool_used + len + 1 > sizeof(ini_pool)) {
        free(buf);
        fprintf(errout, "%s: too many ini files; ignored\n", path);
        return 0;
    }
    char *text = ini_pool + ini_pool_used;
    memcpy(text, buf, len);
    text[len] = '\0';
    ini_pool_used += len + 1;
    free(buf);
    int n = 0;
    for (char *line = text, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        n++;
        cut_comment(line);
        char *name = trim(line);
        if (!*name)
            continue;
        size_t k = 0;
        while (name[k] && name[k] != '=' && !isspace((unsigned char)name[k]))
            k++;
        char *value = name + k;
        while (isspace((unsigned char)*value))
            value++;
        if (*value == '=')
            value++;
        name[k] = '\0';
        value = unquote(trim(value));
        bool negated;
        const opt_def *d = find_opt(name, &negated);
        int mk = d ? -1 : find_mame_opt(name, &negated);
        if (mk >= 0 && !negated) {
            if (mame_option_list[mk].type == MOPT_BOOL && strcmp(value, "0") && strcmp(value, "1")) {
                fprintf(errout, "%s:%d: %s must be 0 or 1\n", path, n, name);
                return EXIT_INVALID_CONFIG;
            }
            set_mame_value(o, mk, value, errout);
            continue;
        }
        if (!d || d->kind == OPT_COMMAND || negated) {
            fprintf(errout, "%s:%d: unknown option \"%s\"; ignored\n", path, n, name);
            continue;
        }
        if (d->kind == OPT_BOOL) {
            if (strcmp(value, "0") && strcmp(value, "1")) {
                fprintf(errout, "%s:%d: %s must be 0 or 1\n", path, n, name);
                return EXIT_INVALID_CONFIG;
            }
            *(bool *)((char *)o + d->offset) = value[0] == '1';
        } else if (*value) {
            int rc = set_value(o, d, value, errout);
            if (rc) {
                fprintf(errout, "(in %s, line %d)\n", path, n);
                return rc;
            }
        }
    }
    return 0;
}

/* -inipath and -noreadconfig take effect before the files are read. */
static bool ini_wanted(int argc, char **argv, const char **inipath)
{
    bool read = true;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-inipath") && i + 1 < argc)
            *inipath = argv[++i];
        else if (!strcmp(argv[i], "-noreadconfig") || !strcmp(argv[i], "-norc"))
            read = false;
        else if ((!strcmp(argv[i], "-readconfig") || !strcmp(argv[i], "-rc")) && i + 1 < argc)
            read = strcmp(argv[i + 1], "0") != 0;
    }
    return read;
}

static int ini_apply_named(options *o, const char *inipath, const char *name, FILE *errout)
{
    char path[4200];
    return ini_find(inipath, name, path, sizeof(path)) ? ini_apply(o, path, errout) : 0;
}

/* The system's inis after the global ones, in MAME's order (see options.h). */
static int ini_read_system(options *o, const char *inipath, const game_driver *d, FILE *errout)
{
    char name[300];
    const char *src = d->source_file, *dot = strrchr(src, '.');
    const game_driver *chain[8];
    int n = 0;
    int rc = ini_apply_named(o, inipath, (d->flags & ORIENT_SWAP_XY) ? "vertical.ini" : "horizont.ini", errout);
    if (!rc)
        rc = ini_apply_named(o, inipath, "raster.ini", errout);
    snprintf(name, sizeof(name), "source/%.*s.ini", dot ? (int)(dot - src) : (int)strlen(src), src);
    if (!rc)
        rc = ini_apply_named(o, inipath, name, errout);
    for (const game_driver *p = driver_parent(d); p && n < 8; p = driver_parent(p))
        chain[n++] = p;
    while (!rc && n > 0) {
        snprintf(name, sizeof(name), "%s.ini", chain[--n]->name);
        rc = ini_apply_named(o, inipath, name, errout);
    }
    snprintf(name, sizeof(name), "%s.ini", d->name);
    return rc ? rc : ini_apply_named(o, inipath, name, errout);
}

/* mame.ini (when present) and cabinet.ini, then with `d` the system's. */
static int ini_read(options *o, int argc, char **argv, const game_driver *d, FILE *errout)
{
    const char *inipath = o->inipath;
    ini_pool_used = 0;
    if (!ini_wanted(argc, argv, &inipath))
        return 0;
    int rc = ini_apply_named(o, inipath, "mame.ini", errout);
    if (!rc)
        rc = ini_apply_named(o, inipath, INI_NAME, errout);
    if (!rc && d)
        rc = ini_read_system(o, inipath, d, errout);
    return rc;
}

/* A value as it reads back from an ini line: quoted when it holds blanks,
   '#' or '"' (a '"' inside written as ""); NULL for a line break. */
static char *ini_value(const char *v)
{
    if (strpbrk(v, "\r\n"))
        return NULL;
    size_t n = strlen(v);
    char *q = malloc(2 * n + 3), *w = q;
    if (!q)
        return NULL;
    bool quote = strpbrk(v, " \t#\"") != NULL;
    if (quote)
        *w++ = '"';
    for (const char *p = v; *p; p++) {
        if (*p == '"')
            *w++ = '"';
        *w++ = *p;
    }
    if (quote)
        *w++ = '"';
    *w = '\0';
    return q;
}

/* Cabinet's own value of an option in its table, formatted; false if it has none. */
static bool own_value(const options *o, const opt_def *d, char *buf, size_t n)
{
    const void *field = (const char *)o + d->offset;
    switch (d->kind) {
    case OPT_BOOL: snprintf(buf, n, "%d", *(const bool *)field); return true;
    case OPT_INT: snprintf(buf, n, "%d", *(const int *)field); return true;
    case OPT_FLOAT:
        snprintf(buf, n, "%.17g", *(const double *)field);
        if (!strpbrk(buf, ".eni"))
            strncat(buf, ".0", n - strlen(buf) - 1);   /* as MAME shows 1.0 */
        return true;
    case OPT_PATH: snprintf(buf, n, "%s", o->rompath); return true;
    case OPT_STRING: snprintf(buf, n, "%s", *(const char *const *)field ? *(const char *const *)field : ""); return true;
    default: return false;
    }
}

static const opt_def *own_option(const char *name)
{
    for (size_t i = 0; i < ARRAY_LEN(opt_table); i++)
        if (!strcmp(opt_table[i].name, name) && opt_table[i].kind != OPT_COMMAND)
            return &opt_table[i];
    return NULL;
}

static bool put_line(FILE *f, const char *name, const char *value)
{
    char *v = ini_value(value);
    if (!v)
        return false;
    fprintf(f, "%-25s %s\n", name, v);
    free(v);
    return true;
}

static void put_heading(FILE *f, const char *section, bool first)
{
    fprintf(f, "%s#\n# %s\n#\n", first ? "" : "\n", section);
}

/* The whole configuration as text: MAME's sections and options, then
   Cabinet's own; NULL (naming the option) if a value cannot be written. */
static char *config_text(const options *o, FILE *errout)
{
    char *text = NULL, buf[4200];
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        return NULL;
    const char *section = NULL, *bad = NULL;
    for (int k = 0; k < MAME_OPTION_COUNT && !bad; k++) {
        const mame_option *m = &mame_option_list[k];
        if (!section || strcmp(section, m->section))
            put_heading(f, m->section, !section);
        section = m->section;
        const opt_def *d = own_option(m->name);
        const char *v = d && own_value(o, d, buf, sizeof(buf)) ? buf : o->mame_values[k] ? o->mame_values[k] : m->def;
        bad = put_line(f, m->name, v) ? NULL : m->name;
    }
    put_heading(f, "CABINET OPTIONS", false);
    for (size_t i = 0; i < ARRAY_LEN(opt_table) && !bad; i++) {
        const opt_def *d = &opt_table[i];
        if (d->help && mame_option_find(d->name) < 0 && own_value(o, d, buf, sizeof(buf)))
            bad = put_line(f, d->name, buf) ? NULL : d->name;
    }
    fclose(f);
    if (bad) {
        fprintf(errout, "the value of %s holds a line break: it cannot be written to an ini file\n", bad);
        free(text);
        return NULL;
    }
    return text;
}

void options_show_config(const options *o, FILE *out)
{
    char *text = config_text(o, stderr);
    if (text)
        fputs(text, out);
    free(text);
}

int options_write_ini(const options *o, const char *file_name, FILE *out, FILE *errout)
{
    char dir[4096], path[4400], err[4600];
    const char *semi = o->inipath ? strchr(o->inipath, ';') : NULL;
    size_t n = !o->inipath ? 0 : semi ? (size_t)(semi - o->inipath) : strlen(o->inipath);
    snprintf(dir, sizeof(dir), "%.*s", (int)n, n ? o->inipath : ".");
    snprintf(path, sizeof(path), "%s/%s", dir, file_name);
    char *text = config_text(o, errout);
    if (!text) {
        fprintf(errout, "%s: not written\n", path);
        return EXIT_INVALID_CONFIG;
    }
    int rc = EXIT_OK;
    if (make_dirs(dir)) {
        fprintf(errout, "%s: cannot create folder: %s\n", dir, strerror(errno));
        rc = EXIT_FATAL;
    } else if (file_write_atomic(path, text, strlen(text), err, sizeof(err))) {
        fprintf(errout, "%s\n", err);
        rc = EXIT_FATAL;
    } else {
        fprintf(out, "Wrote %s\n", path);
    }
    free(text);
    return rc;
}

void options_note_unused(const options *o, FILE *errout)
{
    for (int k = 0; k < MAME_OPTION_COUNT; k++)
        if (o->mame_values[k])
            fprintf(errout, "Note: -%s has no effect: %s\n", mame_option_list[k].name,
                    mame_option_note(mame_option_list[k].name));
}

/* The name a command is listed under (-lc is -listclones). */
static const char *command_name(command cmd)
{
    for (size_t i = 0; i < ARRAY_LEN(opt_table); i++)
        if (opt_table[i].kind == OPT_COMMAND && opt_table[i].command == (int)cmd)
            return opt_table[i].name;
    return "";
}

static void set_prog(options *o, const char *argv0)
{
    const char *base = argv0 && *argv0 ? argv0 : "cabinet";
    const char *slash = strrchr(base, '/');
    base = slash ? slash + 1 : base;
    const char *dot = strrchr(base, '.');
    int len = dot && dot != base ? (int)(dot - base) : (int)strlen(base);
    snprintf(o->prog, sizeof(o->prog), "%.*s", len, base);
}

static int set_command(options *o, const opt_def *d, const char *arg, FILE *errout)
{
    if (o->cmd != CMD_RUN) {
        fprintf(errout, "Error: multiple commands specified -%s and %s\n", command_name(o->cmd), arg);
        return EXIT_INVALID_CONFIG;
    }
    o->cmd = (command)d->command;
    return 0;
}

/* -name, -noname, -name 0|1 */
static void set_bool(options *o, const opt_def *d, bool negated, int argc, char **argv, int *i)
{
    bool v = !negated;
    if (*i + 1 < argc && (!strcmp(argv[*i + 1], "0") || !strcmp(argv[*i + 1], "1"))) {
        v = argv[++*i][0] == '1';
        if (negated)
            v = !v;
    }
    *(bool *)((char *)o + d->offset) = v;
}

static int apply_mame_option(options *o, int argc, char **argv, int *i, FILE *errout)
{
    const char *arg = argv[*i];
    bool negated;
    int k = find_mame_opt(arg + 1, &negated);
    if (k < 0) {
        fprintf(errout, "Error: unknown option: %s\n", arg);
        return EXIT_INVALID_CONFIG;
    }
    if (mame_option_list[k].type == MOPT_BOOL) {
        bool v = !negated;
        if (*i + 1 < argc && (!strcmp(argv[*i + 1], "0") || !strcmp(argv[*i + 1], "1")))
            v = (argv[++*i][0] == '1') != negated;
        o->mame_values[k] = v ? "1" : "0";
        return 0;
    }
    if (*i + 1 >= argc) {
        fprintf(errout, "Error: option %s expected a parameter\n", arg);
        return EXIT_INVALID_CONFIG;
    }
    set_mame_value(o, k, argv[++*i], errout);
    return 0;
}

static int apply_option(options *o, int argc, char **argv, int *i, FILE *errout)
{
    const char *arg = argv[*i];
    bool negated;
    const opt_def *d = find_opt(arg + 1, &negated);
    if (!d)
        return apply_mame_option(o, argc, argv, i, errout);
    switch (d->kind) {
    case OPT_COMMAND:
        return set_command(o, d, arg, errout);
    case OPT_BOOL:
        set_bool(o, d, negated, argc, argv, i);
        return 0;
    default:
        if (*i + 1 >= argc) {
            fprintf(errout, "Error: option %s expected a parameter\n", arg);
            return EXIT_INVALID_CONFIG;
        }
        return set_value(o, d, argv[++*i], errout);
    }
}

static int parse_args(options *o, int argc, char **argv, FILE *errout)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (arg[0] == '-' && arg[1] != '\0') {
            int rc = apply_option(o, argc, argv, &i, errout);
            if (rc)
                return rc;
        } else if (o->nargs < OPTIONS_MAX_ARGS) {
            o->args[o->nargs++] = arg;
        } else {
            fprintf(errout, "Error: more than %d arguments\n", OPTIONS_MAX_ARGS);
            return EXIT_INVALID_CONFIG;
        }
    }
    return 0;
}

/* Defaults, the inis (the system's too with `d`), then the command line. */
static int parse_all(options *o, int argc, char **argv, const game_driver *d, FILE *errout)
{
    options_defaults(o);
    set_prog(o, argc > 0 ? argv[0] : NULL);
    int rc = ini_read(o, argc, argv, d, errout);
    return rc ? rc : parse_args(o, argc, argv, errout);
}

/* The system the command line runs, if it names one Cabinet has (the
   command line alone says: inis cannot name a system). */
static const game_driver *system_named(options *o, int argc, char **argv)
{
    char *text = NULL;
    size_t len = 0;
    FILE *quiet = open_memstream(&text, &len);
    if (!quiet)
        return NULL;
    options_defaults(o);
    int rc = parse_args(o, argc, argv, quiet);
    fclose(quiet);
    free(text);
    return !rc && (o->cmd == CMD_RUN || o->cmd == CMD_SHOWCONFIG) && o->nargs == 1 ? driver_find(o->args[0]) : NULL;
}

int options_parse(options *o, int argc, char **argv, FILE *errout)
{
    int rc = parse_all(o, argc, argv, system_named(o, argc, argv), errout);
    if (rc)
        return rc;
    if (o->cmd == CMD_RUN && o->nargs > 1) {
        fprintf(errout, "Error: unknown option: %s\n", o->args[1]);
        return EXIT_INVALID_CONFIG;
    }
    if (o->cmd == CMD_RUN && o->nargs == 1) {
        o->system = o->args[0];
        o->nargs = 0;
    }
    for (int i = 1; i < argc; i++)
        if (!strcmp(argv[i], "-bench") && o->bench == 0) {
            fprintf(errout, "Error: -bench needs a number of seconds of at least 1\n");
            return EXIT_INVALID_CONFIG;
        }
    if (o->samplerate < 1000 || o->samplerate > 384000) {
        fprintf(errout, "Error: -samplerate %d is outside 1000..384000 Hz\n", o->samplerate);
        return EXIT_INVALID_CONFIG;
    }
    if (o->bench) {
        o->seconds_to_run = o->bench;
        o->throttle = false;
        o->video = "none";
        o->sound = "none";
    }
    return 0;
}

/* MAME's argument counts for its auxiliary verbs, with the usage line shown
   when they are not met. Commands not here take any number. */
typedef struct verb_args {
    command cmd;
    int min, max;
    const char *usage;
} verb_args;

static const verb_args verb_table[] = {
    { CMD_VERSION, 0, 0, "" },
    { CMD_LISTCLONES, 0, 1, "[system name]" },
    { CMD_LISTBROTHERS, 0, 1, "[system name]" },
    { CMD_LISTSAMPLES, 0, 1, "[system name]" },
    { CMD_LISTDEVICES, 0, 1, "[system name]" },
    { CMD_LISTSLOTS, 0, 1, "[system name]" },
    { CMD_LISTMEDIA, 0, 1, "[system name]" },
    { CMD_LISTSOFTWARE, 0, 1, "[system name]" },
    { CMD_VERIFYSOFTWARE, 0, 1, "[system name|*]" },
    { CMD_GETSOFTLIST, 0, 1, "[system name|*]" },
    { CMD_VERIFYSOFTLIST, 0, 1, "[system name|*]" },
    { CMD_VERIFYSAMPLES, 0, 1, "[system name|*]" },
    { CMD_ROMIDENT, 1, 1, "(file or directory path)" },
    { CMD_TRACEDUMP, 1, 1, "(trace file)" },
};

bool options_args_ok(const options *o, FILE *out, FILE *errout)
{
    if (o->cmd == CMD_VALIDATE && o->nargs > 1) {
        fprintf(errout, "Auxiliary verb -validate takes at most 1 argument\n");
        return false;
    }
    for (size_t i = 0; i < ARRAY_LEN(verb_table); i++) {
        const verb_args *v = &verb_table[i];
        if (v->cmd != o->cmd || (o->nargs >= v->min && o->nargs <= v->max))
            continue;
        const char *name = command_name(v->cmd);
        if (o->nargs > v->max)
            fprintf(out, "Auxiliary verb -%s takes at most %d argument(s)\n", name, v->max);
        else
            fprintf(out, "Auxiliary verb -%s requires at least %d argument(s)\n", name, v->min);
        fprintf(out, "\nUsage:  %s -%s %s\n", o->prog, name, v->usage);
        return false;
    }
    return true;
}

void options_print_usage(FILE *out)
{
    fprintf(out, "Usage: cabinet [system] [options]\n\nOptions:\n");
    for (size_t i = 0; i < ARRAY_LEN(opt_table); i++) {
        const opt_def *d = &opt_table[i];
        if (!d->help)
            continue;
        const char *arg = d->kind == OPT_INT ? " <n>" : d->kind == OPT_FLOAT ? " <x>"
                        : d->kind == OPT_STRING || d->kind == OPT_PATH ? " <value>" : "";
        char left[64];
        snprintf(left, sizeof(left), "-%s%s", d->name, arg);
        fprintf(out, "  %-28s %s\n", left, d->help);
    }
}
