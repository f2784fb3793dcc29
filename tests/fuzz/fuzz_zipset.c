/* ROM set loading from a zip: the input is fz.zip, checked and loaded
   against a small fixed hash database. */
#include <stdio.h>
#include <stdlib.h>

#include "emu/romload.h"
#include "fuzz.h"

static const char fz_xml[] =
    "<mame>"
    "<machine name=\"fzp\"><region name=\"maincpu\" size=\"0x100\"/>"
    "<rom name=\"p.bin\" size=\"32\" crc=\"91267e8a\" region=\"maincpu\" offset=\"0\"/></machine>"
    "<machine name=\"fz\" romof=\"fzp\" cloneof=\"fzp\"><region name=\"maincpu\" size=\"0x100\"/>"
    "<region name=\"gfx\" size=\"0x80\" erase=\"0xff\"/>"
    "<rom name=\"a.bin\" size=\"16\" crc=\"68c4f033\" sha1=\"fe5567e8d769550852182cdf69d74bb16dff8e29\" "
    "region=\"maincpu\" offset=\"20\"/>"
    "<rom name=\"b.bin\" size=\"64\" crc=\"eaf9c28d\" region=\"gfx\" offset=\"0\"/>"
    "<rom name=\"p.bin\" merge=\"p.bin\" size=\"32\" crc=\"91267e8a\" region=\"maincpu\" offset=\"0\"/>"
    "<rom name=\"o.bin\" size=\"8\" crc=\"12345678\" region=\"gfx\" offset=\"70\" optional=\"yes\"/>"
    "</machine></mame>";

FUZZ_ENTRY(zipset)
{
    static hashdb_t *db;
    char err[512];
    if (!db && !(db = hashdb_parse(fz_xml, sizeof(fz_xml) - 1, "fz.xml", NULL, err, sizeof(err)))) {
        fprintf(stderr, "%s\n", err);
        abort();
    }
    if (!fuzz_write_tmp("fz.zip", data, size))
        return 0;
    region_list regions = { 0 };
    rom_report_t rep;
    romload_set(db, hashdb_find(db, "fz"), fuzz_tmpdir(), &regions, &rep);
    rom_report_free(&rep);
    region_list_free(&regions);
    return 0;
}
