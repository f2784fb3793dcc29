/* Intel 8255 programmable peripheral interface: three 8-bit ports (A, B,
   and C split in two nibbles), each an input or an output as the control
   word sets, and the port C bit set/reset command.

   As a device (DEVICE("ppi0", i8255_device, 0, &params)); the bus handlers
   i8255_map_r / i8255_map_w take offset & 3: 0 A, 1 B, 2 C, 3 control.
   Behaviour as MAME 0.251's i8255 (src/devices/machine/i8255.cpp):
   - reset writes the control word 0x9b (mode 0, every port an input);
   - a control word (bit 7 set) clears the three output latches and reports
     each port: an output port sends its (cleared) latch to its write
     callback, an input port sends 0xff (TTL inputs float high); port C is
     sent once, each nibble its latch or 0xff;
   - reading an output port returns its latch; reading an input port calls
     its read callback (0 without one, as MAME's unresolved callbacks);
     port C reads each nibble from the latch (output) or the callback
     (input); the control register reads back the last mode word;
   - writing an input port is ignored (the latch keeps its value only for
     output ports); writing port C stores the whole latch and sends it,
     input nibbles as 0xff;
   - a control byte with bit 7 clear sets (bit 0 = 1) or resets port C bit
     (bits 3-1) and sends port C.
   Missing: modes 1 and 2 (strobed and bidirectional: the handshake lines
   on port C, IBF/OBF/INTE/INTR, the input latches). Their control words
   are stored and read back, and the ports then behave as in mode 0. */
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
} i8255_t;

enum { I8255_PORT_A, I8255_PORT_B, I8255_PORT_C, I8255_CONTROL };

extern const device_type i8255_device;

u8 i8255_read(i8255_t *ppi, offs_t offset);
void i8255_write(i8255_t *ppi, offs_t offset, u8 data);

/* Bus handlers for MAP_DEVICE entries (ctx: the i8255_t). */
u8 i8255_map_r(void *ppi, offs_t offset);
void i8255_map_w(void *ppi, offs_t offset, u8 data);

/* The mask of port bits that are inputs now (port 0-2). */
u8 i8255_input_mask(const i8255_t *ppi, int port);

#endif
