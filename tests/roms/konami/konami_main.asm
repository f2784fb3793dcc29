; konami_main.asm - Cabinet's homebrew test program for the Konami main
; boards with the two-AY sound board (included by scramble_test.asm,
; theend_test.asm, atlantis_test.asm, scobra_test.asm, amidar_test.asm,
; which set the board's addresses). As frogger_test.asm: every tile code
; over the map with scrolling, coloured columns, 8 sprites, 7 shells and the
; missile, the input ports through PPI 0 as tiles on the bottom row, flips
; (X 200-239, Y 220-259), and sound commands through PPI 1 (noise, tones and
; envelopes in frames 20-299, the audio reference segments from frame 320,
; see konami2_sound.asm); also the stars (on from frame 3) and the
; background colour bits from the frame count (frame bits 5, 6, 7).

frame:  equ WRAM        ; 16-bit frame counter

        org 0
        di
        ld sp, RAMTOP
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
        ld (PPI1CTL), a
        ld a, 0x9b          ; PPI 0: all inputs
        ld (PPI0CTL), a
        ld hl, VRAM         ; tile code = low byte of the address
vloop:  ld (hl), l
        inc hl
        ld a, h
        cp VRAM / 256 + 4
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
        ld (PPI1A), a
        ld a, 8
        ld (PPI1B), a
        xor a
        ld (PPI1B), a
        ret

; called once per frame from the NMI handler
do_frame:
        ld hl, (frame)
        inc hl
        ld (frame), hl
        call video
        call inputs
        call flips
        call background
        jp sound

; stars on in frame 3; background bits from the frame count (red = bit 5,
; green = bit 6, blue = bit 7: one address for all three on the boards with
; a single enable, where the last write, bit 7, counts)
background:
        ld hl, (frame)
        ld a, h
        or a
        jr nz, bgbits
        ld a, l
        cp 3
        jr nz, bgbits
        ld a, 1
        ld (STARS), a
bgbits: ld a, l
        rlca
        rlca
        rlca
        ld (BGR), a
        rlca
        ld (BGG), a
        rlca
        ld (BGB), a
        ret

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
        ld a, (PPI0A)
        call bits
        ld a, (PPI0B)
        call bits
        ld a, (PPI0C)
bits:   ld b, 8
ibit:   rlca
        push af
        ld a, 0x30
        adc a, 0
        ld (hl), a
        inc hl
        pop af
        djnz ibit
        inc hl
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

        ds ROMEND - $, 0xff
