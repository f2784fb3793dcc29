; cclimber_test.asm - Cabinet's homebrew test program for the Crazy Climber
; board (MAME set `cclimber`). Assembled with Debian's z80asm; ccenc.c
; encrypts its opcode bytes for the board's decrypting CPU (MAME's
; init_cclimber), ccgen.c writes the graphics, PROMs and samples (own
; data). All video and sound work happens in the VBLANK NMI:
;   - playfield: codes 0-255 / 512-767 (colour RAM bit 4), colours by
;     row + column, x flip on some rows, y flip (which shows the code of the
;     neighbouring row) on others; columns 12-31 scrolled each on its own
;     from frame 60 (col x 3 + frame x (col & 3)); flip x and y (latch Q1,
;     Q2) in frames 120-179;
;   - 8 sprites moving, every colour, both flips, code bank bits;
;   - the big sprite (tiles 0-255 of its ROM) moving, its colour stepping,
;     its flips changing every 40 frames, over the sprites until frame 90,
;     under them after;
;   - P1, P2, DSW and SYSTEM as 8 bit glyphs each (rows 26-29, columns 2-9);
;   - sound: AY tone A, B, C, noise, envelope (frames 30-180), then the
;     sample player: a triangle (start and loop 8) at rate C0h, volume 31
;     then 15, stopped at 240; a square (start/loop 32) at rate A0h from
;     260 to 300. Silence after.

WRAM:   equ 0x8000
BIGRAM: equ 0x8800
VRAM:   equ 0x9000
COLSCR: equ 0x9800
SPR:    equ 0x9880
BIGCTL: equ 0x98dc
CRAM:   equ 0x9c00
LATCH:  equ 0xa000      ; a000 NMI enable, a001 flip x, a002 flip y, a004 sample trigger
P1:     equ 0xa000
P2:     equ 0xa800
RATE:   equ 0xa800
DSW:    equ 0xb000
VOLUME: equ 0xb000
SYSTEM: equ 0xb800

frame:  equ 0x8000      ; 16-bit frame counter
sndptr: equ 0x8002

        org 0
        di
        ld sp, 0x8400
        jp start

        ds 0x66 - $, 0
nmi:    push af
        push bc
        push de
        push hl
        call do_frame
        pop hl
        pop de
        pop bc
        pop af
        retn

start:  ld hl, WRAM
        ld de, WRAM + 1
        ld bc, 0x03ff
        ld (hl), 0
        ldir
        ld hl, 0x9800           ; 9800-9bff
        ld de, 0x9801
        ld bc, 0x03ff
        ld (hl), 0
        ldir
        ld hl, snd_tab
        ld (sndptr), hl
        ld a, 7                 ; AY: tones on, noise off, ports A and B outputs
        ld b, 0xf8
        call ay_w
        call fill_pf
        call fill_big
        call init_sprites
        ld a, 1
        ld (LATCH), a           ; NMI on
idle:   jr idle

; a = register, b = value
ay_w:   out (0x08), a
        ld a, b
        out (0x09), a
        ret

; playfield: code (i & FFh), colour RAM: colour (row + col) & 15, bit 4
; (code + 200h) from column 16, x flip on rows with bit 1 set, y flip on
; rows 20-21
fill_pf: ld hl, VRAM
        ld de, CRAM
        ld b, 0                 ; row
fp_row: ld c, 0                 ; col
fp_col: ld a, b
        rrca
        rrca
        rrca
        and 0xe0
        or c
        ld (hl), a
        ld a, b
        add a, c
        and 15
        bit 4, c
        jr z, fp_lo
        or 0x10
fp_lo:  bit 1, b
        jr z, fp_nx
        or 0x40
fp_nx:  push af
        ld a, b
        cp 20
        jr c, fp_ny
        cp 22
        jr nc, fp_ny
        pop af
        or 0x80
        push af
