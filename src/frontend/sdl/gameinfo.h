/* The start-up information (MAME's system information and warnings) and
   the text pages of the menu (Machine Information, Bookkeeping): a box of
   wrapped text, centred on the UI canvas. */
#ifndef CABINET_SDL_GAMEINFO_H
#define CABINET_SDL_GAMEINFO_H

#include <stddef.h>

#include "emu/machine.h"
#include "frontend/options.h"

#define TEXTBOX_RGB 0xff102040        /* information */
#define TEXTBOX_WARN_RGB 0xff504000   /* known problems, wrong checksums */
#define TEXTBOX_BAD_RGB 0xff600000    /* the machine does not work */

/* The launch audit's warnings kept by gameinfo_set_audit (launcher.h). */
const char *gameinfo_audit(void);
/* Shown at start unless -skip_gameinfo, -playback (the recording drives
   the run) or, as in MAME, a -seconds_to_run under five minutes. */
bool gameinfo_wanted(const options *o);
/* MAME's wording: name, year and maker, source, CPUs, sound chips, screen;
   with warnings, the imperfect-emulation lines and the audit's report. */
void gameinfo_text(const machine_t *m, bool warnings, char *out, size_t n);
/* The box colour for the start-up screen of this machine. */
u32 gameinfo_box_rgb(const machine_t *m);
/* Draws text (paragraphs split at '\n', wrapped) in a centred box of
   colour box_rgb; the footer line below in another colour. */
void textbox_draw(const char *text, const char *footer, u32 box_rgb, u32 *canvas, int cw, int ch);

#endif
