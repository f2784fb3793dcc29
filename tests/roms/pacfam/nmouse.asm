; nmouse.asm - family_body.asm with IM 2 vector byte BFh, which Naughty
; Mouse's board stores as 3Ch
VEC:    equ 0xbf
        include "../pacfam/family_body.asm"
