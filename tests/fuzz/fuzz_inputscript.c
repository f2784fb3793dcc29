/* Input scripts: parsing, then applying every event to a cabz80 machine. */
#include "frontend/runner.h"
#include "fuzz.h"

FUZZ_ENTRY(inputscript)
{
    machine_t *m = fuzz_machine();
    input_script s;
    char err[512];
    if (input_script_parse(&s, (const char *)data, size, "fuzz.txt", err, sizeof(err)))
        return 0;
    input_ports saved = m->inputs;
    for (size_t i = 0; i < s.count; i++)
        if (input_script_apply(&s, m, s.events[i].frame, err, sizeof(err)))
            s.next++; /* skip the event naming an unknown port */
    m->inputs = saved;
    input_script_free(&s);
    return 0;
}
