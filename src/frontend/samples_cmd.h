/* -listsamples and -verifysamples, with MAME's wording and exit codes. A
   system's samples are the names its samples devices list (found by
   walking driver->config->devices). Output goes to `out`, as the other
   audit commands of this frontend do. */
#ifndef CABINET_SAMPLES_CMD_H
#define CABINET_SAMPLES_CMD_H

#include <stdio.h>

#include "emu/machine.h"

/* -listsamples [pattern]: `Samples required for driver "invaders".` then
   one name per line, a blank line between systems; systems without
   samples print nothing. 0, or 5 when the pattern matches no system
   (said on `err`). */
int samples_list(FILE *out, FILE *err, const game_driver *const *drivers, const char *pattern);

/* -verifysamples [pattern]: for each system with samples, the missing
   files (`invaders    : 3 - NOT FOUND`), then `sampleset invaders is good`
   or `... is bad`; a set with none of its files is only counted. Ends with
   `N samplesets found, M were OK.` (0; 2, on `err`, when some are bad), or
   on `err` `sampleset "X" not found!` / `sampleset "X" not required!` (2)
   or, when the pattern matches no system, MAME's line for that (5). */
int samples_verify(FILE *out, FILE *err, const game_driver *const *drivers, const char *pattern, const char *samplepath);

#endif
