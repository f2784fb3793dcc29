/* The chain behind a pixel, as text (video/provenance.h). */
#include <stdlib.h>
#include <string.h>

#include "emu/machine.h"
#include "video/provenance.h"
#include "video/tilemap.h"
#include "video/viewer.h"

#define MAX_SPRITES 256

static int gfx_index(const machine_t *m, const gfx_element *g)
{
    for (int i = 0; i < m->num_gfx; i++)
        if (g == &m->gfx[i])
            return i;
    return -1;
}

static int tilemap_index(const machine_t *m, const tilemap_t *tm)
{
    for (int i = 0; i < m->num_tilemaps; i++)
        if (tm == m->tilemaps[i])
            return i;
    return -1;
}

/* The driver's sprite number for a sprite draw, or -1. */
static int sprite_number(machine_t *m, const prov_event *e, const viewer_sprite *list, int n)
{
    for (int i = 0; i < n; i++) {
        const viewer_sprite *s = &list[i];
        if (&m->gfx[s->gfx] == e->gfx && s->code == e->code && s->color == e->color && s->flipx == e->flipx
            && s->flipy == e->flipy && s->sy == e->sy && (s->sx == e->sx || (s->wrap256 && s->sx - 256 == e->sx)))
            return i;
    }
    return -1;
}

static void print_event(machine_t *m, const prov_event *e, const viewer_sprite *list, int n, FILE *out)
{
    int gi = gfx_index(m, e->gfx);
    if (e->kind == PROV_TILE) {
        fprintf(out, "tilemap %d tile col %d row %d (memory index 0x%03x): gfx %d code 0x%02x colour 0x%02x%s%s, "
                     "pixel %d,%d of the tile",
                tilemap_index(m, e->tm), e->col, e->row, e->mem_index, gi, e->code, e->color,
                e->flipx ? " flipx" : "", e->flipy ? " flipy" : "", e->ex, e->ey);
    } else {
        int si = sprite_number(m, e, list, n);
        if (si >= 0)
            fprintf(out, "sprite %d (attributes at 0x%04x): ", list[si].index, list[si].addr);
        else
            fprintf(out, "gfx draw: ");
        fprintf(out, "gfx %d code 0x%02x colour 0x%02x%s%s at %d,%d, pixel %d,%d of the element", gi, e->code,
                e->color, e->flipx ? " flipx" : "", e->flipy ? " flipy" : "", e->sx, e->sy, e->ex, e->ey);
    }
    fprintf(out, ", value %u, pen 0x%03x", e->value, e->pen);
}

/* The ROM bits behind pixel (ex, ey) of the element: one per plane. */
static void print_rom_bits(machine_t *m, const prov_event *e, FILE *out)
{
    int gi = gfx_index(m, e->gfx);
    if (gi < 0 || !m->config->video.gfx)
        return;
    const gfx_decode_entry *de = &m->config->video.gfx[gi];
    const gfx_layout *l = de->layout;
    const mem_region *r = region_find_const(&m->regions, de->region);
    if (!r || !l->width)
        return;
    int widen = e->gfx->width / l->width;
    u32 code = e->code % (u32)e->gfx->total;
    int lx = e->ex / (widen > 0 ? widen : 1);
    u32 row0 = gfx_layout_bit(l, (u32)(r->size * 8), code, 0, e->ey, 0);
    fprintf(out, "  graphics: region %s, element 0x%02x row %d (its pixel 0 at bit 0x%x, byte 0x%04x); pixel %d:",
            de->region, code, e->ey, row0, de->offset + row0 / 8, lx);
    for (int p = 0; p < l->planes; p++) {
        u32 bit = gfx_layout_bit(l, (u32)(r->size * 8), code, lx, e->ey, p);
        u32 byte = de->offset + bit / 8;
        int b = 7 - (int)(bit % 8);
        fprintf(out, "%s plane %d = %s+0x%04x bit %d (byte 0x%02x) = %d", p ? "," : "", p, de->region, byte, b,
                byte < r->size ? r->data[byte] : 0, byte < r->size ? r->data[byte] >> b & 1 : 0);
    }
    fprintf(out, " -> value %u\n", e->value);
}

/* "bits 0-2" (one PROM) or "proms+0x020 bits 6-7, proms+0x000 bits 0-2":
   the channel's inputs in runs of consecutive bits of one PROM. */
