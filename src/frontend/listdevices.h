/* -listdevices, -listslots, -listmedia and the software-list verbs, in MAME
   0.251's layout and exit codes. */
#ifndef CABINET_LISTDEVICES_H
#define CABINET_LISTDEVICES_H

#include <stdio.h>

#include "frontend/audit.h"
#include "frontend/options.h"

/* Each device of the systems matching `pattern` (NULL: all): tag,
   description and clock, sorted by tag. Returns the exit code. */
int list_devices(FILE *out, FILE *err, const char *pattern);
/* Slots of the systems matching `pattern`: "(none)" for every Cabinet system. */
int list_slots(FILE *out, FILE *err, const char *pattern);

/* Media of the systems matching `pattern`: "(none)" for every Cabinet system. */
int list_media(FILE *out, FILE *err, const char *pattern);
/* -listsoftware, -verifysoftware, -getsoftlist, -verifysoftlist: Cabinet has
   no software lists; each answers as MAME does when there are none. */
int list_software(FILE *out, FILE *err, command cmd, const char *pattern);

#endif
