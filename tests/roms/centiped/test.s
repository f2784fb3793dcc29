; Cabinet's Centipede test program (6502, xa65 syntax), assembled into the
; four program ROMs of MAME's `centiped` set (2000-3fff).
;
; At reset - clears RAM, sets the palette, draws the test screen (text, solid
; and patterned tiles, tile flips, the hex digits), places sprites, and runs
; an EAROM cycle (reads cell 0, erases it, writes 5A, reads it back). Then
; every VBLANK IRQ (the one of the four per frame that sees VBLANK in IN0)
; counts a frame; the main loop, woken by the count, prints IN0-IN3, the DIP
; switches and the frame count, kicks the watchdog and runs the timed events
; of `events` (palette change, sprite moves, screen flip, POKEY sounds).
; All screen changes happen in VBLANK, so MAME's partial updates and
; Cabinet's whole-frame drawing give the same pictures.

frame   = $00           ; frames counted by the IRQ (16 bits)
evidx   = $02           ; next entry of the event table
ptr     = $03           ; jump vector for events
vp      = $05           ; VRAM pointer for printing
sp      = $07           ; string pointer
tmp     = $09
earom0  = $0a           ; EAROM cell 0 before and after the write
earom1  = $0b

VRAM    = $0400
SPIC    = $07c0
SY      = $07d0
SX      = $07e0
SCOL    = $07f0
DSW1    = $0800
DSW2    = $0801
IN0     = $0c00
IN1     = $0c01
IN2     = $0c02
IN3     = $0c03
POKEY   = $1000
AUDF1   = POKEY+0
AUDC1   = POKEY+1
AUDF2   = POKEY+2
AUDC2   = POKEY+3
AUDF3   = POKEY+4
AUDC3   = POKEY+5
AUDF4   = POKEY+6
AUDC4   = POKEY+7
AUDCTL  = POKEY+8
SKCTL   = POKEY+15
PAL     = $1400
EAW     = $1600
EACTL   = $1680
EAR     = $1700
IRQACK  = $1800
LATCH   = $1c00
WDOG    = $2000

; playfield codes (graphics tile = code + 0x40)
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
        ; POKEY out of initialisation, all channels silent
        lda #0
        sta AUDCTL
        ldx #7
pkclr   sta POKEY,x
        dex
        bpl pkclr
        lda #3
        sta SKCTL
        ; palette (bits inverted; bit 3 clear = alternate intensity)
        ldx #15
palset  lda palinit,x
        sta PAL,x
        dex
        bpl palset
        jsr earom_test
        jsr draw_screen
        jsr place_sprites
        cli
main    sta WDOG
        lda frame
wait    cmp frame
        beq wait
        jsr show_inputs
        jsr check_events
        jmp main

irq     pha
        sta IRQACK
        lda IN0
        and #$40
        beq irqend
        inc frame
        bne irqend
        inc frame+1
irqend  pla
nmi     rti

; ---- EAROM - read cell 0, erase, write $5a, read back ----
earom_read                      ; A = address; returns the data in A
        tax
        sta EAW,x               ; latch the address
        lda #$08                ; CS1, C1 (read)
        sta EACTL
        lda #$09                ; clock high
        sta EACTL
        lda #$08                ; falling edge - data latched
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
        sta EAW                 ; address 0, data $5a
        lda #$0e                ; CS1, C2 - erase
        sta EACTL
        lda #$0a                ; CS1, write
        sta EACTL
        lda #$00
        sta EACTL
        lda #0
        jsr earom_read
        sta earom1
        rts

; ---- screen ----
; print the zero-terminated ASCII string at (sp) to (vp)
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

; A = byte, printed as two hex digits at (vp)
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
        SETVP(1,2)
        SETSP(str_title)
        jsr print
        ; solid and patterned tiles, and the arrow with its four flips
        ldx #0
dtl     lda tilerow,x
        sta VRAM+3*32+2,x
        inx
        cpx #12
        bne dtl
        ; the hex digits
        ldx #0
dhx     txa
        ora #T_DIGIT
        sta VRAM+5*32+2,x
        inx
        cpx #16
        bne dhx
        ; the alphabet
        ldx #0
dal     txa
        clc
        adc #T_ALPHA
        sta VRAM+7*32+2,x
        inx
        cpx #26
        bne dal
        ; a block of checkered tiles under the sprites, and a frame
        ldx #0
dbk     lda #$04
        sta VRAM+20*32+2,x
        sta VRAM+21*32+2,x
        lda #$03
        sta VRAM+29*32,x
        sta VRAM+0*32,x
        inx
        cpx #28
        bne dbk
        ldx #31
        lda #$03
        sta VRAM+29*32,x
        sta VRAM+0*32,x
        dex
        sta VRAM+29*32,x
        sta VRAM+0*32,x
        dex
        sta VRAM+29*32,x
        sta VRAM+0*32,x
        dex
        sta VRAM+29*32,x
        sta VRAM+0*32,x
        ; labels
        SETVP(10,2)
        SETSP(str_in)
        jsr print
        SETVP(12,2)
        SETSP(str_dsw)
        jsr print
        SETVP(14,2)
        SETSP(str_earom)
        jsr print
        SETVP(14,9)
        lda earom0
        jsr hex2
        SETVP(14,12)
        lda earom1
        jsr hex2
        SETVP(16,2)
        SETSP(str_frame)
        jsr print
        rts

show_inputs
        SETVP(10,6)
        lda IN0
        jsr hex2
        SETVP(10,9)
        lda IN1
        jsr hex2
        SETVP(10,12)
        lda IN2
        jsr hex2
        SETVP(10,15)
        lda IN3
        jsr hex2
        SETVP(12,6)
        lda DSW1
        jsr hex2
        SETVP(12,9)
        lda DSW2
        jsr hex2
        SETVP(16,8)
        lda frame+1
        jsr hex2
        SETVP(16,10)
        lda frame
        jsr hex2
        rts

