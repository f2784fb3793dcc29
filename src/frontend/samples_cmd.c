#include "frontend/samples_cmd.h"

#include <stdlib.h>

#include "frontend/audit.h"
#include "frontend/options.h"
#include "frontend/samples_load.h"

static bool has_samples(const game_driver *d)
{
    for (const device_config *dc = d->config ? d->config->devices : NULL; dc && dc->tag; dc++)
        if (samples_config_params(dc))
            return true;
    return false;
}

static bool matches(const char *pattern, const game_driver *d)
{
    return !pattern || audit_wildmatch(pattern, d->name);
}

int samples_list(FILE *out, FILE *err, const game_driver *const *drivers, const char *pattern)
{
    int matched = 0;
    bool first = true;
    for (const game_driver *const *d = drivers; *d; d++) {
        if (!matches(pattern, *d))
            continue;
        matched++;
        if (!has_samples(*d))
            continue;
        if (!first)
            fprintf(out, "\n");
        first = false;
        fprintf(out, "Samples required for driver \"%s\".\n", (*d)->name);
        for (const device_config *dc = (*d)->config->devices; dc->tag; dc++) {
            const samples_params *p = samples_config_params(dc);
            for (int i = 0; p && i < p->count; i++)
                fprintf(out, "%s\n", p->names[i]);
        }
    }
    if (!matched) {
        fprintf(err, "No matching systems found for '%s'\n", pattern);
        return EXIT_NO_SUCH_SYSTEM;
    }
    return EXIT_OK;
}

typedef enum { SS_NONE_NEEDED, SS_NOTFOUND, SS_INCORRECT, SS_CORRECT } sample_summary;

static sample_summary audit_one(FILE *out, const game_driver *d, const char *samplepath)
{
    int required = 0, found_total = 0;
    /* Missing-file lines are held back: a set with none of its files found
       prints nothing but the final "not found". */
    char *lines = NULL;
    size_t len = 0;
    FILE *buf = open_memstream(&lines, &len);
    if (!buf)
        return SS_NOTFOUND;
    for (const device_config *dc = d->config ? d->config->devices : NULL; dc && dc->tag; dc++) {
        const samples_params *p = samples_config_params(dc);
        if (!p)
            continue;
        const char *sets[2] = { d->name, p->set };
        sample_bank bank;
        int found = 0, sources = 0;
        if (samples_load_set(samplepath, sets, 2, p, &bank, &found, &sources, buf) == 0) {
            for (int i = 0; i < p->count; i++)
                if (!bank.samples[i].frames)
                    fprintf(buf, "%-12s: %s - NOT FOUND\n", d->name, p->names[i]);
        }
        required += p->count;
        found_total += found;
        sample_bank_free(&bank);
    }
    fclose(buf);
    sample_summary s = required == 0 ? SS_NONE_NEEDED
                       : found_total == 0 ? SS_NOTFOUND
                       : found_total < required ? SS_INCORRECT
                                                : SS_CORRECT;
    if (s == SS_INCORRECT || s == SS_CORRECT)
        fputs(lines, out);
    free(lines);
    return s;
}

int samples_verify(FILE *out, FILE *err, const game_driver *const *drivers, const char *pattern, const char *samplepath)
{
    const char *pat = pattern ? pattern : "*";
    unsigned correct = 0, incorrect = 0, notfound = 0, matched = 0;
    for (const game_driver *const *d = drivers; *d; d++) {
        if (!audit_wildmatch(pat, (*d)->name))
            continue;
        matched++;
        sample_summary s = audit_one(out, *d, samplepath);
        if (s == SS_NOTFOUND)
            notfound++;
        if (s != SS_INCORRECT && s != SS_CORRECT)
            continue;
        fprintf(out, "sampleset %s ", (*d)->name);
        if ((*d)->parent)
            fprintf(out, "[%s] ", (*d)->parent);
        fprintf(out, s == SS_CORRECT ? "is good\n" : "is bad\n");
        if (s == SS_CORRECT)
            correct++;
        else
            incorrect++;
    }
    if (!matched) {
        fprintf(err, "No matching systems found for '%s'\n", pat);
        return EXIT_NO_SUCH_SYSTEM;
    }
    if (correct == 0 && incorrect == 0) {
        fprintf(err, notfound ? "sampleset \"%s\" not found!\n" : "sampleset \"%s\" not required!\n", pat);
        return EXIT_MISSING_FILES;
    }
    fprintf(incorrect ? err : out, "%u samplesets found, %u were OK.\n", correct + incorrect, correct);
    return incorrect ? EXIT_MISSING_FILES : EXIT_OK;
}
