; tail.asm - included last: pads the program to 3FFAh and puts the IM 2
; interrupt vector table entry there (I = 3Fh, vector byte FAh sent with
; OUT (0),A). 3FFCh-3FFFh hold a tag.
        ds 0x3ffa - $, 0xff
vectab: dw irq
        db "CB", 0x00, 0x01
