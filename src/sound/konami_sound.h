/* Konami's sound board of the Scramble era (Frogger, Scramble, Super Cobra,
   Amidar, The End, Time Pilot ...): a Z80 at 14.318181 MHz / 8 with its own
   ROM and 1 KB of RAM, one or two AY-3-8910A, the sound latch the main CPU
   writes, the interrupt it raises, the 74LS393/93/90 timer chain the sound
   program reads through AY #1's port B, and per-channel RC filters the
   sound CPU selects by the address it writes to.

   Facts (MAME 0.251 galaxian.cpp, konami_sound_* and nl_konami.cpp):
   - latch: AY #1 port A reads it (a generic latch: the write syncs);
   - interrupt: the main board's control byte (PPI port B on the Konami
     main boards): bit 3 going 1 -> 0 raises IRQ0 on the sound Z80, held
     until it is acknowledged; bit 4 mutes the sound (MAME's system_mute);
   - timer: the Z80 clock is the first counter's /8 output; the chain
     divides 14.318181 MHz by 16*16*2*8*5*2 = 40960. From the sound CPU's
     cycles c, n = (8c) mod 40960: bit 7 = n >= 20480, bits 6, 5 = bits 14
     and 13 of n mod 20480, bit 4 = its bit 11, bits 3-1 high, bit 0 low.
     Frogger's board swaps bits 3 and 5;
   - filters: a write's address bits A0-A5 choose AY #2's, A6-A11 AY #1's
     capacitors, two bits a channel (A, B, C): the low one a 0.22 uF, the
     high one a 0.047 uF capacitor, each through a CD4066 switch (270 ohm)
     to ground at the node between the channel's 1k series resistor and its
     5k summing resistor;
   - output: each channel is the AY's resistance to +5 V (MAME's
     AY8910_RESISTOR_OUTPUT into a 1k load) in series with 1k + 5k into an
     op-amp summing node (2.2k feedback), then a 4.7k/200 ohm divider, a
     0.15 uF / 100k high-pass and MAME's x20 output scale.
   The netlist as first-order stages (what the mixer's RC stages can do):
   level = -(2200 * 200/4900 * 100000/100192 * 20) * 5 V / (R + 6000 ohm)
   per channel (a full-scale 1.0 = 32768: within 1% of MAME's output
   level); the selected capacitors (their sum when both are on) as a
   low-pass with R = 3.7k, the resistance that matches MAME's attenuation
   of square waves (the netlist's is nonlinear: see konami_sound.c); the
   0.15 uF / 100k high-pass after it.

   Its relative, the Time Pilot board (MAME 0.251 timeplt_a.cpp, also on
   Pooyan, Tutankham, Rock'n Rope; `board = KONAMI_SOUND_TIMEPLT`):
   - the same Z80 and AYs at 14.318181 MHz / 8, AY #1's port A the latch;
   - memory-mapped: ROM 0000-2fff, RAM 3000-33ff (mirrored to 3fff), AY #1
     data 4000 / address 5000, AY #2 data 6000 / address 7000 (each
     mirrored over its 4K), filters written at 8000-ffff (the same address
     bits: A0-A5 AY #2, A6-A11 AY #1);
   - timer (port B): a /512 of the CPU clock into an LS90 counting
     bi-quinary: 00 10 20 30 40 90 a0 b0 a0 d0, one step per 512 cycles;
   - the filters as MAME has them: an RC low-pass of 1k || 5.1k (its
     LOWPASS_3R, R3 = 0) with the selected capacitors; the AYs' own
     outputs (not the resistor model) at 0.60 each into them;
   - the main board's 74LS259 drives two lines: the interrupt (a 0 -> 1
     edge raises IRQ0, held until acknowledged) and the mute (1 mutes all
     sound: the LA4460's DC mute, MAME's system_mute; MAME applies it per
     20 ms sound update, here at the write).

   Use: the board's devices go into the driver's list (the sound CPU with
   konami_sound_map or frogger_sound_map and the matching io map, the AYs
   with konami_sound_ay_params and KONAMI_SOUND_ROUTES, the latch, and the
   "konami" device itself, after them). The main board writes the latch
   with gen_latch_write and the control byte with konami_sound_control_w. */
#ifndef CABINET_KONAMI_SOUND_H
#define CABINET_KONAMI_SOUND_H

#include "emu/machine.h"
#include "machine/gen_latch.h"
#include "sound/ay8910.h"

#define KONAMI_SOUND_CLOCK 14318181u
#define KONAMI_SOUND_CPU_CLOCK (KONAMI_SOUND_CLOCK / 8)

typedef struct konami_sound_config {
    const char *cpu_tag;     /* the sound Z80 */
    const char *ay_tag[2];   /* AY #1 (3D, reads latch and timer), AY #2 (3C, or NULL) */
    const char *latch_tag;
    bool frogger_timer;      /* timer bits 3 and 5 swapped */
    /* the filter capacitors' address bits: AY #1's six start at
       ay1_shift, AY #2's at ay2_shift */
    u8 ay1_shift, ay2_shift;
    u8 board;                /* KONAMI_SOUND_SCRAMBLE (0) or KONAMI_SOUND_TIMEPLT */
} konami_sound_config;

