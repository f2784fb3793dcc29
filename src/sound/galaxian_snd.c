/* Galaxian custom sound, approximated in integer arithmetic.

   Exact (as the schematics and MAME's discrete description give them):
   - the tone: the pitch latch loads an 8-bit counter clocked at 1.536 MHz,
     so a 4-bit counter steps at 1.536 MHz / (256 - pitch); its QA and QC
     outputs always reach the mixer (33k, 22k), QC also through 10k when
     VOL1 is set and QD through 15k when VOL2 is set. Pitch FFh is silence
     (the counter never reloads below the audible range).
   - the resistor mixing weights of the tone, background, HIT and FIRE
     branches (conductances of R51, R50, R49, R52, R34, R40, R43).
   - the three background 555 oscillators' free-running frequencies
     (1.44 / ((Ra + 2 Rb) C): 138, 189 and 267 Hz) and their enables FS1-3.

   Approximated:
   - the LFO: a sawtooth at (1 + lfo) * 0.4 Hz raising all three background
     frequencies by up to 60% (the real 555 current-controlled ramp and the
     R-2R-ish ladder are not simulated).
   - the noise: a 17-bit LFSR stepped once per 2V period (7920 Hz) instead
     of at 12 MHz and latched at 2V.
   - HIT: the noise gated by an attack/release envelope (5 ms / 40 ms)
     through a band-pass made of two one-pole filters (80-400 Hz) instead
     of the switched RC and the op-amp band-pass around 170 Hz.
   - FIRE: a square wave whose frequency rises from about 2.7 to 5.9 kHz as
     the 0.1 s RC (R47, C28) discharges while FIRE is held, lowered by the
     noise, with a 5 ms attack and 100 ms release envelope (R41, C25).
   - the output coupling capacitor is a 30 Hz one-pole DC blocker. */
#include "sound/galaxian_snd.h"

#include "emu/machine.h"

#define SOUND_CLOCK 1536000u /* 18.432 MHz / 12 */
#define NOISE_RATE 7920u     /* 2V: 60 * 264 / 2 */
#define GALSND_RATE 48000u   /* the approximation's own sample rate */

enum { FS1 = 0x01, FS2 = 0x02, FS3 = 0x04, HIT = 0x08, FIRE = 0x20, VOL1 = 0x40, VOL2 = 0x80 };

/* background 555 free-running frequencies in 16.16 Hz */
static const u32 bg_freq[3] = { 138u << 16, 189u << 16, 267u << 16 };

/* one-pole coefficient (16.16) for cutoff fc at rate sr: 2*pi*fc/sr */
static s32 pole(u32 fc, u32 sr)
{
    return (s32)(((u64)fc * 411775u) / sr); /* 411775 = 2*pi*65536 */
}

static int galsnd_start(device_t *d, char *err, size_t errlen)
{
    (void)err;
    (void)errlen;
    galaxian_snd *s = d->self;
    s->dev = d;
    d->sound_rate = GALSND_RATE;
    return 0;
}

static void galsnd_reset(device_t *d)
{
    galaxian_snd *s = d->self;
    device_stream_update(d);
    s->pitch = 0xff;
    s->lfo = 0;
    s->ctl = 0;
    s->tone_div = 1;
    s->lfsr = 1;
}

static bool in_range(s32 v, s32 lo, s32 hi)
{
    return v >= lo && v <= hi;
}

static void galsnd_serialize(device_t *d, state_io *io)
{
    galaxian_snd *s = d->self;
    st_u8(io, &s->pitch);
    st_u8(io, &s->lfo);
    st_u8(io, &s->ctl);
    st_u32(io, &s->tone_acc);
    st_u8(io, &s->tone_div);
    st_u8(io, &s->tone_cnt);
    for (int i = 0; i < 3; i++)
        st_u32(io, &s->bg_phase[i]);
    st_u32(io, &s->lfo_phase);
    st_u32(io, &s->lfsr);
    st_u32(io, &s->noise_acc);
    st_u8(io, &s->noise_bit);
    st_s32(io, &s->hit_env);
    st_s32(io, &s->hit_lp1);
    st_s32(io, &s->hit_lp2);
    st_s32(io, &s->fire_env);
    st_s32(io, &s->fire_sweep);
    st_u32(io, &s->fire_phase);
    st_s32(io, &s->out_lp);
    /* envelopes in 0..1.0 (16.16), filters within their inputs' swing */
    st_check(io, s->lfo < 16 && s->tone_acc < d->sound_rate && s->noise_acc < d->sound_rate);
    st_check(io, in_range(s->hit_env, 0, 65536) && in_range(s->fire_env, 0, 65536) &&
                     in_range(s->fire_sweep, 0, 65536));
    st_check(io, in_range(s->hit_lp1, -2000, 2000) && in_range(s->hit_lp2, -2000, 2000) &&
                     in_range(s->out_lp, -32768, 32767));
}

/* Advances the tone's 4-bit counter by n ticks of the 1.536 MHz clock. */
static void tone_ticks(galaxian_snd *s, u32 n)
{
    if (s->pitch == 0xff)
        return;
    u32 period = 256u - s->pitch;
    if (n < s->tone_div) {
        s->tone_div = (u8)(s->tone_div - n);
        return;
    }
    n -= s->tone_div;
    s->tone_cnt = (u8)((s->tone_cnt + 1 + n / period) & 15);
    s->tone_div = (u8)(period - n % period);
}

