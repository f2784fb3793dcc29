; radarscp_discrete.asm - triggers Radar Scope's discrete sound circuits one
; by one through the 6H latch (7d00 SOUND0, 7d01 SOUND1, 7d02 SOUND2, 7d06
; Q6: the noise counter and SOUND0's 555 run, 7d07 SOUND7; D0 set = on,
; MAME's DS_SOUNDn_INV low). The 8035 runs the ans8035 program (P2 = E0h,
; the DAC silent), so only the circuits are heard. Each NMI (VBLANK) steps
; through `script`: entries of (frames, latch line, value), the value
; written to 7d00 + line. There is no watchdog on this board; IN2 is read
; as on Donkey Kong's.

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

; 1 s of settling, Q6 on, then each circuit: a short trigger (6 frames) and
; a long one (30 frames), each followed by 1.5 s with the line off; Q6 off
; before SOUND7
script:
        db 60, 0, 0
        db 1, 6, 1
        db 6, 0, 1
        db 90, 0, 0
        db 30, 0, 1
        db 90, 0, 0
        db 6, 1, 1
        db 90, 1, 0
        db 30, 1, 1
        db 90, 1, 0
        db 6, 2, 1
        db 90, 2, 0
        db 30, 2, 1
        db 90, 2, 0
        db 1, 6, 0
        db 6, 7, 1
        db 90, 7, 0
        db 30, 7, 1
        db 90, 7, 0
        db 0
