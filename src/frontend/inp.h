/* Input recordings (-record / -playback): the changes of every input field,
   frame by frame, tied to one driver and its ROM contents. Format in
   docs/reliability.md. Both runners use the same calls around each frame:

       inp_playback_frame(f, m)   before the frame: applies recorded changes
       inp_record_frame(f, m)     before the frame, after the host's inputs
                                  were applied: stores the fields that changed
       machine_run_frame(m)

   A recording goes through the output layer (util/fileio.h) and is renamed
   into place on inp_close, so an interrupted run never leaves a
   half-written file. */
#ifndef CABINET_INP_H
#define CABINET_INP_H

#include "emu/machine.h"

#define INP_FORMAT_VERSION 2
#define INP_MAX_FILE_SIZE (64u << 20)

typedef struct inp_file inp_file;

/* Keeps a copy of the machine's NVRAM as it is now. NULL with err on failure. */
inp_file *inp_open_record(const char *path, const machine_t *m, char *err, size_t errlen);
/* Reads and checks the whole file: magic, version, driver, ROM checksums,
   NVRAM size, start frame, every record, trailer checksum; then puts the
   recorded NVRAM into the machine, so playback starts where the recording
   did whatever the NVRAM folder holds. NULL with err on failure. */
inp_file *inp_open_playback(const char *path, machine_t *m, char *err, size_t errlen);
/* The same checks on a buffer (used by the file reader and the fuzzer). */
inp_file *inp_parse(const u8 *buf, size_t len, const char *name, const machine_t *m, char *err, size_t errlen);

/* Applies the changes due before the next frame (frame m->frame_number + 1). */
void inp_playback_frame(inp_file *f, machine_t *m);
/* True once every recorded frame has been played. */
bool inp_playback_done(const inp_file *f, const machine_t *m);
/* Appends the fields that changed since the last call; -1 when out of memory. */
int inp_record_frame(inp_file *f, const machine_t *m);
/* After a rewind to `completed` frames (-rewind): a recording forgets what
   it stored from that frame on (so it holds the inputs of the run as it
   finally went); a playback applies its records from that frame on again. */
void inp_rewind(inp_file *f, u64 completed);
/* Recording: keep writes the file atomically (0 ok, -1 with err); !keep
   (a failed run) drops it, an existing file stays. Always frees f. */
int inp_close(inp_file *f, bool keep, char *err, size_t errlen);

#endif
