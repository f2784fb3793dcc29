; dkong_main.asm - the body of Cabinet's homebrew test programs for the
; Donkey Kong main board, included by dkong_test.asm (MAME set `dkong`,
; JR = 0) and dkongjr_test.asm (set `dkongjr`, JR = 1: the same program plus
; the Donkey Kong Jr. tile bank). Assembles with Debian's z80asm; the build
; splits it into the program ROMs and tests/roms/dkong/dkgen.c writes the
; graphics and PROMs (own data). What it shows:
;   - every tile code: video RAM holds the low byte of its address, so the
;     256 codes appear four times; each tile's colour code comes from the
;     column-group PROM (v-5e), all 16 codes, in the palette bank of the
;     moment: bank = (frame >> 5) & 3, so all 64 colour codes show;
;   - 96 sprites copied each frame by the i8257 DMA (channel 0 reads the
;     buffer at 6900h into the 7d8x latch, channel 1 writes it to sprite
;     RAM, rotating priority, TC stop) from the buffer the program moves:
;     20 sprites on the same lines (the 16-per-line limit drops the last 4),
;     16 fixed sprites at the four edges (wrapping at x, clipped at y) with
;     every flip and the code bank bit, 60 moving sprites of all codes and
;     colours;
;   - sprite bank = (frame >> 4) & 1: the DMA writes 7000h (bank 0) or 7200h
;     (bank 1), the other bank keeps its stale copy;
;   - flip screen = (frame >> 7) & 1;
;   - Donkey Kong Jr. only: the tile bank (7c80h) = (frame >> 6) & 1, tile
;     codes 256-511;
;   - tile row 2 (the first visible): the inputs (IN0, IN1, IN2 & BFh, DSW0) as tile codes and
;     the count of main-loop passes (20 cycles each) in the last frame, which
;     shows the cycles the DMA took from the Z80 (BUSRQ/BUSAK), from frame
;     320 on (MAME's count depends on how its scheduler interleaves the 8257,
;     the Z80 and the sound CPU, and on its VBLANK coming a few attoseconds
;     before the Z80's clock edge: Cabinet models both).
;   - Radar Scope only (RS = 1, radarscp_test.asm): tile rows 14-29 hold
;     tile 0 (all pen 0: the background, grid and stars show), the grid
;     enable (7d81h) = NOT (frame >> 6) & 1, the grid colour (7c80h) =
;     (frame >> 3) & 7.
; The NMI (VBLANK, masked by 7d84h) kicks the watchdog (reading IN2) and
; does every video write, the DMA first.

RAM:     equ 0x6000
SPRRAM:  equ 0x7000
VRAM:    equ 0x7400
DMA:     equ 0x7800
IN0:     equ 0x7c00
IN1:     equ 0x7c80
IN2:     equ 0x7d00
DSW0:    equ 0x7d80
FLIP:    equ 0x7d82
SPRBANK: equ 0x7d83
NMIMASK: equ 0x7d84
DRQ:     equ 0x7d85
PALBANK: equ 0x7d86
GFXBANK: equ 0x7c80         ; Donkey Kong Jr.
GRIDCOL: equ 0x7c80         ; Radar Scope
GRIDEN:  equ 0x7d81         ; Radar Scope

frame:   equ 0x6000         ; 16-bit frame counter
passes:  equ 0x6002         ; main-loop passes, copied at each NMI
BUF:     equ 0x6900         ; sprite buffer: 96 x (y, code, attr, x)
NSPR:    equ 96

        org 0
        di
        ld sp, 0x6c00
        jp start

        ds 0x66 - $, 0xff
nmi:    push af
        push bc
        push de
        push hl
        push ix
        xor a
        ld (NMIMASK), a     ; clear the NMI flip-flop
        ld a, (IN2)         ; kick the watchdog
        call do_frame
        ld a, 1
        ld (NMIMASK), a
        pop ix
        pop hl
        pop de
        pop bc
        pop af
        ld iy, 0            ; the main loop counts from 0 again
        retn

start:  ld hl, RAM          ; clear work RAM
        ld de, RAM + 1
        ld bc, 0xbff
        ld (hl), 0
        ldir
        ld hl, SPRRAM       ; sprite RAM: both banks empty (y = 0, off screen)
        ld de, SPRRAM + 1
        ld bc, 0x3ff
        ld (hl), 0
        ldir
        ld hl, VRAM         ; tile code = low byte of the address
vloop:  ld (hl), l
        inc hl
        ld a, h
        cp 0x78
        jr nz, vloop
        if RS
        ld hl, VRAM + 14 * 32
        ld de, VRAM + 14 * 32 + 1
        ld bc, 16 * 32 - 1
        ld (hl), 0
        ldir
        endif
        call init_sprites
        xor a
        ld (FLIP), a
        ld (SPRBANK), a
        ld (PALBANK), a
        ld (PALBANK + 1), a
        if JR
        ld (GFXBANK), a
        endif
        ld (DRQ), a
        ld a, 1
        ld (NMIMASK), a
        ld iy, 0
main:   inc iy              ; 10 cycles
        jp main             ; 10 cycles: 20 a pass

; ---- the sprite buffer ----
init_sprites:
        ld ix, BUF
        ld b, 20            ; group A: 20 sprites on the same 16 lines
        ld c, 0
ga:     ld (ix + 0), 0x80
        ld (ix + 1), c      ; code
        ld a, c
        and 15
        ld (ix + 2), a      ; colour
        ld a, c             ; x = 8 + 12 * i
        add a, a
        add a, c
        add a, a
        add a, a
        add a, 8
        ld (ix + 3), a
        ld de, 4
        add ix, de
        inc c
        djnz ga
        ld hl, edges        ; group B: 16 sprites at the edges, from the table
        ld de, BUF + 20 * 4
        ld bc, 16 * 4
        ldir
        ld ix, BUF + 36 * 4 ; group C: 60 sprites, all codes and colours
        ld c, 0
gc:     ld a, c             ; y = 29 * k + 48
        ld b, a
        add a, a
        add a, a
        add a, a
        sub b
        add a, a
        add a, a
        add a, b
        add a, 48
        ld (ix + 0), a
        ld a, c             ; code = 3k & 7Fh, flip y when k & 8
        add a, a
        add a, c
        and 0x7f
        bit 3, c
        jr z, gc1
        or 0x80
gc1:    ld (ix + 1), a
        ld a, c             ; attr: colour k & 15, flip x k & 16, bank bit k & 32
        and 15
        bit 4, c
        jr z, gc2
        or 0x80
gc2:    bit 5, c
        jr z, gc3
        or 0x40
gc3:    ld (ix + 2), a
        ld a, c             ; x = 17k
        add a, a
        add a, a
        add a, a
        add a, a
        add a, c
        ld (ix + 3), a
        ld de, 4
        add ix, de
        inc c
        ld a, c
        cp 60
        jr nz, gc
        ret

; y, code (bit 7 flip y), attr (bit 7 flip x, bit 6 code bank, 0-3 colour), x
edges:  db 0x80, 0x40, 0x00, 0x00   ; left edge: x 0 -> drawn at -8, wraps to 248
        db 0x90, 0xc1, 0x81, 0x04
        db 0xa0, 0x42, 0x42, 0x08
        db 0xb0, 0xc3, 0xc3, 0x0c
        db 0x40, 0x44, 0x04, 0xf8   ; right edge: wraps to the left
        db 0x50, 0xc5, 0x85, 0xfc
        db 0x60, 0x46, 0x46, 0xff
        db 0x70, 0xc7, 0xc7, 0xf4
        db 0xe8, 0x48, 0x08, 0x40   ; top edge: y E8h-F6h, partly above line 16
        db 0xf0, 0xc9, 0x89, 0x60
        db 0xf4, 0x4a, 0x4a, 0x80
        db 0xe4, 0xcb, 0xcb, 0xa0
        db 0x08, 0x4c, 0x0c, 0x40   ; bottom edge: y 08h-12h, partly below line 239
        db 0x0c, 0xcd, 0x8d, 0x60
        db 0x10, 0x4e, 0x4e, 0x80
        db 0x14, 0xcf, 0xcf, 0xa0

; ---- one frame, in VBLANK ----
do_frame:
        ld hl, (frame)
        inc hl
        ld (frame), hl
        ld a, l             ; palette bank = (frame >> 5) & 3
        rrca
        rrca
        rrca
        rrca
        rrca
        ld (PALBANK), a     ; D0 = bit 5
        rrca
        ld (PALBANK + 1), a ; D0 = bit 6
        rrca
        ld (FLIP), a        ; D0 = bit 7
        if RS
        ld a, l             ; grid enable = NOT bit 6
        rlca
        rlca
        cpl
        ld (GRIDEN), a
        ld a, l             ; grid colour = bits 3-5
        rrca
        rrca
        rrca
        ld (GRIDCOL), a
        endif
        ld a, l             ; sprite bank = (frame >> 4) & 1
        rrca
        rrca
        rrca
        rrca
        ld (SPRBANK), a
        if JR
        push af
        ld a, l             ; tile bank = (frame >> 6) & 1
        rlca
        rlca
        ld (GFXBANK), a
        pop af
        endif
        and 1               ; DMA destination 7000h or 7200h
        add a, a
        add a, 0x70
        ld d, a
        call dma_sprites
        call show_status
        jp move_sprites

; DMA: ch0 BUF -> latch (read), ch1 latch -> D:00 (write), NSPR * 4 bytes each
dma_sprites:
        xor a
        ld (DRQ), a
        ld (DMA + 8), a             ; all channels off while programming
        ld hl, DMA
        ld (hl), BUF & 0xff         ; ch0 address
        ld (hl), BUF >> 8
        inc hl
        ld (hl), (NSPR * 4 - 1) & 0xff  ; ch0 count, type 01 (read, reversed wiring)
        ld (hl), 0x40 | ((NSPR * 4 - 1) >> 8)
        inc hl
        ld (hl), 0                  ; ch1 address D:00
        ld (hl), d
        inc hl
        ld (hl), (NSPR * 4 - 1) & 0xff  ; ch1 count, type 10 (write)
        ld (hl), 0x80 | ((NSPR * 4 - 1) >> 8)
        ld a, 0x53                  ; TC stop, rotating priority, ch0 + ch1
        ld (DMA + 8), a
        ld a, 1
        ld (DRQ), a                 ; the transfer: the Z80 waits for it
        ret

; tile row 2 (the first visible), columns 2-7: IN0 IN1 IN2&BF DSW0, passes hi lo
; (the passes from frame 320 on)
show_status:
        ld hl, VRAM + 2 * 32 + 2
        ld a, (IN0)
        ld (hl), a
        inc hl
        ld a, (IN1)
        ld (hl), a
        inc hl
        ld a, (IN2)
        and 0xbf
        ld (hl), a
        inc hl
        ld a, (DSW0)
        ld (hl), a
        inc hl
        ld bc, (frame)      ; the pass count only from frame 320 on
        ld a, b
        or a
        ret z
        dec a
        jr nz, show_passes
        ld a, c
        cp 0x40
        ret c
show_passes:
        push iy
        pop bc
        ld (hl), b
        inc hl
        ld (hl), c
        ret

; group C: x += 1 + (k & 1), y += 1 when k & 4
move_sprites:
        ld ix, BUF + 36 * 4
        ld c, 0
mv:     ld a, c
        and 1
        inc a
        add a, (ix + 3)
        ld (ix + 3), a
        bit 2, c
        jr z, mv1
        inc (ix + 0)
mv1:    ld de, 4
        add ix, de
        inc c
        ld a, c
        cp 60
        jr nz, mv
        ret
