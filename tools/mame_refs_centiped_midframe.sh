#!/bin/sh
# Regenerates tests/refs/centiped_midframe: MAME 0.251's native frames (midframe_fNNNN.png) of Cabinet's
# Centipede mid-frame program (tests/roms/centiped/midframe.s: sprites, playfield and palette rewritten at
# each of the four IRQs of a frame), no inputs, empty NVRAM folder. MAME draws this board band by band
# (a partial update on every 16V timer event), so the frames show the sprites of all four bands.
# Usage: [MAME=/usr/games/mame] tools/mame_refs_centiped_midframe.sh BUILD_DIR
#        (the set is built in BUILD_DIR/roms/centiped_midframe)
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
oracle=${ORACLE_DIR:-/work/shared/mame-oracle}
out=$here/tests/refs/centiped_midframe
frames=20,45,80,111,150,190,230,280
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mame=${MAME:-/usr/games/mame}
"$mame" -version | grep -q '^0\.251' || echo "warning: references are meant to come from MAME 0.251" >&2
( cd "$tmp" && ORACLE_PREFIX=centiped/midframe ORACLE_FRAMES=$frames \
    "$mame" centiped -rompath "$build/roms/centiped_midframe" -skip_gameinfo -nowindow -video none \
    -sound none -nothrottle -norotate -snapview native \
    -snapshot_directory "$tmp/snap" -nvram_directory "$tmp/nvram" -cfg_directory "$tmp/cfg" \
    -autoboot_script "$oracle/oracle.lua" -seconds_to_run 6 >"$tmp/log.txt" 2>&1 ) || true
mkdir -p "$out"
rm -f "$out"/midframe_f*.png
cp "$tmp/snap/centiped"/midframe_f*.png "$out/"
echo "$frames" >"$out/frames.txt"
grep -E '^snapshot' "$tmp/log.txt" >"$out/mame_log.txt" || true
ls -l "$out"
