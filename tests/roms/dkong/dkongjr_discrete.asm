; dkongjr_discrete.asm - triggers Donkey Kong Jr.'s discrete sound circuits
; one by one through the 6H latch (7d00 walk, 7d01 jump, 7d02 climb, 7d07
; the walk's variant) and the 5H latch (7d81 fall). The walk, jump and climb
; start on the line's fall (their LS123s trigger on MAME's DS_SOUNDn_INV
; rising); the fall sounds while 7d81 is high. The sound CPU runs the silent
; program, so only the discrete circuits are heard.
; (The same program as dkong_discrete.asm; a script line's second byte is
; the low byte of the latch address.) Each
; NMI (VBLANK) kicks the watchdog and steps through `script`: entries of
; (frames, latch line, value), the value written to 7d00 + line.

SND6H:   equ 0x7d00
IN2:     equ 0x7d00
NMIMASK: equ 0x7d84
VRAM:    equ 0x7400

left:    equ 0x6000
ptr:     equ 0x6002

        org 0
        di
        ld sp, 0x6c00
        jp start

        ds 0x66 - $, 0xff
nmi:    push af
        push hl
        push de
        xor a
        ld (NMIMASK), a
        ld a, (IN2)          ; kicks the watchdog
        call step
        ld a, 1
        ld (NMIMASK), a
        pop de
        pop hl
        pop af
        retn

start:  ld hl, VRAM
        ld de, VRAM + 1
        ld bc, 0x3ff
        ld (hl), 0
        ldir
        ld hl, SND6H         ; all 6H lines off
        ld b, 8
clr:    ld (hl), 0
        inc hl
        djnz clr
        xor a
        ld (left), a
        ld hl, script
        ld (ptr), hl
        ld a, 1
        ld (NMIMASK), a
main:   jr main

step:   ld a, (left)
        or a
        jr z, next
        dec a
        ld (left), a
        ret
next:   ld hl, (ptr)
        ld a, (hl)           ; frames (0: the end, stay)
        or a
        ret z
        dec a
        ld (left), a
        inc hl
        ld e, (hl)           ; line
        ld d, SND6H >> 8
        inc hl
        ld a, (hl)           ; value
        ld (de), a
        ld (VRAM + 2 * 32 + 2), a
        inc hl
        ld (ptr), hl
        ret

; 1 s of settling (the one-shots fire once at power-up, as in MAME), then
; each sound, followed by 1.5-2 s of quiet
script:
        db 60, 0, 0
        db 6, 0, 1
        db 90, 0, 0
        db 1, 7, 1
        db 6, 0, 1
        db 90, 0, 0
        db 1, 7, 0
        db 6, 1, 1
        db 120, 1, 0
        db 6, 2, 1
        db 90, 2, 0
        db 60, 0x81, 1
        db 90, 0x81, 0
        db 0
