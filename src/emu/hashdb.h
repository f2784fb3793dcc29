/* The ROM facts database: every <machine> of the hash/ XML files (MAME -listxml names,
   plus the <region> extension), in file order. Built-in copies of those files
   are embedded at build time; -hashpath loads a folder instead.
   Numbers: size=, erase=, value= are decimal or 0x hex; offset= is hex with
   or without 0x, as MAME's -listxml writes it (offset="20" is 0x20). */
#ifndef CABINET_HASHDB_H
#define CABINET_HASHDB_H

#include "util/types.h"

#define HASHDB_MAX_ROM_SIZE   (256u << 20)
#define HASHDB_MAX_REGION_SIZE (256u << 20)

typedef enum rom_dump {
    ROM_DUMP_GOOD,
    ROM_DUMP_BAD,       /* status="baddump": loads, "NEEDS REDUMP" */
    ROM_DUMP_NONE       /* status="nodump": no hashes known */
} rom_dump;

typedef enum rom_load_mode {
    ROM_LOAD_NORMAL,    /* bytes at offset, offset+1, ... */
    ROM_LOAD_EVEN,      /* bytes at offset, offset+2, ... (offset even) */
    ROM_LOAD_ODD,       /* same stride, offset odd (MAME's ROM_LOAD16_BYTE) */
    ROM_LOAD_FILL,      /* no file: size bytes of value at offset */
    ROM_LOAD_UNSUPPORTED
} rom_load_mode;

typedef struct rom_region_t {
    char *name;
    u32 size;
    u8 erase;           /* fill value, erase= (default 0) */
} rom_region_t;

typedef struct rom_entry_t {
    char *name;         /* NULL only for load="fill" */
    char *merge;        /* name of the same file in the parent, or NULL */
    char *region;
    char *load_text;    /* the load= text as written, or NULL */
    u32 size, offset;
    u32 crc;
    u8 sha1[20];
    bool has_crc, has_sha1, optional;
    rom_dump status;
    rom_load_mode load;
    u8 value;           /* fill value for load="fill" */
    int line;
} rom_entry_t;

typedef struct rom_set_t {
    char *name, *cloneof, *romof, *sourcefile;
    char *description, *year, *manufacturer;
    char *file;         /* hash file it came from, for messages */
    int line;
    rom_region_t *regions;
    size_t region_count;
    rom_entry_t *roms;
    size_t rom_count;
} rom_set_t;

typedef struct hashdb_t hashdb_t;

hashdb_t *hashdb_new(void);
/* Parses one XML document into `into` (a new database when NULL). Returns
   the database, or NULL with "file:line: reason" in err (a database passed
   in is left with the sets parsed before the error, and is not freed). */
hashdb_t *hashdb_parse(const char *xml, size_t len, const char *filename, hashdb_t *into,
                       char *err, size_t n);
hashdb_t *hashdb_load_builtin(char *err, size_t n);
/* Every *.xml in dir, in name order. */
hashdb_t *hashdb_load_dir(const char *dir, char *err, size_t n);
void hashdb_free(hashdb_t *db);

size_t hashdb_count(const hashdb_t *db);
const rom_set_t *hashdb_set_at(const hashdb_t *db, size_t i);   /* file order */
const rom_set_t *hashdb_find(const hashdb_t *db, const char *name);
/* The romof parent (romof, else cloneof), or NULL. */
const rom_set_t *hashdb_parent(const hashdb_t *db, const rom_set_t *set);
/* The regions that apply to a set: its own, else the nearest ancestor's. */
const rom_set_t *hashdb_region_owner(const hashdb_t *db, const rom_set_t *set);
const rom_region_t *hashdb_find_region(const rom_set_t *owner, const char *name);
/* Bytes from the rom's offset to one past the last byte it writes. */
u64 hashdb_rom_span(const rom_entry_t *rom);

/* Consistency of one set: parents exist without cycles, every rom's region
   is declared and holds the rom. Returns the problem count; the first one
   goes to err as "file:line: reason". */
int hashdb_check_set(const hashdb_t *db, const rom_set_t *set, char *err, size_t n);

/* The embedded copies of the hash/ XML files (cmake/hashdb.cmake). */
typedef struct hashdb_builtin_file {
    const char *name;
    const unsigned char *data;
    size_t size;
} hashdb_builtin_file;
extern const hashdb_builtin_file hashdb_builtin_files[];
extern const size_t hashdb_builtin_count;

#endif
