; dkong_sound.asm - the main CPU program of Cabinet's Donkey Kong sound test
; set (MAME set `dkong`; the sound CPU runs tests/roms/dkong/snd8035.c's
; program). Each NMI (VBLANK) kicks the watchdog and steps through `script`:
; entries of (frames, sound command, 6H latch Q5), the command written to
; the LS175 latch at 7c00h, Q5 to 7d05h (the 8035's T0, inverted). Tile row
; 2 shows IN2 (bit 6: the sound CPU's status, P2 bit 4 inverted), and the
; command, as tile codes.

VRAM:    equ 0x7400
SNDCMD:  equ 0x7c00
IN2:     equ 0x7d00
SND6H:   equ 0x7d00          ; 7d00-7d07: the 6H latch, D0
NMIMASK: equ 0x7d84

left:    equ 0x6000          ; frames left in this entry
ptr:     equ 0x6002          ; the next entry

        org 0
        di
        ld sp, 0x6c00
        jp start

        ds 0x66 - $, 0xff
nmi:    push af
        push hl
        xor a
        ld (NMIMASK), a
        ld a, (IN2)          ; kicks the watchdog
        ld (VRAM + 2 * 32 + 2), a
        call step
        ld a, 1
        ld (NMIMASK), a
        pop hl
        pop af
        retn

start:  ld hl, VRAM          ; tiles: blank (code 0)
        ld de, VRAM + 1
        ld bc, 0x3ff
        ld (hl), 0
        ldir
        xor a
        ld (SNDCMD), a
        ld (left), a
        ld hl, script
        ld (ptr), hl
        ld a, 1
        ld (NMIMASK), a
main:   jr main

step:   ld a, (left)
        or a
        jr z, next
        dec a
        ld (left), a
        ret
next:   ld hl, (ptr)
        ld a, (hl)           ; frames (0: the end, stay)
        or a
        ret z
        dec a
        ld (left), a
        inc hl
        ld a, (hl)           ; command
        ld (SNDCMD), a
        ld (VRAM + 2 * 32 + 3), a
        inc hl
        ld a, (hl)           ; 6H Q5 (T0 low when set)
        ld (SND6H + 5), a
        inc hl
        ld (ptr), hl
        ret

; frames, command, Q5: silence 1 s (MAME's discrete circuits settle), then
; each tone 0.4 s with 0.2 s gaps; 9 and 11: with the DAC decay; Q5 set: an
; octave up
script:
        db 60, 0, 0
        db 24, 1, 0
        db 12, 0, 0
        db 24, 3, 0
        db 12, 0, 0
        db 24, 5, 0
        db 12, 0, 0
        db 24, 7, 0
        db 12, 0, 0
        db 40, 9, 0
        db 12, 0, 0
        db 40, 11, 0
        db 12, 0, 0
        db 24, 1, 1
        db 12, 0, 0
        db 24, 3, 1
        db 12, 0, 0
        db 24, 4, 0
        db 24, 6, 0          ; a new command while playing
        db 12, 0, 0
        db 0
