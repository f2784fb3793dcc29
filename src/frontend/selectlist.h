/* The system list of the window's "Select New System" screen, without any
   SDL: every system Cabinet knows with its status on this machine (as
   -verifyroms decides), the bundled game first, then the favourites, then
   the rest by description; a search typed by the player; favourites kept
   in a file of short names, one a line, written through a temp file and
   rename. */
#ifndef CABINET_SELECTLIST_H
#define CABINET_SELECTLIST_H

#include <stddef.h>

#include "emu/hashdb.h"
#include "emu/machine.h"

/* -verifyroms's verdicts: "is good" / "is best available", "is bad",
   "not found". */
typedef enum { SEL_GOOD = 0, SEL_BAD, SEL_MISSING } sel_status;

#define SEL_SEARCH_MAX 31
#define SEL_FAVOURITES_MAX_BYTES (64u << 10)

typedef struct sel_entry {
    const game_driver *drv;
    sel_status status;
    bool favourite;
} sel_entry;

typedef struct sel_list {
    sel_entry *e;        /* every system, in display order */
    int count;
    int *shown;          /* indexes into e matching the search, in order */
    int nshown;
    char search[SEL_SEARCH_MAX + 1];
    const char *bundled; /* shown first whatever the order */
} sel_list;

/* Every driver of the NULL-terminated list, all SEL_GOOD until
   sel_audit; -1 when out of memory. */
int sel_build(sel_list *l, const game_driver *const *drivers, const char *bundled);
void sel_free(sel_list *l);
/* The status of one set as -verifyroms would report it. */
sel_status sel_audit_one(const hashdb_t *db, const char *name, const char *rompath);
void sel_audit(sel_list *l, const hashdb_t *db, const char *rompath);
/* True when some system other than the bundled one has files here. */
bool sel_any_found(const sel_list *l);
/* Re-sorts (bundled, favourites, the rest by description) and re-filters. */
void sel_refresh(sel_list *l);
/* The search: case-insensitive, matched in the short name, description
   and manufacturer. Typing appends, backspace removes. */
void sel_search_set(sel_list *l, const char *text);
void sel_search_type(sel_list *l, char c);
void sel_search_backspace(sel_list *l);
const sel_entry *sel_shown(const sel_list *l, int i);
/* Flips a system's favourite mark; -1 when the name is not in the list. */
int sel_toggle_favourite(sel_list *l, const char *name);
/* Marks the systems named in the file (a missing file is no favourites;
   unknown names and '#' lines are skipped). 0 ok; -1 with err naming the
   file and the problem. */
int sel_favourites_load(sel_list *l, const char *path, char *err, size_t errlen);
/* Writes the favourites' names (sorted) atomically; creates the folder. */
int sel_favourites_save(const sel_list *l, const char *path, char *err, size_t errlen);
const char *sel_status_name(sel_status s);

#endif
