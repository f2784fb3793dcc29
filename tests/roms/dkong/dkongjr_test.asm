; dkongjr_test.asm - Cabinet's homebrew test program for the Donkey Kong Jr.
; main board (MAME set `dkongjr`): dkong_main.asm with the tile bank.
RS:     equ 0
JR:     equ 1
        include "dkong_main.asm"
