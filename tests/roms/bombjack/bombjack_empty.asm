; bombjack_empty.asm - the unused 13.1r of the Bomb Jack test set: all FFh
        org 0
        db 0xff
