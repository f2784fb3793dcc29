; Homebrew test program for the siblings of the Space Invaders board
; (src/drivers/taito8080.c, mw8080bw.c): the invaders test program
; (tests/roms/invaders/invaders.asm) with a latch sequence for the colour
; boards. The same binary runs on every sibling: each board maps the ports
; its own way (see the drivers), and the MAME references show what each
; board makes of the same writes and reads.
; Draws a fixed bitmap (border, checkerboard, byte ramp, the pixels past
; column 255), a block of shifter results, and every frame shows the
; reads of ports 0, 1, 2 and 6 and the two interrupt counters as rows of
; 8 cells (bit 0 left; a filled cell is a 1). Writes port 6 every frame.
; Latches: after the VBLANK interrupt numbered N, writes ports 3 and 5 from
; sndtab: colour PROM 2 (port 5 bit 5) from N = 22 to 50, the red screen
; (port 3 bit 2) from 40 to 50; the other bits go up one at a time so that
; run_samples.sh knows which sample each board starts at which frame.

vram:   equ 0x2400
vbcnt:  equ 0x2000          ; RST 10h (VBLANK) count
midcnt: equ 0x2001          ; RST 08h (line 96) count
vbflag: equ 0x2002
sndptr: equ 0x2004          ; next sndtab entry (2 bytes)

        org 0x0000
        di
        ld sp, 0x2400
        jp start

        ds 0x0008 - $, 0
        jp rst08
        ds 0x0010 - $, 0
        jp rst10

rst08:  push af
        ld a, (midcnt)
        inc a
        ld (midcnt), a
        pop af
        ei
        ret

rst10:  push af
        ld a, (vbcnt)
        inc a
        ld (vbcnt), a
        ld a, 1
        ld (vbflag), a
        pop af
        ei
        ret

start:  ld hl, 0x2000       ; clear all RAM
        ld bc, 0x2000
clr:    ld (hl), 0
        inc hl
        dec bc
        ld a, b
        or c
        jp nz, clr
        ld a, 0x20
        out (3), a          ; sound latches: recorded by the driver
        ld a, 0x00
        out (5), a

        ld hl, vram         ; border: row 0 and row 223 solid
        call solidrow
        ld hl, vram + 223 * 32
        call solidrow
        ld de, 32           ; left/right edge pixels on every row
        ld hl, vram
        ld c, 224
edge:   ld a, (hl)
        or 0x01
        ld (hl), a
        push hl
        ld a, l
        add a, 31
        ld l, a
        ld a, h
        adc a, 0
        ld h, a
        ld a, (hl)
        or 0x80
        ld (hl), a
        pop hl
        add hl, de
        dec c
        jp nz, edge

        ld hl, vram + 8 * 32 + 2    ; checkerboard rows 8..39, bytes 2..29
        ld c, 32
chk:    ld a, c
        and 1
        ld a, 0xaa
        jp z, chk1
        ld a, 0x55
chk1:   push hl
        ld b, 28
chk2:   ld (hl), a
        inc hl
        dec b
        jp nz, chk2
        pop hl
        add hl, de
        dec c
        jp nz, chk

        ld hl, vram + 44 * 32       ; byte ramp rows 44..51: byte i = i*8+row
        ld c, 0
ramp:   push hl
        ld b, 0
ramp1:  ld a, b
        add a, a
        add a, a
        add a, a
        add a, c
        ld (hl), a
        inc hl
        inc b
        ld a, b
        cp 32
        jp nz, ramp1
        pop hl
        add hl, de
        inc c
        ld a, c
        cp 8
        jp nz, ramp

        ld hl, vram + 2 * 32 + 31   ; pixels 252..259 of rows 2..5
        ld (hl), 0xff
        add hl, de
        ld (hl), 0xf0
        add hl, de
        ld (hl), 0x0f
        add hl, de
        ld (hl), 0xa5

        ; shifter: rows 56+4n..59+4n (n = 0..7), bytes 2..9 hold result(k), k = 0..7,
        ; after data writes 0xa5 then 0x3c+n; bytes 12..19 the same after 0xff, n
        ld hl, vram + 56 * 32
        ld c, 0
