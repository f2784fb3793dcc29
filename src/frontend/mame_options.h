/* MAME 0.251's option set (every option its -showconfig lists), so that
   command lines and ini files written for MAME are accepted. Options Cabinet
   implements are in options.c's table; the others are kept as given, shown by
   -showconfig, and noted once with -verbose (mame_option_note). */
#ifndef CABINET_MAME_OPTIONS_H
#define CABINET_MAME_OPTIONS_H

#include <stddef.h>

typedef enum { MOPT_BOOL, MOPT_INT, MOPT_FLOAT, MOPT_STRING } mopt_type;

typedef struct mame_option {
    const char *section;   /* -showconfig's heading, e.g. "CORE SEARCH PATH OPTIONS" */
    const char *name;
    mopt_type type;
    const char *def;       /* MAME's default as -showconfig prints it */
} mame_option;

#define MAME_OPTION_COUNT 244
extern const mame_option mame_option_list[MAME_OPTION_COUNT];

/* Index into mame_option_list, or -1. */
int mame_option_find(const char *name);
/* Why an option Cabinet does not implement has no effect here (one line). */
const char *mame_option_note(const char *name);

#endif
