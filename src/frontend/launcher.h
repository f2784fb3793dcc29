/* Choosing a system in the window (frontend/sdl/select.c; builds without
   SDL2 have stubs that answer "no display"). */
#ifndef CABINET_LAUNCHER_H
#define CABINET_LAUNCHER_H

#include <stddef.h>

#include "emu/hashdb.h"
#include "frontend/options.h"

/* run_window's answer when the player chose "Select New System". */
#define RUN_SELECT_NEW 1000

/* The system list: 0 with the chosen system's name in name, 1 when the
   player left (Esc, window closed), -1 when no window can open. Choosing a
   set with missing or bad files shows MAME's report first. */
int select_system_window(const options *o, const hashdb_t *db, const char *bundled, char *name, size_t len);
/* MAME's launch report (what audit_launch printed) in a window, red when
   the set cannot run, until a key. 0 after a key, -1 when no window opens. */
int launch_report_window(const options *o, const char *system, const char *report);
/* The launch report's warnings (bad checksums) for the next window run's
   start-up information; NULL for none. The text is copied. */
void gameinfo_set_audit(const char *report);

#endif
