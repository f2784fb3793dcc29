#!/bin/sh
# record_playback.sh CABINET SYSTEM ROMPATH INPUTS SECONDS: a run driven by
# the INPUTS script is recorded (-record), then played back
# (-playback -exit_after_playback); both must print the same -framehash
# lines, frame for frame. Exit 77 (skip) when the set is not built.
set -u
cab=$1 sys=$2 rompath=$3 inputs=$4 secs=$5
[ -d "$rompath/$sys" ] || { echo "set not built: $rompath/$sys"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cab" "$sys" -rompath "$rompath" -video none -sound none -nothrottle -nvram_directory "$tmp/nv" \
    -seconds_to_run "$secs" -framehash -inputscript "$inputs" -record "$tmp/r.inp" >"$tmp/rec.txt" 2>"$tmp/rec.err" ||
    { echo "record run failed: $(cat "$tmp/rec.err")"; exit 1; }
"$cab" "$sys" -rompath "$rompath" -video none -sound none -nothrottle -nvram_directory "$tmp/nv" \
    -framehash -playback "$tmp/r.inp" -exit_after_playback >"$tmp/play.txt" 2>"$tmp/play.err" ||
    { echo "playback failed: $(cat "$tmp/play.err")"; exit 1; }
grep -c . "$tmp/rec.txt" >/dev/null || { echo "no frame hashes"; exit 1; }
n=$(wc -l <"$tmp/rec.txt")
head -n "$n" "$tmp/play.txt" | cmp -s - "$tmp/rec.txt" || { echo "playback differs from the recorded run"; diff "$tmp/rec.txt" "$tmp/play.txt" | head; exit 1; }
echo "record/playback: $n frame hashes identical"
