; frogger_sound.asm - Cabinet's homebrew program for the Konami sound board
; in its Frogger form (one AY-3-8910; MAME set `frogger`, sound ROMs
; frogger.608-610). Assembles with Debian's z80asm; konamigen.c stores it
; with D0 and D1 of the first ROM swapped, as the board's wiring wants.
; The main CPU's command (the sound latch, AY port A) arrives with IRQ0
; (IM 1, RST 38h); each command is a row of cmdtab: AY registers 0-13, the
; filter address (the address is the data: A6-A11 select the capacitors of
; channels A, B, C, the low bit of each pair 0.22 uF, the high 0.047 uF)
; and a mode: mode 1 makes the main loop copy the board's timer (AY port
; B, bit 7: 14.318181 MHz / 40960 = 349.56 Hz) into channel B's volume
; (0 or 15), a square wave made by the 74LS393/93/90 chain.

AYADDR: equ 0x80        ; A7: address write
AYDATA: equ 0x40        ; A6: data write / read
mode:   equ 0x4000

        org 0
        di
        ld sp, 0x4400
        im 1
        xor a
        ld (mode), a
        ld a, 7             ; mixer: everything off, ports input
        out (AYADDR), a
        ld a, 0x3f
        out (AYDATA), a
        ei
        jr main

        ds 0x38 - $, 0xff
irq:    push af
        push bc
        push de
        push hl
        ld a, 14
        out (AYADDR), a
        in a, (AYDATA)      ; the command
        and 0x0f
        ld l, a
        ld h, 0
        ld d, h
        ld e, l
        add hl, hl
        add hl, hl
        add hl, hl
        add hl, hl
        add hl, de          ; x 17
        ld de, cmdtab
        add hl, de
        ld b, 0
regs:   ld a, b
        out (AYADDR), a
        ld a, (hl)
        out (AYDATA), a
        inc hl
        inc b
        ld a, b
        cp 14
        jr nz, regs
        ld e, (hl)
        inc hl
        ld d, (hl)
        inc hl
        ld (de), a          ; the filter latch
        ld a, (hl)
        ld (mode), a
        pop hl
        pop de
        pop bc
        pop af
        ei
        reti

main:   ld a, (mode)
        or a
        jr z, main
        di                  ; the AY address must not change under the IRQ
        ld a, 15
        out (AYADDR), a
        in a, (AYDATA)      ; the timer
        rlca
        sbc a, a
        and 15
        ld b, a
        ld a, 9
        out (AYADDR), a
        ld a, b
        out (AYDATA), a
        ei
        jr main

; R0-R13 (A fine/coarse, B, C, noise, mixer, vol A B C, env fine/coarse,
; shape), filter address, mode
cmdtab:
        ; 0: silence, no filter
        db 0, 0, 0, 0, 0, 0, 0, 0x3f, 0, 0, 0, 0, 0, 0
        dw 0x6000
        db 0
        ; 1: A tone 0C0h (582.6 Hz)
        db 0xc0, 0, 0, 0, 0, 0, 0, 0x3e, 15, 0, 0, 0, 0, 0
        dw 0x6000
        db 0
        ; 2: B tone 100h (436.9 Hz) through B's 0.047 uF
        db 0, 0, 0x00, 0x01, 0, 0, 0, 0x3d, 0, 15, 0, 0, 0, 0
        dw 0x6200
        db 0
        ; 3: C tone 080h (873.9 Hz) through C's 0.22 uF
        db 0, 0, 0, 0, 0x80, 0, 0, 0x3b, 0, 0, 15, 0, 0, 0
        dw 0x6400
        db 0
        ; 4: A from the envelope alone: sawtooth (shape 0Ch), period 16
        db 0, 0, 0, 0, 0, 0, 0, 0x3f, 0x10, 0, 0, 16, 0, 0x0c
        dw 0x6000
        db 0
        ; 5: B's volume from the timer (mode 1)
        db 0, 0, 0, 0, 0, 0, 0, 0x3f, 0, 0, 0, 0, 0, 0
        dw 0x6000
        db 1
        ; 6: A tone 080h (873.9 Hz) through A's 0.047 uF
        db 0x80, 0, 0, 0, 0, 0, 0, 0x3e, 15, 0, 0, 0, 0, 0
        dw 0x6080
        db 0
        ; 7: C tone 200h (218.5 Hz), volume 12
        db 0, 0, 0, 0, 0x00, 0x02, 0, 0x3b, 0, 0, 12, 0, 0, 0
        dw 0x6000
        db 0
        ; 8: B tone 060h (1165.2 Hz) rising with the envelope (shape 0Dh:
        ; attack, hold at 15), period 200h
        db 0, 0, 0x60, 0, 0, 0, 0, 0x3d, 0, 0x10, 0, 0x00, 0x02, 0x0d
        dw 0x6000
        db 0
        ; 9: A noise (period 8), B tone 0A0h, C envelope triangle (0Eh)
        db 0, 0, 0xa0, 0, 0x50, 0, 8, 0x35, 12, 10, 0x10, 0x00, 0x04, 0x0e
        dw 0x6a40
        db 0
        ; 10: noise on all three (period 31), A tone 300h, fixed volumes
        db 0, 3, 0, 0, 0, 0, 31, 0x06, 8, 6, 10, 0, 0, 0
        dw 0x6fc0
        db 0
        ; 11: C noise with a decaying envelope (shape 00h), period 800h
        db 0, 0, 0, 0, 0, 0, 4, 0x1f, 0, 0, 0x10, 0x00, 0x08, 0x00
        dw 0x6000
        db 0