fp_ny:  pop af
        ld (de), a
        inc hl
        inc de
        inc c
        ld a, c
        cp 32
        jr nz, fp_col
        inc b
        ld a, b
        cp 32
        jr nz, fp_row
        ret

fill_big: ld hl, BIGRAM
        ld b, 0
fbg:    ld (hl), b
        inc hl
        inc b
        jr nz, fbg
        ld a, 2
        ld (BIGCTL + 1), a
        ld a, 120
        ld (BIGCTL + 2), a
        ld a, 100
        ld (BIGCTL + 3), a
        ret

; sprite i: code 5i & 3Fh, flips from i, colour i x 2 + 1, bank bits 4/5
; from i, y = 40 + 24i, x = 20 + 28i
init_sprites:
        ld hl, SPR
        ld c, 0
is_lp:  ld a, c
        add a, a
        add a, a
        add a, c
        and 0x3f
        ld b, a
        ld a, c
        rrca
        rrca
        and 0xc0
        or b
        ld (hl), a
        inc hl
        ld a, c
        add a, a
        inc a
        and 0x0f
        ld b, a
        ld a, c
        and 3
        rlca
        rlca
        rlca
        rlca
        or b
        ld (hl), a
        inc hl
        ld a, c
        add a, a
        add a, c
        add a, a
        add a, a
        add a, a
        add a, 40
        ld (hl), a
        inc hl
        ld a, c
        add a, a
        add a, a
        add a, a
        sub c
        add a, a
        add a, a
        add a, 20
        ld (hl), a
        inc hl
        inc c
        ld a, c
        cp 8
        jr nz, is_lp
        ret

do_frame:
        ld hl, (frame)
        inc hl
        ld (frame), hl
        call move_sprites
        call do_scroll
        call do_big
        call show_inputs
        call do_sound
        ret

; sprite i: x += i + 1, y -= i & 3
move_sprites:
        ld hl, SPR + 2
        ld c, 0
ms_lp:  ld a, c
        and 3
        ld b, a
        ld a, (hl)
        sub b
        ld (hl), a
        inc hl
        ld a, c
        inc a
        add a, (hl)
        ld (hl), a
        inc hl
        inc hl
        inc hl
        inc c
        ld a, c
        cp 8
        jr nz, ms_lp
        ret

do_scroll:
        ld hl, (frame)
        ld a, h
        or a
        jr nz, sc_on
        ld a, l
        cp 60
        ret c
        cp 120
        jr c, sc_on
        cp 180
        jr nc, sc_unflip
        ld a, 1
        ld (LATCH + 1), a
        ld (LATCH + 2), a
        jr sc_on
sc_unflip: xor a
        ld (LATCH + 1), a
        ld (LATCH + 2), a
sc_on:  ld hl, COLSCR + 12
        ld c, 12
sc_lp:  ld a, c
        and 3
        ld b, a
        ld a, (frame)
        ld e, a
        xor a
sc_mul: dec b
        jp m, sc_mdone
        add a, e
        jr sc_mul
sc_mdone: ld e, a
        ld a, c
        add a, a
        add a, c
        add a, e
        ld (hl), a
        inc hl
        inc c
        ld a, c
        cp 32
        jr nz, sc_lp
        ret

; big sprite: x += 1, y -= 1 each frame; colour (frame / 16) & 7; flips
; (frame / 40) & 3 in bits 4-5; over the sprites (98dc = 0) until frame
; 90, under them after
do_big: ld hl, BIGCTL + 3
        inc (hl)
        dec hl
        dec (hl)
        ld hl, (frame)
        ld a, l
        rrca
        rrca
        rrca
        rrca
        and 7
        ld b, a
        push bc
        ld c, 40
        call div_hl_c
        pop bc
        ld a, l
        and 3
        rlca
        rlca
        rlca
        rlca
        or b
        ld (BIGCTL + 1), a
        ld hl, (frame)
        ld a, h
        or a
        jr nz, bg_under
        ld a, l
        cp 90
        jr nc, bg_under
        xor a
        ld (BIGCTL), a
        ret
