; bombjack_test.asm - Cabinet's homebrew test program for the Bomb Jack
; main board (MAME set `bombjack`); bombjack_sound.asm is the sound board's,
; bjgen.c writes the graphics and background maps (own data). The VBLANK
; NMI handler does the video work; the main loop, after each NMI, waits
; about 3 ms (so the sound board's VBLANK NMI never races it) and writes
; the sound command of the frame to the latch. What it shows:
;   - palette RAM: all 128 colours set at start, colour group 5 rotated
;     every 8 frames;
;   - the background picture: off until frame 60 (bit 4 clear), then maps
;     1, 3, 6, 7 (frames 60, 100, 140, 200);
;   - the text layer over it: a block of tiles (codes + 100h from row 16)
;     and P1, P2, SYSTEM, DSW1, DSW2 as 8 bit glyphs (rows 25-29);
;   - 24 sprites, small and 32x32 (code bit 7), every colour, both flips,
;     moving; flip screen in frames 150-199;
;   - sound commands 1-6 at frames 30, 60, 90, 120, 150, 180.

VRAM:   equ 0x9000
CRAM:   equ 0x9400
SPR:    equ 0x9820
PAL:    equ 0x9c00
BGIMG:  equ 0x9e00
NMIEN:  equ 0xb000
FLIP:   equ 0xb004
LATCH:  equ 0xb800
P1:     equ 0xb000

frame:  equ 0x8000
flag:   equ 0x8002
shadow: equ 0x8100      ; sprite RAM is write only: the program keeps its copy here

        org 0
        di
        ld sp, 0x9000
        jp start

        ds 0x66 - $, 0
nmi:    push af
        push bc
        push de
        push hl
        xor a                   ; acknowledge: the NMI line stays up until b000 = 0
        ld (NMIEN), a
        inc a
        ld (NMIEN), a
        call do_frame
        ld a, 1
        ld (flag), a
        pop hl
        pop de
        pop bc
        pop af
        retn

start:  ld hl, 0x8000
        ld de, 0x8001
        ld bc, 0x0fff
        ld (hl), 0
        ldir
        ld hl, VRAM
        ld de, VRAM + 1
        ld bc, 0x07ff
        ld (hl), 0
        ldir
        call init_palette
        call fill_fg
        call init_sprites
        xor a
        ld (BGIMG), a
        ld (FLIP), a
        ld a, 1
        ld (NMIEN), a
main:   ld a, (flag)
        or a
        jr z, main
        xor a
        ld (flag), a
        ld b, 0                 ; about 3 ms
dly:    ex (sp), hl
        ex (sp), hl
        djnz dly
        call send_sound
        jr main

; colour i = (i * 123h + 0a5h) & fffh, colour 0 black
init_palette:
        ld hl, PAL
        ld de, 0x00a5
ip_lp:  ld (hl), e
        inc hl
        ld a, d
        and 0x0f
        ld (hl), a
        inc hl
        ex de, hl
        ld bc, 0x0123
        add hl, bc
        ex de, hl
        ld a, l
        or a
        jr nz, ip_lp
        xor a
        ld (PAL), a
        ld (PAL + 1), a
        ret

; text block: rows 3-22, columns 6-25: code = row * 16 + col, colour row & 15,
; bit 4 (code + 100h) from row 16
fill_fg: ld hl, VRAM + 3 * 32
        ld d, 3
ff_row: ld e, 0
ff_col: ld a, e
        cp 6
        jr c, ff_nx
        cp 26
        jr nc, ff_nx
        ld a, d
        add a, a
        add a, a
        add a, a
        add a, a
        add a, e
        ld (hl), a
        push hl
        ld bc, 0x0400
        add hl, bc
        ld a, d
        and 15
        ld c, a
        ld a, d
        cp 16
        ld a, c
        jr c, ff_lo
        or 0x10
ff_lo:  ld (hl), a
        pop hl
ff_nx:  inc hl
        inc e
        ld a, e
        cp 32
        jr nz, ff_col
        inc d
        ld a, d
        cp 23
        jr nz, ff_row
        ret

; sprite i (0-23): code: big (bit 7, code i & 1fh) when i & 3 == 0, else
; 3i & 7fh; attr: colour i & 15, bit 5 = big, flips from i bits 1-2;
; y = 30 + 8i, x = 10i
init_sprites:
        ld hl, shadow
        ld c, 0
is_lp:  ld a, c
        and 3
        jr nz, is_small
        ld a, c
        and 0x1f
        or 0x80
        jr is_code
is_small: ld a, c
        add a, a
        add a, c
        and 0x7f
is_code: ld (hl), a
        inc hl
        and 0x80
        rrca
        rrca                    ; bit 5 for a big sprite
        ld b, a
        ld a, c
        and 15
        or b
        ld b, a
        ld a, c
        and 6
        rrca
        rrca
        rrca                    ; bits 1-2 -> 6-7 (flip x, flip y)
        and 0xc0
        or b
        ld (hl), a
        inc hl
        ld a, c
        add a, a
        add a, a
        add a, a
        add a, 30
        ld (hl), a
        inc hl
        ld a, c
        add a, a
        ld b, a
        add a, a
        add a, a
        add a, b
        ld (hl), a
        inc hl
        inc c
        ld a, c
        cp 24
        jr nz, is_lp
        jr copy_sprites

do_frame:
        ld hl, (frame)
        inc hl
        ld (frame), hl
        call move_sprites
        call do_bg
        call do_flip
        call cycle_palette
        call show_inputs
        ret

; sprite i: x += (i & 3) + 1, y += 1 for odd i
move_sprites:
        ld hl, shadow
        ld c, 0
ms_lp:  inc hl
        inc hl
        bit 0, c
        jr z, ms_x
        inc (hl)
ms_x:   inc hl
        ld a, c
        and 3
        inc a
        add a, (hl)
        ld (hl), a
        inc hl
        inc c
        ld a, c
        cp 24
        jr nz, ms_lp
copy_sprites:
        ld hl, shadow
        ld de, SPR
        ld bc, 24 * 4
        ldir
        ret

bg_tab: db 60, 0x11, 100, 0x13, 140, 0x16, 200, 0x17, 0
do_bg:  ld a, (frame + 1)
        or a
        ret nz
        ld a, (frame)
        ld hl, bg_tab
bg_lp:  ld b, (hl)
        inc b
        dec b
        ret z
        inc hl
        cp b
        jr nz, bg_nx
        ld a, (hl)
        ld (BGIMG), a
        ret
bg_nx:  inc hl
        jr bg_lp

do_flip: ld a, (frame + 1)
        or a
        ret nz
        ld a, (frame)
        cp 150
        jr nz, fl_off
        ld a, 1
        ld (FLIP), a
        ret
fl_off: cp 200
        ret nz
        xor a
        ld (FLIP), a
        ret

; colour group 5 (colours 80-95) takes (frame / 8) x 111h
cycle_palette:
        ld a, (frame)
        and 7
        ret nz
        ld a, (frame)
        rrca
        rrca
        rrca
        and 0x1f
        ld e, a
        ld d, 0
        ld hl, 0
        ld b, 0x11
cy_mul: add hl, de
        djnz cy_mul             ; hl = n x 11h
        ld a, l
        ld (PAL + 80 * 2 + 2), a
        ld a, h
        add a, l
        and 0x0f
        ld (PAL + 80 * 2 + 3), a
        ret

; a byte as 8 glyphs (bit 7 first): code 1 (0) / 2 (1), colour 9
; in: a = value, hl = video RAM address
show_byte:
        ld b, 8
sb_lp:  rlca
        ld c, a
        ld a, 1
        adc a, 0
        ld (hl), a
        push hl
        ld de, 0x0400
        add hl, de
        ld (hl), 9
        pop hl
        inc hl
        ld a, c
        djnz sb_lp
        ret

ROW25:  equ VRAM + 25 * 32 + 2

show_inputs:
        ld a, (P1)
        ld hl, ROW25
        call show_byte
        ld a, (P1 + 1)
        ld hl, ROW25 + 32
        call show_byte
        ld a, (P1 + 2)
        ld hl, ROW25 + 64
        call show_byte
        ld a, (P1 + 4)
        ld hl, ROW25 + 96
        call show_byte
        ld a, (P1 + 5)
        ld hl, ROW25 + 128
        jp show_byte

snd_tab: db 30, 1, 60, 2, 90, 3, 120, 4, 150, 5, 180, 6, 0
send_sound:
        ld a, (frame + 1)
        or a
        ret nz
        ld a, (frame)
        ld hl, snd_tab
ss_lp:  ld b, (hl)
        inc b
        dec b
        ret z
        inc hl
        cp b
        jr nz, ss_nx
        ld a, (hl)
        ld (LATCH), a
        ret
ss_nx:  inc hl
        jr ss_lp
