; auxboard.asm - Ms. Pac-Man auxiliary board test for Cabinet (see README.md).
; Assembled as the *decoded* view of the board (0000h-97FFh); encode.c then
; fills the padding with a pattern, copies the patch bytes to their sources,
; and scrambles u5/u6/u7 with the inverse of the board's wiring. Code here
; runs from every decoded area: the start-up in 0000h-03FFh (the same in
; both views), the patched block at 0410h, u7 at 3000h, u5 at 8200h, u6 at
; 8800h and 9000h.
        include "common.asm"

; variables
va_tick: equ 0x4c10          ; byte read from 3000h with the latch clear / set
s1:      equ 0x4c12
s2:      equ 0x4c14
va_mirror: equ 0x4c18

TITLE:   equ VRAM + 0x40 + 1*32 + 3
LINE:    equ 32

prog_init:
        jp u7_init           ; the test proper lives in u7

prog_frame:
        ld hl, VRAM + 0x40 + 25*32 + 4
        ld c, 1
        ld de, str_frame
        call print
        ld de, (frame)
        call hex16
        ; latch off (trap at 97F0h), read 3000h from Pac-Man's 6j, latch
        ; on again (trap at 3FF8h), read 3000h decoded from u7
        di                   ; no interrupt (vector fetch sets the latch) in between
        ld a, (0x97f0)
        ld a, (0x3000)
        ld (va_tick), a
        ld a, (0x3ffb)
        ld a, (0x3000)
        ld (va_tick + 1), a
        ei
        ld hl, VRAM + 0x40 + 26*32 + 4
        ld c, 9
        ld de, str_tick
        call print
        ld a, (va_tick)
        call hex8
        ld a, 0x20
        call putc
        ld a, (va_tick + 1)
        jp hex8

; Fletcher-style sums over BC bytes from HL: s1 += byte, s2 += s1 (16 bit).
; Kicks the watchdog every byte. Runs with either latch state.
sums:
        push hl
        ld hl, (s1)
        ex de, hl
        ld ix, (s2)
        pop hl
sums_loop:
        ld a, (hl)
        add a, e
        ld e, a
        ld a, d
        adc a, 0
        ld d, a
        add ix, de
        ld (WDOG), a
        inc hl
        dec bc
        ld a, b
        or c
        jr nz, sums_loop
        ld (s1), de
        ld (s2), ix
        ret

; the forty 8-byte patch blocks with the latch clear (original 6e-6h bytes)
orig_sums:
        ld a, (0x8003)       ; trap: latch clear
        call patch_sums
        ld a, (0x3ff9)       ; trap: latch set
        ret

; sums over the forty patch destinations, in the current view
patch_sums:
        ld iy, patch_list
patch_sums_loop:
        ld l, (iy + 0)
        ld h, (iy + 1)
        ld a, h
        or l
        ret z
        ld bc, 8
        call sums
        inc iy
        inc iy
        jr patch_sums_loop

; 6j with the latch clear, 3000h-3FEFh
orig_6j_sums:
        ld a, (0x2123)       ; trap: latch clear
        ld hl, 0x3000
        ld bc, 0x0ff0
        call sums
        ld a, (0x3ffe)       ; trap: latch set
        ret

; with the latch clear, B000h and A123h read 6j's 3000h and 6h's 2123h
read_mirrors:
        ld a, (0x8005)       ; trap: latch clear
        ld a, (0xb000)
        ld (va_mirror), a
        ld a, (0xa123)
        ld (va_mirror + 1), a
        ld a, (0x3ff8)       ; trap: latch set
        ret

patch_list:
        dw 0x0410, 0x08e0, 0x0a30, 0x0bd0, 0x0c20, 0x0e58, 0x0ea8, 0x1000
        dw 0x1008, 0x1288, 0x1348, 0x1688, 0x16b0, 0x16d8, 0x16f8, 0x19a8
        dw 0x19b8, 0x2060, 0x2108, 0x21a0, 0x2298, 0x23e0, 0x2418, 0x2448
        dw 0x2470, 0x2488, 0x24b0, 0x24d8, 0x24f8, 0x2748, 0x2780, 0x27b8
        dw 0x2800, 0x2b20, 0x2b30, 0x2bf0, 0x2cc0, 0x2cd8, 0x2cf0, 0x2d60
        dw 0