static void galsnd_update(device_t *d, s32 *const *outs, int n)
{
    s32 *out = outs[0];
    galaxian_snd *s = d->self;
    const u32 sr = d->sound_rate;
    const s32 a_att = pole(32, sr), a_hit_rel = pole(4, sr), a_fire_rel = pole(2, sr);
    const s32 a_sweep = pole(2, sr), a_lp1 = pole(400, sr), a_lp2 = pole(80, sr), a_dc = pole(30, sr);
    const u32 lfo_step = (u32)(((u64)(1u + s->lfo) * 1717986918u) / sr); /* 0.4 Hz * (1 + lfo), 0.32 */
    for (int i = 0; i < n; i++) {
        /* tone: voltages in mV (TTL high = 4000) */
        s->tone_acc += SOUND_CLOCK;
        tone_ticks(s, s->tone_acc / sr);
        s->tone_acc %= sr;
        s32 qa = s->tone_cnt & 1 ? 4000 : 0, qc = s->tone_cnt & 4 ? 4000 : 0, qd = s->tone_cnt & 8 ? 4000 : 0;

        /* background: 555s swept by the LFO sawtooth */
        s->lfo_phase += lfo_step;
        s32 bg = 0;
        for (int k = 0; k < 3; k++) {
            if (!(s->ctl >> k & 1))
                continue;
            u32 f = (u32)(((u64)bg_freq[k] * (65536u + ((s->lfo_phase >> 16) * 39321u >> 16))) >> 16);
            s->bg_phase[k] += f / sr;
            bg += (s->bg_phase[k] & 0x8000) ? 0 : 4500;
        }
        bg /= 3;

        /* tone pre-mixer: conductances in uS of 33k, 22k, 10k (VOL1), 15k (VOL2), 5.1k */
        s32 g = 30 + 45 + 196, v = 30 * qa + 45 * qc + 196 * bg;
        if (s->ctl & VOL1) {
            g += 100;
            v += 100 * qc;
        }
        if (s->ctl & VOL2) {
            g += 67;
            v += 67 * qd;
        }
        s32 tone = v / g;

        /* noise */
        s->noise_acc += NOISE_RATE;
        while (s->noise_acc >= sr) {
            s->noise_acc -= sr;
            u32 fb = ((s->lfsr >> 12) ^ ~s->lfsr) & 1;
            s->lfsr = (s->lfsr >> 1) | (fb << 16);
            s->noise_bit = s->lfsr & 1;
        }
        s32 noise = s->noise_bit ? 2000 : -2000;

        /* HIT */
        s->hit_env += (s32)((((s->ctl & HIT) ? 65536 : 0) - s->hit_env) * (s64)((s->ctl & HIT) ? a_att : a_hit_rel) >> 16);
        s32 hn = (s32)((s64)noise * s->hit_env >> 16);
        s->hit_lp1 += (s32)((s64)(hn - s->hit_lp1) * a_lp1 >> 16);
        s->hit_lp2 += (s32)((s64)(s->hit_lp1 - s->hit_lp2) * a_lp2 >> 16);
        s32 hit = (s->hit_lp1 - s->hit_lp2) * 2;

        /* FIRE */
        bool fire = s->ctl & FIRE;
        s->fire_env += (s32)(((fire ? 65536 : 0) - s->fire_env) * (s64)(fire ? a_att : a_fire_rel) >> 16);
        s->fire_sweep += (s32)(((fire ? 0 : 65536) - s->fire_sweep) * (s64)a_sweep >> 16);
        u32 ff = 2700u + (u32)(((u64)(65536 - s->fire_sweep) * 3200u) >> 16) - (s->noise_bit ? 600u : 0u);
        s->fire_phase += (u32)(((u64)ff << 16) / sr);
        s32 fsq = (s->fire_phase & 0x8000) ? 1000 : -1000;
        s32 fireo = (s32)((s64)fsq * s->fire_env >> 16);

        /* final mix: 5.1k (tone), 1.32k (HIT), 2.2k (FIRE) */
        s32 mix = (196 * tone + 758 * hit + 455 * fireo) / (196 + 758 + 455);
        s->out_lp += (s32)((s64)(mix - s->out_lp) * a_dc >> 16);
        s32 o = (mix - s->out_lp) * 9;
        out[i] = o > 32767 ? 32767 : o < -32768 ? -32768 : o;
    }
}

void galaxian_snd_pitch_w(galaxian_snd *s, u8 data)
{
    if (data == s->pitch)
        return;
    device_stream_update(s->dev);
    s->pitch = data;
}

void galaxian_snd_lfo_w(galaxian_snd *s, unsigned offset, u8 data)
{
    u8 v = (u8)((s->lfo & ~(1u << (offset & 3))) | (data & 1) << (offset & 3));
    if (v == s->lfo)
        return;
    device_stream_update(s->dev);
    s->lfo = v;
}

void galaxian_snd_sound_w(galaxian_snd *s, unsigned offset, u8 data)
{
    u8 v = (u8)((s->ctl & ~(1u << (offset & 7))) | (data & 1) << (offset & 7));
    if (v == s->ctl)
        return;
    device_stream_update(s->dev);
    s->ctl = v;
}

const device_type galaxian_snd_device = {
    .name = "Galaxian Custom Sound",
    .shortname = "galaxian_sound",
    .state_size = sizeof(galaxian_snd),
    .start = galsnd_start,
    .reset = galsnd_reset,
    .serialize = galsnd_serialize,
    .sound_update = galsnd_update,
};
