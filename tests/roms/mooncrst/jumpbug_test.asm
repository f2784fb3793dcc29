; jumpbug_test.asm - Cabinet's homebrew test program for the Jump Bug board
; (MAME set `jumpbug`): galaxian_test.asm on Jump Bug's map (video 4800h,
; objects 5000h, no Galaxian sound, pitch or watchdog: those writes go to
; RAM) with the graphics bank latches 6002h-6006h from the frame count and
; the AY-3-8910 (5800h data, 5900h address): sound from frame 20, the audio
; reference tones from frame 320 (see `ay`).

WRAM:   equ 0x4000
VRAM:   equ 0x4800
OBJ:    equ 0x5000
SPR:    equ 0x5040
BUL:    equ 0x5060
LATCH6: equ 0x6000      ; 6002-6006 graphics bank latches
SOUND:  equ 0x4700      ; (no Galaxian sound: a RAM scratch area)
NMIEN:  equ 0x7001
STARS:  equ 0x7004
PITCH:  equ 0x46f0      ; (no pitch latch or watchdog: RAM)
AYDATA: equ 0x5800
AYADDR: equ 0x5900

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
        cp 0x4c
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
        ; graphics bank: 6002 (banking on) = frame bit 5, 6000 = bit 6,
        ; 6001 = bit 7, 6004 (inverted bank bit) = bit 4
        ld a, l
        rlca
        rlca
        ld (LATCH6), a
        rlca
        ld (LATCH6 + 1), a
        ld a, l
        rlca
        rlca
        rlca
        ld (LATCH6 + 2), a
        ld a, l
        rrca
        rrca
        rrca
        rrca
        ld (LATCH6 + 4), a
        push hl
        call ay
        pop hl
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
        ld hl, SOUND + 0x10 ; (Galaxian's LFO bits: to RAM)
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
        ld hl, SOUND + 0x10
        ld b, 4
tlfo:   ld (hl), a
        inc hl
        djnz tlfo
        ret

; the AY-3-8910 (1.536 MHz): from frame 20 to 299 tones, noise and
; envelopes from the frame count; from frame 320 the audio reference: 8
; segments of 32 frames, 8 silent then 24 of a tone on channel A, B or C
; (segment mod 3) at period aytab[segment]
ay:     ld hl, (frame)
        ld de, -320
        add hl, de
        jr c, aytone
        ld hl, (frame)
        ld a, l
        cp 20
        ret c
        ld a, 7             ; mixer: tones A B, noise C
        ld b, 0x1c
        call ayw
        ld a, 0             ; A period = frame * 4
        ld b, l
        sla b
        sla b
        call ayw
        ld b, l             ; B period = 200h - frame
        xor a
        sub b
        ld b, a
        ld a, 2
        call ayw
        ld a, 3
        ld b, 2
        call ayw
        ld a, 6             ; noise period = frame / 8
        ld b, l
        srl b
        srl b
        srl b
        call ayw
        ld a, 8
        ld b, 12
        call ayw
        ld a, 9             ; B from the envelope
        ld b, 0x10
        call ayw
        ld a, 10
        ld b, 10
        call ayw
        ld a, l             ; a new envelope shape every 16 frames
        and 15
        ret nz
        ld a, 12
        ld b, 2
        call ayw
        ld a, l
        rrca
        rrca
        rrca
        rrca
        and 15
        ld b, a
        ld a, 13
        jr ayw
aytone: ld a, h
        or a
        jr nz, aysil
        ld a, l
        and 0x1f
        jr z, aysil
        cp 8
        ret nz
        ld a, l             ; segment
        rlca
        rlca
        rlca
        and 7
        ld e, a
        ld d, 0
        ld hl, aytab
        add hl, de
        add hl, de
        push de
        call aysil
        pop de
        ld a, e             ; channel = segment mod 3
        ld c, 0
aymod:  cp 3
        jr c, aych
        sub 3
        jr aymod
aych:   ld c, a
        add a, a            ; period registers 2c, 2c + 1
        ld b, (hl)
        push af
        call ayw
        pop af
        inc a
        inc hl
        ld b, (hl)
        call ayw
        ld a, c             ; mixer: that tone alone
        ld b, 0xfe
aybit:  or a
        jr z, aymix
        rlc b
        dec a
        jr aybit
aymix:  ld a, b
        and 0x3f
        ld b, a
        ld a, 7
        call ayw
        ld a, c
        add a, 8
        ld b, 15
        jr ayw
aysil:  ld a, 7
        ld b, 0x3f
        call ayw
        ld a, 8
        ld b, 0
        call ayw
        ld a, 9
        call ayw
        ld a, 10
; register A = B
ayw:    ld (AYADDR), a
        ld a, b
        ld (AYDATA), a
        ret

; tone periods: 1.536 MHz / 16 / p = 500, 375, 750, 250, 1000, 600, 1500, 300 Hz
aytab:  dw 192, 256, 128, 384, 96, 160, 64, 320

; pitches: 1.536 MHz / (256 - p) / 16 = 375, 500, 750, 1000, 1500, 2000, 3000, 6000 Hz
tonetab: db 0, 64, 128, 160, 192, 208, 224, 240

        ds 0x2800 - $, 0xff
