/* Files the player makes while playing: save states in
   <state_directory>/<driver>/<key>.sta and numbered PNG snapshots in
   <snapshot_directory>/<driver>/NNNN.png. */
#ifndef CABINET_SDL_SLOTS_H
#define CABINET_SDL_SLOTS_H

#include "emu/machine.h"
#include "frontend/options.h"

/* Each returns 0, or -1 with a one-line message in msg; on success msg
   says what was done. */
int slot_save(machine_t *m, const options *o, char key, char *msg, size_t len);
int slot_load(machine_t *m, const options *o, char key, char *msg, size_t len);
/* pic (w x h) is the picture as shown (artwork view); NULL: the game
   picture, oriented (also with -snapview native). */
int snapshot_save(machine_t *m, const options *o, const u32 *pic, int w, int h, char *msg, size_t len);

#endif
