; common.asm - start-up, interrupt handler and text helpers shared by Cabinet's
; homebrew Pac-Man test programs. Each program includes this file first and
; then defines prog_init (called once, interrupts off) and prog_frame (called
; from the main loop once after every VBLANK interrupt), then includes tail.asm.
; Assembles with Debian's z80asm or pasmo (identical output).

VRAM:    equ 0x4000          ; 1K tile codes
CRAM:    equ 0x4400          ; 1K tile colours
RAM:     equ 0x4c00
SPRATTR: equ 0x4ff0          ; 8 x (code<<2 | flip bits, colour)
IN0:     equ 0x5000          ; read
IRQEN:   equ 0x5000          ; write, latch bit 0
SNDEN:   equ 0x5001
FLIPSCR: equ 0x5003
IN1:     equ 0x5040          ; read
SOUND:   equ 0x5040          ; write, 32 nibble registers
SPRPOS:  equ 0x5060          ; 8 x (reg0, reg1)
DSW1:    equ 0x5080
DSW2:    equ 0x50c0          ; read
WDOG:    equ 0x50c0          ; write

; tile offset of main-area cell (native column c = 2..33, row r = 0..27):
;   VRAM + 0x40 + r*32 + (c-2)         (consecutive bytes go right)
; native columns 34/35/0/1 (the rotated screen's bottom and top 2 rows):
;   VRAM + 0x000/0x020/0x3c0/0x3e0 + r + 2   (consecutive bytes go down)

; common variables (0x4c00-0x4c0f); programs use 0x4c10-0x4dff freely,
; 0x4e00-0x4eff survives the reset code (watchdog test)
frame:   equ 0x4c00          ; 16-bit count of VBLANK interrupts since reset
vflag:   equ 0x4c02          ; set by the interrupt handler
nokick:  equ 0x4c03          ; nonzero: the interrupt handler stops kicking the watchdog

        org 0
        di
        jp reset

        ds 0x38 - $, 0xff
        jp trap_rst38        ; IM 1 / RST 38h: must never happen (we use IM 2)

        ds 0x66 - $, 0xff
        jp trap_nmi          ; no NMI on this board

reset:
        ld sp, 0x4ff0
        xor a
        ld (IRQEN), a        ; interrupts off at the source
        ld (WDOG), a
        ld hl, 0x5000        ; all 8 latch bits to 0 ...
        ld b, 8
rst_latch:
        ld (hl), a
        inc hl
        djnz rst_latch
        inc a
        ld (SNDEN), a        ; ... then sound enable on
        xor a
        ld hl, SOUND         ; 32 sound registers and 16 sprite position bytes
        ld b, 0x30
rst_snd:
        ld (hl), a
        inc hl
        djnz rst_snd
        ld hl, SPRATTR       ; sprite codes/colours
        ld b, 0x10
rst_spr:
        ld (hl), a
        inc hl
        djnz rst_spr
        ld (WDOG), a
        ld hl, RAM           ; clear 0x4c00-0x4dff
        ld bc, 0x200
        xor a
        call fill
        ld hl, VRAM          ; blank tiles, colour 0
        ld bc, 0x400
        ld a, 0x20
        call fill
        ld (WDOG), a
        ld hl, CRAM
        ld bc, 0x400
        xor a
        call fill
        ld (WDOG), a
        call prog_init
        im 2
        ld a, vectab >> 8    ; the vector table lives at the very end of the ROM
        ld i, a
        ld a, vectab & 0xff
        out (0), a
        ld a, 1
        ld (IRQEN), a
        ei
main_loop:
        ld a, (vflag)
        or a
        jr z, main_loop
        xor a
        ld (vflag), a
        call prog_frame
        jr main_loop

; VBLANK interrupt. The line stays asserted until 0 is written to 5000h.
irq:
        push af
        push hl
        xor a
        ld (IRQEN), a
        ld hl, (frame)
        inc hl
        ld (frame), hl
        ld a, 1
        ld (vflag), a
        ld a, (nokick)
        or a
        jr nz, irq_nokick
        ld (WDOG), a
irq_nokick:
        ld a, 1
        ld (IRQEN), a
        pop hl
        pop af
        ei
        reti

trap_rst38:
        ld de, str_rst38
        jr trap
trap_nmi:
        ld de, str_nmi
trap:
        di
        ld hl, VRAM + 0x40 + 13*32 + 12
        ld c, 2
        call print
trap_loop:
        jr trap_loop         ; no more watchdog kicks: the board resets

str_rst38: db "TRAP RST38", 0
str_nmi:   db "TRAP NMI", 0

; fill BC (>= 2) bytes at HL with A
fill:
        ld (hl), a
        ld d, h
        ld e, l
        inc de
        dec bc
        ldir
        ret

; print the 0-terminated string at DE to consecutive tile offsets from HL,
; colour C. Returns HL after the last character.
print:
        ld a, (de)
        or a
        ret z
        call putc
        inc de
        jr print

; A = tile code at HL, colour C at HL+400h; HL += 1
putc:
        ld (hl), a
        push hl
        ld a, h
        add a, 4
        ld h, a
        ld (hl), c
        pop hl
        inc hl
        ret

; A as two hex digits
hex8:
        push af
        rrca
        rrca
        rrca
        rrca
        call hexdigit
        pop af
hexdigit:
        and 0x0f
        add a, 0x30
        cp 0x3a
        jr c, putc
        add a, 7
        jr putc

; DE as four hex digits
hex16:
        ld a, d
        call hex8
        ld a, e
        jr hex8

; A as 8 binary digits, bit 7 first
bin8:
        ld b, 8
bin8_loop:
        rlca
        push af
        ld a, 0x30
        jr nc, bin8_zero
        inc a
bin8_zero:
        call putc
        pop af
        djnz bin8_loop
        ret
