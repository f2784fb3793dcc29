/* Palettes from PROM descriptions (video/viewer.h). */
#include "emu/machine.h"
#include "video/resnet.h"
#include "video/viewer.h"

static u32 prom_address(const palette_prom *p, int color)
{
    return p->offset + ((u32)color >> p->shift[0] & p->mask[0]) + ((u32)color >> p->shift[1] & p->mask[1]);
}

bool palette_source_byte(const machine_t *m, const palette_source *ps, int k, int color, u32 *addr, u8 *byte)
{
    u32 a = prom_address(&ps->proms[k], color);
    const mem_region *r = region_find_const(&m->regions, ps->proms[k].region);
    *addr = a;
    *byte = r && a < r->size ? r->data[a] : 0;
    return r && a < r->size;
}

static bool forced(const palette_source *ps, int color)
{
    return ps->force_mask && ((u32)color & ps->force_mask) == ps->force_match;
}

static u32 channel_value(const palette_source *ps, const u8 *bytes, int color, int c)
{
    if (forced(ps, color))
        return 0;
    const palette_channel *ch = &ps->ch[c];
    u32 v = 0;
    for (int b = 0; b < ch->bits; b++)
        v |= (u32)(bytes[ch->prom[b]] >> ch->bit[b] & 1) << b;
    return v;
}

u32 palette_source_value(const machine_t *m, const palette_source *ps, int color, int c)
{
    u8 bytes[3];
    for (int k = 0; k < ps->nproms; k++) {
        u32 a;
        palette_source_byte(m, ps, k, color, &a, &bytes[k]);
    }
    return channel_value(ps, bytes, color, c);
}

void palette_source_nets(const palette_source *ps, resnet_channel rc[3])
{
    resnet_net nets[3];
    for (int c = 0; c < 3; c++)
        nets[c] = (resnet_net){ ps->ch[c].bits, ps->ch[c].ohms, ps->ch[c].pulldown, ps->ch[c].pullup };
    resnet_compute(0, ps->max ? ps->max : 255, -1.0, 3, nets, rc);
}

int palette_source_level(const palette_source *ps, const resnet_channel *rc, int color, int c, u32 value)
{
    switch (ps->kind) {
    case PALSRC_RESNET: return resnet_level(&rc[c], value);
    case PALSRC_WEIGHTS: {
        int sum = 0;
        for (int b = 0; b < ps->ch[c].bits; b++)
            sum += (int)(value >> b & 1) * ps->ch[c].weight[b];
        return sum;
    }
    default: return ps->level(ps, color, c, value);
    }
}

/* Pen `pen` of range l, whose region is r (NULL: none or missing). */
static int lookup_color(const palette_lookup *l, const mem_region *r, int pen, u32 *addr, u8 *byte)
{
    if (!l->region) {
        *addr = 0;
        *byte = 0;
        return l->add + (pen - l->pen);
    }
    *addr = l->offset + (u32)(pen - l->pen);
    *byte = r && *addr < r->size ? r->data[*addr] : 0;
    u32 v = (u32)*byte >> l->shift & l->mask;
    return (int)(v | l->add | (v & l->spread_mask) << l->spread_shift);
}

const palette_lookup *palette_source_lookup(const machine_t *m, const palette_source *ps, int num_pens, int pen,
                                            u32 *addr, u8 *byte, int *color)
{
    for (int i = 0; i < ps->nlut; i++) {
        const palette_lookup *l = &ps->lut[i];
        if (pen < l->pen || pen >= l->pen + l->count || num_pens < l->min_pens)
            continue;
        *color = lookup_color(l, l->region ? region_find_const(&m->regions, l->region) : NULL, pen, addr, byte);
        return l;
    }
    return NULL;
}

void palette_source_apply(machine_t *m, palette_t *pal, const palette_source *ps)
{
    resnet_channel rc[3];
    if (ps->kind == PALSRC_RESNET)
        palette_source_nets(ps, rc);
    const mem_region *r[3];
    for (int k = 0; k < ps->nproms; k++)
        r[k] = region_find_const(&m->regions, ps->proms[k].region);
    for (int i = 0; i < ps->count && i < pal->num_colors; i++) {
        u8 bytes[3];
        for (int k = 0; k < ps->nproms; k++) {
            u32 a = prom_address(&ps->proms[k], i);
            bytes[k] = r[k] && a < r[k]->size ? r[k]->data[a] : 0;
        }
        int lv[3];
        for (int c = 0; c < 3; c++)
            lv[c] = palette_source_level(ps, rc, i, c, channel_value(ps, bytes, i, c));
        palette_set_color(pal, i, (u8)lv[0], (u8)lv[1], (u8)lv[2]);
    }
    if (ps->normalize)
        palette_normalize_range(pal, 0, ps->count - 1, 0, 255);
    for (int i = 0; i < ps->nlut; i++) {
        const palette_lookup *l = &ps->lut[i];
        if (pal->num_pens < l->min_pens)
            continue;
        const mem_region *r = l->region ? region_find_const(&m->regions, l->region) : NULL;
        for (int p = l->pen; p < l->pen + l->count && p < pal->num_pens; p++) {
            u32 a;
            u8 b;
            palette_set_pen_color(pal, p, lookup_color(l, r, p, &a, &b));
        }
    }
}
