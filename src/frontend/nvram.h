/* Battery-backed memory of a machine (machine_config.nvram), kept in
   <nvram_directory>/<system>/<nvram_name>. Both runners load it after
   start, before the first frame, and save it on exit (-nvram_save, the
   default). A file that exists but cannot be read, or has the wrong size,
   is reported, not loaded (the chip keeps its power-on contents) and never
   saved over: the run's exit code says NVRAM was not saved. */
#ifndef CABINET_FRONTEND_NVRAM_H
#define CABINET_FRONTEND_NVRAM_H

#include "emu/machine.h"
#include "frontend/options.h"

/* 1 loaded, 0 nothing to load (no NVRAM, no file), -1 bad file (reported). */
int nvram_load(machine_t *m, const options *o);
/* loaded: what nvram_load returned (-1: the file is kept, nothing saved).
   Writes atomically; 1 saved, 0 nothing to save, -1 not saved (reported). */
int nvram_save(machine_t *m, const options *o, int loaded);

#endif
