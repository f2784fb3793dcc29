; dkong_test.asm - Cabinet's homebrew test program for the Donkey Kong main
; board (MAME set `dkong`): dkong_main.asm without the Donkey Kong Jr. parts.
RS:     equ 0
JR:     equ 0
        include "dkong_main.asm"
