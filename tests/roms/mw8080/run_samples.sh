#!/bin/sh
# Samples of the Space Invaders board's siblings: synthetic sample sets with
# MAME's set and file names (sine bursts, a frequency per sample), the mw8080
# program run with -samplepath and -wavwrite, and each sample must start at
# the frame the program writes the bit MAME 0.251 starts it on
# (samples/<board>.txt); also -listsamples against MAME's names. (MAME's own
# sound for these sets needs the real sample files, which are not ours.)
# Usage: run_samples.sh CABINET SAMPLE_CHECK ROMPATH EXPECTED_DIR
cab=$1 chk=$2 roms=$3 exp=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
lrescue="alienexplosion rescueshipexplosion beamgun thrust bonus2 bonus3 shootingstar stepl steph"
seawolf="shiphit torpedo dive sonar minehit"
"$chk" gen "$tmp/samples" && "$chk" gen "$tmp/samples" lrescue $lrescue &&
    "$chk" gen "$tmp/samples" seawolf $seawolf || { echo "FAIL: cannot make the sample sets"; exit 1; }
for pair in invadpt2:invadpt2 moonbase:invadpt2 ballbomb:ballbomb lrescue:lrescue grescue:lrescue \
        seawolf:seawolf seawolfo:seawolf; do
    set=${pair%%:*} board=${pair#*:}
    "$cab" "$set" -rompath "$roms" -samplepath "$tmp/samples" -video none -sound none -nothrottle \
        -seconds_to_run 3 -wavwrite "$tmp/$set.wav" > "$tmp/$set.log" 2>&1 || fail "$set: run exited $?"
    grep -q "samples not found" "$tmp/$set.log" && fail "$set: samples not loaded"
    "$chk" check "$tmp/$set.wav" "$exp/$board.txt" > "$tmp/$set.check" || { cat "$tmp/$set.check"; fail "$set: samples"; }
done
# MAME 0.251's -listsamples
for want in "invadpt2:1 2 3 4 5 6 7 8 9 " "ballbomb:1 2 3 4 5 6 7 8 9 " "lrescue:$lrescue " "seawolf:$seawolf " \
        "ozmawars:ow0 ow1 ow2 ow3 ow4 ow5 ow6 ow7 ow8 ow9 ow10 ow11 ow12 ow13 ow14 "; do
    set=${want%%:*}
    names=$("$cab" -listsamples "$set" | tail -n +2 | tr '\n' ' ')
    [ "$names" = "${want#*:}" ] || fail "-listsamples $set: '$names'"
done
"$cab" -verifysamples grescue -samplepath "$tmp/samples" | grep -q "grescue \[lrescue\] is good" || fail "-verifysamples grescue"
[ "$fails" = 0 ] && echo "the siblings' samples start at the frames the program writes their port bits"
[ "$fails" = 0 ]
