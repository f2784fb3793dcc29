; timeplt_sound.asm - the sound board program of Cabinet's Time Pilot test
; set (ROM tm7). The IRQ (IM 1) reads the command from AY #1's port A (the
; latch); the main loop then waits for the LS90 timer on port B to reach
; D0h (its last step), silences both AYs and plays the command's table:
;   1-3  AY #1 tone A, B, C          4-6  AY #2 tone A, B, C
;   7-9  AY #1 tone A at 2 kHz through the 0.047 uF, 0.22 uF, both filters
;   10   AY #2 tone C at 2 kHz through its 0.22 uF filter
;   11   AY #2 noise on B under the envelope (triangle)
;   12   silence                     13   AY #1 B and AY #2 A together
;   14   silence
; Table entries: the filter address (a write to 8000h + A0-A11 sets all six
; channels' capacitors), then (chip, register, value) triples, chip 0 ends.

AY1D:   equ 0x4000
AY1A:   equ 0x5000
AY2D:   equ 0x6000
AY2A:   equ 0x7000

cmd:    equ 0x3000
pending: equ 0x3001

        org 0
        di
        ld sp, 0x3400
        im 1
        jp start

        ds 0x38 - $, 0xff
irq:    push af
        ld a, 14
        ld (AY1A), a
        ld a, (AY1D)        ; port A: the latch
        ld (cmd), a
        ld a, 1
        ld (pending), a
        pop af
        ei
        reti

start:  xor a
        ld (pending), a
        call silence
        ld (0x8000), a      ; no filter capacitors
        ei
loop:   ld a, (pending)
        or a
        jr z, loop
        di
        xor a
        ld (pending), a
        ld a, 15            ; port B: the timer
        ld (AY1A), a
wt:     ld a, (AY1D)
        cp 0xd0
        jr nz, wt
        call silence
        ld a, (cmd)
        dec a
        cp 14
        jr nc, done
        add a, a
        ld e, a
        ld d, 0
        ld hl, cmd_tab
        add hl, de
        ld e, (hl)
        inc hl
        ld d, (hl)
        ex de, hl
        ld e, (hl)          ; the filter address
        inc hl
        ld d, (hl)
        inc hl
        ld (de), a
play:   ld a, (hl)          ; chip
        or a
        jr z, done
        inc hl
        ld b, (hl)          ; register
        inc hl
        ld c, (hl)          ; value
        inc hl
        cp 1
        jr nz, play2
        ld a, b
        ld (AY1A), a
        ld a, c
        ld (AY1D), a
        jr play
play2:  ld a, b
        ld (AY2A), a
        ld a, c
        ld (AY2D), a
        jr play
done:   ei
        jr loop

; both AYs: tones and noise off (ports inputs), volumes and periods 0
silence: ld b, 0
sil_r:  ld a, b
        ld (AY1A), a
        ld (AY2A), a
        ld a, 0
        cp b
        jr z, sil_v
        ld a, b
        cp 7
        ld a, 0x3f
        jr z, sil_v
        xor a
sil_v:  ld (AY1D), a
        ld (AY2D), a
        inc b
        ld a, b
        cp 14
        jr nz, sil_r
        ret

cmd_tab: dw c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c12

c1:     dw 0x8000
        db 1, 0, 112, 1, 8, 15, 1, 7, 0x3e, 0
c2:     dw 0x8000
        db 1, 2, 150, 1, 9, 12, 1, 7, 0x3d, 0
c3:     dw 0x8000
        db 1, 4, 200, 1, 10, 10, 1, 7, 0x3b, 0
c4:     dw 0x8000
        db 2, 0, 112, 2, 8, 15, 2, 7, 0x3e, 0
c5:     dw 0x8000
        db 2, 2, 90, 2, 9, 13, 2, 7, 0x3d, 0
c6:     dw 0x8000
        db 2, 4, 250, 2, 10, 11, 2, 7, 0x3b, 0
c7:     dw 0x8080           ; AY #1 A: 0.047 uF
        db 1, 0, 56, 1, 8, 15, 1, 7, 0x3e, 0
c8:     dw 0x8040           ; AY #1 A: 0.22 uF
        db 1, 0, 56, 1, 8, 15, 1, 7, 0x3e, 0
c9:     dw 0x80c0           ; AY #1 A: both
        db 1, 0, 56, 1, 8, 15, 1, 7, 0x3e, 0
c10:    dw 0x8010           ; AY #2 C: 0.22 uF
        db 2, 4, 56, 2, 10, 15, 2, 7, 0x3b, 0
c11:    dw 0x8000
        db 2, 6, 10, 2, 9, 0x10, 2, 11, 0, 2, 12, 8, 2, 13, 0x0e, 2, 7, 0x2f, 0
c12:    dw 0x8000
        db 0
c13:    dw 0x8000
        db 1, 2, 0x80, 1, 9, 14, 1, 7, 0x3d, 2, 0, 0xc8, 2, 8, 9, 2, 7, 0x3e, 0
