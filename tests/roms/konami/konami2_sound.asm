; konami2_sound.asm - Cabinet's homebrew program for the Konami sound board
; with two AY-3-8910 (Scramble, Super Cobra, Amidar, The End, Atlantis).
; Assembles with Debian's z80asm. As frogger_sound.asm, on this board's map:
; RAM 8000h, the filter latch 9000h-9FFFh (A6-A11: AY #1's channels A, B,
; C, A0-A5: AY #2's, the low bit of each pair 0.22 uF, the high 0.047 uF),
; AY #1 address/data at I/O A6/A7, AY #2 at A4/A5. The main CPU's command
; (AY #1 port A) arrives with IRQ0; each command is a row of cmdtab: AY #1
; registers 0-13, AY #2 registers 0-13, the filter address and a mode (1:
; the main loop copies the timer's bit 7, AY #1 port B, into AY #1 channel
; B's volume: 349.56 Hz).

AY1ADDR: equ 0x40
AY1DATA: equ 0x80
AY2ADDR: equ 0x10
AY2DATA: equ 0x20
mode:    equ 0x8000

        org 0
        di
        ld sp, 0x8400
        im 1
        xor a
        ld (mode), a
        ld a, 7
        out (AY1ADDR), a
        ld a, 0x3f
        out (AY1DATA), a
        ld a, 7
        out (AY2ADDR), a
        ld a, 0x3f
        out (AY2DATA), a
        ei
        jr main

        ds 0x38 - $, 0xff
irq:    push af
        push bc
        push de
        push hl
        ld a, 14
        out (AY1ADDR), a
        in a, (AY1DATA)     ; the command
        and 0x0f
        ld l, a
        ld h, 0
        ld d, h
        ld e, l
        add hl, hl
        add hl, hl
        add hl, hl
        add hl, hl
        add hl, hl          ; x 32
        or a
        sbc hl, de          ; x 31
        ld de, cmdtab
        add hl, de
        ld b, 0
regs1:  ld a, b
        out (AY1ADDR), a
        ld a, (hl)
        out (AY1DATA), a
        inc hl
        inc b
        ld a, b
        cp 14
        jr nz, regs1
        ld b, 0
regs2:  ld a, b
        out (AY2ADDR), a
        ld a, (hl)
        out (AY2DATA), a
        inc hl
        inc b
        ld a, b
        cp 14
        jr nz, regs2
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
        di
        ld a, 15
        out (AY1ADDR), a
        in a, (AY1DATA)     ; the timer
        rlca
        sbc a, a
        and 15
        ld b, a
        ld a, 9
        out (AY1ADDR), a
        ld a, b
        out (AY1DATA), a
        ei
        jr main

; AY #1 R0-R13, AY #2 R0-R13, filter address, mode
OFF:    equ 0x3f
cmdtab:
        ; 0: silence
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        dw 0x9000
        db 0
        ; 1: AY #1 A tone 0C0h (582.6 Hz)
        db 0xc0, 0, 0, 0, 0, 0, 0, 0x3e, 15, 0, 0, 0, 0, 0
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        dw 0x9000
        db 0
        ; 2: AY #1 B tone 100h (436.9 Hz) through its 0.047 uF
        db 0, 0, 0, 1, 0, 0, 0, 0x3d, 0, 15, 0, 0, 0, 0
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        dw 0x9200
        db 0
        ; 3: AY #2 A tone 080h (873.9 Hz) through its 0.22 uF
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        db 0x80, 0, 0, 0, 0, 0, 0, 0x3e, 15, 0, 0, 0, 0, 0
        dw 0x9001
        db 0
        ; 4: AY #2 B from the envelope alone: sawtooth (0Ch), period 16
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0x10, 0, 16, 0, 0x0c
        dw 0x9000
        db 0
        ; 5: AY #1 B's volume from the timer
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        dw 0x9000
        db 1
        ; 6: AY #2 C tone 200h (218.5 Hz), volume 12
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        db 0, 0, 0, 0, 0, 2, 0, 0x3b, 0, 0, 12, 0, 0, 0
        dw 0x9000
        db 0
        ; 7: AY #1 C tone 080h (873.9 Hz) through its 0.047 uF
        db 0, 0, 0, 0, 0x80, 0, 0, 0x3b, 0, 0, 15, 0, 0, 0
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        dw 0x9800
        db 0
        ; 8: AY #2 C tone 060h (1165.2 Hz) rising with the envelope (0Dh), period 200h
        db 0, 0, 0, 0, 0, 0, 0, OFF, 0, 0, 0, 0, 0, 0
        db 0, 0, 0, 0, 0x60, 0, 0, 0x3b, 0, 0, 0x10, 0, 2, 0x0d
        dw 0x9000
        db 0
        ; 9: AY #1 A noise, B tone, C envelope triangle; AY #2 A tone, B noise
        db 0, 0, 0xa0, 0, 0x50, 0, 8, 0x35, 12, 10, 0x10, 0, 4, 0x0e
        db 0x30, 1, 0, 0, 0, 0, 20, 0x2e, 10, 9, 0, 0, 0, 0
        dw 0x9a5a
        db 0
        ; 10: noise on all six channels (period 31), tones on the A's
        db 0, 3, 0, 0, 0, 0, 31, 0x06, 8, 6, 10, 0, 0, 0
        db 0, 2, 0, 0, 0, 0, 31, 0x06, 7, 5, 9, 0, 0, 0
        dw 0x9fff
        db 0
        ; 11: AY #2 C noise decaying (shape 00h), AY #1 B tone decaying (09h)
        db 0, 0, 0x40, 0, 0, 0, 0, 0x3d, 0, 0x10, 0, 0, 8, 0x09
        db 0, 0, 0, 0, 0, 0, 4, 0x1f, 0, 0, 0x10, 0, 8, 0x00
        dw 0x9000
        db 0
