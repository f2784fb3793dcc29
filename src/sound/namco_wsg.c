#include "sound/namco_wsg.h"

#include <stdio.h>
#include <string.h>

#include "emu/machine.h"

/* Output scale as MAME's namco device: sample (-8..7) x volume x 256, shared
   by the three voices so that all of them at full level stay in 16 bits. */
static s16 wsg_level(u8 prom, int volume)
{
    return (s16)(((int)(prom & 0x0f) - 8) * volume * 256 / NAMCO_WSG_VOICES);
}

static int wsg_start(device_t *d, char *err, size_t errlen)
{
    namco_wsg *w = d->self;
    const namco_wsg_params *p = d->cfg->params;
    mem_region *r = machine_region(d->machine, p && p->region ? p->region : "namco");
    if (!r || r->size < 0x100) {
        snprintf(err, errlen, "%s: sound PROM region missing or short", d->tag);
        return -1;
    }
    w->dev = d;
    w->prom = r->data;
    for (int v = 0; v < 16; v++)
        for (int i = 0; i < 8 * 32; i++)
            w->level[v][i] = wsg_level(w->prom[i], v);
    d->sound_rate = d->clock; /* the voices step once per clock */
    w->enabled = true;
    return 0;
}

static void wsg_serialize(device_t *d, state_io *io)
{
    namco_wsg *w = d->self;
    st_bytes(io, w->regs, sizeof(w->regs));
    for (size_t i = 0; i < sizeof(w->regs); i++)
        st_check(io, w->regs[i] <= 0x0f); /* the chip's registers are 4 bits */
    for (int i = 0; i < NAMCO_WSG_VOICES; i++) {
        st_u32(io, &w->voice[i].freq);
        st_u32(io, &w->voice[i].counter);
        st_u8(io, &w->voice[i].wave);
        st_u8(io, &w->voice[i].volume);
        st_check(io, w->voice[i].wave < 8 && w->voice[i].volume < 16);
    }
    st_bool(io, &w->enabled);
}

static void wsg_update(device_t *d, s32 *const *outs, int n)
{
    s32 *out = outs[0];
    namco_wsg *w = d->self;
    memset(out, 0, (size_t)n * sizeof(*out));
    if (!w->enabled)
        return;
    for (int i = 0; i < NAMCO_WSG_VOICES; i++) {
        namco_wsg_voice *v = &w->voice[i];
        if (!v->freq || !v->volume)
            continue; /* a silent voice holds its phase */
        const s16 *wave = &w->level[v->volume][v->wave * 32];
        u32 c = v->counter;
        for (int s = 0; s < n; s++) {
            out[s] += wave[c >> 15 & 0x1f];
            c = (c + v->freq) & 0xfffff;
        }
        v->counter = c;
    }
}

/* Registers, per voice (v2/v3 lack the lowest frequency nibble):
   v1: 05 wave, 10-14 freq (low nibble first), 15 volume
   v2: 0a wave, 16-19 freq bits 4-19, 1a volume
   v3: 0f wave, 1b-1e freq bits 4-19, 1f volume
   00-04, 06-09, 0b-0e are the voices' accumulators on the real chip. */
static void wsg_recompute(namco_wsg *w, int ch)
{
    namco_wsg_voice *v = &w->voice[ch];
    const u8 *r = w->regs;
    int f = 0x11 + ch * 5;
    v->wave = r[0x05 + ch * 5] & 7;
    v->freq = (ch == 0 ? r[0x10] : 0) | (u32)r[f] << 4 | (u32)r[f + 1] << 8 | (u32)r[f + 2] << 12 |
              (u32)r[f + 3] << 16;
    v->volume = r[0x15 + ch * 5];
}

void namco_wsg_write(namco_wsg *w, offs_t offset, u8 data)
{
    offset &= 0x1f;
    data &= 0x0f;
    if (w->regs[offset] == data)
        return;
    device_stream_update(w->dev);
    w->regs[offset] = data;
    int ch = offset < 0x10 ? (int)(offset - 5) / 5 : offset == 0x10 ? 0 : (int)(offset - 0x11) / 5;
    if (offset >= 5 && ch < NAMCO_WSG_VOICES)
        wsg_recompute(w, ch);
}

void namco_wsg_w(void *wsg, offs_t offset, u8 data)
{
    namco_wsg_write(wsg, offset, data);
}

void namco_wsg_enable(namco_wsg *w, bool on)
{
    if (w->enabled == on)
        return;
    device_stream_update(w->dev);
    w->enabled = on;
}

const device_type namco_wsg_device = {
    .name = "Namco",
    .shortname = "namco",
    .state_size = sizeof(namco_wsg),
    .start = wsg_start,
    .reset = NULL, /* as MAME: a soft reset leaves the voices alone */
    .serialize = wsg_serialize,
    .sound_update = wsg_update,
};
