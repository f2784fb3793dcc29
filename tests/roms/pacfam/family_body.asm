; family_body.asm - family.asm and nmouse.asm without the vector choice
; one program for the Pac-Man board variants (pacman_variants.c):
; assembled once, then encrypted or rewired per set by pacfam_encode. It fits
; in 0000-0FFF (Woodpecker has no ROM at 1000-3FFF), with its IM 2 vector at
; 0FFAh.
;  - tile at every VRAM offset o = o & FFh, colour (o >> 3) & 1Fh, so all 256
;    tiles show in many colours (the graphics wiring of Eyes/Ponpoko/...)
;  - main-area row 0: the 16-bit sum of ROM 0000-0FFF read as data (hex),
;    row 1: the frame counter
;  - sprite i: code (8i + frame/16) & 3Fh, colour 4i+1, flips (i + frame/32) & 3,
;    reg0 = 24i + 40 + (frame & 3Fh), reg1 = 20i + 60
        include "common.asm"

prog_init:
        ld hl, VRAM
pf_tiles:
        ld (hl), l
        ld d, h
        ld e, l
        ld a, d
        add a, 4
        ld d, a              ; DE = colour RAM twin of HL
        ld a, l
        rrca
        rrca
        rrca
        and 0x1f
        ld (de), a
        inc hl
        ld a, h
        cp 0x44
        jr nz, pf_tiles
        ld hl, 0             ; ROM sum
        ld de, 0
pf_sum:
        ld a, (de)
        add a, l
        ld l, a
        ld a, h
        adc a, 0
        ld h, a
        inc de
        ld a, d
        cp 0x10
        jr nz, pf_sum
        ex de, hl
        ld hl, VRAM + 0x40 + 10
        ld c, 2
        jp hex16

prog_frame:
        ld de, (frame)
        ld hl, VRAM + 0x40 + 32 + 10
        ld c, 2
        call hex16
        ld hl, SPRATTR
        ld b, 0              ; sprite i
ff_attr:
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
        add a, c             ; 8i + frame/16
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
        ld (hl), a           ; colour 4i+1
        inc hl
        inc b
        ld a, b
        cp 8
        jr nz, ff_attr
        ld hl, SPRPOS
        ld b, 0
ff_pos:
        ld a, b
        add a, a
        add a, a
        add a, a
        ld c, a              ; 8i
        add a, a
        add a, c             ; 24i
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
        ld c, a              ; 4i
        add a, a
        add a, a             ; 16i
        add a, c             ; 20i
        add a, 60
        ld (hl), a
        inc hl
        inc b
        ld a, b
        cp 8
        jr nz, ff_pos
        ret

; IM 2 table: the entry the written vector byte VEC (0F00h + VEC) names,
; and the ones Piranha's (FAh -> 78h) and Naughty Mouse's (BFh -> 3Ch,
; C6h -> 40h) sync bus controllers turn it into
        ds 0x0f3c - $, 0xff
        dw irq
        dw irq
        ds 0x0f78 - $, 0xff
        dw irq
        ds 0x0f00 + VEC - $, 0xff
vectab: dw irq
        ds 0x0ffc - $, 0xff
        db "CB", 0x00, 0x02
