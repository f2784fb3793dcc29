/* -listdevices and -listslots, in MAME 0.251's layout. */
#ifndef CABINET_LISTDEVICES_H
#define CABINET_LISTDEVICES_H

#include <stdio.h>

#include "frontend/audit.h"

/* Each device of the systems matching `pattern` (NULL: all): tag,
   description and clock, sorted by tag. Returns the exit code. */
int list_devices(FILE *out, FILE *err, const char *pattern);
/* Slots of the systems matching `pattern`: "(none)" for every Cabinet system. */
int list_slots(FILE *out, FILE *err, const char *pattern);

#endif
