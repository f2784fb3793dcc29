#!/bin/sh
# Regenerate the MAME 0.251 references for the homebrew Pac-Man test sets.
#   tools/mame_refs_pacman.sh [BUILD_DIR] [OUT_DIR]
# BUILD_DIR (default ./build) must hold roms/<program>/pacman/ (built by the
# normal build, tests/roms/roms_tests.cmake); OUT_DIR defaults to
# tests/refs/pacman. Needs mame (Debian's 0.251: /usr/games/mame) and
# python3; uses the oracle scripts from $MAME_ORACLE (default
# ../shared/mame-oracle beside the checkout). CI never runs this.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd) || exit 1
out=${2:-$here/tests/refs/pacman}
. "$here/tools/mame_oracle_common.sh"

# run PROGRAM PREFIX FRAMES INPUTS SECONDS: snapshots to $out/PROGRAM/PREFIX_fNNNN.png
run() {
  prog=$1 prefix=$2 frames=$3 inputs=$4 secs=$5
  rm -rf "$tmp/snap" "$tmp/cfg" "$tmp/nvram"
  mkdir -p "$tmp/snap" "$out/$prog"
  ORACLE_PREFIX="$prog/$prefix" ORACLE_FRAMES="$frames" ORACLE_INPUTS="$inputs" \
    "$mame" pacman -rompath "$build/roms/$prog" -noreadconfig -cfg_directory "$tmp/cfg" \
      -nvram_directory "$tmp/nvram" -skip_gameinfo -nowindow -video none -sound none -nothrottle \
      -norotate -snapview native -snapshot_directory "$tmp/snap" \
      -autoboot_script "$oracle/oracle.lua" -seconds_to_run "$secs" >"$tmp/log" 2>&1
  grep -E '^(input|snapshot)' "$tmp/log" | sort -u >>"$out/$prog/mame_log.txt"
  n=0
  for f in "$tmp/snap/$prog/${prefix}"_f*.png; do
    [ -f "$f" ] || continue
    mv "$f" "$out/$prog/"
    n=$((n + 1))
  done
  echo "$prog/$prefix: $n frames"
}

# the first frame is moved to heavy_f0001.png: it shows the start-up code half done,
# so it depends on exact CPU cycle timing (compare.py reports heavy_* only)
first() {
  [ -f "$out/$1/normal_f0001.png" ] && mv "$out/$1/normal_f0001.png" "$out/$1/heavy_f0001.png"
}

for p in tiles sprites sound inputs watchdog; do
  rm -rf "$out/$p"
done

run tiles normal 1,2,16,33,34,48,80,112,144,176,208,240,258,300 "" 6
first tiles
run sprites normal 1,2,30,60,61,62,63,90,120,150,180,240,300,400,520 "" 10
first sprites
run sound normal 1,2,60,240,300 "" 6
first sound
# inputs: each digital input held for 10 frames, one after the other, then a combination
ev="" t=20
for pm in IN0,0x01 IN0,0x02 IN0,0x04 IN0,0x08 IN0,0x20 IN0,0x40 IN0,0x80 \
          IN1,0x01 IN1,0x02 IN1,0x04 IN1,0x08 IN1,0x20 IN1,0x40; do
  ev="$ev$t,:${pm%,*},${pm#*,},1;$((t + 10)),:${pm%,*},${pm#*,},0;"
  t=$((t + 20))
done
ev="${ev}300,:IN0,0x20,1;300,:IN1,0x20,1;300,:IN0,0x01,1;300,:IN1,0x08,1;310,:IN0,0x20,0;310,:IN1,0x20,0;310,:IN0,0x01,0;310,:IN1,0x08,0"
fr="1,2,10,20,21,22,23"
t=25
while [ $t -le 285 ]; do fr="$fr,$t"; t=$((t + 20)); done
fr="$fr,305,315"
run inputs input "$fr" "$ev" 7
[ -f "$out/inputs/input_f0001.png" ] && mv "$out/inputs/input_f0001.png" "$out/inputs/heavy_f0001.png"
echo "$ev" | tr ';' '\n' >"$out/inputs/inputs_script.txt"
run watchdog normal 1,2,60,120,121,130,131,132,133,134,135,136,137,138,139,140,141,142,150,200,290,300,500 "" 10
first watchdog

# audio: 5 s of the sound test at 48 kHz
rm -rf "$tmp/cfg" "$tmp/nvram"
"$mame" pacman -rompath "$build/roms/sound" -noreadconfig -cfg_directory "$tmp/cfg" \
  -nvram_directory "$tmp/nvram" -skip_gameinfo -nowindow -video none -sound none -nothrottle \
  -samplerate 48000 -seconds_to_run 5 -wavwrite "$out/sound/normal.wav" >"$tmp/log" 2>&1
python3 "$oracle/audio.py" "$out/sound/normal.wav" --win 0.25 | sed "s|$out/||" >"$out/sound/normal_wav.txt"
echo "sound/normal.wav: $(wc -c <"$out/sound/normal.wav") bytes"
