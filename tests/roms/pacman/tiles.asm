; tiles.asm - every tile code in every colour over the whole 36x28 tilemap,
; including the two 2-column strips at each side of the native screen (the
; rotated screen's top and bottom 2 rows).
;  - tile code at every VRAM offset = offset & FFh (fixed)
;  - 8 pages of 32 frames: page p = (frame >> 5) & 7 sets the colour at
;    offset o to ((o & FFh) + 4*p + (o >> 8)) & 1Fh, with bits 7-5 also set
;    on odd pages (Pac-Man uses only colour bits 4-0)
;  - page 7 also sets flip screen (5003h = 1); the other pages clear it
        include "common.asm"

page:   equ 0x4c10

prog_init:
        ld hl, VRAM
tinit:
        ld (hl), l
        inc hl
        ld a, h
        cp 0x44
        jr nz, tinit
        xor a
        jr set_page

prog_frame:
        ld a, (frame)
        and 0x1f
        ret nz               ; new page when frame & 1Fh == 0
        ld a, (frame)
        rlca
        rlca
        rlca
        and 7
set_page:
        ld (page), a
        ld e, 0
        and 1
        jr z, sp_even
        ld e, 0xe0
sp_even:
        ld a, (page)
        add a, a
        add a, a
        ld d, a              ; D = 4 * page
        ld hl, CRAM
sp_block:
        ld a, h
        sub 0x44
        add a, d
        ld c, a              ; C = 4 * page + block
sp_byte:
        ld a, l
        add a, c
        and 0x1f
        or e
        ld (hl), a
        inc l
        jr nz, sp_byte
        inc h
        ld a, h
        cp 0x48
        jr nz, sp_block
        ld a, (page)
        cp 7
        ld a, 0
        jr nz, sp_flip
        inc a
sp_flip:
        ld (FLIPSCR), a
        ret

        include "tail.asm"
