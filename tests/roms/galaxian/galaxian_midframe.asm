; galaxian_midframe.asm - Cabinet's homebrew mid-frame test program for the
; Galaxian board (MAME set `galaxian`), assembled with Debian's z80asm and cut
; into the set by galgen.c like galaxian_test.asm (same graphics and PROM).
; Everything happens in the NMI handler, timed against the beam: the VBLANK
; NMI comes at the start of line 240 (of 264, 192 CPU cycles each), and busy
; waits of a known number of cycles put each group of writes in the middle of
; a given line. Per frame f:
;   - at VBLANK (band 0): all 32 column scrolls and colours, the 8 sprites and
;     the 8 bullets get their base values for the frame (moving with f), flip
;     X and Y go off, and the stars go on in frame 2;
;   - then, for the bands at lines 60, 95, 130, 165 and 200: within one line,
;     the scroll and colour of two columns, one sprite (moved into the band
;     below the beam, sometimes straddling it), one bullet (likewise) and one
;     tile of video RAM change;
;   - at line 182, flip Y goes on in the frames with bit 5 of f set, flip X
;     in those with bit 6 (the stars' origin moves the other way then).
; A renderer that draws the whole frame at VBLANK shows only the last values;
; MAME draws each band with the values of its time.

VRAM:   equ 0x5000
OBJ:    equ 0x5800
SPR:    equ 0x5840
BUL:    equ 0x5860
NMIEN:  equ 0x7001
STARS:  equ 0x7004
FLIPX:  equ 0x7006
FLIPY:  equ 0x7007
PITCH:  equ 0x7800      ; write: sound pitch; read: watchdog

frame:  equ 0x4000      ; 16-bit frame counter
REC:    equ 0x4010      ; 5 band records of 14 bytes, filled at VBLANK
FLIPXV: equ REC + 70    ; flip X for line 182

; busy-wait counts (26 cycles each) from the end of the previous band
WAIT1:  equ 227
WAIT2:  equ 247
WAIT3:  equ 246
WAIT4:  equ 247
WAIT5:  equ 124
WAIT4B: equ 120

        org 0
        di
        ld sp, 0x4400
        jp start

        ds 0x66 - $, 0xff
nmi:    xor a
        ld (NMIEN), a       ; clear the NMI flip-flop
        ld a, (PITCH)       ; kick the watchdog
        call base
        call prep
band1:  ld bc, WAIT1          ; to line 60
        call wait
        ld bc, (REC + 0 + 0)
        ld de, (REC + 0 + 2)
        ld hl, (REC + 0 + 4)
        ld ix, (REC + 0 + 6)
        ld iy, (REC + 0 + 8)
        exx
        ld bc, (REC + 0 + 10)
        exx
        ld a, (REC + 0 + 12)
        ld (OBJ + 4), bc     ; column 2: scroll, colour
        ld (OBJ + 8), de     ; column 4
        ld (SPR + 0), hl     ; sprite 0: y, code
        ld (SPR + 2), ix     ; colour, x
        ld (BUL + 0), iy     ; bullet 0: -, y
        exx
        ld (BUL + 2), bc     ; -, x
        exx
        ld (VRAM + 229), a   ; one tile

band2:  ld bc, WAIT2          ; to line 95
        call wait
        ld bc, (REC + 14 + 0)
        ld de, (REC + 14 + 2)
        ld hl, (REC + 14 + 4)
        ld ix, (REC + 14 + 6)
        ld iy, (REC + 14 + 8)
        exx
        ld bc, (REC + 14 + 10)
        exx
        ld a, (REC + 14 + 12)
        ld (OBJ + 16), bc     ; column 8: scroll, colour
        ld (OBJ + 20), de     ; column 10
        ld (SPR + 4), hl     ; sprite 1: y, code
        ld (SPR + 6), ix     ; colour, x
        ld (BUL + 4), iy     ; bullet 1: -, y
        exx
        ld (BUL + 6), bc     ; -, x
        exx
        ld (VRAM + 458), a   ; one tile

band3:  ld bc, WAIT3          ; to line 130
        call wait
        ld bc, (REC + 28 + 0)
        ld de, (REC + 28 + 2)
        ld hl, (REC + 28 + 4)
        ld ix, (REC + 28 + 6)
        ld iy, (REC + 28 + 8)
        exx
        ld bc, (REC + 28 + 10)
        exx
        ld a, (REC + 28 + 12)
        ld (OBJ + 28), bc     ; column 14: scroll, colour
        ld (OBJ + 32), de     ; column 16
        ld (SPR + 8), hl     ; sprite 2: y, code
        ld (SPR + 10), ix     ; colour, x
        ld (BUL + 8), iy     ; bullet 2: -, y
        exx
        ld (BUL + 10), bc     ; -, x
        exx
        ld (VRAM + 687), a   ; one tile

band4:  ld bc, WAIT4          ; to line 165
        call wait
        ld bc, (REC + 42 + 0)
        ld de, (REC + 42 + 2)
        ld hl, (REC + 42 + 4)
        ld ix, (REC + 42 + 6)
        ld iy, (REC + 42 + 8)
        exx
        ld bc, (REC + 42 + 10)
        exx
        ld a, (REC + 42 + 12)
        ld (OBJ + 40), bc     ; column 20: scroll, colour
        ld (OBJ + 44), de     ; column 22
        ld (SPR + 12), hl     ; sprite 3: y, code
        ld (SPR + 14), ix     ; colour, x
        ld (BUL + 12), iy     ; bullet 3: -, y
        exx
        ld (BUL + 14), bc     ; -, x
        exx
        ld (VRAM + 916), a   ; one tile

band4b: ld bc, WAIT4B         ; to line 182
        call wait
        ld a, (REC + 3 * 14 + 13)
        ld (FLIPY), a
        ld a, (FLIPXV)
        ld (FLIPX), a
band5:  ld bc, WAIT5          ; to line 200
        call wait
        ld bc, (REC + 56 + 0)
        ld de, (REC + 56 + 2)
        ld hl, (REC + 56 + 4)
        ld ix, (REC + 56 + 6)
        ld iy, (REC + 56 + 8)
        exx
        ld bc, (REC + 56 + 10)
        exx
        ld a, (REC + 56 + 12)
        ld (OBJ + 52), bc     ; column 26: scroll, colour
        ld (OBJ + 56), de     ; column 28
        ld (SPR + 28), hl     ; sprite 7: y, code
        ld (SPR + 30), ix     ; colour, x
        ld (BUL + 28), iy     ; bullet 7: -, y
        exx
        ld (BUL + 30), bc     ; -, x
        exx
        ld (VRAM + 121), a   ; one tile

        ld a, 1
        ld (NMIEN), a
        retn

; BC * 26 cycles (the last one 21), plus call and return
wait:   dec bc
        ld a, b
        or c
        jr nz, wait
        ret

start:  ld hl, 0x4000       ; clear work RAM
        ld de, 0x4001
        ld bc, 0x3ff
        ld (hl), 0
        ldir
        ld hl, OBJ          ; clear object RAM
        ld de, OBJ + 1
        ld bc, 0xff
        ld (hl), 0
        ldir
        ld hl, VRAM         ; tile code = low byte of the address
vloop:  ld (hl), l
        inc hl
        ld a, h
        cp 0x54
        jr nz, vloop
        ld a, 0xff          ; tone off
        ld (PITCH), a
        ld a, 1
        ld (NMIEN), a
main:   halt
        jr main

; band 0, at VBLANK: the frame's base values (C = frame number, low byte)
base:   ld hl, (frame)
        inc hl
        ld (frame), hl
        ld c, l
        xor a
        ld (FLIPY), a
        ld (FLIPX), a
        ld a, l             ; stars on in frame 2
        cp 2
        jr nz, nostar
        ld a, h
        or a
        jr nz, nostar
        inc a
        ld (STARS), a
nostar: ld hl, OBJ          ; column n: scroll 8n + f, colour n & 7
        ld b, 0
bcol:   ld a, b
        add a, a
        add a, a
        add a, a
        add a, c
        ld (hl), a
        inc hl
        ld a, b
        and 7
        ld (hl), a
        inc hl
        inc b
        ld a, b
        cp 32
        jr nz, bcol
        ld hl, SPR          ; sprite n: y 24n + 30 + f, code, colour, x 28n + 8 + f/2
        ld b, 0
bspr:   ld a, b
        add a, a
        add a, a
        add a, a
        ld d, a             ; 8n
        add a, a
        add a, d            ; 24n
        add a, 30
        add a, c
        ld (hl), a
        inc hl
        ld a, c
        rrca
        rrca
        rrca
        and 0x1f            ; f/8
        add a, d
        and 0x3f
        ld e, a
        ld a, c
        and 0xc0            ; flips from f
        or e
        ld (hl), a
        inc hl
        ld a, c
        rrca
        rrca
        rrca
        rrca
        add a, b
        and 7               ; colour (n + f/16) & 7
        ld (hl), a
        inc hl
        ld a, b
        add a, a
        add a, a
        ld d, a             ; 4n
        add a, a
        add a, a
        add a, a
        sub d               ; 28n
        add a, 8
        ld d, a
        ld a, c
        srl a
        add a, d
        ld (hl), a
        inc hl
        inc b
        ld a, b
        cp 8
        jr nz, bspr
        ld hl, BUL          ; bullet n: y byte 25n + 20 - f, x byte 30n + 10 + f
        ld b, 0
        ld d, 20
        ld e, 10
bbul:   ld (hl), 0
        inc hl
        ld a, d
        sub c
        ld (hl), a
        inc hl
        ld (hl), 0
        inc hl
        ld a, e
        add a, c
        ld (hl), a
        inc hl
        ld a, d
        add a, 25
        ld d, a
        ld a, e
        add a, 30
        ld e, a
        inc b
        ld a, b
        cp 8
        jr nz, bbul
        ret

; the records of bands 1-5 (IX), from f (C), k (B) and the band's line (D)
prep:   ld ix, REC
        ld hl, lines
        ld b, 1
prec:   ld d, (hl)
        inc hl
        ld a, c             ; [0] column A scroll: 3f + 40k
        add a, a
        add a, c
        ld e, a
        ld a, b
        add a, a
        add a, a
        add a, a            ; 8k
        ld (ix + 8), a      ; (scratch)
        add a, a
        add a, a            ; 32k
        add a, (ix + 8)     ; 40k
        add a, e
        ld (ix + 0), a
        ld a, c             ; [1] colour (k + f/32) & 7
        rlca
        rlca
        rlca
        add a, b
        and 7
        ld (ix + 1), a
        ld a, b             ; [2] column B scroll: 17k - 2f
        add a, a
        add a, a
        add a, a
        add a, a
        add a, b
        sub c
        sub c
        ld (ix + 2), a
        ld a, c             ; [3] colour (f/16 - k) & 7
        rrca
        rrca
        rrca
        rrca
        sub b
        and 7
        ld (ix + 3), a
        ld a, c             ; [4] sprite y byte: 248 - line - (f & 31)
        and 31
        add a, d
        ld e, a
        ld a, 248
        sub e
        ld (ix + 4), a
        ld a, c             ; [5] code (f/4 + 5k) & 63, flips (f ^ 64k) & c0
        rrca
        rrca
        and 0x3f
        add a, b
        add a, b
        add a, b
        add a, b
        add a, b
        and 0x3f
        ld e, a
        ld a, b
        rrca
        rrca
        xor c
        and 0xc0
        or e
        ld (ix + 5), a
        ld a, c             ; [6] colour (k + f/8) & 7
        rrca
        rrca
        rrca
        add a, b
        and 7
        ld (ix + 6), a
        ld a, b             ; 45k
        add a, a
        add a, a
        add a, a
        ld e, a             ; 8k
        add a, a
        add a, a            ; 32k
        add a, e
        add a, b
        add a, b
        add a, b
        add a, b
        add a, b            ; 45k
        ld e, a
        add a, c            ; [7] sprite x: f + 45k
        ld (ix + 7), a
        ld a, e             ; [11] bullet x byte: 2f + 45k
        add a, c
        add a, c
        ld (ix + 11), a
        xor a
        ld (ix + 8), a
        ld (ix + 10), a
        ld a, c             ; [9] bullet y byte: 250 - line - (f & 15)
        and 15
        add a, d
        ld e, a
        ld a, 250
        sub e
        ld (ix + 9), a
        ld a, b             ; [12] tile code f + 9k
        add a, a
        add a, a
        add a, a
        add a, b
        add a, c
        ld (ix + 12), a
        ld a, c             ; [13] flip Y: f bit 5
        rlca
        rlca
        rlca
        and 1
        ld (ix + 13), a
        ld de, 14
        add ix, de
        inc b
        ld a, b
        cp 6
        jp nz, prec
        ld a, c             ; flip X: f bit 6
        rlca
        rlca
        and 1
        ld (FLIPXV), a
        ret

lines:  db 60, 95, 130, 165, 200

        ds 0x2800 - $, 0xff