place_sprites
        ldx #15
psl     lda spr_pic,x
        sta SPIC,x
        lda spr_y,x
        sta SY,x
        lda spr_x,x
        sta SX,x
        lda spr_col,x
        sta SCOL,x
        dex
        bpl psl
        rts

; ---- timed events ----
check_events
        ldx evidx
        lda events,x
        cmp frame
        bne cedone
        lda events+1,x
        cmp frame+1
        bne cedone
        lda events+2,x
        sta ptr
        lda events+3,x
        sta ptr+1
        txa
        clc
        adc #4
        sta evidx
        jsr callptr
        jmp check_events
cedone  rts
callptr jmp (ptr)

ev_palette                      ; new playfield and sprite colours
        ldx #15
evp     lda palnext,x
        sta PAL,x
        dex
        bpl evp
        rts

ev_move                         ; every sprite 8 right, 4 up
        ldx #15
evm     lda SX,x
        clc
        adc #8
        sta SX,x
        lda SY,x
        clc
        adc #4
        sta SY,x
        dex
        bpl evm
        rts

ev_flip lda #$80
        sta LATCH+7
        rts

ev_unflip
        lda #$00
        sta LATCH+7
        rts

ev_tone1                        ; ch1, 64 kHz clock, pure - 1512000/28/(2*65)
        lda #$00
        sta AUDCTL
        lda #$40
        sta AUDF1
        lda #$a8
        sta AUDC1
        rts

ev_tone2                        ; ch2 alone, 15 kHz clock - 1512000/114/(2*9)
        lda #$00
        sta AUDC1
        lda #$01
        sta AUDCTL
        lda #$08
        sta AUDF2
        lda #$a8
        sta AUDC2
        rts

ev_tone3                        ; ch1 at 1.512 MHz - 1512000/(2*(255+4))
        lda #$00
        sta AUDC2
        lda #$40
        sta AUDCTL
        lda #$ff
        sta AUDF1
        lda #$a6
        sta AUDC1
        rts

ev_tone4                        ; ch3+4 linked at 1.512 MHz - 1512000/(2*(0x0800+7))
        lda #$00
        sta AUDC1
        lda #$28
        sta AUDCTL
        lda #$00
        sta AUDF3
        lda #$08
        sta AUDF4
        lda #$00
        sta AUDC3
        lda #$aa
        sta AUDC4
        rts

ev_noise                        ; ch1, 64 kHz, 17-bit poly through the 5-bit poly
        lda #$00
        sta AUDC4
        sta AUDCTL
        lda #$10
        sta AUDF1
        lda #$08
        sta AUDC1
        rts

ev_poly4                        ; ch2, 64 kHz, 4-bit poly - a buzz of period 15 pulses
        lda #$00
        sta AUDC1
        lda #$02
        sta AUDF2
        lda #$c8
        sta AUDC2
        rts

ev_filter                       ; ch1 pure, high-passed by ch3 (AUDCTL bit 2)
        lda #$00
        sta AUDC2
        lda #$04
        sta AUDCTL
        lda #$40
        sta AUDF1
        lda #$3f
        sta AUDF3
        lda #$a8
        sta AUDC1
        lda #$00
        sta AUDC3
        rts

ev_volonly                      ; volume-only - a DC level
        lda #$00
        sta AUDC1
        sta AUDCTL
        lda #$18
        sta AUDC1
        rts

ev_silence
        lda #$00
        sta AUDC1
        sta AUDC2
        sta AUDC3
        sta AUDC4
        rts

events  .word 40, ev_palette
        .word 60, ev_tone1
        .word 70, ev_move
        .word 100, ev_flip
        .word 120, ev_tone2
        .word 125, ev_unflip
        .word 180, ev_tone3
        .word 240, ev_tone4
        .word 300, ev_noise
        .word 330, ev_poly4
        .word 360, ev_filter
        .word 420, ev_volonly
        .word 440, ev_silence
        .word $ffff, 0

; ---- data ----
palinit .byt $0f,$0f,$0f,$0f    ; 1400-1403 - not connected
        .byt $0f,$0e,$0d,$08    ; playfield - black, red, green, white
        .byt $00,$00,$00,$00    ; 1408-140b - not connected
        .byt $0f,$0b,$0a,$0c    ; sprites - -, blue, magenta, yellow
palnext .byt $0f,$0f,$0f,$0f
        .byt $07,$03,$05,$00    ; blue-grey pen 0 (alternate - c0), yellow, green c0, white with blue c0
        .byt $00,$00,$00,$00
        .byt $0f,$06,$01,$09    ; sprites - cyan, white(alt), red

tilerow .byt $01,$02,$03,$04,$00,$05,$45,$85,$c5,$00,$06,$46

spr_pic .byt $00,$40,$80,$c0, $02,$03,$01,$00, $00,$02,$00,$00, $00,$00,$00,$00
spr_y   .byt 120,120,120,120, 96,96,96,96, 60,60,10,248, 0,0,0,0
spr_x   .byt 16,32,48,64, 16,32,48,64, 244,2,100,120, 0,0,0,0
spr_col .byt $39,$39,$39,$39, $1b,$2d,$31,$09, $39,$39,$39,$39, $39,$39,$39,$39

str_title .asc "CENTIPEDE TEST 1", 0
str_in    .asc "IN", 0
str_dsw   .asc "SW", 0
str_earom .asc "EAROM", 0
str_frame .asc "FRAME", 0

        .dsb $3ffa-*, $ff
        .word nmi, reset, irq
