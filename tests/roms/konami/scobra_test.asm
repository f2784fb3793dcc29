; scobra_test.asm - the Konami test program (konami_main.asm) on Super
; Cobra's map (MAME scobra_map).
WRAM:   equ 0x8000
RAMTOP: equ 0x8800
VRAM:   equ 0x8800
OBJ:    equ 0x9000
SPR:    equ 0x9040
BUL:    equ 0x9060
NMIEN:  equ 0xa801
BGR:    equ 0xa803
BGG:    equ 0xa803
BGB:    equ 0xa803
STARS:  equ 0xa804
FLIPX:  equ 0xa806
FLIPY:  equ 0xa807
WDOG:   equ 0xb000
PPI0A:  equ 0x9800
PPI0B:  equ 0x9801
PPI0C:  equ 0x9802
PPI0CTL: equ 0x9803
PPI1A:  equ 0xa000
PPI1B:  equ 0xa001
PPI1CTL: equ 0xa003
ROMEND: equ 0x2800
        include "konami_main.asm"
