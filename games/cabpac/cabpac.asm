; cabpac.asm - VIPER, Cabinet's bundled homebrew game for the Namco Pac-Man
; board (set `cabpac`). Steer the viper around the pit, eat the fruit, grow,
; don't bite walls or yourself. Ten fruits clear a level; beetles crawl in
; now and then for a bonus.
;
; Assembles with Debian's z80asm or pasmo. Graphics/PROMs come from gfx.c.
;
; Screen: the monitor stands upright (ROT90), 28 columns x 36 rows as the
; player sees it. Column X = 0..27 (left to right), row Y = 0..35 (top to
; bottom). Rows 2-33 are the main tile area at
;     VRAM + 40h + (27-X)*32 + (Y-2)      (so Y+1 = +1, X+1 = -32)
; rows 0/1 (top) at 3DDh/3FDh - X and rows 34/35 (bottom) at 01Dh/03Dh - X.
; Joystick bits (IN0, active low): 01 up, 02 left, 04 right, 08 down,
; 20 coin 1, 40 coin 2; IN1: 20 start 1. DSW1: bits 0-1 coinage,
; bits 2-3 lives, bits 4-5 bonus life.

VRAM:    equ 0x4000
CRAM:    equ 0x4400
RAM:     equ 0x4c00
SPRATTR: equ 0x4ff0          ; sprite i: 4FF0h+2i = code<<2 | flip, +1 = colour
IN0:     equ 0x5000
IRQEN:   equ 0x5000
SNDEN:   equ 0x5001
IN1:     equ 0x5040
SOUND:   equ 0x5040
SPRPOS:  equ 0x5060          ; sprite i: 5060h+2i = 239 - left x, +1 = 272 - top y
DSW1:    equ 0x5080
WDOG:    equ 0x50c0

; tile codes (gfx.c)
T_SPACE: equ 0x20
T_WALL:  equ 0x80
T_FLOOR: equ 0x81
T_BLOCK: equ 0x82
T_HEAD:  equ 0x90            ; + dir
T_BODYV: equ 0x94
T_BODYH: equ 0x95
T_TAIL:  equ 0x9a            ; + dir of the next segment
T_APPLE: equ 0xa0
T_GOLD:  equ 0xa1
T_LIFE:  equ 0xa8

; colours (gfx.c)
COL_WHITE: equ 1
COL_YELLOW: equ 2
COL_RED:   equ 3
COL_CYAN:  equ 4
COL_GREEN: equ 5
COL_PINK:  equ 6
COL_ORANGE: equ 7
COL_WALL:  equ 8               ; 8-11 by level
COL_SNAKE: equ 12
COL_HURT:  equ 13
COL_APPLE: equ 14
COL_GOLD:  equ 15
COL_BEETLE: equ 16
COL_SPARK: equ 17
COL_FLOOR: equ 18
COL_LOGO:  equ 19              ; 19-22
COL_GREY:  equ 23

; directions
DIR_UP:    equ 0
DIR_DOWN:  equ 1
DIR_LEFT:  equ 2
DIR_RIGHT: equ 3

; game states
ST_TITLEINIT: equ 0
ST_TITLE:    equ 1
ST_GAMEINIT: equ 2
ST_LEVELINIT: equ 3
ST_READY:    equ 4
ST_PLAY:     equ 5
ST_DYING:    equ 6
ST_CLEAR:    equ 7
ST_OVER:     equ 8

FRUITS_PER_LEVEL: equ 10

; variables
frame:   equ 0x4c00          ; 2
vflag:   equ 0x4c02
state:   equ 0x4c03
credits: equ 0x4c04
coinhalf: equ 0x4c05
previn0: equ 0x4c06
previn1: equ 0x4c07
score:   equ 0x4c08          ; 3 BCD bytes, low first
hiscore: equ 0x4c0b          ; 3
lives:   equ 0x4c0e
level:   equ 0x4c0f          ; binary, 1..
levbcd:  equ 0x4c10
timer:   equ 0x4c11          ; 2
rng:     equ 0x4c13          ; 2
dir:     equ 0x4c15
q0:      equ 0x4c16          ; queued turns, FFh = none
q1:      equ 0x4c17
movecnt: equ 0x4c18
speed:   equ 0x4c19
grow:    equ 0x4c1a
hidx:    equ 0x4c1b
tidx:    equ 0x4c1c
fleft:   equ 0x4c1d
fcount:  equ 0x4c1e
bonusgot: equ 0x4c1f
pcol:    equ 0x4c20
joy:     equ 0x4c21          ; active high, this frame
joynew:  equ 0x4c22          ; newly pressed
startnew: equ 0x4c23
freeplay: equ 0x4c24
tanim:   equ 0x4c25
fresh:   equ 0x4c26          ; 1 = new game (long jingle)
tmp0:    equ 0x4c27
tmp1:    equ 0x4c28
tmp2:    equ 0x4c29
growby:  equ 0x4c2a
btl_on:    equ 0x4c30
btl_x:     equ 0x4c31
btl_y:     equ 0x4c32
btl_tx:    equ 0x4c33
btl_ty:    equ 0x4c34
btl_cell:  equ 0x4c35          ; 2
btl_prev:  equ 0x4c37          ; 2
btl_time:  equ 0x4c39          ; 2
btl_dir:   equ 0x4c3b
s_time:  equ 0x4c3d
s_x:     equ 0x4c3e
s_y:     equ 0x4c3f
snd:     equ 0x4c40          ; 3 channels x 16 bytes
body:    equ 0x4d00          ; 256 x 2: VRAM addresses of the segments

; sprites used
SPR_SPARK: equ 3
SPR_BEETLE: equ 4

        org 0
        di
        jp reset

        ds 0x38 - $, 0xff
        jp reset             ; RST 38h / IM 1: never used, restart

        ds 0x66 - $, 0xff
        retn

reset:
        ld sp, 0x4ff0
        xor a
        ld (IRQEN), a
        ld (WDOG), a
        ld hl, 0x5000        ; latches 5000h-5007h to 0
        ld b, 8
rs_latch:
        ld (hl), a
        inc hl
        djnz rs_latch
        ld hl, SOUND         ; sound registers and sprite positions
        ld b, 0x30
rs_snd:
        ld (hl), a
        inc hl
        djnz rs_snd
        ld hl, RAM           ; RAM and sprite attributes (no call: the
        ld de, RAM + 1       ; stack is in there)
        ld bc, 0x3ff
        ld (hl), a
        ldir
        ld (WDOG), a
        call cls
        ld (WDOG), a
        ld a, 1
        ld (SNDEN), a
        ld hl, 0x1234
        ld (rng), hl
        ld a, 0xff
        ld (previn0), a      ; (active high) ignore whatever is held at power-on
        ld (previn1), a
        ld a, ST_TITLEINIT
        ld (state), a
        im 2
        ld a, vectab >> 8
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
        ld (WDOG), a
        call snd_update
        call read_inputs
        call run_state
        jr main_loop

; VBLANK interrupt; the line stays asserted until 0 is written to 5000h
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
        ld (IRQEN), a
        pop hl
        pop af
        ei
        reti

; ---------------------------------------------------------------- helpers

