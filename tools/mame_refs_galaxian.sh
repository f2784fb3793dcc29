#!/bin/sh
# Regenerate the MAME 0.251 references for the homebrew Galaxian test set.
#   tools/mame_refs_galaxian.sh [BUILD_DIR] [OUT_DIR]
# BUILD_DIR (default ./build) must hold roms/galaxian_test/galaxian/ (built
# by tests/roms/galaxian_tests.cmake); OUT_DIR defaults to tests/refs/galaxian.
# Needs mame (Debian's 0.251: /usr/games/mame) and the oracle Lua script from
# $MAME_ORACLE (default ../shared/mame-oracle beside the checkout). Frames
# are native (768x224, unrotated), as `-norotate -snapview native` saves them.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd) || exit 1
out=${2:-$here/tests/refs/galaxian}
. "$here/tools/mame_oracle_common.sh"
# keep in step with GALAXIAN_REF_FRAMES in tests/roms/galaxian_tests.cmake
frames=2,3,4,5,10,30,60,61,62,100,150,200,255,300
rm -f "$out"/normal_f*.png
mkdir -p "$out" "$tmp/snap"
ORACLE_PREFIX="galaxian/normal" ORACLE_FRAMES="$frames" ORACLE_INPUTS="" \
  "$mame" galaxian -rompath "$build/roms/galaxian_test" -noreadconfig -cfg_directory "$tmp/cfg" \
    -nvram_directory "$tmp/nvram" -skip_gameinfo -nowindow -video none -sound none -nothrottle \
    -norotate -snapview native -snapshot_directory "$tmp/snap" \
    -autoboot_script "$oracle/oracle.lua" -seconds_to_run 7 >"$tmp/log" 2>&1
n=0
for f in "$tmp/snap/galaxian/normal"_f*.png; do
  [ -f "$f" ] || continue
  mv "$f" "$out/"
  n=$((n + 1))
done
echo "galaxian: $n frames"
# Audio of the tone-only phase (frames 320-575 of the test program): MAME's WAV analysed by
# audio.py (kept for reading) and by the ctest's own analyser (what galaxian_tone compares with).
"$mame" galaxian -rompath "$build/roms/galaxian_test" -noreadconfig -cfg_directory "$tmp/cfg" \
    -nvram_directory "$tmp/nvram" -skip_gameinfo -nowindow -video none -sound none -nothrottle \
    -samplerate 48000 -seconds_to_run 11 -wavwrite "$tmp/galaxian.wav" >"$tmp/log" 2>&1
python3 "$oracle/audio.py" "$tmp/galaxian.wav" --win 0.1 | sed "1s|^[^:]*galaxian.wav|MAME 0.251 galaxian (test set), 11 s|" > "$out/tone_audio_py.txt"
"$build/tests/galaxian_tone_check" analyse "$tmp/galaxian.wav" 6.48 10.5 | sed "1s|#.*|# MAME 0.251, 6.48-10.50 s (segments 2-7; the earlier sounds still decay under segments 0-1)|" > "$out/tone_ref.txt"
echo "galaxian: audio analysis in $out/tone_ref.txt, $out/tone_audio_py.txt"
