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

/* -listroms [pattern]: pattern NULL lists every set. */
int audit_listroms(FILE *out, const hashdb_t *db, const char *pattern);
/* -verifyroms [pattern]: pattern NULL checks every set. */
int audit_verifyroms(FILE *out, const hashdb_t *db, const char *pattern, const char *rompath);
/* -romident <file|zip|folder> */
int audit_romident(FILE *out, const hashdb_t *db, const char *path);
/* Start-up: loads set `name` into regions and prints MAME's launch report
   when anything is wrong. Returns 0 (may run), 2, 3 or 5. */
int audit_launch(FILE *out, const hashdb_t *db, const char *name, const char *rompath, region_list *regions);

/* MAME-style wildcard match ('*' and '?', ignoring case). */
bool audit_wildmatch(const char *pattern, const char *name);

#endif