sh:     ld a, 0xa5
        out (4), a
        ld a, 0x3c
        add a, c
        out (4), a
        push hl
        inc hl
        inc hl
        call shrow
        pop hl
        ld a, 0xff
        out (4), a
        ld a, c
        out (4), a
        push hl
        ld a, l
        add a, 12
        ld l, a
        call shrow
        pop hl
        ld b, 4
sh2:    add hl, de
        dec b
        jp nz, sh2
        inc c
        ld a, c
        cp 8
        jp nz, sh

        ei
loop:   ld a, (vbflag)
        or a
        jp z, loop
        xor a
        ld (vbflag), a
        out (6), a          ; watchdog
        call sound
        in a, (0)
        ld hl, vram + 100 * 32 + 2
        call cells
        in a, (1)
        ld hl, vram + 110 * 32 + 2
        call cells
        in a, (2)
        ld hl, vram + 120 * 32 + 2
        call cells
        in a, (6)           ; mirror of port 2
        ld hl, vram + 120 * 32 + 12
        call cells
        ld a, (vbcnt)
        ld hl, vram + 140 * 32 + 2
        call cells
        ld a, (midcnt)
        ld hl, vram + 150 * 32 + 2
        call cells
        jp loop

; plays the sndtab entry due at this vbcnt, if any
sound:  ld hl, (sndptr)
        ld a, h
        or l
        jp nz, snd1
        ld hl, sndtab
snd1:   ld a, (vbcnt)
        cp (hl)
        ret nz
        inc hl
        ld a, (hl)
        out (3), a
        inc hl
        ld a, (hl)
        out (5), a
        inc hl
        ld (sndptr), hl
        ret

; N, port 3, port 5 (bit 5 of port 3 is the amplifier enable; rising edges start samples)
sndtab: db 20, 0x22, 0x00   ; shot
        db 22, 0x20, 0x20   ; colour PROM 2 (flip on a cocktail)
        db 30, 0x20, 0x21   ; fleet step 1
        db 32, 0x20, 0x20
        db 40, 0x24, 0x20   ; red screen
        db 50, 0x20, 0x00   ; red off, colour PROM 1
        db 60, 0x21, 0x00
        db 75, 0x20, 0x10
        db 85, 0x28, 0x00
        db 87, 0x20, 0x00
        db 95, 0x20, 0x08
        db 97, 0x20, 0x00
        db 105, 0x30, 0x00
        db 107, 0x20, 0x00
        db 115, 0x20, 0x02
        db 117, 0x20, 0x00
        db 125, 0x20, 0x04
        db 127, 0x20, 0x00
        db 255, 0x20, 0x00

; 32 bytes of 0xff at HL
solidrow:
        ld b, 32
sr1:    ld (hl), 0xff
        inc hl
        dec b
        jp nz, sr1
        ret

; 4 rows: 8 bytes at HL = shifter result for amounts 0..7 (HL on a 32-byte row)
shrow:  ld b, 0
shr1:   ld a, b
        out (2), a
        in a, (3)
        push hl
        push bc
        ld b, 4
shr2:   ld (hl), a
        push de
        ld de, 32
        add hl, de
        pop de
        dec b
        jp nz, shr2
        pop bc
        pop hl
        inc hl
        inc b
        ld a, b
        cp 8
        jp nz, shr1
        ret

; 8 cells for the bits of A (bit 0 first) at HL: 8 rows, a byte per cell,
; 0xff filled for 1, 0x81 box edges (top/bottom 0xff) for 0
cells:  ld c, a
        ld b, 8
cl1:    push hl
        push bc
        ld a, c
        and 1
        ld c, 0xff
        jp nz, cl2
        ld c, 0x81
cl2:    ld (hl), 0xff
        ld de, 32
        ld b, 6
cl3:    add hl, de
        ld (hl), c
        dec b
        jp nz, cl3
        add hl, de
        ld (hl), 0xff
        pop bc
        pop hl
        inc hl
        ld a, c
        rrca
        ld c, a
        dec b
        jp nz, cl1
        ret

; (romsplit pads the files with FFh)
