/* Finds a ROM set in the -rompath folders, checks every file against the hash
   database and fills the machine's regions, leaving a per-file report.

   Search: -rompath is a ';'-separated list of folders (a leading $HOME or ~
   is expanded). For the set, then each romof parent up the chain, and each
   folder in turn, the places tried are <dir>/<set>/ and <dir>/<set>.zip.
   In each place a file is matched by name, else by CRC (and size); the first
   place holding it wins. Reads never keep more than the expected size. */
#ifndef CABINET_ROMLOAD_H
#define CABINET_ROMLOAD_H

#include <stdio.h>

#include "emu/hashdb.h"
#include "emu/region.h"

enum {
    ROMLOAD_OK = 0,         /* can run (possibly after warnings) */
    ROMLOAD_MISSING = 2,    /* a required file is missing (MAME's exit code 2) */
    ROMLOAD_FATAL = 3       /* bad hash data for this set, or out of memory */
};

typedef enum rom_status {
    ROM_STATUS_GOOD,
    ROM_STATUS_NOT_FOUND,
    ROM_STATUS_NOT_FOUND_NODUMP,
    ROM_STATUS_NOT_FOUND_OPTIONAL,
    ROM_STATUS_WRONG_LENGTH,
    ROM_STATUS_BAD_CHECKSUM,
    ROM_STATUS_FOUND_NODUMP,
    ROM_STATUS_NEEDS_REDUMP
} rom_status;

typedef struct rom_file_report {
    const rom_entry_t *rom;
    rom_status status;
    char *found_at;             /* "dir/set.zip:name" or "dir/set/name" */
    const char *found_set;      /* set whose place held it */
    u64 found_size;
    bool has_found_crc, has_found_sha1;
    u32 found_crc;
    u8 found_sha1[20];
    const char *shared_with;    /* topmost ancestor holding the same file, or NULL */
} rom_file_report;

typedef struct rom_report_t {
    const rom_set_t *set;
    rom_file_report *files;     /* one per file rom, in hash-file order */
    size_t count;
    char **messages;            /* archive warnings, read errors, fatal reasons */
    size_t nmessages;
    char *tried;                /* "cabtestc cabtest": the sets searched */
    int missing;                /* required files not found */
    int warnings;               /* wrong lengths and checksums */
    int knownbad;               /* nodump, baddump, optional missing */
    bool fatal;
    bool set_found;             /* MAME's rule: something of this set was found */
} rom_report_t;

/* Audits the set and, when out is not NULL, creates its regions there and
   loads the files into them. Returns ROMLOAD_OK, _MISSING or _FATAL; rep
   is always filled and must be freed. */
int romload_set(const hashdb_t *db, const rom_set_t *set, const char *rompath, region_list *out,
                rom_report_t *rep);
void rom_report_free(rom_report_t *rep);

/* MAME's start-up messages ("x NOT FOUND (tried in a b)", "WRONG CHECKSUMS",
   ...), ending with the fatal line when the machine cannot run. */
void rom_report_print_launch(FILE *f, const rom_report_t *rep);

/* "CRC(xxxxxxxx) SHA1(...)" as MAME prints hashes; empty when none. */
void rom_format_hashes(char *buf, size_t n, bool has_crc, u32 crc, bool has_sha1, const u8 *sha1);
/* The expected hashes of a rom, with MAME's BAD_DUMP / NO_DUMP flags. */
void rom_format_expected(char *buf, size_t n, const rom_entry_t *rom);
void rom_format_found(char *buf, size_t n, const rom_file_report *f);

/* Expands one -rompath style list into folders; caller frees each and the array. */
char **romload_split_path(const char *rompath, size_t *count);

#endif
