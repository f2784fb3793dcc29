/* Input recordings: parsing against a cabz80 machine, then playing back
   every record. */
#include <stdlib.h>

#include "frontend/inp.h"
#include "fuzz.h"

FUZZ_ENTRY(inp)
{
    machine_t *m = fuzz_machine();
    size_t len;
    u8 *buf = fuzz_fixup_crc(data, size, &len);
    char err[512];
    inp_file *f = inp_parse(buf, len, "fuzz.inp", m, err, sizeof(err));
    if (f) {
        input_ports saved = m->inputs;
        u64 frame = m->frame_number;
        for (int i = 0; i < 64 && !inp_playback_done(f, m); i++, m->frame_number++)
            inp_playback_frame(f, m);
        m->frame_number = frame;
        m->inputs = saved;
        inp_close(f, true, err, sizeof(err));
    }
    free(buf);
    return 0;
}
