/* Save-state loading into a cabz80 machine; a state that loads is run for
   a frame, then the machine goes back to its first state. */
#include <stdlib.h>

#include "fuzz.h"

FUZZ_ENTRY(savestate)
{
    static u8 *pristine;
    static size_t pristine_len;
    machine_t *m = fuzz_machine();
    char err[256];
    if (!pristine && machine_save_state(m, &pristine, &pristine_len))
        abort();
    size_t len;
    u8 *buf = fuzz_fixup_crc(data, size, &len);
    if (machine_load_state(m, buf, len, err, sizeof(err)) == 0) {
        machine_run_frame(m);
        if (machine_load_state(m, pristine, pristine_len, err, sizeof(err)))
            abort();
    }
    free(buf);
    return 0;
}
