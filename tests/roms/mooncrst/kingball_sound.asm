; kingball_sound.asm - Cabinet's homebrew program for King & Balloon's speech
; CPU (Z80 at 2.5 MHz; MAME set `kingball`, ROMs kbe1-kbe3 and kbe2.ic7):
; no RAM used (the board's RAM sits under the ROM), no interrupts. It reads
; the command latch (any I/O port) and plays a square wave on the 4-bit DAC
; (any I/O port write, D4-D7): command bits 0-1 = 0: silence, 1-3: each half
; period 150, 100 or 75 passes of a busy loop (about 300, 450, 600 Hz).
        org 0
        di
main:   in a, (0)           ; the command
        and 3
        jr z, quiet
        ld b, 150
        dec a
        jr z, play
        ld b, 100
        dec a
        jr z, play
        ld b, 75
play:   ld a, 0xf0          ; high half
        out (0), a
        ld c, b
hi:     dec c
        jr nz, hi
        nop
        ld a, 0x00
        out (0), a
        ld c, b
lo:     dec c
        jr nz, lo
        jr main
quiet:  ld a, 0x80
        out (0), a
        jr main
