#!/bin/sh
# Invaders samples: makes a synthetic sample set (sine bursts, a distinct frequency per sample),
# runs the test program with -samplepath and -wavwrite, and checks that each sample starts at the
# frame the program writes its sound port bit (tests/roms/invaders/samples_expected.txt); sitv must
# find the same set through its parent (sampleof). Also -listsamples, -verifysamples and the
# missing-samples notice. No MAME comparison: MAME 0.251 simulates the invaders sound board
# (discrete circuits and an SN76477) instead of playing samples.
# Usage: run_samples.sh CABINET SAMPLE_CHECK ROMPATH EXPECTED
cab=$1 chk=$2 roms=$3 expected=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
"$chk" gen "$tmp/samples" || { echo "FAIL: cannot make the sample set"; exit 1; }
for set in invaders sitv; do
    "$cab" "$set" -rompath "$roms" -samplepath "$tmp/samples" -video none -sound none -nothrottle \
        -seconds_to_run 3 -wavwrite "$tmp/$set.wav" > "$tmp/$set.log" 2>&1 || fail "$set: run exited $?"
    grep -q "samples not found" "$tmp/$set.log" && fail "$set: samples not loaded"
    "$chk" check "$tmp/$set.wav" "$expected" > "$tmp/$set.check" || { cat "$tmp/$set.check"; fail "$set: samples"; }
done
names=$("$cab" -listsamples invaders | tail -n +2 | tr '\n' ' ')
[ "$names" = "0 1 2 3 4 5 6 7 8 9 " ] || fail "-listsamples invaders: '$names'"
"$cab" -verifysamples sitv -samplepath "$tmp/samples" | grep -q "sitv \[invaders\] is good" || fail "-verifysamples sitv"
"$cab" -verifysamples invaders -samplepath "$tmp/none" > /dev/null 2>&1 && fail "-verifysamples without samples succeeded"
n=$("$cab" invaders -rompath "$roms" -samplepath "$tmp/none" -video none -sound none -nothrottle -seconds_to_run 1 2>&1 |
    grep -c "samples not found")
[ "$n" = 1 ] || fail "missing samples: $n notice lines, expected 1"
[ "$fails" = 0 ] && echo "invaders samples start at the frames the program writes their port bits"
[ "$fails" = 0 ]