; fill BC (>= 2) bytes at HL with A
fill:
        ld (hl), a
        ld d, h
        ld e, l
        inc de
        dec bc
        ldir
        ret

; blank screen (tiles 20h colour 0), sprites off
cls:
        ld hl, VRAM
        ld bc, 0x400
        ld a, T_SPACE
        call fill
        ld hl, CRAM
        ld bc, 0x400
        xor a
        call fill
sprites_off:
        ld hl, SPRPOS
        ld b, 16
        xor a
so_loop:
        ld (hl), a
        inc hl
        djnz so_loop
        ret

; HL = VRAM address of main-area cell B = X, C = Y (2..33); keeps BC, DE
cell_addr:
        push de
        ld a, 27
        sub b
        ld l, a
        ld h, 0
        add hl, hl
        add hl, hl
        add hl, hl
        add hl, hl
        add hl, hl
        ld a, c
        add a, 0x3e
        ld e, a
        ld d, 0x40
        add hl, de
        pop de
        ret

; HL = VRAM address of any cell B = X, C = Y; BC = step to X+1
text_addr:
        ld a, c
        cp 2
        jr c, ta_top
        cp 34
        jr nc, ta_bottom
        call cell_addr
        ld bc, -32
        ret
ta_top:
        ld hl, VRAM + 0x3dd
        or a
        jr z, ta_strip
        ld hl, VRAM + 0x3fd
        jr ta_strip
ta_bottom:
        ld hl, VRAM + 0x01d
        cp 34
        jr z, ta_strip
        ld hl, VRAM + 0x03d
ta_strip:
        ld a, l
        sub b
        ld l, a
        ld bc, -1
        ret

; print a string record at DE: X, Y, colour, text..., 0. DE ends after the 0.
print:
        ld a, (de)
        ld b, a
        inc de
        ld a, (de)
        ld c, a
        inc de
        ld a, (de)
        ld (pcol), a
        inc de
print_xy:                    ; B = X, C = Y, colour in pcol, DE = text
        call text_addr
pr_loop:
        ld a, (de)
        inc de
        or a
        ret z
        ld (hl), a
        set 2, h
        ld a, (pcol)
        ld (hl), a
        res 2, h
        add hl, bc
        jr pr_loop

; print several records at DE, terminated by a record starting with FFh
print_list:
        ld a, (de)
        cp 0xff
        ret z
        call print
        jr print_list

; put tile A with colour E at VRAM address HL
put:
        ld (hl), a
        set 2, h
        ld (hl), e
        res 2, h
        ret

; 3-byte BCD number at IX (low byte first) as 6 digits at B = X, C = Y,
; leading zeros blank (the last digit always shows), colour in pcol
print_bcd6:
        call text_addr
        ld d, 0              ; D = 1 once a non-zero digit was printed
        ld e, 6              ; digits left
        ld a, (ix+2)
        call pb_byte
        ld a, (ix+1)
        call pb_byte
        ld a, (ix+0)
pb_byte:
        push af
        rrca
        rrca
        rrca
        rrca
        call pb_digit
        pop af
pb_digit:
        and 0x0f
        jr nz, pb_nz
        ld a, d
        or a
        jr nz, pb_zero
        ld a, e
        cp 1
        jr z, pb_zero
        ld a, T_SPACE
        jr pb_put
pb_zero:
        ld a, 0x30
        jr pb_put
pb_nz:
        add a, 0x30
        ld d, 1
pb_put:
        ld (hl), a
        set 2, h
        ld a, (pcol)
        ld (hl), a
        res 2, h
        add hl, bc
        dec e
        ret

; xorshift random number -> A (and HL)
random:
        ld hl, (rng)
        ld a, h
        rra
        ld a, l
        rra
        xor h
        ld h, a
        ld a, l
        rra
        ld a, h
        rra
        xor l
        ld l, a
        xor h
        ld h, a
        ld a, h
        or l
        jr nz, rnd_ok
        inc hl               ; never let the state reach 0
rnd_ok:
        ld (rng), hl
        ld a, l
        ret

; BCD add DE (D = hundreds/thousands byte, E = tens/units byte) to the score;
; keeps the high score and the bonus life up to date
add_score:
        ld hl, score
        ld a, (hl)
        add a, e
        daa
        ld (hl), a
        inc hl
        ld a, (hl)
        adc a, d
        daa
        ld (hl), a
        inc hl
        ld a, (hl)
        adc a, 0
        daa
        ld (hl), a
        ; high score
        ld hl, score + 2
        ld de, hiscore + 2
        ld b, 3
as_cmp:
        ld a, (de)
        cp (hl)
        jr c, as_newhi       ; hiscore byte < score byte
        jr nz, as_bonus      ; hiscore byte > score byte
        dec hl
        dec de
        djnz as_cmp
        jr as_bonus
as_newhi:
        ld hl, score
        ld de, hiscore
        ld bc, 3
        ldir
as_bonus:
        call draw_scores
        ld a, (bonusgot)
        or a
        ret nz
        ld a, (DSW1)
        rrca
        rrca
        rrca
        rrca
        and 3
        cp 3
        ret z                ; no bonus life
        ld hl, bonustab
        add a, l
        ld l, a
        ld a, h
        adc a, 0
        ld h, a
        ld b, (hl)           ; threshold: BCD hundreds/thousands
        ld a, (score + 2)
        or a
        jr nz, as_give
        ld a, (score + 1)
        cp b
        ret c
as_give:
        ld a, 1
        ld (bonusgot), a
        ld hl, lives
        inc (hl)
        call draw_lives
        ld hl, sfx_extra
        jp snd_play2
bonustab: db 0x20, 0x30, 0x50

draw_scores:
        ld a, COL_WHITE
        ld (pcol), a
        ld ix, score
        ld bc, 0x0101        ; X 1, Y 1
        call print_bcd6
        ld ix, hiscore
        ld bc, 0x0b01        ; X 11, Y 1
        jp print_bcd6

; lives icons at the bottom row 34, X = 1..7 (one per life beyond the one in play)
draw_lives:
        ld bc, 0x0122        ; X 1, Y 34
        call text_addr
        ld a, (lives)
        ld d, a
        ld e, 7
dl_loop:
        ld a, d
        cp 2
        ld a, T_SPACE
        jr c, dl_put
        ld a, T_LIFE
dl_put:
        ld (hl), a
        set 2, h
        ld (hl), COL_SNAKE
        res 2, h
        add hl, bc
        ld a, d
        or a
        jr z, dl_next
        dec d
dl_next:
        dec e
        jr nz, dl_loop
        ret

draw_level:
        ld de, str_level
        call print
        ld a, COL_WHITE
        ld (pcol), a
        ld bc, 0x1922        ; X 25, Y 34
        call text_addr
        ld a, (levbcd)
        rrca
        rrca
        rrca
        rrca
        and 0x0f
        jr nz, dlv_hi
        ld a, T_SPACE - 0x30
dlv_hi:
        add a, 0x30
        ld e, COL_WHITE
        call put
        add hl, bc
        ld a, (levbcd)
        and 0x0f
        add a, 0x30
        jp put

; fruits still to eat: apple icons in the bottom row 35, X 1..10
draw_fleft:
        ld bc, 0x0123
        call text_addr
        ld a, (fleft)
        ld d, a
        ld e, FRUITS_PER_LEVEL
