; pengo.asm - a homebrew program for Sega's Pengo board (pengo.c): encrypted
; for the 315-5010 by pacfam_encode_pengo (opcode bytes with the opcode
; table, the rest with the data table; the encoder walks the code up to the
; CODE_END mark, so no data may sit in the code before it).
;  - tile at every VRAM offset o = o & FFh, colour (o >> 3) & 1Fh
;  - main-area row 0: the 16-bit sum of ROM 0000-7FFF read as data (hex);
;    row 1: the frame counter
;  - LS259 banks from the frame counter: Q2 palette bank = bit 5, Q6 colour
;    table bank = bit 6, Q7 tile/sprite bank = bit 7, Q3 flip = bit 8
;  - sprite i: code (8i + frame/16) & 3Fh, colour 4i+1, flips (i + frame/32) & 3,
;    reg0 = 24i + 40 + (frame & 3Fh), reg1 = 20i + 60
;  - voice 1 plays a tone whose pitch follows the frame counter
VRAM:    equ 0x8000
CRAM:    equ 0x8400
SPRATTR: equ 0x8ff0
SOUND:   equ 0x9000
SPRPOS:  equ 0x9020
LATCH:   equ 0x9040          ; Q0 IRQ enable ... Q7 gfx bank
WDOG:    equ 0x9070
frame:   equ 0x8800          ; 16-bit VBLANK count
vflag:   equ 0x8802

        org 0
        di
        jp reset

        ds 0x38 - $, 0xff
        jp irq               ; IM 1

reset:
        ld sp, 0x8ff0
        xor a
        ld hl, LATCH
        ld b, 8
r_latch:
        ld (hl), a
        inc hl
        djnz r_latch
        ld (WDOG), a
        ld hl, SOUND         ; 32 sound registers, 16 sprite positions
        ld b, 0x30
r_snd:
        ld (hl), a
        inc hl
        djnz r_snd
        ld hl, 0x8800        ; RAM and sprite codes
        ld de, 0x8801
        ld bc, 0x7ff
        ld (hl), a
        ldir
        ld hl, VRAM
r_tiles:
        ld (hl), l
        ld d, h
        ld e, l
        set 2, d             ; colour RAM twin (84xx-87xx)
        ld a, l
        rrca
        rrca
        rrca
        and 0x1f
        ld (de), a
        inc hl
        ld a, h
        cp 0x84
        jr nz, r_tiles
        ld (WDOG), a
        ld hl, 0             ; ROM sum, data reads
        ld de, 0
r_sum:
        ld a, (de)
        add a, l
        ld l, a
        ld a, h
        adc a, 0
        ld h, a
        inc de
        ld a, e
        or a
        jr nz, r_sum
        ld (WDOG), a
        ld a, d
        cp 0x80
        jr nz, r_sum
        ex de, hl
        ld hl, VRAM + 0x40 + 10
        call hex16
        ld a, 0x0f
        ld (SOUND + 0x15), a ; voice 1 volume
        ld a, 3
        ld (SOUND + 0x05), a ; waveform 3
        ld a, 1
        ld (LATCH + 1), a    ; sound on
        im 1
        ld (LATCH), a        ; IRQ on
        ei
main:
        ld a, (vflag)
        or a
        jr z, main
        xor a
        ld (vflag), a
        call frame_work
        jr main

irq:
        push af
        push hl
        xor a
        ld (LATCH), a        ; acknowledge (the line stays up until Q0 drops)
        ld (WDOG), a
        ld hl, (frame)
        inc hl
        ld (frame), hl
        ld a, 1
        ld (vflag), a
        ld (LATCH), a
        pop hl
        pop af
        ei
        ret

frame_work:
        ld de, (frame)
        ld hl, VRAM + 0x40 + 32 + 10
        call hex16
        ld a, (frame)        ; banks
        rlca
        rlca
        rlca
        and 1
        ld (LATCH + 2), a    ; palette bank: bit 5
        ld a, (frame)
        rlca
        rlca
        and 1
        ld (LATCH + 6), a    ; colour table bank: bit 6
        ld a, (frame)
        rlca
        and 1
        ld (LATCH + 7), a    ; tile/sprite bank: bit 7
        ld a, (frame + 1)
        and 1
        ld (LATCH + 3), a    ; flip: bit 8
        ld a, (frame)        ; voice 1 frequency, nibbles at 11h-13h
        and 0x0f
        ld (SOUND + 0x12), a
        ld a, 8
        ld (SOUND + 0x13), a
        ld hl, SPRATTR
        ld b, 0
fw_attr:
        ld a, (frame)
        rrca
        rrca
        rrca
        rrca
        and 0x0f
        ld c, a
        ld a, b
        add a, a
        add a, a
        add a, a
        add a, c
        and 0x3f
        add a, a
        add a, a
        ld c, a
        ld a, (frame)
        rrca
        rrca
        rrca
        rrca
        rrca
        add a, b
        and 3
        or c
        ld (hl), a
        inc hl
        ld a, b
        add a, a
        add a, a
        inc a
        ld (hl), a
        inc hl
        inc b
        ld a, b
        cp 8
        jr nz, fw_attr
        ld hl, SPRPOS
        ld b, 0
fw_pos:
        ld a, b
        add a, a
        add a, a
        add a, a
        ld c, a
        add a, a
        add a, c
        add a, 40
        ld c, a
        ld a, (frame)
        and 0x3f
        add a, c
        ld (hl), a
        inc hl
        ld a, b
        add a, a
        add a, a
        ld c, a
        add a, a
        add a, a
        add a, c
        add a, 60
        ld (hl), a
        inc hl
        inc b
        ld a, b
        cp 8
        jr nz, fw_pos
        ret

; DE as four hex digits at HL (colour 2)
hex16:
        ld a, d
        call hex8
        ld a, e
hex8:
        push af
        rrca
        rrca
        rrca
        rrca
        call hexdigit
        pop af
hexdigit:
        and 0x0f
        add a, 0x30
        cp 0x3a
        jr c, hd_put
        add a, 7
hd_put:
        ld (hl), a
        push hl
        set 2, h
        ld (hl), 2
        pop hl
        inc hl
        ret

        db 0xff, 0xff
        db "CODE_END"
        db "CABINET PENGO TEST"
