#!/bin/sh
# Regenerate the MAME 0.251 references of the Galaxian mid-frame program
# (tests/roms/galaxian/galaxian_midframe.asm: column scroll, sprites, bullets,
# video RAM and flip Y rewritten while the beam draws).
#   tools/mame_refs_galaxian_midframe.sh [BUILD_DIR] [OUT_DIR]
# BUILD_DIR (default ./build) must hold roms/galaxian_midframe/galaxian/
# (built by tests/roms/galaxian_tests.cmake); OUT_DIR defaults to
# tests/refs/galaxian_midframe. Needs mame 0.251 and the oracle Lua script
# (see tools/mame_oracle_common.sh). Frames are native (768x224, unrotated).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd) || exit 1
out=${2:-$here/tests/refs/galaxian_midframe}
. "$here/tools/mame_oracle_common.sh"
# keep in step with GALAXIAN_MIDFRAME_FRAMES in tests/roms/galaxian_tests.cmake
frames=10,40,75,110,150,190,230,300
rm -f "$out"/midframe_f*.png
mkdir -p "$out" "$tmp/snap"
ORACLE_PREFIX="galaxian/midframe" ORACLE_FRAMES="$frames" ORACLE_INPUTS="" \
  "$mame" galaxian -rompath "$build/roms/galaxian_midframe" -noreadconfig -cfg_directory "$tmp/cfg" \
    -nvram_directory "$tmp/nvram" -skip_gameinfo -nowindow -video none -sound none -nothrottle \
    -norotate -snapview native -snapshot_directory "$tmp/snap" \
    -autoboot_script "$oracle/oracle.lua" -seconds_to_run 6 >"$tmp/log" 2>&1
n=0
for f in "$tmp/snap/galaxian/midframe"_f*.png; do
  [ -f "$f" ] || continue
  mv "$f" "$out/"
  n=$((n + 1))
done
echo "galaxian_midframe: $n frames"