df_loop:
        ld a, d
        or a
        ld a, T_SPACE
        jr z, df_put
        dec d
        ld a, T_APPLE
df_put:
        ld (hl), a
        set 2, h
        ld (hl), COL_APPLE
        res 2, h
        add hl, bc
        dec e
        jr nz, df_loop
        ret

draw_credits:
        ld a, (freeplay)
        or a
        jr z, dc_coins
        ld de, str_freeplay
        jp print
dc_coins:
        ld de, str_credit
        call print
        ld a, (credits)
        add a, 0x30
        ld (hl), a
        set 2, h
        ld (hl), COL_WHITE
        res 2, h
        ret

; HUD: labels and numbers at the top
draw_hud:
        ld de, str_hud
        call print_list
        jp draw_scores

; ---------------------------------------------------------------- inputs

read_inputs:
        ld a, (DSW1)
        and 3
        ld b, a
        ld a, 0
        jr nz, ri_nofree
        inc a
ri_nofree:
        ld (freeplay), a
        ld a, (IN0)
        cpl
        ld c, a              ; active high
        ld a, (previn0)
        cpl
        and c                ; newly pressed
        ld d, a
        ld a, c
        ld (previn0), a
        and 0x0f
        ld (joy), a
        ld a, d
        and 0x0f
        ld (joynew), a
        ; coins
        ld a, d
        and 0x60
        jr z, ri_start
        ld a, b              ; coinage
        or a
        jr z, ri_start       ; free play ignores coins
        cp 3
        jr nz, ri_coin1
        ld a, (coinhalf)     ; 2 coins 1 credit
        xor 1
        ld (coinhalf), a
        jr nz, ri_coinsnd
ri_coin1:
        ld hl, credits
        inc (hl)
        cp 2
        jr nz, ri_cap
        inc (hl)             ; 1 coin 2 credits
ri_cap:
        ld a, (hl)
        cp 10
        jr c, ri_coinsnd
        ld (hl), 9
ri_coinsnd:
        ld hl, sfx_coin
        call snd_play2
        ld a, (state)
        cp ST_TITLE
        call z, draw_credits
ri_start:
        ld a, (IN1)
        cpl
        ld c, a
        ld a, (previn1)
        cpl
        and c
        and 0x20
        ld (startnew), a
        ld a, c
        ld (previn1), a
        ret

; ---------------------------------------------------------------- states

run_state:
        ld a, (state)
        add a, a
        ld l, a
        ld h, 0
        ld de, state_tab
        add hl, de
        ld a, (hl)
        inc hl
        ld h, (hl)
        ld l, a
        jp (hl)

state_tab:
        dw st_titleinit, st_title, st_gameinit, st_levelinit, st_ready
        dw st_play, st_dying, st_clear, st_over

set_state:
        ld (state), a
        ret

; ---- title screen
st_titleinit:
        call cls
        call draw_hud
        ld de, str_title
        call print_list
        ; fruit icons in the score table
        ld bc, 0x0911
        call cell_addr
        ld a, T_APPLE
        ld e, COL_APPLE
        call put
        ld bc, 0x0913
        call cell_addr
        ld a, T_GOLD
        ld e, COL_GOLD
        call put
        call draw_credits
        call draw_logo
        xor a
        ld (tanim), a
        ; beetle in the score table (sprite 7), the big snake uses sprites 3-6
        ld a, 243 - 8*9
        ld (SPRPOS + 14), a
        ld a, 276 - 8*21
        ld (SPRPOS + 15), a
        ld a, COL_BEETLE
        ld (SPRATTR + 15), a
        ld a, COL_SNAKE
        ld (SPRATTR + 7), a
        ld (SPRATTR + 9), a
        ld (SPRATTR + 11), a
        ld (SPRATTR + 13), a
        ld a, 6 << 2
        ld (SPRATTR + 6), a
        ld a, 5 << 2
        ld (SPRATTR + 8), a
        ld (SPRATTR + 10), a
        ld (SPRATTR + 12), a
        ld a, ST_TITLE
        jp set_state

st_title:
        ld a, (frame)
        and 3
        call z, draw_logo
        ; blinking prompt
        ld a, (frame)
        and 0x1f
        jr nz, stt_noblink
        ld a, (frame)
        and 0x20
        ld de, str_blank
        jr nz, stt_prompt
        ld de, str_insert
        ld a, (freeplay)
        ld hl, credits
        or (hl)
        jr z, stt_prompt
        ld de, str_push
stt_prompt:
        call print
stt_noblink:
        ; beetle wiggle
        ld a, (frame)
        rrca
        rrca
        rrca
        and 1
        add a, 8
        add a, a
        add a, a
        or 2                 ; facing left
        ld (SPRATTR + 14), a
        call title_snake
        ; start?
        ld a, (startnew)
        or a
        ret z
        ld a, (freeplay)
        or a
        jr nz, stt_go
        ld hl, credits
        ld a, (hl)
        or a
        ret z
        dec (hl)
stt_go:
        ld hl, (frame)       ; seed from the moment of the press
        ld a, h
        or l
        jr nz, stt_seed
        inc hl
stt_seed:
        ld de, (rng)
        add hl, de
        ld (rng), hl
        ld a, ST_GAMEINIT
        jp set_state

; big snake of sprites 3 (head) .. 6 crossing the title screen
title_snake:
        ld hl, tanim
        inc (hl)
        ld a, (hl)
        ld c, a              ; C = head x (rotated pixels)
        ld hl, SPRPOS + 6
        ld b, 4
ts_loop:
        ld a, 239
        sub c
        ld (hl), a           ; reg0 = 239 - x
        inc hl
        ld a, c
        rrca
        rrca
        rrca
        and 15
        push hl
        ld hl, wiggle
        add a, l
        ld l, a
        ld a, h
        adc a, 0
        ld h, a
        ld a, (hl)
        pop hl
        ld (hl), a           ; reg1 = 272 - y
        inc hl
        ld a, c
        sub 13
        ld c, a
        djnz ts_loop
        ret
wiggle: db 272-100, 272-102, 272-103, 272-104, 272-104, 272-103, 272-102, 272-101
        db 272-100, 272-99, 272-98, 272-97, 272-97, 272-98, 272-99, 272-100

; logo: 5 rows of 24 cells at X 2, Y 4, colour stripes moving
draw_logo:
        ld de, logo
        ld c, 4
dlg_row:
        ld b, 2
dlg_col:
        push bc
        push de
        call cell_addr
        pop de
        pop bc
        ld a, (de)
        inc de
        cp '#'
        jr nz, dlg_next
        ld a, (frame)        ; colour bands scrolling down the letters
        rrca
        rrca
        rrca
        cpl
        add a, c
        and 3
        add a, COL_LOGO
        ld (hl), T_BLOCK
        set 2, h
        ld (hl), a
dlg_next:
        inc b
        ld a, b
        cp 26
        jr nz, dlg_col
        inc c
        ld a, c
        cp 9
        jr nz, dlg_row
        ret

logo:   db "#...#.###.###..####.###."
        db "#...#..#..#..#.#....#..#"
        db ".#.#...#..###..###..###."
        db ".#.#...#..#....#....#.#."
        db "..#...###.#....####.#..#"

