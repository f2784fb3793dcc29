/* The Midway 8080 board of Space Invaders (invaders.c), shared with its
   siblings in mw8080bw.c: the same CPU, RAM, MB14241 shifter, sync chain
   and interrupt flip-flop; the siblings differ in I/O map, colour and sound. */
#ifndef CABINET_DRIVERS_INVADERS_H
#define CABINET_DRIVERS_INVADERS_H

#include "emu/machine.h"
#include "machine/mb14241.h"
#include "sound/samples.h"

typedef struct invaders_state invaders_state;

struct invaders_state {
    u8 ram[0x2000];        /* 2000-3fff: work RAM then video RAM */
    mb14241 shifter;
    u8 sound1, sound2;     /* last values written to the two sound latches */
    u8 flip_screen;
    u8 int_vector;         /* RST opcode of the last interrupt trigger */
    machine_t *m;
    cpu_slot *cpu;
    samples_t *samples;    /* NULL on boards without samples */
    int p_in0, p_in1, p_in2, p_contp1, p_contp2, p_cab, p_sw5, p_sw6sw7, p_p2gate;
    bool tv;               /* sitv wiring */
    bool int_enable;       /* the board's latch of the 8080's INTE output (see invaders_inte) */
    void (*vblank)(invaders_state *s); /* a sibling's once-a-frame work (at line 224), or NULL */
};

/* 0000-1fff ROM, 2000-3fff RAM (mirrored), 4000-5fff ROM */
extern const mem_map_entry invaders_map[];

u8 invaders_port(const invaders_state *s, int index); /* an input port, 0 if absent */
int invaders_board_start(machine_t *m, invaders_state *s);
void invaders_board_reset(machine_t *m, void *drv);
void invaders_board_serialize(machine_t *m, void *drv, state_io *io);
int invaders_irq_ack(void *drv, int line);
void invaders_inte(void *drv, int line, int state);
/* black and white video through the shift register (4 blank pixels first) */
void invaders_mono_palette(machine_t *m, void *drv, palette_t *pal);
void invaders_mono_update(machine_t *m, void *drv, bitmap_ind16 *bm, const rect_t *clip);
/* invaders_expand[b][i]: bit i of video RAM byte b (0 or 1), the pixels of a byte left to right */
extern const u16 invaders_expand[256][8];

#define INVADERS_PIXEL_CLOCK (19968000 / 4)
#define INVADERS_CPU_CLOCK (19968000 / 10)
#define INVADERS_VISIBLE_WIDTH 260
#define INVADERS_SCREEN { INVADERS_PIXEL_CLOCK, 320, 0, INVADERS_VISIBLE_WIDTH, 262, 0, 224, NULL, false }

#endif
