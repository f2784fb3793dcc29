/* MAME .lay artwork, the subset that covers bezel packs and the classic
   colour-overlay games (USERS-AND-CONVENTIONS.md section 4).

   Parsed: <mamelayout version="2">; <element name> with <rect> and
   <image file> components (each with <bounds>, <color>; a component with a
   state other than the element's defstate is not drawn); <view name> with
   <bounds>, <screen index|tag>, the legacy layers <backdrop|overlay|bezel|
   cpanel|marquee element=...>, <element ref blend=...>, and the items of a
   <collection>. Skipped with a warning, never failing: group, repeat,
   param, script, LED and text components, interactivity. A syntax error,
   an undefined element, bad bounds or a bad colour drops the whole file
   with "file:line: reason".

   Compositing (integer arithmetic, back to front, as MAME's legacy
   layers): screens and element refs in document order (screens add,
   elements alpha by default), then overlays (multiply), backdrops (add),
   bezels, cpanels, marquees (alpha). MAME's special case: with more than
   one backdrop and no overlay, backdrops come first (alpha), then the
   screens (add), then bezels, cpanels, marquees.

   The window frontend can load once (artwork_find_for_driver), pick a
   view, ask artwork_view_size for the buffer size at its scale, and call
   artwork_compose each frame (element pictures are cached per view and
   output size). */
#ifndef CABINET_ARTWORK_H
#define CABINET_ARTWORK_H

#include <stdio.h>

#include "emu/machine.h"

#define ART_MAX_LAY_BYTES (4u << 20)
#define ART_MAX_IMAGE_PIXELS ((size_t)4096 * 4096)

enum { ART_BLEND_NONE, ART_BLEND_ALPHA, ART_BLEND_MULTIPLY, ART_BLEND_ADD };

typedef struct artwork artwork;

/* Parses a .lay held in memory. `name` is used in messages; images are read
   from folder `dir` or from zip `zip_path` (both NULL: images are missing,
   drawn transparent with a warning). Warnings go to `warn` (may be NULL).
   NULL with err ("name:line: reason") when the file is dropped. */
artwork *artwork_parse(const char *text, size_t len, const char *name, const char *dir, const char *zip_path,
                       FILE *warn, char *err, size_t errlen);
/* A .lay on disk; its images are relative to its folder. */
artwork *artwork_load_file(const char *path, FILE *warn, char *err, size_t errlen);
/* MAME's lookup: for each set in order (the system, then its parents),
   for each folder of `artpath` (';'-separated), <dir>/<set>/ then
   <dir>/<set>.zip, using <set>.lay, else default.lay. A dropped file is
   reported on `warn` and the search goes on. NULL when nothing usable. */
artwork *artwork_find(const char *artpath, const char *const *sets, int nsets, FILE *warn);
/* The same for a driver: its name, then its parent chain. */
artwork *artwork_find_for_driver(const char *artpath, const game_driver *drv, FILE *warn);
void artwork_free(artwork *a);

/* Where the file came from ("artwork/invaders/default.lay"). */
const char *artwork_source(const artwork *a);
int artwork_view_count(const artwork *a);
const char *artwork_view_name(const artwork *a, int view);
/* A view by name (case-insensitive); NULL: the first view that shows
   screen 0. -1 when none. */
int artwork_find_view(const artwork *a, const char *name);
/* Output size at which screen 0 keeps its own pixel size (sw x sh, the
   oriented frame). 0 ok; -1 when the view has no screen. */
int artwork_view_size(const artwork *a, int view, int sw, int sh, int *w, int *h);
/* The view's shape in layout units (width / height): how MAME shows it. */
double artwork_view_aspect(const artwork *a, int view);
/* Renders the view (its bounds stretched to ow x oh) with `screen` (sw x
   sh, 0x00RRGGBB, oriented) into out (ow x oh, 0x00RRGGBB). 0 ok, -1 on a
   bad view or out of memory. */
int artwork_compose(artwork *a, int view, const u32 *screen, int sw, int sh, u32 *out, int ow, int oh);

/* -snapview artwork: writes the frame (w x h, oriented) composed into the
   system's first view with screen 0 as a PNG. 1 when the system has no
   usable artwork (the caller writes the plain screen), 0 ok, -1 with err. */
int artwork_snapshot(const game_driver *drv, const char *artpath, const u32 *frame, int w, int h, const char *path,
                     char *err, size_t errlen);

#endif
