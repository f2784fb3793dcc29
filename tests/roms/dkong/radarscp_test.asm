; radarscp_test.asm - Cabinet's homebrew test program for Radar Scope's
; board (MAME set `radarscp`, TRS-02): dkong_main.asm with the grid enable,
; the grid colour and a block of blank tiles where the background, the
; radar grid and the stars show. Its 8035 (dkgen ans8035) holds P2 at E0h:
; ANS (bit 5) set, so 7d81h alone switches the grid.
RS:     equ 1
JR:     equ 0
        include "dkong_main.asm"
