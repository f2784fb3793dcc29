; c1942_test.asm - Cabinet's homebrew test program for the 1942 main board
; (MAME set `1942`, srb-03.m3 + srb-04.m4); c1942_sound.asm is the sound
; board's, c1942gen.c writes the graphics, PROMs and banked ROMs. IM 0: the
; board puts RST 08h (line 6Dh) and RST 10h (line F0h) on the bus. The RST
; 08h handler does the video work mid-frame (the frame is drawn at VBLANK,
; line 246); the RST 10h handler counts frames and writes the sound command
; of the frame to the latch (the sound board's next IRQ is at line 2Ch).
; What it shows:
;   - text layer: rows 4-11 every code (bit 7 of the colour: + 100h) in
;     changing colours; rows 20-23 the bytes read from the four ROM banks
;     at start (8123h, 9FFFh, A123h) and now (bank frame & 3, 8000h);
;     rows 24-28 SYSTEM, P1, P2, DSWA, DSWB as bits; row 29 the frame count;
;   - background: the 32x16 map with codes + 100h, flips and colours,
;     scrolled 3 pixels a frame (9 bits), palette bank (frame / 50) & 3;
;   - 32 sprites 1, 2, 4 and 16 tiles tall, every colour, x bit 8, moving
;     (the board's three groups: 16-23 upper half, 24-31 lower half);
;   - flip screen in frames 150-199;
;   - sound commands 1-7 at frames 30-200, 6 again at 240.

SYSTEM: equ 0xc000
LATCH:  equ 0xc800
SCROLL: equ 0xc802
CTRL:   equ 0xc804
PALBNK: equ 0xc805
BANK:   equ 0xc806
SPR:    equ 0xcc00
FG:     equ 0xd000
BG:     equ 0xd800

frame:  equ 0xe000
banks0: equ 0xe010      ; 4 banks x 3 bytes read at start

        org 0
        di
        ld sp, 0xf000
        jp start

        ds 0x08 - $, 0
        jp rst08
        ds 0x10 - $, 0
        jp rst10

start:  im 0
        ld hl, 0xe000
        ld de, 0xe001
        ld bc, 0x0fff
        ld (hl), 0
        ldir
        ld hl, FG
        ld de, FG + 1
        ld bc, 0x07ff
        ld (hl), 0
        ldir
        xor a
        ld (CTRL), a
        ld (PALBNK), a
        ld (SCROLL), a
        ld (SCROLL + 1), a
        call read_banks
        call fill_fg
        call fill_bg
        call init_sprites
        ei
main:   jr main

; bank n: (8123h), (9fffh), (a123h) -> banks0 + 3n
read_banks:
        ld hl, banks0
        xor a
rb_lp:  ld (BANK), a
        ld b, a
        ld a, (0x8123)
        ld (hl), a
        inc hl
        ld a, (0x9fff)
        ld (hl), a
        inc hl
        ld a, (0xa123)
        ld (hl), a
        inc hl
        ld a, b
        inc a
        cp 4
        jr nz, rb_lp
        ret

; rows 4-11: code = (row - 4) * 32 + col, + 100h (colour bit 7) on odd rows;
; colour (col + row * 5) & 3fh
fill_fg: ld hl, FG + 4 * 32
        ld d, 4
ff_row: ld e, 0
ff_col: ld a, d
        sub 4
        rrca
        rrca
        rrca
        and 0xe0
        add a, e
        ld (hl), a
        push hl
        ld bc, 0x0400
        add hl, bc
        ld a, d
        add a, a
        add a, a
        add a, d
        add a, e
        and 0x3f
        bit 0, d
        jr z, ff_lo
        or 0x80
ff_lo:  ld (hl), a
        pop hl
        inc hl
        inc e
        ld a, e
        cp 32
        jr nz, ff_col
        inc d
        ld a, d
        cp 12
        jr nz, ff_row
        ret

; column c, row r (offset c * 32 + r, attribute + 16): code (c * 16 + r)
; & ffh, attribute: colour (c + 3r) & 1fh, flips ((c + r) & 3) << 5,
; code bit 8 for odd c
fill_bg: ld hl, BG
        ld d, 0                 ; c
fb_col: ld e, 0                 ; r
fb_row: ld a, d
        add a, a
        add a, a
        add a, a
        add a, a
        add a, e
        ld (hl), a
        push hl
        ld bc, 16
        add hl, bc
        ld a, e
        add a, a
        add a, e
        add a, d
        and 0x1f
        ld c, a
        ld a, d
        add a, e
        and 3
        rrca
        rrca
        rrca
        or c
        bit 0, d
        jr z, fb_lo
        or 0x80
fb_lo:  ld (hl), a
        pop hl
        inc hl
        inc e
        ld a, e
        cp 16
        jr nz, fb_row
        ld bc, 16
        add hl, bc
        inc d
        ld a, d
        cp 32
        jr nz, fb_col
        ret

; sprite i (0-31): code 7i + 1 (bit 7 of byte 0 = code bit 8 for i & 8,
; byte 1 bit 5 = code bit 7 for i & 4); byte 1: height i & 3 in bits 6-7,
; x bit 8 (bit 4) for i % 5 == 0, colour i & 15; y = 24 + 7i; x = 9i + 16
init_sprites:
        ld hl, SPR
        ld c, 0
is_lp:  ld a, c
        add a, a
        add a, a
        add a, a
        sub c
        inc a
        and 0x7f
        bit 3, c
        jr z, is_c8
        or 0x80
is_c8:  ld (hl), a
        inc hl
        ld a, c
        rrca
        rrca
        and 0xc0
        ld b, a
        ld a, c
        and 15
        or b
        bit 2, c
        jr z, is_c7
        or 0x20
is_c7:  ld b, a
        ld a, c
is_mod: sub 5
        jr nc, is_mod
        add a, 5
        ld a, b
        jr nz, is_x8
        or 0x10
is_x8:  ld (hl), a
        inc hl
        ld a, c
        add a, a
        add a, a
        add a, a
        sub c
        add a, 24
        ld (hl), a
        inc hl
        ld a, c
        add a, a
        add a, a
        add a, a
        add a, c
        add a, 16
        ld (hl), a
        inc hl
        inc c
        ld a, c
        cp 32
        jr nz, is_lp
        ret

rst10:  push af
        push hl
        ld hl, (frame)
        inc hl
        ld (frame), hl
        call send_sound
        pop hl
        pop af
        ei
        ret

rst08:  push af
        push bc
        push de
        push hl
        call move_sprites
        call do_scroll
        call do_ctrl
        call show_banks
        call show_inputs
        pop hl
        pop de
        pop bc
        pop af
        ei
        ret

; sprite i: x += (i & 3) + 1, y -= 1 for odd i
move_sprites:
        ld hl, SPR
        ld c, 0
ms_lp:  inc hl
        inc hl
        bit 0, c
        jr z, ms_x
        dec (hl)
ms_x:   inc hl
        ld a, c
        and 3
        inc a
        add a, (hl)
        ld (hl), a
        inc hl
        inc c
        ld a, c
        cp 32
        jr nz, ms_lp
        ret

; scroll = 3 x frame; palette bank (frame / 50) & 3
do_scroll:
        ld hl, (frame)
        ld d, h
        ld e, l
        add hl, hl
        add hl, de
        ld a, l
        ld (SCROLL), a
        ld a, h
        ld (SCROLL + 1), a
        ld hl, (frame)
        ld a, h
        or a
        ld a, 3
        jr nz, ds_bank
        ld a, l
        ld b, 0
ds_div: sub 50
        jr c, ds_got
        inc b
        jr ds_div
ds_got: ld a, b
        and 3
ds_bank: ld (PALBNK), a
        ret

; flip (bit 7) in frames 150-199; the sound CPU never held in reset
do_ctrl: ld hl, (frame)
        ld a, h
        or a
        ld a, 0
        jr nz, dc_set
        ld a, l
        cp 150
        ld a, 0
        jr c, dc_set
        ld a, l
        cp 200
        ld a, 0
        jr nc, dc_set
        ld a, 0x80
dc_set: ld (CTRL), a
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

ROW20:  equ FG + 20 * 32 + 18

; rows 20-22: banks 0-3 at start (12 bytes, 4 per row at columns 18-21 as
; codes, colour bank + 20); row 23: bank (frame & 3)'s 8000h, as bits
show_banks:
        ld hl, banks0
        ld de, ROW20
        ld b, 12
sk_lp:  ld a, (hl)
        ld (de), a
        push de
        ex de, hl
        ld a, 12
        sub b
        add a, 20
        ld de, 0x0400
        add hl, de
        ld (hl), a
        ex de, hl
        pop de
        inc hl
        inc de
        ld a, b
        cp 9
        jr z, sk_row
        cp 5
        jr nz, sk_nx
sk_row: push hl
        ld hl, 28
        add hl, de
        ex de, hl
        pop hl
sk_nx:  djnz sk_lp
        ld a, (frame)
        ld hl, ROW20 + 9 * 32
        call show_byte
        ld a, (frame)
        and 3
        ld (BANK), a
        ld a, (0x8000)
        ld hl, ROW20 + 3 * 32
        jp show_byte

ROW24:  equ FG + 24 * 32 + 18

show_inputs:
        ld hl, SYSTEM
        ld de, ROW24
        ld b, 5
si_lp:  ld a, (hl)
        push bc
        push hl
        push de
        ex de, hl
        call show_byte
        pop de
        ld hl, 32
        add hl, de
        ex de, hl
        pop hl
        pop bc
        inc hl
        djnz si_lp
        ret

snd_tab: db 30, 1, 60, 2, 90, 3, 120, 4, 150, 5, 180, 6, 200, 7, 240, 6, 0
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
