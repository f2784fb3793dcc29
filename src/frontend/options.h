/* MAME-style command-line options: `cabinet [system] [-option value]...`,
   single dashes, booleans negated with a "no" prefix (-nothrottle). */
#ifndef CABINET_OPTIONS_H
#define CABINET_OPTIONS_H

#include <stdio.h>

#include "frontend/mame_options.h"
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
    CMD_VERIFYSAMPLES, CMD_CREATECONFIG, CMD_LISTCRC, CMD_LISTBROTHERS, CMD_SHOWCONFIG,
    CMD_LISTDEVICES, CMD_LISTSLOTS, CMD_LISTMEDIA, CMD_LISTSOFTWARE, CMD_VERIFYSOFTWARE, CMD_GETSOFTLIST,
    CMD_VERIFYSOFTLIST, CMD_TRACEDUMP,
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
    const char *snapsize;   /* "auto" or NULL: native pixels; "WxH": scaled */
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
    bool sound_thread;       /* Cabinet: render sound on a second thread where a device allows it */
    double speed;
    bool throttle;
    bool rotate, ror, rol, flipx, flipy;
    bool window, keepaspect, unevenstretch, waitvsync;
    bool artwork;
    const char *view;        /* artwork view shown in the window (NULL: the first) */
    int trackball_sensitivity; /* percent: counts per 100 pixels of mouse motion; -1: the game's x sensitivity */
    int sensitivity;           /* percent of each analog input's MAME sensitivity (PORT_SENSITIVITY) */
    bool log, verbose;
    bool skip_gameinfo;
    bool framehash;
    bool nvram_save;
    bool dtd;                /* -listxml starts with the XML declaration */
    int volume;              /* dB of attenuation of the window's sound, -32..0 (not of -wavwrite, as MAME) */
    bool samples;            /* load and play sample-based sounds */
    bool rewind;             /* keep states to rewind; rewind_capacity MB (MAME's options) */
    int rewind_capacity;
    int runahead;            /* Cabinet: frames run ahead, 0-3 */
    bool autosave;           /* restore STATE_DIR/<system>/auto.sta at start, save it at exit */
    bool writeconfig;        /* write <system>.ini into the first -inipath folder at exit */
    const char *resolution;  /* window size "WxH" (or "auto") */
    bool maximize;           /* open the window maximized */
    bool joystick, mouse;    /* use game controllers / the mouse as inputs */
    const char *dumpgfx;     /* Cabinet: -dumpgfx DIR (frontend/hwview.h) */
    int dumpgfx_frame;
    const char *why;         /* Cabinet: -why X,Y */
    int why_frame;
    bool debug;              /* the console debugger (docs/debugger.md) */
    const char *trace;       /* Cabinet: instruction trace file */
    const char *trace_cpu;   /* Cabinet: only this CPU (tag or index) in the trace */
    bool trace_binary;       /* Cabinet: the trace in the compact binary form */
    /* MAME options Cabinet does not implement, as given (NULL: MAME's default) */
    const char *mame_values[MAME_OPTION_COUNT];
} options;

/* Fills defaults, applies the ini files (each the first found in -inipath,
   default the current folder; none with -noreadconfig) in MAME's order:
   mame.ini, cabinet.ini, then for a system vertical.ini or horizont.ini,
   raster.ini, source/<driver source>.ini, its parents' <name>.ini from the
   oldest, <system>.ini; lines "name value" (or "name = value"). Then parses
   argv, which overrides them. Every option MAME 0.251 has is accepted. Returns
   0, or an exit code after printing one line that names the bad option or
   value. A command takes every non-option argument, before or after it
   (`cabinet pacman -listroms`); without one, the first is the system. */
int options_parse(options *o, int argc, char **argv, FILE *errout);
/* Whether the command got a number of arguments it takes. When not, prints
   MAME's complaint and usage line (to `out`; -validate's to `errout`), after
   which the program ends with EXIT_OK, as MAME's does. */
/* -showconfig: every option with its value, MAME's layout and sections,
   then Cabinet's own options. */
void options_show_config(const options *o, FILE *out);
/* -createconfig (cabinet.ini) and -writeconfig (<system>.ini at exit): the
   same text written atomically as DIR/<file_name>, DIR the first -inipath
   folder. Returns an exit code. */
int options_write_ini(const options *o, const char *file_name, FILE *out, FILE *errout);
/* With -verbose: one line per MAME option given that Cabinet does not use. */
void options_note_unused(const options *o, FILE *errout);
bool options_args_ok(const options *o, FILE *out, FILE *errout);
void options_print_usage(FILE *out);

#endif
