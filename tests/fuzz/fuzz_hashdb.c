/* Hash XML: parsing and the per-set consistency checks. */
#include "emu/hashdb.h"
#include "fuzz.h"

FUZZ_ENTRY(hashdb)
{
    char err[512];
    hashdb_t *db = hashdb_parse((const char *)data, size, "fuzz.xml", NULL, err, sizeof(err));
    if (!db)
        return 0;
    for (size_t i = 0; i < hashdb_count(db); i++) {
        const rom_set_t *set = hashdb_set_at(db, i);
        hashdb_check_set(db, set, err, sizeof(err));
        hashdb_region_owner(db, set);
        for (size_t r = 0; r < set->rom_count; r++)
            hashdb_rom_span(&set->roms[r]);
    }
    hashdb_free(db);
    return 0;
}
