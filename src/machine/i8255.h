/* Intel 8255 programmable peripheral interface: three 8-bit ports (A, B,
   and C split in two nibbles), each an input or an output as the control
   word sets, the port C bit set/reset command, and the strobed modes.

   As a device (DEVICE("ppi0", i8255_device, 0, &params)); the bus handlers
   i8255_map_r / i8255_map_w take offset & 3: 0 A, 1 B, 2 C, 3 control.
   Behaviour as MAME 0.251's i8255 (src/devices/machine/i8255.cpp):
   - reset writes the control word 0x9b (mode 0, every port an input);
   - a control word (bit 7 set) clears the output and input latches and
     the handshake flags (INTR excepted, as MAME) and reports each port:
     an output port sends its (cleared) latch to its write callback, an
     input port sends 0xff (TTL inputs float high); port C is sent once;
   - mode 0: reading an output port returns its latch; reading an input
     port calls its read callback (0 without one, as MAME's unresolved
     callbacks); port C reads each nibble from the latch (output) or the
     callback (input); the control register reads back the last mode word;
     writing an input port is ignored; writing port C stores the whole
     latch and sends it, input nibbles as 0xff;
   - a control byte with bit 7 clear sets (bit 0 = 1) or resets port C bit
     (bits 3-1) and sends port C; in modes 1 and 2 it also drives the
     handshake flip-flops on that bit (INTE, and as MAME INTR, IBF, OBF);
   - mode 1 (A and/or B) and mode 2 (A): a strobe (i8255_pc4_w for A,
     i8255_pc2_w for B, low) latches the input port and sets IBF; reading
     the port returns the latch and clears IBF and INTR; writing an output
     port lowers /OBF, an acknowledge (i8255_pc6_w for A, i8255_pc2_w for
     B, low) raises it; INTR = INTE and (IBF, or /OBF high); port C carries
     INTR, IBF, /OBF (and reads INTE) on MAME's bits, sent through the
     port C callback (a board wires INTR from there). */
#ifndef CABINET_I8255_H
#define CABINET_I8255_H

#include "emu/device.h"

/* Optional wiring (device_config.params); callbacks get the driver state. */
typedef struct i8255_params {
    u8 (*in[3])(void *drv);            /* ports A, B, C */
    void (*out[3])(void *drv, u8 data);
} i8255_params;

typedef struct i8255 {
    const i8255_params *p;
    void *drv;
    u8 control;        /* the last mode word */
    u8 output[3];      /* output latches A, B, C */
    u8 input[3];       /* strobed input latches (modes 1 and 2) */
    bool ibf[2], obf[2], inte[2], intr[2]; /* A, B handshakes (obf: the /OBF pin) */
    bool inte1, inte2; /* mode 2's output and input interrupt enables */
} i8255_t;

enum { I8255_PORT_A, I8255_PORT_B, I8255_PORT_C, I8255_CONTROL };

extern const device_type i8255_device;

u8 i8255_read(i8255_t *ppi, offs_t offset);
void i8255_write(i8255_t *ppi, offs_t offset, u8 data);

/* Bus handlers for MAP_DEVICE entries (ctx: the i8255_t). */
u8 i8255_map_r(void *ppi, offs_t offset);
void i8255_map_w(void *ppi, offs_t offset, u8 data);

/* Handshake inputs (modes 1 and 2), active low: PC2 is port B's strobe or
   acknowledge, PC4 port A's strobe, PC6 port A's acknowledge. */
void i8255_pc2_w(i8255_t *ppi, int state);
void i8255_pc4_w(i8255_t *ppi, int state);
void i8255_pc6_w(i8255_t *ppi, int state);

/* The mask of port bits that are inputs now (port 0-2). */
u8 i8255_input_mask(const i8255_t *ppi, int port);

#endif
