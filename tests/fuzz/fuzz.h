/* Fuzz entry points. Each target file defines one FUZZ_ENTRY(name); with
   CABINET_LIBFUZZER it is also libFuzzer's LLVMFuzzerTestOneInput, without
   it fuzz_replay.c calls it for every file of a corpus. */
#ifndef CABINET_FUZZ_H
#define CABINET_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "emu/machine.h"

#ifdef CABINET_LIBFUZZER
#define FUZZ_ENTRY(name)                                                      \
    int fuzz_##name(const uint8_t *data, size_t size);                       \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);            \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)             \
    {                                                                         \
        return fuzz_##name(data, size);                                      \
    }                                                                         \
    int fuzz_##name(const uint8_t *data, size_t size)
#else
#define FUZZ_ENTRY(name) int fuzz_##name(const uint8_t *data, size_t size)
#endif

/* A private folder for files the parsers must read from disk. */
const char *fuzz_tmpdir(void);
/* Writes data to tmpdir/name; returns the path (static buffer) or NULL. */
const char *fuzz_write_tmp(const char *name, const uint8_t *data, size_t size);
/* One cabz80 machine per process, on a fixed ROM (all NOPs). */
machine_t *fuzz_machine(void);
/* A machine of the named driver on blank ROMs (cabz80: fuzz_machine()),
   created once, with the state it had then; NULL for an unknown name. */
typedef struct fuzz_target_machine {
    machine_t *m;
    u8 *pristine;
    size_t pristine_len;
} fuzz_target_machine;
fuzz_target_machine *fuzz_machine_named(const char *name);
/* data[0] odd: the rest plus its CRC-32 (so the fuzzer gets past checksums);
   even: the rest as is. Caller frees. */
uint8_t *fuzz_fixup_crc(const uint8_t *data, size_t size, size_t *out_len);

#endif
