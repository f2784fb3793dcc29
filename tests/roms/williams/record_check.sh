#!/bin/sh
# Record/playback on a Williams set: a run with scripted inputs recorded to an .inp file, played
# back: the same frames (-framehash); a run without the inputs differs (the program shows its input
# ports). Usage: record_check.sh CABINET ROMPATH SYSTEM INPUTSCRIPT OUTDIR
set -u
cab=$1 roms=$2 sys=$3 script=$4 out=$5
rm -rf "$out"; mkdir -p "$out"
run() { # LOG ARGS...
    log=$1; shift
    "$cab" "$sys" -rompath "$roms" -video none -sound none -nothrottle -seconds_to_run 2 -framehash \
        -nvram_directory "$out/nv" -nonvram_save "$@" > "$log" 2>&1 || { echo "FAIL: cabinet $*"; cat "$log"; exit 1; }
}
run "$out/rec.txt" -inputscript "$script" -record "$out/run.inp"
run "$out/play.txt" -playback "$out/run.inp"
run "$out/none.txt"
a=$(grep '^frame_sha1' "$out/rec.txt"); b=$(grep '^frame_sha1' "$out/play.txt"); c=$(grep '^frame_sha1' "$out/none.txt")
echo "recorded: $a"; echo "played:   $b"; echo "no input: $c"
[ -n "$a" ] && [ "$a" = "$b" ] && [ "$a" != "$c" ] || { echo "FAIL"; exit 1; }
echo ok
