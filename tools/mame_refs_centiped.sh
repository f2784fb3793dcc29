#!/bin/sh
# Regenerates tests/refs/centiped: MAME 0.251's native frames (test_fNNNN.png) and audio (test.wav,
# 48 kHz) of Cabinet's Centipede test program (tests/roms/centiped), with the inputs of
# tests/roms/centiped/inputs.txt (trackball moves too: tools/mame_oracle_analog.lua) and an empty NVRAM folder
# (so the EAROM starts erased).
# Usage: [MAME=/usr/games/mame] tools/mame_refs_centiped.sh BUILD_DIR   (the set is built in BUILD_DIR/roms/centiped_test)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
oracle=${ORACLE_DIR:-/work/shared/mame-oracle}
out=$here/tests/refs/centiped
frames=20,45,75,95,105,128,135,155,175,300
inputs=$(grep -v '^#' "$here/tests/roms/centiped/inputs.txt" | awk 'NF==4 {printf "%s%s,:%s,%s,%s", sep, $1, $2, $3, $4; sep=";"}')
tmp=$(mktemp -d)
( cd "$tmp" && ORACLE_PREFIX=centiped/test ORACLE_FRAMES=$frames ORACLE_INPUTS="$inputs" \
    ${MAME:-/usr/games/mame} centiped -rompath "$build/roms/centiped_test" -skip_gameinfo -nowindow -video none \
    -sound none -samplerate 48000 -wavwrite "$tmp/test.wav" -nothrottle -norotate -snapview native \
    -snapshot_directory "$tmp/snap" -nvram_directory "$tmp/nvram" -cfg_directory "$tmp/cfg" \
    -autoboot_script "$here/tools/mame_oracle_analog.lua" -seconds_to_run 8 >"$tmp/log.txt" 2>&1 ) || true
mkdir -p "$out"
rm -f "$out"/test_f*.png
cp "$tmp/snap/centiped"/test_f*.png "$out/"
cp "$tmp/test.wav" "$out/test.wav"
echo "$frames" >"$out/frames.txt"
python3 "$oracle/audio.py" "$out/test.wav" --win 0.25 >"$out/test_wav.txt" || true
grep -E '^(input|snapshot)' "$tmp/log.txt" >"$out/mame_log.txt" || true
rm -rf "$tmp"
ls -l "$out"
