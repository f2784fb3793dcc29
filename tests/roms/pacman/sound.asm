; sound.asm - the 3-voice WSG at known times. Sound register writes happen in
; the main loop right after the VBLANK interrupt whose frame count (the
; 'frame' variable, first interrupt = 1) equals a step's start:
;   frame  30: v1 wave 0 (sine)      f=12C6h  440.0 Hz vol 15
;   frame  60: v1 off; v2 wave 1 (square)   f=1C30h  660.6 Hz vol 10
;   frame  90: v2 off; v3 wave 2 (saw)      f=2590h  880.4 Hz vol 8
;   frame 120: v1 wave 3 f=0B2Eh 262.0 Hz vol 15, v2 wave 4 f=0E10h 329.6 Hz
;              vol 12, v3 wave 5 f=10C0h 392.6 Hz vol 9
;   frame 150: v2, v3 off; v1 wave 6 (12.5% pulse) f=2AABh 1000.0 Hz vol 5
;   frame 180: v1 wave 7 f=0963h 220.0 Hz vol 15
;   frame 210: sound enable (5001h) = 0 (voices keep their settings)
;   frame 240: sound enable = 1; v1 off; v2 wave 0 f=5550h 1999.5 Hz vol 15
;   frame 270: v2 off: silence from here on
; f = frequency register (v1 20 bits, v2/v3 bits 19-4); Hz = f * 96000 / 2^20.
; The screen shows the frame counter and the last step number.
        include "common.asm"

schedp: equ 0x4c10           ; pointer to the next schedule entry
step:   equ 0x4c12

prog_init:
        ld hl, sched
        ld (schedp), hl
        ld hl, VRAM + 0x40 + 2*32 + 2
        ld de, str_title
        ld c, 2
        call print
        ret

prog_frame:
        ld hl, VRAM + 0x40 + 4*32 + 2
        ld de, str_frame
        ld c, 2
        call print
        ld de, (frame)
        call hex16
        ld hl, (schedp)
        ld e, (hl)
        inc hl
        ld d, (hl)           ; DE = start frame of the next step (FFFFh = end)
        inc hl
        push hl
        ld hl, (frame)
        or a
        sbc hl, de
        pop hl
        ret nz
pfs_reg:
        ld a, (hl)           ; register: 00-1Fh = 5040h+n, 80h = sound enable, FFh = end
        inc hl
        cp 0xff
        jr z, pfs_done
        ld c, (hl)
        inc hl
        cp 0x80
        jr z, pfs_en
        push hl
        ld hl, SOUND
        add a, l
        ld l, a
        ld (hl), c
        pop hl
        jr pfs_reg
pfs_en:
        ld a, c
        ld (SNDEN), a
        jr pfs_reg
pfs_done:
        ld (schedp), hl
        ld a, (step)
        inc a
        ld (step), a
        ld hl, VRAM + 0x40 + 6*32 + 2
        ld de, str_step
        ld c, 2
        call print
        ld a, (step)
        jp hex8

str_title: db "WSG SOUND TEST", 0
str_frame: db "FRAME ", 0
str_step:  db "STEP ", 0

; voice 1: wave 05h, freq 10h-14h (bits 0-19), vol 15h
; voice 2: wave 0Ah, freq 16h-19h (bits 4-19), vol 1Ah
; voice 3: wave 0Fh, freq 1Bh-1Eh (bits 4-19), vol 1Fh
sched:
        dw 30
        db 0x05,0, 0x10,0x6, 0x11,0xc, 0x12,0x2, 0x13,0x1, 0x14,0, 0x15,15, 0xff
        dw 60
        db 0x15,0, 0x0a,1, 0x16,0x3, 0x17,0xc, 0x18,0x1, 0x19,0, 0x1a,10, 0xff
        dw 90
        db 0x1a,0, 0x0f,2, 0x1b,0x9, 0x1c,0x5, 0x1d,0x2, 0x1e,0, 0x1f,8, 0xff
        dw 120
        db 0x05,3, 0x10,0xe, 0x11,0x2, 0x12,0xb, 0x13,0x0, 0x14,0, 0x15,15
        db 0x0a,4, 0x16,0x1, 0x17,0xe, 0x18,0x0, 0x19,0, 0x1a,12
        db 0x0f,5, 0x1b,0xc, 0x1c,0x0, 0x1d,0x1, 0x1e,0, 0x1f,9, 0xff
        dw 150
        db 0x1a,0, 0x1f,0
        db 0x05,6, 0x10,0xb, 0x11,0xa, 0x12,0xa, 0x13,0x2, 0x14,0, 0x15,5, 0xff
        dw 180
        db 0x05,7, 0x10,0x3, 0x11,0x6, 0x12,0x9, 0x13,0x0, 0x14,0, 0x15,15, 0xff
        dw 210
        db 0x80,0, 0xff
        dw 240
        db 0x80,1, 0x15,0
        db 0x0a,0, 0x16,0x5, 0x17,0x5, 0x18,0x5, 0x19,0, 0x1a,15, 0xff
        dw 270
        db 0x1a,0, 0xff
        dw 0xffff

        include "tail.asm"
