#!/bin/sh
# Regenerate the MAME 0.251 references for the homebrew Ms. Pac-Man auxiliary
# board test (tests/roms/mspacman).
#   tools/mame_refs_mspacman.sh [BUILD_DIR] [OUT_DIR]
# BUILD_DIR (default ./build) must hold roms/auxboard/mspacman/ (built by the
# normal build, tests/roms/mspacman_tests.cmake); OUT_DIR defaults to
# tests/refs/mspacman. Needs mame (Debian's 0.251: /usr/games/mame); uses
# oracle.lua from $MAME_ORACLE (default ../shared/mame-oracle beside the
# checkout). CI never runs this.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd) || exit 1
out=${2:-$here/tests/refs/mspacman}
. "$here/tools/mame_oracle_common.sh"

prog=auxboard
frames=1,2,10,30,45,60,61,62,120,200,300
rm -rf "$out/$prog"
mkdir -p "$tmp/snap" "$out/$prog"
ORACLE_PREFIX="$prog/normal" ORACLE_FRAMES="$frames" ORACLE_INPUTS="" \
  "$mame" mspacman -rompath "$build/roms/$prog" -noreadconfig -cfg_directory "$tmp/cfg" \
    -nvram_directory "$tmp/nvram" -skip_gameinfo -nowindow -video none -sound none -nothrottle \
    -norotate -snapview native -snapshot_directory "$tmp/snap" \
    -autoboot_script "$oracle/oracle.lua" -seconds_to_run 6 >"$tmp/log" 2>&1
grep -E '^(input|snapshot)' "$tmp/log" | sort -u >"$out/$prog/mame_log.txt"
n=0
for f in "$tmp/snap/$prog/normal"_f*.png; do
  [ -f "$f" ] || continue
  mv "$f" "$out/$prog/"
  n=$((n + 1))
done
# frame 1 shows the start-up half done: information only (see the Pac-Man README)
[ -f "$out/$prog/normal_f0001.png" ] && mv "$out/$prog/normal_f0001.png" "$out/$prog/heavy_f0001.png"
echo "$prog: $n frames"
