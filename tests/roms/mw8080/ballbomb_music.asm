; Balloon Bomber's music generator (sound/ballbomb_snd.c) against MAME
; 0.251: the amplifier on (port 3 bit 5), then notes written to port 1
; (the board forces bit 7: 7Fh rests), 0.5 s each with 0.3 s rests.
; Interrupts stay disabled; timing comes from a counted loop (the 8080 at
; 1.9968 MHz).

        org 0x0000
        di
        ld sp, 0x2400
        ld a, 0x20
        out (3), a          ; amplifier on, no samples
        ld hl, notes
next:   ld a, (hl)
        cp 0xff
        jp z, stop
        out (1), a
        inc hl
        ld b, (hl)          ; tenths of a second
        inc hl
wait:   call tenth
        dec b
        jp nz, wait
        jp next
stop:   ld a, 0x7f
        out (1), a
halt1:  jp halt1

; 0.1 s: 8320 rounds of 24 cycles (DCX 5, MOV 5, ORA 4, JNZ 10)
tenth:  ld de, 8320
t1:     dec de
        ld a, d
        or e
        jp nz, t1
        ret

; port 1 value, duration (0.1 s); the note is 31948.8 Hz / ((256 - (v | 80h)) * 6)
notes:  db 0x7f, 3          ; rest
        db 0x70, 5          ; 332.8 Hz
        db 0x7f, 3
        db 0x60, 5          ; 166.4 Hz
        db 0x7f, 3
        db 0x7a, 5          ; 887.5 Hz
        db 0x7f, 3
        db 0x40, 5          ; 83.2 Hz
        db 0x7f, 3
        db 0xff
