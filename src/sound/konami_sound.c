/* Konami sound board (see konami_sound.h for the hardware facts). */
#include "sound/konami_sound.h"

#include <stdio.h>

#define TIMER_PERIOD (16 * 16 * 2 * 8 * 5 * 2)
/* The filter node sees (R_AY + 1k) || 5k while the AY drives it and 5k
   (plus the CD4066's 270 ohm) while its output is off: no single resistor.
   3.7k is the one that gives MAME 0.251's netlist output for square waves
   through each capacitor (fitted at 437 Hz / 0.047 uF: 4.3k, 874 Hz /
   0.22 uF: 3.8k, 1748 Hz / 0.267 uF: 3.2k, from the Frogger test's audio). */
#define FILTER_R 3700u

u8 konami_sound_timer_value(u64 cycles, bool frogger)
{
    u32 n = (u32)((cycles * 8) % TIMER_PERIOD);
    u8 hibit = 0;
    if (n >= TIMER_PERIOD / 2) {
        hibit = 1;
        n -= TIMER_PERIOD / 2;
    }
    u8 v = (u8)(hibit << 7 | (n >> 14 & 1) << 6 | (n >> 13 & 1) << 5 | (n >> 11 & 1) << 4 | 0x0e);
    if (frogger) /* bits 3 and 5 swapped */
        v = (u8)((v & ~0x28) | (v >> 2 & 0x08) | (v << 2 & 0x20));
    return v;
}

u8 konami_sound_timeplt_timer(u64 cycles)
{
    static const u8 steps[10] = { 0x00, 0x10, 0x20, 0x30, 0x40, 0x90, 0xa0, 0xb0, 0xa0, 0xd0 };
    return steps[(cycles / 512) % 10];
}

rc_filter konami_sound_timeplt_filter(unsigned bits)
{
    u32 c = ((bits & 1) ? CAP_N(220) : 0) + ((bits & 2) ? CAP_N(47) : 0);
    return (rc_filter)RC_LP3(1000, 5100, 0, c);
}

rc_filter konami_sound_filter(unsigned bits)
{
    u32 c = ((bits & 1) ? CAP_N(220) : 0) + ((bits & 2) ? CAP_N(47) : 0);
    return (rc_filter)RC_LP(FILTER_R, c);
}

/* 2200 * 200 / 4900 * 100000 / 100192 * 20 (the amplifier to the output)
   times 5 V and 32768: the sample for a channel current of 1 / ohms */
s32 konami_sound_level(s32 ohms)
{
    const s64 num = 293680000; /* 1792.53 * 5 * 32768, rounded */
    s64 r = (s64)ohms + 6000;
    return (s32)(-(num + r / 2) / r);
}

/* ---- AY ports ---- */

static u8 ay_port_a_r(void *ctx)
{
    konami_sound_t *ks = ctx;
    return gen_latch_read(ks->latch);
}

static u8 ay_port_b_r(void *ctx)
{
    konami_sound_t *ks = ctx;
    u64 cycles = ks->cpu->total_cycles + (u64)cpu_cycles_run((const cpu_base *)ks->cpu->core);
    if (ks->cfg->board == KONAMI_SOUND_TIMEPLT)
        return konami_sound_timeplt_timer(cycles);
    return konami_sound_timer_value(cycles, ks->cfg->frogger_timer);
}

const ay8910_params konami_sound_ay_params = {
    ay_port_a_r, ay_port_b_r, NULL, NULL, { 1000, 1000, 1000 }, true, 0,
};

const ay8910_params konami_sound_timeplt_ay_params = {
    ay_port_a_r, ay_port_b_r, NULL, NULL, { 0, 0, 0 }, false, 0,
};

/* ---- sound CPU side ---- */

u8 konami_sound_ram_r(void *ctx, offs_t offset)
{
    konami_sound_t *ks = ctx;
    return ks->ram[offset & 0x3ff];
}

void konami_sound_ram_w(void *ctx, offs_t offset, u8 data)
{
    konami_sound_t *ks = ctx;
    ks->ram[offset & 0x3ff] = data;
}

static void resolve_routes(konami_sound_t *ks)
{
    for (int a = 0; a < 2; a++)
        for (int ch = 0; ch < 3; ch++)
            if (ks->ay[a] && !ks->route[a][ch]) {
                ks->route[a][ch] = machine_sound_route(ks->m, ks->cfg->ay_tag[a], ch);
                if (ks->route[a][ch]) /* before any mute: the configured gain */
                    ks->gain[a][ch] = ks->route[a][ch]->gain;
            }
}

