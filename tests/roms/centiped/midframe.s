; Cabinets Centipede mid-frame test program (6502, xa65 syntax), assembled
; into the four program ROMs of MAMEs `centiped` set (2000-3fff).
;
; The board raises its IRQ four times a frame, at lines 48, 112, 176 and 240
; (the last one in VBLANK). Like Maze Invaders, this program reuses its 16
; sprites in each of the four bands the IRQs cut the frame into - each IRQ
; moves every sprite into the band the beam is about to draw (lines 0-48 for
; the VBLANK IRQ, 49-112, 113-176, 177-239 for the others), with its own
; picture and colour code, and at a position that changes every frame (some
; sprites hang over the next bands first lines and are cut there). Each IRQ
; also writes the bands digit into four playfield cells, one per band, and
; rewrites palette RAM (playfield pen 1, sprite colour 1). So a frame drawn
; in one piece at VBLANK shows all 16 sprites of the last band only, and the
; digit 3 in all four cells; drawn band by band, as MAMEs partial updates on
; the 16V timer do, it shows 64 sprites and the digits 0 1 2 3. Palette RAM
; is not drawn band by band by MAME 0.251 - its pens change at once, so a
; frame shows the colours of the last write before VBLANK (band 3s).

frame   = $00           ; frames counted at the VBLANK IRQ (16 bits)
band    = $02           ; band the current IRQ prepares (0-3)
top     = $03           ; first line of that bands sprite area
xoff    = $04           ; X offset of the band this frame
cidx    = $05           ; colour-code phase
vp      = $06           ; VRAM pointer for printing
sp      = $08           ; string pointer
tmp     = $0a

VRAM    = $0400
SPIC    = $07c0
SY      = $07d0
SX      = $07e0
SCOL    = $07f0
IN0     = $0c00
POKEY   = $1000
AUDCTL  = POKEY+8
SKCTL   = POKEY+15
PAL     = $1400
IRQACK  = $1800
WDOG    = $2000

T_BLANK = $00
T_DIGIT = $10
T_ALPHA = $20

        * = $2000

reset   sei
        cld
        ldx #$ff
        txs
        lda #0
        tax
clr     sta $0000,x
        sta $0100,x
        sta $0200,x
        sta $0300,x
        sta $0400,x
        sta $0500,x
        sta $0600,x
        sta $0700,x
        inx
        bne clr
        sta WDOG
        lda #0
        sta AUDCTL
        ldx #7
pkclr   sta POKEY,x
        dex
        bpl pkclr
        lda #3
        sta SKCTL
        ldx #15
palset  lda palinit,x
        sta PAL,x
        dex
        bpl palset
        jsr draw_screen
        lda #3
        sta band
        cli
main    sta WDOG
        lda frame
wait    cmp frame
        beq wait
        jsr show_frame
        jmp main

; ---- IRQ - prepare the next band ----
irq     pha
        txa
        pha
        tya
        pha
        sta IRQACK
        lda IN0
        and #$40
        beq notvb
        inc frame               ; the VBLANK IRQ - band 0 of the next frame
        bne vb1
        inc frame+1
vb1     lda #0
        beq setb
notvb   lda band
        clc
        adc #1
        and #3
setb    sta band
        jsr set_band
        pla
        tay
        pla
        tax
        pla
nmi     rti

set_band
        ldx band
        lda bandtop,x
        sta top
        ; X offset - frame * (band + 1)
        lda #0
        ldy band
        iny
xm      clc
        adc frame
        dey
        bne xm
        sta xoff
        ; colour phase - band + frame / 8
        lda frame
        lsr
        lsr
        lsr
        clc
        adc band
        sta cidx
        ldx #15
sbl     lda frame               ; top line - bands top + (frame + 5 i) mod 32
        clc
        adc phase,x
        and #31
        clc
        adc top
        sta tmp
        lda #240
        sec
        sbc tmp
        sta SY,x
        lda xbase,x
        clc
        adc xoff
        sta SX,x
        txa
        clc
        adc band
        and #3
        tay
        lda pictab,y
        sta SPIC,x
        txa
        clc
        adc cidx
        and #7
        tay
        lda coltab,y
        sta SCOL,x
        dex
        bpl sbl
        ; the bands digit in one cell of each band
        lda band
        ora #T_DIGIT
        sta VRAM+3*32+29
        sta VRAM+12*32+29
        sta VRAM+20*32+29
        sta VRAM+28*32+29
        ; palette RAM - playfield pen 1 and sprite colour 1
        lda frame
        lsr
        lsr
        lsr
        lsr
        clc
        adc band
        and #7
        tay
        lda palcyc,y
        sta PAL+5
        lda palcyc2,y
        sta PAL+13
        rts

; ---- screen ----
print   ldy #0
prl     lda (sp),y
        beq prdone
        cmp #$41
        bcc prnd
        sec
        sbc #$41-T_ALPHA
        jmp prput
prnd    cmp #$30
        bcc prsp
        sec
        sbc #$30-T_DIGIT
        jmp prput
prsp    lda #T_BLANK
prput   sta (vp),y
        iny
        bne prl
prdone  rts

hex2    pha
        lsr
        lsr
        lsr
        lsr
        ora #T_DIGIT
        ldy #0
        sta (vp),y
        pla
        and #$0f
        ora #T_DIGIT
        iny
        sta (vp),y
        rts

#define SETVP(row,col) lda #<(VRAM+row*32+col): sta vp: lda #>(VRAM+row*32+col): sta vp+1
#define SETSP(s) lda #<s: sta sp: lda #>s: sta sp+1

; a background pattern under the sprites - tile filltab[(row + col) & 7]
draw_screen
        lda #<VRAM
        sta vp
        lda #>VRAM
        sta vp+1
        ldx #0                  ; row
dsr     ldy #0                  ; column
dsc     sty tmp
        txa
        clc
        adc tmp
        and #7
        sty tmp
        tay
        lda filltab,y
        ldy tmp
        sta (vp),y
        iny
        cpy #32
        bne dsc
        lda vp
        clc
        adc #32
        sta vp
        bcc dsn
        inc vp+1
dsn     inx
        cpx #30
        bne dsr
        SETVP(1,2)
        SETSP(str_title)
        jsr print
        rts

show_frame
        SETVP(1,24)
        lda frame+1
        jsr hex2
        SETVP(1,26)
        lda frame
        jsr hex2
        rts

; ---- data ----
palinit .byt $0f,$0f,$0f,$0f    ; 1400-1403 - not connected
        .byt $0f,$0e,$0d,$08    ; playfield - black, red, green, white
        .byt $00,$00,$00,$00    ; 1408-140b - not connected
        .byt $0f,$0b,$0a,$0c    ; sprites - -, blue, magenta, yellow
palcyc  .byt $0e,$06,$0c,$02,$0a,$04,$0b,$03
palcyc2 .byt $0b,$03,$09,$01,$0d,$05,$0e,$06
bandtop .byt 4,52,116,180
phase   .byt 0,5,10,15,20,25,30,35,40,45,50,55,60,65,70,75
xbase   .byt 0,15,30,45,60,75,90,105,120,135,150,165,180,195,210,225
pictab  .byt $00,$02,$01,$03    ; flag, ring, bands, checkerboard
coltab  .byt $39,$1b,$2d,$27,$36,$1e,$09,$2b
filltab .byt $00,$04,$00,$06,$00,$00,$05,$00

str_title .asc "MIDFRAME", 0

        .dsb $3ffa-*, $ff
        .word nmi, reset, irq
