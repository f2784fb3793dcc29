; family.asm - the Pac-Man board variants' program (family_body.asm) with
; the usual IM 2 vector byte FAh (Piranha's board stores it as 78h)
VEC:    equ 0xfa
        include "../pacfam/family_body.asm"
