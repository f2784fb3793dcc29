#include "frontend/analogkeys.h"

#include <string.h>

bool analog_keys_set(analog_keys *a, int player, int axis, int increment, bool down)
{
    if (player < 1 || player > ANALOG_KEY_PLAYERS || axis < 0 || axis > 1 || increment < 0 || increment > 1)
        return false;
    a->held[player - 1][axis][increment] = down;
    return true;
}

void analog_keys_moved(analog_keys *a, int field)
{
    if (field >= 0 && field < MAX_FIELDS) {
        a->by_keys[field] = false;
        a->resid[field] = 0;
    }
}

static int axis_of(u16 type)
{
    return type == IPT_AD_STICK_Y || type == IPT_TRACKBALL_Y || type == IPT_POSITIONAL_V ? 1 : 0;
}

/* Positions are kept in hundredths of a unit (the field's offset plus the
   remainder carried here), so fractional rates add up as MAME's
   accumulator does. */
static s32 position(const analog_keys *a, const input_field *f, int i)
{
    return f->analog * 100 + a->resid[i];
}

/* Moves field i by `hundredths`; the ends of an absolute range hold. */
static void move(analog_keys *a, input_field *f, int i, s32 hundredths)
{
    s32 p = position(a, f, i) + hundredths;
    s32 target = p / 100;
    input_field_analog_add(f, target - f->analog);
    a->resid[i] = f->analog == target ? p % 100 : 0;
}

/* MAME's autocentre: back towards the centre by the centre delta per frame,
   stopping there. */
static void recentre(analog_keys *a, input_field *f, int i, s32 step)
{
    s32 p = position(a, f, i);
    if (p <= step && p >= -step) {
        f->analog = 0;
        a->resid[i] = 0;
        a->by_keys[i] = false;
        return;
    }
    p += p > 0 ? -step : step;
    f->analog = p / 100;
    a->resid[i] = p % 100;
}

/* MAME rounds half away from zero when it reads the accumulator. */
static s32 round_hundredths(s32 v)
{
    return v >= 0 ? (v + 50) / 100 : -((-v + 50) / 100);
}

void analog_keys_positional_add(analog_keys *a, input_field *f, int i, s32 hundredths)
{
    if (i < 0 || i >= MAX_FIELDS)
        return;
    s32 def = (s32)input_positional_default(f), last = f->def->amax ? f->def->amax - 1 : 0;
    if (round_hundredths(a->pos_acc[i]) != f->analog)
        a->pos_acc[i] = f->analog * 100; /* moved by a script or a recording since */
    s32 acc = a->pos_acc[i] + hundredths;
    acc = acc < -def * 100 ? -def * 100 : acc > (last - def) * 100 ? (last - def) * 100 : acc;
    a->pos_acc[i] = acc;
    f->analog = round_hundredths(acc);
}

void analog_keys_frame(analog_keys *a, input_ports *ip, int trackball_sens, int trackball_kd, int global_sens)
{
    for (int i = 0; i < ip->num_fields && i < MAX_FIELDS; i++) {
        input_field *f = &ip->fields[i];
        if (!input_type_is_analog(f->type) || f->player < 1 || f->player > ANALOG_KEY_PLAYERS)
            continue;
        const bool *keys = f->def->key_dec ? a->field_held[i] : a->held[f->player - 1][axis_of(f->type)];
        if (input_type_is_positional(f->type)) {
            int dir = (keys[1] ? 1 : 0) - (keys[0] ? 1 : 0);
            if (dir)
                analog_keys_positional_add(a, f, i, dir * f->def->keydelta * f->def->sensitivity * global_sens / 100);
            continue;
        }
        bool absolute = input_type_is_absolute(f->type);
        s32 kd = absolute ? f->def->keydelta : trackball_kd;
        s32 sens = absolute ? f->def->sensitivity : trackball_sens;
        s32 step = kd * sens * global_sens / 100; /* hundredths of a unit per frame */
        int dir = (keys[1] ? 1 : 0) - (keys[0] ? 1 : 0);
        if (keys[0] || keys[1]) {
            move(a, f, i, dir * step);
            a->by_keys[i] = true;
        } else if (absolute && a->by_keys[i]) {
            recentre(a, f, i, step);
        } else {
            a->by_keys[i] = false;
        }
    }
}
