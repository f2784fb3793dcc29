#include "frontend/statefile.h"

#include <stdio.h>
#include <stdlib.h>

#include "util/fileio.h"

int state_file_load(machine_t *m, const char *path, char *err, size_t errlen)
{
    u8 *buf;
    size_t len;
    if (file_read_all(path, &buf, &len, STATE_MAX_FILE_SIZE, err, errlen))
        return -1;
    char why[256];
    int rc = machine_load_state(m, buf, len, why, sizeof(why));
    if (rc)
        snprintf(err, errlen, "%s: %s", path, why);
    free(buf);
    return rc;
}

int state_file_save(machine_t *m, const char *path, char *err, size_t errlen)
{
    u8 *buf;
    size_t len;
    if (machine_save_state(m, &buf, &len)) {
        snprintf(err, errlen, "%s: cannot serialise the machine", path);
        return -1;
    }
    int rc = file_write_atomic(path, buf, len, err, errlen);
    free(buf);
    return rc;
}