str_frame: db "FRAME ", 0
str_tick:  db "3000 OFF/ON ", 0

        ds 0x0410 - $, 0xff
; patch block 0 (from u5 8008h): only the decoded view has this routine
patched:
        ld a, 0x50           ; "P"
        jp code_ok
        nop
        nop
        nop

        ds 0x3000 - $, 0xff
; ---------------------------------------------------------------- u7
u7_init:
        ld hl, TITLE
        ld c, 5
        ld de, str_title
        call print
        ld hl, VRAM + 0x40 + 3*32 + 3
        ld c, 1
        ld de, str_code
        call print
        ld (code_at), hl
        ld a, 0x37           ; "7"
        call code_ok
        call u5_code
        call u6_hi_code
        call u6_lo_code
        call patched
        ; sums of every decoded area and of the original bytes
        ld hl, VRAM + 0x40 + 5*32 + 3
        ld de, str_u7
        ld bc, 0x3000
        ld ix, 0x0ff0
        call area
        ld de, str_u5
        ld bc, 0x8008
        ld ix, 0x07f8
        call area
        ld de, str_u6h
        ld bc, 0x8800
        ld ix, 0x0800
        call area
        ld de, str_u6l
        ld bc, 0x9000
        ld ix, 0x07f0
        call area
        push hl
        call clear_sums
        call patch_sums
        pop hl
        ld de, str_patch
        call show_sums
        push hl
        call clear_sums
        call orig_sums
        pop hl
        ld de, str_orig
        call show_sums
        push hl
        call clear_sums
        call orig_6j_sums
        pop hl
        ld de, str_6j
        call show_sums
        ; mirrors: 8000h-BFFFh with the latch clear is 0000h-3FFFh
        call read_mirrors
        ld de, str_mirror
        ld c, 1
        call print
        ld a, (va_mirror)
        call hex8
        ld a, 0x20
        call putc
        ld a, (va_mirror + 1)
        jp hex8

; DE = label, BC = start, IX = length: one line "label ssss tttt" at HL,
; HL moves to the next line
area:
        push hl
        push de
        push bc
        push ix
        call clear_sums
        pop bc
        pop hl
        call sums
        pop de
        pop hl
show_sums:
        push hl
        ld c, 1
        call print
        ld de, (s1)
        call hex16
        ld a, 0x20
        call putc
        ld de, (s2)
        call hex16
        pop hl
        ld bc, LINE
        add hl, bc
        ret

clear_sums:
        ld hl, 0
        ld (s1), hl
        ld (s2), hl
        ret

; a region's code reports here: tile code A then a space, colour 5
code_ok:
        ld hl, (code_at)
        ld c, 5
        call putc
        ld a, 0x20
        call putc
        ld (code_at), hl
        ret
code_at: equ 0x4c16

str_title:  db "AUX BOARD DECODE", 0
str_code:   db "CODE ", 0
str_u7:     db "U7  3000 ", 0
str_u5:     db "U5  8008 ", 0
str_u6h:    db "U6  8800 ", 0
str_u6l:    db "U6  9000 ", 0
str_patch:  db "PATCHES  ", 0
str_orig:   db "ORIG     ", 0
str_6j:     db "6J  3000 ", 0
str_mirror: db "B000 A123 ", 0

        ds 0x3800 - $, 0xff  ; 3800h-3FEFh: encode.c's pattern
        ds 0x3ff0 - $, 0xff
        ds 8, 0xff
        ds 2, 0xff
        include "tail.asm"

; ---------------------------------------------------------------- u5
        ds 0x8200 - $, 0xff  ; 8000h-81EFh: patch sources (encode.c)
u5_code:
        ld a, 0x35           ; "5"
        jp code_ok

        ds 0x8800 - $, 0xff  ; the rest: pattern
; ---------------------------------------------------------------- u6
u6_hi_code:
        ld a, 0x48           ; "H"
        jp code_ok

        ds 0x9000 - $, 0xff
u6_lo_code:
        ld a, 0x4c           ; "L"
        jp code_ok

        ds 0x9800 - $, 0xff
