; amidar_test.asm - the Konami test program (konami_main.asm) on Amidar's
; map (MAME turtles_map): the background's red, green and blue bits apart;
; no stars (STARS is a RAM byte here).
WRAM:   equ 0x8000
RAMTOP: equ 0x8800
VRAM:   equ 0x9000
OBJ:    equ 0x9800
SPR:    equ 0x9840
BUL:    equ 0x9860
NMIEN:  equ 0xa008
BGR:    equ 0xa000
BGG:    equ 0xa020
BGB:    equ 0xa028
STARS:  equ 0x87f0
FLIPX:  equ 0xa018
FLIPY:  equ 0xa010
WDOG:   equ 0xa800
PPI0A:  equ 0xb000      ; register A4-A5
PPI0B:  equ 0xb010
PPI0C:  equ 0xb020
PPI0CTL: equ 0xb030
PPI1A:  equ 0xb800
PPI1B:  equ 0xb810
PPI1CTL: equ 0xb830
ROMEND: equ 0x2800
        include "konami_main.asm"
