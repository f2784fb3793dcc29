/* Intel 8257 programmable DMA controller: four channels, each with a 16-bit
   address and a 14-bit terminal count plus a 2-bit transfer type, the mode
   register (channel enables, rotating priority, extended write, TC stop,
   autoload of channel 2 from channel 3) and the status register (TC bits,
   cleared by reading it).

   As a device (DEVICE("dma8257", i8257_device, clock, &params)); the bus
   handlers i8257_map_r / i8257_map_w take offset & 15: 0-7 address and
   count of channels 0-3 (two writes each, low byte first, one shared
   flip-flop), 8 the mode (write) and status (read) register.

   Behaviour as MAME 0.251's i8257 (src/devices/machine/i8257.cpp):
   - a channel with its DREQ high and its enable bit set is served; with
     several, fixed priority (0 first) or, with rotating priority, the one
     after the last served first;
   - a transfer moves one byte: type 2 (read) memory to the channel's I/O
     write callback, type 1 (write) the I/O read callback to memory, type 0
     (verify) reads only; `reverse_rw` swaps types 1 and 2 as the count
     register is written (and back when it is read), as boards that wire
     MEMR/MEMW the other way (Donkey Kong) need;
   - after each byte the count is checked: at 0 the channel's TC status bit
     is set and its request dropped (TC stop also clears its enable bit;
     autoload reloads channel 2 from channel 3), otherwise count - 1 and
     address + 1;
   - timing: one clock in SI (a request seen), one in S0 (HRQ raised, HLDA
     back at once on the boards here), then 4 clocks (S1-S4) per byte; HRQ
     drops in the last byte's S4, so the CPU held off the bus gets it back
     at the start of that clock: i8257_run returns the clocks from SI to the
     end of the last S4 (2 + 4 a byte), the board works out from them when
     its CPU resumes.

   The memory side is either the memr/memw callbacks or, once
   i8257_set_space has named one, an address space read and written
   directly (as_read8/as_write8). A board that copies memory to memory
   through a byte latch between two channels (Donkey Kong: channel 0
   memory -> latch, channel 1 latch -> memory, rotating priority) declares
   it with `copy_latch`; with a space as well, the bytes of such a copy up
   to the first terminal count move in one run, the latch written once with
   the last byte, with the same memory accesses in the same order, the
   same registers, status and clocks as one byte at a time. */
#ifndef CABINET_I8257_H
#define CABINET_I8257_H

#include "emu/device.h"

/* Wiring (device_config.params); callbacks get the driver state. Missing
   reads return 0, missing writes are dropped. */
typedef struct i8257_params {
    u8 (*memr)(void *drv, offs_t addr);
    void (*memw)(void *drv, offs_t addr, u8 data);
    u8 (*ior[4])(void *drv, offs_t addr);
    void (*iow[4])(void *drv, offs_t addr, u8 data);
    bool reverse_rw;
    /* iow[copy_w] stores a byte that ior[copy_r] returns, and neither does
       anything else, so they need not be called for every byte */
    bool copy_latch;
    u8 copy_w, copy_r;
} i8257_params;

typedef struct i8257_channel {
    u16 address;
    u16 count;   /* 14 bits */
    u8 mode;     /* 0 verify, 1 write (I/O -> memory), 2 read (memory -> I/O) */
} i8257_channel;

typedef struct i8257 {
    const i8257_params *p;
    void *drv;
    address_space_t *space; /* the memory side, or NULL: memr/memw */
    i8257_channel ch[4];
    u8 mode;     /* the mode register */
    u8 status;   /* TC bits 0-3 */
    u8 request;  /* DREQ lines */
    u8 msb;      /* the byte flip-flop */
    u8 last;     /* last channel served (rotating priority) */
    u8 temp;
} i8257_t;

extern const device_type i8257_device;

u8 i8257_read(i8257_t *dma, offs_t offset);
void i8257_write(i8257_t *dma, offs_t offset, u8 data);
void i8257_dreq_w(i8257_t *dma, int channel, int state);
/* The memory side as an address space (in place of memr/memw). */
void i8257_set_space(i8257_t *dma, address_space_t *space);
/* A channel has its DREQ high and its enable bit set (what SI looks for). */
bool i8257_requesting(const i8257_t *dma);
/* Serves every active request until none is left; returns the clocks used
   (0 when nothing was requested): 2 for HRQ/HLDA, 4 per byte. */
int i8257_run(i8257_t *dma);

u8 i8257_map_r(void *dma, offs_t offset);
void i8257_map_w(void *dma, offs_t offset, u8 data);

#endif
