; Tornado Baseball's tone board (sound/tornbase_snd.c) against MAME 0.251:
; writes the sound latch (I/O address 1: A0) with each tone enable in turn,
; 0.6 s each with 0.3 s of silence between, then all three together.
; Interrupts stay disabled; the screen stays blank. Timing comes from a
; counted loop (the 8080 at 1.9968 MHz).

        org 0x0000
        di
        ld sp, 0x2400
        xor a
        out (1), a
        ld hl, tones
next:   ld a, (hl)
        cp 0xff
        jp z, stop
        out (1), a          ; bits 0-2: 240, 960, 120 Hz
        inc hl
        ld b, (hl)          ; tenths of a second
        inc hl
wait:   call tenth
        dec b
        jp nz, wait
        jp next
stop:   xor a
        out (1), a
halt1:  jp halt1

; 0.1 s: 8320 rounds of 24 cycles (DCX 5, MOV 5, ORA 4, JNZ 10)
tenth:  ld de, 8320
t1:     dec de
        ld a, d
        or e
        jp nz, t1
        ret

; enables, duration (0.1 s)
tones:  db 0x00, 3
        db 0x01, 6          ; 240 Hz
        db 0x00, 3
        db 0x02, 6          ; 960 Hz
        db 0x00, 3
        db 0x04, 6          ; 120 Hz
        db 0x00, 3
        db 0x07, 6          ; all three
        db 0x00, 3
        db 0xff
