; Cabinets Millipede test program (6502, xa65 syntax), assembled into the
; four program ROMs of MAMEs `milliped` set (4000-7fff).
;
; - Sound - every channel of both POKEYs in turn, half a second each, from
;   frame 30 - POKEY 1 channels 1-4, then POKEY 2 channels 1-4, pure tones
;   of different pitches, then again.
; - EAROM - cell 0 read, erased, written with 5A and read back at start.
; - Inputs - each frame IN0 and IN1 with the trackball enabled (TBEN, latch
;   bit 5 - counts and direction) and disabled (DIP switches P8), IN2 with
;   CNTRLSEL (latch bit 7) clear and set (player 2's joystick, remapped),
;   IN3, and both POKEYs' ALLPOT (DIP banks D5 and B5), printed in hex.
; - Palette RAM - 32 entries (3-3-2, inverted), one playfield and one
;   sprite entry rewritten every frame; tiles in all four colour codes and
;   both banks; 16 sprites in the four sprite palettes.

frame   = $00
vp      = $02
sp      = $04
tmp     = $06
step    = $07           ; sound step 0-7
stepc   = $08           ; frames left in the step
earom0  = $09
earom1  = $0a
vals    = $10           ; the input readings, printed by show

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
EAR     = $2030
PAL     = $2480
LATCH   = $2500
IRQACK  = $2600
WDOG    = $2680
EACTL   = $2700
EAW     = $2780

T_DIGIT = $10
T_ALPHA = $20

        * = $4000

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
        ldx #8
pkclr   sta POKEY,x
        sta POKEY2,x
        dex
        bpl pkclr
        lda #3
        sta POKEY+15
        sta POKEY2+15
        ldx #31
palset  lda palinit,x
        sta PAL,x
        dex
        bpl palset
        lda #30
        sta stepc
        lda #$ff
        sta step
        jsr earom_test
        jsr draw_screen
        cli
main    sta WDOG
        lda frame
wait    cmp frame
        beq wait
        jsr sound
        jsr inputs
        jsr show
        jsr move
        jmp main

irq     pha
        sta IRQACK
        lda IN0
        and #$40
        beq irqx
        inc frame
irqx    pla
nmi     rti

; ---- sound - the next channel every 30 frames ----
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
        lda #$a8
        sta POKEY+1,y
        rts
snd2    sta POKEY2,y
        lda #$a8
        sta POKEY2+1,y
sndx    rts

; ---- EAROM - read cell 0, erase, write $5a, read back ----
earom_read                      ; A = address; returns the data in A
        tax
        sta EAW,x
        lda #$08
        sta EACTL
        lda #$09
        sta EACTL
        lda #$08
        sta EACTL
        lda #$00
        sta EACTL
        lda EAR
        rts

earom_test
        lda #0
        jsr earom_read
        sta earom0
        lda #$5a
        sta EAW
        lda #$0e
        sta EACTL
        lda #$0a
        sta EACTL
        lda #$00
        sta EACTL
        lda #0
        jsr earom_read
        sta earom1
        rts

; ---- inputs ----
inputs  lda #$80
        sta LATCH+5             ; TBEN - the trackball
        lda IN0
        and #$bf
        sta vals
        lda IN1
        sta vals+1
        lda #$00
        sta LATCH+5             ; trackball off - the switches
        lda IN0
        and #$bf
        sta vals+2
        lda IN1
        sta vals+3
        lda IN2
        sta vals+4
        lda #$80
        sta LATCH+7             ; CNTRLSEL - player 2 controls
        lda IN2
        sta vals+5
        lda #$00
        sta LATCH+7
        lda IN3
        sta vals+6
        lda POKEY+8
        sta vals+7
        lda POKEY2+8
        sta vals+8
        ; palette RAM - one playfield and one sprite entry follow the frame
        lda frame
        sta PAL+6
        eor #$ff
        sta PAL+$15
        rts

; sprite i - X = 15 i + frame, Y = 14 i + frame / 2, picture i & 3, colour coltab[i & 7]
move    ldx #15
mvl     txa
        asl
        asl
        asl
        asl
        stx tmp
        sec
        sbc tmp
        clc
        adc frame
        sta SX,x
        txa
        asl
        asl
        asl
        asl
        sec
        sbc tmp
        sbc tmp
        sta tmp
        lda frame
        lsr
        clc
        adc tmp
        and #$7f
        clc
        adc #60
        sta SY,x
        txa
        and #3
        tay
        lda pictab,y
        sta SPIC,x
        txa
        and #7
        tay
        lda coltab,y
        sta SCOL,x
        dex
        bpl mvl
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
prsp    lda #0
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
        lda #<(VRAM+12*32)
        sta vp
        lda #>(VRAM+12*32)
        sta vp+1
        ldx #12
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
        SETVP(3,2)
        SETSP(str_earom)
        jsr print
        SETVP(3,8)
        lda earom0
        jsr hex2
        SETVP(3,11)
        lda earom1
        jsr hex2
        rts

show    SETVP(1,26)
        lda frame
        jsr hex2
        ldx #0
shl     stx tmp
        lda showrow,x
        asl
        asl
        asl
        asl
        asl
        sta vp
        lda showrow,x
        lsr
        lsr
        lsr
        clc
        adc #>VRAM
        sta vp+1
        lda vp
        clc
        adc showcol,x
        sta vp
        lda vals,x
        jsr hex2
        ldx tmp
        inx
        cpx #9
        bne shl
        rts

; ---- data ----
chfreq  .byt $10,$14,$18,$1c,$12,$16,$1a,$1e
showrow .byt 5,5,7,7,9,9,9,11,11
showcol .byt 2,5,2,5,2,5,8,2,5
palinit .byt $ff,$1f,$e3,$00    ; code 0 - black, red, green, white
        .byt $ff,$fc,$03,$e0
        .byt $ff,$1c,$f8,$07
        .byt $ff,$9b,$64,$49
        .byt $ff,$1f,$e3,$fc    ; sprite palette 0
        .byt $ff,$00,$1c,$e0
        .byt $ff,$03,$f8,$92
        .byt $ff,$6d,$b6,$24
pictab  .byt $00,$02,$01,$03
coltab  .byt $39,$5b,$ad,$e7,$36,$5e,$89,$eb
filltab .byt $00,$44,$84,$c6,$04,$c5,$45,$86

str_title .asc "MILLIPED", 0
str_earom .asc "EAROM", 0

        .dsb $7ffa-*, $ff
        .word nmi, reset, irq
