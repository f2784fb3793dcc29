#include "frontend/statefile.h"

#include <stdio.h>
#include <stdlib.h>

#include <zlib.h>

#include "util/fileio.h"

static u32 le32(const u8 *p)
{
    return (u32)p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
}

size_t state_image_length(const u8 *buf, size_t len)
{
    const size_t header = 8 + 4 + 1; /* magic, version, name length */
    if (len < header + 4)
        return 0;
    if ((u32)crc32(0L, buf, (uInt)(len - 4)) == le32(buf + len - 4))
        return len;
    uLong crc = crc32(0L, buf, (uInt)header);
    for (size_t end = header + 4; end <= len; end++) {
        if ((u32)crc == le32(buf + end - 4))
            return end;
        crc = crc32(crc, buf + end - 4, 1);
    }
    return 0;
}

int state_file_load(machine_t *m, const char *path, char *err, size_t errlen)
{
    u8 *buf;
    size_t len;
    if (file_read_all(path, &buf, &len, STATE_MAX_FILE_SIZE, err, errlen))
        return -1;
    char why[256];
    size_t image = state_image_length(buf, len);
    int rc = machine_load_state(m, buf, image ? image : len, why, sizeof(why));
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
