#!/bin/sh
# ctest cabpac_game: the bundled game runs headless with a scripted coin,
# start and joystick moves; exits 0, writes the snapshots, makes sound, and
# two runs give the same frame and audio hashes.
#   test_cabpac.sh CABINET ROMPATH OUTDIR INPUTSCRIPT
# Exit 77 (skip) while the `cabpac` driver is not registered.
set -u
cab=$1 rompath=$2 out=$3 script=$4

if ! "$cab" -listfull cabpac >/dev/null 2>&1; then
  echo "SKIP: no cabpac driver in this build (src/drivers/cabpac.c and DRIVER(cabpac) in drivers.lst)"
  exit 77
fi
if [ ! -f "$rompath/cabpac/cabpac.6e" ]; then
  echo "FAIL: the cabpac ROM set was not built in $rompath/cabpac"
  exit 1
fi

rm -rf "$out"
mkdir -p "$out/run1" "$out/run2"
fail=0
for run in run1 run2; do
  "$cab" cabpac -rompath "$rompath" -video none -nothrottle -seconds_to_run 10 \
    -snapframes 60,300,600 -snapshot_directory "$out/$run" -inputscript "$script" \
    -wavwrite "$out/$run/cabpac.wav" -framehash >"$out/$run/log.txt" 2>&1
  rc=$?
  if [ $rc -ne 0 ]; then
    echo "FAIL: $run exited $rc"
    cat "$out/$run/log.txt"
    fail=1
  fi
  for f in 60 300 600; do
    if [ ! -s "$out/$run/cabpac/$f.png" ]; then
      echo "FAIL: $run did not write snapshot $f.png"
      fail=1
    fi
  done
done
[ $fail -eq 0 ] || exit 1

h1=$(grep -E '^(frame|audio)_sha1' "$out/run1/log.txt")
h2=$(grep -E '^(frame|audio)_sha1' "$out/run2/log.txt")
if [ -z "$h1" ] || [ "$h1" != "$h2" ]; then
  echo "FAIL: the two runs differ (or no -framehash output)"
  echo "run1: $h1"
  echo "run2: $h2"
  exit 1
fi

# the WAV must hold sound: some non-zero sample bytes after the 44-byte header
wav="$out/run1/cabpac.wav"
if [ ! -s "$wav" ]; then
  echo "FAIL: no WAV written"
  exit 1
fi
nonzero=$(tail -c +45 "$wav" | tr -d '\000' | wc -c)
if [ "$nonzero" -lt 10000 ]; then
  echo "FAIL: the game is (nearly) silent: $nonzero non-zero bytes in $wav"
  exit 1
fi

# the three frames differ (title, game start, play)
if cmp -s "$out/run1/cabpac/60.png" "$out/run1/cabpac/300.png" ||
   cmp -s "$out/run1/cabpac/300.png" "$out/run1/cabpac/600.png"; then
  echo "FAIL: the screen did not change between snapshots"
  exit 1
fi
echo "PASS: cabpac ran 10 s; $h1"
exit 0
