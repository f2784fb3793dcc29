/* MAME-style command-line options: `cabinet [system] [-option value]...`,
   single dashes, booleans negated with a "no" prefix (-nothrottle). */
#ifndef CABINET_OPTIONS_H
#define CABINET_OPTIONS_H

#include <stdio.h>

#include "util/types.h"

/* MAME's exit codes, which front-ends and launchers map to messages. */
enum {
    EXIT_OK = 0, EXIT_FAILED_VALIDITY = 1, EXIT_MISSING_FILES = 2, EXIT_FATAL = 3, EXIT_DEVICE = 4,
    EXIT_NO_SUCH_SYSTEM = 5, EXIT_INVALID_CONFIG = 6, EXIT_IDENT_NONROMS = 7, EXIT_IDENT_PARTIAL = 8,
    EXIT_IDENT_NONE = 9,
};

typedef enum command {
    CMD_RUN = 0, CMD_HELP, CMD_SHOWUSAGE, CMD_VERSION, CMD_LISTXML, CMD_LISTFULL, CMD_LISTCLONES,
    CMD_LISTSOURCE, CMD_LISTROMS, CMD_VERIFYROMS, CMD_ROMIDENT, CMD_VALIDATE, CMD_LISTSAMPLES,
    CMD_VERIFYSAMPLES, CMD_CREATECONFIG, CMD_LISTCRC, CMD_LISTBROTHERS,
} command;

/* Positional arguments a command line may hold (MAME sets no limit). */
#define OPTIONS_MAX_ARGS 256

typedef struct options {
    command cmd;
    const char *system;      /* the non-option argument when there is no command */
    const char *args[OPTIONS_MAX_ARGS]; /* a command's arguments, wherever they stood */
    int nargs;
    char prog[64];           /* argv[0] without folder and extension, for usage lines */
    char rompath[4096];
    const char *hashpath;
    const char *samplepath;
    const char *artpath;
    const char *snapshot_directory;
    const char *state_directory;
    const char *nvram_directory;
    const char *cfg_directory;
    const char *inipath;     /* folders searched for cabinet.ini, separated by ; */
    bool readconfig;
    const char *video;       /* "auto", "none", "soft" */
    const char *sound;       /* "auto", "none", "sdl" */
    const char *snapframes;
    const char *snapview;
    const char *wavwrite;
    const char *inputscript;
    const char *record, *playback, *state;
    bool exit_after_playback;
    const char *savestate;   /* Cabinet: write a state after frame savestate_frame (0: at exit) */
    int savestate_frame;
    int hash_after;          /* Cabinet: -framehash audio covers frames after this one */
    int seconds_to_run;
    int bench;
    int samplerate;
    double speed;
    bool throttle;
    bool rotate, ror, rol, flipx, flipy;
    bool window, keepaspect, waitvsync;
    bool artwork;
    const char *view;        /* artwork view shown in the window (NULL: the first) */
    int trackball_sensitivity; /* percent: counts per 100 pixels of mouse motion; -1: the game's x sensitivity */
    int sensitivity;           /* percent of each analog input's MAME sensitivity (PORT_SENSITIVITY) */
    bool log, verbose;
    bool skip_gameinfo;
    bool framehash;
    bool nvram_save;
    bool dtd;                /* -listxml starts with the XML declaration */
} options;

/* Fills defaults, applies cabinet.ini (the first found in -inipath, default
   the current folder; not with -noreadconfig): "name = value" lines (MAME's
   "name value" works too), then parses argv, which overrides it. Returns
   0, or an exit code after printing one line that names the bad option or
   value. A command takes every non-option argument, before or after it
   (`cabinet pacman -listroms`); without one, the first is the system. */
int options_parse(options *o, int argc, char **argv, FILE *errout);
/* Whether the command got a number of arguments it takes. When not, prints
   MAME's complaint and usage line (to `out`; -validate's to `errout`), after
   which the program ends with EXIT_OK, as MAME's does. */
bool options_args_ok(const options *o, FILE *out, FILE *errout);
/* -createconfig: writes every option's current value to cabinet.ini in the
   first -inipath folder, atomically. Returns an exit code. */
int options_write_config(const options *o, FILE *out, FILE *errout);
void options_print_usage(FILE *out);

#endif
