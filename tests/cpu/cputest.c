/* cputest: runs SingleStepTests-format files (gzip'd JSON) through a CPU
   core, and whole programs (CP/M .COM, raw binaries) where the core's adapter
   supports them. Last line: "N passed, M failed". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "cputest.h"

/* Adapters are linked in as they exist; a weak reference stays NULL for a
   core that is not built. */
#define CT_ADAPTER(x) extern const ct_adapter x __attribute__((weak));
CT_ADAPTER(ct_z80)
CT_ADAPTER(ct_i8080)
CT_ADAPTER(ct_m6502)
CT_ADAPTER(ct_m6809)
CT_ADAPTER(ct_m6800)
CT_ADAPTER(ct_mcs48)

static const ct_adapter *find_adapter(const char *name)
{
    const ct_adapter *all[] = { &ct_z80, &ct_i8080, &ct_m6502, &ct_m6809, &ct_m6800, &ct_mcs48 };
    for (size_t i = 0; i < ARRAY_LEN(all); i++) {
        const ct_adapter *a = all[i];
        if (!a)
            continue;
        if (!strcmp(a->id, name))
            return a;
        if (a->aliases) {
            const char *p = a->aliases;
            size_t len = strlen(name);
            while ((p = strstr(p, name)) != NULL) {
                bool start = p == a->aliases || p[-1] == ' ';
                bool end = p[len] == '\0' || p[len] == ' ';
                if (start && end)
                    return a;
                p += len;
            }
        }
    }
    return NULL;
}

/* Reads a whole gzip (or plain) file; NULL with a message on failure. */
static char *read_gz(const char *path)
{
    gzFile f = gzopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", path);
        return NULL;
    }
    size_t cap = 1 << 20, len = 0;
    char *buf = malloc(cap + 1);
    for (;;) {
        if (!buf)
            break;
        if (len == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        int got = gzread(f, buf + len, (unsigned)(cap - len));
        if (got < 0) {
            fprintf(stderr, "%s: not a readable gzip file\n", path);
            free(buf);
            buf = NULL;
            break;
        }
        if (got == 0)
            break;
        len += (size_t)got;
    }
    gzclose(f);
    if (buf)
        buf[len] = '\0';
    return buf;
}

static void usage(void)
{
    fprintf(stderr, "usage: cputest CPU FILE.json[.gz]...\n"
                    "       cputest CPU --cpm FILE.COM\n"
                    "       cputest CPU --bin FILE --load ADDR --start ADDR --success ADDR\n");
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        usage();
        return 2;
    }
    const ct_adapter *ad = find_adapter(argv[1]);
    if (!ad) {
        fprintf(stderr, "cputest: unknown CPU \"%s\"\n", argv[1]);
        return 2;
    }
    if (!strcmp(argv[2], "--cpm")) {
        if (!ad->run_cpm || argc != 4) {
            fprintf(stderr, "cputest: --cpm needs one file and a CPU that runs CP/M\n");
            return 2;
        }
        return ad->run_cpm(argv[3]);
    }
    if (!strcmp(argv[2], "--bin")) {
        if (!ad->run_bin) {
            fprintf(stderr, "cputest: %s has no --bin mode\n", ad->id);
            return 2;
        }
        return ad->run_bin(argc - 2, argv + 2);
    }

    long passed = 0, failed = 0, printed = 0;
    int io_errors = 0;
    void *h = ad->create();
    for (int i = 2; i < argc; i++) {
        char *text = read_gz(argv[i]);
        if (!text) {
            io_errors++;
            continue;
        }
        cJSON *root = cJSON_Parse(text);
        free(text);
        if (!cJSON_IsArray(root)) {
            fprintf(stderr, "%s: not a JSON array of tests\n", argv[i]);
            cJSON_Delete(root);
            io_errors++;
            continue;
        }
        const cJSON *tc;
        cJSON_ArrayForEach(tc, root)
        {
            char why[1024] = "";
            if (ad->run_case(h, tc, why, sizeof(why)) == 0) {
                passed++;
                continue;
            }
            failed++;
            if (printed++ < 500) {
                const cJSON *name = cJSON_GetObjectItemCaseSensitive(tc, "name");
                printf("FAIL %s [%s]: %s\n", argv[i], cJSON_IsString(name) ? name->valuestring : "?", why);
            } else if (printed == 501) {
                printf("(further failures not printed)\n");
            }
        }
        cJSON_Delete(root);
    }
    ad->destroy(h);
    if (io_errors)
        printf("%d file(s) could not be read\n", io_errors);
    printf("%ld passed, %ld failed\n", passed, failed);
    return (failed || io_errors) ? 1 : 0;
}
