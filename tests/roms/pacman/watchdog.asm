; watchdog.asm - kicks the watchdog (50C0h) from the VBLANK handler for the
; first 120 interrupts after each reset, then stops; MAME resets the board
; 16 VBLANKs later. RAM at 4E00h survives the reset: a signature there marks
; a warm start, and a boot counter is incremented on each one.
; Screen: "BOOTS n" (hex), "FRAME nnnn" (interrupts since this reset) and
; "KICK" / "STOP".
        include "common.asm"

sig:     equ 0x4e00          ; "WD" when warm
boots:   equ 0x4e02

prog_init:
        ld hl, (sig)
        ld de, 0x4457        ; 'W', 'D'
        or a
        sbc hl, de
        jr z, wi_warm
        ld (sig), de
        xor a
        ld (boots), a
        jr wi_show
wi_warm:
        ld a, (boots)
        inc a
        ld (boots), a
wi_show:
        ld hl, VRAM + 0x40 + 2*32 + 2
        ld de, str_title
        ld c, 2
        call print
        ld hl, VRAM + 0x40 + 4*32 + 2
        ld de, str_boots
        ld c, 2
        call print
        ld a, (boots)
        jp hex8

prog_frame:
        ld hl, VRAM + 0x40 + 6*32 + 2
        ld de, str_frame
        ld c, 2
        call print
        ld de, (frame)
        call hex16
        ld hl, (frame)
        ld de, 120
        or a
        sbc hl, de
        ld de, str_kick
        jr c, wf_show
        ld a, 1
        ld (nokick), a
        ld de, str_stop
wf_show:
        ld hl, VRAM + 0x40 + 8*32 + 2
        ld c, 2
        jp print

str_title: db "WATCHDOG TEST", 0
str_boots: db "BOOTS ", 0
str_frame: db "FRAME ", 0
str_kick:  db "KICK", 0
str_stop:  db "STOP", 0

        include "tail.asm"
