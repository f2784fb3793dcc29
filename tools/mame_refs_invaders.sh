#!/bin/sh
# Regenerates tests/refs/invaders/{invaders,sitv}/inputs_fNNNN.png: MAME 0.251's native frames of the
# homebrew test program (tests/roms/invaders) with the inputs of tests/roms/invaders/inputs.txt.
# Usage: [MAME=/usr/games/mame] tools/mame_refs_invaders.sh BUILD_DIR   (the test sets are built in BUILD_DIR/roms/invaders_test)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: $0 BUILD_DIR}
oracle=${ORACLE_DIR:-/work/shared/mame-oracle}
out=$here/tests/refs/invaders
# inputs.txt lines "FRAME PORT MASK STATE" -> "FRAME,:PORT,MASK,STATE;..."
inputs=$(grep -v '^#' "$here/tests/roms/invaders/inputs.txt" | awk 'NF==4 {printf "%s%s,:%s,%s,%s", sep, $1, $2, $3, $4; sep=";"}')
for set in invaders sitv; do
    tmp=$(mktemp -d)
    ORACLE_PREFIX=$set/inputs ORACLE_FRAMES=2,10,29,40,70,90 ORACLE_INPUTS="$inputs" \
        ${MAME:-/usr/games/mame} "$set" -rompath "$build/roms/invaders_test" -skip_gameinfo -nowindow -video none -sound none \
        -nothrottle -norotate -snapview native -snapshot_directory "$tmp" \
        -autoboot_script "$oracle/oracle.lua" -seconds_to_run 3 >/dev/null 2>&1 || true
    mkdir -p "$out/$set"
    for f in "$tmp/$set"/inputs_f*.png; do cp "$f" "$out/$set/"; done
    rm -rf "$tmp"
done
ls -l "$out"/*
