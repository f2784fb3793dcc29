/* Catalogue commands: -listxml, -listfull, -listsource, -listclones,
   -listbrothers. */
#ifndef CABINET_LISTINFO_H
#define CABINET_LISTINFO_H

#include <stdio.h>

#include "emu/hashdb.h"
#include "frontend/audit.h"

/* Each returns the exit code: 5, after a line on `err`, when a pattern
   matches no system (the systems the others match are listed first). */
int list_xml(FILE *out, FILE *err, const hashdb_t *db, name_patterns p, bool dtd);
int list_full(FILE *out, FILE *err, name_patterns p);
int list_source(FILE *out, FILE *err, name_patterns p);
/* Clones named by the pattern or whose parent it names. */
int list_clones(FILE *out, FILE *err, const char *pattern);
/* Every system sharing a driver source file with one the pattern names. */
int list_brothers(FILE *out, FILE *err, const char *pattern);

#endif