; ---- new game
st_gameinit:
        xor a
        ld (score), a
        ld (score + 1), a
        ld (score + 2), a
        ld (bonusgot), a
        ld a, 1
        ld (level), a
        ld (levbcd), a
        ld (fresh), a
        ld a, (DSW1)         ; lives: 1, 2, 3, 5
        rrca
        rrca
        and 3
        inc a
        cp 4
        jr nz, sg_lives
        inc a
sg_lives:
        ld (lives), a
        ld a, ST_LEVELINIT
        jp set_state

; ---- a level: draw the pit, place the viper
st_levelinit:
        call cls
        call draw_hud
        call draw_lives
        call draw_level
        call draw_arena
        ld a, FRUITS_PER_LEVEL
        ld (fleft), a
        xor a
        ld (fcount), a
        ; speed: frames per step, 8 at level 1 down to 5 from level 7
        ld a, (level)
        dec a
        srl a
        cp 3
        jr c, sl_speed
        ld a, 3
sl_speed:
        ld b, a
        ld a, 8
        sub b
        ld (speed), a
        ; growth per fruit: 2 at level 1 up to 5
        ld a, (level)
        inc a
        cp 6
        jr c, sl_grow
        ld a, 5
sl_grow:
        ld (growby), a
        call draw_fleft
        call spawn
        call place_fruit
        ld a, ST_READY
        jp set_state

; walls and floor, then the level's own walls
draw_arena:
        ld a, (level)
        dec a
        and 3
        add a, COL_WALL
        ld (pcol), a
        ld c, 2
da_row:
        ld b, 0
da_col:
        push bc
        call cell_addr
        pop bc
        ld a, c
        cp 2
        jr z, da_wall
        cp 33
        jr z, da_wall
        ld a, b
        or a
        jr z, da_wall
        cp 27
        jr z, da_wall
        ld a, T_FLOOR
        ld e, COL_FLOOR
        jr da_put
da_wall:
        ld a, (pcol)
        ld e, a
        ld a, T_WALL
da_put:
        call put
        inc b
        ld a, b
        cp 28
        jr nz, da_col
        inc c
        ld a, c
        cp 34
        jr nz, da_row
        ; level walls
        ld a, (level)
        dec a
        and 3
        add a, a
        ld l, a
        ld h, 0
        ld de, layouts
        add hl, de
        ld e, (hl)
        inc hl
        ld d, (hl)
da_rect:
        ld a, (de)
        cp 0xff
        ret z
        ld (tmp0), a         ; x0
        inc de
        ld a, (de)
        ld c, a              ; y0
        inc de
        ld a, (de)
        inc a
        ld (tmp1), a         ; x1 + 1
        inc de
        ld a, (de)
        inc a
        ld (tmp2), a         ; y1 + 1
        inc de
dr_row:
        ld a, (tmp0)
        ld b, a
dr_col:
        push bc
        push de
        call cell_addr
        ld a, (pcol)
        ld e, a
        ld a, T_WALL
        call put
        pop de
        pop bc
        inc b
        ld a, (tmp1)
        cp b
        jr nz, dr_col
        inc c
        ld a, (tmp2)
        cp c
        jr nz, dr_row
        jr da_rect

layouts: dw lay0, lay1, lay2, lay3
lay0:   db 0xff
lay1:   db 4, 10, 10, 10,  17, 10, 23, 10,  4, 21, 10, 21,  17, 21, 23, 21, 0xff
lay2:   db 5, 7, 8, 9,  19, 7, 22, 9,  5, 23, 8, 25,  19, 23, 22, 25,  13, 12, 14, 17, 0xff
lay3:   db 1, 9, 14, 9,  15, 16, 26, 16,  1, 23, 9, 23,  18, 23, 26, 23, 0xff

; viper of 4 at X 13, Y 30 (tail) .. 27 (head), going up; READY text;
; jingle; clears turn queue and beetle
spawn:
        ld a, DIR_UP
        ld (dir), a
        ld a, 0xff
        ld (q0), a
        ld (q1), a
        xor a
        ld (grow), a
        ld (tidx), a
        ld (btl_on), a
        ld (s_time), a
        call sprites_off
        ld a, 3
        ld (hidx), a
        ld bc, 0x0d1e        ; X 13, Y 30
        call cell_addr
        ld (body), hl
        dec hl
        ld (body + 2), hl
        dec hl
        ld (body + 4), hl
        dec hl
        ld (body + 6), hl
        ld e, COL_SNAKE
        ld a, T_HEAD + DIR_UP
        call put
        inc hl
        ld a, T_BODYV
        call put
        inc hl
        call put
        inc hl
        ld a, T_TAIL + DIR_UP
        call put
        ld a, 1
        ld (movecnt), a
        ld de, str_ready
        call print
        ld hl, 160
        ld (timer), hl
        ld a, (fresh)
        or a
        ld hl, mus_start
        jr nz, pl_jingle
        ld hl, 80
        ld (timer), hl
        ld hl, mus_respawn
pl_jingle:
        xor a
        ld (fresh), a
        push hl
        ld hl, 0
        call snd_play2       ; silence effects
        pop hl
        jp snd_play3

; a fruit on a random free floor cell (not in the spawn column below row 23);
; every fifth fruit is a golden pear
place_fruit:
        call random
        and 31
        cp 26
        jr nc, place_fruit
        inc a
        ld b, a
pf_y:
        call random
        and 31
        cp 30
        jr nc, pf_y
        add a, 3
        ld c, a
        ld a, b
        cp 13
        jr nz, pf_ok
        ld a, c
        cp 23
        jr nc, place_fruit
pf_ok:
        ld a, c
        cp 18                ; READY / GAME OVER row
        jr z, place_fruit
        call cell_addr
        ld a, (hl)
        cp T_FLOOR
        jr nz, place_fruit
        ; not under the beetle
        ld de, (btl_cell)
        ld a, (btl_on)
        or a
        jr z, pf_put
        ld a, l
        cp e
        jr nz, pf_put
        ld a, h
        cp d
        jr z, place_fruit
pf_put:
        ld a, (fcount)
        inc a
pf_mod5:
        sub 5
        jr z, pf_gold
        jr nc, pf_mod5
        ld a, T_APPLE
        ld e, COL_APPLE
        jp put
pf_gold:
        ld a, T_GOLD
        ld e, COL_GOLD
        jp put

; ---- READY
st_ready:
        ; READY text blinks
        ld a, (frame)
        and 8
        ld a, COL_YELLOW
        jr z, sr_col
        ld a, COL_ORANGE
sr_col:
        ld (pcol), a
        ld de, str_ready + 3
        ld bc, 0x0b12
        call print_xy
        ; turns pressed during READY are kept
        call steer
        ld hl, (timer)
        dec hl
        ld (timer), hl
        ld a, h
        or l
        ret nz
        ; erase the text: floor again
        ld bc, 0x0b12
sr_erase:
        push bc
        call cell_addr
        ld a, T_FLOOR
        ld e, COL_FLOOR
        call put
        pop bc
        inc b
        ld a, b
        cp 17
        jr nz, sr_erase
        ld hl, mus_bass
        call snd_play3
        ld a, ST_PLAY
        jp set_state

