/* ROM set loading from the archives libarchive reads: the input is fz.7z
   when it starts with 7z's signature, else fz.zip (zips whose entries use
   zstd, lzma or bzip2 go to libarchive after libzip's directory scan);
   checked and loaded against the same small hash database as zipset. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emu/romload.h"
#include "fuzz.h"

static const char fz_xml[] =
    "<mame>"
    "<machine name=\"fzp\"><region name=\"maincpu\" size=\"0x100\"/>"
    "<rom name=\"p.bin\" size=\"32\" crc=\"91267e8a\" region=\"maincpu\" offset=\"0\"/></machine>"
    "<machine name=\"fz\" romof=\"fzp\" cloneof=\"fzp\"><region name=\"maincpu\" size=\"0x100\"/>"
    "<region name=\"gfx\" size=\"0x80\" erase=\"0xff\"/>"
    "<rom name=\"a.bin\" size=\"16\" crc=\"68c4f033\" region=\"maincpu\" offset=\"20\"/>"
    "<rom name=\"b.bin\" size=\"64\" crc=\"eaf9c28d\" region=\"gfx\" offset=\"0\"/>"
    "<rom name=\"p.bin\" merge=\"p.bin\" size=\"32\" crc=\"91267e8a\" region=\"maincpu\" offset=\"0\"/>"
    "</machine></mame>";

FUZZ_ENTRY(archive)
{
    static hashdb_t *db;
    char err[512], other[4200];
    if (!db && !(db = hashdb_parse(fz_xml, sizeof(fz_xml) - 1, "fz.xml", NULL, err, sizeof(err)))) {
        fprintf(stderr, "%s\n", err);
        abort();
    }
    bool seven = size >= 6 && !memcmp(data, "7z\xbc\xaf\x27\x1c", 6);
    snprintf(other, sizeof(other), "%s/%s", fuzz_tmpdir(), seven ? "fz.zip" : "fz.7z");
    unlink(other);
    if (!fuzz_write_tmp(seven ? "fz.7z" : "fz.zip", data, size))
        return 0;
    region_list regions = { 0 };
    rom_report_t rep;
    romload_set(db, hashdb_find(db, "fz"), fuzz_tmpdir(), &regions, &rep);
    rom_report_free(&rep);
    region_list_free(&regions);
    return 0;
}
