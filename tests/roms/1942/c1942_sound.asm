; c1942_sound.asm - the sound board program of Cabinet's homebrew 1942 test
; (sr-01.c11). The board's IRQ comes four times a frame (lines 2Ch, 6Dh,
; AFh, F0h; IM 1): the handler counts them at 4100h and reads the latch at
; 6000h (a read does not clear it); a value different from the last one
; plays command n from `cmds`: a list of (chip, register, value), chip 0/1 =
; the AY at 8000h/C000h.

LATCH:  equ 0x6000
last:   equ 0x4000
ticks:  equ 0x4100

        org 0
        di
        ld sp, 0x4800
        xor a
        ld (last), a
        ld (ticks), a
        ld hl, 0x8000           ; both AYs: tones on, noise off
        call init_chip
        ld hl, 0xc000
        call init_chip
        im 1
        ei
idle:   jr idle

init_chip:
        ld (hl), 7
        inc hl
        ld (hl), 0x38
        ret

        ds 0x38 - $, 0
irq:    push af
        push bc
        push de
        push hl
        ld hl, ticks
        inc (hl)
        ld a, (LATCH)
        ld hl, last
        cp (hl)
        jr z, irq_done
        ld (hl), a
        or a
        call nz, command
irq_done:
        pop hl
        pop de
        pop bc
        pop af
        ei
        reti

; a = command (1-7)
command:
        dec a
        add a, a
        ld e, a
        ld d, 0
        ld hl, cmds
        add hl, de
        ld e, (hl)
        inc hl
        ld d, (hl)
        ex de, hl
cm_lp:  ld a, (hl)
        cp 0xff
        ret z
        ld de, 0x8000
        or a
        jr z, cm_chip
        ld d, 0xc0
cm_chip: inc hl
        ld a, (hl)
        ld (de), a              ; register
        inc hl
        inc de
        ld a, (hl)
        ld (de), a              ; value
        inc hl
        jr cm_lp

cmds:   dw c1, c2, c3, c4, c5, c6, c7
c1:     db 0, 0, 0xfa, 0, 1, 0x00, 0, 8, 15, 0xff                  ; AY1 A 375 Hz
c2:     db 0, 8, 0, 1, 2, 0xf4, 1, 3, 0x01, 1, 9, 12, 0xff        ; AY2 B 187.5 Hz
c3:     db 1, 9, 0, 0, 4, 0x7d, 0, 5, 0x00, 0, 10, 10, 0xff       ; AY1 C 750 Hz
c4:     db 0, 10, 0, 1, 6, 0x0f, 1, 7, 0x37, 1, 8, 13, 0xff       ; AY2 noise on A
c5:     db 1, 8, 0, 1, 7, 0x38, 1, 4, 0xc8, 1, 5, 0x00, 1, 10, 15, 0xff ; AY2 C 468.75 Hz
c6:     db 1, 10, 0, 0xff                                          ; silence
c7:     db 0, 2, 0x53, 0, 3, 0x00, 0, 9, 11, 0xff                  ; AY1 B 1129 Hz