static void print_inputs(const palette_source *ps, const palette_channel *ch, const u32 *addr, FILE *out)
{
    for (int b = 0; b < ch->bits;) {
        int e = b;
        while (e + 1 < ch->bits && ch->prom[e + 1] == ch->prom[b] && ch->bit[e + 1] == ch->bit[e] + 1)
            e++;
        if (b)
            fprintf(out, ", ");
        if (ps->nproms > 1)
            fprintf(out, "%s+0x%03x ", ps->proms[ch->prom[b]].region, addr[ch->prom[b]]);
        if (e > b)
            fprintf(out, "bits %d-%d", ch->bit[b], ch->bit[e]);
        else
            fprintf(out, "bit %d", ch->bit[b]);
        b = e + 1;
    }
}

static void print_prom_chain(const machine_t *m, const palette_source *ps, int color, FILE *out)
{
    static const char *const names[3] = { "red", "green", "blue" };
    u32 addr[3];
    u8 byte[3];
    fprintf(out, "  palette PROM%s: ", ps->nproms > 1 ? "s" : "");
    for (int k = 0; k < ps->nproms; k++) {
        palette_source_byte(m, ps, k, color, &addr[k], &byte[k]);
        fprintf(out, "%s%s+0x%03x = 0x%02x", k ? ", " : "", ps->proms[k].region, addr[k], byte[k]);
    }
    resnet_channel rc[3];
    if (ps->kind == PALSRC_RESNET) {
        palette_source_nets(ps, rc);
        fprintf(out, ", resistor weights scaled to 0-%d:\n", ps->max ? ps->max : 255);
    } else if (ps->kind == PALSRC_WEIGHTS) {
        fprintf(out, ", each resistor's level at 1 (summed):\n");
    } else {
        fprintf(out, ", through %s:\n", ps->network);
    }
    bool force = ps->force_mask && ((u32)color & ps->force_mask) == ps->force_match;
    if (force)
        fprintf(out, "    colour 0x%02x is forced: %s (its inputs read as 0)\n", color, ps->force_why);
    u32 sum = 0;
    for (int c = 0; c < 3; c++) {
        const palette_channel *ch = &ps->ch[c];
        u32 v = palette_source_value(m, ps, color, c);
        int level = palette_source_level(ps, rc, color, c, v);
        fprintf(out, "    %-5s = ", names[c]);
        print_inputs(ps, ch, addr, out);
        fprintf(out, " = %u:", v);
        for (int b = 0; b < ch->bits; b++) {
            fprintf(out, " %s%d ohm", v >> b & 1 ? "+" : "-", ch->ohms[b]);
            if (ps->kind == PALSRC_RESNET)
                fprintf(out, " (%.2f)", rc[c].weight[b] / 65536.0);
            else if (ps->kind == PALSRC_WEIGHTS)
                fprintf(out, " (%u)", ch->weight[b]);
        }
        if (ch->pulldown)
            fprintf(out, ", %d ohm pull-down", ch->pulldown);
        if (ch->pullup)
            fprintf(out, ", %d ohm pull-up", ch->pullup);
        fprintf(out, " -> %d\n", level);
        sum = sum << 8 | (u32)(level & 0xff);
    }
    u32 have = m->palette.colors[color] & 0xffffff;
    if (ps->normalize)
        fprintf(out, "  normalized (luminance of colours 0-%d stretched to 0-255): #%06x -> #%06x\n", ps->count - 1,
                sum, have);
    else if (sum != have)
        fprintf(out, "  (the palette holds #%06x, not these levels: the driver's palette source is out of date)\n",
                have);
}

void provenance_pen(machine_t *m, int pen, FILE *out)
{
    const palette_t *pal = &m->palette;
    if (pen < 0 || pen >= pal->num_pens) {
        fprintf(out, "  pen 0x%03x: outside the palette (%d pens)\n", pen, pal->num_pens);
        return;
    }
    int color = pal->pen_color[pen];
    const viewer_desc *vd = m->config->video.viewer;
    const palette_source *ps = vd ? vd->palette : NULL;
    if (pal->indirect) {
        fprintf(out, "  colour lookup: pen 0x%03x -> colour 0x%02x", pen, color);
        u32 at;
        u8 byte;
        int lc;
        const palette_lookup *l = ps ? palette_source_lookup(m, ps, pal->num_pens, pen, &at, &byte, &lc) : NULL;
        if (l && !l->region) {
            fprintf(out, " (direct)");
        } else if (l) {
            fprintf(out, " (%s+0x%03x = 0x%02x", l->region, at, byte);
            if (l->shift)
                fprintf(out, ", >> %d", l->shift);
            fprintf(out, ", & 0x%02x", l->mask);
            if (l->add)
                fprintf(out, ", | 0x%02x", l->add);
            if (l->spread_mask)
                fprintf(out, ", bits of 0x%02x also << %d", l->spread_mask, l->spread_shift);
            fprintf(out, ")");
            if (lc != color)
                fprintf(out, " (the description gives colour 0x%02x: the driver's palette source is out of date)", lc);
        }
        fprintf(out, "\n");
    }
    if (ps && color < ps->count)
        print_prom_chain(m, ps, color, out);
    for (int i = 0; ps && i < ps->nnotes; i++)
        if (color >= ps->notes[i].pen && color < ps->notes[i].pen + ps->notes[i].count)
            fprintf(out, "  not from a PROM: %s\n", ps->notes[i].text);
    u32 rgb = pal->colors[color];
    fprintf(out, "  RGB: #%06x (colour 0x%02x)\n", rgb & 0xffffff, color);
}

