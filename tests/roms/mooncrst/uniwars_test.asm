; uniwars_test.asm - Cabinet's homebrew test program for the Uniwar S board
; (MAME set `uniwars`, its pisces configuration): galaxian_test.asm with the
; graphics bank latch that replaces the coin lockout (6002h) switched by
; frame bit 6: tile codes + 100h and sprite codes + 40h, the upper half of
; the 512-tile ROMs (mcgen.c's second pattern).

WRAM:   equ 0x4000
VRAM:   equ 0x5000
OBJ:    equ 0x5800
SPR:    equ 0x5840
BUL:    equ 0x5860
LATCH6: equ 0x6000      ; 6004-6007 LFO bits
SOUND:  equ 0x6800      ; FS1 FS2 FS3 HIT - FIRE VOL1 VOL2
NMIEN:  equ 0x7001
STARS:  equ 0x7004
PITCH:  equ 0x7800      ; write; read = watchdog

frame:  equ 0x4000      ; 16-bit frame counter

        org 0
        di
        ld sp, 0x4400
        jp start

        ds 0x66 - $, 0xff
nmi:    push af
        push bc
        push de
        push hl
        push ix
        xor a
        ld (NMIEN), a       ; clear the NMI flip-flop
        ld a, (PITCH)       ; kick the watchdog
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
        ld c, a             ; 8n
        add a, a
        add a, c            ; 24n
        add a, 20
        ld (ix + 0), a
        ld a, b
        add a, a
        add a, a            ; 4n
        ld c, a
        add a, a
        add a, a
        add a, a            ; 32n
        sub c               ; 28n
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
        add a, a            ; 8n
        add a, c            ; 9n
        add a, a            ; 18n
        add a, c            ; 19n
        add a, c
        add a, c
        add a, c
        add a, c
        add a, c            ; 25n
        add a, 20
        ld (ix + 1), a
        ld a, c
        add a, a
        ld d, a             ; 2n
        add a, a
        add a, a
        add a, a
        add a, a            ; 32n
        sub d               ; 30n
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
        ld a, 0xff
        ld (PITCH), a
        ld a, 1
        ld (NMIEN), a
main:   halt
        jr main

; called once per frame from the NMI handler
do_frame:
        ld hl, (frame)
        inc hl
        ld (frame), hl
        ; graphics bank (6002h) = frame bit 6
        ld a, l
        rlca
        rlca
        ld (LATCH6 + 2), a
        ; stars on in frame 3
        ld a, l
        cp 3
        jr nz, nostar
        ld a, h
        or a
        jr nz, nostar
        ld a, 1
        ld (STARS), a
nostar:
        ; column scroll += col & 3
        ld hl, OBJ
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
        ; sprites
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
        ld c, a             ; frame/16 + n
        and 7
        ld (ix + 2), a      ; colour
        ld a, b
        add a, a
        add a, a
        add a, a            ; 8n
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
        ; bullets: y byte -= 1, x byte += n + 1
        ld ix, BUL
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
        ; sound
        ld hl, (frame)
        ld de, -320
        add hl, de          ; carry: frame >= 320
        jp c, tone
        ld a, (frame)
        ld c, a
        add a, a
        add a, c            ; pitch = frame * 3, never FFh
        cp 0xff
        jr nz, pok
        xor a
pok:    ld (PITCH), a
        ld a, c             ; FS1-3 = frame bits 5-7
        rlca
        rlca
        rlca
        ld hl, SOUND
        ld (hl), a          ; 6800 FS1 (bit 0)
        inc hl
        rrca
        ld (hl), a          ; 6801 FS2
        inc hl
        rrca
        ld (hl), a          ; 6802 FS3
        inc hl
        ld a, c
        rlca
        rlca                ; bit 6 -> bit 0
        ld (hl), a          ; 6803 HIT
        ld hl, SOUND + 5
        ld a, c
        and 0x1c            ; FIRE for 4 frames of every 32
        ld a, 0
        jr nz, nofire
        inc a
nofire: ld (hl), a          ; 6805 FIRE
        inc hl
        ld a, c
        rrca
        rrca
        rrca
        rrca
        ld (hl), a          ; 6806 VOL1 = frame bit 4
        inc hl
        rrca
        ld (hl), a          ; 6807 VOL2 = frame bit 5
        ld hl, LATCH6 + 4   ; LFO = frame bits 3-6
        ld a, c
        rrca
        rrca
        rrca
        ld (hl), a
        inc hl
        rrca
        ld (hl), a
        inc hl
        rrca
        ld (hl), a
        inc hl
        rrca
        ld (hl), a
        ret

; the tone-only phase: HL = frame - 320
tone:   ld a, 0xff          ; off in the first 8 frames of a segment
        inc h
        dec h
        jr nz, tset
        ld a, l
        and 0x1f
        cp 8
        ld a, 0xff
        jr c, tset
        ld a, l
        rlca
        rlca
        rlca
        and 7               ; segment = (frame - 320) / 32
        ld e, a
        ld d, 0
        ld hl, tonetab
        add hl, de
        ld a, (hl)
tset:   ld (PITCH), a
        ld hl, SOUND        ; FS1-3, HIT, FIRE, VOL2 off, VOL1 on
        xor a
        ld b, 8
tclr:   ld (hl), a
        inc hl
        djnz tclr
        inc a
        ld (SOUND + 6), a
        xor a               ; LFO 0
        ld hl, LATCH6 + 4
        ld b, 4
tlfo:   ld (hl), a
        inc hl
        djnz tlfo
        ret

; pitches: 1.536 MHz / (256 - p) / 16 = 375, 500, 750, 1000, 1500, 2000, 3000, 6000 Hz
tonetab: db 0, 64, 128, 160, 192, 208, 224, 240

        ds 0x2800 - $, 0xff
