/* Core options: one per DIP switch and service switch of the running
   system (names and settings from the driver's input definitions, keyed by
   port tag and mask), plus the rotation choice and the sample volume. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/libretro/lr_core.h"
#include "frontend/sdl/dips.h"

#define OPT_ROTATION "cabinet_rotation"
#define OPT_SAMPLE_VOLUME "cabinet_sample_volume"
#define OPT_ARTWORK "cabinet_artwork"

typedef struct lr_switch {
    int field;        /* index in the machine's input fields */
    char key[64];
} lr_switch;

/* The definitions handed to the frontend and the strings they point to,
   kept while the game is loaded. */
static struct retro_core_option_definition defs[LR_MAX_DIP_OPTIONS + 4];
static lr_switch switches[LR_MAX_DIP_OPTIONS];
static int num_switches;

/* The Service Mode switch, or a Service key MAME toggles (PORT_TOGGLE). */
static bool is_service_switch(const input_field *f)
{
    return f->type == IPT_SERVICE_MODE || (f->type == IPT_SERVICE && (f->player & PORT_TOGGLE_MARK));
}

static const struct retro_core_option_value on_off[] = { { "Off", NULL }, { "On", NULL }, { NULL, NULL } };

static void make_key(char *key, size_t len, const char *kind, const char *tag, u32 mask)
{
    int n = snprintf(key, len, "cabinet_%s_", kind);
    for (const char *p = tag; *p && n + 1 < (int)len; p++)
        key[n++] = isalnum((unsigned char)*p) ? (char)tolower((unsigned char)*p) : '_';
    key[n] = '\0';
    snprintf(key + n, len - (size_t)n, "_%x", mask);
}

static void declare_dip(struct retro_core_option_definition *d, const input_field *f)
{
    const input_def *s[DIP_MAX_SETTINGS];
    int n = dip_settings(f, s, DIP_MAX_SETTINGS);
    d->desc = f->def->name;
    d->info = f->location;
    d->default_value = NULL;
    for (int i = 0; i < n; i++) {
        d->values[i].value = s[i]->name;
        d->values[i].label = NULL;
        if ((s[i]->value & f->mask) == f->defvalue)
            d->default_value = s[i]->name;
    }
    d->values[n].value = NULL;
    if (!d->default_value && n)
        d->default_value = s[0]->name;
}

static void declare_fixed(struct retro_core_option_definition *d, int *n)
{
    d[*n] = (struct retro_core_option_definition){
        OPT_ROTATION, "Rotation",
        "Vertical games: turned by the core (any frontend, exact screenshots) or by the frontend (SET_ROTATION)",
        { { "core", "In the core" }, { "frontend", "By the frontend" }, { NULL, NULL } }, "core" };
    (*n)++;
    d[*n] = (struct retro_core_option_definition){ OPT_SAMPLE_VOLUME, "Sample volume",
                                                   "Volume of sampled sound effects (samples sets)", { { NULL, NULL } },
                                                   "100" };
    static const char *const vols[] = { "0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100" };
    for (int i = 0; i < 11; i++)
        d[*n].values[i] = (struct retro_core_option_value){ vols[i], NULL };
    (*n)++;
    d[*n] = (struct retro_core_option_definition){
        OPT_ARTWORK, "Artwork",
        "MAME .lay artwork (overlays, bezels) from <system>/cabinet/artwork or <content folder>/artwork",
        { { "On", NULL }, { "Off", NULL }, { NULL, NULL } }, "On" };
    (*n)++;
}

