#include "frontend/sdl/gameinfo.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/cpu.h"
#include "frontend/launcher.h"
#include "frontend/sdl/font.h"
#include "frontend/sdl/video.h"
#include "video/orient.h"

#define LINE_H 10
#define MAX_LINES 48

static char *audit_warnings;   /* the launch report of the system about to run */

void gameinfo_set_audit(const char *report)
{
    free(audit_warnings);
    audit_warnings = report ? strdup(report) : NULL;
}

const char *gameinfo_audit(void)
{
    return audit_warnings;
}

bool gameinfo_wanted(const options *o)
{
    return !o->skip_gameinfo && !o->playback && !(o->seconds_to_run > 0 && o->seconds_to_run < 300);
}

static size_t put(char *out, size_t n, size_t at, const char *fmt, ...)
{
    if (at >= n)
        return at;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(out + at, n - at, fmt, ap);
    va_end(ap);
    return k < 0 ? at : at + (size_t)k > n ? n : at + (size_t)k;
}

static bool is_cpu(const machine_t *m, const device_t *d)
{
    for (int i = 0; i < m->num_cpus; i++)
        if (m->cpus[i].dev == d)
            return true;
    return false;
}

/* The launch report's one-line verdicts ("x WRONG CHECKSUMS:", the closing
   WARNING), not the hashes: the window shows what is wrong, stderr has all. */
static size_t audit_lines(char *out, size_t n, size_t at, const char *report)
{
    at = put(out, n, at, "\n");
    for (const char *p = report; *p;) {
        const char *nl = strchr(p, '\n');
        int l = nl ? (int)(nl - p) : (int)strlen(p);
        if (l && p[0] != ' ' && strncmp(p, "EXPECTED", 8) && strncmp(p, "FOUND", 5))
            at = put(out, n, at, "%.*s\n", l, p);
        p += l + (nl ? 1 : 0);
    }
    return at;
}

void gameinfo_text(const machine_t *m, bool warnings, char *out, size_t n)
{
    const game_driver *d = m->driver;
    size_t at = 0;
    out[0] = '\0';
    at = put(out, n, at, "%s\n", d->description);
    char line[256];
    snprintf(line, sizeof(line), "%s %s", d->year, d->manufacturer);
    at = put(out, n, at, "%s\n", line);
    u32 fl = d->flags;
    if (warnings && (fl & (MACHINE_NOT_WORKING | MACHINE_IMPERFECT_SOUND | MACHINE_NO_SOUND
                           | MACHINE_IMPERFECT_GRAPHICS))) {
        at = put(out, n, at, "\nThere are known problems with this machine\n");
        if (fl & MACHINE_IMPERFECT_GRAPHICS)
            at = put(out, n, at, "The video emulation isn't 100%% accurate.\n");
        if (fl & MACHINE_NO_SOUND)
            at = put(out, n, at, "The machine lacks sound.\n");
        else if (fl & MACHINE_IMPERFECT_SOUND)
            at = put(out, n, at, "The sound emulation isn't 100%% accurate.\n");
        if (fl & MACHINE_NOT_WORKING)
            at = put(out, n, at, "THIS MACHINE DOESN'T WORK. The emulation for this machine is not yet complete. "
                                 "There is nothing you can do to fix this problem except wait for the developers "
                                 "to improve the emulation.\n");
    }
    if (warnings && gameinfo_audit())
        at = audit_lines(out, n, at, gameinfo_audit());
    at = put(out, n, at, "\nDriver: %s\n\nCPU:\n", d->source_file);
    for (int i = 0; i < m->num_cpus; i++)
        at = put(out, n, at, "%s %.6f MHz\n", m->cpus[i].ops->name, m->cpus[i].dev->clock / 1e6);
    bool sound = false;
    for (int i = 0; i < m->num_devices; i++) {
        const device_t *dv = &m->devices[i];
        if (!dv->stream || !dv->type || is_cpu(m, dv))
            continue;
        if (!sound)
            at = put(out, n, at, "\nSound:\n");
        sound = true;
        if (dv->clock)
            at = put(out, n, at, "%s %.6f MHz\n", dv->type->name, dv->clock / 1e6);
        else
            at = put(out, n, at, "%s\n", dv->type->name);
    }
    const screen_config *s = &m->config->screen;
    double hz = m->frame_period.sec || m->frame_period.atto
                    ? 1.0 / ((double)m->frame_period.sec + (double)m->frame_period.atto / 1e18) : 0;
    snprintf(line, sizeof(line), "%d x %d (%s)", s->hbstart - s->hbend, s->vbstart - s->vbend,
             (d->flags & ORIENT_SWAP_XY) ? "V" : "H");
    at = put(out, n, at, "\nVideo:\nScreen: %s %.6f Hz\n", line, hz);
    (void)at;
}

