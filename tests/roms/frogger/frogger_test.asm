; frogger_test.asm - Cabinet's homebrew test program for the Konami Frogger
; main board (MAME set `frogger`, program ROMs frogger.26, frogger.27,
; frsm3.7). Assembles with Debian's z80asm; konamigen.c cuts it into the
; ROMs and writes the graphics and PROM (own data). What it shows:
;   - every tile code over the 32x32 map, columns in their own colour codes
;     (Frogger's board rotates the colour bits) and scrolled at their own
;     speeds (through the board's nibble-swapped adder), over the river's
;     blue half;
;   - the 8 sprites moving with changing codes, colours and flips, and the
;     7 shells and missile;
;   - the three input ports read through PPI 0 each frame, their bits shown
;     as tiles 30h/31h along the bottom row (an input script presses some);
;   - flip X from frame 200 to 239, flip Y from 220 to 259 (the river moves
;     to the other side);
;   - sound commands through PPI 1 (latch on port A, the IRQ on port B bit
;     3 falling): noise, tones and envelopes in frames 20-299 (commands 9,
;     10, 11, 0), then from frame 320 eight segments of 32 frames, silence
;     (command 0) for 8 and command n (1-8) for 24: the audio reference.
; The NMI handler clears and re-enables the NMI flip-flop (B808h) and kicks
; the watchdog (8800h); video writes happen inside it, during VBLANK.

WRAM:   equ 0x8000
WDOG:   equ 0x8800
VRAM:   equ 0xa800
OBJ:    equ 0xb000
SPR:    equ 0xb040
BUL:    equ 0xb060
NMIEN:  equ 0xb808
FLIPY:  equ 0xb80c
FLIPX:  equ 0xb810
PPI0:   equ 0xe000      ; A13: PPI 0, register = A1-A2
PPI1:   equ 0xd000      ; A12: PPI 1

frame:  equ 0x8000      ; 16-bit frame counter

        org 0
        di
        ld sp, 0x8800
        jp start

        ds 0x66 - $, 0xff
nmi:    push af
        push bc
        push de
        push hl
        push ix
        xor a
        ld (NMIEN), a       ; clear the NMI flip-flop
        ld a, (WDOG)        ; kick the watchdog
        call do_frame
        ld a, 1
        ld (NMIEN), a
        pop ix
        pop hl
        pop de
        pop bc
        pop af
        retn

start:  ld hl, WRAM         ; clear work RAM
        ld de, WRAM + 1
        ld bc, 0x7ff
        ld (hl), 0
        ldir
        ld hl, OBJ          ; clear object RAM
        ld de, OBJ + 1
        ld bc, 0xff
        ld (hl), 0
        ldir
        ld a, 0x89          ; PPI 1: A and B outputs, C input
        ld (PPI1 + 6), a
        ld a, 0x9b          ; PPI 0: all inputs
        ld (PPI0 + 6), a
        ld hl, VRAM         ; tile code = low byte of the address
vloop:  ld (hl), l
        inc hl
        ld a, h
        cp 0xac
        jr nz, vloop
        ld hl, OBJ          ; column scroll = col * 5, colour = col & 7
        ld b, 0
cloop:  ld a, b
        add a, a
        add a, a
        add a, b
        ld (hl), a
        inc hl
        ld a, b
        and 7
        ld (hl), a
        inc hl
        inc b
        ld a, b
        cp 32
        jr nz, cloop
        ld ix, SPR          ; sprites: y = n*24+20, x = n*28+8
        ld b, 0
sinit:  ld a, b
        add a, a
        add a, a
        add a, a
        ld c, a
        add a, a
        add a, c
        add a, 20
        ld (ix + 0), a
        ld a, b
        add a, a
        add a, a
        ld c, a
        add a, a
        add a, a
        add a, a
        sub c
        add a, 8
        ld (ix + 3), a
        ld (ix + 2), b
        ld (ix + 1), b
        inc ix
        inc ix
        inc ix
        inc ix
        inc b
        ld a, b
        cp 8
        jr nz, sinit
        ld ix, BUL          ; bullets: y byte = n*25+20, x byte = n*30+10
        ld b, 0
binit:  ld a, b
        ld c, a
        add a, a
        add a, a
        add a, a
        add a, c
        add a, a
        add a, c
        add a, c
        add a, c
        add a, c
        add a, c
        add a, c
        add a, 20
        ld (ix + 1), a
        ld a, c
        add a, a
        ld d, a
        add a, a
        add a, a
        add a, a
        add a, a
        sub d
        add a, 10
        ld (ix + 3), a
        inc ix
        inc ix
        inc ix
        inc ix
        inc b
        ld a, b
        cp 8
        jr nz, binit
        ld a, 1
        ld (NMIEN), a
main:   halt
        jr main

; the sound command in A: the latch, then bit 3 of port B high and low
command:
        ld (PPI1), a
        ld a, 8
        ld (PPI1 + 2), a
        xor a
        ld (PPI1 + 2), a
        ret

; called once per frame from the NMI handler
do_frame:
        ld hl, (frame)
        inc hl
        ld (frame), hl
        call video
        call inputs
        call flips
        jp sound

video:  ld hl, OBJ          ; column scroll += col & 3
        ld b, 0
scl:    ld a, b
        and 3
        add a, (hl)
        ld (hl), a
        inc hl
        inc hl
        inc b
        ld a, b
        cp 32
        jr nz, scl
        ld ix, SPR
        ld b, 0
spl:    ld a, b
        and 1
        inc a
        add a, (ix + 0)     ; y += 1 + (n & 1)
        ld (ix + 0), a
        ld a, b
        and 3
        add a, (ix + 3)     ; x += n & 3
        ld (ix + 3), a
        ld a, (frame)
        rrca
        rrca
        rrca
        rrca
        and 15
        add a, b
        ld c, a
        and 7
        ld (ix + 2), a      ; colour
        ld a, b
        add a, a
        add a, a
        add a, a
        add a, c
        and 0x3f
        ld c, a
        ld a, (frame)
        and 0xc0            ; flips from the frame count
        or c
        ld (ix + 1), a
        inc ix
        inc ix
        inc ix
        inc ix
        inc b
        ld a, b
        cp 8
        jr nz, spl
        ld ix, BUL          ; bullets: y byte -= 1, x byte += n + 1
        ld b, 0
bul:    dec (ix + 1)
        ld a, b
        inc a
        add a, (ix + 3)
        ld (ix + 3), a
        inc ix
        inc ix
        inc ix
        inc ix
        inc b
        ld a, b
        cp 8
        jr nz, bul
        ret

; IN0-IN2 through PPI 0, 8 bits each as tiles 30h/31h at VRAM 3E4h + 9p
inputs: ld hl, VRAM + 0x3e4
        ld de, PPI0
        ld c, 3
inp:    ld a, (de)
        ld b, 8
ibit:   rlca
        push af
        ld a, 0x30
        adc a, 0
        ld (hl), a
        inc hl
        pop af
        djnz ibit
        inc hl
        inc de
        inc de
        dec c
        jr nz, inp
        ret

flips:  ld hl, (frame)
        ld a, h
        or a
        ret nz
        ld a, l
        cp 200
        jr nz, f1
        ld a, 1
        ld (FLIPX), a
f1:     ld a, l
        cp 220
        jr nz, f2
        ld a, 1
        ld (FLIPY), a
f2:     ld a, l
        cp 240
        ret nz
        xor a
        ld (FLIPX), a
        ret

; sound: commands at fixed frames
sound:  ld hl, (frame)
        ld a, h
        or a
        jr nz, late
        ld a, l
        cp 20
        ld c, 9
        jr z, send
        cp 100
        ld c, 10
        jr z, send
        cp 180
        ld c, 11
        jr z, send
        cp 240
        ld c, 0
        jr z, send
        ret
late:   ld a, l             ; frame 260: flip Y off
        cp 4
        jr nz, l2
        xor a
        ld (FLIPY), a
l2:     ld de, -320
        add hl, de          ; carry: frame >= 320
        ret nc
        ld a, h
        or a
        jr z, phase
        dec a               ; frame 576: silence for good
        ret nz
        ld a, l
        or a
        ret nz
        jr silent
phase:
        ld a, l             ; the audio phase: segment = (frame - 320) / 32
        and 0x1f
        jr z, silent
        cp 8
        ret nz
        ld a, l
        rlca
        rlca
        rlca
        and 7
        inc a
        ld c, a
        jr send
silent: ld c, 0
send:   ld a, c
        jp command

        ds 0x3000 - $, 0xff
