; scramble_test.asm - the Konami test program (konami_main.asm) on The End /
; Scramble's map (MAME theend_map): also The End's set (theend_test uses
; this file) and, with the watchdog at 7800h, Atlantis's.
WRAM:   equ 0x4000
RAMTOP: equ 0x4800
VRAM:   equ 0x4800
OBJ:    equ 0x5000
SPR:    equ 0x5040
BUL:    equ 0x5060
NMIEN:  equ 0x6801
BGR:    equ 0x6803
BGG:    equ 0x6803
BGB:    equ 0x6803
STARS:  equ 0x6804
FLIPX:  equ 0x6806
FLIPY:  equ 0x6807
WDOG:   equ 0x7000
PPI0A:  equ 0x8100      ; A8: PPI 0
PPI0B:  equ 0x8101
PPI0C:  equ 0x8102
PPI0CTL: equ 0x8103
PPI1A:  equ 0x8200      ; A9: PPI 1
PPI1B:  equ 0x8201
PPI1CTL: equ 0x8203
ROMEND: equ 0x2800
        include "konami_main.asm"
