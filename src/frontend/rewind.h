/* Rewind (-rewind, -rewind_capacity MB as MAME's options): after every frame
   the machine's state and the inputs that frame ran with are kept in a ring,
   each older entry as the zlib-compressed XOR of itself and the next one
   (mostly zeros), the newest in full. Stepping back restores the state two
   frames back and runs the frame in between with its own inputs, so the
   machine holds that frame's picture too. When the ring would grow past the
   capacity the oldest entries are dropped. */
#ifndef CABINET_REWIND_H
#define CABINET_REWIND_H

#include "emu/machine.h"

typedef struct rewind_entry {
    u8 *delta;        /* compressed (this entry XOR the next newer one) */
    size_t zlen, len; /* compressed size; this entry's blob size */
} rewind_entry;

typedef struct rewind_buf {
    size_t capacity;  /* bytes for the ring, the newest entry included */
    size_t used;
    rewind_entry *ring;
    size_t ring_cap, head, count; /* head: index of the oldest */
    u8 *cur;          /* newest blob: state + input ports after/of its frame */
    size_t cur_len;
    bool have_cur;
    u64 pushed, stepped, dropped;
} rewind_buf;

/* capacity 0: off. -1 with err when out of memory. */
int rewind_init(rewind_buf *rw, size_t capacity, char *err, size_t errlen);
void rewind_free(rewind_buf *rw);
bool rewind_on(const rewind_buf *rw);
/* After each frame (the inputs it ran with still in place). -1 with err. */
int rewind_push(rewind_buf *rw, machine_t *m, char *err, size_t errlen);
/* Goes back one frame: the machine then holds the previous frame's state
   and picture; its input ports are those that frame ran with when
   restore_inputs, else they stay as they are. 1 done, 0 nothing left
   to rewind to, -1 with err. */
int rewind_step(rewind_buf *rw, machine_t *m, bool restore_inputs, char *err, size_t errlen);
/* Frames that can still be rewound. */
size_t rewind_depth(const rewind_buf *rw);

#endif
