; dkong_watchdog.asm - Cabinet's homebrew watchdog test for the Donkey Kong
; main board (MAME set `dkong`). Each NMI counts frames (from 0 after every
; reset: the program clears its RAM) and shows the count as two tile codes
; on tile row 2; it reads IN2 (7d00h), which kicks the watchdog, only while
; the count is below 120. MAME's watchdog on this board has no period of its
; own: off until the first kick, then 3 s after each kick the machine resets,
; so the count starts again about 3 s after frame 119.

VRAM:    equ 0x7400
IN2:     equ 0x7d00
NMIMASK: equ 0x7d84
frame:   equ 0x6000

        org 0
        di
        ld sp, 0x6c00
        jp start

        ds 0x66 - $, 0xff
nmi:    push af
        push hl
        xor a
        ld (NMIMASK), a
        ld hl, (frame)
        inc hl
        ld (frame), hl
        ld a, h
        ld (VRAM + 2 * 32 + 2), a
        ld a, l
        ld (VRAM + 2 * 32 + 3), a
        ld a, h             ; kick only below 120
        or a
        jr nz, nokick
        ld a, l
        cp 120
        jr nc, nokick
        ld a, (IN2)
nokick: ld a, 1
        ld (NMIMASK), a
        pop hl
        pop af
        retn

start:  ld hl, 0x6000
        ld de, 0x6001
        ld bc, 0xbff
        ld (hl), 0
        ldir
        ld hl, VRAM
        ld de, VRAM + 1
        ld bc, 0x3ff
        ld (hl), 0
        ldir
        ld a, 1
        ld (NMIMASK), a
main:   jr main
