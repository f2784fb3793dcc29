/* WAV parsing. */
#include "fuzz.h"
#include "util/wav.h"

FUZZ_ENTRY(wav)
{
    wav_data d;
    char err[512];
    if (wav_parse(data, size, &d, err, sizeof(err)) == 0)
        wav_data_free(&d);
    return 0;
}
