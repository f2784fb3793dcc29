; timeplt_test.asm - Cabinet's homebrew test program for the Time Pilot board
; (MAME sets `timeplt`, `timepltc`). Assembles with Debian's z80asm into the
; three 8K program ROMs; timeplt_sound.asm is the sound board's ROM and
; tpgen.c writes the graphics and PROMs (own data). The frame work runs in
; the VBLANK NMI, which the program re-arms each frame (latch Q0 0 then 1).
;   - tilemap: all 512 codes over the 32x32 map, every colour, both flips
;     (attribute bits 6/7), half the tiles in the priority category (bit 4)
;     drawn over the sprites; row 3 animated (codes follow the frame);
;     rows 22-27 show the frame counter, IN0, IN1, IN2, DSW0 and DSW1 as 8 bit
;     glyphs (category 1);
;   - sprites: entries 8-31 (0-7 hold sprites the board never draws), every
;     colour, both flips, moving right at 0-3 pixels a frame across both
;     edges; computed into a shadow during the frame, copied in the NMI;
;   - the line counter (c000): entry 9 changes colour when the beam is on
;     line 6Ch (inside the sprite), entry 8 moves 120 lines down when it is
;     on line 80h (drawn twice, as the game's clouds), both restored in the
;     NMI: MAME 0.251 draws a line at a time;
;   - flip screen (latch Q1, inverted) in frames 120-179; video off (latch
;     Q4) for counts 320-323 (MAME then draws nothing: the bitmap keeps the
;     last picture). MAME 0.251 keeps two screen bitmaps and alternates them
;     each frame, so while nothing is drawn its snapshots alternate between
;     the last two pictures; Cabinet's single bitmap repeats the last one:
;     the test compares the first stale frame (322) and the frames before
;     and after, not the later stale ones (324-327 differ from MAME's);
;   - sound: commands 1-13 through the latch and the sound IRQ (latch Q2
;     0 -> 1) every 30 frames from frame 30, command 14 at 450; the sound
;     board mute (latch Q3) in frames 404-421 (see `snd_tab`). MAME 0.251
;     applies its system mute per 20 ms sound update (the state at the end
;     of an update holds for all of it): frames 404 and 422 are where that
;     falls within the audio check's 3 ms of the write;
;   - the watchdog (c200) kicked in every NMI up to count 479, then no more:
;     MAME's default watchdog resets the board 3 s later and the program
;     starts over (the reset clears the video enable: the frame it leaves
;     undrawn is not compared, as above).

COLRAM: equ 0xa000
VIDRAM: equ 0xa400
SPR0:   equ 0xb000
SPR1:   equ 0xb400
LINE:   equ 0xc000      ; read: beam line; write: sound latch
SNDLATCH: equ 0xc000
WDOG:   equ 0xc200
DSW1:   equ 0xc200
IN0:    equ 0xc300
IN1:    equ 0xc320
IN2:    equ 0xc340
DSW0:   equ 0xc360
L_NMI:  equ 0xc300
L_FLIP: equ 0xc302
L_SIRQ: equ 0xc304
L_MUTE: equ 0xc306
L_VID:  equ 0xc308

frame:  equ 0xa800      ; 16-bit frame counter
vflag:  equ 0xa802      ; set by the NMI
sndptr: equ 0xa804
shadow0: equ 0xa810     ; 48 bytes: SPR0 10h-3fh of the next frame
shadow1: equ 0xa840     ; 48 bytes: SPR1 10h-3fh

        org 0
        di
        ld sp, 0xb000
        jp start

        ds 0x66 - $, 0xff
nmi:    push af
        push bc
        push de
        push hl
        xor a
        ld (L_NMI), a       ; NMI line cleared (re-armed below)
        ld hl, (frame)      ; the watchdog kicked through count 479 only
        ld de, 480
        sbc hl, de
        jr nc, no_kick
        ld (WDOG), a
no_kick:
        ld hl, shadow0      ; sprites first, during VBLANK
        ld de, SPR0 + 0x10
        ld bc, 48
        ldir
        ld hl, shadow1
        ld de, SPR1 + 0x10
        ld bc, 48
        ldir
        call do_frame
        ld a, 1
        ld (vflag), a
        ld (L_NMI), a
        pop hl
        pop de
        pop bc
        pop af
        retn

start:  ld hl, 0xa800       ; clear work RAM
        ld de, 0xa801
        ld bc, 0x07ff
        ld (hl), 0
        ldir
        xor a
        ld (L_NMI), a
        ld (L_SIRQ), a
        ld (L_MUTE), a
        inc a
        ld (L_FLIP), a      ; Q1 = 1: not flipped
        ld (L_VID), a
        ld hl, snd_tab
        ld (sndptr), hl
        call fill_bg
        call fill_hidden
        call make_shadow
        ld a, 1
        ld (L_NMI), a
main:   ld a, (vflag)
        or a
        jr z, main
        xor a
        ld (vflag), a
w6c:    ld a, (LINE)
        cp 0x6c
        jr nz, w6c
        ld a, 0x28 | 0x40   ; entry 9: new colour
        ld (SPR1 + 0x12), a
w80:    ld a, (LINE)
        cp 0x80
        jr nz, w80
        ld a, 81            ; entry 8: to line 160
        ld (SPR1 + 0x11), a
        ld a, 100
        ld (SPR0 + 0x10), a
        call make_shadow
        jr main

; tiles: code (row * 32 + col) & 1FFh (bit 8 = attribute bit 5), colour
; (row + col) & 0Fh, category 1 where (row ^ col) & 4, flips col & 3
fill_bg: ld hl, VIDRAM
        ld d, 0
fb_row: ld e, 0
fb_col: ld a, d
        rrca
        rrca
        rrca
        and 0xe0
        or e
        ld (hl), a          ; code low byte
        ld a, d
        and 0x10
        rlca                ; 20h: code + 100h in rows 16-31
        ld b, a
        ld a, d
        xor e
        and 4
        rlca
        rlca                ; 10h: category 1
        or b
        ld b, a
        ld a, d
        add a, e
        and 0x0f
        or b
        ld b, a
        ld a, e
        rrca
        rrca
        and 0xc0            ; flips
        or b
        res 2, h
        ld (hl), a          ; colour RAM
        set 2, h
        inc hl
        inc e
        ld a, e
        cp 32
        jr nz, fb_col
        inc d
        ld a, d
        cp 32
        jr nz, fb_row
        ; the glyph rows: code 1FEh, category 1, colour 13h
        ld hl, COLRAM + 22 * 32 + 12
        ld c, 6
fg_row: ld b, 8
        push hl
fg_col: ld (hl), 0x33
        inc hl
        djnz fg_col
        pop hl
        ld de, 32
        add hl, de
        dec c
        jr nz, fg_row
        ret

; sprite entries 0-7 hold visible-looking sprites the board never draws
fill_hidden: ld hl, SPR0
        ld b, 16
fh0:    ld (hl), 0x60
        inc hl
        djnz fh0
        ld hl, SPR1
        ld b, 8
fh1:    ld (hl), 0x05
        inc hl
        ld (hl), 0x90
        inc hl
        djnz fh1
        ret

; the next frame's entries 8-31 (k = 0-23), f = frame + 1:
;   x = 10k + f * (k & 3), code = 11k + f / 8,
;   attr = ((3k + f / 16) & 3Fh) | (k & 3) << 6, y = 221 - 9k + (f / 4 & 7);
; entry 8 at x 60, line 40, entry 9 at line 100 with colour 5
make_shadow: ld hl, (frame)
        inc hl
        ld ix, shadow0
        ld iy, shadow1
        ld c, 0             ; k
ms_loop: ld a, c
        and 3
        ld b, a
        ld a, c             ; 10k
        add a, a
        ld e, a
        add a, a
        add a, a
        add a, e
        ld e, b             ; + f * (k & 3)
        inc e
ms_x:   dec e
        jr z, ms_xd
        add a, l
        jr ms_x
ms_xd:  ld (ix + 0), a
        ld a, l             ; f / 8
        srl h
        rr l
        srl h
        rr l
        srl h
        rr l
        ld d, l             ; f / 8
        ld hl, (frame)
        inc hl
        ld e, c             ; 11k
        ld a, c
        add a, a
        add a, a
        add a, a
        add a, c
        add a, c
        add a, c
        add a, d
        ld (ix + 1), a
        ld a, d             ; f / 16
        srl a
        add a, c
        add a, c
        add a, c
        and 0x3f
        ld e, a
        ld a, c
        rrca
        rrca
        and 0xc0
        or e
        ld (iy + 0), a
        ld a, l             ; f / 4 & 7
        srl a
        srl a
        and 7
        ld e, a
        ld a, c             ; 221 - 9k
        add a, a
        add a, a
        add a, a
        add a, c
        neg
        add a, 221
        add a, e
        ld (iy + 1), a
        inc ix
        inc ix
        inc iy
        inc iy
        inc c
        ld a, c
        cp 24
        jr nz, ms_loop
        ld a, 60            ; entry 8: the multiplexed one
        ld (shadow0), a
        ld a, 201
        ld (shadow1 + 1), a
        ld a, 0x05 | 0x40   ; entry 9: colour 5, line 100
        ld (shadow1 + 2), a
        ld a, 141
        ld (shadow1 + 3), a
        ret

do_frame: ld hl, (frame)
        inc hl
        ld (frame), hl
        ; row 3: codes follow the frame
        ld de, VIDRAM + 3 * 32
        ld b, 32
        ld a, l
df_r3:  ld (de), a
        inc de
        inc a
        djnz df_r3
        ; flip screen in frames 120-179
        ld a, h
        or a
        ld a, 1
        jr nz, df_flip
        ld a, l
        cp 120
        ld a, 1
        jr c, df_flip
        ld a, l
        cp 180
        ld a, 0
        jr c, df_flip
        inc a
df_flip: ld (L_FLIP), a
        ; mute in frames 404-421
        ld de, 404
        or a
        sbc hl, de
        ld a, 0
        jr c, df_mute
        ld de, 18
        sbc hl, de
        jr nc, df_mute
        inc a
df_mute: ld (L_MUTE), a
        ; video off (latch Q4) in frames 320-323
        ld hl, (frame)
        ld de, 320
        or a
        sbc hl, de
        ld a, 1
        jr c, df_vid
        ld de, 4
        sbc hl, de
        jr nc, df_vid
        xor a
df_vid: ld (L_VID), a
        call sound
        ; glyph rows: frame, IN0, IN1, IN2, DSW0, DSW1
        ld hl, VIDRAM + 22 * 32 + 12
        ld a, (frame)
        call glyphs
        ld a, (IN0)
        call glyphs
        ld a, (IN1)
        call glyphs
        ld a, (IN2)
        call glyphs
        ld a, (DSW0)
        call glyphs
        ld a, (DSW1)
        call glyphs
        ret

; A as 8 glyphs (bit 7 first) at HL; HL to the next row
glyphs: ld b, 8
gl_bit: rlca
        ld c, 0xfe
        jr nc, gl_put
        inc c
gl_put: ld (hl), c
        inc hl
        djnz gl_bit
        ld de, 24
        add hl, de
        ret

; the sound command due this frame, if any (table: frame word, command)
sound:  ld hl, (sndptr)
        ld e, (hl)
        inc hl
        ld d, (hl)
        ld a, d
        and e
        inc a
        ret z               ; FFFFh: the end
        push hl
        ld hl, (frame)
        or a
        sbc hl, de
        pop hl
        ret nz
        inc hl
        ld a, (hl)
        inc hl
        ld (sndptr), hl
        ld (SNDLATCH), a
        xor a
        ld (L_SIRQ), a
        inc a
        ld (L_SIRQ), a      ; 0 -> 1: the sound CPU's IRQ
        ret

snd_tab: dw 30
        db 1
        dw 60
        db 2
        dw 90
        db 3
        dw 120
        db 4
        dw 150
        db 5
        dw 180
        db 6
        dw 210
        db 7
        dw 240
        db 8
        dw 270
        db 9
        dw 300
        db 10
        dw 330
        db 11
        dw 360
        db 12
        dw 390
        db 13
        dw 450
        db 14
        dw 0xffff
