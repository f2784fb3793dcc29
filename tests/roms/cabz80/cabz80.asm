; Test program for the Cabinet Z80 test board (src/drivers/cabz80.c).
; Every frame it redraws a scrolling colour pattern, shows IN0 in the top
; row, and plays a square wave on the DAC whose pitch follows DSW0 bits 0-1.

vram:     equ 0x8000
frame:    equ 0x8400        ; 16-bit frame counter (incremented by the IRQ)
in0:      equ 0xa000
dsw0:     equ 0xa001
dac:      equ 0xa000
irqen:    equ 0xa001

          org 0x0000
          di
          ld sp, 0x8800
          im 1
          jp main

          ds 0x0038 - $, 0xff
irq:      push af
          push hl
          ld hl, (frame)
          inc hl
          ld (frame), hl
          pop hl
          pop af
          ei
          reti

main:     ld hl, 0
          ld (frame), hl
          ld a, 1
          ld (irqen), a
          ei
loop:     halt                ; wait for VBLANK
          call draw
          call inputs
          call tone
          jr loop

; cell i = (i + (i >> 5) + frame / 4) & 15 for the 31 lower rows
draw:     ld a, (frame)
          srl a
          srl a
          ld c, a             ; c = frame / 4
          ld hl, vram + 32
          ld de, 32           ; e counts cells 32..1023, d unused
drawrow:  ld b, 32
drawcell: ld a, e
          add a, c
          add a, d            ; d = row number
          and 15
          ld (hl), a
          inc hl
          inc e
          djnz drawcell
          inc d
          ld a, d
          cp 31
          jr nz, drawrow
          ret

; top row: 8 cells, one per IN0 bit, white when the bit is 1
inputs:   ld a, (in0)
          ld hl, vram
          ld b, 8
inbit:    rrca
          ld (hl), 15
          jr c, inset
          ld (hl), 4
inset:    inc hl
          djnz inbit
          ret

; 64 half-periods of a square wave; delay per half-period from DSW0
tone:     ld a, (dsw0)
          and 3
          ld c, a
          ld a, 4
          sub c
          add a, a
          add a, a
          add a, a
          ld c, a             ; c = (4 - pitch) * 8 delay loops
          ld b, 64
          ld e, 0xc0
half:     ld a, e
          ld (dac), a
          xor 0x80
          ld e, a
          ld d, c
wait:     dec d
          jr nz, wait
          djnz half
          ld a, 0x80
          ld (dac), a
          ret

          ds 0x2000 - $, 0xff   ; pad to the ROM's size
