; mrdo_test.asm - Cabinet's homebrew test program for the Mr. Do! board
; (MAME set `mrdo`). Assembles with Debian's z80asm into the four 8K program
; ROMs; mrdogen.c writes the graphics and PROMs (own data). All work happens
; in the VBLANK IRQ (IM 1), so every frame shows the state of the IRQ before.
;   - background: all 512 codes over the 32x32 map, colour (row + col),
;     half the tiles opaque (attribute bit 6), scrolled from frame 60
;     (x = 3 x frame, y = frame), flipped (both tilemaps) in frames 120-179
;     where the y scroll write takes 256 - value, then x = frame, y = 2 x frame;
;   - foreground: a block of tiles (one row opaque) over the background;
;     rows 22-27 show the frame counter, P1, P2, DSW1, DSW2 and the
;     protection read (the ROM byte at HL, HL stepping through `prot_tab`)
;     as 8 bit glyphs each;
;   - sprites: 63 of the 64 (the last has y = 0: not drawn), every colour,
;     both flips, moving right at 0-3 pixels a frame so they overlap and
;     cross both screen edges;
;   - sound: the two SN76489 channel by channel every 30 frames from frame
;     30 (tone 0, 1, 2, white noise, periodic noise on chip 1; tone 0, 1, 2,
;     white noise at tone 2's rate on chip 2), both chips together at 330,
;     silence from 360 (see `snd_tab`).

BGRAM:  equ 0x8000      ; attributes; codes at +400h
FGRAM:  equ 0x8800
SPR:    equ 0x9000
FLIP:   equ 0x9800
SN1:    equ 0x9801
SN2:    equ 0x9802
PROT:   equ 0x9803
P1:     equ 0xa000
SCROLLX: equ 0xf000
SCROLLY: equ 0xf800

frame:  equ 0xe000      ; 16-bit frame counter
sndptr: equ 0xe002
sprx:   equ 0xe100      ; 64 sprite x positions

        org 0
        di
        ld sp, 0xf000
        im 1
        jp start

        ds 0x38 - $, 0xff
irq:    push af
        push bc
        push de
        push hl
        call do_frame
        pop hl
        pop de
        pop bc
        pop af
        ei
        reti

start:  ld hl, 0xe000       ; clear work RAM
        ld de, 0xe001
        ld bc, 0x0fff
        ld (hl), 0
        ldir
        ld hl, silence
        ld b, 4
sil:    ld a, (hl)
        ld (SN1), a
        ld (SN2), a
        inc hl
        djnz sil
        ld hl, snd_tab
        ld (sndptr), hl
        call fill_bg
        call fill_fg
        call init_sprites
        xor a
        ld (FLIP), a
        ld (SCROLLX), a
        ld (SCROLLY), a
        ei
idle:   halt
        jr idle

silence: db 0x9f, 0xbf, 0xdf, 0xff

; background: code (row * 32 + col) & 1FFh, colour (row + col) & 3Fh,
; opaque where (row ^ col) & 4
fill_bg: ld hl, BGRAM
        ld d, 0
fb_row: ld e, 0
fb_col: ld a, d
        and 7
        rrca
        rrca
        rrca
        or e
        set 2, h
        ld (hl), a
        res 2, h
        ld a, d
        and 8
        rlca
        rlca
        rlca
        rlca
        ld b, a
        ld a, d
        add a, e
        and 0x3f
        or b
        ld b, a
        ld a, d
        xor e
        and 4
        jr z, fb_tr
        set 6, b
fb_tr:  ld (hl), b
        inc hl
        inc e
        ld a, e
        cp 32
        jr nz, fb_col
        inc d
        ld a, d
        cp 32
        jr nz, fb_row
        ret

; foreground: rows 6-20, columns 3-26 hold code (row * 7 + col * 3) | 1,
; code bit 8 from column 16 on, colour 2 x col; row 10 opaque; the rest 0
fill_fg: ld hl, FGRAM
        ld d, 0
ff_row: ld e, 0
ff_col: ld bc, 0        ; b = attribute, c = code
        ld a, d
        cp 6
        jr c, ff_put
        cp 21
        jr nc, ff_put
        ld a, e
        cp 3
        jr c, ff_put
        cp 27
        jr nc, ff_put
        ld a, d         ; code
        add a, a
        add a, a
        add a, a
        sub d
        add a, e
        add a, e
        add a, e
        or 1
        ld c, a
        ld a, e         ; colour
        add a, a
        and 0x3f
        ld b, a
        ld a, e
        cp 16
        jr c, ff_lo
        set 7, b
ff_lo:  ld a, d
        cp 10
        jr nz, ff_put
        set 6, b
ff_put: ld (hl), b
        set 2, h
        ld (hl), c
        res 2, h
        inc hl
        inc e
        ld a, e
        cp 32
        jr nz, ff_col
        inc d
        ld a, d
        cp 32
        jr nz, ff_row
        ret

; sprite i: code 5i & 7Fh, colour i & 15, flip x = bit 0, flip y = bit 1,
; y = 40 + 24 (i / 8) (0 for sprite 63), x = 8 + 30 (i & 7)
init_sprites:
        ld hl, SPR
        ld ix, sprx
        ld c, 0
is_loop: ld a, c
        add a, a
        add a, a
        add a, c
        and 0x7f
        ld (hl), a
        inc hl
        ld a, c
        cp 63
        ld a, 0
        jr z, is_y
        ld a, c
        rrca
        rrca
        rrca
        and 7
        ld b, a
        add a, a
        add a, b
        add a, a
        add a, a
        add a, a        ; 24 x (i / 8)
        add a, 40
is_y:   ld (hl), a
        inc hl
        ld a, c
        and 3
        rlca
        rlca
        rlca
        rlca
        ld b, a
        ld a, c
        and 15
        or b
        ld (hl), a
        inc hl
        ld a, c
        and 7
        ld b, a
        add a, a
        add a, a
        add a, a
        add a, a
        sub b
        add a, a        ; 30 x (i & 7)
        add a, 8
        ld (hl), a
        ld (ix + 0), a
        inc hl
        inc ix
        inc c
        ld a, c
        cp 64
        jr nz, is_loop
        ret

; the VBLANK work
do_frame:
        ld hl, (frame)
        inc hl
        ld (frame), hl
        call move_sprites
        call do_scroll
        call show_inputs
        call do_sound
        ret

; sprite i moves right by i & 3 pixels a frame
move_sprites:
        ld hl, SPR + 3
        ld de, sprx
        ld c, 0
ms_loop: ld a, c
        and 3
        ld b, a
        ld a, (de)
        add a, b
        ld (de), a
        ld (hl), a
        inc de
        inc hl
        inc hl
        inc hl
        inc hl
        inc c
        ld a, c
        cp 64
        jr nz, ms_loop
        ret

do_scroll:
        ld hl, (frame)
        ld a, h
        or a
        jr nz, sc_late
        ld a, l
        cp 60
        ret c
        cp 120
        jr c, sc_b
        cp 180
        jr nc, sc_late
        ld a, 1         ; frames 120-179: flipped
        ld (FLIP), a
        jr sc_b
sc_late: xor a
        ld (FLIP), a
        ld a, l
        ld (SCROLLX), a
        add a, a
        ld (SCROLLY), a
        ret
sc_b:   ld a, l
        add a, a
        add a, l
        ld (SCROLLX), a
        ld a, l
        ld (SCROLLY), a
        ret

; a byte as 8 glyphs (bit 7 first): code 1F0h (0) / 1F1h (1), opaque, colour 7
; in: a = value, hl = foreground attribute address
show_byte:
        ld b, 8
sb_loop: rlca
        ld c, a
        ld a, 0xf0
        adc a, 0
        set 2, h
        ld (hl), a
        res 2, h
        ld (hl), 0xc7
        inc hl
        ld a, c
        djnz sb_loop
        ret

ROW22:  equ FGRAM + 22 * 32 + 2

show_inputs:
        ld a, (frame)
        ld hl, ROW22
        call show_byte
        ld a, (P1)
        ld hl, ROW22 + 32
        call show_byte
        ld a, (P1 + 1)
        ld hl, ROW22 + 64
        call show_byte
        ld a, (P1 + 2)
        ld hl, ROW22 + 96
        call show_byte
        ld a, (P1 + 3)
        ld hl, ROW22 + 128
        call show_byte
        ld a, (frame)   ; the protection read: the ROM byte at HL
        and 0x0f
        ld e, a
        ld d, 0
        ld hl, prot_tab
        add hl, de
        ld a, (PROT)
        ld hl, ROW22 + 160
        jp show_byte

prot_tab: db 0x01, 0x80, 0x55, 0xaa, 0x0f, 0xf0, 0x3c, 0xc3
        db 0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xff

; sound events: frame (word), chip port (word), byte; ends with frame FFFFh
do_sound:
        ld hl, (sndptr)
ds_next: ld e, (hl)
        inc hl
        ld d, (hl)
        push hl
        ld hl, (frame)
        or a
        sbc hl, de
        pop hl
        jr nz, ds_done
        inc hl
        ld e, (hl)
        inc hl
        ld d, (hl)
        inc hl
        ld a, (hl)
        ld (de), a
        inc hl
        ld (sndptr), hl
        jr ds_next
ds_done: ret

snd_tab:
        dw 30, SN1
        db 0x8e
        dw 30, SN1
        db 0x0f
        dw 30, SN1
        db 0x90
        dw 60, SN1
        db 0x9f
        dw 60, SN1
        db 0xac
        dw 60, SN1
        db 0x1f
        dw 60, SN1
        db 0xb2
        dw 90, SN1
        db 0xbf
        dw 90, SN1
        db 0xcf
        dw 90, SN1
        db 0x07
        dw 90, SN1
        db 0xd4
        dw 120, SN1
        db 0xdf
        dw 120, SN1
        db 0xe4
        dw 120, SN1
        db 0xf0
        dw 150, SN1
        db 0xe1
        dw 150, SN1
        db 0xf3
        dw 180, SN1
        db 0xff
        dw 180, SN2
        db 0x80
        dw 180, SN2
        db 0x15
        dw 180, SN2
        db 0x90
        dw 210, SN2
        db 0x9f
        dw 210, SN2
        db 0xa0
        dw 210, SN2
        db 0x0a
        dw 210, SN2
        db 0xb1
        dw 240, SN2
        db 0xbf
        dw 240, SN2
        db 0xc0
        dw 240, SN2
        db 0x30
        dw 240, SN2
        db 0xd0
        dw 270, SN2
        db 0xdf
        dw 270, SN2
        db 0xc0
        dw 270, SN2
        db 0x02
        dw 270, SN2
        db 0xe7
        dw 270, SN2
        db 0xf0
        dw 300, SN2
        db 0xff
        dw 330, SN1
        db 0x8e
        dw 330, SN1
        db 0x0f
        dw 330, SN1
        db 0x90
        dw 330, SN2
        db 0x80
        dw 330, SN2
        db 0x15
        dw 330, SN2
        db 0x90
        dw 360, SN1
        db 0x9f
        dw 360, SN2
        db 0x9f
        dw 0xffff
