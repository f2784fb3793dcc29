#include "frontend/sdl/dips.h"

int dip_settings(const input_field *f, const input_def **settings, int max)
{
    int n = 0;
    if (f->type != IPT_DIPSWITCH || !f->def)
        return 0;
    for (const input_def *d = f->def + 1; d->kind == INK_DIPSETTING || d->kind == INK_DIPLOCATION; d++)
        if (d->kind == INK_DIPSETTING && n < max)
            settings[n++] = d;
    return n;
}

int dip_current(const input_field *f)
{
    const input_def *s[DIP_MAX_SETTINGS];
    int n = dip_settings(f, s, DIP_MAX_SETTINGS);
    for (int i = 0; i < n; i++)
        if ((s[i]->value & f->mask) == (f->dipvalue & f->mask))
            return i;
    return -1;
}

void dip_cycle(input_field *f, int dir)
{
    const input_def *s[DIP_MAX_SETTINGS];
    int n = dip_settings(f, s, DIP_MAX_SETTINGS);
    if (n == 0)
        return;
    int i = dip_current(f);
    i = i < 0 ? 0 : (i + dir + n) % n;
    f->dipvalue = s[i]->value & f->mask;
}

bool dip_valid(const input_field *f, u32 value)
{
    const input_def *s[DIP_MAX_SETTINGS];
    int n = dip_settings(f, s, DIP_MAX_SETTINGS);
    for (int i = 0; i < n; i++)
        if ((s[i]->value & f->mask) == value)
            return true;
    return false;
}
