; Latency test program for the Cabinet Z80 test board (src/drivers/cabz80.c),
; loaded as cabz80.1 from its own folder by the run-ahead tests. Each frame
; it reads IN0 once and shows, in the top row, the value it read three
; frames earlier: a key's effect appears exactly 4 frames after the press
; (read in the next frame, then 3 frames of delay), like a game that lags
; its input. The rest of the screen stays black.

vram:     equ 0x8000
hist:     equ 0x8400        ; IN0 of this frame and the 3 before
in0:      equ 0xa000
irqen:    equ 0xa001

          org 0x0000
          di
          ld sp, 0x8800
          im 1
          jp main

          ds 0x0038 - $, 0xff
irq:      ei
          reti

main:     ld a, (in0)
          ld (hist), a
          ld (hist + 1), a
          ld (hist + 2), a
          ld (hist + 3), a
          ld a, 1
          ld (irqen), a
          ei
loop:     halt                ; wait for VBLANK
          ld a, (hist + 2)
          ld (hist + 3), a
          ld a, (hist + 1)
          ld (hist + 2), a
          ld a, (hist)
          ld (hist + 1), a
          ld a, (in0)
          ld (hist), a
          ld a, (hist + 3)
          ld hl, vram
          ld b, 8
inbit:    rrca
          ld (hl), 15
          jr c, inset
          ld (hl), 4
inset:    inc hl
          djnz inbit
          jr loop

          ds 0x2000 - $, 0xff   ; pad to the ROM's size
