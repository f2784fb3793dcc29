/* The ROM audit commands of the command line, in MAME 0.251's words. Each
   writes its text to `out` and returns the process exit code (MAME's:
   0 ok, 2 missing/bad files, 3 fatal error, 5 no such system,
   7/8/9 romident: not roms / some unidentified / none identified). */
#ifndef CABINET_AUDIT_H
#define CABINET_AUDIT_H

#include <stdio.h>

#include "emu/hashdb.h"
#include "emu/region.h"

enum {
    AUDIT_EXIT_OK = 0,
    AUDIT_EXIT_MISSING_FILES = 2,
    AUDIT_EXIT_FATAL = 3,
    AUDIT_EXIT_NO_SUCH_SYSTEM = 5,
    AUDIT_EXIT_IDENT_NONROMS = 7,
    AUDIT_EXIT_IDENT_PARTIAL = 8,
    AUDIT_EXIT_IDENT_NONE = 9
};

/* The system-name patterns a command was given; none (n == 0) stands for
   every system. A system is included when any pattern matches it; a
   pattern that matches no system is reported after the listing, to `err`,
   and the command ends with 5. */
typedef struct name_patterns {
    const char *const *v;
    int n;
} name_patterns;

bool audit_match_any(name_patterns p, const char *name);

/* -listroms [pattern...] */
int audit_listroms(FILE *out, FILE *err, const hashdb_t *db, name_patterns p);
/* -listcrc [pattern...]: "crc name<TAB>set<TAB>description" per ROM file. */
int audit_listcrc(FILE *out, FILE *err, const hashdb_t *db, name_patterns p);
/* -verifyroms [pattern...]: the summary goes to `out` when every set found
   is usable, else to `err`, as do "romset ... not found!" and friends. */
int audit_verifyroms(FILE *out, FILE *err, const hashdb_t *db, name_patterns p, const char *rompath);
/* -romident <file|zip|folder>: matches on `out`; errors and the closing summary
   on `err`; a folder's files in directory order (all as MAME) */
int audit_romident(FILE *out, FILE *err, const hashdb_t *db, const char *path);
/* Start-up: loads set `name` into regions and prints MAME's launch report
   when anything is wrong. Returns 0 (may run), 2, 3 or 5. */
int audit_launch(FILE *out, const hashdb_t *db, const char *name, const char *rompath, region_list *regions);

/* MAME-style wildcard match ('*' and '?', ignoring case). */
bool audit_wildmatch(const char *pattern, const char *name);

#endif
