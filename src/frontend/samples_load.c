#include "frontend/samples_load.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "emu/romload.h"
#include "util/fileio.h"
#include "util/wav.h"
#include "util/zipfile.h"

typedef struct sample_source {
    char *dir;       /* folder holding <name>.wav, or NULL */
    zipfile *zip;    /* or a zip */
} sample_source;

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int sample_from_wav(const wav_data *w, sample_data *out)
{
    memset(out, 0, sizeof(*out));
    if (!w->frames || !w->channels || !w->rate || w->frames > 0xffffffffu)
        return -1;
    out->data = malloc(w->frames * sizeof(s16));
    if (!out->data)
        return -1;
    for (size_t i = 0; i < w->frames; i++) {
        s32 sum = 0;
        for (int c = 0; c < w->channels; c++)
            sum += w->samples[i * w->channels + (size_t)c];
        out->data[i] = (s16)(sum / w->channels);
    }
    out->frames = (u32)w->frames;
    out->rate = w->rate;
    return 0;
}

/* Reads <name>.wav from one source; 1 loaded, 0 absent, -1 present but bad. */
static int load_from_source(const sample_source *src, const char *name, sample_data *out, FILE *warn)
{
    char fname[512], err[512];
    snprintf(fname, sizeof(fname), "%s.wav", name);
    u8 *buf = NULL;
    size_t len = 0;
    char where[4600];
    if (src->dir) {
        snprintf(where, sizeof(where), "%s/%s", src->dir, fname);
        if (!is_file(where))
            return 0;
        if (file_read_all(where, &buf, &len, SAMPLES_MAX_WAV_BYTES, err, sizeof(err))) {
            if (warn)
                fprintf(warn, "%s\n", err);
            return -1;
        }
    } else {
        const zipfile_entry *e = zipfile_find(src->zip, fname);
        if (!e)
            return 0;
        snprintf(where, sizeof(where), "%s: %s", zipfile_path(src->zip), fname);
        if (!zipfile_read(src->zip, e, SAMPLES_MAX_WAV_BYTES, &buf, &len, err, sizeof(err))) {
            if (warn)
                fprintf(warn, "%s\n", err);
            return -1;
        }
    }
    wav_data w;
    int rc = wav_parse(buf, len, &w, err, sizeof(err));
    free(buf);
    if (rc) {
        if (warn)
            fprintf(warn, "%s: %s\n", where, err);
        return -1;
    }
    rc = sample_from_wav(&w, out);
    wav_data_free(&w);
    if (rc && warn)
        fprintf(warn, "%s: no sample data\n", where);
    return rc ? -1 : 1;
}

static int open_sources(const char *samplepath, const char *const *sets, int nsets, sample_source **out)
{
    size_t ndirs = 0;
    char **dirs = romload_split_path(samplepath, &ndirs);
    int n = 0;
    sample_source *src = calloc((size_t)nsets * (ndirs ? ndirs : 1) * 2 + 1, sizeof(*src));
    for (int s = 0; src && s < nsets; s++) {
        if (!sets[s] || !*sets[s])
            continue;
        bool dup = false;
        for (int t = 0; t < s; t++)
            dup |= sets[t] && !strcmp(sets[t], sets[s]);
        for (size_t d = 0; d < ndirs && !dup; d++) {
            size_t len = strlen(dirs[d]) + strlen(sets[s]) + 8;
            char *path = malloc(len);
            if (!path)
                continue;
            snprintf(path, len, "%s/%s", dirs[d], sets[s]);
            if (is_dir(path)) {
                src[n++].dir = path;
                path = malloc(len);
                if (!path)
                    continue;
            }
            snprintf(path, len, "%s/%s.zip", dirs[d], sets[s]);
            if (is_file(path)) {
                char err[512];
                zipfile *z = zipfile_open(path, err, sizeof(err));
                if (z)
                    src[n++].zip = z;
            }
            free(path);
        }
    }
    for (size_t d = 0; d < ndirs; d++)
        free(dirs[d]);
    free(dirs);
    *out = src;
    return src ? n : -1;
}

static void close_sources(sample_source *src, int n)
{
    for (int i = 0; i < n; i++) {
        free(src[i].dir);
        zipfile_close(src[i].zip);
    }
    free(src);
}

int samples_load_set(const char *samplepath, const char *const *sets, int nsets, const samples_params *p,
                     sample_bank *bank, int *found, int *sources, FILE *warn)
{
    memset(bank, 0, sizeof(*bank));
    *found = 0;
    *sources = 0;
    bank->samples = calloc(p->count > 0 ? (size_t)p->count : 1, sizeof(sample_data));
    if (!bank->samples)
        return -1;
    bank->count = p->count;
    sample_source *src;
    int n = open_sources(samplepath, sets, nsets, &src);
    if (n < 0)
        return -1;
    *sources = n;
    for (int i = 0; i < p->count; i++)
        for (int s = 0; s < n; s++) {
            int rc = load_from_source(&src[s], p->names[i], &bank->samples[i], warn);
            if (rc == 1)
                (*found)++;
            if (rc == 1 || rc == -1)
                break; /* present: the first source that has it decides */
        }
    close_sources(src, n);
    return 0;
}

void sample_bank_free(sample_bank *bank)
{
    if (!bank)
        return;
    for (int i = 0; i < bank->count; i++)
        free(bank->samples[i].data);
    free(bank->samples);
    memset(bank, 0, sizeof(*bank));
}

struct machine_samples {
    sample_bank banks[MAX_DEVICES];
    int count;
};

machine_samples *samples_load_machine(machine_t *m, const char *samplepath, FILE *notice)
{
    machine_samples *ms = NULL;
    for (int i = 0; i < m->num_devices; i++) {
        device_t *d = &m->devices[i];
        const samples_params *p = samples_config_params(d->cfg);
        if (!p)
            continue;
        if (!ms && !(ms = calloc(1, sizeof(*ms))))
            return NULL;
        sample_bank *bank = &ms->banks[ms->count++];
        const char *sets[2] = { m->driver->name, p->set };
        int found = 0, sources = 0;
        if (samples_load_set(samplepath, sets, 2, p, bank, &found, &sources, notice))
            continue;
        if (found == 0)
            fprintf(notice, "%s: samples not found, sound effects are silent\n", m->driver->name);
        else if (found < p->count)
            fprintf(notice, "%s: %d of %d samples not found, those sound effects are silent\n", m->driver->name,
                    p->count - found, p->count);
        samples_attach(d, bank);
    }
    return ms;
}

void machine_samples_free(machine_samples *ms)
{
    if (!ms)
        return;
    for (int i = 0; i < ms->count; i++)
        sample_bank_free(&ms->banks[i]);
    free(ms);
}