u32 gameinfo_box_rgb(const machine_t *m)
{
    u32 fl = m->driver->flags;
    if (fl & MACHINE_NOT_WORKING)
        return TEXTBOX_BAD_RGB;
    if ((fl & (MACHINE_IMPERFECT_SOUND | MACHINE_NO_SOUND | MACHINE_IMPERFECT_GRAPHICS)) || gameinfo_audit())
        return TEXTBOX_WARN_RGB;
    return TEXTBOX_RGB;
}

/* Every paragraph wrapped to cols: the lines' starts and lengths. */
static int wrap_all(const char *text, int cols, int *start, int *len, int max)
{
    int n = 0;
    for (const char *p = text; *p && n < max;) {
        const char *nl = strchr(p, '\n');
        size_t pl = nl ? (size_t)(nl - p) : strlen(p);
        char para[1024];
        snprintf(para, sizeof(para), "%.*s", (int)(pl < sizeof(para) - 1 ? pl : sizeof(para) - 1), p);
        if (!para[0]) {
            start[n] = (int)(p - text);
            len[n++] = 0;
        } else {
            int s[MAX_LINES], l[MAX_LINES], k = font_wrap(para, cols, s, l, max - n < MAX_LINES ? max - n : MAX_LINES);
            for (int i = 0; i < k; i++) {
                start[n] = (int)(p - text) + s[i];
                len[n++] = l[i];
            }
        }
        p += pl + (nl ? 1 : 0);
    }
    return n;
}

void textbox_draw(const char *text, const char *footer, u32 box_rgb, u32 *canvas, int cw, int ch)
{
    int cols = (cw - 24) / FONT_W, start[MAX_LINES], len[MAX_LINES];
    int rows = (ch - 16) / LINE_H - (footer ? 2 : 0);
    int n = wrap_all(text, cols, start, len, MAX_LINES < rows ? MAX_LINES : (rows > 0 ? rows : 1));
    int wmax = footer ? (int)strlen(footer) : 0;
    for (int i = 0; i < n; i++)
        wmax = len[i] > wmax ? len[i] : wmax;
    wmax = wmax > cols ? cols : wmax;
    int bw = wmax * FONT_W + 16, bh = (n + (footer ? 2 : 0)) * LINE_H + 8;
    int x0 = (cw - bw) / 2, y0 = (ch - bh) / 2;
    fill_rect(canvas, cw, ch, x0, y0, bw, bh, box_rgb);
    for (int i = 0; i < n; i++) {
        char line[256];
        snprintf(line, sizeof(line), "%.*s", len[i] < 255 ? len[i] : 255, text + start[i]);
        font_draw(canvas, cw, ch, x0 + 8, y0 + 4 + i * LINE_H, line, 0xffffffff);
    }
    if (footer) {
        char line[256];
        snprintf(line, sizeof(line), "%.*s", cols, footer);
        font_draw(canvas, cw, ch, x0 + 8, y0 + 4 + (n + 1) * LINE_H, line, 0xff80c0ff);
    }
}
