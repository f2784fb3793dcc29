; bombjack_sound.asm - the sound board program of Cabinet's homebrew Bomb
; Jack test (01_h03t.bin). The board's NMI comes at every VBLANK: the
; handler reads the latch at 6000h (which clears it) and plays command n
; from `cmds`: a list of (chip, register, value), chip 0/1/2 = the AY at
; I/O 00h/10h/80h.

LATCH:  equ 0x6000

        org 0
        di
        ld sp, 0x4400
        ld c, 0x00              ; all three AYs: tones on, noise off
        call init_chip
        ld c, 0x10
        call init_chip
        ld c, 0x80
        call init_chip
idle:   jr idle

init_chip:
        ld a, 7
        out (c), a
        inc c
        ld a, 0x38
        out (c), a
        ret

; a = chip (0-2) -> c = its address port
chip_port:
        or a
        jr z, cp0
        dec a
        jr z, cp1
        ld c, 0x80
        ret
cp1:    ld c, 0x10
        ret
cp0:    ld c, 0x00
        ret

        ds 0x66 - $, 0
nmi:    push af
        push bc
        push de
        push hl
        ld a, (LATCH)
        or a
        call nz, command
        pop hl
        pop de
        pop bc
        pop af
        retn

; a = command (1-6)
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
        call chip_port
        inc hl
        ld a, (hl)
        out (c), a              ; register
        inc hl
        inc c
        ld a, (hl)
        out (c), a              ; value
        inc hl
        jr cm_lp

cmds:   dw c1, c2, c3, c4, c5, c6
c1:     db 0, 0, 0xfa, 0, 1, 0x00, 0, 8, 15, 0xff                  ; AY1 A 375 Hz
c2:     db 0, 8, 0, 1, 2, 0xf4, 1, 3, 0x01, 1, 9, 12, 0xff        ; AY2 B 187.5 Hz
c3:     db 1, 9, 0, 2, 4, 0x7d, 2, 5, 0x00, 2, 10, 10, 0xff       ; AY3 C 750 Hz
c4:     db 2, 10, 0, 0, 6, 0x0f, 0, 7, 0x37, 0, 8, 13, 0xff       ; AY1 noise on A
c5:     db 0, 8, 0, 0, 7, 0x38, 2, 0, 0xc8, 2, 1, 0x00, 2, 8, 15, 0xff  ; AY3 A 468.75 Hz
c6:     db 2, 8, 0, 0xff                                           ; silence