bg_under: ld a, 1
        ld (BIGCTL), a
        ret

; hl = hl / c (c > 0), by repeated subtraction (hl < 2000 here)
div_hl_c: ld de, 0
        ld b, 0
dv_lp:  or a
        sbc hl, bc
        jr c, dv_end
        inc de
        jr dv_lp
dv_end: ex de, hl
        ret

; a byte as 8 glyphs (bit 7 first): tile 10h (0) / 11h (1), colour 5
; in: a = value, hl = video RAM address (colour RAM at +0c00h)
show_byte:
        ld b, 8
sb_lp:  rlca
        ld c, a
        ld a, 0x10
        adc a, 0
        ld (hl), a
        ld de, 0x0c00
        push hl
        add hl, de
        ld (hl), 5
        pop hl
        inc hl
        ld a, c
        djnz sb_lp
        ret

ROW26:  equ VRAM + 26 * 32 + 2

show_inputs:
        ld a, (P1)
        ld hl, ROW26
        call show_byte
        ld a, (P2)
        ld hl, ROW26 + 32
        call show_byte
        ld a, (DSW)
        ld hl, ROW26 + 64
        call show_byte
        ld a, (SYSTEM)
        ld hl, ROW26 + 96
        jp show_byte

; sound events: frame (word), kind, a, b; kind 0: AY register a = b,
; 1: sample rate = b, 2: sample volume = b, 3: sample trigger (latch Q4) = b;
; the table ends with frame FFFFh
do_sound:
        ld hl, (sndptr)
ds_nx:  ld e, (hl)
        inc hl
        ld d, (hl)
        push hl
        ld hl, (frame)
        or a
        sbc hl, de
        pop hl
        ret nz
        inc hl
        ld c, (hl)
        inc hl
        ld a, (hl)
        inc hl
        ld b, (hl)
        inc hl
        ld (sndptr), hl
        push hl
        call snd_ev
        pop hl
        jr ds_nx

snd_ev: dec c
        jp m, ay_w
        jr nz, se_2
        ld a, b
        ld (RATE), a
        ret
se_2:   dec c
        jr nz, se_3
        ld a, b
        ld (VOLUME), a
        ret
se_3:   ld a, b
        ld (LATCH + 4), a
        ret

snd_tab:
        dw 30
        db 0, 0, 0x00
        dw 30
        db 0, 1, 0x01           ; tone A period 100h
        dw 30
        db 0, 8, 15
        dw 60
        db 0, 8, 0
        dw 60
        db 0, 2, 0x80           ; tone B period 080h
        dw 60
        db 0, 9, 12
        dw 90
        db 0, 9, 0
        dw 90
        db 0, 4, 0xc0           ; tone C period 0C0h
        dw 90
        db 0, 10, 10
        dw 120
        db 0, 10, 0
        dw 120
        db 0, 6, 0x10           ; noise on A
        dw 120
        db 0, 7, 0xf7
        dw 120
        db 0, 8, 14
        dw 150
        db 0, 7, 0xf8           ; tone A with the envelope
        dw 150
        db 0, 11, 0x00
        dw 150
        db 0, 12, 0x04
        dw 150
        db 0, 13, 0x0e
        dw 150
        db 0, 8, 0x10
        dw 180
        db 0, 8, 0
        dw 180
        db 0, 14, 8             ; sample start 8, loop 8
        dw 180
        db 0, 15, 8
        dw 180
        db 1, 0, 0xc0
        dw 180
        db 2, 0, 31
        dw 180
        db 3, 0, 1
        dw 210
        db 2, 0, 15
        dw 240
        db 3, 0, 0
        dw 255
        db 0, 14, 32            ; square: start 32, loop 32
        dw 255
        db 0, 15, 32
        dw 255
        db 1, 0, 0xa0
        dw 255
        db 2, 0, 31
        dw 260
        db 3, 0, 1
        dw 300
        db 3, 0, 0
        dw 0xffff
