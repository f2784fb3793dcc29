; protect.asm - the Make Trax / Crush Roller protection chip (pacman.c):
;  - frames 1-239: eight writes of 1 to 5004h a frame (the table position
;    steps every 3Ch writes); frame 240: a write of 0 (fixed answers);
;    from frame 400: one write of 1 a frame again
;  - every frame, main-area rows 0-13 show (hex) the reads of
;    5080 5081 5084 5085 508E 5090 50BF 50C0 50C1 50C9 50CC 50FF, then
;    D080 and 7080 (mirrors of DSW1, not the chip's), then the frame counter
        include "common.asm"

prog_init:
        ret

prog_frame:
        ld hl, (frame)
        ld a, h
        or a
        jr nz, pf_late       ; frame >= 256
        ld a, l
        cp 240
        jr c, pf_ones
        jr nz, pf_read
        xor a
        ld (0x5004), a       ; frame 240: protection off
        jr pf_read
pf_late:
        ld de, 400
        or a
        sbc hl, de
        jr c, pf_read
        ld a, 1
        ld (0x5004), a
        jr pf_read
pf_ones:
        ld b, 8
        ld a, 1
pf_one:
        ld (0x5004), a
        djnz pf_one
pf_read:
        ld ix, addrs
        ld hl, VRAM + 0x40 + 4
pr_loop:
        ld e, (ix + 0)
        ld d, (ix + 1)
        ld a, d
        or e
        jr z, pr_frame
        ld a, (de)
        push hl
        ld c, 2
        call hex8
        pop hl
        ld de, 32
        add hl, de
        inc ix
        inc ix
        jr pr_loop
pr_frame:
        ld de, (frame)
        ld c, 2
        jp hex16

addrs:  dw 0x5080, 0x5081, 0x5084, 0x5085, 0x508e, 0x5090, 0x50bf
        dw 0x50c0, 0x50c1, 0x50c9, 0x50cc, 0x50ff, 0xd080, 0x7080, 0

        include "tail.asm"