void lr_options_declare(lr_core *c)
{
    const input_ports *ip = &c->m->inputs;
    int n = 0;
    memset(defs, 0, sizeof(defs));
    num_switches = 0;
    for (int i = 0; i < ip->num_fields && num_switches < LR_MAX_DIP_OPTIONS; i++) {
        const input_field *f = &ip->fields[i];
        if ((f->type != IPT_DIPSWITCH && !is_service_switch(f)) || !f->def)
            continue;
        if (f->type == IPT_DIPSWITCH && dip_settings(f, (const input_def *[DIP_MAX_SETTINGS]){ 0 }, DIP_MAX_SETTINGS) < 1)
            continue;
        lr_switch *sw = &switches[num_switches++];
        sw->field = i;
        make_key(sw->key, sizeof(sw->key), f->type == IPT_DIPSWITCH ? "dip" : "service", ip->ports[f->port].tag,
                 f->mask);
        struct retro_core_option_definition *d = &defs[n++];
        d->key = sw->key;
        if (f->type == IPT_DIPSWITCH) {
            declare_dip(d, f);
        } else {
            d->desc = f->def->name ? f->def->name : "Service Mode";
            d->info = "The board's service switch (also R3)";
            memcpy(d->values, on_off, sizeof(on_off));
            d->default_value = "Off";
        }
    }
    declare_fixed(defs, &n);
    unsigned version = 0;
    if (!lr_cb.env(RETRO_ENVIRONMENT_GET_CORE_OPTIONS_VERSION, &version) || version < 1
        || !lr_cb.env(RETRO_ENVIRONMENT_SET_CORE_OPTIONS, defs))
        lr_message(RETRO_LOG_WARN, 180, "Cabinet: the frontend has no core options; DIP switches at defaults");
}

static const char *get_var(const char *key)
{
    struct retro_variable v = { key, NULL };
    return lr_cb.env(RETRO_ENVIRONMENT_GET_VARIABLE, &v) ? v.value : NULL;
}

static void apply_switch(lr_core *c, const lr_switch *sw)
{
    input_field *f = &c->m->inputs.fields[sw->field];
    const char *v = get_var(sw->key);
    if (!v)
        return;
    if (is_service_switch(f)) {
        f->toggled = !strcmp(v, "On");
        return;
    }
    const input_def *s[DIP_MAX_SETTINGS];
    int n = dip_settings(f, s, DIP_MAX_SETTINGS);
    for (int i = 0; i < n; i++)
        if (!strcmp(s[i]->name, v))
            f->dipvalue = s[i]->value & f->mask;
}

/* Sample volume: the gain of every route leaving a samples device. */
static void apply_sample_volume(lr_core *c, int percent)
{
    mixer *mx = &c->m->mix;
    for (int i = 0; i < mx->num_routes && !c->gains_saved; i++)
        c->sample_gain[i] = mx->routes[i].gain;
    c->gains_saved = true;
    for (int i = 0; i < mx->num_routes; i++) {
        mixer_route *r = &mx->routes[i];
        const device_type *t = r->stream && r->stream->dev ? r->stream->dev->type : NULL;
        u16 gain = (u16)(c->sample_gain[i] * (u32)percent / 100);
        if (t && t->shortname && !strcmp(t->shortname, "samples") && gain != r->gain)
            sound_route_set_gain(c->m, r, gain);
    }
    c->sample_volume = percent;
}

void lr_options_apply(lr_core *c)
{
    for (int i = 0; i < num_switches; i++)
        apply_switch(c, &switches[i]);
    const char *rot = get_var(OPT_ROTATION), *art = get_var(OPT_ARTWORK);
    bool pre = !rot || strcmp(rot, "frontend") != 0;
    bool art_on = !art || strcmp(art, "Off") != 0;
    bool changed = c->frame_w && (pre != c->prerotate || art_on != c->art_on);
    c->prerotate = pre;
    c->art_on = art_on;
    if (changed)
        lr_update_geometry(c, true); /* artwork may turn the core's rotation back on */
    const char *vol = get_var(OPT_SAMPLE_VOLUME);
    int percent = vol ? atoi(vol) : 100;
    if (percent < 0 || percent > 100)
        percent = 100;
    if (!c->gains_saved || percent != c->sample_volume)
        apply_sample_volume(c, percent);
}

void lr_options_free(void)
{
    memset(defs, 0, sizeof(defs));
    num_switches = 0;
}
