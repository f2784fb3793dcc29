/* Save-state files for the runners: -state FILE at start, -savestate FILE
   (Cabinet extension) to write one. */
#ifndef CABINET_STATEFILE_H
#define CABINET_STATEFILE_H

#include "emu/machine.h"

#define STATE_MAX_FILE_SIZE (64u << 20)

/* Loads path into m; 0 ok, -1 with "path: reason" in err (m unchanged). */
int state_file_load(machine_t *m, const char *path, char *err, size_t errlen);
/* Writes m's state to path atomically; 0 ok, -1 with err. */
int state_file_save(machine_t *m, const char *path, char *err, size_t errlen);

#endif
