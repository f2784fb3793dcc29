; Cabinets Warlords test program (6502, xa65 syntax), assembled into the six
; program ROMs of MAMEs `warlords` set (5000-7fff).
;
; At each VBLANK IRQ it reads the four paddles from POKEY POT0-3 and ALLPOT
; (the scan the previous IRQ started), then starts the next scan (POTGO).
; The main loop prints them, the switch ports and the DIP banks, and moves
; 16 sprites through the four quadrants (the board colours tiles and
; sprites by quadrant, and by cabinet type). Tiles show every flip and pen.
; Sound - each of the POKEY's four channels plays a tone for 30 frames in turn.

frame   = $00
vp      = $02
sp      = $04
tmp     = $06
pots    = $08           ; POT0-3, ALLPOT as read at the last VBLANK
step    = $0d           ; sound step 0-3 (the channel playing)
stepc   = $0e           ; frames left in the step

VRAM    = $0400
SPIC    = $07c0
SY      = $07d0
SX      = $07e0
DSW1    = $0800
DSW2    = $0801
IN0     = $0c00
IN1     = $0c01
POKEY   = $1000
ALLPOT  = POKEY+8
POTGO   = POKEY+11
SKCTL   = POKEY+15
IRQACK  = $1800
WDOG    = $4000

T_DIGIT = $10
T_ALPHA = $20

        * = $5000

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
        ldx #8
pkclr   sta POKEY,x
        dex
        bpl pkclr
        lda #3
        sta SKCTL
        lda #30
        sta stepc
        lda #$ff
        sta step
        sta POTGO
        jsr draw_screen
        cli
main    sta WDOG
        lda frame
wait    cmp frame
        beq wait
        jsr sound
        jsr show
        jsr move
        jmp main

; ---- sound - the next channel every 30 frames ----
sound   dec stepc
        bne sndx
        lda #30
        sta stepc
        ldx step
        bmi snd1
        txa                     ; silence the previous channel
        asl
        tay
        lda #0
        sta POKEY+1,y
snd1    inx
        txa
        and #3
        sta step
        tax
        asl
        tay
        lda chfreq,x
        sta POKEY,y
        lda #$a6
        sta POKEY+1,y
sndx    rts

chfreq  .byt $50,$60,$70,$80    ; AUDF per channel

irq     pha
        txa
        pha
        sta IRQACK
        lda IN0
        and #$40
        beq irqx
        inc frame
        ldx #3
rdpot   lda POKEY,x
        sta pots,x
        dex
        bpl rdpot
        lda ALLPOT
        sta pots+4
        sta POTGO
irqx    pla
        tax
        pla
nmi     rti

; sprite i - X = 16 i + frame, Y = 15 i + 2 frame, picture i & 3, flips from i
move    ldx #15
mvl     txa
        asl
        asl
        asl
        asl
        clc
        adc frame
        sta SX,x
        txa
        asl
        asl
        asl
        asl
        sec
        stx tmp
        sbc tmp
        clc
        adc frame
        adc frame
        sta SY,x
        txa
        and #3
        sta tmp
        txa
        asl
        asl
        asl
        asl
        and #$c0
        ora tmp
        sta SPIC,x
        dex
        bpl mvl
        rts

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

; background - tile filltab[(row + col) & 7], with flips
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
        SETVP(16,18)
        SETSP(str_title)
        jsr print
        rts

show    SETVP(1,26)
        lda frame
        jsr hex2
        SETVP(3,2)
        lda pots
        jsr hex2
        SETVP(3,5)
        lda pots+1
        jsr hex2
        SETVP(3,8)
        lda pots+2
        jsr hex2
        SETVP(3,11)
        lda pots+3
        jsr hex2
        SETVP(3,14)
        lda pots+4
        jsr hex2
        SETVP(5,2)
        lda IN0
        and #$bf
        jsr hex2
        SETVP(5,5)
        lda IN1
        jsr hex2
        SETVP(5,8)
        lda DSW1
        jsr hex2
        SETVP(5,11)
        lda DSW2
        jsr hex2
        rts

filltab .byt $00,$04,$45,$85,$c5,$01,$02,$03
str_title .asc "WARLORDS", 0

        .dsb $7ffa-*, $ff
        .word nmi, reset, irq
