/* -listxml over a hostile hash file: every driver's entry written (to
   /dev/null) from whatever sets, clone chains (loops too) and ROMs the
   file holds. */
#include <stdio.h>

#include "emu/hashdb.h"
#include "frontend/listinfo.h"
#include "fuzz.h"

FUZZ_ENTRY(listxml)
{
    char err[512];
    hashdb_t *db = hashdb_parse((const char *)data, size, "fuzz.xml", NULL, err, sizeof(err));
    if (!db)
        return 0;
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        name_patterns all = { NULL, 0 };
        list_xml(null, null, db, all, true);
        fclose(null);
    }
    hashdb_free(db);
    return 0;
}
