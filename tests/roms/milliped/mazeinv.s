; Cabinets Maze Invaders test program (6502, xa65 syntax), assembled into
; the five program ROMs of MAMEs `mazeinv` set (3000-7fff).
;
; As the game does, it reuses its 16 sprites in each of the four bands the
; board's IRQs (lines 48, 112, 176, 240) cut the frame into: each IRQ moves
; every sprite into the band the beam is about to draw, with its own picture
; and colour code (all four sprite palettes, bits 6-7), and writes the band's
; digit into one playfield cell per band and rewrites palette RAM (playfield
; pen 1, sprite palette 0 colour 1; Maze Invaders' palette RAM indexes the
; colour PROM). Drawn band by band, as MAME's partial updates on the 16V
; timer do, a frame shows 64 sprites and the digits 0 1 2 3. The main loop
; prints the four analog sticks (selected by writes to 2580-2583, read at
; 2020), the DIP banks read through both POKEYs' ALLPOT, and the switch
; ports; the playfield uses all four colour codes and both tile banks.
; Sound - each channel of both POKEYs plays a tone for 30 frames in turn.

frame   = $00           ; frames counted at the VBLANK IRQ (16 bits)
band    = $02
top     = $03
xoff    = $04
cidx    = $05
vp      = $06
sp      = $08
tmp     = $0a
step    = $0b           ; sound step 0-7
stepc   = $0c           ; frames left in the step

VRAM    = $1000
SPIC    = $13c0
SY      = $13d0
SX      = $13e0
SCOL    = $13f0
POKEY   = $0400
POKEY2  = $0800
IN0     = $2000
IN1     = $2001
IN2     = $2010
IN3     = $2011
STICK   = $2020
PAL     = $2480
LATCH   = $2500
STSEL   = $2580
IRQACK  = $2600
WDOG    = $2680

T_BLANK = $00
T_DIGIT = $10
T_ALPHA = $20

        * = $3000

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
        sta $1000,x
        sta $1100,x
        sta $1200,x
        sta $1300,x
        inx
        bne clr
        sta WDOG
        ldx #7
pkclr   sta POKEY,x
        sta POKEY2,x
        dex
        bpl pkclr
        sta POKEY+8
        sta POKEY2+8
        lda #3
        sta POKEY+15
        sta POKEY2+15
        lda #30
        sta stepc
        lda #$ff
        sta step
        ldx #31
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
        jsr sound
        jsr show_frame
        jmp main

; ---- sound - each channel of both POKEYs in turn, 30 frames each ----
sound   dec stepc
        bne sndx
        lda #30
        sta stepc
        ldx step
        bmi snd1
        txa                     ; silence the previous channel
        and #3
        asl
        tay
        lda #0
        cpx #4
        bcs sil2
        sta POKEY+1,y
        jmp snd1
sil2    sta POKEY2+1,y
snd1    inx
        txa
        and #7
        sta step
        tax
        and #3
        asl
        tay
        lda chfreq,x
        cpx #4
        bcs snd2
        sta POKEY,y
        lda #$a6
        sta POKEY+1,y
        rts
snd2    sta POKEY2,y
        lda #$a6
        sta POKEY2+1,y
sndx    rts

; ---- IRQ - prepare the next band ----
irq     pha
        txa
        pha
        tya
        pha
        sta IRQACK
        lda IN0
        bpl notvb
        inc frame
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
        lda #0
        ldy band
        iny
xm      clc
        adc frame
        dey
        bne xm
        sta xoff
        lda frame
        lsr
        lsr
        lsr
        clc
        adc band
        sta cidx
        ldx #15
sbl     lda frame
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
        lda band
        ora #T_DIGIT
        sta VRAM+3*32+29
        sta VRAM+12*32+29
        sta VRAM+20*32+29
        sta VRAM+28*32+29
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
        sta PAL+1
        lda palcyc2,y
        sta PAL+$11
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

draw_screen
        lda #<VRAM
        sta vp
        lda #>VRAM
        sta vp+1
        ldx #0
dsr     ldy #0
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

; one stick - select it at 2580 plus X, read 2020
stick   sta STSEL,x
        lda STICK
        rts

show_frame
        SETVP(1,24)
        lda frame+1
        jsr hex2
        SETVP(1,26)
        lda frame
        jsr hex2
        ldx #0
        jsr stick
        pha
        SETVP(5,2)
        pla
        jsr hex2
        ldx #1
        jsr stick
        pha
        SETVP(5,5)
        pla
        jsr hex2
        ldx #2
        jsr stick
        pha
        SETVP(5,8)
        pla
        jsr hex2
        ldx #3
        jsr stick
        pha
        SETVP(5,11)
        pla
        jsr hex2
        SETVP(7,2)
        lda POKEY+8
        jsr hex2
        SETVP(7,5)
        lda POKEY2+8
        jsr hex2
        SETVP(9,2)
        lda IN0
        and #$7f
        jsr hex2
        SETVP(9,5)
        lda IN1
        jsr hex2
        SETVP(9,8)
        lda IN2
        jsr hex2
        SETVP(9,11)
        lda IN3
        jsr hex2
        rts

; ---- data ----
chfreq  .byt $20,$28,$30,$38,$24,$2c,$34,$3c    ; AUDF per sound step
; palette RAM values - the colour PROM entry is the inverted low nibble
palinit .byt $0f,$0e,$0d,$0b    ; code 0 - black, red, green, white
        .byt $0f,$0c,$09,$08    ; code 1 - black, blue, cyan, dark red
        .byt $0f,$0a,$06,$04    ; code 2
        .byt $0f,$07,$05,$02    ; code 3
        .byt $0f,$0c,$0a,$0a    ; sprite palette 0
        .byt $0f,$0e,$0d,$0b    ; sprite palette 1
        .byt $0f,$09,$08,$07    ; sprite palette 2
        .byt $0f,$06,$03,$01    ; sprite palette 3
palcyc  .byt $0e,$06,$0c,$02,$0a,$04,$0b,$03
palcyc2 .byt $0b,$03,$09,$01,$0d,$05,$0e,$06
bandtop .byt 4,52,116,180
phase   .byt 0,5,10,15,20,25,30,35,40,45,50,55,60,65,70,75
xbase   .byt 0,15,30,45,60,75,90,105,120,135,150,165,180,195,210,225
pictab  .byt $00,$02,$01,$03
coltab  .byt $39,$5b,$ad,$e7,$36,$5e,$89,$eb    ; bits 6-7 - the sprite palette
filltab .byt $00,$44,$84,$c6,$04,$c5,$45,$86

str_title .asc "MAZEINV", 0

        .dsb $7ffa-*, $ff
        .word nmi, reset, irq