; joystick -> turn queue (2 deep); no reversing into the own neck
steer:
        ld a, (joynew)
        or a
        jr nz, sg_have
        ld a, (joy)
        or a
        ret z
sg_have:
        ld b, DIR_UP
        rrca
        jr c, sg_dir
        ld b, DIR_LEFT
        rrca
        jr c, sg_dir
        ld b, DIR_RIGHT
        rrca
        jr c, sg_dir
        ld b, DIR_DOWN
sg_dir:
        ; compare with the last queued direction (or the current one)
        ld hl, q1
        ld a, (hl)
        cp 0xff
        jr nz, sg_last
        dec hl
        ld a, (hl)
        cp 0xff
        jr nz, sg_last
        ld a, (dir)
sg_last:
        cp b
        ret z                ; same: nothing new
        xor b
        cp 1                 ; opposite (0/1, 2/3 differ in bit 0 only)
        ret z
        ld a, (q0)
        cp 0xff
        jr nz, sg_q1
        ld a, b
        ld (q0), a
        ret
sg_q1:
        ld a, b
        ld (q1), a
        ret

; ---- playing
st_play:
        call steer
        call beetle
        call sparkle
        ld hl, movecnt
        dec (hl)
        ret nz
        ld a, (speed)
        ld (hl), a
        ; next direction from the queue
        ld a, (q0)
        cp 0xff
        jr z, pl_nodeq
        ld b, a
        ld a, (q1)
        ld (q0), a
        ld a, 0xff
        ld (q1), a
        ld a, (dir)
        xor b
        cp 1
        jr z, pl_nodeq       ; (cannot happen: steer filters reversals)
        ld a, b
        jr pl_newdir
pl_nodeq:
        ld a, (dir)
pl_newdir:
        ld c, a              ; C = new direction
        ; tail first: unless growing, the tail cell becomes floor
        ld a, (grow)
        or a
        jr z, pl_tail
        dec a
        ld (grow), a
        jr pl_head
pl_tail:
        call tail_step
pl_head:
        ; new head cell
        ld a, (hidx)
        call body_ptr
        ld e, (hl)
        inc hl
        ld d, (hl)           ; DE = head address
        push de
        ld a, c
        add a, a
        ld l, a
        ld h, 0
        push bc
        ld bc, deltas
        add hl, bc
        pop bc
        ld a, (hl)
        inc hl
        ld h, (hl)
        ld l, a
        add hl, de           ; HL = new head address
        pop de               ; DE = old head address
        ld a, (hl)
        cp T_FLOOR
        jp z, pl_move
        cp T_APPLE
        jr z, pl_eat
        cp T_GOLD
        jr z, pl_eatgold
        ; crash
        ld hl, sfx_death
        call snd_play2
        ld hl, 0
        call snd_play3
        ld hl, sfx_crunch
        call snd_play1
        ld hl, 100
        ld (timer), hl
        ld a, ST_DYING
        jp set_state
pl_eatgold:
        push hl
        push de
        push bc
        ld de, 0x0050
        call add_score
        ld a, (growby)
        add a, a
        ld b, a
        ld a, (grow)
        add a, b
        ld (grow), a
        ld hl, sfx_gold
        call snd_play1
        jr pl_ate
pl_eat:
        push hl
        push de
        push bc
        ld de, 0x0010
        call add_score
        ld a, (growby)
        ld b, a
        ld a, (grow)
        add a, b
        ld (grow), a
        ld hl, sfx_eat
        call snd_play1
pl_ate:
        ld hl, fcount
        inc (hl)
        ; every third fruit: one frame per step faster, down to 3
        ld a, (hl)
        cp 3
        jr z, pl_faster
        cp 6
        jr z, pl_faster
        cp 9
        jr nz, pl_beetlechk
pl_faster:
        ld a, (speed)
        cp 5
        jr c, pl_beetlechk
        dec a
        ld (speed), a
pl_beetlechk:
        ; a beetle after fruits 2 and 6
        ld a, (hl)
        cp 2
        jr z, pl_spawnb
        cp 6
        jr nz, pl_left
pl_spawnb:
        call beetle_spawn
pl_left:
        ld hl, fleft
        dec (hl)
        push af
        call draw_fleft
        pop af
        pop bc
        pop de
        pop hl
        jr nz, pl_more
        call move_head
        ld hl, 180
        ld (timer), hl
        ld hl, mus_clear
        call snd_play3
        ld a, 0
        call snd_play2_silence
        ld a, ST_CLEAR
        jp set_state
pl_more:
        call move_head
        jp place_fruit
pl_move:
        call move_head
        ; the beetle?
        ld a, (btl_on)
        or a
        ret z
        ld de, (btl_cell)
        call pl_same
        jr z, pl_bite
        ld de, (btl_prev)
        call pl_same
        ret nz
pl_bite:
        jp beetle_eaten
pl_same:                     ; Z if HL = DE
        ld a, l
        cp e
        ret nz
        ld a, h
        cp d
        ret

; HL = new head address, DE = old head address, C = new direction
move_head:
        push hl
        ; old head becomes body: piece from (old dir, new dir)
        ld a, (dir)
        add a, a
        add a, a
        add a, c
        ld hl, pieces
        add a, l
        ld l, a
        ld a, h
        adc a, 0
        ld h, a
        ld a, (hl)
        ex de, hl
        ld e, COL_SNAKE
        call put
        pop hl
        ld a, c
        ld (dir), a
        add a, T_HEAD
        ld e, COL_SNAKE
        call put
        ex de, hl            ; DE = new head address
        ld hl, hidx
        inc (hl)
        ld a, (hl)
        call body_ptr
        ld (hl), e
        inc hl
        ld (hl), d
        ex de, hl            ; HL = new head address
        ret

; remove the tail segment; the next one becomes the tail
tail_step:
        push bc
        ld a, (tidx)
        call body_ptr
        ld e, (hl)
        inc hl
        ld d, (hl)
        ex de, hl
        ld a, T_FLOOR
        ld e, COL_FLOOR
        call put
        ld hl, tidx
        inc (hl)
        ld a, (hl)
        push af
        call body_ptr
        ld e, (hl)
        inc hl
        ld d, (hl)           ; DE = new tail
        pop af
        inc a                ; the segment after it (the ring wraps at 256)
        call body_ptr
        ld a, (hl)           ; its low address byte
        sub e
        ld b, T_TAIL + DIR_UP
        cp 0xff
        jr z, ts_put
        ld b, T_TAIL + DIR_DOWN
        cp 1
        jr z, ts_put
        ld b, T_TAIL + DIR_LEFT
        cp 0x20
        jr z, ts_put
        ld b, T_TAIL + DIR_RIGHT
ts_put:
        ex de, hl
        ld a, b
        ld e, COL_SNAKE
        call put
        pop bc
        ret

; HL = address of body entry A
body_ptr:
        ld l, a
        ld h, 0
        add hl, hl
        push de
        ld de, body
        add hl, de
        pop de
        ret