static int describe_notes(machine_t *m, const prov_recorder *r, u16 pen_now, const char *source, FILE *out)
{
    viewer_sprite *list = NULL;
    int n = 0;
    const viewer_desc *vd = m->config->video.viewer;
    if (vd && vd->sprites && (list = malloc(MAX_SPRITES * sizeof(*list))))
        n = vd->sprites(m, m->drv, list, MAX_SPRITES);
    fprintf(out, "pixel %d,%d of frame %llu (%s): pen 0x%03x, RGB #%06x\n", r->x, r->y,
            (unsigned long long)m->frame_number, source, pen_now, machine_frame(m)[r->y * m->bitmap.width + r->x]);
    fprintf(out, "draws over it, first to last%s:\n", r->overflow ? " (the earliest dropped)" : "");
    int win = -1;
    for (int i = 0; i < r->count; i++) {
        fprintf(out, "  %d. ", i + 1);
        print_event(m, &r->ev[i], list, n, out);
        fprintf(out, " -- %s\n", r->ev[i].drawn ? "drawn" : "transparent here");
        if (r->ev[i].drawn)
            win = i;
    }
    if (!r->count)
        fprintf(out, "  none\n");
    if (win < 0 || r->ev[win].pen != pen_now) {
        fprintf(out, "winner: the driver's own code (no tilemap or gfx helper drew pen 0x%03x here)\n", pen_now);
    } else {
        const prov_event *e = &r->ev[win];
        fprintf(out, "winner: draw %d, %s\n", win + 1, e->kind == PROV_TILE ? "the tilemap" : "the sprite");
        print_rom_bits(m, e, out);
        fprintf(out, "  pen 0x%03x = colour base 0x%03x + colour 0x%02x x %d pens + value %u\n", e->pen,
                e->gfx->color_base, e->color % (e->gfx->total_colors ? e->gfx->total_colors : 1),
                e->gfx->granularity, e->value);
    }
    provenance_pen(m, pen_now, out);
    free(list);
    return 0;
}

/* No notes for this pixel: redraw the frame from the current state into a
   scratch bitmap, watching it, between a state save and its restore. */
static int describe_redrawn(machine_t *m, int x, int y, FILE *out)
{
    bitmap_ind16 scratch;
    prov_recorder *rec = calloc(1, sizeof(*rec));
    u8 *state = NULL;
    size_t len = 0;
    if (!rec || bitmap_alloc(&scratch, m->bitmap.width, m->bitmap.height)) {
        free(rec);
        fprintf(out, "why: out of memory\n");
        return -1;
    }
    bool saved = machine_save_state(m, &state, &len) == 0;
    rec->x = x;
    rec->y = y;
    scratch.prov = rec;
    rect_t all = { 0, scratch.width - 1, 0, scratch.height - 1 };
    m->config->video.update(m, m->drv, &scratch, &all);
    if (saved) {
        char err[256];
        machine_load_state(m, state, len, err, sizeof(err));
    }
    free(state);
    u16 pen = m->bitmap.pix[y * m->bitmap.width + x];
    if (scratch.pix[y * scratch.width + x] != pen)
        fprintf(out, "note: redrawn from the machine's state now, the pixel shows pen 0x%03x instead of 0x%03x "
                     "(the state changed while the frame was drawn)\n",
                scratch.pix[y * scratch.width + x], pen);
    int rc = describe_notes(m, rec, pen, "redrawn from the current state", out);
    bitmap_free(&scratch); /* frees rec */
    return rc;
}

int provenance_describe(machine_t *m, int x, int y, FILE *out)
{
    if (x < 0 || y < 0 || x >= m->bitmap.width || y >= m->bitmap.height) {
        fprintf(out, "why: %d,%d is outside the %dx%d screen\n", x, y, m->bitmap.width, m->bitmap.height);
        return -1;
    }
    const prov_recorder *r = m->bitmap.prov;
    if (r && r->x == x && r->y == y && r->frame == m->frame_number)
        return describe_notes(m, r, m->bitmap.pix[y * m->bitmap.width + x], "recorded while drawn", out);
    return describe_redrawn(m, x, y, out);
}
