/* Zip opening is linear in the entry count (a name table, not a scan per
   entry): 100,000 entries open in well under a second and every name is
   found; two entries of exactly one name open, the first is used, the
   later one is reported.  Usage: test_zipscale DIR (from make_zips.py) */
#include <stdlib.h>
#include <time.h>

#include "check.h"
#include "util/zipfile.h"

/* The bound on CPU time: well under a second; AddressSanitizer's builds run
   this code two to three times slower, and the quadratic scan this guards
   against took about 20 s, so 5 s there still tells them apart. */
#ifdef __SANITIZE_ADDRESS__
#define LIMIT_S 5.0
#else
#define LIMIT_S 1.0
#endif

/* CPU time of this process: the bound holds on a shared, loaded host. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    char path[4096], err[512];
    snprintf(path, sizeof(path), "%s/big.zip", argv[1]);
    double t0 = now();
    zipfile *z = zipfile_open(path, err, sizeof(err));
    double took = now() - t0;
    CHECK(z != NULL, "%s", err);
    if (z) {
        printf("100,000 entries opened in %.3f s of CPU time\n", took);
        CHECK(took < LIMIT_S, "opening took %.3f s", took);
        CHECK_EQ("entries", 100000, zipfile_count(z));
        int missing = 0;
        t0 = now();
        for (int i = 0; i < 100000; i++) {
            char name[32];
            snprintf(name, sizeof(name), "F%06d.BIN", i);
            const zipfile_entry *e = zipfile_find(z, name);
            missing += !e || e->crc == 0 || e->size != 1;
        }
        CHECK_EQ("every name found (case ignored)", 0, missing);
        CHECK(now() - t0 < LIMIT_S, "100,000 lookups took %.3f s", now() - t0);
        CHECK_TRUE(zipfile_find(z, "f100000.bin") == NULL);
        zipfile_close(z);
    }
    snprintf(path, sizeof(path), "%s/dup.zip", argv[1]);
    z = zipfile_open(path, err, sizeof(err));
    CHECK(z != NULL, "duplicate names refused: %s", err);
    if (z) {
        CHECK_EQ("one entry kept", 1, zipfile_count(z));
        uint8_t *buf;
        size_t len;
        const zipfile_entry *e = zipfile_find(z, "a.bin");
        CHECK_TRUE(e && zipfile_read(z, e, 100, &buf, &len, err, sizeof(err)));
        if (e && len == 5) {
            CHECK_TRUE(!memcmp(buf, "first", 5));
            free(buf);
        }
        CHECK_EQ("later duplicates reported", 2, zipfile_warning_count(z));
        CHECK_CONTAINS(zipfile_warning(z, 0), "duplicate name (the first entry is used)");
        zipfile_close(z);
    }
    return check_report("test_zipscale");
}