deltas: dw -1, 1, 32, -32
; body piece by (old direction * 4 + new direction)
pieces: db T_BODYV, T_BODYV, 0x97, 0x96
        db T_BODYV, T_BODYV, 0x99, 0x98
        db 0x98, 0x96, T_BODYH, T_BODYH
        db 0x99, 0x97, T_BODYH, T_BODYH

; ---- crashed
st_dying:
        ld a, (frame)
        and 4
        ld e, COL_SNAKE
        jr z, sd_col
        ld e, COL_HURT
sd_col:
        ld hl, (timer)
        ld a, l
        cp 30
        jr nc, sd_flash
        ld e, COL_HURT
sd_flash:
        call snake_colour
        ld hl, (timer)
        dec hl
        ld (timer), hl
        ld a, h
        or l
        ret nz
        ld hl, lives
        dec (hl)
        call draw_lives
        ld a, (lives)
        or a
        jr z, sd_over
        ; erase the viper and try again
        call snake_erase
        call spawn
        ld a, ST_READY
        jp set_state
sd_over:
        ld de, str_gameover
        call print
        ld hl, mus_over
        call snd_play3
        call sprites_off
        ld hl, 300
        ld (timer), hl
        ld a, ST_OVER
        jp set_state

; colour E on every segment
snake_colour:
        ld a, (tidx)
        ld b, a
sc_loop:
        ld a, b
        call body_ptr
        ld a, (hl)
        inc hl
        ld h, (hl)
        ld l, a
        set 2, h
        ld (hl), e
        ld a, (hidx)
        cp b
        ret z
        inc b
        jr sc_loop

snake_erase:
        ld a, (tidx)
        ld b, a
se_loop:
        ld a, b
        call body_ptr
        ld a, (hl)
        inc hl
        ld h, (hl)
        ld l, a
        ld a, T_FLOOR
        ld e, COL_FLOOR
        call put
        ld a, (hidx)
        cp b
        ret z
        inc b
        jr se_loop

; ---- level cleared: walls flash, bonus, next level
st_clear:
        ld hl, (timer)
        ld a, l
        cp 180
        jr nz, scl_noinit
        ld de, str_clear
        call print_list
        ld de, 0x0500
        call add_score
        call sprites_off
        xor a
        ld (btl_on), a
        ld (s_time), a
scl_noinit:
        ld hl, (timer)
        ld a, l
        and 7
        jr nz, scl_tick
        ; walls flash between white and the level colour
        ld a, l
        and 8
        ld a, COL_WHITE
        jr nz, scl_set
        ld a, (level)
        dec a
        and 3
        add a, COL_WALL
scl_set:
        call wall_colour
scl_tick:
        ld hl, (timer)
        dec hl
        ld (timer), hl
        ld a, h
        or l
        ret nz
        ld hl, level
        inc (hl)
        ld a, (levbcd)
        add a, 1
        daa
        ld (levbcd), a
        ld a, ST_LEVELINIT
        jp set_state

; colour A on every wall tile of the main area
wall_colour:
        ld e, a
        ld hl, VRAM + 0x40
        ld bc, 0x380
wc_loop:
        ld a, (hl)
        cp T_WALL
        jr nz, wc_next
        set 2, h
        ld (hl), e
        res 2, h
wc_next:
        inc hl
        dec bc
        ld a, b
        or c
        jr nz, wc_loop
        ret

; ---- game over
st_over:
        ld hl, (timer)
        dec hl
        ld (timer), hl
        ld a, h
        or l
        ret nz
        ld a, ST_TITLEINIT
        jp set_state

; ---------------------------------------------------------------- beetle

; the beetle starts on a free cell away from the head, lives ~10 s
beetle_spawn:
        ld a, (btl_on)
        or a
        ret nz
        push hl
bs_try:
        call random
        and 31
        cp 26
        jr nc, bs_try
        inc a
        ld b, a
bs_y:
        call random
        and 15
        add a, 5
        ld c, a              ; rows 5..20
        push bc
        call cell_addr
        pop bc
        ld a, (hl)
        cp T_FLOOR
        jr nz, bs_try
        ld (btl_cell), hl
        ld (btl_prev), hl
        ld a, b              ; reg0 = 243 - 8X
        add a, a
        add a, a
        add a, a
        ld d, a
        ld a, 243
        sub d
        ld (btl_x), a
        ld (btl_tx), a
        ld a, c              ; reg1 = 276 - 8Y
        add a, a
        add a, a
        add a, a
        ld d, a
        ld a, 276 - 256
        sub d
        ld (btl_y), a
        ld (btl_ty), a
        ld hl, 600
        ld (btl_time), hl
        ld a, 1
        ld (btl_on), a
        ld hl, sfx_beetle
        call snd_play2
        pop hl
        ret

beetle:
        ld a, (btl_on)
        or a
        ret z
        ld hl, (btl_time)
        dec hl
        ld (btl_time), hl
        ld a, h
        or l
        jr nz, bt_alive
        xor a
        ld (btl_on), a
        ld (SPRPOS + 2*SPR_BEETLE), a
        ld (SPRPOS + 2*SPR_BEETLE + 1), a
        ret
bt_alive:
        ; one pixel per frame towards the target cell
        ld hl, btl_x
        ld a, (btl_tx)
        cp (hl)
        jr z, bt_xok
        jr c, bt_xdec
        inc (hl)
        jr bt_xok
bt_xdec:
        dec (hl)
bt_xok:
        ld hl, btl_y
        ld a, (btl_ty)
        cp (hl)
        jr z, bt_yok
        jr c, bt_ydec
        inc (hl)
        jr bt_yok
bt_ydec:
        dec (hl)
bt_yok:
        ld a, (btl_x)
        ld b, a
        ld a, (btl_tx)
        cp b
        jr nz, bt_draw
        ld a, (btl_y)
        ld b, a
        ld a, (btl_ty)
        cp b
        jr nz, bt_draw
        ; arrived: pause on some frames, then pick a neighbour
        ld a, (frame)
        and 3
        jr nz, bt_draw
        call bt_choose
bt_draw:
        ; blink in the last 2 seconds
        ld hl, (btl_time)
        ld a, h
        or a
        jr nz, bt_show
        ld a, l
        cp 120
        jr nc, bt_show
        and 4
        jr z, bt_show
        xor a
        ld (SPRPOS + 2*SPR_BEETLE), a
        ld (SPRPOS + 2*SPR_BEETLE + 1), a
        ret
bt_show:
        ld a, (btl_x)
        ld (SPRPOS + 2*SPR_BEETLE), a
        ld a, (btl_y)
        ld (SPRPOS + 2*SPR_BEETLE + 1), a
        ; code: up/down 0-1, left/right 8-9; legs move
        ld a, (frame)
        rrca
        rrca
        rrca
        and 1
        ld c, a
        ld a, (btl_dir)
        ld hl, beetle_look
        add a, l
        ld l, a
        ld a, h
        adc a, 0
        ld h, a
        ld a, (hl)
        add a, c
        add a, a
        add a, a
        ld c, a
        ld a, (btl_dir)
        ld hl, beetle_flip
        add a, l
        ld l, a
        ld a, h
        adc a, 0
        ld h, a
        ld a, (hl)
        or c
        ld (SPRATTR + 2*SPR_BEETLE), a
        ld a, COL_BEETLE
        ld (SPRATTR + 2*SPR_BEETLE + 1), a
        ret
