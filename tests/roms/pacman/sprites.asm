; sprites.asm - the 8 hardware sprites moving across all screen edges.
;  - background: generic tile 80h in colour 1 on a checkerboard of the main
;    area, blank elsewhere; frame counter (hex) at main-area row 0, columns 2-5
;  - sprite i (0-7): colour = coltab[i]; code = 8*i + ((frame >> 6) & 7);
;    flip bits (attribute bits 1-0) = (i + (frame >> 5)) & 3, so every sprite
;    shows all four flip combinations; reg0 += i+1 and reg1 += 8-i per frame
;    (8-bit wrap), starting at reg0 = 28*i, reg1 = 32*i
        include "common.asm"

pos:    equ 0x4c10           ; 16 bytes: reg0/reg1 pairs

prog_init:
        ld hl, VRAM + 0x40
        ld de, CRAM + 0x40
        ld b, 28             ; rows
pi_row:
        ld c, 32             ; main-area columns
pi_col:
        ld a, b
        xor c
        and 1
        jr z, pi_skip
        ld (hl), 0x80
        ld a, 1
        ld (de), a
pi_skip:
        inc hl
        inc de
        dec c
        jr nz, pi_col
        djnz pi_row
        ld hl, pos           ; starting positions
        ld b, 0
pi_pos:
        ld a, b
        add a, a
        add a, a
        ld c, a              ; 4i
        add a, a
        add a, a
        add a, a             ; 32i
        sub c                ; 28i
        ld (hl), a
        inc hl
        ld a, c
        add a, a
        add a, a
        add a, a             ; 32i
        ld (hl), a
        inc hl
        inc b
        ld a, b
        cp 8
        jr nz, pi_pos
        ret

prog_frame:
        ; frame counter
        ld hl, VRAM + 0x40
        ld c, 2
        ld de, (frame)
        call hex16
        ; move and copy to the sprite registers
        ld hl, pos
        ld de, SPRPOS
        ld b, 0
pf_move:
        ld a, b
        inc a                ; i+1
        add a, (hl)
        ld (hl), a
        ld (de), a
        inc hl
        inc de
        ld a, 8
        sub b                ; 8-i
        add a, (hl)
        ld (hl), a
        ld (de), a
        inc hl
        inc de
        inc b
        ld a, b
        cp 8
        jr nz, pf_move
        ; codes, flips, colours
        ld hl, SPRATTR
        ld b, 0
pf_attr:
        ld a, (frame)        ; (frame >> 6) & 7 = frame bits 8..6
        ld c, a
        ld a, (frame + 1)
        rl c
        rla
        rl c
        rla                  ; A = frame >> 6 (low bits)
        and 7
        ld c, a
        ld a, b
        add a, a
        add a, a
        add a, a
        add a, c             ; code = 8i + phase
        add a, a
        add a, a             ; code << 2
        ld c, a
        ld a, (frame)
        rlca
        rlca
        rlca                 ; frame >> 5 in bits 2-0
        add a, b
        and 3
        or c
        ld (hl), a
        inc hl
        push hl
        ld hl, coltab
        ld a, l
        add a, b
        ld l, a
        ld a, h
        adc a, 0
        ld h, a
        ld a, (hl)
        pop hl
        ld (hl), a
        inc hl
        inc b
        ld a, b
        cp 8
        jr nz, pf_attr
        ret

; colours 3/7/11/15 map pen 2 to palette 0 (transparent) and pen 0 to a
; visible colour (opaque box)
coltab: db 1, 3, 5, 7, 2, 11, 9, 15

        include "tail.asm"
