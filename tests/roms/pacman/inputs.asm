; inputs.asm - IN0 (5000h), IN1 (5040h), DSW1 (5080h) and DSW2 (50C0h) shown
; every frame as 8 binary digits (bit 7 first) and hex, plus the frame counter.
; The ports are read in the main loop right after each VBLANK interrupt.
; Each port line also lights one marker tile per 0 bit in native column 34
; (rows 0-7 IN0 bits 0-7, rows 8-15 IN1), and column 0 for DSW1, so the
; side areas change with the inputs too.
        include "common.asm"

prog_init:
        ld hl, VRAM + 0x40 + 1*32 + 2
        ld de, str_title
        ld c, 2
        jp print

prog_frame:
        ld hl, VRAM + 0x40 + 3*32 + 2
        ld de, str_in0
        ld a, (IN0)
        call show
        ld hl, VRAM + 0x40 + 5*32 + 2
        ld de, str_in1
        ld a, (IN1)
        call show
        ld hl, VRAM + 0x40 + 7*32 + 2
        ld de, str_dsw1
        ld a, (DSW1)
        call show
        ld hl, VRAM + 0x40 + 9*32 + 2
        ld de, str_dsw2
        ld a, (DSW2)
        call show
        ld hl, VRAM + 0x40 + 12*32 + 2
        ld de, str_frame
        ld c, 2
        call print
        ld de, (frame)
        call hex16
        ; side markers
        ld hl, VRAM + 0x000 + 2      ; native column 34, rows 0-7: IN0
        ld a, (IN0)
        call marks
        ld a, (IN1)                  ; rows 8-15: IN1
        call marks
        ld hl, VRAM + 0x3c0 + 2      ; native column 0, rows 0-7: DSW1
        ld a, (DSW1)
        jp marks

; label DE, then A in binary and hex; colour 2 (1 bits) or 1 (0 bits)
show:
        push af
        ld c, 2
        call print
        pop af
        push af
        call bin8
        ld a, 0x20
        call putc
        pop af
        jp hex8

; 8 marker tiles down from HL: bit n of A clear -> tile 'X' colour 2, set -> '.' colour 1
marks:
        ld b, 8
mk_loop:
        rrca
        push af
        ld a, 0x58
        ld c, 2
        jr nc, mk_put
        ld a, 0x2e
        ld c, 1
mk_put:
        call putc
        pop af
        djnz mk_loop
        ret

str_title: db "INPUT TEST", 0
str_in0:   db "IN0  ", 0
str_in1:   db "IN1  ", 0
str_dsw1:  db "DSW1 ", 0
str_dsw2:  db "DSW2 ", 0
str_frame: db "FRAME ", 0

        include "tail.asm"
