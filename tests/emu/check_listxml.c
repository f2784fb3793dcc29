/* Parses `cabinet -listxml` output back with expat: it must be well formed,
   rooted at <mame>, and list exactly the expected machines, each with a
   description and a driver status (the device machines MAME appends,
   isdevice="yes", are not counted). Usage: check_listxml FILE NAME... */
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/fileio.h"

typedef struct seen {
    int depth, machines, descriptions, drivers;
    bool root_ok, in_device;
    char names[64][32];
} seen;

static void XMLCALL on_start(void *ud, const XML_Char *el, const XML_Char **attr)
{
    seen *s = ud;
    if (s->depth == 0)
        s->root_ok = !strcmp(el, "mame");
    if (!strcmp(el, "machine")) {
        s->in_device = false;
        for (int i = 0; attr[i]; i += 2)
            s->in_device |= !strcmp(attr[i], "isdevice") && !strcmp(attr[i + 1], "yes");
    }
    if (s->in_device) {
        s->depth++;
        return;
    }
    if (!strcmp(el, "machine")) {
        for (int i = 0; attr[i]; i += 2)
            if (!strcmp(attr[i], "name") && s->machines < 64)
                snprintf(s->names[s->machines], sizeof(s->names[0]), "%s", attr[i + 1]);
        s->machines++;
    }
    s->descriptions += !strcmp(el, "description");
    s->drivers += !strcmp(el, "driver");
    s->depth++;
}

static void XMLCALL on_end(void *ud, const XML_Char *el)
{
    (void)el;
    ((seen *)ud)->depth--;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    u8 *buf;
    size_t len;
    char err[256];
    if (file_read_all(argv[1], &buf, &len, 64u << 20, err, sizeof(err))) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    seen s = { 0 };
    XML_Parser p = XML_ParserCreate(NULL);
    XML_SetUserData(p, &s);
    XML_SetElementHandler(p, on_start, on_end);
    int ok = XML_Parse(p, (const char *)buf, (int)len, 1) == XML_STATUS_OK;
    if (!ok)
        fprintf(stderr, "%s:%lu: %s\n", argv[1], (unsigned long)XML_GetCurrentLineNumber(p),
                XML_ErrorString(XML_GetErrorCode(p)));
    XML_ParserFree(p);
    free(buf);
    int want = argc - 2, bad = !ok || !s.root_ok;
    if (s.machines != want || s.descriptions != want || s.drivers != want) {
        fprintf(stderr, "expected %d machines with description and driver, got %d/%d/%d\n", want, s.machines,
                s.descriptions, s.drivers);
        bad = 1;
    }
    for (int i = 0; i < want && i < s.machines && i < 64; i++)
        if (strcmp(s.names[i], argv[i + 2])) {
            fprintf(stderr, "machine %d: expected %s, got %s\n", i, argv[i + 2], s.names[i]);
            bad = 1;
        }
    printf("%s: %d machines, %s\n", argv[1], s.machines, bad ? "FAILED" : "ok");
    return bad;
}
