/* Catalogue commands: -listxml, -listfull, -listclones, -listsource. */
#ifndef CABINET_LISTINFO_H
#define CABINET_LISTINFO_H

#include <stdio.h>

#include "emu/hashdb.h"

/* Each returns the exit code (5 when a pattern matches no system). */
int list_xml(FILE *out, const hashdb_t *db, const char *pattern);
int list_full(FILE *out, const char *pattern);
int list_clones(FILE *out, const char *pattern);
int list_source(FILE *out, const char *pattern);

#endif