beetle_look: db 0, 0, 8, 8
beetle_flip: db 0, 1, 2, 0

; choose the next cell: keep going mostly, else a random direction; only
; floor cells
bt_choose:
        call random
        and 3
        ld b, a
        call random
        and 3
        jr z, btc_try        ; 1 in 4: random turn
        ld a, (btl_dir)
        ld b, a
btc_try:
        ld c, 4
btc_loop:
        ld a, b
        add a, a
        ld l, a
        ld h, 0
        ld de, deltas
        add hl, de
        ld e, (hl)
        inc hl
        ld d, (hl)
        ld hl, (btl_cell)
        add hl, de
        ld a, (hl)
        cp T_FLOOR
        jr z, btc_go
        ld a, b
        inc a
        and 3
        ld b, a
        dec c
        jr nz, btc_loop
        ret                  ; boxed in: wait
btc_go:
        ld de, (btl_cell)
        ld (btl_prev), de
        ld (btl_cell), hl
        ld a, b
        ld (btl_dir), a
        ; target registers: up reg1 += 8, down -= 8, left reg0 += 8, right -= 8
        ld hl, btl_ty
        cp DIR_UP
        jr z, btc_plus
        cp DIR_DOWN
        jr z, btc_minus
        ld hl, btl_tx
        cp DIR_LEFT
        jr z, btc_plus
btc_minus:
        ld a, (hl)
        sub 8
        ld (hl), a
        ret
btc_plus:
        ld a, (hl)
        add a, 8
        ld (hl), a
        ret

beetle_eaten:
        xor a
        ld (btl_on), a
        ld a, (btl_x)
        ld (s_x), a
        ld a, (btl_y)
        ld (s_y), a
        ld a, 40
        ld (s_time), a
        ld a, COL_SPARK
        ld (SPRATTR + 2*SPR_SPARK + 1), a
        xor a
        ld (SPRPOS + 2*SPR_BEETLE), a
        ld (SPRPOS + 2*SPR_BEETLE + 1), a
        ld de, 0x0200
        call add_score
        ld hl, sfx_gulp
        jp snd_play2

sparkle:
        ld a, (s_time)
        or a
        ret z
        dec a
        ld (s_time), a
        jr nz, sk_show
        ld (SPRPOS + 2*SPR_SPARK), a
        ld (SPRPOS + 2*SPR_SPARK + 1), a
        ret
sk_show:
        and 4
        rrca
        rrca
        add a, 2
        add a, a
        add a, a
        ld (SPRATTR + 2*SPR_SPARK), a
        ld a, (s_x)
        ld (SPRPOS + 2*SPR_SPARK), a
        ld a, (s_y)
        ld (SPRPOS + 2*SPR_SPARK + 1), a
        ret

; ---------------------------------------------------------------- sound
; Three channels, one per WSG voice. A channel plays a list of 8-byte notes:
; frames, waveform, volume*16, volume drop per frame, frequency (16 bits =
; register bits 19-4), frequency change per frame; frames 0 ends the list,
; FFh restarts it. Channel layout: +0 pointer, +2 loop pointer, +4 frames
; left, +5 volume*16, +6 drop, +7 wave, +8 frequency, +10 change.

snd_play1:
        ld ix, snd
        jr snd_play
snd_play2_silence:
        ld hl, 0
snd_play2:
        ld ix, snd + 16
        jr snd_play
snd_play3:
        ld ix, snd + 32
snd_play:
        ld (ix+0), l
        ld (ix+1), h
        ld (ix+2), l
        ld (ix+3), h
        ld (ix+4), 0
        ret

snd_update:
        ld ix, snd
        ld hl, SOUND + 0x11  ; voice 1 frequency bits 4-19 (5051h-5054h)
        call snd_channel
        ld ix, snd + 16
        ld hl, SOUND + 0x16  ; voice 2 (5056h-5059h)
        call snd_channel
        ld ix, snd + 32
        ld hl, SOUND + 0x1b  ; voice 3 (505Bh-505Eh)
snd_channel:
        ld a, (ix+4)
        or a
        jr nz, sc_play
sc_fetch:
        ld e, (ix+0)
        ld d, (ix+1)
        ld a, d
        or e
        jr z, sc_silent
        ld a, (de)
        or a
        jr z, sc_end
        cp 0xff
        jr nz, sc_load
        ld a, (ix+2)
        ld (ix+0), a
        ld a, (ix+3)
        ld (ix+1), a
        jr sc_fetch
sc_end:
        ld (ix+0), 0
        ld (ix+1), 0
sc_silent:
        ld (ix+5), 0
        jr sc_out
sc_load:
        ld (ix+4), a
        inc de
        ld a, (de)
        ld (ix+7), a
        inc de
        ld a, (de)
        ld (ix+5), a
        inc de
        ld a, (de)
        ld (ix+6), a
        inc de
        ld a, (de)
        ld (ix+8), a
        inc de
        ld a, (de)
        ld (ix+9), a
        inc de
        ld a, (de)
        ld (ix+10), a
        inc de
        ld a, (de)
        ld (ix+11), a
        inc de
        ld (ix+0), e
        ld (ix+1), d
sc_play:
        dec (ix+4)
sc_out:
        ld a, l              ; waveform register = frequency - 0Ch
        sub 0x0c
        ld e, a
        ld d, h
        ld a, (ix+7)
        and 7
        ld (de), a
        ld a, (ix+8)
        call sc_nibbles
        ld a, (ix+9)
        call sc_nibbles
        ld a, (ix+5)
        rrca
        rrca
        rrca
        rrca
        and 0x0f
        ld (hl), a           ; volume register follows the frequency
        ; glide and fade for the next frame
        ld l, (ix+8)
        ld h, (ix+9)
        ld e, (ix+10)
        ld d, (ix+11)
        add hl, de
        ld (ix+8), l
        ld (ix+9), h
        ld a, (ix+5)
        sub (ix+6)
        jr nc, sc_vol
        xor a
sc_vol:
        ld (ix+5), a
        ret
sc_nibbles:
        ld b, a
        and 0x0f
        ld (hl), a
        inc hl
        ld a, b
        rrca
        rrca
        rrca
        rrca
        and 0x0f
        ld (hl), a
        inc hl
        ret

; note frequencies (register bits 19-4: Hz * 2^20 / 96000 / 16)
N_E2:   equ 56
N_G2:   equ 67
N_A2:   equ 75
N_C3:   equ 89
N_D3:   equ 100
N_E3:   equ 113
N_F3:   equ 119
N_G3:   equ 134
N_A3:   equ 150
N_B3:   equ 169
N_C4:   equ 179
N_D4:   equ 200
N_E4:   equ 225
N_F4:   equ 238
N_G4:   equ 268
N_A4:   equ 300
N_B4:   equ 337
N_C5:   equ 357
N_D5:   equ 401
N_E5:   equ 450
N_F5:   equ 477
N_G5:   equ 535
N_A5:   equ 601
N_C6:   equ 714
N_E6:   equ 900

sfx_eat:
        db 4, 0, 0xf0, 0x10
        dw 300, 60
        db 6, 0, 0xe0, 0x18
        dw 560, 40
        db 0
