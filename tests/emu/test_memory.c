/* Memory map tests: direct RAM/ROM pages, handlers with mirror bits removed,
   sub-page ranges, later entries overriding earlier ones, banks, unmapped
   reads, fixed-value and write-only ranges, mirrored I/O pages sharing one
   dispatch table, and map errors. */
#include <stdio.h>
#include <string.h>

#include "emu/memory.h"
#include "../check.h"

typedef struct drv_state {
    u8 ram[0x400];
    u8 small[0x10];
    offs_t last_read, last_write;
    u8 last_data;
    int reads;
} drv_state;

static u8 io_r(void *ctx, offs_t off)
{
    drv_state *s = ctx;
    s->last_read = off;
    s->reads++;
    return (u8)(0xa0 + off);
}

static void io_w(void *ctx, offs_t off, u8 d)
{
    drv_state *s = ctx;
    s->last_write = off;
    s->last_data = d;
}

static const mem_map_entry test_map[] = {
    MAP_ROM(0x0000, 0x0fff, 0x8000, "maincpu", 0),      /* ROM mirrored at 8000 */
    MAP_RAM(0x4000, 0x43ff, 0x2000, drv_state, ram),    /* RAM mirrored at 6000 */
    MAP_IO(0x5000, 0x503f, 0x0f00, io_r, io_w),         /* 64 bytes, mirrored across 5x00 */
    MAP_RAM(0x5040, 0x504f, 0, drv_state, small),       /* shares page 50xx with the handler */
    MAP_NOP(0x5080, 0x50ff, 0),
    MAP_BANK(0xa000, 0xa3ff, 0, 1),
    MAP_READ(0x4010, 0x4010, 0, io_r),                  /* overrides one RAM byte for reads */
    MAP_END,
};

int main(void)
{
    region_list regions = { 0 };
    mem_region *rom = region_add(&regions, "maincpu", 0x1000, 0);
    for (int i = 0; i < 0x1000; i++)
        rom->data[i] = (u8)(i ^ (i >> 8));
    drv_state s;
    memset(&s, 0, sizeof(s));
    mem_space ms;
    char err[256];
    int rc = mem_space_build(&ms, "program", 16, test_map, &s, sizeof(s), &regions, NULL, err, sizeof(err));
    CHECK(rc == 0, "build failed: %s", err);
    if (rc)
        return 1;
    address_space_t *as = &ms.as;

    CHECK(as_read8(as, 0x0123) == (0x23 ^ 0x01), "ROM read");
    CHECK(as_read8(as, 0x8123) == (0x23 ^ 0x01), "ROM mirror read");
    as_write8(as, 0x0123, 0x55);
    CHECK(rom->data[0x123] == (0x23 ^ 0x01), "ROM must not be writable");
    CHECK(as->pages[0x01].rbase != NULL, "ROM page is direct");

    as_write8(as, 0x6005, 0x77);
    CHECK(s.ram[5] == 0x77 && as_read8(as, 0x4005) == 0x77, "RAM through its mirror");

    CHECK(as_read8(as, 0x5f03) == 0xa3 && s.last_read == 3, "handler offset with mirror bits removed");
    as_write8(as, 0x5222, 0x99);
    CHECK(s.last_write == 0x22 && s.last_data == 0x99, "handler write offset");

    as_write8(as, 0x5041, 0x42);
    CHECK(s.small[1] == 0x42 && as_read8(as, 0x5041) == 0x42, "sub-page RAM beside a handler");
    CHECK(as_read8(as, 0x5090) == 0xff, "NOP range reads the unmapped value");
    CHECK(as_read8(as, 0x3000) == 0xff, "unmapped read");

    s.reads = 0;
    CHECK(as_read8(as, 0x4010) == 0xa0 && s.reads == 1, "later entry overrides a RAM byte for reads");
    as_write8(as, 0x4010, 0x12);
    CHECK(s.ram[0x10] == 0x12, "the override is read-only: writes still reach RAM");

    u8 bank_a[0x400], bank_b[0x400];
    memset(bank_a, 0x11, sizeof(bank_a));
    memset(bank_b, 0x22, sizeof(bank_b));
    CHECK(as_read8(as, 0xa000) == 0xff, "unselected bank is unmapped");
    mem_space_set_bank(&ms, 1, bank_a, false);
    CHECK(as_read8(as, 0xa3ff) == 0x11, "bank A");
    as_write8(as, 0xa000, 0x33);
    CHECK(bank_a[0] == 0x11, "read-only bank ignores writes");
    mem_space_set_bank(&ms, 1, bank_b, true);
    as_write8(as, 0xa001, 0x44);
    CHECK(as_read8(as, 0xa000) == 0x22 && bank_b[1] == 0x44, "writable bank B");
    mem_space_free(&ms);

    static const mem_map_entry bad_map[] = { MAP_ROM(0x0000, 0x1fff, 0, "maincpu", 0), MAP_END };
    rc = mem_space_build(&ms, "program", 16, bad_map, &s, sizeof(s), &regions, NULL, err, sizeof(err));
    CHECK(rc == -1 && strstr(err, "too small"), "a ROM range past its region is an error: %s", err);
    static const mem_map_entry bad_rgn[] = { MAP_ROM(0x0000, 0x00ff, 0, "nosuch", 0), MAP_END };
    rc = mem_space_build(&ms, "program", 16, bad_rgn, &s, sizeof(s), &regions, NULL, err, sizeof(err));
    CHECK(rc == -1 && strstr(err, "does not exist"), "unknown region: %s", err);

    /* Pac-Man's 5000 page: a NOP base, write-only RAM and read-only entries
       over it, 64 mirrors; a floating-bus range reading BFh. */
    static const mem_map_entry io_page[] = {
        MAP_VALUE(0x4800, 0x4bff, 0xa000, 0xbf),
        MAP_NOP(0x5000, 0x50ff, 0xaf00),
        MAP_WRITEONLY(0x5060, 0x506f, 0xaf00, drv_state, small),
        MAP_READ(0x5000, 0x5000, 0xaf3f, io_r),
        MAP_END,
    };
    memset(&s, 0, sizeof(s));
    rc = mem_space_build(&ms, "program", 16, io_page, &s, sizeof(s), &regions, NULL, err, sizeof(err));
    CHECK(rc == 0, "build failed: %s", err);
    if (rc == 0) {
        CHECK(as_read8(as, 0x4800) == 0xbf && as_read8(as, 0xebff) == 0xbf, "MAP_VALUE reads, mirrors too");
        as_write8(as, 0x4800, 0x12);
        CHECK(as_read8(as, 0x4800) == 0xbf, "MAP_VALUE ignores writes");
        as_write8(as, 0xff6f, 0x5a); /* a mirror of 506f */
        CHECK(s.small[0xf] == 0x5a, "write-only RAM through a mirror: %02x", s.small[0xf]);
        CHECK(as_read8(as, 0x506f) == 0xff, "reads of write-only RAM go to the entry below (NOP)");
        s.last_read = 0x99;
        CHECK(as_read8(as, 0xff3f) == 0xa0 && s.last_read == 0, "a read entry over NOP, through its mirror");
        as_write8(as, 0x5000, 0x77);
        CHECK(s.small[0] == 0 && s.last_write == 0, "NOP writes go nowhere");
        CHECK(ms.num_splits == 2, "the 64 mirrors share one table each way: %d", ms.num_splits);
        mem_space_free(&ms);
    }

    region_list_free(&regions);
    return check_report("test_memory");
}
