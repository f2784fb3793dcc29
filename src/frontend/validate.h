#ifndef CABINET_VALIDATE_H
#define CABINET_VALIDATE_H

#include <stdio.h>

#include "emu/hashdb.h"

/* Returns 0, 1 (problems found, each printed) or 5 (pattern matched nothing,
   said on `err`). */
int validate_drivers(FILE *out, FILE *err, const hashdb_t *db, const char *pattern);

#endif