/* the address is the data: six bits an AY, two a channel */
void konami_sound_filter_w(void *ctx, offs_t offset, u8 data)
{
    (void)data;
    konami_sound_t *ks = ctx;
    u16 bits = (u16)(offset & 0xfff);
    resolve_routes(ks);
    for (int a = 0; a < 2; a++) {
        u8 shift = a ? ks->cfg->ay2_shift : ks->cfg->ay1_shift;
        for (int ch = 0; ch < 3; ch++) {
            unsigned now = bits >> (shift + ch * 2) & 3, was = ks->filter >> (shift + ch * 2) & 3;
            if (!ks->route[a][ch] || now == was)
                continue;
            rc_filter f = ks->cfg->board == KONAMI_SOUND_TIMEPLT ? konami_sound_timeplt_filter(now)
                                                                  : konami_sound_filter(now);
            sound_route_set_filter(ks->m, ks->route[a][ch], 0, f);
        }
    }
    ks->filter = bits;
}

/* two AYs: reads AND the selected chips, writes may select both */
static u8 konami_ay_r(void *ctx, offs_t offset)
{
    konami_sound_t *ks = ctx;
    u8 v = 0xff;
    if ((offset & 0x20) && ks->ay[1])
        v &= ay8910_data_r(ks->ay[1]);
    if (offset & 0x80)
        v &= ay8910_data_r(ks->ay[0]);
    return v;
}

static void konami_ay_w(void *ctx, offs_t offset, u8 data)
{
    konami_sound_t *ks = ctx;
    if (ks->ay[1]) {
        if (offset & 0x10)
            ay8910_address_w(ks->ay[1], data);
        else if (offset & 0x20)
            ay8910_data_w(ks->ay[1], data);
    }
    if (offset & 0x40)
        ay8910_address_w(ks->ay[0], data);
    else if (offset & 0x80)
        ay8910_data_w(ks->ay[0], data);
}

static u8 frogger_ay_r(void *ctx, offs_t offset)
{
    konami_sound_t *ks = ctx;
    return (offset & 0x40) ? ay8910_data_r(ks->ay[0]) : 0xff;
}

static void frogger_ay_w(void *ctx, offs_t offset, u8 data)
{
    konami_sound_t *ks = ctx;
    if (offset & 0x40)
        ay8910_data_w(ks->ay[0], data);
    else if (offset & 0x80)
        ay8910_address_w(ks->ay[0], data);
}

const mem_map_entry konami_sound_map[] = {
    MAP_ROM(0x0000, 0x1fff, 0, "audiocpu", 0),
    MAP_BANK(0x8000, 0x83ff, 0x6c00, KONAMI_SOUND_RAM_BANK),
    MAP_DEVICE_WRITE(0x9000, 0x9fff, 0x6000, "konami", konami_sound_filter_w),
    MAP_END,
};

const mem_map_entry konami_sound_io[] = {
    MAP_DEVICE(0x00, 0xff, 0, "konami", konami_ay_r, konami_ay_w),
    MAP_END,
};

const mem_map_entry frogger_sound_map[] = {
    MAP_ROM(0x0000, 0x1fff, 0x8000, "audiocpu", 0),
    MAP_BANK(0x4000, 0x43ff, 0x9c00, KONAMI_SOUND_RAM_BANK),
    MAP_DEVICE_WRITE(0x6000, 0x6fff, 0x9000, "konami", konami_sound_filter_w),
    MAP_END,
};

const mem_map_entry timeplt_sound_map[] = {
    MAP_ROM(0x0000, 0x2fff, 0, "timeplt_audio:tpsound", 0),
    MAP_BANK(0x3000, 0x33ff, 0x0c00, KONAMI_SOUND_RAM_BANK),
    MAP_DEVICE(0x4000, 0x4000, 0x0fff, "timeplt_audio:ay1", ay8910_data_map_r, ay8910_data_map_w),
    MAP_DEVICE_WRITE(0x5000, 0x5000, 0x0fff, "timeplt_audio:ay1", ay8910_address_map_w),
    MAP_DEVICE(0x6000, 0x6000, 0x0fff, "timeplt_audio:ay2", ay8910_data_map_r, ay8910_data_map_w),
    MAP_DEVICE_WRITE(0x7000, 0x7000, 0x0fff, "timeplt_audio:ay2", ay8910_address_map_w),
    MAP_DEVICE_WRITE(0x8000, 0xffff, 0, "timeplt_audio", konami_sound_filter_w),
    MAP_END,
};

const mem_map_entry frogger_sound_io[] = {
    MAP_DEVICE(0x00, 0xff, 0, "konami", frogger_ay_r, frogger_ay_w),
    MAP_END,
};

