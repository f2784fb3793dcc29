; Cabinet's Missile Command test program (6502, xa65 syntax), assembled into
; the six program ROMs of MAME's `missile` set (5000-7fff).
;
; At reset - clears RAM, sets the eight colour registers, then draws with
; interrupts on (the IRQ handler counts frames at the VBLANK IRQ) 
;   A  lines 30-61 - plain CPU writes of a byte ramp (four pixels a byte)
;   B  lines 70-133, H 0-127 - MADSEL pixel writes (STA (zp,X)), the colour
;      from H and V; the PROM given by romgen makes H&7 = 4-7 write the
;      whole byte, and V = 72-127 covers the I/O and ROM addresses
;   C  lines 140-203, H 128-255 - B copied pixel by pixel with MADSEL reads
;   D  lines 224-255 - MADSEL writes with the third colour bit (eight
;      swatches, then diagonals), a direct write into the third plane
;      (line 236), and lines 240-247 H 0-127 copied to 248-255 H 128-255
;      with MADSEL reads of all three bits
; Then every frame - the trackball (CTRLD high), IN0, IN1, the frame count,
; the main loop's iterations in the last frame in units of 64 and the high
; byte (the CPU's speed, slowed lines included), R10 and the POKEY's ALLPOT (R8) shown as bit rows on
; lines 206-211 and 214-219; timed events play the four POKEY channels one
; after the other, change the colours and flip the screen.

frame   = $20           ; frames (the IRQ that sees VBLANK), 16 bits
evidx   = $01           ; next event
ptr     = $02           ; event routine
px      = $10           ; MADSEL pointer - low = H, high = V
py      = $11
src     = $12           ; MADSEL read pointer
srcy    = $13
tmp     = $14
cnt     = $18           ; main loop iterations this frame (16 bits)
lastcnt = $1a
flag    = $1c           ; a frame has started
outv    = $1d           ; 4800 value (bit 6 high = not flipped)
val     = $1e
rowbuf  = $0600         ; 64 bytes, a bit row built here then copied

POKEY   = $4000
AUDF1   = POKEY+0
AUDC1   = POKEY+1
AUDF2   = POKEY+2
AUDC2   = POKEY+3
AUDF3   = POKEY+4
AUDC3   = POKEY+5
AUDF4   = POKEY+6
AUDC4   = POKEY+7
AUDCTL  = POKEY+8
ALLPOT  = POKEY+8
SKCTL   = POKEY+15
IN0     = $4800
OUT     = $4800
IN1     = $4900
R10     = $4a00
COLOUR  = $4b00
WDOG    = $4c00
IRQACK  = $4d00

ROW1    = 206*64
ROW2    = 214*64

        * = $5000

reset   sei
        cld
        ldx #$ff
        txs
        lda #$40                ; not flipped, switches on IN0
        sta OUT
        lda #0
        tax
clrzp   sta $00,x
        sta rowbuf,x
        inx
        bne clrzp
        lda #$40
        sta outv
        ; clear 0200-3fff (third plane and bitmap)
        lda #$02
        sta tmp+1
        lda #0
        sta tmp
        tay
clrpg   sta (tmp),y
        iny
        bne clrpg
        sta WDOG
        inc tmp+1
        ldx tmp+1
        cpx #$40
        bne clrpg
        ; POKEY out of initialisation, all channels silent
        lda #0
        sta AUDCTL
        ldx #7
pk0     sta POKEY,x
        dex
        bpl pk0
        lda #3
        sta SKCTL
        ; colour registers
        ldx #7
col0    lda colinit,x
        sta COLOUR,x
        dex
        bpl col0
        cli

; A - plain writes, 0780-0f7f (lines 30-61)
        lda #$80
        sta tmp
        lda #$07
        sta tmp+1
        ldx #8
        lda #0
        ldy #0
na_lp   sta (tmp),y
        clc
        adc #7
        iny
        bne na_lp
        adc #28
        inc tmp+1
        dex
        bne na_lp

; B - MADSEL writes, lines 70-133, H 0-127
        lda #70
        sta py
mb_y    sta WDOG
        lda #0
        sta px
mb_x    lda px
        lsr
        lsr
        lsr
        sta tmp
        lda py
        lsr
        lsr
        lsr
        clc
        adc tmp
        and #3
        tax
        lda col2,x
        ldx #0
        sta (px,x)
        inc px
        bpl mb_x
        inc py
        lda py
        cmp #134
        bne mb_y

; C - MADSEL reads of B, written 70 lines lower and 128 pixels right
        lda #70
        sta srcy
mc_y    sta WDOG
        lda #0
        sta src
mc_x    ldx #0
        lda (src,x)
        sta tmp
        lda src
        ora #$80
        sta px
        lda srcy
        clc
        adc #70
        sta py
        lda tmp
        sta (px,x)
        inc src
        bpl mc_x
        inc srcy
        lda srcy
        cmp #134
        bne mc_y

; D - three-bit pixels, lines 224-255
        lda #224
        sta py
m3_y    sta WDOG
        lda #0
        sta px
m3_x    lda py
        cmp #240
        bcs m3_diag
        lda px
        lsr
        lsr
        lsr
        lsr
        lsr
        jmp m3_w
m3_diag lda px
        lsr
        lsr
        clc
        adc py
        and #7
m3_w    asl                     ; colour c -> data bits 7-5
        asl
        asl
        asl
        asl
        ldx #0
        sta (px,x)
        inc px
        bne m3_x
        inc py
        bne m3_y
        ; line 236's third plane by plain writes - 0500, 0502, ... 053e
        ldx #62
        lda #$55
m3_d    sta $0500,x
        dex
        dex
        bpl m3_d
        ; lines 240-247 H 0-127 -> 248-255 H 128-255, read with all three bits
        lda #240
        sta srcy
m3c_y   sta WDOG
        lda #0
        sta src
m3c_x   ldx #0
        lda (src,x)
        sta tmp
        lda src
        ora #$80
        sta px
        lda srcy
        clc
        adc #8
        sta py
        lda tmp
        sta (px,x)
        inc src
        bpl m3c_x
        inc srcy
        lda srcy
        cmp #248
        bne m3c_y

; ---- every frame ----
main    lda #0
        sta cnt
        sta cnt+1
        sta flag
loop
#ifdef BENCH
        jsr redraw
#endif
        inc cnt
        bne loop1
        inc cnt+1
loop1   lda flag
        beq loop
        lda #0
        sta flag
        lda cnt
        sta lastcnt
        lda cnt+1
        sta lastcnt+1
        lda #0
        sta cnt
        sta cnt+1
        sta WDOG
        jsr readouts
        jsr doevents
        jmp loop

#ifdef BENCH
; the CPU-heavy variant - region B redrawn with MADSEL writes, colours moving
; with the frame count, between the frame checks
redraw  lda #70
        sta py
rd_y    lda #0
        sta px
rd_x    lda px
        lsr
        lsr
        clc
        adc frame
        adc py
        and #3
        tax
        lda col2,x
        ldx #0
        sta (px,x)
        inc px
        bpl rd_x
        sta WDOG
        lda flag
        bne rd_end
        inc py
        lda py
        cmp #134
        bne rd_y
rd_end  rts
#endif

readouts
        lda outv
        ora #1                  ; CTRLD - the trackball counts
        sta OUT
        lda IN0
        ldx #0
        jsr show
        lda outv
        sta OUT
        lda IN0
        ldx #16
        jsr show
        lda IN1
        and #$7f
        ldx #32
        jsr show
        lda frame
        ldx #48
        jsr show
        ldx #63
ro1     lda rowbuf,x
        sta ROW1,x
        sta ROW1+64,x
        sta ROW1+128,x
        sta ROW1+192,x
        sta ROW1+256,x
        sta ROW1+320,x
        dex
        bpl ro1
        lda lastcnt             ; (iterations + 43) / 64 - MAME counts 821 a frame,
        clc                     ; Cabinet 820 or 821, without the slowed lines it would be 14
        adc #43
        sta tmp
        lda lastcnt+1
        adc #0
        sta tmp+1
        ldy #6
div64   lsr tmp+1
        ror tmp
        dey
        bne div64
        lda tmp
        ldx #0
        jsr show
        lda lastcnt+1
        ldx #16
        jsr show
        lda R10
        ldx #32
        jsr show
        lda ALLPOT
        ldx #48
        jsr show
        ldx #63
ro2     lda rowbuf,x
        sta ROW2,x
        sta ROW2+64,x
        sta ROW2+128,x
        sta ROW2+192,x
        sta ROW2+256,x
        sta ROW2+320,x
        dex
        bpl ro2
        rts

; A shown as eight cells (bit 7 first) at rowbuf+X - a byte of pen 6 for a
; one, pen 2 for a zero, then a byte of pen 0
show    ldy #8
sh_lp   asl
        pha
        lda #$0f
        bcc sh_0
        lda #$ff
sh_0    sta rowbuf,x
        lda #0
        sta rowbuf+1,x
        inx
        inx
        pla
        dey
        bne sh_lp
        rts

; the next event whose frame has come
doevents
        ldy evidx
        lda evtab+1,y
        cmp #$ff
        beq ev_none             ; the end
        lda frame               ; carry set when frame >= the event frame
        cmp evtab,y
        lda frame+1
        sbc evtab+1,y
        bcc ev_none
        lda evtab+2,y
        sta ptr
        lda evtab+3,y
        sta ptr+1
        iny
        iny
        iny
        iny
        sty evidx
        jmp (ptr)
ev_none rts

ev_tone1                        ; pure tones, 64 kHz clock - f = 1.25 MHz / 28 / 2 / (AUDF + 1)
        lda #50
        sta AUDF1
        lda #$a8
        sta AUDC1
        rts
ev_tone2
        lda #0
        sta AUDC1
        lda #70
        sta AUDF2
        lda #$a8
        sta AUDC2
        rts
ev_tone3
        lda #0
        sta AUDC2
        lda #90
        sta AUDF3
        lda #$a8
        sta AUDC3
        rts
ev_tone4
        lda #0
        sta AUDC3
        lda #35
        sta AUDF4
        lda #$a8
        sta AUDC4
        rts
ev_quiet
        lda #0
        sta AUDC4
        rts
ev_colours
        ldx #7
evc     lda colnext,x
        sta COLOUR,x
        dex
        bpl evc
        rts
ev_flip
        lda #$00
        sta outv
        sta OUT
        rts

evtab   .word 100, ev_tone1
        .word 170, ev_tone2
        .word 240, ev_tone3
        .word 310, ev_tone4
        .word 380, ev_quiet
        .word 390, ev_colours
        .word 400, ev_flip
        .word $ffff

irq     pha
        sta IRQACK
        lda IN1
        bpl irq_end             ; VBLANK - the frame's first IRQ
        inc frame
        bne irq_1
        inc frame+1
irq_1   lda #1
        sta flag
irq_end pla
nmi     rti

; colour registers - bit 3 red, 2 green, 1 blue, all active low
colinit .byt $0e,$06,$0a,$0c,$02,$04,$08,$00
colnext .byt $00,$08,$04,$02,$0c,$0a,$06,$0e
col2    .byt $00,$40,$80,$c0

        .dsb $7ffa-*, $ff
        .word nmi, reset, irq
