#include "util/wav.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util/fileio.h"

static void put_le(u8 *p, u32 v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        p[i] = (u8)(v >> (8 * i));
}

static u32 get_le(const u8 *p, int bytes)
{
    u32 v = 0;
    for (int i = bytes - 1; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

static void write_header(wav_writer *w)
{
    u8 h[44];
    u32 data = (u32)(w->frames * w->channels * 2);
    memcpy(h, "RIFF", 4);
    put_le(h + 4, 36 + data, 4);
    memcpy(h + 8, "WAVEfmt ", 8);
    put_le(h + 16, 16, 4);
    put_le(h + 20, 1, 2);
    put_le(h + 22, w->channels, 2);
    put_le(h + 24, w->rate, 4);
    put_le(h + 28, w->rate * w->channels * 2, 4);
    put_le(h + 32, (u32)w->channels * 2, 2);
    put_le(h + 34, 16, 2);
    memcpy(h + 36, "data", 4);
    put_le(h + 40, data, 4);
    if (fwrite(h, 1, sizeof(h), w->out.f) != sizeof(h))
        w->failed = true;
}

int wav_open(wav_writer *w, const char *path, u32 rate, u16 channels, char *err, size_t errlen)
{
    memset(w, 0, sizeof(*w));
    w->rate = rate;
    w->channels = channels;
    w->max_data = WAV_MAX_DATA;
    if (file_out_open(&w->out, path, err, errlen))
        return -1;
    write_header(w);
    return 0;
}

int wav_write(wav_writer *w, const s16 *samples, size_t frames)
{
    if (!w->out.f || w->failed)
        return -1;
    u64 frame_bytes = (u64)w->channels * 2, room = (w->max_data - w->frames * frame_bytes) / frame_bytes;
    if (frames > room) {
        frames = (size_t)room;
        w->full = true;
    }
    size_t n = frames * w->channels;
    u8 buf[4096];
    for (size_t i = 0; i < n;) {
        size_t chunk = n - i > sizeof(buf) / 2 ? sizeof(buf) / 2 : n - i;
        for (size_t j = 0; j < chunk; j++)
            put_le(buf + 2 * j, (u16)samples[i + j], 2);
        if (fwrite(buf, 2, chunk, w->out.f) != chunk && !w->failed) {
            w->failed = true;
            w->why = errno;
        }
        i += chunk;
    }
    w->frames += frames;
    return w->failed ? -1 : w->full ? 1 : 0;
}

int wav_close(wav_writer *w, bool keep, char *err, size_t errlen)
{
    if (!w->out.f)
        return keep ? -1 : 0;
    if (keep && !w->failed && fseek(w->out.f, 0, SEEK_SET) == 0)
        write_header(w);
    else if (keep && !w->failed)
        w->failed = true;
    if (keep && w->failed) {
        file_out_commit(&w->out, false, err, errlen);
        snprintf(err, errlen, "%s: %s", w->out.name, strerror(w->why ? w->why : EIO));
        return -1;
    }
    return file_out_commit(&w->out, keep, err, errlen);
}

int wav_parse(const u8 *buf, size_t len, wav_data *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof(*out));
    if (len < 12 || memcmp(buf, "RIFF", 4) || memcmp(buf + 8, "WAVE", 4)) {
        snprintf(err, errlen, "not a RIFF/WAVE file");
        return -1;
    }
    u16 fmt = 0, bits = 0;
    for (size_t pos = 12; pos + 8 <= len;) {
        u32 size = get_le(buf + pos + 4, 4);
        const u8 *body = buf + pos + 8;
        if (size > len - pos - 8) {
            snprintf(err, errlen, "chunk \"%.4s\" runs past the end of the file", (const char *)buf + pos);
            return -1;
        }
        if (!memcmp(buf + pos, "fmt ", 4) && size >= 16) {
            fmt = (u16)get_le(body, 2);
            out->channels = (u16)get_le(body + 2, 2);
            out->rate = get_le(body + 4, 4);
            bits = (u16)get_le(body + 14, 2);
        } else if (!memcmp(buf + pos, "data", 4)) {
            if (fmt != 1 || (bits != 8 && bits != 16) || out->channels == 0 || out->channels > 8 || !out->rate) {
                snprintf(err, errlen, "only 8/16-bit PCM is supported");
                return -1;
            }
            size_t bytes = bits / 8;
            out->frames = size / (bytes * out->channels);
            out->samples = malloc(out->frames * out->channels * sizeof(s16) + 1);
            if (!out->samples) {
                snprintf(err, errlen, "out of memory");
                return -1;
            }
            for (size_t i = 0; i < out->frames * out->channels; i++)
                out->samples[i] = bits == 16 ? (s16)get_le(body + 2 * i, 2) : (s16)((body[i] - 128) * 256);
            return 0;
        }
        pos += 8 + size + (size & 1);
    }
    snprintf(err, errlen, "no PCM data chunk");
    return -1;
}

int wav_read(const char *path, wav_data *out, char *err, size_t errlen)
{
    u8 *buf;
    size_t len;
    char e[256];
    if (file_read_all(path, &buf, &len, 64u << 20, err, errlen))
        return -1;
    int rc = wav_parse(buf, len, out, e, sizeof(e));
    if (rc)
        snprintf(err, errlen, "%s: %s", path, e);
    free(buf);
    return rc;
}

void wav_data_free(wav_data *d)
{
    free(d->samples);
    memset(d, 0, sizeof(*d));
}
