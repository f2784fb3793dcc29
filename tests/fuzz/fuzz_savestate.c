/* Save-state loading into a machine of the driver the state names (any
   registered driver, on blank ROMs; cabz80 when the header is unreadable or
   names none); a state that loads is run for a frame, then the machine goes
   back to its first state. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* The driver name in a state's header: magic (8), version (4), length, name. */
static const char *state_driver(const u8 *buf, size_t len, char *name, size_t cap)
{
    const size_t at = 13;
    if (len < at || buf[at - 1] >= cap || len - at < buf[at - 1])
        return "cabz80";
    memcpy(name, buf + at, buf[at - 1]);
    name[buf[at - 1]] = '\0';
    return name;
}

FUZZ_ENTRY(savestate)
{
    size_t len;
    u8 *buf = fuzz_fixup_crc(data, size, &len);
    char name[256], err[256];
    fuzz_target_machine *t = fuzz_machine_named(state_driver(buf, len, name, sizeof(name)));
    if (!t)
        t = fuzz_machine_named("cabz80");
    if (machine_load_state(t->m, buf, len, err, sizeof(err)) == 0) {
        machine_run_frame(t->m);
        if (machine_load_state(t->m, t->pristine, t->pristine_len, err, sizeof(err)))
            abort();
    }
    free(buf);
    return 0;
}
