/* Save-state files for the runners: -state FILE at start, -savestate FILE
   (Cabinet extension) to write one. */
#ifndef CABINET_STATEFILE_H
#define CABINET_STATEFILE_H

#include "emu/machine.h"

#define STATE_MAX_FILE_SIZE (64u << 20)

/* The length of the Cabinet state image at the start of buf, which may be
   followed by padding (the libretro core's fixed-size states): the first
   length whose last 4 bytes are the CRC-32 of what precedes them. 0: none. */
size_t state_image_length(const u8 *buf, size_t len);
/* Loads path into m (a padded state too); 0 ok, -1 with "path: reason" in err (m unchanged). */
int state_file_load(machine_t *m, const char *path, char *err, size_t errlen);
/* Writes m's state to path atomically; 0 ok, -1 with err. */
int state_file_save(machine_t *m, const char *path, char *err, size_t errlen);

#endif
