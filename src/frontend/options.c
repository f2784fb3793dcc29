#include "frontend/options.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
    { "listsource", OPT_COMMAND, 0, CMD_LISTSOURCE, "driver source file of each system" },
    { "ls", OPT_COMMAND, 0, CMD_LISTSOURCE, NULL },
    { "listroms", OPT_COMMAND, 0, CMD_LISTROMS, "ROM files a system needs" },
    { "lr", OPT_COMMAND, 0, CMD_LISTROMS, NULL },
    { "listsamples", OPT_COMMAND, 0, CMD_LISTSAMPLES, "samples a system uses" },
    { "verifyroms", OPT_COMMAND, 0, CMD_VERIFYROMS, "audit ROM sets" },
    { "verifysamples", OPT_COMMAND, 0, CMD_VERIFYSAMPLES, "audit sample sets" },
    { "romident", OPT_COMMAND, 0, CMD_ROMIDENT, "identify ROM files, zips or folders" },
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
    { "video", OPT_STRING, O(video), 0, "auto, soft or none" },
    { "sound", OPT_STRING, O(sound), 0, "auto, sdl or none" },
    { "seconds_to_run", OPT_INT, O(seconds_to_run), 0, "emulated seconds to run, then exit" },
    { "str", OPT_INT, O(seconds_to_run), 0, NULL },
    { "bench", OPT_INT, O(bench), 0, "run N emulated seconds unthrottled and report the speed" },
    { "throttle", OPT_BOOL, O(throttle), 0, "run at the machine's own speed" },
    { "speed", OPT_FLOAT, O(speed), 0, "speed factor when throttled" },
    { "samplerate", OPT_INT, O(samplerate), 0, "audio output rate in Hz" },
    { "sr", OPT_INT, O(samplerate), 0, NULL },
    { "snapframes", OPT_STRING, O(snapframes), 0, "frames to snapshot, e.g. 60,120,300" },
    { "snapview", OPT_STRING, O(snapview), 0, "native, or artwork to include the overlay" },
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
    { "waitvsync", OPT_BOOL, O(waitvsync), 0, "wait for the host's vertical sync" },
    { "artwork", OPT_BOOL, O(artwork), 0, "show artwork (overlays, bezels)" },
    { "skip_gameinfo", OPT_BOOL, O(skip_gameinfo), 0, "skip the information screen" },
    { "nvram_save", OPT_BOOL, O(nvram_save), 0, "save NVRAM on exit" },
    { "log", OPT_BOOL, O(log), 0, "write error.log" },
    { "verbose", OPT_BOOL, O(verbose), 0, "print extra messages" },
    { "v", OPT_BOOL, O(verbose), 0, NULL },
    { "framehash", OPT_BOOL, O(framehash), 0, "print SHA-1 of the last frame and of all audio (Cabinet)" },
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
    o->video = "auto";
    o->sound = "auto";
    o->throttle = true;
    o->speed = 1.0;
    o->samplerate = 48000;
    o->rotate = true;
    o->keepaspect = true;
    o->window = true;
    o->artwork = true;
    o->nvram_save = true;
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

static int set_value(options *o, const opt_def *d, const char *val, FILE *errout)
{
    char *end;
    void *field = (char *)o + d->offset;
    errno = 0;
    switch (d->kind) {
    case OPT_INT: {
        long v = strtol(val, &end, 10);
        if (*val == '\0' || *end || errno || v < 0 || v > 1000000000) {
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

int options_parse(options *o, int argc, char **argv, FILE *errout)
{
    options_defaults(o);
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (arg[0] != '-' || arg[1] == '\0') {
            if (o->cmd != CMD_RUN && !o->pattern) {
                o->pattern = arg;
            } else if (!o->system) {
                o->system = arg;
            } else {
                fprintf(errout, "Error: unknown option: %s\n", arg);
                return EXIT_INVALID_CONFIG;
            }
            continue;
        }
        bool negated;
        const opt_def *d = find_opt(arg + 1, &negated);
        if (!d) {
            fprintf(errout, "Error: unknown option: %s\n", arg);
            return EXIT_INVALID_CONFIG;
        }
        if (d->kind == OPT_COMMAND) {
            o->cmd = (command)d->command;
            if (o->system && !o->pattern) {
                o->pattern = o->system; /* `cabinet pacman -listroms` */
                o->system = NULL;
            }
        } else if (d->kind == OPT_BOOL) {
            bool v = !negated;
            if (i + 1 < argc && (!strcmp(argv[i + 1], "0") || !strcmp(argv[i + 1], "1"))) {
                v = argv[++i][0] == '1';
                if (negated)
                    v = !v;
            }
            *(bool *)((char *)o + d->offset) = v;
        } else {
            if (i + 1 >= argc) {
                fprintf(errout, "Error: option %s expected a parameter\n", arg);
                return EXIT_INVALID_CONFIG;
            }
            int rc = set_value(o, d, argv[++i], errout);
            if (rc)
                return rc;
        }
    }
    if (o->bench) {
        o->seconds_to_run = o->bench;
        o->throttle = false;
        o->video = "none";
        o->sound = "none";
    }
    return 0;
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