/* ---- main board side ---- */

static void apply_mute(konami_sound_t *ks, bool direct)
{
    resolve_routes(ks);
    bool muted = ks->control & 0x10;
    for (int a = 0; a < 2; a++)
        for (int ch = 0; ch < 3; ch++) {
            mixer_route *r = ks->route[a][ch];
            if (!r)
                continue;
            u16 gain = muted ? 0 : ks->gain[a][ch];
            if (direct)
                r->gain = gain;
            else
                sound_route_set_gain(ks->m, r, gain);
        }
}

static void irq_sync_done(machine_t *m, void *ctx, s32 param)
{
    (void)m;
    (void)param;
    konami_sound_t *ks = ctx;
    cpu_set_line(ks->cpu, CPU_LINE_IRQ0, LINE_HOLD);
}

static void raise_irq(konami_sound_t *ks)
{
    timer_adjust(ks->m, ks->irq_sync, ET_ZERO, 0, ET_ZERO);
    sched_sync(ks->m);
}

void konami_sound_control_w(konami_sound_t *ks, u8 data)
{
    u8 old = ks->control;
    ks->control = data;
    /* bit 3 falling clocks the interrupt flip-flop; the acknowledge clears
       it. The line changes at the writer's time, once the sound CPU has
       caught up (MAME's synchronised input lines). */
    if ((old & 0x08) && !(data & 0x08))
        raise_irq(ks);
    if ((old ^ data) & 0x10)
        apply_mute(ks, false);
}

void konami_sound_irq_line_w(konami_sound_t *ks, int state)
{
    bool was = ks->control & 0x08;
    ks->control = (u8)((ks->control & ~0x08) | (state ? 0x08 : 0));
    if (!was && state)
        raise_irq(ks);
}

void konami_sound_mute_w(konami_sound_t *ks, int state)
{
    u8 old = ks->control;
    ks->control = (u8)((ks->control & ~0x10) | (state ? 0x10 : 0));
    if ((old ^ ks->control) & 0x10)
        apply_mute(ks, false);
}

/* ---- device ---- */

static int konami_sound_start(device_t *d, char *err, size_t errlen)
{
    konami_sound_t *ks = d->self;
    ks->cfg = d->cfg->params;
    ks->m = d->machine;
    if (!ks->cfg) {
        snprintf(err, errlen, "konami_sound: no configuration");
        return -1;
    }
    ks->cpu = machine_cpu(ks->m, ks->cfg->cpu_tag);
    ks->latch = machine_device_self(ks->m, ks->cfg->latch_tag);
    for (int a = 0; a < 2; a++)
        ks->ay[a] = ks->cfg->ay_tag[a] ? machine_device_self(ks->m, ks->cfg->ay_tag[a]) : NULL;
    if (!ks->cpu || !ks->latch || !ks->ay[0] || (ks->cfg->ay_tag[1] && !ks->ay[1])) {
        snprintf(err, errlen, "konami_sound: the CPU, latch and AYs must come before it");
        return -1;
    }
    /* the RAM as direct pages (the CPU's wait loops on it can be skipped) */
    mem_space_set_bank(&ks->cpu->program, KONAMI_SOUND_RAM_BANK, ks->ram, true);
    ks->irq_sync = timer_alloc(ks->m, irq_sync_done, ks);
    if (!ks->irq_sync) {
        snprintf(err, errlen, "konami_sound: no timer left");
        return -1;
    }
    for (int a = 0; a < 2; a++)
        if (ks->ay[a]) {
            ay8910_set_callback_context(ks->ay[a], ks);
            if (ks->ay[a]->p && ks->ay[a]->p->resistor_output)
                ay8910_map_levels(ks->ay[a], konami_sound_level);
        }
    return 0;
}

static void konami_sound_reset(device_t *d)
{
    konami_sound_t *ks = d->self;
    /* the filter latch and the control byte are not reset by the board */
    (void)ks;
}

static void konami_sound_serialize(device_t *d, state_io *io)
{
    konami_sound_t *ks = d->self;
    st_bytes(io, ks->ram, sizeof(ks->ram));
    st_u8(io, &ks->control);
    st_u16(io, &ks->filter);
    st_check(io, ks->filter < 0x1000);
    if (io->loading)
        apply_mute(ks, true);
}

const device_type konami_sound_device = {
    .name = "Konami sound board",
    .shortname = "konami_sound",
    .state_size = sizeof(konami_sound_t),
    .start = konami_sound_start,
    .reset = konami_sound_reset,
    .serialize = konami_sound_serialize,
};