enum { KONAMI_SOUND_SCRAMBLE = 0, KONAMI_SOUND_TIMEPLT = 1 };

typedef struct konami_sound {
    const konami_sound_config *cfg;
    machine_t *m;
    cpu_slot *cpu;
    ay8910_t *ay[2];
    gen_latch_t *latch;
    mixer_route *route[2][3];
    u16 gain[2][3];          /* each route's configured gain (the mute sets 0) */
    emu_timer *irq_sync;     /* raises the IRQ at the main CPU's time */
    u8 ram[0x400];
    u8 control;              /* the last control byte (Time Pilot: bit 3 the
                                IRQ line, bit 4 the mute line) */
    u16 filter;              /* the last filter address bits (A0-A11) */
} konami_sound_t;

extern const device_type konami_sound_device;

/* Every AY of the board: resistor output into 1k (the netlist's input). */
extern const ay8910_params konami_sound_ay_params;

/* Time Pilot's board: the AYs' own output levels, the latch and timer. */
extern const ay8910_params konami_sound_timeplt_ay_params;

/* Each channel of an AY: the switchable low-pass (declared off) and the
   amplifier's high-pass, at unit gain (the levels carry the scale). */
#define KONAMI_SOUND_ROUTES                                                                        \
    ROUTES(ROUTE_RC(0, SPEAKER_MONO, 256, RC_LP(3700, 0), RC_HP(100000, CAP_N(150))),              \
           ROUTE_RC(1, SPEAKER_MONO, 256, RC_LP(3700, 0), RC_HP(100000, CAP_N(150))),              \
           ROUTE_RC(2, SPEAKER_MONO, 256, RC_LP(3700, 0), RC_HP(100000, CAP_N(150))))

/* Sound CPU maps: two AYs (ROM 0000-1fff, RAM 8000-83ff mirrored over
   8000-efff, filters 9000-9fff mirrored; I/O: A4/A5 AY #2 address/data,
   A6/A7 AY #1 address/data, reads A5 AY #2, A7 AY #1) and Frogger's one
   (A15 ignored; RAM 4000-43ff mirrored to 5fff, filters 6000-6fff mirrored
   to 7fff; I/O: A6 data, A7 address, reads A6). */
extern const mem_map_entry konami_sound_map[], konami_sound_io[];
extern const mem_map_entry frogger_sound_map[], frogger_sound_io[];
/* The maps' sound RAM is a bank (direct pages, so that the sound CPU's wait
   loops on it can be skipped): at start the part points this bank of the
   sound CPU's program space at its RAM. */
#define KONAMI_SOUND_RAM_BANK 0

/* Time Pilot's board, with MAME's tags: the device "timeplt_audio", its CPU
   "timeplt_audio:tpsound" (ROM region of that name), AYs
   "timeplt_audio:ay1" and "timeplt_audio:ay2"; each AY channel routed with
   KONAMI_SOUND_TIMEPLT_ROUTES (MAME's 0.60: 154 / 256). */
extern const mem_map_entry timeplt_sound_map[];
#define KONAMI_SOUND_TIMEPLT_ROUTES                                                                \
    ROUTES(ROUTE_RC(0, SPEAKER_MONO, 154, RC_LP3(1000, 5100, 0, 0)),                                \
           ROUTE_RC(1, SPEAKER_MONO, 154, RC_LP3(1000, 5100, 0, 0)),                                \
           ROUTE_RC(2, SPEAKER_MONO, 154, RC_LP3(1000, 5100, 0, 0)))

/* The main board's side. */
void konami_sound_control_w(konami_sound_t *ks, u8 data);
/* Time Pilot's main board lines (its LS259 outputs). */
void konami_sound_irq_line_w(konami_sound_t *ks, int state);
void konami_sound_mute_w(konami_sound_t *ks, int state);

/* Bus handlers (MAP_DEVICE entries, ctx: the konami_sound_t), for boards
   with their own sound maps (which may map the RAM as
   MAP_BANK(..., KONAMI_SOUND_RAM_BANK) instead). */
u8 konami_sound_ram_r(void *ks, offs_t offset);
void konami_sound_ram_w(void *ks, offs_t offset, u8 data);
void konami_sound_filter_w(void *ks, offs_t offset, u8 data);

/* The pure parts, for tests: the timer byte after `cycles` sound CPU
   cycles, and the low-pass for a channel's two capacitor bits. */
u8 konami_sound_timer_value(u64 cycles, bool frogger);
u8 konami_sound_timeplt_timer(u64 cycles);
rc_filter konami_sound_filter(unsigned bits);
rc_filter konami_sound_timeplt_filter(unsigned bits);
/* The sample for an AY resistance (ohms) through the output stage. */
s32 konami_sound_level(s32 ohms);

#endif