sfx_gold:
        db 4, 1, 0xc0, 0x00
        dw N_C5, 0
        db 4, 1, 0xc0, 0x00
        dw N_E5, 0
        db 4, 1, 0xc0, 0x00
        dw N_G5, 0
        db 12, 1, 0xc0, 0x0c
        dw N_C6, 0
        db 0
sfx_crunch:
        db 12, 6, 0xf0, 0x10
        dw 900, -40
        db 0
sfx_death:
        db 60, 3, 0xf0, 0x03
        dw 600, -9
        db 20, 6, 0x90, 0x07
        dw 200, -5
        db 0
sfx_coin:
        db 4, 0, 0xd0, 0x00
        dw 677, 0
        db 14, 0, 0xd0, 0x0c
        dw N_E6, 0
        db 0
sfx_beetle:
        db 6, 7, 0x90, 0x00
        dw 200, 30
        db 6, 7, 0x90, 0x00
        dw 380, -30
        db 6, 7, 0x90, 0x00
        dw 200, 30
        db 6, 7, 0x90, 0x10
        dw 380, -30
        db 0
sfx_gulp:
        db 20, 4, 0xf0, 0x08
        dw 150, 30
        db 4, 0, 0xc0, 0
        dw N_C6, 0
        db 4, 0, 0xc0, 0
        dw N_E6, 0
        db 12, 0, 0xc0, 0x10
        dw N_C6 * 2, 0
        db 0
sfx_extra:
        db 5, 1, 0xd0, 0
        dw N_G5, 0
        db 5, 1, 0xd0, 0
        dw N_C6, 0
        db 5, 1, 0xd0, 0
        dw N_G5, 0
        db 5, 1, 0xd0, 0
        dw N_C6, 0
        db 5, 1, 0xd0, 0
        dw N_G5, 0
        db 20, 1, 0xd0, 0x08
        dw N_C6, 0
        db 0

; music on voice 3: frames, wave 5 (organ)
mus_start:
        db 10, 5, 0xf0, 0x08
        dw N_C5, 0
        db 10, 5, 0xf0, 0x08
        dw N_E5, 0
        db 10, 5, 0xf0, 0x08
        dw N_G5, 0
        db 10, 5, 0xf0, 0x08
        dw N_E5, 0
        db 10, 5, 0xf0, 0x08
        dw N_D5, 0
        db 10, 5, 0xf0, 0x08
        dw N_F5, 0
        db 10, 5, 0xf0, 0x08
        dw N_A5, 0
        db 10, 5, 0xf0, 0x08
        dw N_F5, 0
        db 10, 5, 0xf0, 0x08
        dw N_E5, 0
        db 10, 5, 0xf0, 0x08
        dw N_G5, 0
        db 10, 5, 0xf0, 0x08
        dw N_D5, 0
        db 10, 5, 0xf0, 0x08
        dw N_B4, 0
        db 30, 5, 0xf0, 0x06
        dw N_C5, 0
        db 0
mus_respawn:
        db 8, 5, 0xe0, 0x10
        dw N_G4, 0
        db 8, 5, 0xe0, 0x10
        dw N_C5, 0
        db 20, 5, 0xe0, 0x0a
        dw N_E5, 0
        db 0
mus_clear:
        db 6, 2, 0xf0, 0x0c
        dw N_C5, 0
        db 6, 2, 0xf0, 0x0c
        dw N_D5, 0
        db 6, 2, 0xf0, 0x0c
        dw N_E5, 0
        db 6, 2, 0xf0, 0x0c
        dw N_G5, 0
        db 6, 2, 0xf0, 0x0c
        dw N_E5, 0
        db 6, 2, 0xf0, 0x0c
        dw N_G5, 0
        db 40, 2, 0xf0, 0x05
        dw N_C6, 0
        db 0
mus_over:
        db 20, 5, 0xe0, 0x06
        dw N_G4, 0
        db 20, 5, 0xe0, 0x06
        dw N_E4, 0
        db 20, 5, 0xe0, 0x06
        dw N_C4, 0
        db 50, 5, 0xe0, 0x03
        dw N_G3, -1
        db 0
; in-game bass line, loops: soft triangle
mus_bass:
        db 15, 2, 0x90, 0x06
        dw N_C3, 0
        db 15, 2, 0x60, 0x06
        dw N_C4, 0
        db 15, 2, 0x90, 0x06
        dw N_G2, 0
        db 15, 2, 0x60, 0x06
        dw N_G3, 0
        db 15, 2, 0x90, 0x06
        dw N_A2, 0
        db 15, 2, 0x60, 0x06
        dw N_A3, 0
        db 15, 2, 0x90, 0x06
        dw N_E2, 0
        db 15, 2, 0x60, 0x06
        dw N_E3, 0
        db 15, 2, 0x90, 0x06
        dw N_F3 / 2, 0
        db 15, 2, 0x60, 0x06
        dw N_F3, 0
        db 15, 2, 0x90, 0x06
        dw N_C3, 0
        db 15, 2, 0x60, 0x06
        dw N_C4, 0
        db 15, 2, 0x90, 0x06
        dw N_G2, 0
        db 15, 2, 0x60, 0x06
        dw N_G3, 0
        db 15, 2, 0x90, 0x06
        dw N_G2, 0
        db 15, 2, 0x60, 0x06
        dw N_B3, 0
        db 0xff

; ---------------------------------------------------------------- text
; records: X, Y, colour, text, 0
str_hud:
        db 3, 0, COL_RED
        db "1UP", 0
        db 10, 0, COL_RED
        db "HIGH SCORE", 0
        db 0xff
str_title:
        db 6, 10, COL_GREEN
        db "THE HUNGRY SNAKE", 0
        db 7, 15, COL_WHITE
        db "- SCORE TABLE -", 0
        db 11, 17, COL_RED
        db "FRUIT    10", 0
        db 11, 19, COL_YELLOW
        db "PEAR     50", 0
        db 11, 21, COL_PINK
        db "BEETLE  200", 0
        db 4, 27, COL_CYAN
        db "EAT . GROW . DON'T BITE", 0
        db 6, 31, COL_GREY
        db "(C) 2026 CABINET", 0
        db 0xff
str_insert: db 8, 24, COL_ORANGE
        db " INSERT COIN ", 0
str_push:   db 7, 24, COL_YELLOW
        db "PUSH START BUTTON", 0
str_blank:  db 7, 24, COL_ORANGE
        db "                 ", 0
str_credit: db 2, 35, COL_WHITE
        db "CREDIT ", 0
str_freeplay: db 2, 35, COL_WHITE
        db "FREE PLAY", 0
str_level:  db 19, 34, COL_CYAN
        db "LEVEL", 0
str_ready:  db 11, 18, COL_YELLOW
        db "READY!", 0
str_gameover: db 9, 18, COL_RED
        db "GAME  OVER", 0
str_clear:
        db 8, 16, COL_WHITE
        db "LEVEL CLEAR!", 0
        db 9, 18, COL_YELLOW
        db "BONUS 500", 0
        db 0xff

; ---------------------------------------------------------------- vector
        ds 0x3ffa - $, 0xff
vectab: dw irq
        db "VP", 0x20, 0x26
