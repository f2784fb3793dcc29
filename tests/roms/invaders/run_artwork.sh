#!/bin/sh
# -snapview artwork on the invaders test program: the snapshot is the rotated screen composed with
# the shipped colour overlay (artwork/invaders/default.lay, copied beside the binary), 224 x 260.
# Lit pixels of the border and checkerboard take the overlay's colours: red band at rows 32-63,
# green at rows 184-239 and at the bottom left (rows 240-259, columns 16-133), white elsewhere;
# unlit pixels stay black. Usage: run_artwork.sh CABINET FRAME_COMPARE ROMPATH ARTPATH
cab=$1 chk=$2 roms=$3 art=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cab" invaders -rompath "$roms" -artpath "$art" -video none -sound none -nothrottle -seconds_to_run 2 \
    -snapview artwork -snapframes 90 -snapshot_directory "$tmp" > "$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
"$chk" --pixels "$tmp/invaders/90.png" --size 224 260 \
    0,0=ffffff 0,100=ffffff 223,100=ffffff 1,10=000000 \
    0,40=ff2020 8,40=ff2020 223,40=ff2020 9,40=000000 \
    0,200=20ff20 8,200=20ff20 223,200=20ff20 \
    20,255=20ff20 133,255=20ff20 0,255=ffffff 150,255=ffffff 0,250=ffffff \
    0,257=000000 || exit 1
echo "invaders artwork snapshot: 224x260, overlay colours in place"
